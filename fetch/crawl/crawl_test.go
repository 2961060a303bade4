package crawl

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/fetch"
	"github.com/annalist/annalist/store"
	"github.com/annalist/annalist/store/sqlite"
)

// site is a news site on loopback: a feed whose items can change between
// polls, article pages, and a count of what was served.
type site struct {
	mu      sync.Mutex
	items   []item
	pages   map[string]string // path -> HTML
	types   map[string]string // path -> Content-Type, when not UTF-8 HTML
	served  map[string]int    // completed responses per path
	etag    string            // the feed's current ETag
	robots  string
	onPage  func(path string) bool // false: do not answer (the client gave up)
	srv     *httptest.Server
	feedRaw string // when set, served as the feed verbatim
}

type item struct{ path, title, date, desc string }

func newSite(t *testing.T) *site {
	s := &site{pages: map[string]string{}, types: map[string]string{}, served: map[string]int{}, etag: `"1"`}
	s.srv = httptest.NewServer(http.HandlerFunc(s.handle))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *site) handle(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch r.URL.Path {
	case "/robots.txt":
		if s.robots == "" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, s.robots)
	case "/feed.xml":
		w.Header().Set("ETag", s.etag)
		if r.Header.Get("If-None-Match") == s.etag {
			w.WriteHeader(http.StatusNotModified)
			s.served[r.URL.Path]++
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, s.feed())
	default:
		page, ok := s.pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		if s.onPage != nil && !s.onPage(r.URL.Path) {
			return
		}
		ct := s.types[r.URL.Path]
		if ct == "" {
			ct = "text/html; charset=utf-8"
		}
		w.Header().Set("Content-Type", ct)
		fmt.Fprint(w, page)
	}
	s.served[r.URL.Path]++
}

func (s *site) feed() string {
	if s.feedRaw != "" {
		return s.feedRaw
	}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Example News</title><link>` + s.srv.URL + `/</link>`)
	for _, it := range s.items {
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s%s</link><guid>%s%s</guid><pubDate>%s</pubDate><description>%s</description></item>",
			it.title, s.srv.URL, it.path, s.srv.URL, it.path, it.date, it.desc)
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

func (s *site) setItems(etag string, items ...item) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.items, s.etag = items, etag
}

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.served[path]
}

// articlePage is a page with navigation and an article of a few paragraphs.
func articlePage(title, topic string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s | Example News</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>%s</h1>`, title, title)
	for i := 1; i <= 5; i++ {
		fmt.Fprintf(&b, "<p>Paragraph %d: residents said the %s had changed the town, and officials promised a full report on what happened by the end of the month.</p>\n", i, topic)
	}
	b.WriteString(`</article><footer>Example News</footer></body></html>`)
	return b.String()
}

