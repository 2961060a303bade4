package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/store"
)

// snippetWords is about how many words of body a snippet shows.
const snippetWords = 24

// Search runs a full-text query over titles and bodies: the query is read
// by websearch_to_tsquery (words, "quoted phrases", OR, -word; never a
// syntax error), ranked by ts_rank with titles weighing more than bodies,
// and each hit gets a ts_headline snippet. Hit.Score is the rank negated,
// so that lower is better, as with the SQLite store's bm25.
func (s *DB) Search(ctx context.Context, query string, opt store.SearchOptions) ([]store.Hit, error) {
	if opt.Limit <= 0 {
		opt.Limit = store.DefaultLimit
	}
	if opt.MarkOpen == "" && opt.MarkClose == "" {
		opt.MarkOpen, opt.MarkClose = store.DefaultMarkOpen, store.DefaultMarkClose
	}
	clause, args, err := dateClause(opt, 2)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	// The ranking reads only each match's tsvector; the text is read, and
	// the snippet made (ts_headline re-parses the body, far dearer than
	// the ranking), for the rows returned alone.
	q := `SELECT a.id, a.title, a.published, a.url, ts_headline('english', a.text, best.q, $` + fmt.Sprint(len(args)+2) + `), -best.r
		FROM (SELECT a.seq, q, ts_rank(a.tsv, q) AS r
			FROM articles a, websearch_to_tsquery('english', $1) q
			WHERE a.tsv @@ q` + clause + `
			ORDER BY r DESC, a.seq LIMIT $` + fmt.Sprint(len(args)+3) + `) best
		JOIN articles a ON a.seq = best.seq
		ORDER BY best.r DESC, a.seq`
	args = append([]any{safe(query)}, args...)
	args = append(args, headlineOptions(opt), opt.Limit)
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	hits, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (store.Hit, error) {
		var h store.Hit
		var score float32
		err := row.Scan(&h.ID, &h.Title, &h.Published, &h.URL, &h.Snippet, &score)
		h.Score = float64(score)
		return h, err
	})
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	return hits, nil
}

// headlineOptions are ts_headline's options for opt's marks. The marks are
// double-quoted, so that spaces and commas in them are kept.
func headlineOptions(opt store.SearchOptions) string {
	quote := func(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
	return fmt.Sprintf(`StartSel=%s, StopSel=%s, MaxWords=%d, MinWords=%d, MaxFragments=2, FragmentDelimiter=" … "`,
		quote(opt.MarkOpen), quote(opt.MarkClose), snippetWords, snippetWords/2)
}

// dateClause is the SQL that keeps articles published within opt's From
// and To, inclusive; its parameters are numbered from first.
func dateClause(opt store.SearchOptions, first int) (string, []any, error) {
	if err := opt.CheckDates(); err != nil {
		return "", nil, err
	}
	var q string
	var args []any
	if opt.From != "" {
		args = append(args, opt.From)
		q += fmt.Sprintf(` AND a.published >= $%d`, first+len(args)-1)
	}
	if opt.To != "" {
		args = append(args, opt.ToBelow())
		q += fmt.Sprintf(` AND a.published != '' AND a.published < $%d`, first+len(args)-1)
	}
	return q, args, nil
}

// Records streams the stored records that match query (all of them when
// query is empty) within opt's dates, oldest first, to fn; opt.Limit, when
// set, caps how many. Rows come from the server as fn takes them.
func (s *DB) Records(ctx context.Context, query string, opt store.SearchOptions, fn func(*annalist.Record) error) error {
	q := `SELECT a.text, a.raw, a.record FROM articles a WHERE true`
	var args []any
	if query != "" {
		args = append(args, safe(query))
		q += ` AND a.tsv @@ websearch_to_tsquery('english', $1)`
	}
	clause, dargs, err := dateClause(opt, len(args)+1)
	if err != nil {
		return fmt.Errorf("records: %w", err)
	}
	q += clause + ` ORDER BY a.published, a.seq`
	args = append(args, dargs...)
	if opt.Limit > 0 {
		args = append(args, opt.Limit)
		q += fmt.Sprintf(` LIMIT $%d`, len(args))
	}
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("records %q: %w", query, err)
	}
	defer rows.Close()
	for rows.Next() {
		var text, js string
		var raw []byte
		if err := rows.Scan(&text, &raw, &js); err != nil {
			return fmt.Errorf("records %q: %w", query, err)
		}
		r, err := decode(text, raw, js)
		if err != nil {
			return fmt.Errorf("records %q: %w", query, err)
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("records %q: %w", query, err)
	}
	return nil
}
