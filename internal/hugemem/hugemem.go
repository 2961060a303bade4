// Package hugemem allocates large tables that are read at random in
// memory backed by huge pages where the system offers them (Linux's
// transparent huge pages on request, madvise): with 4 KB pages a random
// read of a 32 MB table also misses the TLB nearly every time, and the
// page walk costs about as much as the cache miss itself.
package hugemem

import (
	"runtime"
	"sync/atomic"
	"unsafe"
)

// pageSize is the huge page size the tables are aligned to (x86-64 and
// arm64 with 4 KB base pages).
const pageSize = 1 << 21

// Table is a slice of pointer-free T (no pointers, strings or slices in
// T: the garbage collector does not scan the memory) of its own.
type Table[T any] struct {
	Items []T
	mem   *region // nil where Items is on the Go heap
}

// region is memory outside the Go heap, unmapped once unreachable.
type region struct{ b []byte }

// New returns n zeroed T. Tables smaller than a huge page, or on systems
// without huge pages, are ordinary Go slices. The memory stays valid while
// the Table (not only its Items) is reachable: keep the Table.
func New[T any](n int) Table[T] {
	var zero T
	size := n * int(unsafe.Sizeof(zero))
	if size < pageSize {
		return Table[T]{Items: make([]T, n)}
	}
	b := mapHuge(size)
	if b == nil {
		return Table[T]{Items: make([]T, n)}
	}
	r := &region{b}
	runtime.AddCleanup(r, release, b)
	return Table[T]{Items: unsafe.Slice((*T)(unsafe.Pointer(&b[0])), n), mem: r}
}

// KeepAlive keeps t's memory valid up to this call, for a caller that
// holds only Items past its last use of t.
func (t *Table[T]) KeepAlive() { runtime.KeepAlive(t.mem) }

// released counts the regions given back, for the tests.
var released atomic.Int64

func release(b []byte) {
	unmap(b)
	released.Add(1)
}
