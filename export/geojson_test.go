package export

import (
	"encoding/json"
	"testing"

	"github.com/annalist/annalist"
)

func TestGeoJSON(t *testing.T) {
	noPlace := &annalist.Record{ID: "a2", Text: "Strikers marched.", Events: []annalist.Event{
		{Type: "PROTEST", Sentence: annalist.Span{Start: 0, End: 17}}}}
	out := write(t, "geojson", sample(), noPlace)
	var fc struct {
		Type     string `json:"type"`
		Features []struct {
			Type     string `json:"type"`
			Geometry struct {
				Type        string     `json:"type"`
				Coordinates [2]float64 `json:"coordinates"`
			} `json:"geometry"`
			Properties map[string]any `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal(out, &fc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) != 1 {
		t.Fatalf("want a collection of the one placed, happened event, got %s", out)
	}
	f := fc.Features[0]
	if f.Geometry.Type != "Point" || f.Geometry.Coordinates != [2]float64{76.92, 43.25} {
		t.Errorf("geometry %+v: want Point at longitude 76.92, latitude 43.25", f.Geometry)
	}
	if f.Properties["event_type"] != "ASSAULT" || f.Properties["fatalities"] != 12.0 || f.Properties["country"] != "Kazakhstan" {
		t.Errorf("properties %v", f.Properties)
	}
	if empty := write(t, "geojson"); string(empty) != `{"type":"FeatureCollection","features":[`+"\n]}\n" {
		t.Errorf("empty export %q", empty)
	}
}
