package event

import "testing"

// Readings prompted by the false alarms of the second judged TimeBank sample
// (eval/testdata/judged-timebank2.tsv); every sentence here was written for
// this test.

// TestLightVerbIndefiniteObject: a dictionary light verb ("take") with an
// indefinite object names the object's act ("took a charge", "took a
// detour"), no seizure; a place or a person taken stays one, and an event
// noun as the object carries its own event.
func TestLightVerbIndefiniteObject(t *testing.T) {
	noneOf(t, []string{"COERCE", "FIGHT"},
		"The governor took a sharp turn away from his earlier stance on taxes this week.",
		"The ministry took a $40 million charge for closing two state farms.",
		"The parliament took a detour from its usual business to honour the veterans.",
	)
	someOf(t, map[string]string{
		"Rebels took the town of Ardal on Tuesday after heavy fighting.":      "FIGHT",
		"The army imposed a curfew on the capital after the riots on Friday.": "COERCE",
	})
}
