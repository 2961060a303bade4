package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// testClient allows loopback (the test servers) and keeps waits short.
func testClient(t *testing.T, opt Options) *Client {
	t.Helper()
	opt.AllowPrivate = true
	if opt.HostInterval == 0 {
		opt.HostInterval = -1 // no politeness pause between test requests
	}
	if opt.Backoff == 0 {
		opt.Backoff = 5 * time.Millisecond
	}
	if opt.Timeout == 0 {
		opt.Timeout = 5 * time.Second
	}
	return New(opt)
}

func TestRefusesPrivateAddressesAtDial(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "hello") }))
	defer srv.Close()
	c := New(Options{Retries: -1, HostInterval: -1, IgnoreRobots: true})
	// By address and by a name that resolves to loopback: the check is on
	// the address dialled.
	port := srv.URL[strings.LastIndexByte(srv.URL, ':'):]
	for _, u := range []string{srv.URL + "/", "http://localhost" + port + "/"} {
		_, err := c.Get(context.Background(), Request{URL: u})
		if !errors.Is(err, ErrAddress) {
			t.Errorf("%s: err %v, want ErrAddress", u, err)
		}
	}
	c = New(Options{Retries: -1, HostInterval: -1, IgnoreRobots: true, AllowPrivate: true})
	if resp, err := c.Get(context.Background(), Request{URL: srv.URL + "/"}); err != nil || string(resp.Body) != "hello" {
		t.Fatalf("with AllowPrivate: %v %v", resp, err)
	}
}

func TestPublicAddr(t *testing.T) {
	for s, want := range map[string]bool{
		"127.0.0.1": false, "10.1.2.3": false, "172.16.0.1": false, "192.168.1.1": false, "169.254.169.254": false,
		"100.64.0.1": false, "0.0.0.0": false, "::1": false, "fe80::1": false, "fc00::1": false, "::ffff:127.0.0.1": false,
		"224.0.0.1": false, "255.255.255.255": false,
		"93.184.216.34": true, "8.8.8.8": true, "2a00:1450:4001::1": true,
	} {
		if got := PublicAddr(netip.MustParseAddr(s)); got != want {
			t.Errorf("PublicAddr(%s) = %v, want %v", s, got, want)
		}
	}
}

func TestOnlyHTTP(t *testing.T) {
	c := testClient(t, Options{})
	for _, u := range []string{"ftp://example.org/a", "file:///etc/passwd", "gopher://x/", "javascript:alert(1)", "//example.org/"} {
		if _, err := c.Get(context.Background(), Request{URL: u}); err == nil {
			t.Errorf("%s: fetched", u)
		}
	}
	if c.Requests() != 0 {
		t.Errorf("%d requests sent for refused URLs", c.Requests())
	}
}

func TestUserAgentAndConditional(t *testing.T) {
	var ua atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		ua.Store(r.UserAgent())
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Mon, 02 Jan 2006 15:04:05 GMT")
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprint(w, "<p>page</p>")
	}))
	defer srv.Close()
	c := testClient(t, Options{Contact: "https://example.org/contact"})
	first, err := c.Get(context.Background(), Request{URL: srv.URL + "/a"})
	if err != nil {
		t.Fatal(err)
	}
	if got := ua.Load().(string); !strings.Contains(got, "Annalist") || !strings.Contains(got, "https://example.org/contact") {
		t.Errorf("User-Agent %q", got)
	}
	if first.NotModified || first.ETag != `"v1"` || string(first.Body) != "<p>page</p>" {
		t.Fatalf("first answer %+v", first)
	}
	second, err := c.Get(context.Background(), Request{URL: srv.URL + "/a", ETag: first.ETag, LastModified: first.LastModified})
	if err != nil {
		t.Fatal(err)
	}
	if !second.NotModified || len(second.Body) != 0 || second.ETag != `"v1"` {
		t.Fatalf("conditional answer %+v", second)
	}
}

