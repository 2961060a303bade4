package bench

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/internal/pgtest"
	"github.com/annalist/annalist/load"
	"github.com/annalist/annalist/store"
	"github.com/annalist/annalist/store/sqlite"
)

var tmp string // removed by TestMain

func TestMain(m *testing.M) {
	code := m.Run()
	if tmp != "" {
		os.RemoveAll(tmp)
	}
	if s := pgtest.Shared(); s != nil {
		s.Stop()
	}
	os.Exit(code)
}

var (
	storiesOnce sync.Once
	stories     []*annalist.Article
	storyBytes  int64
)

// reuters reads the corpus once into memory, so that the benchmarks time
// the pipeline and the store, not gzip.
func reuters(b *testing.B) ([]*annalist.Article, int64) {
	dir := corpus(b)
	storiesOnce.Do(func() {
		WalkReuters(dir, func(a *annalist.Article, err error) error {
			if err != nil {
				b.Fatal(err)
			}
			stories = append(stories, a)
			storyBytes += int64(len(a.Text))
			return nil
		})
	})
	return stories, storyBytes
}

func fromMemory(arts []*annalist.Article) load.Producer {
	return func(submit func(*annalist.Article, error) error) error {
		for _, a := range arts {
			if err := submit(a, nil); err != nil {
				return err
			}
		}
		return nil
	}
}

// BenchmarkPipelineReuters runs the default pipeline over every story with
// a body, on one core and on all.
func BenchmarkPipelineReuters(b *testing.B) {
	arts, size := reuters(b)
	for _, procs := range []int{1, runtime.NumCPU()} {
		b.Run(fmt.Sprintf("GOMAXPROCS=%d", procs), func(b *testing.B) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			p := extract.Default()
			b.SetBytes(size)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				err := p.Run(procs, fromMemory(arts), func(r extract.Result) error { return r.Err })
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

// BenchmarkIngestReuters runs the pipeline into a fresh store each time.
func BenchmarkIngestReuters(b *testing.B) {
	arts, size := reuters(b)
	ctx := context.Background()
	b.SetBytes(size)
	for i := 0; i < b.N; i++ {
		st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), fmt.Sprintf("ingest-%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		t, err := load.Run(ctx, st, extract.Default(), fromMemory(arts), load.Options{Workers: runtime.GOMAXPROCS(0)})
		if err != nil {
			b.Fatal(err)
		}
		// 262 bodies repeat another exactly; the cleaner's normalised
		// spacing makes a few more the same.
		if t.Stored+t.SameBody != len(arts) || t.SameBody < 262 {
			b.Errorf("stored %d stories and %d repeats of %d; want at least 262 repeats", t.Stored, t.SameBody, len(arts))
		}
		st.Close()
	}
	b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

var (
	searchOnce  sync.Once
	searchStore *sqlite.DB
)

// BenchmarkSearch runs the ten Queries in turn, top 20 with snippets,
// against a store of the Reuters stories, and reports p50 and p95.
func BenchmarkSearch(b *testing.B) {
	arts, _ := reuters(b)
	ctx := context.Background()
	searchOnce.Do(func() {
		var err error
		if tmp, err = os.MkdirTemp("", "annalist-search-"); err != nil {
			b.Fatal(err)
		}
		if searchStore, err = sqlite.Open(ctx, filepath.Join(tmp, "search.db")); err != nil {
			b.Fatal(err)
		}
		// Search reads titles and bodies only: no extractors needed.
		if _, err := load.Run(ctx, searchStore, &extract.Pipeline{}, fromMemory(arts), load.Options{Workers: 2}); err != nil {
			b.Fatal(err)
		}
	})
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		hits, err := searchStore.Search(ctx, Queries[i%len(Queries)], store.SearchOptions{Limit: 20})
		if err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t0))
		if len(hits) == 0 {
			b.Fatalf("no hits for %q", Queries[i%len(Queries)])
		}
	}
	b.ReportMetric(float64(Percentile(lat, 50))/1e6, "p50-ms")
	b.ReportMetric(float64(Percentile(lat, 95))/1e6, "p95-ms")
}

func TestPercentile(t *testing.T) {
	d := []time.Duration{5, 1, 4, 2, 3, 10, 9, 8, 7, 6}
	for p, want := range map[float64]time.Duration{50: 5, 95: 10, 90: 9, 10: 1, 100: 10} {
		if got := Percentile(d, p); got != want {
			t.Errorf("Percentile(%v) = %v, want %v", p, got, want)
		}
	}
}
