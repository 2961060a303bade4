package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/annalist/annalist"
)

// goldEvent is one line of eval/testdata/pages12/gold.tsv.
type goldEvent struct {
	page                  string
	types                 []string // "*" takes any type
	optional              bool
	actor, target, places []string
}

func readPagesGold(t *testing.T, path string) (map[string][]goldEvent, []string) {
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	gold := map[string][]goldEvent{}
	var pages []string
	for n, l := range strings.Split(string(raw), "\n") {
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if _, seen := gold[f[0]]; !seen {
			pages = append(pages, f[0])
			gold[f[0]] = nil
		}
		if len(f) == 2 && f[1] == "none" {
			continue
		}
		if len(f) != 5 {
			t.Fatalf("%s:%d: want page, type, actor, target, place: %q", path, n+1, l)
		}
		g := goldEvent{page: f[0], optional: strings.HasPrefix(f[1], "?")}
		g.types = strings.Split(strings.TrimPrefix(f[1], "?"), "|")
		g.actor, g.target, g.places = strings.Split(f[2], "|"), strings.Split(f[3], "|"), strings.Split(f[4], "|")
		gold[f[0]] = append(gold[f[0]], g)
	}
	return gold, pages
}

// argMatches: "*" takes anything, "-" wants nothing, otherwise one of the
// alternatives and one of the texts contain each other.
func argMatches(alts []string, texts ...string) bool {
	if len(alts) == 1 && alts[0] == "*" {
		return true
	}
	var have []string
	for _, s := range texts {
		if s = strings.TrimSpace(strings.ToLower(s)); s != "" {
			have = append(have, strings.TrimPrefix(s, "the "))
		}
	}
	if len(alts) == 1 && alts[0] == "-" {
		return len(have) == 0
	}
	for _, a := range alts {
		a = " " + strings.ToLower(a) + " "
		for _, h := range have {
			h = " " + strings.NewReplacer(",", " ", ".", " ", "'s", " 's", "\"", " ").Replace(h) + " "
			if strings.Contains(h, a) || strings.Contains(a, h) { // whole words
				return true
			}
		}
	}
	return false
}

func argTexts(a *annalist.Arg) []string {
	if a == nil {
		return nil
	}
	return []string{a.Text, a.Entity}
}

func (g goldEvent) typeMatches(ty string) bool {
	for _, x := range g.types {
		if x == "*" || x == ty {
			return true
		}
	}
	return false
}

func (g goldEvent) argsMatch(e annalist.Event) bool {
	a, tg := argTexts(e.Actor), argTexts(e.Target)
	args := argMatches(g.actor, a...) && argMatches(g.target, tg...)
	if !args && e.Type == "FIGHT" { // two sides, either order
		args = argMatches(g.actor, tg...) && argMatches(g.target, a...)
	}
	return args
}

func (g goldEvent) placeMatches(e annalist.Event) bool {
	var place []string
	if e.Place != nil {
		place = []string{e.Place.Name, e.Place.Entity}
	}
	return argMatches(g.places, place...)
}

func (g goldEvent) fieldsMatch(e annalist.Event) bool { return g.argsMatch(e) && g.placeMatches(e) }

// order lists the page's required gold events before those in passing.
func order(gs []goldEvent) []int {
	var req, opt []int
	for i, g := range gs {
		if g.optional {
			opt = append(opt, i)
		} else {
			req = append(req, i)
		}
	}
	return append(req, opt...)
}

