package event_test

import "testing"

// Readings for a state's own acts judged false alarms on 1987 Reuters
// newswire (branch fa36; eval/testdata/judged-reuters36.tsv;
// extract/event/ACLED.md). Every sentence here was written for these tests.

// TestOwnMeasureOtherTypes: a state's inquiry or talks done to no party in
// a sentence of its budget, taxes or legislation are its own act; force,
// refusal, criticism, withdrawal, threats and acts done to another state
// or to a party stay.
func TestOwnMeasureOtherTypes(t *testing.T) {
	for _, c := range []struct{ typ, s string }{
		{"CONSULT", "The cabinet met on Monday to discuss the budget deficit."},
		{"INVESTIGATE", "The premier said the province will have to improve auditing and the tax system at the municipal level."},
	} {
		noneOfTitled(t, []string{c.typ}, "", c.s)
	}
	wantTitled(t, "SANCTION", "", "The European Community imposed sanctions on Syria over the bombing plot, a year after the budget dispute.")
	wantTitled(t, "REJECT", "", "The Soviets rejected the U.S. offer because the 9 dollar per tonne subsidy was too small.")
	wantTitled(t, "REJECT", "", "The Soviets rejected the plan because the 9 dollar per tonne subsidy was too small.")
	wantTitled(t, "DISAPPROVE", "", "The federal education secretary has accused the state of lax school reform.")
	wantTitled(t, "RETREAT", "", "The finance minister resigned on Friday after parliament rejected his budget.")
	wantTitled(t, "THREATEN", "", "The finance minister threatened the unions with a new payroll tax if the strike went on.")
}
