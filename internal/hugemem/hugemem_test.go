package hugemem

import (
	"runtime"
	"testing"
	"time"
	"unsafe"
)

type pair struct{ a, b uint64 }

func TestNewIsZeroedAndWritable(t *testing.T) {
	for _, n := range []int{0, 10, pageSize/16 - 1, pageSize / 16, 3*pageSize/16 + 5} {
		tab := New[pair](n)
		if len(tab.Items) != n {
			t.Fatalf("New(%d): %d items", n, len(tab.Items))
		}
		for i := range tab.Items {
			if tab.Items[i] != (pair{}) {
				t.Fatalf("New(%d): item %d not zero", n, i)
			}
			tab.Items[i] = pair{uint64(i), ^uint64(i)}
		}
		for i, p := range tab.Items {
			if p.a != uint64(i) || p.b != ^uint64(i) {
				t.Fatalf("New(%d): item %d reads back %v", n, i, p)
			}
		}
		if n*16 >= pageSize && runtime.GOOS == "linux" {
			if tab.mem == nil {
				t.Errorf("New(%d): a table of %d bytes is on the Go heap", n, n*16)
			} else if p := uintptr(unsafe.Pointer(&tab.Items[0])); p%pageSize != 0 {
				t.Errorf("New(%d): table at %#x, not on a huge page boundary", n, p)
			}
		}
		tab.KeepAlive()
	}
}

// TestUnmappedWhenUnreachable drops tables and checks that their memory is
// given back, and that a live table is untouched by it.
func TestUnmappedWhenUnreachable(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("tables are on the Go heap here")
	}
	before := released.Load()
	keep := New[pair](pageSize / 8)
	keep.Items[len(keep.Items)-1] = pair{1, 2}
	for range 50 {
		tab := New[pair](pageSize / 8)
		tab.Items[0] = pair{3, 4}
	}
	for i := 0; i < 100 && released.Load() == before; i++ {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	if released.Load() == before {
		t.Error("no dropped table was given back")
	}
	if keep.Items[len(keep.Items)-1] != (pair{1, 2}) {
		t.Fatal("a live table changed when others were dropped")
	}
	keep.KeepAlive()
}
