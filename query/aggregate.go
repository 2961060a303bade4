package query

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/annalist/annalist"
)

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