func TestRetryAfter429(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if hits.Add(1) == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		fmt.Fprint(w, "ok")
	}))
	defer srv.Close()
	c := testClient(t, Options{IgnoreRobots: true})
	start := time.Now()
	resp, err := c.Get(context.Background(), Request{URL: srv.URL})
	if err != nil || string(resp.Body) != "ok" {
		t.Fatalf("%v %v", resp, err)
	}
	if d := time.Since(start); d < time.Second {
		t.Errorf("retried after %s, before the Retry-After of 1s", d)
	}
	if hits.Load() != 2 {
		t.Errorf("%d requests, want 2", hits.Load())
	}
}

func TestRetryAfterTooLongGivesUp(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	c := testClient(t, Options{IgnoreRobots: true})
	_, err := c.Get(context.Background(), Request{URL: srv.URL})
	var se *StatusError
	if !errors.As(err, &se) || se.Code != 503 || se.RetryAfter != time.Hour {
		t.Fatalf("err %v", err)
	}
	if hits.Load() != 1 {
		t.Errorf("%d requests: a server asking for an hour's pause was asked again", hits.Load())
	}
}

func TestFailingServerBacksOff(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := hits.Add(1)
		if r.URL.Path == "/flaky" && n >= 3 {
			fmt.Fprint(w, "at last")
			return
		}
		http.Error(w, "down", http.StatusBadGateway)
	}))
	defer srv.Close()
	c := testClient(t, Options{IgnoreRobots: true, Retries: 2})
	_, err := c.Get(context.Background(), Request{URL: srv.URL + "/down"})
	var se *StatusError
	if !errors.As(err, &se) || se.Code != 502 {
		t.Fatalf("err %v", err)
	}
	if hits.Load() != 3 {
		t.Errorf("%d requests, want 1 + 2 retries", hits.Load())
	}
	hits.Store(0)
	resp, err := c.Get(context.Background(), Request{URL: srv.URL + "/flaky"})
	if err != nil || string(resp.Body) != "at last" {
		t.Fatalf("flaky: %v %v", resp, err)
	}
	// A 404 is an answer, not a failure: no retry.
	hits.Store(0)
	srv404 := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1); http.NotFound(w, r) }))
	defer srv404.Close()
	if _, err := c.Get(context.Background(), Request{URL: srv404.URL}); !errors.As(err, &se) || se.Code != 404 || hits.Load() != 1 {
		t.Errorf("404: %v after %d requests", err, hits.Load())
	}
}

func TestSlowServerTimesOut(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(200)
		fmt.Fprint(w, "<p>start")
		w.(http.Flusher).Flush()
		select { // trickles forever, until the client hangs up
		case <-r.Context().Done():
		case <-release:
		}
	}))
	defer srv.Close()
	defer close(release)
	c := testClient(t, Options{IgnoreRobots: true, Timeout: 200 * time.Millisecond, Retries: -1})
	start := time.Now()
	_, err := c.Get(context.Background(), Request{URL: srv.URL})
	if err == nil {
		t.Fatal("a body that never ends was read")
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("gave up after %s, timeout is 200ms", d)
	}
}

func TestRedirects(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/loop/a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/b", http.StatusFound) })
	mux.HandleFunc("/loop/b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/a", http.StatusFound) })
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/here", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/here", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "here") })
	mux.HandleFunc("/tls", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "https://"+r.Host+"/here", http.StatusFound)
	})
	mux.HandleFunc("/file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := testClient(t, Options{IgnoreRobots: true, MaxRedirects: 4})
	if _, err := c.Get(context.Background(), Request{URL: srv.URL + "/loop/a"}); !errors.Is(err, ErrRedirects) {
		t.Errorf("loop: %v", err)
	}
	for _, p := range []string{"/tls", "/file"} {
		if _, err := c.Get(context.Background(), Request{URL: srv.URL + p}); !errors.Is(err, ErrSchemeChange) {
			t.Errorf("%s: %v", p, err)
		}
	}
	resp, err := c.Get(context.Background(), Request{URL: srv.URL + "/moved"})
	if err != nil || string(resp.Body) != "here" || !strings.HasSuffix(resp.URL, "/here") {
		t.Fatalf("moved: %+v %v", resp, err)
	}
}

