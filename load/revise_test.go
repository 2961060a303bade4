package load

import (
	"bytes"
	"context"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/export"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/store"
	"github.com/annalist/annalist/story"
)

// Two happenings of one kind a day and a region apart: a crackdown on a
// protest in Mandalay reported by three outlets, then soldiers' assault on
// a village in Sagaing. Their first reports share an incident while one
// story holds them; once the story is split, each incident lies in one.
var revised = []struct{ id, published, text string }{
	{"a", "2024-03-02", `Security forces opened fire on protesters in Mandalay on Saturday, killing at least 12 people, according to witnesses.
Thousands had marched through the city to demand the release of detained opposition leaders.`},
	{"b", "2024-03-02", `At least 15 people were killed in Mandalay on Saturday when troops fired on demonstrators who demanded the release of opposition leaders, a rights group said.
The protest was the largest in the city this year.`},
	{"c", "2024-03-03", `Soldiers killed 9 protesters in Mandalay on Saturday, state television said.
The demonstrators had marched through the city demanding the release of jailed opposition leaders.`},
	{"s1", "2024-03-03", `Soldiers attacked the village of Let Yet Kone in Sagaing region on Sunday, killing 7 villagers and burning houses, residents said.`},
	{"s2", "2024-03-03", `Troops killed seven villagers in an assault on Let Yet Kone village in Sagaing on Sunday, torching homes, according to local residents.`},
	{"s3", "2024-03-04", `Villagers in Let Yet Kone, Sagaing, buried the 7 people killed when soldiers stormed the village and set houses on fire on Sunday.`},
}

// ingestRevised ingests the articles in batches of two (so that some
// moved records are stored and some still in their batch) through an index
// that lets every article join the story it fits best and splits readily:
// the Sagaing reports join the Mandalay story, then split off.
func ingestRevised(t *testing.T) store.Store {
	t.Helper()
	db := openStore(t)
	produce := func(submit func(*annalist.Article, error) error) error {
		for _, a := range revised {
			if err := submit(&annalist.Article{ID: a.id, Published: a.published, Text: a.text}, nil); err != nil {
				return err
			}
		}
		return nil
	}
	x := story.NewIndex(story.Options{Join: 1e-9, Gate: 1e-9, Split: 0.9, Merge: -1})
	if _, err := Run(context.Background(), db, extract.Default(), produce, Options{BatchSize: 2, Stories: x}); err != nil {
		t.Fatal(err)
	}
	return db
}

// exportCSV is the store exported in format, as rows keyed by header.
func exportCSV(t *testing.T, db store.Store, format string) []map[string]string {
	t.Helper()
	var buf bytes.Buffer
	w, err := export.New(format, &buf, export.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Records(context.Background(), "", store.SearchOptions{}, w.Write); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]string
	for _, row := range rows[1:] {
		m := map[string]string{}
		for i, k := range rows[0] {
			m[k] = row[i]
		}
		out = append(out, m)
	}
	return out
}

// TestIncidentsFollowSplitStories: after a story is split, no incident
// spans two stories, in the stored records nor in the events and incidents
// exports, and the same input ingested again gets the same ids.
func TestIncidentsFollowSplitStories(t *testing.T) {
	ctx := context.Background()
	db := ingestRevised(t)
	storyOf := map[string]string{}
	for _, a := range revised {
		r, err := db.Get(ctx, a.id)
		if err != nil {
			t.Fatal(err)
		}
		storyOf[a.id] = r.Story
	}
	if storyOf["s1"] == storyOf["a"] || storyOf["s2"] != storyOf["s1"] || storyOf["c"] != storyOf["a"] {
		t.Fatalf("stories %v: want the Sagaing reports split off the Mandalay story", storyOf)
	}
	events := exportCSV(t, db, "events-csv")
	inStory := map[string]string{}
	shared := 0
	for _, ev := range events {
		in, s := ev["incident"], ev["story"]
		if in == "" {
			continue
		}
		article := ev["event_id"][:strings.LastIndex(ev["event_id"], "-")]
		if s != storyOf[article] {
			t.Errorf("event %s: story %q, its article's %q", ev["event_id"], s, storyOf[article])
		}
		if o, ok := inStory[in]; ok && o != s {
			t.Errorf("incident %s spans stories %s and %s", in, o, s)
		} else if ok {
			shared++
		}
		inStory[in] = s
	}
	if shared == 0 {
		t.Error("no incident has two reports: the test shows nothing")
	}
	for _, row := range exportCSV(t, db, "incidents-csv") {
		if inStory[row["incident_id"]] != row["story"] {
			t.Errorf("incidents export: %s in story %q, the events export has it in %q", row["incident_id"], row["story"], inStory[row["incident_id"]])
		}
		for _, a := range strings.Fields(row["articles"]) {
			if storyOf[a] != row["story"] {
				t.Errorf("incident %s of story %s lists %s of story %s", row["incident_id"], row["story"], a, storyOf[string(a)])
			}
		}
	}
	again := exportCSV(t, ingestRevised(t), "events-csv")
	if len(again) != len(events) {
		t.Fatalf("again: %d events, first %d", len(again), len(events))
	}
	for i := range events {
		if again[i]["incident"] != events[i]["incident"] || again[i]["story"] != events[i]["story"] {
			t.Errorf("event %s: again in %s/%s, first %s/%s", events[i]["event_id"], again[i]["story"], again[i]["incident"], events[i]["story"], events[i]["incident"])
		}
	}
}
