package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

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
	var q string
	var args []any
	if opt.From != "" {
		if !validBound(opt.From) {
			return "", nil, fmt.Errorf("from date %q: want YYYY, YYYY-MM or YYYY-MM-DD", opt.From)
		}
		q += ` AND a.published >= ?`
		args = append(args, opt.From)
	}
	if opt.To != "" {
		if !validBound(opt.To) {
			return "", nil, fmt.Errorf("to date %q: want YYYY, YYYY-MM or YYYY-MM-DD", opt.To)
		}
		// Any date that starts with the bound sorts below it followed by '~'.
		q += ` AND a.published != '' AND a.published < ?`
		args = append(args, opt.To+"~")
	}
	return q, args, nil
}

// validBound reports whether s is a real date as YYYY, YYYY-MM or
// YYYY-MM-DD: "2022-13-99" is refused, not searched.
func validBound(s string) bool {
	for _, layout := range []string{"2006", "2006-01", "2006-01-02"} {
		if len(s) == len(layout) {
			_, err := time.Parse(layout, s)
			return err == nil
		}
	}
	return false
}
