package server_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/bench"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/internal/shared"
	"github.com/annalist/annalist/server"
	"github.com/annalist/annalist/store"
	"github.com/annalist/annalist/store/sqlite"
)

// benchArticles is the size of the store the API is benchmarked on.
const benchArticles = 100000

// benchStore opens the store of ANNALIST_BENCH_DB, building it on the
// first run: the Reuters-21578 stories (ANNALIST_REUTERS, or
// ../shared/corpus/reuters21578) analysed once, then stored again as
// variants, a year later each time (publication and event dates moved on,
// a line added so that no body is a duplicate), up to benchArticles.
func benchStore(b *testing.B) *sqlite.DB {
	path := os.Getenv("ANNALIST_BENCH_DB")
	if path == "" {
		b.Skip("set ANNALIST_BENCH_DB to a store path (built from Reuters-21578 on the first run, a few minutes)")
	}
	ctx := context.Background()
	if _, err := os.Stat(path); err != nil {
		corpus := os.Getenv("ANNALIST_REUTERS")
		if corpus == "" {
			corpus = shared.Require(b, "corpus/reuters21578")
		}
		if err := buildBenchStore(ctx, path, corpus); err != nil {
			os.Remove(path)
			b.Fatal(err)
		}
	}
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st
}

// benchServer serves the benchmark store, its index warmed as at start-up.
func benchServer(b *testing.B) *httptest.Server {
	h := server.New(benchStore(b), server.Options{})
	if err := h.Warm(context.Background()); err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(h)
	b.Cleanup(srv.Close)
	return srv
}

func buildBenchStore(ctx context.Context, path, corpus string) error {
	t0 := time.Now()
	var recs []*annalist.Record
	err := extract.Default().Run(2, func(submit func(*annalist.Article, error) error) error {
		return bench.WalkReuters(corpus, submit)
	}, func(res extract.Result) error {
		if res.Err == nil {
			recs = append(recs, res.Record)
		}
		return nil
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "analysed %d stories in %s\n", len(recs), time.Since(t0).Round(time.Second))
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
	total := 0
	for k := 0; total < benchArticles; k++ {
		var batch []*annalist.Record
		for _, r := range recs {
			if total+len(batch) >= benchArticles {
				break
			}
			batch = append(batch, variant(r, k))
			if len(batch) == 1000 {
				n, err := put(ctx, st, batch)
				if err != nil {
					return err
				}
				total += n
				batch = batch[:0]
			}
		}
		n, err := put(ctx, st, batch)
		if err != nil {
			return err
		}
		total += n
	}
	fmt.Fprintf(os.Stderr, "stored %d articles in %s\n", total, time.Since(t0).Round(time.Second))
	return st.Optimize(ctx, total)
}

func put(ctx context.Context, st *sqlite.DB, batch []*annalist.Record) (int, error) {
	if len(batch) == 0 {
		return 0, nil
	}
	outs, err := st.Put(ctx, batch)
	n := 0
	for _, o := range outs {
		if o == store.Stored {
			n++
		}
	}
	return n, err
}

var year = regexp.MustCompile(`^\d{4}`)

// variant is r k years later, with a line added at the end of its body.
func variant(r *annalist.Record, k int) *annalist.Record {
	if k == 0 {
		return r
	}
	v := *r
	shift := func(s string) string {
		return year.ReplaceAllStringFunc(s, func(y string) string { n, _ := strconv.Atoi(y); return strconv.Itoa(n + k) })
	}
	v.ID = fmt.Sprintf("%s-v%d", r.ID, k)
	v.Text = r.Text + fmt.Sprintf("\n\nVariant %d.", k)
	v.Published = shift(r.Published)
	v.Events = append([]annalist.Event(nil), r.Events...)
	for i := range v.Events {
		v.Events[i].Date = shift(v.Events[i].Date)
	}
	return &v
}

// BenchmarkAPI times the API over HTTP on a store of 100,000 articles:
// each sub-benchmark cycles through its requests and reports the p50 and
// p95 latency of one request.
//
//	ANNALIST_BENCH_DB=/tmp/bench100k.db go test ./server -run XXX -bench API -benchtime 200x
func BenchmarkAPI(b *testing.B) {
	srv := benchServer(b)
	var searches []string
	for _, q := range bench.Queries {
		searches = append(searches, "/api/search?q="+url.QueryEscape(q))
	}
	for _, c := range []struct {
		name string
		reqs []string
	}{
		{"search", searches},
		{"search-filtered", []string{"/api/search?q=oil&country=US", "/api/search?q=strike&type=PROTEST", "/api/search?country=JP&from=1988", "/api/search?entity=OPEC"}},
		{"timeline", []string{"/api/timeline?by=month", "/api/timeline?by=week&q=oil", "/api/timeline?by=day&country=JP", "/api/timeline?by=month&q=strike", "/api/timeline?by=year&type=PROTEST"}},
		{"map", []string{"/api/map", "/api/map?q=oil", "/api/map?country=JP", "/api/map?q=strike&from=1990"}},
	} {
		b.Run(c.name, func(b *testing.B) {
			lat := make([]time.Duration, 0, b.N)
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				resp, err := http.Get(srv.URL + c.reqs[i%len(c.reqs)])
				if err != nil {
					b.Fatal(err)
				}
				var buf [32 << 10]byte
				for {
					if _, err := resp.Body.Read(buf[:]); err != nil {
						break
					}
				}
				resp.Body.Close()
				if resp.StatusCode != 200 {
					b.Fatalf("%s: %s", c.reqs[i%len(c.reqs)], resp.Status)
				}
				lat = append(lat, time.Since(t0))
			}
			b.ReportMetric(ms(bench.Percentile(lat, 50)), "p50-ms")
			b.ReportMetric(ms(bench.Percentile(lat, 95)), "p95-ms")
		})
	}
}

// BenchmarkFirstPageLoad times, in headless Chromium with its cache off,
// from navigating to the server's / until the first view (the newest
// articles with their facets) is drawn, on the 100,000-article store.
func BenchmarkFirstPageLoad(b *testing.B) {
	srv := benchServer(b)
	ctx := browse(b)
	if err := chromedp.Run(ctx, network.Enable(), network.SetCacheDisabled(true)); err != nil {
		b.Fatal(err)
	}
	lat := make([]time.Duration, 0, b.N)
	for i := 0; i < b.N; i++ {
		if err := chromedp.Run(ctx, chromedp.Navigate("about:blank")); err != nil {
			b.Fatal(err)
		}
		t0 := time.Now()
		err := chromedp.Run(ctx, chromedp.Navigate(srv.URL+"/"),
			chromedp.WaitVisible(`#hits article`, chromedp.ByQuery))
		if err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t0))
	}
	b.ReportMetric(ms(bench.Percentile(lat, 50)), "p50-ms")
	b.ReportMetric(ms(bench.Percentile(lat, 95)), "p95-ms")
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
