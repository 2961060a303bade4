package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annalist/annalist"
)

// sample is a record as the pipeline writes it, made by hand.
func sample() *annalist.Record {
	text := "Police in Almaty killed 12 protesters on 5 January 2022, “a tragedy”, the mayor said."
	at := func(s string) (int, int) { i := strings.Index(text, s); return i, i + len(s) }
	ps, _ := at("Police")
	as, ae := at("Almaty")
	ks, ke := at("killed 12 protesters")
	ts, te := at("5 January 2022")
	qs, qe := at("a tragedy")
	return &annalist.Record{
		ID: "a1", URL: "https://www.example.org/news/1", Published: "2022-01-06", Text: text,
		Entities: []annalist.Entity{
			{ID: "e1", Type: annalist.Location, Name: "Almaty", Mentions: []annalist.Span{{Start: as, End: ae, Text: "Almaty"}},
				Geo: &annalist.Geo{Kind: annalist.GeoCity, Country: "KZ", Lat: 43.25, Lon: 76.92, GeonamesID: 1526384}},
			{ID: "e2", Type: annalist.Person, Name: "Ann Lee", Mentions: []annalist.Span{{Start: 0, End: 1}}},
		},
		Times:  []annalist.Time{{Start: ts, End: te, Text: "5 January 2022", Type: annalist.Date, Value: "2022-01-05"}},
		Counts: []annalist.Count{{Start: ks, End: ke, Text: "killed 12 protesters", Kind: "killed", Number: 12}},
		Quotes: []annalist.Quote{{Start: qs, End: qe, Text: "a tragedy", Cue: "said"}},
		Events: []annalist.Event{
			{Type: "ASSAULT", Mode: "kill", Trigger: annalist.Span{Start: ks, End: ks + 6},
				Actor:  &annalist.Arg{Text: "Police", Kind: "state_forces", Country: "KZ", CAMEO: "KAZCOP"},
				Target: &annalist.Arg{Text: "protesters", Kind: "protesters", Country: "KZ", CAMEO: "KAZOPP"}, Date: "2022-01", Fatalities: 12,
				ACLED:    &annalist.ACLED{EventType: "Protests", SubEventType: "Excessive force against protesters"},
				Place:    &annalist.Place{Entity: "e1", Name: "Almaty", Country: "KZ", Lat: 43.25, Lon: 76.92},
				Sentence: annalist.Span{Start: ps, End: len(text)}},
			{Type: "PROTEST", Modality: "future", Sentence: annalist.Span{Start: 0, End: 5}},
			// Nothing known but the type: no date, place, count or actor kind.
			{Type: "DISAPPROVE", Actor: &annalist.Arg{Text: "the mayor"}, Sentence: annalist.Span{Start: 0, End: 5}},
		},
		Themes: []string{"PROTEST", "REPRESSION"},
		Tone:   &annalist.Tone{Tone: -2.5, Positive: 1, Negative: 3.5, Polarity: 4.5, Words: 14},
	}
}