// TestPagesSet runs `annalist extract` on eight invented news pages with
// their site chrome (eval/testdata/pages12) and scores the events the
// exports would carry (asserted ones) against gold.tsv: right in every
// field, right type with a wrong field, invented (no gold event of its type
// on the page), and gold events missed. The first run is in the folder's
// README.md; the floors sit at the figures after the pages12 changes.
func TestPagesSet(t *testing.T) {
	dir := filepath.Join("..", "..", "eval", "testdata", "pages12")
	gold, pages := readPagesGold(t, filepath.Join(dir, "gold.tsv"))
	var extracted, right, passing, wrongField, invented, required, foundRight, missed int
	for _, page := range pages {
		out, errOut, err := runCLI(t, "extract", filepath.Join(dir, page+".html"))
		if err != nil {
			t.Fatalf("%s: %v\n%s", page, err, errOut)
		}
		var r annalist.Record
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("%s: not one record: %v", page, err)
		}
		found := map[int]bool{}
		for _, e := range r.Events {
			if e.Modality != "" {
				continue
			}
			extracted++
			verdict := "invented"
			for _, i := range order(gold[page]) {
				g := gold[page][i]
				if !g.typeMatches(e.Type) || (g.types[0] == "*" && !g.fieldsMatch(e)) {
					continue // a wildcard type claims only what it fully matches
				}
				if !g.optional && g.argsMatch(e) && !g.placeMatches(e) {
					verdict = "wrong field" // a required event's wrong place is no passing mention
					break
				}
				if g.fieldsMatch(e) {
					verdict = "right"
					if g.optional {
						verdict = "right (in passing)"
					}
					found[i] = true
					break
				}
				verdict = "wrong field"
			}
			switch verdict {
			case "right (in passing)":
				passing++
			case "right":
				right++
			case "wrong field":
				wrongField++
			default:
				invented++
			}
			var a, tg, pl string
			if e.Actor != nil {
				a = e.Actor.Text
			}
			if e.Target != nil {
				tg = e.Target.Text
			}
			if e.Place != nil {
				pl = e.Place.Name + "/" + e.Place.Entity
			}
			t.Logf("%s: %-11s %s %q actor %q target %q place %q  [%s]", page, verdict, e.Type, r.Text[e.Trigger.Start:e.Trigger.End], a, tg, pl,
				strings.TrimSpace(r.Text[e.Sentence.Start:e.Sentence.End]))
		}
		var keys []int
		for i, g := range gold[page] {
			if !g.optional {
				required++
				keys = append(keys, i)
			}
		}
		sort.Ints(keys)
		for _, i := range keys {
			if found[i] {
				foundRight++
				continue
			}
			g := gold[page][i]
			typed := false
			for _, e := range r.Events {
				typed = typed || (e.Modality == "" && g.typeMatches(e.Type))
			}
			if !typed {
				missed++
				t.Logf("%s: missed %v actor %v target %v", page, g.types, g.actor, g.target)
			}
		}
	}
	t.Logf("pages %d: events %d, right in every field %d (and %d reported in passing), wrong field %d, invented %d; gold %d, found right %d, missed %d",
		len(pages), extracted, right, passing, wrongField, invented, required, foundRight, missed)
	// Floors at the figures after the pages12 readings (first run: right
	// 2, invented 13, gold found right 2).
	if right < 5 || foundRight < 5 || invented > 6 {
		t.Errorf("right %d (want >= 5), gold found right %d (>= 5), invented %d (<= 6)", right, foundRight, invented)
	}
}

// TestEventPlaceTown: an event is placed at the town its sentence names
// rather than the country beside it, and where its sentence names no place
// at the page's first place in its country rather than at a bare country
// code, and never at the dateline's city when the sentence names
// another place. Texts written for this test.
func TestEventPlaceTown(t *testing.T) {
	for _, body := range []string{
		"Police in Kenya arrested the activist at her home in Mombasa on Monday.",
		"Riot police fired tear gas at students marching on parliament in Yerevan on Sunday.\n\n" +
			"The students vowed to keep up their protests.",
		// The dateline says where the reporter was.
		"YANGON, March 2 - Fighting between Myanmar's army and ethnic rebels killed 14 people on Tuesday.",
	} {
		page := filepath.Join(t.TempDir(), "a.txt")
		if err := os.WriteFile(page, []byte("date 2026-03-02\n"+body), 0o644); err != nil {
			t.Fatal(err)
		}
		out, _, err := runCLI(t, "extract", page)
		if err != nil {
			t.Fatal(err)
		}
		var r annalist.Record
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		for _, e := range r.Events {
			if e.Place == nil || len(e.Place.Name) == 2 || e.Place.Name == "Kenya" || strings.EqualFold(e.Place.Name, "Yangon") {
				t.Errorf("%s %q: placed at %+v", e.Type, e.Trigger.Text, e.Place)
			}
		}
	}
}
