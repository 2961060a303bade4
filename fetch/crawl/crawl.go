// Package crawl follows pages and feeds into the store: it fetches (with
// package fetch), extracts (with the pipeline) and stores each article
// once, remembering in the store what it has read, so that a restart
// fetches nothing twice and a feed polled again costs one conditional
// request. A page that changed at the same URL is stored as a new version,
// with its fetch date, not as a duplicate.
package crawl

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"time"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/fetch"
	"github.com/annalist/annalist/ingest"
	"github.com/annalist/annalist/store"
	"github.com/annalist/annalist/store/sqlite"
)

// State is what the crawler remembers between runs; *sqlite.DB keeps it.
type State interface {
	Fetched(ctx context.Context, url string) (sqlite.Fetched, bool, error)
	SetFetched(ctx context.Context, f sqlite.Fetched) error
	ItemSeen(ctx context.Context, feed, item string) (updated string, seen bool, err error)
	SetItemSeen(ctx context.Context, feed, item, link, updated string) error
}

// Crawler fetches, extracts and keeps articles.
type Crawler struct {
	Client   *fetch.Client
	Pipeline *extract.Pipeline
	// Store keeps the records, State what was fetched; both nil for a
	// run that only prints (Emit), which then remembers nothing.
	Store store.Store
	State State
	// Emit, when set, hears each new record (fetch --json).
	Emit func(*annalist.Record) error
	// Logf hears what is skipped and why, and articles kept unanalysed.
	Logf func(format string, args ...any)
}

// Tally counts what a crawl did.
type Tally struct {
	Feeds       int // feeds read
	NotModified int // feeds and pages answered 304, or unchanged
	Items       int // feed items listed
	New         int // items not seen before (or updated since)
	Pages       int // pages fetched
	Stored      int // records stored (or emitted)
	Versions    int // of which new versions of a page already stored
	Duplicates  int // the same text already stored
	Failed      int // feeds, items or pages that could not be read
}

func (t *Tally) Add(o Tally) {
	t.Feeds += o.Feeds
	t.NotModified += o.NotModified
	t.Items += o.Items
	t.New += o.New
	t.Pages += o.Pages
	t.Stored += o.Stored
	t.Versions += o.Versions
	t.Duplicates += o.Duplicates
	t.Failed += o.Failed
}

func (t Tally) String() string {
	return fmt.Sprintf("feeds %d (%d unchanged), items %d (%d new), pages fetched %d, stored %d (%d new versions), duplicates %d, failed %d",
		t.Feeds, t.NotModified, t.Items, t.New, t.Pages, t.Stored, t.Versions, t.Duplicates, t.Failed)
}

func (c *Crawler) logf(format string, args ...any) {
	if c.Logf != nil {
		c.Logf(format, args...)
	}
}

// URL fetches one URL: a feed is followed (its new items' pages), a page
// is stored.
func (c *Crawler) URL(ctx context.Context, u string) (Tally, error) {
	var t Tally
	resp, prev, err := c.get(ctx, u)
	if err != nil {
		t.Failed++
		return t, err
	}
	if resp.NotModified {
		t.NotModified++
		return t, nil
	}
	if ingest.IsFeed(resp.ContentType, resp.Body) {
		return c.feedBody(ctx, u, resp)
	}
	t.Pages++
	err = c.page(ctx, u, resp, prev, "", &t)
	return t, err
}

// Feed polls one feed: a conditional request, then each item not seen
// before (or whose stamp changed) is fetched and stored.
func (c *Crawler) Feed(ctx context.Context, u string) (Tally, error) {
	resp, _, err := c.get(ctx, u)
	if err != nil {
		return Tally{Feeds: 1, Failed: 1}, err
	}
	if resp.NotModified {
		return Tally{Feeds: 1, NotModified: 1}, nil
	}
	return c.feedBody(ctx, u, resp)
}

func (c *Crawler) feedBody(ctx context.Context, u string, resp *fetch.Response) (Tally, error) {
	t := Tally{Feeds: 1}
	items, bad, err := ingest.Feed(resp.Body, u)
	if err != nil {
		t.Failed++
		return t, err
	}
	for _, e := range bad {
		t.Failed++
		c.logf("skipped: %v", e)
	}
	t.Items = len(items)
	for _, it := range items {
		if err := ctx.Err(); err != nil {
			return t, err
		}
		if c.State != nil {
			updated, seen, err := c.State.ItemSeen(ctx, u, it.Key)
			if err != nil {
				return t, err
			}
			if seen && updated == it.Updated {
				continue
			}
		}
		t.New++
		done, err := c.item(ctx, it, &t)
		if err != nil {
			if ctx.Err() != nil {
				return t, ctx.Err()
			}
			t.Failed++
			c.logf("skipped: %s: %v", it.Link, err)
		}
		// An item is remembered once it is stored, or when its page is
		// refused for good (robots.txt, 404, too big): a passing failure
		// (a timeout, a 503) is tried again on the next poll.
		if (done || !transient(err)) && c.State != nil {
			if err := c.State.SetItemSeen(ctx, u, it.Key, it.Link, it.Updated); err != nil {
				return t, err
			}
		}
	}
	// The feed's validators are saved last, so that a run killed halfway
	// reads the feed again and picks up the items it had not reached.
	if c.State != nil {
		if err := c.State.SetFetched(ctx, sqlite.Fetched{URL: u, ETag: resp.ETag, LastModified: resp.LastModified, At: resp.Fetched}); err != nil {
			return t, err
		}
	}
	return t, nil
}

