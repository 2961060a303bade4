package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/annalist/annalist/eval"
)

// TestStoriesThroughIngest ingests one crackdown as three outlets report
// it, a syndicated copy of one of them and an unrelated article, then a
// second run with one more report; the records, the incidents table and
// the stories list must say what happened once.
func TestStoriesThroughIngest(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	a := `Security forces opened fire on protesters in Mandalay on Saturday, killing at least 12 people, according to witnesses. Thousands had marched through the city to demand the release of detained opposition leaders. Witnesses said soldiers arrived in trucks and fired without warning into the crowd near the central market.`
	lines := []map[string]string{
		{"id": "a", "published": "2024-03-03", "text": a},
		{"id": "b", "published": "2024-03-03", "text": "At least 15 people were killed in Mandalay on Saturday when troops fired on demonstrators who demanded the release of opposition leaders, a rights group said. The protest was the largest in the city this year."},
		{"id": "u", "published": "2024-03-04", "text": "The central bank of Norway raised its main interest rate by a quarter point on Thursday to curb inflation, the bank said in a statement. Economists had expected the increase after consumer prices rose for a sixth month."},
		{"id": "copy", "published": "2024-03-03", "text": "Evening Herald | World desk\n\n" + strings.Replace(a, "Thousands had marched through the city to demand the release of detained opposition leaders. ", "", 1) + "\n\nCopyright Evening Herald. All rights reserved."},
	}
	write := func(name string, ls []map[string]string) string {
		var b strings.Builder
		for _, l := range ls {
			js, _ := json.Marshal(l)
			b.Write(js)
			b.WriteByte('\n')
		}
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(b.String()), 0o644)
		return p
	}
	if out, errs, err := runCLI(t, "--db", db, "ingest", write("one.jsonl", lines)); err != nil || !strings.Contains(out, "1 near-copies") {
		t.Fatalf("ingest: %v\n%s%s", err, out, errs)
	}
	// A later run: the index is rebuilt from the store.
	later := []map[string]string{{"id": "c", "published": "2024-03-04", "text": "Soldiers killed 9 protesters in Mandalay on Saturday, state television said. The demonstrators had marched through the city demanding the release of jailed opposition leaders."}}
	if _, errs, err := runCLI(t, "--db", db, "ingest", write("two.jsonl", later)); err != nil {
		t.Fatal(err, errs)
	}

	out, _, err := runCLI(t, "--db", db, "export", "--format", "jsonl")
	if err != nil {
		t.Fatal(err)
	}
	recs := map[string]struct {
		Story       string `json:"story"`
		DuplicateOf string `json:"duplicate_of"`
	}{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var r struct {
			ID          string `json:"id"`
			Story       string `json:"story"`
			DuplicateOf string `json:"duplicate_of"`
		}
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		recs[r.ID] = struct {
			Story       string `json:"story"`
			DuplicateOf string `json:"duplicate_of"`
		}{r.Story, r.DuplicateOf}
	}
	if recs["copy"].DuplicateOf != "a" {
		t.Errorf("copy: duplicate_of %q, want a", recs["copy"].DuplicateOf)
	}
	for _, id := range []string{"b", "c", "copy"} {
		if recs[id].Story != "a" {
			t.Errorf("%s: story %q, want a", id, recs[id].Story)
		}
	}
	if recs["u"].Story != "u" {
		t.Errorf("the unrelated article: story %q, want its own", recs["u"].Story)
	}

	out, _, err = runCLI(t, "--db", db, "export", "--format", "incidents-csv")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, c := range rows[0] {
		col[c] = i
	}
	found := false
	for _, r := range rows[1:] {
		if r[col["fatalities"]] == "" {
			continue
		}
		if found {
			t.Errorf("a second incident with deaths: %v", r)
		}
		found = true
		// Four articles tell of it: a, its copy, b and c.
		if r[col["sources"]] != "4" || r[col["fatalities"]] != "9" || r[col["fatalities_max"]] != "15" {
			t.Errorf("incident row %v: want 4 sources, fatalities 9, largest 15", r)
		}
		if !strings.Contains(r[col["figures"]], "(witnesses)") {
			t.Errorf("figures %q do not say who claims 12", r[col["figures"]])
		}
	}
	if !found {
		t.Errorf("no incident with deaths in\n%s", out)
	}

	out, _, err = runCLI(t, "--db", db, "stories", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var list []struct {
		ID       string   `json:"id"`
		Articles []string `json:"articles"`
		Copies   int      `json:"copies"`
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list) != 2 {
		t.Fatalf("stories: %v\n%s", err, out)
	}
	if list[0].ID != "a" || len(list[0].Articles) != 4 || list[0].Copies != 1 {
		t.Errorf("largest story %+v, want a with 4 articles, 1 near-copy", list[0])
	}
}

