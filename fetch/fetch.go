// Package fetch is Annalist's HTTP client for the open web: safe (http and
// https only; no loopback, link-local or private addresses unless allowed,
// checked on the address actually dialled, so a name that resolves to one is
// refused too; bodies capped; a timeout on every request; few redirects and
// never to another scheme), polite (robots.txt, a per-host interval between
// requests, backoff on 429 and 5xx honouring Retry-After, a User-Agent with a
// contact address) and thrifty (conditional requests with ETag and
// Last-Modified).
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Defaults of Options.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBytes     = 16 << 20
	DefaultMaxRedirects = 5
	DefaultHostInterval = time.Second
	DefaultRetries      = 3
	DefaultBackoff      = 2 * time.Second
	DefaultMaxRetryWait = 2 * time.Minute
	DefaultContact      = "https://github.com/annalist/annalist"
	// Agent is the product token robots.txt groups are matched against.
	Agent = "Annalist"
)

// Options configure a Client; the zero value of each field means its default.
type Options struct {
	// Contact is a URL (or mailto:) where site owners reach whoever runs
	// the fetcher; it goes into the User-Agent.
	Contact string
	// AllowPrivate permits loopback, link-local and private addresses
	// (tests, intranets).
	AllowPrivate bool
	// Timeout bounds each request, reading the body included.
	Timeout time.Duration
	// MaxBytes caps a response body, after decompression.
	MaxBytes int64
	// MaxRedirects is how many redirects one request may follow.
	MaxRedirects int
	// HostInterval is the least time between two requests to one host;
	// a robots.txt Crawl-delay that asks for more is honoured (up to a
	// minute).
	HostInterval time.Duration
	// Retries is how many times a request is repeated after a 429, a 5xx
	// or a failed connection; Backoff is the first wait, doubled each time,
	// unless the server says how long with Retry-After. A server asking
	// for more than MaxRetryWait is not retried.
	Retries      int
	Backoff      time.Duration
	MaxRetryWait time.Duration
	// IgnoreRobots skips robots.txt: only for pages the user names
	// explicitly and owns. Feeds and their items always honour it.
	IgnoreRobots bool
	// Logf, when set, hears retries and waits.
	Logf func(format string, args ...any)
}

// Errors a Get can return, wrapped with the URL.
var (
	ErrScheme       = errors.New("only http and https URLs are fetched")
	ErrAddress      = errors.New("address is loopback, link-local or private (use --allow-private to fetch it)")
	ErrTooLarge     = errors.New("response body over the size cap")
	ErrRedirects    = errors.New("too many redirects")
	ErrSchemeChange = errors.New("redirect to another scheme refused")
	ErrRobots       = errors.New("disallowed by robots.txt")
)

// StatusError is a final answer that is not 2xx or 304.
type StatusError struct {
	Code       int
	RetryAfter time.Duration // what the server asked for, when it said
}

func (e *StatusError) Error() string {
	s := fmt.Sprintf("HTTP %d %s", e.Code, http.StatusText(e.Code))
	if e.RetryAfter > 0 {
		s += fmt.Sprintf(" (Retry-After %s)", e.RetryAfter)
	}
	return s
}

// Request is one GET, conditional when ETag or LastModified is set (from a
// previous Response).
type Request struct {
	URL          string
	ETag         string
	LastModified string
	// Accept is the Accept header; empty means pages and feeds.
	Accept string
}

// Response is what a Get brought back.
type Response struct {
	URL          string // the final URL, after redirects
	Status       int
	NotModified  bool // 304: Body is empty, the caller's copy is current
	ContentType  string
	ETag         string
	LastModified string
	Body         []byte
	Fetched      time.Time
}

// Client fetches URLs; it is safe for concurrent use.
type Client struct {
	opt   Options
	ua    string
	http  *http.Client
	mu    sync.Mutex
	hosts map[string]*host
	// Requests counts the requests sent, robots.txt included.
	requests int
	sleep    func(ctx context.Context, d time.Duration) error
}

// host is the politeness state of one scheme://host.
type host struct {
	mu     sync.Mutex // held while waiting for the slot, so requests queue
	next   time.Time  // earliest time of the next request
	rmu    sync.Mutex // held while robots.txt is read, so it is read once
	robots *robots
}

