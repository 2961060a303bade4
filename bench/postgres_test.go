package bench

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/internal/pgtest"
	"github.com/annalist/annalist/store"
	"github.com/annalist/annalist/store/postgres"
)

// searchArticles is how many articles the PostgreSQL search benchmark
// searches: the Reuters records, then copies of them with a line added to
// each so that every body is new to the store.
const searchArticles = 100_000

// BenchmarkSearchPostgres times the search Queries (top 20 with
// ts_headline snippets) over 100,000 articles in PostgreSQL, on a server
// the benchmark starts (see internal/pgtest). Filling the store takes a
// few minutes and is not timed.
func BenchmarkSearchPostgres(b *testing.B) {
	ctx := context.Background()
	pgOnce.Do(func() { pgStore = fillPostgres(b) })
	st := pgStore
	if st == nil {
		b.Fatal("no store: see the first run's error")
	}
	b.ResetTimer()
	var lat []time.Duration
	for i := 0; i < b.N; i++ {
		l, err := SearchLatencies(ctx, st, searchRounds)
		if err != nil {
			b.Fatal(err)
		}
		lat = append(lat, l...)
	}
	b.ReportMetric(float64(Percentile(lat, 50).Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(Percentile(lat, 95).Microseconds())/1000, "p95-ms")
}

var (
	pgOnce  sync.Once
	pgStore *postgres.DB // kept for the benchmark's runs; the server goes at exit
)

// fillPostgres stores searchArticles records made from Reuters.
func fillPostgres(b *testing.B) *postgres.DB {
	ctx := context.Background()
	arts, _ := reuters(b)
	var recs []*annalist.Record
	if err := extract.Default().Run(runtime.GOMAXPROCS(0), fromMemory(arts), func(res extract.Result) error {
		if res.Err == nil {
			recs = append(recs, res.Record)
		}
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	if len(recs) == 0 {
		b.Fatal("no record extracted from Reuters")
	}
	st, err := postgres.Open(ctx, pgtest.URL(b))
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	var batch []*annalist.Record
	stored := 0
	put := func() {
		out, err := st.Put(ctx, batch)
		if err != nil {
			b.Fatal(err)
		}
		for _, o := range out {
			if o == store.Stored {
				stored++
			}
		}
		batch = batch[:0]
	}
	// Until exactly searchArticles are stored: bodies that repeat are kept once.
	for n := 0; stored < searchArticles; n++ {
		r := *recs[n%len(recs)]
		if pass := n / len(recs); pass > 0 {
			// A copy is new text to the index; its facts, which search does
			// not read, are left out to fill the store in minutes.
			r = annalist.Record{ID: fmt.Sprintf("%s-%d", r.ID, pass), Title: r.Title, Published: r.Published, URL: r.URL,
				Text: r.Text + fmt.Sprintf("\n(copy %d)", pass)}
		}
		batch = append(batch, &r)
		if len(batch) == min(1000, searchArticles-stored) {
			put()
		}
	}
	if _, err := st.Pool().Exec(ctx, "ANALYZE"); err != nil {
		b.Fatal(err)
	}
	var n int
	st.Pool().QueryRow(ctx, "SELECT count(*) FROM articles").Scan(&n)
	b.Logf("%d articles stored in %.0fs", n, time.Since(start).Seconds())
	return st
}
