package export

import (
	"encoding/json"
	"io"

	"github.com/annalist/annalist"
)

// geojsonWriter writes the events table as a GeoJSON FeatureCollection
// (RFC 7946) for QGIS and other GIS tools: one Point per event that has a
// place with coordinates, the table's columns as its properties. It
// streams: the collection is opened on the first write and closed by Close.
type geojsonWriter struct {
	w     io.Writer
	opt   Options
	n     int
	begun bool
	err   error
}

func newGeoJSON(w io.Writer, opt Options) *geojsonWriter { return &geojsonWriter{w: w, opt: opt} }

type geoFeature struct {
	Type       string       `json:"type"`
	Geometry   geoPoint     `json:"geometry"`
	Properties geoEventProp `json:"properties"`
}

type geoPoint struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"` // longitude, latitude
}

// geoEventProp are the events table's columns without the coordinates,
// which are the geometry.
type geoEventProp struct {
	EventID       string `json:"event_id"`
	EventDate     string `json:"event_date"`
	TimePrecision int32  `json:"time_precision"`
	EventType     string `json:"event_type"`
	SubEventType  string `json:"sub_event_type"`
	Actor1        string `json:"actor1"`
	Actor2        string `json:"actor2"`
	Country       string `json:"country"`
	ISO           string `json:"iso"`
	Admin1        string `json:"admin1"`
	Location      string `json:"location"`
	GeoPrecision  int32  `json:"geo_precision"`
	Fatalities    int32  `json:"fatalities"`
	Source        string `json:"source"`
	SourceURL     string `json:"source_url"`
	Notes         string `json:"notes"`
}

func (g *geojsonWriter) begin() {
	if !g.begun {
		g.begun = true
		_, g.err = io.WriteString(g.w, `{"type":"FeatureCollection","features":[`)
	}
}

func (g *geojsonWriter) Write(r *annalist.Record) error {
	g.begin()
	for _, e := range EventRows(r, g.opt) {
		if g.err != nil {
			return g.err
		}
		if e.GeoPrecision == 0 || (e.Latitude == 0 && e.Longitude == 0) {
			continue
		}
		f := geoFeature{Type: "Feature", Geometry: geoPoint{"Point", [2]float64{e.Longitude, e.Latitude}},
			Properties: geoEventProp{e.EventID, e.EventDate, e.TimePrecision, e.EventType, e.SubEventType,
				e.Actor1, e.Actor2, e.Country, e.ISO, e.Admin1, e.Location, e.GeoPrecision, e.Fatalities,
				e.Source, e.SourceURL, e.Notes}}
		js, err := json.Marshal(f)
		if err != nil {
			return err
		}
		if g.n > 0 {
			if _, g.err = io.WriteString(g.w, ",\n"); g.err != nil {
				return g.err
			}
		} else {
			io.WriteString(g.w, "\n")
		}
		g.n++
		_, g.err = g.w.Write(js)
	}
	return g.err
}

func (g *geojsonWriter) Close() error {
	g.begin()
	if g.err != nil {
		return g.err
	}
	_, err := io.WriteString(g.w, "\n]}\n")
	return err
}
