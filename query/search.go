package query

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"

	"github.com/annalist/annalist/store"
	"github.com/annalist/annalist/store/sqlite"
)

// DB answers the server's questions with SQL over an SQLite store's tables.
type DB struct {
	db *sql.DB
}

// New wraps an open store.
func New(s *sqlite.DB) *DB { return &DB{db: s.SQL()} }

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
	ACLED     []Bucket `json:"acled"`     // ACLED types of their events
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
	if err := d.db.QueryRowContext(ctx, `SELECT count(*) FROM (`+all+`)`, args...).Scan(&res.Total); err != nil {
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
	return Facets{e, e, e, e, e, e, e}
}

// facets counts the best FacetSample matches by event type, ACLED type,
// country, theme and the most named people, places and organisations.
func (d *DB) facets(ctx context.Context, f Filter) (Facets, error) {
	sample, args, _ := f.articles(FacetSample)
	m := `WITH m AS (` + sample + `) `
	var fc Facets
	for _, x := range []struct {
		dst *[]Bucket
		sql string
	}{
		{&fc.Types, `SELECT type, count(DISTINCT article) n FROM events WHERE modality = '' AND article IN (SELECT id FROM m) GROUP BY type`},
		{&fc.ACLED, `SELECT ` + acledSQL("") + ` t, count(DISTINCT article) n FROM events WHERE modality = '' AND article IN (SELECT id FROM m) GROUP BY t`},
		{&fc.Countries, `SELECT country, count(DISTINCT article) n FROM entities WHERE country != '' AND article IN (SELECT id FROM m) GROUP BY country`},
		{&fc.Themes, `SELECT theme, count(*) n FROM themes WHERE article IN (SELECT id FROM m) GROUP BY theme`},
		{&fc.People, `SELECT name, count(*) n FROM entities WHERE type = 'PERSON' AND article IN (SELECT id FROM m) GROUP BY name`},
		{&fc.Places, `SELECT name, count(*) n FROM entities WHERE type = 'LOCATION' AND article IN (SELECT id FROM m) GROUP BY name`},
		{&fc.Orgs, `SELECT name, count(*) n FROM entities WHERE type = 'ORGANIZATION' AND article IN (SELECT id FROM m) GROUP BY name`},
	} {
		b, err := d.buckets(ctx, m+x.sql+` ORDER BY n DESC, 1 LIMIT `+strconv.Itoa(facetTop), args...)
		if err != nil {
			return fc, fmt.Errorf("search: facets: %w", err)
		}
		*x.dst = b
	}
	return fc, nil
}

// buckets runs a query of (value, count) rows.
func (d *DB) buckets(ctx context.Context, q string, args ...any) ([]Bucket, error) {
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []Bucket{}
	for rows.Next() {
		var b Bucket
		if err := rows.Scan(&b.Value, &b.Count); err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, rows.Err()
}
