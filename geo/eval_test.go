package geo

import (
	"os"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/eval"
	"github.com/annalist/annalist/text"
)

// TestGoldSets guards the targets on the geoparsing gold sets, when they
// are there: recall ≥ 0.85 and accuracy among found ≥ 0.90 on both,
// precision ≥ 0.85 on TR-News (which annotates every toponym).
func TestGoldSets(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	for _, tt := range []struct {
		file      string
		precision float64
	}{{"GeoVirus.xml", 0}, {"TR-News.xml", 0.85}} {
		f, err := os.Open(shared(t, "eval/geo/"+tt.file))
		if err != nil {
			t.Fatal(err)
		}
		arts, err := eval.ReadGeoCorpus(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		r := New(nil)
		var s eval.GeoScore
		for _, a := range arts {
			rec := &annalist.Record{Text: a.Text, URL: a.URL}
			r.Extract(text.Analyze(a.Text, a.Published), rec)
			var preds []eval.GeoPrediction
			for _, e := range rec.Entities {
				if e.Geo == nil {
					continue
				}
				for _, m := range e.Mentions {
					preds = append(preds, eval.GeoPrediction{Start: m.Start, End: m.End, Kind: e.Geo.Kind,
						Country: e.Geo.Country, Admin1: e.Geo.Admin1, Lat: e.Geo.Lat, Lon: e.Geo.Lon})
				}
			}
			s.Add(r.Gaz, a, preds)
		}
		t.Logf("%s: recall %.3f accuracy %.3f precision %.3f median %.1f km", tt.file, s.Recall(), s.Accuracy(), s.Precision(), s.MedianKm())
		if s.Recall() < 0.85 || s.Accuracy() < 0.90 || s.Precision() < tt.precision {
			t.Errorf("%s: recall %.3f accuracy %.3f precision %.3f, below target", tt.file, s.Recall(), s.Accuracy(), s.Precision())
		}
	}
}
