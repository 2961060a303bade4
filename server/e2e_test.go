package server_test

import (
	"context"
	"encoding/csv"
	"math"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/ingest"
	"github.com/annalist/annalist/internal/shared"
	"github.com/annalist/annalist/server"
	"github.com/annalist/annalist/store/sqlite"
)

// chromium finds a Chromium or Chrome to drive, or skips.
func chromium(t testing.TB) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no Chromium on this machine (Debian: apt-get install chromium); the browser tests need one")
	return ""
}

// seedServer serves a store holding the seed article, analysed by the
// default pipeline, and returns its record.
func seedServer(t testing.TB) (*httptest.Server, *annalist.Record) {
	t.Helper()
	seed := shared.Require(t, shared.SeedFile)
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "seed.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var rec *annalist.Record
	err = ingest.Walk([]string{seed}, ingest.Options{}, func(a *annalist.Article, err error) error {
		if err != nil {
			return err
		}
		rec, err = extract.Default().Process(a)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Put(ctx, []*annalist.Record{rec}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(server.New(st, server.Options{}))
	t.Cleanup(srv.Close)
	return srv, rec
}

// browse starts a headless Chromium of its own for the test.
func browse(t testing.TB) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox, // tests may run as root, as CI does
		chromedp.DisableGPU,
		chromedp.WindowSize(1280, 900),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancel3)
	if err := chromedp.Run(ctx); err != nil {
		t.Fatalf("start %s: %v", chromium(t), err)
	}
	return ctx
}

// show switches the page to a view by its hash and waits until it is drawn.
func show(hash string) chromedp.Action {
	view, _, _ := strings.Cut(hash, "?")
	return chromedp.Tasks{
		chromedp.Evaluate(`location.hash = `+jsString(hash), nil),
		chromedp.WaitVisible(`main[data-view="`+view+`"][aria-busy="false"]`, chromedp.ByQuery),
	}
}

func jsString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

func entity(rec *annalist.Record, pred func(annalist.Entity) bool) *annalist.Entity {
	for i := range rec.Entities {
		if pred(rec.Entities[i]) {
			return &rec.Entities[i]
		}
	}
	return nil
}

// TestBrowser drives the UI as an analyst would, over the seed article.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	srv, rec := seedServer(t)
	ctx := browse(t)
	if err := chromedp.Run(ctx, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(`main[aria-busy="false"]`, chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}

	t.Run("search a place finds the article", func(t *testing.T) {
		var n int
		err := chromedp.Run(ctx,
			chromedp.SetValue(`#q`, "Taldykorgan", chromedp.ByQuery),
			chromedp.Submit(`#q`, chromedp.ByQuery),
			chromedp.WaitVisible(`#hits article[data-id="`+rec.ID+`"]`, chromedp.ByQuery),
			chromedp.Evaluate(`document.querySelectorAll('#hits article').length`, &n))
		if err != nil || n != 1 {
			t.Fatalf("%v; %d hits", err, n)
		}
	})

	t.Run("the ACLED sub-event facet filters the search", func(t *testing.T) {
		// The extractor codes the crackdown as excessive force against protesters.
		const sub = "Excessive force against protesters"
		var href, chips string
		var n int
		err := chromedp.Run(ctx, show("/"),
			chromedp.Evaluate(`([...document.querySelectorAll('aside.facets a')].find((a) => a.firstChild.textContent === `+jsString(sub)+`) || {}).hash || ''`, &href))
		if err != nil || !strings.Contains(href, "acled_sub=") {
			t.Fatalf("no facet %q: %v, %q", sub, err, href)
		}
		err = chromedp.Run(ctx, show(strings.TrimPrefix(href, "#")),
			chromedp.Evaluate(`document.querySelectorAll('#hits article[data-id="`+rec.ID+`"]').length`, &n),
			chromedp.Text(`#filters`, &chips, chromedp.ByQuery))
		if err != nil || n != 1 || !strings.Contains(chips, "acled_sub: "+sub) {
			t.Errorf("after the facet: %v; %d hits, filters %q", err, n, chips)
		}
	})

	t.Run("article marks the president and the dead", func(t *testing.T) {
		var president, dead string
		err := chromedp.Run(ctx, show("/article/"+rec.ID),
			chromedp.Evaluate(`(document.querySelector('#text mark.ent-PERSON[data-role="president"]') || {}).textContent || ''`, &president),
			chromedp.Evaluate(`(document.querySelector('#text mark.count[data-kind="killed"]') || {}).textContent || ''`, &dead))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(president, "Tokayev") {
			t.Errorf("the president is not marked: %q", president)
		}
		if !strings.Contains(dead, "238") {
			t.Errorf("the count of dead is not marked: %q", dead)
		}
	})

	t.Run("map has a marker at the town", func(t *testing.T) {
		town := entity(rec, func(e annalist.Entity) bool { return e.Name == "Taldykorgan" && e.Geo != nil })
		if town == nil {
			t.Fatal("the record has no geocoded Taldykorgan")
		}
		var markers [][2]float64
		err := chromedp.Run(ctx, show("/map"),
			chromedp.WaitVisible(`path.event-marker`, chromedp.ByQuery),
			chromedp.Evaluate(`(() => { const out = []; annalist.map.eachLayer((l) => {
				if (l.options && l.options.className === 'event-marker') { const p = l.getLatLng(); out.push([p.lat, p.lng]); } });
				return out; })()`, &markers))
		if err != nil {
			t.Fatal(err)
		}
		best := math.Inf(1)
		for _, m := range markers {
			best = math.Min(best, km(m[0], m[1], town.Geo.Lat, town.Geo.Lon))
		}
		if best > 25 {
			t.Errorf("no event marker within 25 km of %.4f, %.4f: nearest %.0f km of %v", town.Geo.Lat, town.Geo.Lon, best, markers)
		}
	})

	t.Run("timeline shows January 2022", func(t *testing.T) {
		var bars int
		var rows string
		err := chromedp.Run(ctx, show("/timeline?by=month"),
			chromedp.Evaluate(`document.querySelectorAll('#timeline rect[data-period="2022-01"]').length`, &bars),
			chromedp.Text(`#periods`, &rows, chromedp.ByQuery))
		if err != nil {
			t.Fatal(err)
		}
		if bars == 0 || !strings.Contains(rows, "January 2022") {
			t.Errorf("January 2022 not shown: %d bars, table %q", bars, rows)
		}
	})

	t.Run("event CSV downloads", func(t *testing.T) {
		dir := t.TempDir()
		done := make(chan string, 1)
		chromedp.ListenTarget(ctx, func(ev any) {
			if p, ok := ev.(*browser.EventDownloadProgress); ok && p.State == browser.DownloadProgressStateCompleted {
				select {
				case done <- p.GUID:
				default:
				}
			}
		})
		err := chromedp.Run(ctx, show("/events"),
			browser.SetDownloadBehavior(browser.SetDownloadBehaviorBehaviorAllowAndName).WithDownloadPath(dir).WithEventsEnabled(true),
			chromedp.Click(`#download-csv`, chromedp.ByQuery))
		if err != nil {
			t.Fatal(err)
		}
		var guid string
		select {
		case guid = <-done:
		case <-time.After(20 * time.Second):
			t.Fatal("the download did not complete")
		}
		f, err := os.Open(filepath.Join(dir, guid))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rows, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) < 2 || rows[0][0] != "event_id" || !strings.HasPrefix(rows[1][0], rec.ID) {
			t.Errorf("downloaded CSV: %v", rows)
		}
	})
}

// km is the great-circle distance between two points.
func km(lat1, lon1, lat2, lon2 float64) float64 {
	rad := math.Pi / 180
	a := math.Pow(math.Sin((lat2-lat1)*rad/2), 2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Pow(math.Sin((lon2-lon1)*rad/2), 2)
	return 2 * 6371 * math.Asin(math.Sqrt(a))
}
