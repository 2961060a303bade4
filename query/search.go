package query

import (
	"context"
	"database/sql"
	"fmt"
	"sort"

	"github.com/annalist/annalist/store"
	"github.com/annalist/annalist/store/sqlite"
)

// DB answers the server's questions with SQL over an SQLite store's tables.
type DB struct {
	db  *sql.DB
	mem memIndex
}

// New wraps an open store.
func New(s *sqlite.DB) *DB { return &DB{db: s.SQL()} }

// Warm reads the store's events and places into memory, which the first
// timeline or map would otherwise wait for (a few seconds for 100,000
// articles).
func (d *DB) Warm(ctx context.Context) error {
	d.mem.mu.Lock()
	defer d.mem.mu.Unlock()
	return d.mem.refresh(ctx, d.db)
}

// FacetSample is how many of the best matches facets are counted over: a
// broad query over a large store matches tens of thousands of articles,
// and counting all of them would cost far more than the page.
const FacetSample = 2000

// Results is a page of search hits with the facets of the matches.
type Results struct {
	Total  int         `json:"total"` // articles matching, all of them
	Hits   []store.Hit `json:"hits"`
	Facets Facets      `json:"facets"`
	// FacetsOver is how many of the best matches the facets count
	// (min(Total, FacetSample)).
	FacetsOver int `json:"facets_over"`
}

// Facets count matching articles by what they hold.
type Facets struct {
	Types     []Bucket `json:"types"`     // PLOVER categories of their events
	ACLED     []Bucket `json:"acled"`     // ACLED event types of their events, as the extractor coded them
	ACLEDSub  []Bucket `json:"acled_sub"` // ACLED sub-event types of their events
	Countries []Bucket `json:"countries"` // countries of the places they name
	Themes    []Bucket `json:"themes"`
	People    []Bucket `json:"people"`
	Places    []Bucket `json:"places"`
	Orgs      []Bucket `json:"organizations"`
}

// Bucket is one value of a facet and how many articles have it.
type Bucket struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// facetTop is how many values a facet lists.
const facetTop = 12

// Search returns the page of articles the filter keeps, with snippets
// (matches between mark and unmark) when there is a text query, the total
// and the facets.
func (d *DB) Search(ctx context.Context, f Filter, p Page, mark, unmark string) (*Results, error) {
	res := &Results{Hits: []store.Hit{}}
	all, args, ok := f.articles(0)
	if !ok {
		res.Facets = emptyFacets()
		return res, nil
	}
	count := `SELECT count(*) FROM (` + all + `)`
	if f.Text != "" && f == (Filter{Text: f.Text}) {
		// Text alone: the full-text index counts its matches without a join.
		count = `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?`
	}
	if err := d.db.QueryRowContext(ctx, count, args...).Scan(&res.Total); err != nil {
		return nil, fmt.Errorf("search: count: %w", err)
	}
	clause, wargs := f.where()
	var q string
	var qargs []any
	if f.Text != "" {
		q = `SELECT a.id, a.title, a.published, a.url, snippet(articles_fts, 1, ?, ?, '…', 24), rank
			FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
			WHERE articles_fts MATCH ?` + clause + ` ORDER BY rank LIMIT ? OFFSET ?`
		qargs = append([]any{mark, unmark, sqlite.MatchExpr(f.Text)}, wargs...)
	} else {
		q = `SELECT a.id, a.title, a.published, a.url, substr(a.text, 1, 200), 0
			FROM articles a WHERE 1` + clause + ` ORDER BY a.published DESC, a.rowid DESC LIMIT ? OFFSET ?`
		qargs = wargs
	}
	qargs = append(qargs, p.Limit, p.Offset)
	rows, err := d.db.QueryContext(ctx, q, qargs...)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var h store.Hit
		if err := rows.Scan(&h.ID, &h.Title, &h.Published, &h.URL, &h.Snippet, &h.Score); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		res.Hits = append(res.Hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	res.FacetsOver = min(res.Total, FacetSample)
	res.Facets, err = d.facets(ctx, f)
	if err != nil {
		return nil, err
	}
	return res, nil
}

func emptyFacets() Facets {
	e := []Bucket{}
	return Facets{e, e, e, e, e, e, e, e}
}

// facets counts the best FacetSample matches by event type, ACLED event
// and sub-event type, country, theme and the most named people, places and
// organisations: the sample's rowids come from SQL, their facet values from
// the index in memory (counting them in SQL cost hundreds of milliseconds
// on 100,000 articles).
func (d *DB) facets(ctx context.Context, f Filter) (Facets, error) {
	fc := emptyFacets()
	sample, args, _ := f.articles(FacetSample)
	var ids []int64
	if err := d.each(ctx, sample, func(r *sql.Rows) error {
		var id int64
		if err := r.Scan(&id); err != nil {
			return err
		}
		ids = append(ids, id)
		return nil
	}, args...); err != nil {
		return fc, fmt.Errorf("search: facets: %w", err)
	}
	if len(ids) == 0 {
		return fc, nil
	}
	m := &d.mem
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.refresh(ctx, d.db); err != nil {
		return fc, fmt.Errorf("search: facets: %w", err)
	}
	counts := map[int32]int{}
	for _, id := range ids {
		for _, v := range m.facets[id] {
			counts[v]++
		}
	}
	var lists [facetKinds][]Bucket
	for v, n := range counts {
		fv := m.fvals[v]
		lists[fv.kind] = append(lists[fv.kind], Bucket{fv.value, n})
	}
	for k, dst := range []*[]Bucket{&fc.Types, &fc.ACLED, &fc.ACLEDSub, &fc.Countries, &fc.Themes, &fc.People, &fc.Places, &fc.Orgs} {
		l := lists[k]
		sort.Slice(l, func(i, j int) bool {
			if l[i].Count != l[j].Count {
				return l[i].Count > l[j].Count
			}
			return l[i].Value < l[j].Value
		})
		if l == nil {
			l = []Bucket{}
		}
		*dst = l[:min(len(l), facetTop)]
	}
	return fc, nil
}

// buckets runs a query of (value, count) rows.
func (d *DB) buckets(ctx context.Context, q string, args ...any) ([]Bucket, error) {
	out := []Bucket{}
	err := d.each(ctx, q, func(r *sql.Rows) error {
		var b Bucket
		if err := r.Scan(&b.Value, &b.Count); err != nil {
			return err
		}
		out = append(out, b)
		return nil
	}, args...)
	return out, err
}
