package clean

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// BenchmarkHTML is the throughput of main-text extraction and cleaning
// (what the pipeline does with a web page before analysis) over the 181
// pages of the article-extraction benchmark: pages/s and MB/s of HTML.
//
//	go test ./clean -run XXX -bench HTML -count 5
func BenchmarkHTML(b *testing.B) {
	dir := sharedDir(b, "eval/article-extraction/html")
	names, _ := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	sort.Strings(names)
	var pages [][]byte
	total := 0
	for _, n := range names {
		f, err := os.Open(n)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			b.Fatal(err)
		}
		p, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, p)
		total += len(p)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			HTML(p, "")
		}
	}
	b.ReportMetric(float64(len(pages)*b.N)/b.Elapsed().Seconds(), "pages/s")
}
