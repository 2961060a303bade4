package sqlite

import (
	"context"
	"fmt"

	"github.com/annalist/annalist/store"
)

// snippetTokens is how many tokens of body a snippet shows.
const snippetTokens = 24

// Search runs a full-text query over titles and bodies, ranked by bm25 with
// titles weighing four times bodies. The query is made safe by ftsQuery; a
// query with nothing searchable in it returns no hits.
func (s *DB) Search(ctx context.Context, query string, opt store.SearchOptions) ([]store.Hit, error) {
	match := ftsQuery(query)
	if match == "" {
		return nil, nil
	}
	if opt.Limit <= 0 {
		opt.Limit = store.DefaultLimit
	}
	if opt.MarkOpen == "" && opt.MarkClose == "" {
		opt.MarkOpen, opt.MarkClose = store.DefaultMarkOpen, store.DefaultMarkClose
	}
	// ORDER BY rank lets FTS5 sort the matches itself and hand them over
	// best first, so snippet() runs only for the rows returned, not for
	// every match as it would under a general ORDER BY.
	q := `SELECT a.id, a.title, a.published, a.url, snippet(articles_fts, 1, ?, ?, '…', ?), rank
		FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
		WHERE articles_fts MATCH ?`
	args := []any{opt.MarkOpen, opt.MarkClose, snippetTokens, match}
	clause, dargs, err := dateClause(opt)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	q += clause
	args = append(args, dargs...)
	q += ` ORDER BY rank LIMIT ?`
	args = append(args, opt.Limit)

	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("search %q (as %s): %w", query, match, err)
	}
	defer rows.Close()
	var hits []store.Hit
	for rows.Next() {
		var h store.Hit
		if err := rows.Scan(&h.ID, &h.Title, &h.Published, &h.URL, &h.Snippet, &h.Score); err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q (as %s): %w", query, match, err)
	}
	return hits, nil
}

// MatchExpr is the FTS5 expression Search runs for what a user typed, for
// packages that query the articles_fts table themselves; "" when nothing
// in it is searchable.
func MatchExpr(query string) string { return ftsQuery(query) }
