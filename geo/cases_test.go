package geo

import (
	"strings"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/ner"
	"github.com/annalist/annalist/text"
)

// extracted runs the name tagger and the resolver over body, as annalist
// extract does.
func extracted(t *testing.T, body, url string) *annalist.Record {
	t.Helper()
	names, err := ner.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	d := text.Analyze(body, "2023-11-08")
	rec := &annalist.Record{Text: body, URL: url}
	names.Extract(d, rec)
	New(nil).Extract(d, rec)
	return rec
}

// geoAt is the Geo of the entity with a mention at the first occurrence
// of s in the record's text ("" when unresolved or not an entity).
func geoAt(rec *annalist.Record, s string) string {
	i := strings.Index(rec.Text, s)
	for _, e := range rec.Entities {
		for _, m := range e.Mentions {
			if m.Start == i && m.End == i+len(s) && e.Geo != nil {
				return e.Geo.Kind + " " + e.Geo.Country
			}
		}
	}
	return ""
}

// TestCountryContext: a town whose namesakes all lie in another country
// than the one the article is about is left unresolved, and one ambiguous
// town does not turn the focus.
func TestCountryContext(t *testing.T) {
	rec := extracted(t, "Farmers in Bethany on the Essequibo Coast lost their rice to the floods. "+
		"Bethany's school is closed. The government of Guyana promised help.", "")
	if g := geoAt(rec, "Bethany"); g != "" {
		t.Errorf("Bethany resolved to %q in an article on Guyana", g)
	}
	if rec.Focus == nil || rec.Focus.Country != "GY" {
		t.Errorf("focus %+v, want GY", rec.Focus)
	}
	// With a namesake in the country, the country decides.
	rec = extracted(t, "Floods reached Victoria overnight. Officials in Victoria said the "+
		"Seychelles would ask for aid.", "")
	if g := geoAt(rec, "Victoria"); g != "city SC" {
		t.Errorf("Victoria in an article on the Seychelles: %q, want city SC", g)
	}
}

// TestNamesInsideNames: places inside the names of products, peoples and
// publications are not geocoded; used as places, they are.
func TestNamesInsideNames(t *testing.T) {
	for _, tt := range []struct{ body, name string }{
		{"He was driving a Toyota Starlet when the bridge gave way.", "Toyota"},
		{"Elders of the Pueblo tribe met the governor.", "Pueblo"},
		{"Land of an Indian tribe was flooded, the council said.", "Indian"},
		{"Students at Princeton University marched on Friday.", "Princeton"},
		{"The report, first published by The Atlantic, was denied.", "Atlantic"},
		{"A Lagos newspaper said fuel prices rose.", ""},
	} {
		rec := extracted(t, tt.body, "")
		if tt.name == "" {
			continue
		}
		if g := geoAt(rec, tt.name); g != "" {
			t.Errorf("%q: %s geocoded as %q", tt.body, tt.name, g)
		}
	}
	for _, tt := range []struct{ body, name, want string }{
		{"Heavy rain fell on Toyota and Nagoya in Japan.", "Toyota", "city JP"},
		{"The boat capsized in the Atlantic off Portugal.", "Atlantic", "other "},
		{"Indian troops crossed the border.", "Indian", "demonym IN"},
	} {
		rec := extracted(t, tt.body, "")
		if g := geoAt(rec, tt.name); g != tt.want {
			t.Errorf("%q: %s = %q, want %q", tt.body, tt.name, g, tt.want)
		}
	}
}

// TestFocusWeight: the country named and the outlet's domain outweigh a
// town's repeated mentions elsewhere.
func TestFocusWeight(t *testing.T) {
	rec := extracted(t, "Kenya's parliament met. Nairobi was calm, and a delegation from Springfield, Illinois, "+
		"visited. Springfield's mayor spoke. Springfield officials left.", "https://www.nation.co.ke/news/1")
	if rec.Focus == nil || rec.Focus.Country != "KE" {
		t.Errorf("focus %+v, want KE", rec.Focus)
	}
}
