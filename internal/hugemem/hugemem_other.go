//go:build !linux

package hugemem

// mapHuge has no huge pages to offer here: the table goes on the Go heap.
func mapHuge(size int) []byte { return nil }

func unmap(b []byte) {}