// item fetches a feed item's page; when the page cannot be had, the
// item's own content stands in.
func (c *Crawler) item(ctx context.Context, it ingest.FeedItem, t *Tally) (bool, error) {
	if it.Link != "" {
		resp, prev, err := c.get(ctx, it.Link)
		if err == nil {
			if resp.NotModified {
				t.NotModified++
				return true, nil
			}
			t.Pages++
			err = c.page(ctx, it.Link, resp, prev, it.Published, t)
			if err == nil {
				return true, nil
			}
		}
		if it.Article == nil || ctx.Err() != nil {
			return false, err
		}
		c.logf("%s: %v; keeping the feed's own text of the item", it.Link, err)
	}
	a := *it.Article
	a.FallbackSource = "feed"
	if a.Published != "" {
		a.FallbackDate, a.Published = a.Published, ""
	}
	rec, err := c.Pipeline.Process(&a)
	if err != nil {
		return false, err
	}
	if rec.Published != "" && rec.Sources == nil {
		rec.Sources = map[string]string{"published": "feed"}
	}
	return true, c.keep(ctx, rec, it.Link, t)
}

// get sends a request, conditional on what the store remembers of u.
func (c *Crawler) get(ctx context.Context, u string) (*fetch.Response, *sqlite.Fetched, error) {
	req := fetch.Request{URL: u}
	var prev *sqlite.Fetched
	if c.State != nil {
		f, ok, err := c.State.Fetched(ctx, u)
		if err != nil {
			return nil, nil, err
		}
		if ok {
			prev = &f
			req.ETag, req.LastModified = f.ETag, f.LastModified
		}
	}
	resp, err := c.Client.Get(ctx, req)
	return resp, prev, err
}

// page extracts and keeps one fetched page.
func (c *Crawler) page(ctx context.Context, u string, resp *fetch.Response, prev *sqlite.Fetched, feedDate string, t *Tally) error {
	a, err := ingest.Page(resp.Body, resp.ContentType, resp.URL, feedDate)
	if err != nil {
		return err
	}
	a.Source = u
	if feedDate != "" {
		a.FallbackSource = "feed"
	}
	rec, err := c.Pipeline.Process(a)
	if err != nil {
		return err
	}
	rec.Fetched = resp.Fetched.Format(time.RFC3339)
	if c.State == nil {
		return c.keep(ctx, rec, u, t)
	}
	sum := textHash(rec.Text)
	f := sqlite.Fetched{URL: u, ETag: resp.ETag, LastModified: resp.LastModified, Hash: sum, Article: rec.ID, Versions: 1, At: resp.Fetched}
	if prev != nil && prev.Versions > 0 {
		f.Versions, f.Article = prev.Versions, prev.Article
		if prev.Hash == sum {
			// Same text (a server without validators): nothing new.
			t.NotModified++
			return c.State.SetFetched(ctx, f)
		}
		// The page changed: a new version, under its own id.
		f.Versions++
		rec.Version = f.Versions
		rec.ID = fmt.Sprintf("%s-v%d", prev.Article, f.Versions)
		f.Article = rec.ID
		t.Versions++
	}
	if err := c.keep(ctx, rec, u, t); err != nil {
		return err
	}
	return c.State.SetFetched(ctx, f)
}

// keep stores (or emits) a record and says so.
func (c *Crawler) keep(ctx context.Context, rec *annalist.Record, u string, t *Tally) error {
	if msg := extract.NotAnalysed(rec, "stored"); msg != "" {
		c.logf("%s: %s", u, msg)
	}
	if c.Emit != nil {
		if err := c.Emit(rec); err != nil {
			return err
		}
	}
	if c.Store == nil {
		t.Stored++
		return nil
	}
	out, err := c.Store.Put(ctx, []*annalist.Record{rec})
	if err != nil {
		return err
	}
	switch out[0] {
	case store.Stored:
		t.Stored++
	default:
		t.Duplicates++
	}
	return nil
}

func textHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// transient reports a failure worth trying again later: a server error,
// a rate limit, a timeout or a connection that failed.
func transient(err error) bool {
	if err == nil {
		return false
	}
	var se *fetch.StatusError
	if errors.As(err, &se) {
		return se.Code == 429 || se.Code >= 500
	}
	for _, final := range []error{fetch.ErrRobots, fetch.ErrTooLarge, fetch.ErrScheme, fetch.ErrAddress, fetch.ErrSchemeChange, fetch.ErrRedirects} {
		if errors.Is(err, final) {
			return false
		}
	}
	// Extraction failures would fail again; network failures and
	// timeouts may not.
	var ne net.Error
	return errors.As(err, &ne) || errors.Is(err, context.DeadlineExceeded)
}
