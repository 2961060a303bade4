package geo

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/gazetteer"
	"github.com/annalist/annalist/text"
)

// shared finds ../shared beside the repository root (or above it).
func shared(t testing.TB, rel string) string {
	t.Helper()
	for _, up := range []string{"../..", "../../..", "../../../.."} {
		p := filepath.Join(up, "shared", rel)
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Skipf("shared data %s not found", rel)
	return ""
}

// run resolves body with the spotter and returns the record.
func run(body string) *annalist.Record {
	d := text.Analyze(body, "")
	rec := &annalist.Record{Text: body}
	New(nil).Extract(d, rec)
	return rec
}

func entity(rec *annalist.Record, name string) *annalist.Entity {
	for i, e := range rec.Entities {
		if e.Name == name {
			return &rec.Entities[i]
		}
	}
	return nil
}

func TestSeed(t *testing.T) {
	b, err := os.ReadFile(shared(t, "seed/kazakhstan-2023-01-05.txt"))
	if err != nil {
		t.Fatal(err)
	}
	body := string(b)
	_, body, _ = strings.Cut(strings.TrimSpace(body), " ")
	_, body, _ = strings.Cut(body, " ") // after "date YYYY-MM-DD"
	rec := run(body)
	for _, tt := range []struct{ name, kind, country string }{
		{"Kazakhstan", "country", "KZ"},
		{"Taldykorgan", "city", "KZ"},
		{"Kazakh", "demonym", "KZ"},
		{"Kazakhstanis", "demonym", "KZ"},
	} {
		e := entity(rec, tt.name)
		if e == nil || e.Geo == nil {
			t.Errorf("%s: not resolved (entity %+v)", tt.name, e)
			continue
		}
		if e.Geo.Kind != tt.kind || e.Geo.Country != tt.country {
			t.Errorf("%s: %+v, want %s in %s", tt.name, e.Geo, tt.kind, tt.country)
		}
		if tt.kind == "demonym" && e.Type != annalist.Misc {
			t.Errorf("%s: type %s, want MISC", tt.name, e.Type)
		}
	}
	if e := entity(rec, "Taldykorgan"); e != nil && e.Geo != nil {
		if d := gazetteer.Distance(e.Geo.Lat, e.Geo.Lon, 45.02, 78.37); d > 25 {
			t.Errorf("Taldykorgan %.0f km from 45.02 N 78.37 E", d)
		}
	}
	if rec.Focus == nil || rec.Focus.Country != "KZ" {
		t.Errorf("focus %+v, want KZ", rec.Focus)
	}
	for _, e := range rec.Entities {
		t.Logf("%s %s %q %d mentions %+v", e.ID, e.Type, e.Name, len(e.Mentions), e.Geo)
	}
}

// TestSeedEntities resolves hand-made tagger output, as the NER extractor
// will give it.
func TestSeedEntities(t *testing.T) {
	body := "Protesters in the southern town of Taldykorgan, in Kazakhstan, toppled a statue. Kazakhstanis took to the streets."
	span := func(s string) annalist.Span {
		i := strings.Index(body, s)
		return annalist.Span{Start: i, End: i + len(s), Text: s}
	}
	rec := &annalist.Record{Text: body, Entities: []annalist.Entity{
		{ID: "e1", Type: annalist.Location, Name: "Taldykorgan", Mentions: []annalist.Span{span("Taldykorgan")}},
		{ID: "e2", Type: annalist.Location, Name: "Kazakhstan", Mentions: []annalist.Span{span("Kazakhstan")}},
		{ID: "e3", Type: annalist.Misc, Name: "Kazakhstanis", Mentions: []annalist.Span{span("Kazakhstanis")}},
		{ID: "e4", Type: annalist.Person, Name: "Paris", Mentions: []annalist.Span{span("Protesters")}},
		{ID: "e5", Type: annalist.Misc, Name: "Bloody January", Mentions: []annalist.Span{span("statue")}},
	}}
	New(nil).Extract(text.Analyze(body, ""), rec)
	want := map[string]string{"e1": "city KZ", "e2": "country KZ", "e3": "demonym KZ", "e4": "", "e5": ""}
	for _, e := range rec.Entities {
		got := ""
		if e.Geo != nil {
			got = e.Geo.Kind + " " + e.Geo.Country
		}
		if got != want[e.ID] {
			t.Errorf("%s %q: %q, want %q", e.ID, e.Name, got, want[e.ID])
		}
	}
	if rec.Focus == nil || rec.Focus.Country != "KZ" {
		t.Errorf("focus %+v, want KZ", rec.Focus)
	}
}

func TestAddSpotted(t *testing.T) {
	body := "Police in Almaty and in Taldykorgan met Tokayev. Mayor Paris Smith of Almaty spoke."
	span := func(s string) annalist.Span {
		i := strings.Index(body, s)
		return annalist.Span{Start: i, End: i + len(s), Text: s}
	}
	rec := &annalist.Record{Text: body, Entities: []annalist.Entity{
		{ID: "e1", Type: annalist.Location, Name: "Almaty", Mentions: []annalist.Span{span("Almaty")}},
		{ID: "e7", Type: annalist.Person, Name: "Paris Smith", Mentions: []annalist.Span{span("Paris Smith")}},
	}}
	New(nil).Extract(text.Analyze(body, ""), rec)
	var got []string
	for _, e := range rec.Entities {
		got = append(got, fmt.Sprintf("%s %s %s %d %v", e.ID, e.Type, e.Name, len(e.Mentions), e.Geo != nil))
	}
	want := []string{"e1 LOCATION Almaty 2 true", "e7 PERSON Paris Smith 1 false", "e8 LOCATION Taldykorgan 1 true"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("entities:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestResolve(t *testing.T) {
	tests := []struct {
		body, name, want string // want: "kind country admin1" or "" for unresolved
	}{
		{"The fair was held in Paris, Texas, last week.", "Paris", "city US Texas"},
		{"Officials in Paris said France would act.", "Paris", "city FR Île-de-France"},
		{"A storm hit Springfield, Illinois on Monday.", "Springfield", "city US Illinois"},
		{"The company moved to Austin, TX, in 2020.", "Austin", "city US Texas"},
		{"Riots spread from Lagos across Nigeria.", "Lagos", "city NG Lagos"},
		{"Germans voted on Sunday.", "Germans", "demonym DE "},
		{"Talks in Central Asia stalled.", "Central Asia", "region  "},
	}
	for _, tt := range tests {
		rec := run(tt.body)
		e := entity(rec, tt.name)
		got := ""
		if e != nil && e.Geo != nil {
			got = e.Geo.Kind + " " + e.Geo.Country + " " + e.Geo.Admin1
		}
		if got != tt.want {
			t.Errorf("%q: %s = %q, want %q", tt.body, tt.name, got, tt.want)
		}
	}
}

func TestSpot(t *testing.T) {
	tests := []struct {
		body string
		want []string
	}{
		{"Police said the attack in Ankara, the Turkish capital, killed two.", []string{"Ankara", "Turkish"}},
		{"President Obama met leaders of Bosnia and Herzegovina in Washington.", []string{"Bosnia and Herzegovina", "Washington"}},
		{"The U.S.-led coalition struck targets in northern Syria.", []string{"U.S.", "Syria"}},
		{"Mevlut Mert Altintas, a police officer, was killed.", nil},
	}
	g := gazetteer.Default()
	for _, tt := range tests {
		var got []string
		for _, tp := range Spot(text.Analyze(tt.body, ""), g) {
			got = append(got, tp.Text)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Spot(%q) = %q, want %q", tt.body, got, tt.want)
		}
	}
}

func BenchmarkResolve(b *testing.B) {
	body, err := os.ReadFile(shared(b, "seed/kazakhstan-2023-01-05.txt"))
	if err != nil {
		b.Fatal(err)
	}
	r := New(nil)
	d := text.Analyze(string(body), "")
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		rec := &annalist.Record{Text: string(body)}
		r.Extract(d, rec)
	}
}
