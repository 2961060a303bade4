package story_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/story"
)

var pipeline = extract.Default()

func analyse(t *testing.T, id, published, body string) *annalist.Record {
	t.Helper()
	r, err := pipeline.Process(&annalist.Article{ID: id, Published: published, Text: body})
	if err != nil {
		t.Fatalf("%s: %v", id, err)
	}
	return r
}

// Three outlets report one crackdown with three death tolls; a week later
// another protest in the same city is a second incident of the same story
// kind, and an unrelated article is a story of its own.
var (
	outletA = `Security forces opened fire on protesters in Mandalay on Saturday, killing at least 12 people, according to witnesses.
Thousands had marched through the city to demand the release of detained opposition leaders.`
	outletB = `At least 15 people were killed in Mandalay on Saturday when troops fired on demonstrators who demanded the release of opposition leaders, a rights group said.
The protest was the largest in the city this year.`
	outletC = `Soldiers killed 9 protesters in Mandalay on Saturday, state television said.
The demonstrators had marched through the city demanding the release of jailed opposition leaders.`
	nextWeek = `Thousands of protesters marched again in Mandalay on Saturday to demand the release of opposition leaders, a week after a deadly crackdown.
The march passed off peacefully.`
	unrelated = `The central bank of Norway raised its main interest rate by a quarter point on Thursday to curb inflation, the bank said in a statement.
Economists had expected the increase after consumer prices rose for a sixth month.`
)

func TestIncidentMergesOutlets(t *testing.T) {
	x := story.NewIndex(story.Options{})
	recs := []*annalist.Record{
		analyse(t, "a", "2024-03-03", outletA),
		analyse(t, "b", "2024-03-03", outletB),
		analyse(t, "c", "2024-03-04", outletC),
	}
	for _, r := range recs {
		x.Assign(r)
	}
	for _, r := range recs[1:] {
		if r.Story != recs[0].Story {
			t.Errorf("%s is in story %q, want %q with the first report", r.ID, r.Story, recs[0].Story)
		}
	}
	c := story.NewCollector()
	for _, r := range recs {
		c.Add(r)
	}
	var killing *story.Incident
	for _, in := range c.Incidents() {
		if _, hi := in.Fatalities(); hi > 0 {
			if killing != nil {
				t.Fatalf("two incidents with deaths (%s and %s); want the three reports merged", killing.ID, in.ID)
			}
			killing = in
		}
	}
	if killing == nil {
		t.Fatalf("no incident with deaths among %v", describe(c.Incidents()))
	}
	if killing.Sources() != 3 {
		t.Errorf("incident %s has %d sources, want 3: %v", killing.ID, killing.Sources(), describe(c.Incidents()))
	}
	if lo, hi := killing.Fatalities(); lo != 9 || hi != 15 {
		t.Errorf("fatalities %d (largest %d), want the conservative 9 (largest 15)", lo, hi)
	}
}

func TestProtestsAWeekApartAreTwoIncidents(t *testing.T) {
	x := story.NewIndex(story.Options{})
	first := analyse(t, "a", "2024-03-03", outletA)
	second := analyse(t, "n", "2024-03-10", nextWeek)
	x.Assign(first)
	x.Assign(second)
	for _, e2 := range second.Events {
		for _, e1 := range first.Events {
			if e2.Incident != "" && e2.Incident == e1.Incident {
				t.Errorf("%s of %s (%s) and %s of %s (%s) are one incident %s", e1.Type, e1.Date, first.ID, e2.Type, e2.Date, second.ID, e1.Incident)
			}
		}
	}
}

func TestStoryAcrossDays(t *testing.T) {
	x := story.NewIndex(story.Options{})
	a := analyse(t, "a", "2024-03-03", outletA)
	c := analyse(t, "c", "2024-03-05", outletC)
	u := analyse(t, "u", "2024-03-04", unrelated)
	for _, r := range []*annalist.Record{a, u, c} {
		x.Assign(r)
	}
	if c.Story != a.Story {
		t.Errorf("a report two days later is in story %q, want %q", c.Story, a.Story)
	}
	if u.Story == a.Story {
		t.Errorf("an interest rate decision joined the crackdown's story %q", a.Story)
	}
}

func TestNearCopy(t *testing.T) {
	x := story.NewIndex(story.Options{})
	orig := analyse(t, "wire", "2024-03-03", outletA+"\n"+strings.Repeat("Witnesses said the soldiers arrived in trucks and fired without warning into the crowd near the market. ", 2))
	copyText := "Evening Herald | World desk\n\n" + strings.Replace(orig.Text, "Thousands had marched through the city to demand the release of detained opposition leaders.", "", 1) + "\n\nCopyright Evening Herald. All rights reserved."
	cp := analyse(t, "herald", "2024-03-03", copyText)
	other := analyse(t, "u", "2024-03-04", unrelated)
	for _, r := range []*annalist.Record{orig, cp, other} {
		x.Assign(r)
	}
	if cp.DuplicateOf != "wire" {
		t.Errorf("the syndicated copy is duplicate_of %q, want wire", cp.DuplicateOf)
	}
	if cp.Story != orig.Story {
		t.Errorf("the copy is in story %q, want its original's %q", cp.Story, orig.Story)
	}
	if orig.DuplicateOf != "" || other.DuplicateOf != "" {
		t.Errorf("originals marked copies: %q, %q", orig.DuplicateOf, other.DuplicateOf)
	}
}

