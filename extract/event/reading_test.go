package event

import (
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/syntax"
	"github.com/annalist/annalist/text"
)

// TestStrikeReading: "strike" with an object hits it; without one it is a
// labour strike. Sentences written for this test, read with and without
// the parser.
func TestStrikeReading(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Warplanes struck the rebel camp outside the city overnight.", "FIGHT"},
		{"Gunmen struck a police station in the north on Sunday.", "ASSAULT"},
		{"Dock workers struck over pay on Monday.", "PROTEST"},
		{"Nurses will strike next week unless the talks resume.", "PROTEST"},
		{"An earthquake struck the coastal region on Monday, killing 30 people.", ""},
		{"A fire at a textile factory killed 15 workers.", ""},
		// Labour action (issue 12): a union or workers, or a kind of strike
		// only labour makes; a date after "strikes on" aims at nothing.
		{"The union began a strike on Monday over a new fuel levy.", "PROTEST"},
		{"Truck drivers across the province began a strike on Monday over tolls.", "PROTEST"},
		{"Postal staff began an indefinite strike on Tuesday.", "PROTEST"},
		{"Jets carried out strikes on Monday near the border.", "FIGHT"},
	}
	for _, parsed := range []bool{false, true} {
		for _, c := range cases {
			d := text.Analyze(c.text, "2024-03-01")
			if parsed {
				d.Parser = syntax.Lazy
			}
			r := &annalist.Record{Text: c.text, Published: "2024-03-01"}
			New().Extract(d, r)
			got := ""
			for _, e := range r.Events {
				if got == "" {
					got = e.Type
				}
			}
			if got != c.want {
				t.Errorf("parsed %v: %q: got %q, want %q", parsed, c.text, got, c.want)
			}
		}
	}
}