// New returns a Client.
func New(opt Options) *Client {
	if opt.Contact == "" {
		opt.Contact = DefaultContact
	}
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	if opt.MaxRedirects <= 0 {
		opt.MaxRedirects = DefaultMaxRedirects
	}
	if opt.HostInterval == 0 {
		opt.HostInterval = DefaultHostInterval
	}
	if opt.Retries < 0 {
		opt.Retries = 0
	} else if opt.Retries == 0 {
		opt.Retries = DefaultRetries
	}
	if opt.Backoff <= 0 {
		opt.Backoff = DefaultBackoff
	}
	if opt.MaxRetryWait <= 0 {
		opt.MaxRetryWait = DefaultMaxRetryWait
	}
	c := &Client{
		opt:   opt,
		ua:    fmt.Sprintf("%s/1.0 (+%s)", Agent, opt.Contact),
		hosts: map[string]*host{},
		sleep: sleepCtx,
	}
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second, Control: c.checkDial}
	tr := &http.Transport{
		// No proxy from the environment: a proxy would dial for us and
		// bypass the address check.
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          64,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: opt.Timeout,
	}
	c.http = &http.Client{Transport: tr, CheckRedirect: c.checkRedirect}
	return c
}

// UserAgent is the User-Agent header sent.
func (c *Client) UserAgent() string { return c.ua }

// Requests is how many HTTP requests the client has sent.
func (c *Client) Requests() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.requests
}

// checkDial runs on the address about to be dialled, after name
// resolution: this is where a name that points inside the network is
// caught.
func (c *Client) checkDial(network, address string, _ syscall.RawConn) error {
	if c.opt.AllowPrivate {
		return nil
	}
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("dial %s: %w", address, ErrAddress)
	}
	if !PublicAddr(ap.Addr()) {
		return fmt.Errorf("dial %s: %w", ap.Addr(), ErrAddress)
	}
	return nil
}

// nonPublic are ranges that are not the public internet beyond what
// netip's predicates cover.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),       // this network
	netip.MustParsePrefix("100.64.0.0/10"),   // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved, broadcast
	netip.MustParsePrefix("64:ff9b:1::/48"),  // local-use NAT64
	netip.MustParsePrefix("2001:db8::/32"),   // documentation
	netip.MustParsePrefix("fec0::/10"),       // site-local (deprecated)
	netip.MustParsePrefix("100::/64"),        // discard
	netip.MustParsePrefix("192.0.2.0/24"),    // documentation
	netip.MustParsePrefix("198.51.100.0/24"), // documentation
	netip.MustParsePrefix("203.0.113.0/24"),  // documentation
}

// PublicAddr reports whether a is an ordinary public unicast address: not
// loopback, private, link-local, multicast, unspecified or reserved.
func PublicAddr(a netip.Addr) bool {
	a = a.Unmap() // ::ffff:127.0.0.1 is loopback
	if !a.IsValid() || a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() ||
		a.IsInterfaceLocalMulticast() || a.IsMulticast() || a.IsUnspecified() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(a) {
			return false
		}
	}
	return true
}

func (c *Client) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > c.opt.MaxRedirects {
		return fmt.Errorf("%w (%d, last to %s)", ErrRedirects, c.opt.MaxRedirects, req.URL.Redacted())
	}
	if req.URL.Scheme != via[0].URL.Scheme {
		return fmt.Errorf("%w: %s to %s", ErrSchemeChange, via[0].URL.Scheme, req.URL.Redacted())
	}
	if !c.opt.IgnoreRobots {
		if err := c.allowed(req.Context(), req.URL); err != nil {
			return err
		}
	}
	// A redirect is a request too: it waits its turn on its host.
	return c.wait(req.Context(), req.URL)
}

// Get fetches one URL: checks it, asks robots.txt, waits for its host's
// turn, and retries 429 and 5xx answers and failed connections with
// backoff. A 304 answer to a conditional request comes back with
// NotModified set; any other non-2xx final answer is a *StatusError.
func (c *Client) Get(ctx context.Context, r Request) (*Response, error) {
	u, err := checkURL(r.URL)
	if err != nil {
		return nil, err
	}
	if !c.opt.IgnoreRobots {
		if err := c.allowed(ctx, u); err != nil {
			return nil, fmt.Errorf("%s: %w", u.Redacted(), err)
		}
	}
	return c.get(ctx, u, r, c.opt.MaxBytes, c.opt.Retries)
}

// get sends r with up to retries repeats, reading at most maxBytes.
func (c *Client) get(ctx context.Context, u *url.URL, r Request, maxBytes int64, retries int) (*Response, error) {
	for attempt := 0; ; attempt++ {
		resp, err := c.once(ctx, u, r, maxBytes)
		if err == nil {
			return resp, nil
		}
		wait, retry := c.retryable(err, attempt, retries)
		if !retry {
			return nil, fmt.Errorf("%s: %w", u.Redacted(), err)
		}
		if c.opt.Logf != nil {
			c.opt.Logf("%s: %v; retrying in %s", u.Redacted(), err, wait.Round(time.Millisecond))
		}
		c.delayHost(u, wait)
	}
}

