package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Fetched is what the store remembers of one URL read from the web.
type Fetched struct {
	URL          string
	ETag         string
	LastModified string
	Hash         string // of the body text last stored from it
	Article      string // id of that record
	Versions     int    // how many records it has given
	At           time.Time
}

// Fetched returns what is remembered of url; ok is false for a URL never
// fetched.
func (s *DB) Fetched(ctx context.Context, url string) (f Fetched, ok bool, err error) {
	var at string
	err = s.db.QueryRowContext(ctx, `SELECT url, etag, last_modified, hash, article, versions, fetched_at FROM fetched WHERE url = ?`, url).
		Scan(&f.URL, &f.ETag, &f.LastModified, &f.Hash, &f.Article, &f.Versions, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return Fetched{}, false, nil
	}
	if err != nil {
		return Fetched{}, false, fmt.Errorf("fetch state of %s: %w", url, err)
	}
	f.At, _ = time.Parse(time.RFC3339, at)
	return f, true, nil
}

// SetFetched records what a fetch of f.URL gave.
func (s *DB) SetFetched(ctx context.Context, f Fetched) error {
	if f.At.IsZero() {
		f.At = time.Now()
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO fetched (url, etag, last_modified, hash, article, versions, fetched_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
			hash = excluded.hash, article = excluded.article, versions = excluded.versions, fetched_at = excluded.fetched_at`,
		f.URL, f.ETag, f.LastModified, f.Hash, f.Article, f.Versions, f.At.UTC().Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("save fetch state of %s: %w", f.URL, err)
	}
	return nil
}

// ItemSeen reports whether feed's item was read before, and the item's
// stamp then.
func (s *DB) ItemSeen(ctx context.Context, feed, item string) (updated string, seen bool, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT updated FROM feed_items WHERE feed = ? AND item = ?`, feed, item).Scan(&updated)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("feed state of %s: %w", feed, err)
	}
	return updated, true, nil
}

// SetItemSeen records that feed's item was read, with its stamp.
func (s *DB) SetItemSeen(ctx context.Context, feed, item, link, updated string) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO feed_items (feed, item, link, updated, seen_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT(feed, item) DO UPDATE SET link = excluded.link, updated = excluded.updated, seen_at = excluded.seen_at`,
		feed, item, link, updated, time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("save feed state of %s: %w", feed, err)
	}
	return nil
}
