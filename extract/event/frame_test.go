package event

import (
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/syntax"
	"github.com/annalist/annalist/text"
)

// TestOutsideNews: plots of works, history decades back, drills and
// tallies won report no violent or contentious event; the same violence as news does. Sentences
// written for this test (none from an evaluation set or a snippet file).
func TestOutsideNews(t *testing.T) {
	for _, s := range []string{
		"In the series, a rebel commander ambushes a convoy and kills its escort.",
		"The thriller follows a police officer who shoots a gang leader in Lagos.",
		"The new war film, shot in Jordan, shows soldiers storming a village.",
		"Fifty years ago, troops crushed the uprising in the capital.",
		"Scholars disagree over how many rebels were killed at the siege of the fort in 1857.",
		"Marines carried out beach landing drills near Okinawa, firing rockets at mock targets.",
		"The opposition alliance captured 40 of the 75 seats in the regional assembly.",
	} {
		noContentious(t, s)
	}
	for s, want := range map[string]string{
		"Troops crushed the uprising in the capital on Friday, killing 12 people.": "ASSAULT",
		"The film's director was arrested by police in Tehran on Tuesday.":         "COERCE",
		"Rebels killed 30 villagers in 2019, a report published on Monday said.":   "ASSAULT",
		"Rebels captured the town of Kalemie after two days of fighting.":          "FIGHT",
		"Police detained 14 protesters during a demonstration in Minsk on Sunday.": "COERCE",
	} {
		wantType(t, s, want)
	}
}

// TestRememberedParticiple: soldiers killed long ago whom people honour
// are remembered, not reported killed.
func TestRememberedParticiple(t *testing.T) {
	s := "Thousands gathered in Dublin on Sunday to commemorate volunteers executed after the rising."
	for _, e := range reportedEvents(s) {
		if e.Type == "ASSAULT" || e.Type == "FIGHT" {
			t.Errorf("%q: %s event %q", s, e.Type, e.Trigger.Text)
		}
	}
}

// TestNobodyNegates: "no one was hurt" reports no one hurt.
func TestNobodyNegates(t *testing.T) {
	for _, e := range reportedEvents("Rebels set fire to 30 huts in the camp, though no one was hurt, aid workers said.") {
		if e.Type == "ASSAULT" {
			t.Errorf("an ASSAULT reported: %+v", e)
		}
	}
}

// TestArmedNames: a named army of no state is a rebel group, people the
// sentence calls armed an armed group, a state's army its forces.
func TestArmedNames(t *testing.T) {
	for s, want := range map[string]string{
		"The Kachin Independence Army attacked a police post near Myitkyina.":  "rebels",
		"Armed youths attacked a bus near Kajo Keji, killing four passengers.": "political_militia",
		"The Israeli Army raided the town of Jenin on Monday.":                 "state_forces",
	} {
		found := false
		for _, e := range reportedEvents(s) {
			if e.Actor != nil {
				found = true
				if e.Actor.Kind != want {
					t.Errorf("%q: actor %q kind %q, want %q", s, e.Actor.Text, e.Actor.Kind, want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no event with an actor", s)
		}
	}
}

// TestSeizedPerson: a place word that qualifies a person is no place, and
// an armed group that seizes a person abducts him.
func TestSeizedPerson(t *testing.T) {
	s := "Militants seized a village headman near Wana and took him into the mountains."
	es := reportedEvents(s)
	if a := SnippetACLED(s, es); a == nil || a.SubEventType != "Abduction/forced disappearance" {
		t.Errorf("%q: ACLED %+v, events %+v", s, a, es)
	}
}

// TestHeadlinePassive: a headline's bare participle is passive, the
// subject its patient.
func TestHeadlinePassive(t *testing.T) {
	s := "Student leaders detained in Harare"
	es := reportedEvents(s)
	if len(es) == 0 || es[0].Type != "COERCE" || es[0].Target == nil || es[0].Actor != nil {
		t.Errorf("%q: %+v", s, es)
	}
	if a := SnippetACLED(s, es); a == nil || a.SubEventType != "Arrests" {
		t.Errorf("%q: ACLED %+v", s, a)
	}
}

// TestQuantifierOpening: "At least 12 people were killed, ..." opens with
// no fronted phrase; the killing is the main event.
func TestQuantifierOpening(t *testing.T) {
	s := "At least 12 people were shot dead in the village, a local official said, accusing the army."
	d := analyzeLazy(s)
	if k := Main(d); k < 0 || d[k].Type != "ASSAULT" {
		t.Errorf("%q: main %d of %+v", s, k, d)
	}
}

// analyzeLazy finds the mentions of s with the pipeline's lazy parser, as
// annalist eval events reads a sentence.
func analyzeLazy(s string) []Mention {
	d := text.Analyze(s, "2024-03-01")
	d.Parser = syntax.Lazy
	return Mentions(d, &annalist.Record{Text: s, Published: "2024-03-01"})
}

// TestCrowdInDisaster: in a story whose lead tells of a stampede or a
// disaster, a crowd that crushed or trampled people is the crush, not a
// riot, and whoever died in it died in the disaster; a mob's beating there,
// a crush in a story of protest, and soldiers who died in an ambush stay
// events. Sentences written for this test.
func TestCrowdInDisaster(t *testing.T) {
	for _, p := range []text.Parser{nil, syntax.Lazy} {
		for _, s := range []string{
			"Eleven fans died in a stampede at the stadium in Lusaka on Saturday. Many were trampled by the crowd as it rushed for the exits.",
			"At least 30 people died when a bridge collapsed during the festival. Others were crushed by the crowd pushing from behind.",
			"Three soldiers died in a helicopter crash in the mountains on Tuesday, the army said.",
		} {
			for _, e := range eventsAsReported(s, p) {
				if contentious[e.Type] {
					t.Errorf("%q: %s event %q", s, e.Type, e.Trigger.Text)
				}
			}
		}
	}
	for s, want := range map[string]string{
		"Two people died in a bus crash near Kisumu on Monday. An angry mob beat the driver and set the bus on fire.":   "ASSAULT",
		"Police fired tear gas at protesters in the capital on Friday. A crowd trampled two policemen near the palace.": "PROTEST",
		"Four soldiers died in an ambush by rebels near the border on Tuesday.":                                         "FIGHT",
	} {
		wantType(t, s, want)
	}
}

// TestInfinitiveOnObject: an infinitive on a verb's object is done by the
// verb's subject, with the parse and without it. Sentences written for
// this test.
func TestInfinitiveOnObject(t *testing.T) {
	checkArgs(t, map[string][3]string{
		"The government launched a drive to arrest tax evaders.":                {"arrest", "government", "tax evaders"},
		"Kenyan police began an operation to disarm cattle raiders in Baringo.": {"disarm", "Kenyan police", "cattle raiders"},
	})
}