func write(t *testing.T, format string, recs ...*annalist.Record) []byte {
	t.Helper()
	var b bytes.Buffer
	w, err := New(format, &b, Options{CountryName: func(iso string) string { return map[string]string{"KZ": "Kazakhstan"}[iso] }})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestEventsCSV(t *testing.T) {
	rows, err := csv.NewReader(bytes.NewReader(write(t, "events-csv", sample()))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Fatalf("%d rows, want header and two events (the future one is not a row)", len(rows))
	}
	if strings.Join(rows[0], ",") != strings.Join(EventColumns, ",") {
		t.Errorf("header %v", rows[0])
	}
	got := map[string]string{}
	for i, c := range rows[0] {
		got[c] = rows[1][i]
	}
	want := map[string]string{"event_id": "a1-1", "event_date": "2022-01-01", "time_precision": "3", "event_type": "Protests",
		"sub_event_type": "Excessive force against protesters", "plover_type": "ASSAULT", "plover_mode": "kill",
		"actor1": "Police", "actor1_kind": "state_forces", "actor1_cameo": "KAZCOP", "inter1": "1",
		"actor2": "protesters", "actor2_kind": "protesters", "inter2": "6", "interaction": "16", "country": "Kazakhstan", "iso": "KZ",
		"location": "Almaty", "latitude": "43.25000", "geo_precision": "1", "fatalities": "12", "source": "example.org"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
	// The unknown is empty, never 0 (a count, a precision, a point in the Atlantic).
	unknown := map[string]string{}
	for i, c := range rows[0] {
		unknown[c] = rows[2][i]
	}
	for _, c := range []string{"event_date", "time_precision", "event_type", "sub_event_type", "actor1_kind", "inter1",
		"interaction", "country", "iso", "latitude", "longitude", "geo_precision", "fatalities", "actor2"} {
		if unknown[c] != "" {
			t.Errorf("unknown %s written as %q", c, unknown[c])
		}
	}
	if unknown["plover_type"] != "DISAPPROVE" || unknown["actor1"] != "the mayor" {
		t.Errorf("second row %v", rows[2])
	}
	if !strings.HasPrefix(got["notes"], "Police in Almaty") {
		t.Errorf("notes = %q", got["notes"])
	}
}

func TestGKG(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(string(write(t, "gkg", sample())), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines", len(lines))
	}
	cols := strings.Split(lines[1], "\t")
	if len(cols) != len(GKGColumns) {
		t.Fatalf("%d columns, want %d", len(cols), len(GKGColumns))
	}
	f := map[string]string{}
	for i, c := range GKGColumns {
		f[c] = cols[i]
	}
	// "Police in " is 10 characters; the curly quote before "a tragedy" is one character of three bytes.
	want := map[string]string{
		"DATE":             "20220106000000",
		"V2Counts":         "KILL#12#killed 12 protesters#0#######17",
		"V2Themes":         "PROTEST;REPRESSION",
		"V2Locations":      "4#Almaty#KZ###43.25#76.92#1526384#10",
		"V2Persons":        "Ann Lee,0",
		"V2Tone":           "-2.5,1,3.5,4.5,,,14",
		"V2.1Dates":        "3#1#5#2022#41",
		"V2.1Quotations":   "58|9|said|a tragedy",
		"SourceCommonName": "example.org",
	}
	for k, v := range want {
		if f[k] != v {
			t.Errorf("%s = %q, want %q", k, f[k], v)
		}
	}
}

func TestJSONLRoundTrip(t *testing.T) {
	var r annalist.Record
	if err := json.Unmarshal(write(t, "jsonl", sample()), &r); err != nil || r.Events[0].Fatalities != 12 {
		t.Fatalf("%v %+v", err, r)
	}
	if _, err := New("xlsx", nil, Options{}); err == nil {
		t.Error("an unknown format was accepted")
	}
}

// TestParquetReadByDuckDB reads our Parquet back with DuckDB, an
// independent reader, installed by .ci/run from npm.
func TestParquetReadByDuckDB(t *testing.T) {
	if _, err := os.Stat("testdata/duckdb/node_modules/@duckdb/node-api"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("DuckDB is not installed: .ci/run must run npm install in export/testdata/duckdb")
		}
		t.Skip("DuckDB not installed: cd export/testdata/duckdb && npm install")
	}
	second := sample()
	second.ID = "b2"
	path := filepath.Join(t.TempDir(), "events.parquet")
	if err := os.WriteFile(path, write(t, "parquet", sample(), second), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("node", "testdata/duckdb/read.mjs", path).CombinedOutput()
	if err != nil {
		t.Fatalf("duckdb: %v\n%s", err, out)
	}
	var rows []map[string]any
	if err := json.Unmarshal(out, &rows); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if len(rows) != 4 {
		t.Fatalf("%d rows", len(rows))
	}
	r := rows[0]
	if r["event_id"] != "a1-1" || r["event_type"] != "Protests" || r["plover_type"] != "ASSAULT" || r["inter2"] != float64(6) || r["iso"] != "KZ" || r["fatalities"] != float64(12) || r["latitude"] != 43.25 || r["event_date"] != "2022-01-01" {
		t.Errorf("row read back: %v", r)
	}
	// The unknown reads back as NULL.
	u := rows[1]
	if u["event_id"] != "a1-3" || u["plover_type"] != "DISAPPROVE" {
		t.Fatalf("second row: %v", u)
	}
	for _, c := range []string{"event_date", "time_precision", "event_type", "actor1_kind", "inter1", "interaction",
		"iso", "latitude", "longitude", "geo_precision", "fatalities", "actor2"} {
		if v, ok := u[c]; !ok || v != nil {
			t.Errorf("unknown %s read back as %v, want NULL", c, v)
		}
	}
	if rows[2]["event_id"] != "b2-1" {
		t.Errorf("third row: %v", rows[2])
	}
}

func TestAllModalities(t *testing.T) {
	var b bytes.Buffer
	w, _ := New("events-csv", &b, Options{AllModalities: true})
	w.Write(sample())
	w.Close()
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil || len(rows) != 4 || rows[2][7] != "future" || rows[0][7] != "modality" {
		t.Fatalf("%v %v", err, rows)
	}
}

func TestEventDate(t *testing.T) {
	for v, want := range map[string]string{"2022-01-05": "2022-01-05/1", "2022-01": "2022-01-01/3", "2019": "2019-01-01/3", "2022-W11": "2022-03-14/2", "PAST_REF": "/0"} {
		d, p := eventDate(v)
		if got := d + "/" + string(rune('0'+p)); got != want {
			t.Errorf("eventDate(%q) = %s, want %s", v, got, want)
		}
	}
}
