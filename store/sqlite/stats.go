package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/annalist/annalist/store"
)

// Stats summarises the store: articles and their dates, entities and events
// by type, and the entities named in the most articles.
func (s *DB) Stats(ctx context.Context, opt store.StatsOptions) (*store.Stats, error) {
	if opt.Top <= 0 {
		opt.Top = 10
	}
	var st store.Stats
	var first, last sql.NullString
	var undated sql.NullInt64
	err := s.db.QueryRowContext(ctx, `SELECT count(*), min(nullif(published, '')), max(nullif(published, '')),
		sum(published = '') FROM articles`).Scan(&st.Articles, &first, &last, &undated)
	if err != nil {
		return nil, fmt.Errorf("stats: articles: %w", err)
	}
	st.FirstDate, st.LastDate, st.Undated = first.String, last.String, int(undated.Int64)

	if err := s.each(ctx, `SELECT type, count(*), count(DISTINCT name) FROM entities GROUP BY type ORDER BY 2 DESC`,
		func(rows *sql.Rows) error {
			var t store.TypeCount
			if err := rows.Scan(&t.Type, &t.Count, &t.Distinct); err != nil {
				return err
			}
			st.Entities = append(st.Entities, t)
			return nil
		}); err != nil {
		return nil, fmt.Errorf("stats: entities by type: %w", err)
	}
	if err := s.each(ctx, `SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC`,
		func(rows *sql.Rows) error {
			var t store.TypeCount
			if err := rows.Scan(&t.Type, &t.Count); err != nil {
				return err
			}
			st.Events = append(st.Events, t)
			return nil
		}); err != nil {
		return nil, fmt.Errorf("stats: events by type: %w", err)
	}
	if err := s.each(ctx, `SELECT type, name, count(*) AS n FROM entities GROUP BY type, name ORDER BY n DESC, name LIMIT ?`,
		func(rows *sql.Rows) error {
			var e store.EntityCount
			if err := rows.Scan(&e.Type, &e.Name, &e.Articles); err != nil {
				return err
			}
			st.TopEntities = append(st.TopEntities, e)
			return nil
		}, opt.Top); err != nil {
		return nil, fmt.Errorf("stats: top entities: %w", err)
	}
	return &st, nil
}

// each runs a query over the store and calls fn for every row.
func (s *DB) each(ctx context.Context, q string, fn func(*sql.Rows) error, args ...any) error {
	return Each(ctx, s.db, q, fn, args...)
}

// Each runs a query and calls fn for every row, for this package and for
// those that aggregate over SQL().
func Each(ctx context.Context, db *sql.DB, q string, fn func(*sql.Rows) error, args ...any) error {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}
