package event

import "testing"

// Sentences written for these tests (issue 12, branch lexnames): violent
// and cooperative words whose object is an abstract thing by WordNet's
// first sense (noun.cognition, noun.feeling, noun.attribute, noun.state)
// are figures of speech; the same words aimed at people, groups and places
// stay events.
//
// First run, before any change: 5 of 12 figures of speech reported an
// event (an attack on common sense, supported the idea, fought the boredom,
// shared the frustration, backed the notion); all 3 kept events reported.
// After abstractTarget (political.go): 3 of 12, out of the list below:
// "Fans shared the frustration of the players" (people in the target, left
// an event by design), "supported the idea of longer holidays" (backing
// with an "of" phrase is left: "vouched for the integrity of the
// election"), "backed the notion" ("notions" are also wares in WordNet);
// 3 of 3 kept.

// TestAbstractObject: "attacked the problem", "shared the optimism".
func TestAbstractObject(t *testing.T) {
	for _, s := range []string{
		"The new coach attacked the problem with fresh energy.",
		"Columnists called the tax plan an attack on common sense.",
		"Shareholders shared the optimism of the board after the results.",
		"The author fights the loneliness of old age in her latest novel.",
		"Critics assaulted the logic of the budget.",
		"Residents fought the boredom of the long winter with quiz nights.",
		"The campaign attacked the ignorance that surrounds the disease.",
		"The startup fought the perception that its phones were unsafe.",
		"The company attacked the complexity of its pricing.",
	} {
		noEvent(t, s)
	}
	wantType(t, "The minister vouched for the integrity of the election.", "SUPPORT")
	for s, want := range map[string]string{
		"Troops attacked the town before dawn.":                        "",
		"Police attacked protesters outside the parliament.":           "",
		"The two states shared intelligence on the smuggling network.": "",
	} {
		if len(reportedEvents(s)) == 0 {
			t.Errorf("%q: no event%s", s, want)
		}
	}
}
