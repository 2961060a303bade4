package event

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/text"
)

// readShared reads a file of the project's shared data (../shared from the
// repository root), looking in each parent directory, so that tests run
// from a worktree too.
func readShared(rel string) ([]byte, error) {
	dir, _ := filepath.Abs(".")
	for {
		b, err := os.ReadFile(filepath.Join(dir, "shared", rel))
		if err == nil {
			return b, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil, err
		}
		dir = parent
	}
}

// spans returns every whole-word occurrence of s in body.
func spans(body, s string) []annalist.Span {
	var out []annalist.Span
	re := regexp.MustCompile(`\b` + regexp.QuoteMeta(s) + `\b`)
	for _, m := range re.FindAllStringIndex(body, -1) {
		out = append(out, annalist.Span{Start: m[0], End: m[1], Text: body[m[0]:m[1]]})
	}
	return out
}

// seedRecord builds the record the upstream extractors (ner, geo, timex,
// counts) would hand to the event extractor for the seed article.
func seedRecord(t *testing.T) (*text.Doc, *annalist.Record) {
	raw, err := readShared("seed/kazakhstan-2023-01-05.txt")
	if err != nil {
		t.Skip("seed article not available:", err)
	}
	body := regexp.MustCompile(`^\s*date\s+\d{4}-\d{2}-\d{2}\s*`).ReplaceAllString(string(raw), "")
	r := &annalist.Record{Published: "2023-01-05", Text: body, Focus: &annalist.Focus{Country: "KZ"}}
	r.Entities = []annalist.Entity{
		{ID: "e1", Type: annalist.Person, Name: "Kassym-Jomart Tokayev", Role: "president",
			Mentions: append(spans(body, "Kassym-Jomart Tokayev"), onlyBare(spans(body, "Tokayev"), body, "Kassym-Jomart ")...)},
		{ID: "e2", Type: annalist.Person, Name: "Nursultan Nazarbayev",
			Mentions: append(spans(body, "Nursultan Nazarbayev"), onlyBare(spans(body, "Nazarbayev"), body, "Nursultan ")...)},
		{ID: "e3", Type: annalist.Location, Name: "Kazakhstan", Mentions: spans(body, "Kazakhstan"),
			Geo: &annalist.Geo{Kind: annalist.GeoCountry, Country: "KZ", Lat: 48, Lon: 68}},
		{ID: "e4", Type: annalist.Location, Name: "Taldykorgan", Mentions: spans(body, "Taldykorgan"),
			Geo: &annalist.Geo{Kind: annalist.GeoCity, Country: "KZ", Lat: 45.01556, Lon: 78.37389, GeonamesID: 1518542}},
	}
	addTime := func(s, typ, value string, nth int) {
		sp := spans(body, s)
		if len(sp) <= nth {
			t.Fatalf("seed: no occurrence %d of %q", nth, s)
		}
		r.Times = append(r.Times, annalist.Time{Start: sp[nth].Start, End: sp[nth].End, Text: s, Type: typ, Value: value})
	}
	addTime("January 2022", annalist.Date, "2022-01", 0)
	addTime("One year on", annalist.Date, "2023-01", 0)
	addTime("30 years", annalist.Duration, "P30Y", 0)
	addTime("2019", annalist.Date, "2019", 0)
	addTime("the start of last year", annalist.Date, "2022", 0)
	addTime("5 January 2022", annalist.Date, "2022-01-05", 0)
	addTime("five years before", annalist.Date, "2017", 0)
	c := spans(body, "at least 238 people dead")[0]
	r.Counts = []annalist.Count{{Start: c.Start, End: c.End, Text: c.Text, Kind: "killed", Number: 238, Qualifier: "at least"}}
	return text.Analyze(body, r.Published), r
}

// onlyBare keeps the spans not preceded by prefix (the surname alone).
func onlyBare(sp []annalist.Span, body, prefix string) []annalist.Span {
	var out []annalist.Span
	for _, s := range sp {
		if !strings.HasSuffix(body[:s.Start], prefix) {
			out = append(out, s)
		}
	}
	return out
}

func TestSeedEvents(t *testing.T) {
	d, r := seedRecord(t)
	New().Extract(d, r)
	for _, e := range r.Events {
		t.Logf("%s %s mod=%q actor=%v target=%v date=%s place=%v dead=%d trigger=%q sentences=%d",
			e.Type, e.Mode, e.Modality, argStr(e.Actor), argStr(e.Target), e.Date, placeStr(e.Place), e.Fatalities, e.Trigger.Text, len(e.Sentences))
	}
	type want struct {
		name                        string
		typ, actor, target, country string
		date, place, sentence       string
		fatalities                  int
	}
	for _, w := range []want{
		{name: "must: protests", typ: "PROTEST", country: "KZ", date: "2022-01"},
		{name: "must: crackdown", typ: "ASSAULT", actor: "police", target: "protesters", country: "KZ", date: "2022-01", fatalities: 238},
		{name: "should: statue", typ: "PROTEST", place: "Taldykorgan", date: "2022-01-05", sentence: "statue"},
		{name: "should: resignation", typ: "RETREAT", actor: "Nazarbayev", date: "2019", sentence: "resigned"},
	} {
		found := false
		for _, e := range r.Events {
			if e.Type != w.typ || e.Modality != "" || !strings.HasPrefix(e.Date, w.date) ||
				w.actor != "" && !containsFold(argStr(e.Actor), w.actor) ||
				w.target != "" && !containsFold(argStr(e.Target), w.target) ||
				w.country != "" && (e.Place == nil || e.Place.Country != w.country) ||
				w.place != "" && (e.Place == nil || e.Place.Name != w.place) ||
				w.sentence != "" && !containsFold(r.Text[e.Sentence.Start:e.Sentence.End], w.sentence) ||
				w.fatalities != 0 && e.Fatalities != w.fatalities {
				continue
			}
			found = true
		}
		if !found {
			t.Errorf("%s: no event %+v", w.name, w)
		}
	}
}

func argStr(a *annalist.Arg) string {
	if a == nil {
		return ""
	}
	return a.Text
}

func placeStr(p *annalist.Place) string {
	if p == nil {
		return ""
	}
	return p.Name + "/" + p.Country
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}