// checkURL parses a URL and refuses any scheme but http and https.
func checkURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, fmt.Errorf("%q: %w", raw, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("%q: %w", raw, ErrScheme)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("%q: no host", raw)
	}
	return u, nil
}

// retryable says whether err is worth another attempt and after how long.
func (c *Client) retryable(err error, attempt, retries int) (time.Duration, bool) {
	if attempt >= retries {
		return 0, false
	}
	backoff := c.opt.Backoff << attempt
	backoff += time.Duration(rand.Int64N(int64(backoff)/4 + 1)) // jitter
	var se *StatusError
	if errors.As(err, &se) {
		if se.Code != http.StatusTooManyRequests && se.Code != http.StatusRequestTimeout && se.Code < 500 {
			return 0, false
		}
		if se.Code == http.StatusNotImplemented || se.Code == http.StatusHTTPVersionNotSupported {
			return 0, false
		}
		if se.RetryAfter > 0 {
			if se.RetryAfter > c.opt.MaxRetryWait {
				return 0, false // the server wants a long pause: come back on a later poll
			}
			return se.RetryAfter, true
		}
		return backoff, true
	}
	// Refusals of ours are final; so are oversized bodies.
	for _, final := range []error{ErrScheme, ErrAddress, ErrTooLarge, ErrRedirects, ErrSchemeChange, ErrRobots, context.Canceled} {
		if errors.Is(err, final) {
			return 0, false
		}
	}
	var ne net.Error
	if errors.As(err, &ne) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.ECONNREFUSED) {
		return backoff, true
	}
	return 0, false
}

// once sends one request, in its host's turn.
func (c *Client) once(ctx context.Context, u *url.URL, r Request, maxBytes int64) (*Response, error) {
	if err := c.wait(ctx, u); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, c.opt.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", c.ua)
	accept := r.Accept
	if accept == "" {
		accept = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5"
	}
	req.Header.Set("Accept", accept)
	if r.ETag != "" {
		req.Header.Set("If-None-Match", r.ETag)
	}
	if r.LastModified != "" {
		req.Header.Set("If-Modified-Since", r.LastModified)
	}
	c.mu.Lock()
	c.requests++
	c.mu.Unlock()
	resp, err := c.http.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // the URL is named by the caller
		}
		return nil, err
	}
	defer resp.Body.Close()
	out := &Response{
		URL:          resp.Request.URL.String(),
		Status:       resp.StatusCode,
		ContentType:  resp.Header.Get("Content-Type"),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		Fetched:      time.Now().UTC(),
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		if out.ETag == "" {
			out.ETag = r.ETag
		}
		if out.LastModified == "" {
			out.LastModified = r.LastModified
		}
		return out, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // lets the connection be reused
		return nil, &StatusError{Code: resp.StatusCode, RetryAfter: retryAfter(resp.Header.Get("Retry-After"), time.Now())}
	}
	if resp.ContentLength > maxBytes {
		return nil, fmt.Errorf("%w: %d bytes announced, cap %d", ErrTooLarge, resp.ContentLength, maxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	if int64(len(body)) > maxBytes {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, maxBytes)
	}
	out.Body = body
	return out, nil
}

// retryAfter reads a Retry-After header: seconds, or an HTTP date.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(v); err == nil {
		if n < 0 {
			return 0
		}
		// Anything past a day is "not now" alike; the cap keeps the
		// multiplication from overflowing.
		return time.Duration(min(n, 86400)) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := t.Sub(now); d > 0 {
			return d
		}
	}
	return 0
}

func hostKey(u *url.URL) string { return u.Scheme + "://" + strings.ToLower(u.Host) }

func (c *Client) host(u *url.URL) *host {
	c.mu.Lock()
	defer c.mu.Unlock()
	k := hostKey(u)
	h := c.hosts[k]
	if h == nil {
		h = &host{}
		c.hosts[k] = h
	}
	return h
}

// wait blocks until u's host may be asked again, and books the slot after.
func (c *Client) wait(ctx context.Context, u *url.URL) error {
	h := c.host(u)
	h.mu.Lock()
	defer h.mu.Unlock()
	if d := time.Until(h.next); d > 0 {
		if err := c.sleep(ctx, d); err != nil {
			return err
		}
	}
	interval := c.opt.HostInterval
	if d := h.crawlDelay(); d > interval {
		interval = d
	}
	h.next = time.Now().Add(max(interval, 0))
	return nil
}

// delayHost pushes u's host's next slot at least d from now: a Retry-After
// holds for every request to the host, not only the one that got it.
func (c *Client) delayHost(u *url.URL, d time.Duration) {
	h := c.host(u)
	h.mu.Lock()
	defer h.mu.Unlock()
	if t := time.Now().Add(d); t.After(h.next) {
		h.next = t
	}
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
