package query

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/annalist/annalist"
)

// Timeline counts the events of the articles the filter keeps by the date
// they happened and by type, with their fatalities, grouped in SQL by
// (type, date) and folded into periods here.
func (d *DB) Timeline(ctx context.Context, f Filter, by string) (*Timeline, error) {
	tl, err := NewTimeline(by)
	if err != nil {
		return nil, err
	}
	arts, args, ok := f.articles(0)
	if ok {
		q := `SELECT type, date, count(*), sum(fatalities) FROM events WHERE modality = ''`
		if f != (Filter{}) {
			q += ` AND article IN (` + arts + `)`
		}
		q += ` GROUP BY type, date`
		err := d.each(ctx, q, func(r *sql.Rows) error {
			var typ, date string
			var n, dead int
			if err := r.Scan(&typ, &date, &n, &dead); err != nil {
				return err
			}
			tl.AddCount(typ, date, n, dead)
			return nil
		}, args...)
		if err != nil {
			return nil, fmt.Errorf("timeline: %w", err)
		}
	}
	tl.Finish()
	return tl, nil
}

// MaxFeatures bounds the places a map answer holds.
const MaxFeatures = 2000

// FeatureCollection is GeoJSON (RFC 7946).
type FeatureCollection struct {
	Type     string    `json:"type"`
	Features []Feature `json:"features"`
}

// Feature is one GeoJSON point with its properties.
type Feature struct {
	Type       string         `json:"type"`
	Geometry   Point          `json:"geometry"`
	Properties map[string]any `json:"properties"`
}

// Point is a GeoJSON point: longitude, then latitude.
type Point struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"`
}

// NewPoint returns a GeoJSON point feature.
func NewPoint(lat, lon float64, props map[string]any) Feature {
	return Feature{Type: "Feature", Geometry: Point{Type: "Point", Coordinates: [2]float64{lon, lat}}, Properties: props}
}

// Map returns, as GeoJSON, the places where the events of the articles
// the filter keeps happened, one point per place (kind "events") with its
// events, fatalities, types and an article; and the places those articles
// name (kind "place") with how many name them. Largest first, at most
// MaxFeatures of each.
func (d *DB) Map(ctx context.Context, f Filter) (*FeatureCollection, error) {
	fc := &FeatureCollection{Type: "FeatureCollection", Features: []Feature{}}
	arts, args, ok := f.articles(0)
	if !ok {
		return fc, nil
	}
	in := ""
	if f != (Filter{}) {
		in = ` AND article IN (` + arts + `)`
	} else {
		args = nil
	}
	err := d.each(ctx, `SELECT lat, lon, place, country, n, dead, types, (SELECT id FROM articles WHERE rowid = art)
		FROM (SELECT lat, lon, max(place) place, max(coalesce(country, '')) country, count(*) n, sum(fatalities) dead,
			group_concat(DISTINCT type) types, max(article) art
		FROM events WHERE modality = '' AND lat IS NOT NULL`+in+`
		GROUP BY lat, lon ORDER BY n DESC LIMIT ?)`, func(r *sql.Rows) error {
		var lat, lon float64
		var place, country, types, article string
		var n, dead int
		if err := r.Scan(&lat, &lon, &place, &country, &n, &dead, &types, &article); err != nil {
			return err
		}
		fc.Features = append(fc.Features, NewPoint(lat, lon, map[string]any{
			"kind": "events", "name": place, "country": country, "events": n, "fatalities": dead,
			"types": types, "article": article,
		}))
		return nil
	}, append(args, MaxFeatures)...)
	if err != nil {
		return nil, fmt.Errorf("map: events: %w", err)
	}
	err = d.each(ctx, `SELECT lat, lon, max(name), max(coalesce(country, '')), max(geo_kind), count(DISTINCT article) n
		FROM entities WHERE lat IS NOT NULL AND geo_kind NOT IN ('demonym', 'continent', 'region')`+in+`
		GROUP BY lat, lon ORDER BY n DESC LIMIT ?`, func(r *sql.Rows) error {
		var lat, lon float64
		var name, country, kind string
		var n int
		if err := r.Scan(&lat, &lon, &name, &country, &kind, &n); err != nil {
			return err
		}
		fc.Features = append(fc.Features, NewPoint(lat, lon, map[string]any{
			"kind": "place", "name": name, "country": country, "geo_kind": kind, "articles": n,
		}))
		return nil
	}, append(args, MaxFeatures)...)
	if err != nil {
		return nil, fmt.Errorf("map: places: %w", err)
	}
	return fc, nil
}

// Records streams the records of the articles the filter keeps, oldest
// first, at most limit (0 for all), for the event table and the digest.
func (d *DB) Records(ctx context.Context, f Filter, limit int, fn func(*annalist.Record) error) error {
	arts, args, ok := f.articles(0)
	if !ok {
		return nil
	}
	q := `SELECT a.text, a.record FROM articles a WHERE a.rowid IN (` + arts + `) ORDER BY a.published, a.rowid`
	if limit > 0 {
		q += fmt.Sprintf(` LIMIT %d`, limit)
	}
	return d.each(ctx, q, func(r *sql.Rows) error {
		var text, js string
		if err := r.Scan(&text, &js); err != nil {
			return err
		}
		var rec annalist.Record
		if err := json.Unmarshal([]byte(js), &rec); err != nil {
			return fmt.Errorf("a stored record is not valid JSON: %w", err)
		}
		rec.Text = text
		return fn(&rec)
	}, args...)
}
