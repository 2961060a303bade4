package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"time"

	"github.com/temoto/robotstxt"
)

const (
	// robotsTTL is how long a robots.txt is trusted before it is read again.
	robotsTTL = 12 * time.Hour
	// robotsRetry is how long a robots.txt that failed with a server error
	// forbids the host before it is asked again.
	robotsRetry = 5 * time.Minute
	// maxRobotsBytes is the most of a robots.txt read (Google reads 500 KiB).
	maxRobotsBytes = 512 << 10
	// maxCrawlDelay caps a Crawl-delay: a site asking for more still gets
	// read, once a minute.
	maxCrawlDelay = time.Minute
)

// robots is one host's robots.txt as read at a time.
type robots struct {
	data  *robotstxt.RobotsData
	group *robotstxt.Group
	delay time.Duration
	read  time.Time
	ttl   time.Duration
}

func (h *host) crawlDelay() time.Duration {
	h.rmu.Lock()
	defer h.rmu.Unlock()
	if h.robots == nil {
		return 0
	}
	return h.robots.delay
}

// allowed reads (or recalls) u's host's robots.txt and reports whether
// Annalist may fetch u: a missing file (4xx) allows everything, a server
// error or an unreachable host forbids everything for now (RFC 9309).
func (c *Client) allowed(ctx context.Context, u *url.URL) error {
	if u.Path == "/robots.txt" {
		return nil
	}
	h := c.host(u)
	h.rmu.Lock()
	r := h.robots
	if r == nil || time.Since(r.read) > r.ttl {
		h.rmu.Unlock()
		nr, err := c.readRobots(ctx, u)
		if err != nil {
			return err
		}
		h.rmu.Lock()
		h.robots, r = nr, nr
	}
	h.rmu.Unlock()
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !r.data.TestAgent(path, Agent) {
		return fmt.Errorf("%w (%s://%s/robots.txt)", ErrRobots, u.Scheme, u.Host)
	}
	return nil
}

func (c *Client) readRobots(ctx context.Context, u *url.URL) (*robots, error) {
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	status, body := 200, []byte(nil)
	resp, err := c.robotsGet(ctx, ru)
	var se *StatusError
	switch {
	case errors.As(err, &se):
		status = se.Code
	case errors.Is(err, ErrTooLarge):
		status = 404 // not a robots.txt anyone wrote by hand: as if missing
	case err != nil:
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("read %s: %w", ru, err)
	default:
		body = resp.Body
	}
	data, perr := robotstxt.FromStatusAndBytes(status, body)
	if perr != nil {
		// Unparseable lines are skipped by the parser; an odd status is
		// taken as no robots.txt.
		data, _ = robotstxt.FromStatusAndBytes(404, nil)
	}
	r := &robots{data: data, group: data.FindGroup(Agent), read: time.Now(), ttl: robotsTTL}
	if status >= 500 {
		r.ttl = robotsRetry // a passing outage: ask again soon
	}
	if r.group != nil {
		r.delay = min(r.group.CrawlDelay, maxCrawlDelay)
	}
	return r, nil
}

// robotsGet fetches a robots.txt with the client's safety and retries but
// its own small cap; redirects are followed as for any request.
func (c *Client) robotsGet(ctx context.Context, ru *url.URL) (*Response, error) {
	return c.get(ctx, ru, Request{URL: ru.String(), Accept: "text/plain"}, maxRobotsBytes, min(c.opt.Retries, 1))
}
