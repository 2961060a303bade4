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

// TestDenial: a denial of a report, a rumour or a claim ("denied that",
// "dismissed speculation") is a statement, no REJECT; rejecting an offer
// stays.
func TestDenial(t *testing.T) {
	mentionNone(t, []string{"REJECT"},
		"The central bank denied reports that its governor would step down.",
		"The finance minister dismissed suggestions that the currency would be devalued.",
		"The embassy denied that the ambassador had been recalled.",
	)
	wantIn(t, "The rebels rejected the government's offer of a ceasefire.", "REJECT")
	wantIn(t, "The minister denied accusations that he had taken bribes.", "REJECT")
}

// TestDeparture: someone who departs or leaves for a place travels; troops
// that withdraw stay a RETREAT.
func TestDeparture(t *testing.T) {
	mentionNone(t, []string{"RETREAT"},
		"The prime minister departed for Brussels on Thursday for the summit.",
		"The trade delegation left for Tokyo on Sunday.",
	)
	wantIn(t, "Government troops withdrew from the town after heavy shelling.", "RETREAT")
}

// TestPlanOnThing: a future act of regulation or takeover on a thing,
// with no one reporting it and no armed word, is a plan, no THREATEN; a
// leader who said his troops would seize the border crossing threatens.
func TestPlanOnThing(t *testing.T) {
	mentionNone(t, []string{"THREATEN"},
		"The state will take over the running of the railways next spring.",
		"The province would ban disposable cups from cafes under the new bill.",
	)
	wantIn(t, "The rebel commander said his fighters would seize the airport within days.", "THREATEN")
}

// TestBannedThing: a state's ban on a thing is regulation of goods, no
// SANCTION; a ban on a country's goods stays.
func TestBannedThing(t *testing.T) {
	mentionNone(t, []string{"SANCTION"},
		"The drugs regulator banned the sale of a weight-loss pill after two deaths.",
		"The trade ministry banned the sale of a toy after a safety review.",
	)
	wantIn(t, "The government banned imports of beef from Argentina.", "SANCTION")
	wantIn(t, "The European Union banned imports of Russian oil over the invasion.", "SANCTION")
}
