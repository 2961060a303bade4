package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/annalist/annalist"
)

// newsServer serves a feed of two items and their pages on loopback,
// counting the pages served.
func newsServer(t *testing.T) (*httptest.Server, func(string) int) {
	var mu sync.Mutex
	served := map[string]int{}
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		served[r.URL.Path]++
		mu.Unlock()
		switch {
		case r.URL.Path == "/robots.txt":
			http.NotFound(w, r)
		case r.URL.Path == "/feed.xml":
			w.Header().Set("Last-Modified", "Tue, 05 Mar 2024 10:00:00 GMT")
			if r.Header.Get("If-Modified-Since") == "Tue, 05 Mar 2024 10:00:00 GMT" {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<rss version="2.0"><channel><title>T</title>
<item><title>One</title><link>%[1]s/news/1</link><pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate></item>
<item><title>Two</title><link>%[1]s/news/2</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>
</channel></rss>`, srv.URL)
		case strings.HasPrefix(r.URL.Path, "/news/"):
			n := strings.TrimPrefix(r.URL.Path, "/news/")
			fmt.Fprintf(w, `<html lang="en"><head><title>Arrests after march %s | Example</title><meta name="author" content="Jane Doe"></head><body><article><h1>Arrests after march %s</h1>`, n, n)
			for i := 0; i < 5; i++ {
				fmt.Fprintf(w, "<p>Police in the capital arrested %d%s protesters on Monday, the interior ministry said in a statement, after a march towards parliament.</p>", i, n)
			}
			fmt.Fprint(w, `<p>Instagram @ExampleNews</p></article></body></html>`)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, func(p string) int { mu.Lock(); defer mu.Unlock(); return served[p] }
}

func TestWatchOnceTwiceFetchesNothingTwice(t *testing.T) {
	srv, served := newsServer(t)
	db := filepath.Join(t.TempDir(), "w.db")
	args := []string{"watch", "--db", db, "--once", "--allow-private", "--host-interval", "1ms", srv.URL + "/feed.xml"}
	out, stderr, err := runCLI(t, args...)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if !strings.Contains(out, "poll 1: feeds 1 (0 unchanged), items 2 (2 new), pages fetched 2, stored 2") {
		t.Errorf("first run: %q %s", out, stderr)
	}
	out, stderr, err = runCLI(t, args...)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if !strings.Contains(out, "feeds 1 (1 unchanged), items 0 (0 new), pages fetched 0, stored 0") {
		t.Errorf("second run: %q %s", out, stderr)
	}
	if served("/news/1") != 1 || served("/news/2") != 1 {
		t.Errorf("pages served %d and %d times", served("/news/1"), served("/news/2"))
	}
}

func TestFetchJSON(t *testing.T) {
	srv, _ := newsServer(t)
	out, stderr, err := runCLI(t, "fetch", "--json", "--allow-private", "--host-interval", "1ms", srv.URL+"/news/1")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	var r annalist.Record
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("%v: %q", err, out)
	}
	if r.Author != "Jane Doe" || r.Sources["author"] != "meta:author" || r.Fetched == "" || !strings.HasPrefix(r.Text, "Police in the capital") {
		t.Errorf("record %+v", r)
	}
	dropped := false
	for _, d := range r.Dropped {
		dropped = dropped || d.Reason == "social" && d.Text == "Instagram @ExampleNews"
	}
	if !dropped {
		t.Errorf("social handle not dropped: %+v", r.Dropped)
	}
	// Without --allow-private, loopback is refused.
	_, stderr, err = runCLI(t, "fetch", "--json", "--allow-private=false", srv.URL+"/news/1")
	if err == nil || !strings.Contains(stderr, "--allow-private") {
		t.Errorf("loopback fetched without --allow-private: %v %s", err, stderr)
	}
}
