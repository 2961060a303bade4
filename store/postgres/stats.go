package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/annalist/annalist/store"
)

// Stats summarises the store: articles and their dates, entities and events
// by type, and the entities named in the most articles.
func (s *DB) Stats(ctx context.Context, opt store.StatsOptions) (*store.Stats, error) {
	if opt.Top <= 0 {
		opt.Top = 10
	}
	var st store.Stats
	var first, last *string
	err := s.pool.QueryRow(ctx, `SELECT count(*), min(nullif(published, '')), max(nullif(published, '')),
		count(*) FILTER (WHERE published = '') FROM articles`).Scan(&st.Articles, &first, &last, &st.Undated)
	if err != nil {
		return nil, fmt.Errorf("stats: articles: %w", err)
	}
	if first != nil {
		st.FirstDate, st.LastDate = *first, *last
	}
	rows, _ := s.pool.Query(ctx, `SELECT type, count(*), count(DISTINCT name) FROM entities GROUP BY type ORDER BY 2 DESC, 1`)
	if st.Entities, err = pgx.CollectRows(rows, func(row pgx.CollectableRow) (store.TypeCount, error) {
		var t store.TypeCount
		return t, row.Scan(&t.Type, &t.Count, &t.Distinct)
	}); err != nil {
		return nil, fmt.Errorf("stats: entities by type: %w", err)
	}
	rows, _ = s.pool.Query(ctx, `SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC, 1`)
	if st.Events, err = pgx.CollectRows(rows, func(row pgx.CollectableRow) (store.TypeCount, error) {
		var t store.TypeCount
		return t, row.Scan(&t.Type, &t.Count)
	}); err != nil {
		return nil, fmt.Errorf("stats: events by type: %w", err)
	}
	rows, _ = s.pool.Query(ctx, `SELECT type, name, count(*) AS n FROM entities GROUP BY type, name
		ORDER BY n DESC, name COLLATE "C" LIMIT $1`, opt.Top)
	if st.TopEntities, err = pgx.CollectRows(rows, func(row pgx.CollectableRow) (store.EntityCount, error) {
		var e store.EntityCount
		return e, row.Scan(&e.Type, &e.Name, &e.Articles)
	}); err != nil {
		return nil, fmt.Errorf("stats: top entities: %w", err)
	}
	return &st, nil
}
