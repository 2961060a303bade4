package event

import (
	"strings"
	"testing"
)

// Fixes of the review25 round, each on sentences written for it.

// TestForecastAfterPronoun: a possibility told before "..., he warned" is
// a forecast as it is before "..., economists warned"; the speaker's
// pronoun is no pronoun of what is said. One in what is said ("we could")
// keeps the threat.
func TestForecastAfterPronoun(t *testing.T) {
	noEvent(t, "Fighting could spread to the capital, he warned.")
	noEvent(t, "Inflation may soar next year, she warned.")
	wantType(t, "We could strike the capital within days, he warned.", "THREATEN")
}

// TestUndergoneCompound: who suffers an act named by a compound ("a bomb
// attack") undergoes it whichever word of the compound is the trigger;
// parseHeads and parseArguments ask of the same head.
func TestUndergoneCompound(t *testing.T) {
	s := "The convoy suffered a roadside bomb attack near Gao as militants opened fire."
	for _, m := range analyzeLazy(s) {
		if m.Actor != nil && strings.Contains(m.Actor.Text, "convoy") {
			t.Errorf("%q [%s]: actor %q", s, m.Trigger.Text, m.Actor.Text)
		}
	}
}