func TestGzipAndSizeCap(t *testing.T) {
	big := bytes.Repeat([]byte("<p>words words words</p>\n"), 2000) // 50 kB
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/gzip":
			w.Header().Set("Content-Encoding", "gzip")
			zw := gzip.NewWriter(w)
			zw.Write([]byte("<p>unzipped</p>"))
			zw.Close()
		case "/bomb": // small on the wire, big unpacked: the cap is on what is unpacked
			w.Header().Set("Content-Encoding", "gzip")
			zw := gzip.NewWriter(w)
			zw.Write(big)
			zw.Close()
		case "/big":
			w.Write(big)
		case "/chunked":
			for i := 0; i < 50; i++ {
				w.Write(big[:1000])
				w.(http.Flusher).Flush()
			}
		}
	}))
	defer srv.Close()
	c := testClient(t, Options{IgnoreRobots: true, MaxBytes: 10000})
	resp, err := c.Get(context.Background(), Request{URL: srv.URL + "/gzip"})
	if err != nil || string(resp.Body) != "<p>unzipped</p>" {
		t.Fatalf("gzip: %+v %v", resp, err)
	}
	for _, p := range []string{"/bomb", "/big", "/chunked"} {
		if _, err := c.Get(context.Background(), Request{URL: srv.URL + p}); !errors.Is(err, ErrTooLarge) {
			t.Errorf("%s: %v", p, err)
		}
	}
}

func TestRobots(t *testing.T) {
	var robotsHits, pageHits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			robotsHits.Add(1)
			fmt.Fprint(w, "User-agent: *\nDisallow: /\n\nUser-agent: Annalist\nDisallow: /private/\nAllow: /\n")
			return
		}
		pageHits.Add(1)
		fmt.Fprint(w, "page")
	}))
	defer srv.Close()
	c := testClient(t, Options{})
	if _, err := c.Get(context.Background(), Request{URL: srv.URL + "/news/1"}); err != nil {
		t.Errorf("allowed page: %v", err)
	}
	if _, err := c.Get(context.Background(), Request{URL: srv.URL + "/private/secret"}); !errors.Is(err, ErrRobots) {
		t.Errorf("forbidden page: %v", err)
	}
	if robotsHits.Load() != 1 || pageHits.Load() != 1 {
		t.Errorf("robots.txt read %d times, pages %d; want 1 and 1", robotsHits.Load(), pageHits.Load())
	}
	// A robots.txt that fails with a server error forbids the host.
	down := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.Error(w, "oops", 500)
			return
		}
		fmt.Fprint(w, "page")
	}))
	defer down.Close()
	if _, err := c.Get(context.Background(), Request{URL: down.URL + "/a"}); !errors.Is(err, ErrRobots) {
		t.Errorf("robots.txt 500: %v", err)
	}
}

func TestPerHostInterval(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "x") }))
	defer srv.Close()
	c := testClient(t, Options{IgnoreRobots: true, HostInterval: 150 * time.Millisecond})
	start := time.Now()
	for i := 0; i < 3; i++ {
		if _, err := c.Get(context.Background(), Request{URL: fmt.Sprintf("%s/%d", srv.URL, i)}); err != nil {
			t.Fatal(err)
		}
	}
	if d := time.Since(start); d < 300*time.Millisecond {
		t.Errorf("3 requests in %s: the host interval of 150ms was not kept", d)
	}
}

func TestRetryAfterHeader(t *testing.T) {
	now := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for v, want := range map[string]time.Duration{
		"120": 2 * time.Minute, "0": 0, "": 0, "soon": 0, "-5": 0,
		"Mon, 01 Jan 2024 00:00:30 GMT": 30 * time.Second, "Sun, 31 Dec 2023 00:00:00 GMT": 0,
	} {
		if got := retryAfter(v, now); got != want {
			t.Errorf("retryAfter(%q) = %s, want %s", v, got, want)
		}
	}
}

func FuzzRetryAfter(f *testing.F) {
	for _, s := range []string{"120", "", "-1", "Mon, 01 Jan 2024 00:00:30 GMT", "99999999999999999999", "1e3"} {
		f.Add(s)
	}
	now := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, v string) {
		if d := retryAfter(v, now); d < 0 {
			t.Errorf("retryAfter(%q) = %s, negative", v, d)
		}
	})
}
