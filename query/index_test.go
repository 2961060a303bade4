package query

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/store/sqlite"
)

func rec(id, text, date string, dead int, lat, lon float64) *annalist.Record {
	return &annalist.Record{ID: id, Text: text, Published: date,
		Entities: []annalist.Entity{{ID: "e1", Type: annalist.Location, Name: "Town " + id, Mentions: []annalist.Span{{Start: 0, End: 4}},
			Geo: &annalist.Geo{Kind: annalist.GeoCity, Country: "KE", Lat: lat, Lon: lon}}},
		Events: []annalist.Event{
			{Type: "ASSAULT", Date: date, Fatalities: dead, Place: &annalist.Place{Entity: "e1", Name: "Town " + id, Country: "KE", Lat: lat, Lon: lon}},
			{Type: "PROTEST", Date: date, Modality: "future"},
		},
		Themes: []string{"CONFLICT"},
	}
}

// TestIndexCatchesUp: the in-memory index sees articles stored after it
// was first read, and leaves out events that did not happen.
func TestIndexCatchesUp(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	d := New(st)
	if _, err := st.Put(ctx, []*annalist.Record{rec("a", "Gunmen killed three people.", "2024-03-01", 3, -1.28, 36.82)}); err != nil {
		t.Fatal(err)
	}
	tl, err := d.Timeline(ctx, Filter{}, "month")
	if err != nil || tl.Totals["2024-03"] != 1 || tl.Fatalities["2024-03"] != 3 {
		t.Fatalf("timeline %+v %v", tl, err)
	}
	if _, err := st.Put(ctx, []*annalist.Record{rec("b", "Gunmen killed two people.", "2024-04-02", 2, -0.1, 34.75)}); err != nil {
		t.Fatal(err)
	}
	tl, _ = d.Timeline(ctx, Filter{}, "month")
	if tl.Totals["2024-04"] != 1 || tl.Fatalities["2024-04"] != 2 || tl.Totals["2024-03"] != 1 {
		t.Errorf("after a second article: %+v", tl.Totals)
	}
	tl, _ = d.Timeline(ctx, Filter{Text: "two"}, "month")
	if len(tl.Totals) != 1 || tl.Totals["2024-04"] != 1 {
		t.Errorf("filtered timeline %+v", tl.Totals)
	}
	fc, err := d.Map(ctx, Filter{From: "2024-04"})
	if err != nil || len(fc.Features) != 2 || fc.Features[0].Properties["article"] != "b" || fc.Features[0].Properties["fatalities"] != 2 {
		t.Errorf("map %+v %v", fc, err)
	}
	res, err := d.Search(ctx, Filter{}, Page{Limit: 10}, "[", "]")
	if err != nil || res.Total != 2 || len(res.Facets.Types) != 1 || res.Facets.Types[0] != (Bucket{"ASSAULT", 2}) ||
		len(res.Facets.Themes) != 1 || res.Facets.Countries[0] != (Bucket{"KE", 2}) {
		t.Errorf("search facets %+v %v", res, err)
	}
}
