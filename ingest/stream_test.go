package ingest

import (
	"bufio"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/annalist/annalist"
)

// lines is a reader of n JSON Lines articles made on the fly, so that a
// test can stream half a gigabyte without holding or writing it.
type lines struct {
	n, i int
	body string
	buf  []byte
}

func (l *lines) Read(p []byte) (int, error) {
	for len(l.buf) == 0 {
		if l.i == l.n {
			return 0, io.EOF
		}
		l.i++
		l.buf = fmt.Appendf(l.buf, `{"id":"a%d","published":"2024-01-02","text":%q}`+"\n", l.i, l.body)
	}
	n := copy(p, l.buf)
	l.buf = l.buf[n:]
	return n, nil
}

// TestJSONLStreamsInFlatMemory reads 500 MB of JSON Lines and checks that
// the heap stays small: articles are read one at a time, never slurped.
func TestJSONLStreamsInFlatMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 500 MB")
	}
	body := strings.Repeat("Protesters marched through the capital on Tuesday. ", 200) // ~10 KB
	const total = 500 << 20
	src := &lines{n: total / (len(body) + 60), body: body}
	var first, peak uint64 // live heap after the first 2,000 articles, and at most
	var ms runtime.MemStats
	n := 0
	err := readJSONL(bufio.NewReaderSize(src, 64<<10), "big.jsonl", Options{MaxArticleBytes: DefaultMaxArticleBytes}, func(a *annalist.Article, err error) error {
		if err != nil {
			return err
		}
		n++
		if n%2000 == 0 {
			runtime.GC() // live heap, not garbage awaiting collection
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
			if first == 0 {
				first = ms.HeapAlloc
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != src.n {
		t.Fatalf("read %d articles, want %d", n, src.n)
	}
	t.Logf("%d articles: live heap %.1f MB early, %.1f MB at most", n, float64(first)/(1<<20), float64(peak)/(1<<20))
	if peak > first+8<<20 {
		t.Errorf("live heap grew from %.1f to %.1f MB while streaming 500 MB: memory grows with the input", float64(first)/(1<<20), float64(peak)/(1<<20))
	}
}
