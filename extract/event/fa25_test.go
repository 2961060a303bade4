package event

import "testing"

// Readings of branch fa25 (issue 12, false alarms on check25.txt's
// classes), each on sentences written for it, not the snippets'.

// TestSupposedNoun: a noun in a condition, or one said to be able to
// break out or spread, is supposed, not reported; a strike that could last
// a week is going on.
func TestSupposedNoun(t *testing.T) {
	noEvent(t, "If the truce breaks down, the refugees will not be able to go home, aid agencies said.")
	noEvent(t, "Diplomats fear that riots could erupt in the capital after the vote.")
	noEvent(t, "Clashes could break out along the border if talks fail, the think tank warned.")
	wantType(t, "Riots broke out in the capital after the vote, police said.", "PROTEST")
}

// TestRiseInTrade: violence "in" what is traded or priced is a sudden
// rise or fall; an explosion in a market place is a blast.
func TestRiseInTrade(t *testing.T) {
	noEvent(t, "Cheap loans caused an explosion in car sales last year.")
	wantType(t, "An explosion in a crowded market in Quetta killed six people.", "ASSAULT")
}

// TestSimulatedAttack: violence in a sentence of a simulation is practice.
func TestSimulatedAttack(t *testing.T) {
	noEvent(t, "The emergency services ran a simulation of a gun attack on the stadium.")
	wantType(t, "A bomb attack on the metro killed four commuters.", "ASSAULT")
}

// TestForecastAfter: a possibility told before "..., economists warned"
// is a forecast; a group's warning of what it will do is a threat.
func TestForecastAfter(t *testing.T) {
	noEvent(t, "Food prices could double and riots might follow, economists warned.")
	wantType(t, "The rebels will attack the capital if the army advances, the group warned.", "THREATEN")
}

// TestProtestWork: a protest word before a work names its kind; before
// a staged protest, it is one.
func TestProtestWork(t *testing.T) {
	noEvent(t, "The band's protest songs were played at the singer's funeral in Harare.")
	wantType(t, "Opposition supporters staged a protest outside the parliament in Accra.", "PROTEST")
}
