package hugemem

import (
	"syscall"
	"unsafe"
)

// mapHuge maps size bytes (rounded up to whole huge pages) at a huge page
// boundary and asks for huge pages; nil where mapping fails.
func mapHuge(size int) []byte {
	size = (size + pageSize - 1) / pageSize * pageSize
	// One huge page more than needed, to cut an aligned stretch from.
	p, _, errno := syscall.Syscall6(syscall.SYS_MMAP, 0, uintptr(size+pageSize),
		syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON, ^uintptr(0), 0)
	if errno != 0 {
		return nil
	}
	start := (p + pageSize - 1) &^ (pageSize - 1)
	if start > p {
		munmap(p, start-p)
	}
	if end := p + uintptr(size+pageSize); end > start+uintptr(size) {
		munmap(start+uintptr(size), end-start-uintptr(size))
	}
	// Ask before the first write, so that the pages are huge from their
	// first fault; where the kernel says no, they are ordinary pages.
	syscall.Syscall(syscall.SYS_MADVISE, start, uintptr(size), madvHugepage)
	// A slice header over the mapping, built as package syscall's Mmap
	// builds one (memory outside the Go heap: no pointer conversion).
	sl := struct {
		addr     uintptr
		len, cap int
	}{start, size, size}
	return *(*[]byte)(unsafe.Pointer(&sl))
}

const madvHugepage = 14 // MADV_HUGEPAGE

func munmap(p, n uintptr) { syscall.Syscall(syscall.SYS_MUNMAP, p, n, 0) }

// unmap gives a region back to the system.
func unmap(b []byte) { munmap(uintptr(unsafe.Pointer(&b[0])), uintptr(len(b))) }
