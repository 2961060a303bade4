package event

import (
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/syntax"
)

// Readings prompted by the false alarms judged on 1996 Reuters world news
// (eval/testdata/judged-conll.tsv); every sentence here was written for
// this test.

// titledEvents extracts body under headline title with the embedded
// parser and keeps the events reported as having happened.
func titledEvents(title, body string) []annalist.Event {
	return titledReported(title, body, syntax.Lazy)
}

// TestSportStory: in a story whose headline names a sport, players and
// teams named as people and countries do the game's things; a party named
// in common words, or anything armed, is politics still.
func TestSportStory(t *testing.T) {
	for _, c := range []struct{ title, body string }{
		{"GOLF - Okafor holds nerve in Lisbon", "Okafor, who beat Larsen in a play-off last spring, finished two shots clear."},
		{"BASEBALL - Hawks edge Pilots", "Moreno allowed two runs over seven innings and struck out nine."},
		{"Cycling: Dutchman pulls out of tour", "Van Rijn pulled out on the fourth stage with a knee injury."},
		{"RUGBY UNION - Fiji stun Wales", "Fiji restricted Wales to a single try in the second half."},
		{"Tennis - Kovac through to semis", "Sweden's Lind surrendered her serve three times in the opening set."},
		{"TENNIS - TWO SEEDS FALL IN NEW YORK", "Women's fourth seed Ana Petrova pulled out with a wrist injury."},
	} {
		if evs := titledEvents(c.title, c.body); len(evs) > 0 {
			t.Errorf("%q / %q: got %s %q, want no event", c.title, c.body, evs[0].Type, evs[0].Trigger.Text)
		}
	}
	for _, c := range []struct{ title, body, want string }{
		{"SOCCER - Club chief banned for headbutt", "Dock workers led by the club's owner rioted in the port on Monday, smashing shop windows.", "PROTEST"},
		{"Soccer: Club owner fined", "Miners led by Petrescu rioted in the capital on Monday.", "PROTEST"},
		{"CRICKET - Tour goes ahead under guard", "Gunmen attacked the team bus on the road from the airport, killing a driver.", "ASSAULT"},
		{"Ghana beat Togo 2-1", "Police arrested the opposition leader in Accra on Monday.", "COERCE"},
		// A headline's verb that is also a sport's name tells of no sport.
		{"Government vows to squash dissent", "Mobs torched three churches in the north on Monday.", "PROTEST"},
	} {
		evs := titledEvents(c.title, c.body)
		if !hasType(evs, c.want) {
			t.Errorf("%q / %q: got %v, want a %s", c.title, c.body, typesOf(evs), c.want)
		}
	}
}

func hasType(evs []annalist.Event, t string) bool {
	for _, e := range evs {
		if e.Type == t {
			return true
		}
	}
	return false
}

func typesOf(evs []annalist.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.Type+" "+e.Trigger.Text)
	}
	return out
}

// TestOrdinaryCrimeByAuthorities: the authorities and prosecutors act on
// ordinary crime as the police and courts do, and sexual crime on private
// people is ordinary crime; an arrest of a political figure, or of people
// of a party word, stays.
func TestOrdinaryCrimeByAuthorities(t *testing.T) {
	for _, s := range []string{
		"Provincial authorities arrested and charged a retired teacher for molesting three schoolchildren, a prosecutor said on Monday.",
		"Prosecutors charged a hotel owner with indecency on Tuesday.",
		"A retired bus driver was convicted of molesting four boys over a decade.",
	} {
		if evs := parsedEvents(s); len(evs) > 0 {
			t.Errorf("%q: got %v, want no event", s, typesOf(evs))
		}
	}
	for s, want := range map[string]string{
		"Authorities arrested the opposition leader in the capital on Monday.": "COERCE",
		"Authorities arrested 12 activists on fraud charges after the rally.":  "COERCE",
	} {
		evs := parsedEvents(s)
		if want != "" && !hasType(evs, want) {
			t.Errorf("%q: got %v, want a %s", s, typesOf(evs), want)
		}
	}
}

// TestEconomicQuantities: cutting a rate or a deficit is an economic
// measure, no sanction; a state's cut in aid stays.
func TestEconomicQuantities(t *testing.T) {
	for _, s := range []string{
		"The state savings bank said it was cutting its mortgage lending rate by half a point from Monday.",
		"He advocated tough measures against trading partners to cut the country's trade deficit.",
	} {
		if evs := parsedEvents(s); len(evs) > 0 {
			t.Errorf("%q: got %v, want no event", s, typesOf(evs))
		}
	}
	if s, evs := "Washington cut military aid to the junta on Friday.", parsedEvents("Washington cut military aid to the junta on Friday."); !hasType(evs, "SANCTION") {
		t.Errorf("%q: got %v, want a SANCTION", s, typesOf(evs))
	}
}

// TestVerbalIntentNoThreat: an intention to appeal, complain or ask
// threatens nothing; an intention to use force is a threat.
func TestVerbalIntentNoThreat(t *testing.T) {
	for _, s := range []string{
		"The former mayor is expected to appeal against the sentence.",
		"The opposition plans to complain to the electoral commission about the count.",
	} {
		if evs := parsedEvents(s); len(evs) > 0 {
			t.Errorf("%q: got %v, want no event", s, typesOf(evs))
		}
	}
	if s, evs := "The rebels said they were ready to attack the garrison.", parsedEvents("The rebels said they were ready to attack the garrison."); !hasType(evs, "THREATEN") {
		t.Errorf("%q: got %v, want a THREATEN", s, typesOf(evs))
	}
}

// TestNamedKinds: a trigger word inside the name of a kind of thing (a
// weapon, an office, a religious order) reports no event.
func TestNamedKinds(t *testing.T) {
	for _, s := range []string{
		"The guerrillas, who paraded with assault rifles through the market town in May, say they number 5,000.",
		"The Kremlin press service said the minister had been discharged from hospital.",
		"The Sisters of Mercy, a religious order founded in 1831, run schools across the region.",
	} {
		if evs := parsedEvents(s); len(evs) > 0 {
			t.Errorf("%q: got %v, want no event", s, typesOf(evs))
		}
	}
	if s, evs := "Troops fired rocket-propelled grenades at the convoy, killing four.", parsedEvents("Troops fired rocket-propelled grenades at the convoy, killing four."); len(evs) == 0 {
		t.Errorf("%q: got no event, want one", s)
	}
}
