package event

import (
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/text"
)

// Sentences that report no political event, written for this test in the
// manner of news and web pages (none from an evaluation set): disasters,
// accidents, disease, ordinary crime, claims of responsibility, comment
// policies and instructions to the reader. None may yield an event that
// the exports list.
var notEvents = []string{
	"A magnitude 6.8 earthquake killed at least 120 people in the mountains on Friday.",
	"Floods destroyed hundreds of homes and killed 14 people across the province.",
	"Two people were killed when a bus collided with a lorry on the motorway.",
	"Three miners died after a tunnel collapsed at the coal mine.",
	"The cholera outbreak has killed 45 people since March, health officials said.",
	"A man was stabbed to death during a robbery at a petrol station on Sunday night.",
	"Police said the suspect shot his neighbour after a dispute over parking.",
	"No group has claimed responsibility for the attack.",
	"The Islamic State group claimed responsibility for the bombing in a statement.",
	"Please report offensive comments to the moderators.",
	"Do not write in block capitals and keep your comments civil.",
	"Comments that attack other readers will be removed.",
	"Click here to subscribe to our newsletter.",
	"Sign up for our free daily briefing.",
	"The president swears in the new cabinet on Monday.",
	"A bus plunged into a ravine, killing 25 passengers.",
	"Two men were arrested for stealing cattle in the district.",
	"The militia claimed it had shot down an army helicopter near the border.",
	"The rebels denied any involvement in the bombing of the market.",
	"A cyclist was killed in a hit-and-run on the ring road.",
	"The insurgents said their commander was behind the ambush.",
	"You must be logged in to post a comment.",
}

// Sentences that do report one, to keep the filters honest.
var areEvents = map[string]string{
	"Gunmen killed five villagers in an attack on Tuesday.":              "ASSAULT",
	"Police fired tear gas at protesters in the capital.":                "COERCE",
	"Soldiers clashed with rebels near the border, killing 12 fighters.": "FIGHT",
	"A roadside bomb killed three soldiers on patrol.":                   "ASSAULT",
	"Thousands of demonstrators marched through the city on Saturday.":   "PROTEST",
	"Security forces arrested 40 opposition activists overnight.":        "COERCE",
}

func reportedEvents(s string) []annalist.Event {
	d := text.Analyze(s, "2024-03-01")
	r := &annalist.Record{Text: s, Published: "2024-03-01"}
	New().Extract(d, r)
	var out []annalist.Event
	for _, e := range r.Events {
		if e.Modality == "" {
			out = append(out, e)
		}
	}
	return out
}

func TestNoFalseAlarms(t *testing.T) {
	for _, s := range notEvents {
		if es := reportedEvents(s); len(es) > 0 {
			t.Errorf("%q: got %s [%s]", s, es[0].Type, es[0].Trigger.Text)
		}
	}
	for s, want := range areEvents {
		found := false
		for _, e := range reportedEvents(s) {
			found = found || e.Type == want
		}
		if !found {
			t.Errorf("%q: no %s event in %+v", s, want, reportedEvents(s))
		}
	}
}

// TestPossessivePatient: a person's arrest is done to the person.
func TestPossessivePatient(t *testing.T) {
	for _, e := range reportedEvents("Protests erupted as a result of Khan's arrest.") {
		if e.Type == "COERCE" && (e.Actor != nil || e.Target == nil || e.Target.Text != "Khan") {
			t.Errorf("arrest: actor %+v target %+v", e.Actor, e.Target)
		}
	}
}

// TestUnattested: a violent or contentious trigger whose arguments name no
// party and whose sentence shows nothing political is dropped; one with
// evidence, or with no arguments to judge, stays.
func TestUnattested(t *testing.T) {
	for _, s := range []string{
		"Copper prices rallied in late trading on Friday.",
		"The insurer fought off a takeover bid from a rival group.",
		"The contract has a strike price of 12 dollars a share.",
	} {
		for _, e := range reportedEvents(s) {
			if contentious[e.Type] {
				t.Errorf("%q: got %s [%s]", s, e.Type, e.Trigger.Text)
			}
		}
	}
	for s, want := range map[string]string{
		"A bomb exploded in a crowded market, killing 15 people.": "ASSAULT",
		"Thousands marched through the capital on Sunday.":        "PROTEST",
		"Fierce fighting raged in the city on Monday.":            "FIGHT",
		"Dockers went on strike at the port over pay.":            "PROTEST",
	} {
		found := false
		for _, e := range reportedEvents(s) {
			found = found || e.Type == want
		}
		if !found {
			t.Errorf("%q: no %s event", s, want)
		}
	}
}
