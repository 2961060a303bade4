package event_test

import "testing"

// Readings for non-events of regulation, inquiries, standing states,
// travel and denials (issue 12, branch fa29; extract/event/ACLED.md, fa29
// round). Sentences written for these tests.

// TestStandingState: a sanction, a treaty or an exile that holds ("remain
// in force", "has lived in exile") is a condition, no act; sanctions
// imposed and a leader forced into exile are acts.
func TestStandingState(t *testing.T) {
	noneIn(t, []string{"SANCTION", "AGREE", "COERCE"},
		"The trade embargo on Cuba remains in force, officials said.",
		"The peace accord has been in force since 2002.",
		"The poet, who lived in exile in Paris for twenty years, died on Sunday.",
	)
	wantIn(t, "The European Union imposed sanctions on Belarus over the crackdown.", "SANCTION")
}

// TestInquiryIntoMishap: an inquiry by the police or investigators into
// an accident or a blast that a cause names is no political
// investigation; an inquiry into a bombing by rebels stays.
func TestInquiryIntoMishap(t *testing.T) {
	noneIn(t, []string{"INVESTIGATE"},
		"Police launched an investigation into a boiler explosion at a hotel in Lyon.",
		"Police are investigating a fire that gutted a block of flats in Glasgow.",
	)
	wantIn(t, "Police are investigating a bomb attack by separatist rebels on a bus station.", "INVESTIGATE")
}
