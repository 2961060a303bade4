package event_test

import "testing"

// Readings for non-events of markets, medicine, labour relations, polls,
// commemorations, plans and place-named people and things (issue 12,
// branch fa30; extract/event/ACLED.md, fa30 round). Sentences written for
// these tests.

// TestPlaceModifies: a place or a country named before a person or a
// thing ("a Leeds teenager", "a Berlin pensioner") is where it is from, no
// state named as a party; so a charge against it is ordinary crime. A
// state's delegation stays the state's.
func TestPlaceModifies(t *testing.T) {
	noneIn(t, []string{"DISAPPROVE", "COERCE"},
		"A Leeds teenager has been charged with stabbing his neighbour, police said on Tuesday.",
	)
	for _, e := range pipelineEvents("A Berlin pensioner was beaten to death in his flat.") {
		if e.Target != nil && (e.Target.Kind == "government" || e.Target.Kind == "state_forces") {
			t.Errorf("Berlin pensioner coded %s", e.Target.Kind)
		}
	}
	for _, e := range pipelineEvents("The Israeli delegation met Egyptian officials in Cairo on Monday.") {
		if e.Actor != nil && e.Actor.Text == "Israeli delegation" && e.Actor.Kind != "government" {
			t.Errorf("Israeli delegation coded %q, want government", e.Actor.Kind)
		}
	}
}
