package story_test

import (
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/story"
)

// Two strikes at one port four weeks apart, reported in the same words by
// the same union, and a report of the second with no publication date,
// which could join either story: the join and the merge it leads to both
// weigh how far apart the stories' dates are, so the second strike keeps
// a story of its own. Invented for stories11.
func TestStrikesWeeksApartStayApart(t *testing.T) {
	docs := []struct{ id, date, body string }{
		{"h1", "2026-03-02", `HAMBURG, March 2 - Dockers at the port of Hamburg began a 24-hour strike on Monday over pay, halting work at the container terminals, the ver.di union said. Union spokesman Jens Albers said about 4,000 port workers had stopped work and 15 ships were waiting.`},
		{"h2", "2026-03-03", `Work resumed at the port of Hamburg on Tuesday after a 24-hour strike by dockers over pay, the ver.di union said. Jens Albers of ver.di said talks with the port employers would resume next week, and a backlog of ships had built up.`},
		{"h3", "2026-03-31", `HAMBURG, March 31 - Dockers at the port of Hamburg began a 48-hour strike on Tuesday over plans to automate the Waltershof terminal, the ver.di union said. Union spokesman Jens Albers said about 4,000 port workers had stopped work and 20 ships were waiting.`},
		{"h4", "2026-04-01", `The Waltershof container terminal at the port of Hamburg stood idle for a second day on Wednesday as dockers kept up their 48-hour strike over automation, the ver.di union said. Jens Albers of ver.di said the terminal operator wanted to cut 300 jobs.`},
		{"h5", "", `Dockers at the port of Hamburg ended their strike over automation at the Waltershof terminal on Thursday after the operator agreed to keep all 300 jobs, the ver.di union said. Jens Albers said work had resumed at the port and ships were being unloaded.`},
	}
	x := story.NewIndex(story.Options{})
	var recs []*annalist.Record
	for _, d := range docs {
		r := analyse(t, d.id, d.date, d.body)
		x.Assign(r)
		recs = append(recs, r)
	}
	st := func(i int) string { return x.StoryOf(recs[i].ID) }
	if st(1) != st(0) || st(3) != st(2) || st(4) != st(2) {
		t.Errorf("each strike's reports should be one story: %s %s | %s %s %s", st(0), st(1), st(2), st(3), st(4))
	}
	if st(2) == st(0) {
		t.Errorf("the automation strike four weeks later is in the pay strike's story %s", st(0))
	}
}