// TestFreshStorySet ingests the fresh story sets of eval/testdata, each
// invented reports of happenings two of each kind with no publication
// dates, written before the code was run on them, and scores the stories
// the export gives by B-cubed. Each floor sits just below the set's first
// run, so a change that joins two happenings of one kind fails here.
// stories-fresh7: 30 reports of ten happenings, first run F1 0.977 (P 1.000).
// stories-fresh8: 30 reports of ten happenings told apart mainly by sums,
// places and names, first run F1 0.947 (P 0.900: the two EU fines joined),
// 1.000 after sums of money were compared (stories8).
// stories-fresh9: 36 dated reports of twelve happenings, in date order,
// first run F1 1.000 as written, 0.939 (P 0.917) with the dates dropped.
// stories-fresh10: 37 reports of twelve happenings, two of a kind in one
// place with one official speaking in both, first run F1 0.939 (P 0.919)
// as written, 0.883 (P 0.932, R 0.838) with the dates dropped.
// stories-fresh11: 35 reports of twelve happenings, two of a kind in one
// place weeks apart, first run F1 0.793 (P 0.717) as written, 0.702
// (P 0.672) with the dates dropped; 0.900 (P 0.914) as written after
// dates weighed more in joins and merges (stories11).
// stories-fresh12: 36 reports of twelve happenings, two of a kind in one
// place or by one actor weeks apart, each told by different outlets in
// different words; first run F1 0.981 (P 1.000) as written, 0.631
// (P 0.560, R 0.722) with the dates dropped.
func TestFreshStorySet(t *testing.T) {
	for _, set := range []struct {
		name    string
		undated bool    // publication dates dropped, as in ECB+
		floor   float64 // on both P and F1
	}{
		{"stories-fresh7", false, 0.95},
		{"stories-fresh8", false, 0.89},
		{"stories-fresh9", false, 0.95},
		{"stories-fresh9", true, 0.89},
		{"stories-fresh10", false, 0.91},
		{"stories-fresh10", true, 0.86},
		{"stories-fresh11", false, 0.70},
		{"stories-fresh11", true, 0.65},
		{"stories-fresh12", false, 0.95},
		{"stories-fresh12", true, 0.55},
	} {
		name := set.name
		if set.undated {
			name += "-undated"
		}
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join("..", "..", "eval", "testdata", set.name)
			db := filepath.Join(t.TempDir(), "f.db")
			input := filepath.Join(dir, "articles.jsonl")
			if set.undated {
				input = undated(t, input)
			}
			if _, errs, err := runCLI(t, "--db", db, "ingest", "--input", "jsonl", input); err != nil {
				t.Fatal(err, errs)
			}
			out, _, err := runCLI(t, "--db", db, "export", "--format", "jsonl")
			if err != nil {
				t.Fatal(err)
			}
			pred := map[string]string{}
			for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
				var r struct{ ID, Story string }
				if err := json.Unmarshal([]byte(l), &r); err != nil {
					t.Fatal(err)
				}
				pred[r.ID] = r.Story
			}
			raw, err := os.ReadFile(filepath.Join(dir, "gold.tsv"))
			if err != nil {
				t.Fatal(err)
			}
			gold := map[string]string{}
			for _, l := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
				f := strings.Fields(l)
				if len(f) != 2 {
					t.Fatalf("gold.tsv: want report TAB happening, got %q", l)
				}
				gold[f[0]] = f[1]
				if _, ok := pred[f[0]]; !ok {
					t.Fatalf("%s: not in the export", f[0])
				}
			}
			if testing.Verbose() {
				groups := map[string][]string{}
				for id, s := range pred {
					if _, ok := gold[id]; ok {
						groups[s] = append(groups[s], id)
					}
				}
				for _, g := range groups {
					slices.Sort(g)
					t.Logf("story %v", g)
				}
			}
			s := eval.BCubed(gold, pred)
			t.Logf("B-cubed P %.3f R %.3f F1 %.3f over %d reports", s.P, s.R, s.F, len(gold))
			if s.P < set.floor || s.F < set.floor {
				t.Errorf("B-cubed P %.3f F1 %.3f, want both >= %.2f", s.P, s.F, set.floor)
			}
		})
	}
}

// undated copies a jsonl file of articles without their publication dates
// and gives the copy's path.
func undated(t *testing.T, path string) string {
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []byte
	for _, l := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		delete(m, "published")
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		out = append(append(out, b...), '\n')
	}
	p := filepath.Join(t.TempDir(), "undated.jsonl")
	if err := os.WriteFile(p, out, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
