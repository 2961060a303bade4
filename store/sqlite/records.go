package sqlite

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/store"
)

// Records streams the stored records that match query (all of them when
// query is empty) within opt's dates, oldest first, to fn. opt.Limit, when
// set, caps how many. Only one record is in memory at a time.
func (s *DB) Records(ctx context.Context, query string, opt store.SearchOptions, fn func(*annalist.Record) error) error {
	q := `SELECT a.text, a.record FROM articles a`
	var args []any
	where := " WHERE 1"
	if query != "" {
		match := ftsQuery(query)
		if match == "" {
			return nil
		}
		q += ` JOIN articles_fts ON a.rowid = articles_fts.rowid`
		where += ` AND articles_fts MATCH ?`
		args = append(args, match)
	}
	clause, dargs, err := dateClause(opt)
	if err != nil {
		return fmt.Errorf("records: %w", err)
	}
	q += where + clause + ` ORDER BY a.published, a.rowid`
	args = append(args, dargs...)
	if opt.Limit > 0 {
		q += ` LIMIT ?`
		args = append(args, opt.Limit)
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("records %q: %w", query, err)
	}
	defer rows.Close()
	for rows.Next() {
		var text, js string
		if err := rows.Scan(&text, &js); err != nil {
			return fmt.Errorf("records %q: %w", query, err)
		}
		var r annalist.Record
		if err := json.Unmarshal([]byte(js), &r); err != nil {
			return fmt.Errorf("records %q: a stored record is not valid JSON: %w", query, err)
		}
		r.Text = text
		if err := fn(&r); err != nil {
			return err
		}
	}
	return rows.Err()
}

// dateClause is the SQL that keeps articles published within opt's From
// and To, inclusive; "1987-03" as To takes in all of March.
func dateClause(opt store.SearchOptions) (string, []any, error) {
	if err := opt.CheckDates(); err != nil {
		return "", nil, err
	}
	var q string
	var args []any
	if opt.From != "" {
		q += ` AND a.published >= ?`
		args = append(args, opt.From)
	}
	if opt.To != "" {
		q += ` AND a.published != '' AND a.published < ?`
		args = append(args, opt.ToBelow())
	}
	return q, args, nil
}