func openStore(t *testing.T, path string) *sqlite.DB {
	t.Helper()
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func newCrawler(st *sqlite.DB, logs *[]string) *Crawler {
	var mu sync.Mutex
	return &Crawler{
		Client:   fetch.New(fetch.Options{AllowPrivate: true, HostInterval: -1, Backoff: 1}),
		Pipeline: &extract.Pipeline{}, // the real pipeline, without the (slow to load) extractors
		Store:    st, State: st,
		Logf: func(format string, args ...any) {
			mu.Lock()
			defer mu.Unlock()
			*logs = append(*logs, fmt.Sprintf(format, args...))
		},
	}
}

func TestWatchFeedChangesBetweenPolls(t *testing.T) {
	s := newSite(t)
	s.pages["/a"] = articlePage("Flood in the valley", "flood")
	s.pages["/b"] = articlePage("Bridge reopens", "bridge")
	s.pages["/c"] = articlePage("Market burns", "fire")
	s.setItems(`"1"`, item{"/a", "Flood", "Mon, 04 Mar 2024 10:00:00 GMT", ""}, item{"/b", "Bridge", "Tue, 05 Mar 2024 10:00:00 GMT", ""})
	db := filepath.Join(t.TempDir(), "a.db")
	st := openStore(t, db)
	var logs []string
	c := newCrawler(st, &logs)
	ctx := context.Background()
	feed := s.srv.URL + "/feed.xml"

	t1, err := c.Feed(ctx, feed)
	if err != nil {
		t.Fatal(err)
	}
	if t1.Stored != 2 || t1.New != 2 {
		t.Fatalf("first poll: %s", t1)
	}
	// Unchanged feed: a 304, nothing else.
	t2, err := c.Feed(ctx, feed)
	if err != nil || t2.NotModified != 1 || t2.Pages != 0 {
		t.Fatalf("second poll: %s %v", t2, err)
	}
	// A new item: only its page is fetched.
	s.setItems(`"2"`, item{"/c", "Fire", "Wed, 06 Mar 2024 10:00:00 GMT", ""},
		item{"/a", "Flood", "Mon, 04 Mar 2024 10:00:00 GMT", ""}, item{"/b", "Bridge", "Tue, 05 Mar 2024 10:00:00 GMT", ""})
	t3, err := c.Feed(ctx, feed)
	if err != nil || t3.New != 1 || t3.Stored != 1 || t3.Pages != 1 {
		t.Fatalf("third poll: %s %v", t3, err)
	}
	st.Close()

	// Restarted on the same store: nothing is fetched again.
	s.setItems(`"3"`, s.items...) // even with the feed's ETag changed
	st = openStore(t, db)
	defer st.Close()
	c = newCrawler(st, &logs)
	t4, err := c.Feed(ctx, feed)
	if err != nil || t4.Pages != 0 || t4.Stored != 0 {
		t.Fatalf("after restart: %s %v", t4, err)
	}
	for _, p := range []string{"/a", "/b", "/c"} {
		if n := s.count(p); n != 1 {
			t.Errorf("%s served %d times", p, n)
		}
	}
	// Metadata: the feed's date where the page gives none, and says so.
	var rec *annalist.Record
	st.Records(ctx, "", storeOpts(), func(r *annalist.Record) error {
		if strings.HasSuffix(r.URL, "/c") {
			rec = r
		}
		return nil
	})
	if rec == nil || rec.Published != "2024-03-06" || rec.Sources["published"] != "feed" || rec.Title != "Market burns | Example News" && rec.Title != "Market burns" || rec.Fetched == "" {
		t.Errorf("record of /c: %+v", rec)
	}
}

func TestWatchKilledAndRestartedFetchesNothingTwice(t *testing.T) {
	s := newSite(t)
	var items []item
	for i := 0; i < 4; i++ {
		p := fmt.Sprintf("/story/%d", i)
		s.pages[p] = articlePage(fmt.Sprintf("Story %d", i), fmt.Sprintf("event number %d", i))
		items = append(items, item{p, fmt.Sprintf("Story %d", i), "Mon, 04 Mar 2024 10:00:00 GMT", ""})
	}
	s.setItems(`"1"`, items...)
	db := filepath.Join(t.TempDir(), "k.db")
	st := openStore(t, db)
	var logs []string
	c := newCrawler(st, &logs)
	ctx, cancel := context.WithCancel(context.Background())
	// Killed while the third page is on its way: the client gives up and
	// the page is not answered.
	s.onPage = func(path string) bool {
		if path == "/story/2" {
			cancel()
			return false
		}
		return true
	}
	if _, err := c.Feed(ctx, s.srv.URL+"/feed.xml"); err == nil {
		t.Fatal("a cancelled poll reported no error")
	}
	st.Close()
	s.mu.Lock()
	s.onPage = nil
	s.mu.Unlock()
	st = openStore(t, db)
	defer st.Close()
	c = newCrawler(st, &logs)
	tally, err := c.Feed(context.Background(), s.srv.URL+"/feed.xml")
	if err != nil {
		t.Fatal(err)
	}
	if tally.Pages != 2 || tally.Stored != 2 {
		t.Errorf("after restart: %s; want the 2 pages not reached before", tally)
	}
	for _, it := range items {
		if n := s.count(it.path); n != 1 {
			t.Errorf("%s served %d times", it.path, n)
		}
	}
	stats, _ := st.Stats(context.Background(), storeStats())
	if stats.Articles != 4 {
		t.Errorf("%d articles stored, want 4", stats.Articles)
	}
}

func TestChangedPageIsANewVersion(t *testing.T) {
	s := newSite(t)
	s.pages["/a"] = articlePage("Flood in the valley", "flood")
	s.setItems(`"1"`, item{"/a", "Flood", "Mon, 04 Mar 2024 10:00:00 GMT", ""})
	st := openStore(t, filepath.Join(t.TempDir(), "v.db"))
	defer st.Close()
	var logs []string
	c := newCrawler(st, &logs)
	ctx := context.Background()
	if _, err := c.Feed(ctx, s.srv.URL+"/feed.xml"); err != nil {
		t.Fatal(err)
	}
	// The outlet updates the story and its stamp in the feed.
	s.mu.Lock()
	s.pages["/a"] = articlePage("Flood in the valley", "flood and the rescue that followed")
	s.mu.Unlock()
	s.setItems(`"2"`, item{"/a", "Flood", "Tue, 05 Mar 2024 09:00:00 GMT", ""})
	tally, err := c.Feed(ctx, s.srv.URL+"/feed.xml")
	if err != nil || tally.Versions != 1 || tally.Stored != 1 {
		t.Fatalf("update: %s %v", tally, err)
	}
	var versions []int
	var ids []string
	st.Records(ctx, "", storeOpts(), func(r *annalist.Record) error {
		versions = append(versions, r.Version)
		ids = append(ids, r.ID)
		return nil
	})
	if len(versions) != 2 || ids[0] == ids[1] || versions[0]+versions[1] != 2 {
		t.Errorf("records %v versions %v: want the first and a version 2", ids, versions)
	}
	// Fetching the same URL again with an unchanged page stores nothing.
	tally, err = c.URL(ctx, s.srv.URL+"/a")
	if err != nil || tally.Stored != 0 || tally.NotModified != 1 {
		t.Errorf("refetch: %s %v", tally, err)
	}
}

func TestWindows1251MetaOnlyAndLanguage(t *testing.T) {
	s := newSite(t)
	ru := `<html lang="ru"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>Наводнение</title></head><body><article><h1>Наводнение в долине</h1>`
	for i := 0; i < 5; i++ {
		ru += "<p>Жители города рассказали, что вода поднялась за одну ночь, а власти пообещали помочь всем пострадавшим семьям до конца месяца.</p>"
	}
	ru += "</article></body></html>"
	enc, _ := charmap.Windows1251.NewEncoder().String(ru)
	s.pages["/ru"] = enc
	s.types["/ru"] = "text/html" // no charset in the header: only the meta tag says it
	var logs []string
	c := newCrawler(nil, &logs)
	c.Store, c.State = nil, nil
	var got []*annalist.Record
	c.Emit = func(r *annalist.Record) error { got = append(got, r); return nil }
	if _, err := c.URL(context.Background(), s.srv.URL+"/ru"); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || !strings.Contains(got[0].Text, "Жители города") {
		t.Fatalf("records %+v", got)
	}
	r := got[0]
	if r.Language != "ru" || r.Analysed == nil || *r.Analysed {
		t.Errorf("language %q analysed %v", r.Language, r.Analysed)
	}
	if !strings.Contains(strings.Join(logs, "\n"), "language ru: stored, not analysed") {
		t.Errorf("logs %q", logs)
	}
}

func TestRobotsForbiddenItemAndMalformedItem(t *testing.T) {
	s := newSite(t)
	s.robots = "User-agent: *\nDisallow: /private/\n"
	s.pages["/private/x"] = articlePage("Secret", "secret")
	s.pages["/ok"] = articlePage("Open story", "open meeting")
	s.pages["/ok2"] = articlePage("Second story", "second meeting")
	// The second item's XML is broken (an unclosed tag); the others stay.
	s.feedRaw = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>Open</title><link>` + s.srv.URL + `/ok</link></item>
<item><title>Broken</titl><description>x</item></description><link>` + s.srv.URL + `/broken</link></item>
<item><title>Secret</title><link>` + s.srv.URL + `/private/x</link></item>
<item><title>Second</title><link>` + s.srv.URL + `/ok2</link></item>
</channel></rss>`
	st := openStore(t, filepath.Join(t.TempDir(), "r.db"))
	defer st.Close()
	var logs []string
	c := newCrawler(st, &logs)
	tally, err := c.Feed(context.Background(), s.srv.URL+"/feed.xml")
	if err != nil {
		t.Fatal(err)
	}
	if tally.Stored != 2 {
		t.Errorf("%s; want the 2 readable, allowed items stored (logs %q)", tally, logs)
	}
	if s.count("/private/x") != 0 {
		t.Error("a page robots.txt forbids was fetched")
	}
	all := strings.Join(logs, "\n")
	if !strings.Contains(all, "robots.txt") || !strings.Contains(all, "item 2") {
		t.Errorf("logs do not name the forbidden and the broken item: %q", logs)
	}
}

func storeOpts() store.SearchOptions { return store.SearchOptions{} }
func storeStats() store.StatsOptions { return store.StatsOptions{} }
