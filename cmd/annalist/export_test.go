package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportAndTimeline ingests articles, then reads them back out as an
// events table, a GKG table and a timeline.
func TestExportAndTimeline(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	in := filepath.Join(dir, "in.jsonl")
	os.WriteFile(in, []byte(`{"id":"p1","published":"2024-03-02","text":"Thousands of protesters marched through Nairobi on 1 March 2024. Police arrested 40 protesters in Nairobi on 1 March 2024."}
{"id":"p2","published":"2024-03-05","text":"Workers went on strike in Lagos, Nigeria, on 4 March 2024, demanding higher wages."}
`), 0o644)
	if _, errs, err := runCLI(t, "--db", db, "ingest", in); err != nil {
		t.Fatal(err, errs)
	}

	out, _, err := runCLI(t, "--db", db, "export", "--format", "events-csv")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) < 3 {
		t.Fatalf("events table: %v\n%s", err, out)
	}
	col := map[string]int{}
	for i, c := range rows[0] {
		col[c] = i
	}
	types := map[string]bool{}
	for _, r := range rows[1:] {
		types[r[col["plover_type"]]] = true
		types[r[col["event_type"]]] = true
		if r[1] != "2024-03-01" && r[1] != "2024-03-04" {
			t.Errorf("event dated %q: %v", r[1], r)
		}
	}
	if !types["PROTEST"] || !types["Protests"] {
		t.Errorf("no PROTEST row of ACLED type Protests in\n%s", out)
	}

	out, _, err = runCLI(t, "--db", db, "export", "--format", "gkg", "lagos")
	if err != nil {
		t.Fatal(err)
	}
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 2 || !strings.HasPrefix(lines[1], "p2\t20240305000000\t") {
		t.Errorf("gkg for one article:\n%s", out)
	}

	out, _, err = runCLI(t, "--db", db, "timeline", "--json", "--by", "day")
	if err != nil {
		t.Fatal(err)
	}
	var tl struct {
		Periods []string       `json:"periods"`
		Totals  map[string]int `json:"totals"`
	}
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatal(err, out)
	}
	if len(tl.Periods) != 4 || tl.Periods[0] != "2024-03-01" || tl.Totals["2024-03-01"] < 1 || tl.Totals["2024-03-04"] < 1 {
		t.Errorf("timeline %+v", tl)
	}
	if _, _, err := runCLI(t, "--db", db, "export", "--format", "xlsx"); err == nil {
		t.Error("unknown format accepted")
	}
}