// An index rebuilt from stored records decides the next article as the
// one that assigned them would have, and assigning the same input in the
// same order gives the same ids.
func TestRebuiltIndexDecidesTheSame(t *testing.T) {
	bodies := []struct{ id, date, text string }{{"a", "2024-03-03", outletA}, {"u", "2024-03-04", unrelated}, {"b", "2024-03-03", outletB}}
	run := func() []*annalist.Record {
		x := story.NewIndex(story.Options{})
		var out []*annalist.Record
		for _, b := range bodies {
			r := analyse(t, b.id, b.date, b.text)
			x.Assign(r)
			out = append(out, r)
		}
		return out
	}
	first, again := run(), run()
	for i := range first {
		if first[i].Story != again[i].Story || incidents(first[i]) != incidents(again[i]) {
			t.Errorf("%s: story %q incidents %s, then %q %s", first[i].ID, first[i].Story, incidents(first[i]), again[i].Story, incidents(again[i]))
		}
	}
	rebuilt := story.NewIndex(story.Options{})
	for _, r := range first[:2] {
		rebuilt.Load(r)
	}
	c := analyse(t, "c", "2024-03-04", outletC)
	rebuilt.Assign(c)
	if c.Story != first[0].Story {
		t.Errorf("after a rebuild, a third report is in story %q, want %q", c.Story, first[0].Story)
	}
}

func incidents(r *annalist.Record) string {
	var s []string
	for _, e := range r.Events {
		s = append(s, e.Incident)
	}
	return strings.Join(s, ",")
}

func describe(ins []*story.Incident) []string {
	var out []string
	for _, in := range ins {
		lo, hi := in.Fatalities()
		out = append(out, fmt.Sprintf("%s %s %s sources=%d dead=%d..%d", in.ID, in.Type, in.Date, in.Sources(), lo, hi))
	}
	return out
}

// Two earthquakes in one country, reported by two outlets each, on the same
// days: the words are the same kind of news, the places, magnitudes and
// tolls tell the happenings apart.
func TestTwoHappeningsOfOneKindStayApart(t *testing.T) {
	x := story.NewIndex(story.Options{})
	recs := []*annalist.Record{
		analyse(t, "q1", "", `A magnitude 6.1 earthquake struck Aceh province in Indonesia on Tuesday, killing 3 people and damaging dozens of homes in Banda Aceh, officials said.`),
		analyse(t, "q2", "", `Three people died when a 6.1 magnitude quake shook Banda Aceh on Tuesday, Indonesia's disaster agency said, and hundreds of residents fled to higher ground.`),
		analyse(t, "p1", "", `A magnitude 5.4 earthquake hit Palu in Central Sulawesi, Indonesia, killing 12 people as houses collapsed, the disaster agency said.`),
		analyse(t, "p2", "", `Twelve people were killed in Palu when a 5.4 magnitude earthquake struck Central Sulawesi, rescuers said, and many buildings were destroyed.`),
	}
	for _, r := range recs {
		x.Assign(r)
	}
	if recs[1].Story != recs[0].Story || recs[3].Story != recs[2].Story {
		t.Errorf("each quake's two reports should be one story: %s %s | %s %s", recs[0].Story, recs[1].Story, recs[2].Story, recs[3].Story)
	}
	if recs[2].Story == recs[0].Story {
		t.Errorf("the Palu quake joined the Aceh quake's story %q", recs[0].Story)
	}
}

// Two cash-van robberies in one region, reported in the same words, are
// two happenings told apart by their sums, however each report writes them.
func TestSumsKeepRobberiesApart(t *testing.T) {
	first := []string{
		`Armed robbers rammed a cash van on the motorway near Lyon on Tuesday and escaped with 3.4 million euros, police said. The guards were unhurt.`,
		`Police are hunting the gang that stole EUR 3.4m from a cash van near Lyon. The robbers used a stolen truck to block the motorway.`,
		`The robbers who seized 3.4 million euros from a security van near Lyon burned their getaway car, police said.`,
	}
	second := []string{
		`Armed robbers rammed a cash van on the motorway near Lyon on Friday and escaped with 250,000 euros, police said. A guard was hurt.`,
		`Detectives said two hundred and fifty thousand euros were taken when a gang blocked a security van with a lorry outside Lyon.`,
		`A guard injured in the 250,000-euro raid on a cash van near Lyon has left hospital, police said.`,
	}
	x := story.NewIndex(story.Options{})
	var recs []*annalist.Record
	for i, body := range append(first, second...) {
		r := analyse(t, fmt.Sprintf("r%d", i), "", body)
		x.Assign(r)
		recs = append(recs, r)
	}
	for _, r := range recs {
		r.Story = x.StoryOf(r.ID)
	}
	for i := 1; i < 3; i++ {
		if recs[i].Story != recs[0].Story {
			t.Errorf("report %d left the 3.4-million robbery's story", i)
		}
	}
	for _, r := range recs[3:] {
		if r.Story == recs[0].Story {
			t.Errorf("%s of the 250,000-euro robbery joined the 3.4-million one's story", r.ID)
		}
	}
}
