package main

import (
	"strings"
	"testing"

	"github.com/annalist/annalist"
)

func TestHighlight(t *testing.T) {
	colours := map[string]string{"P": "<p>", "Q": "<q>"}
	const text = "He said «Kim Jong Un» left."
	tests := []struct {
		name string
		ms   []mark
		want string
	}{
		{"none", nil, text},
		{"one", []mark{{3, 7, "P"}}, "He <p>said\x1b[0m «Kim Jong Un» left."},
		{"nested: the inner wins", []mark{{8, 23, "Q"}, {10, 21, "P"}},
			"He said <q>«\x1b[0m<p>Kim Jong Un\x1b[0m<q>»\x1b[0m left."},
		{"out of range, empty, unknown kind, inside a character", []mark{{-1, 2, "P"}, {5, 5, "P"}, {0, 2, "X"}, {0, 40, "P"}, {9, 12, "P"}}, text},
	}
	for _, tc := range tests {
		if got := highlight(text, tc.ms, colours); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestShowRecord(t *testing.T) {
	r := &annalist.Record{
		ID: "r1", Title: "Police detain protesters", Published: "2022-01-05",
		Text: "Police detained 40 protesters in Almaty on Tuesday.",
		Entities: []annalist.Entity{{ID: "e1", Type: annalist.Location, Name: "Almaty",
			Mentions: []annalist.Span{{Start: 33, End: 39}}, Geo: &annalist.Geo{Kind: "city", Country: "KZ", Lat: 43.25, Lon: 76.92}}},
		Times:  []annalist.Time{{Start: 43, End: 50, Text: "Tuesday", Type: "DATE", Value: "2022-01-04"}},
		Counts: []annalist.Count{{Start: 16, End: 29, Text: "40 protesters", Kind: "arrested", Number: 40}},
		Events: []annalist.Event{{Type: "ARREST", Trigger: annalist.Span{Start: 7, End: 15, Text: "detained"},
			Actor: &annalist.Arg{Text: "Police"}, Arrests: 40, Place: &annalist.Place{Name: "Almaty", Country: "KZ"}}},
	}
	var plain, colour strings.Builder
	showRecord(&plain, r, false)
	showRecord(&colour, r, true)
	for _, want := range []string{"Police detain protesters\nr1  2022-01-05\n", "LOCATION", "Almaty: city, KZ  (43.2500, 76.9200)",
		`"Tuesday"  DATE 2022-01-04`, "arrested 40", `ARREST "detained"  actor: Police  place: Almaty (KZ)  arrested: 40`,
		"Text\n" + r.Text + "\n"} {
		if !strings.Contains(plain.String(), want) {
			t.Errorf("plain output lacks %q:\n%s", want, plain.String())
		}
	}
	if strings.Contains(plain.String(), "\x1b") {
		t.Error("plain output has ANSI escapes")
	}
	if !strings.Contains(colour.String(), showColours[annalist.Location]+"Almaty"+ansiReset) {
		t.Errorf("colour output does not mark Almaty:\n%q", colour.String())
	}
}
