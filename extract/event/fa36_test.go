package event_test

import "testing"

// Events that a reading of a state's own acts must keep (branch fa36;
// eval/testdata/judged-reuters36.tsv; extract/event/ACLED.md): acts done to
// another state, by a name of no known kind, or to an unnamed party.
// Every sentence here was written for these tests.
func TestOwnMeasureKeeps(t *testing.T) {
	wantTitled(t, "SANCTION", "", "The European Community imposed sanctions on Syria over the bombing plot, a year after the budget dispute.")
	wantTitled(t, "REJECT", "", "The Soviets rejected the U.S. offer because the 9 dollar per tonne subsidy was too small.")
	wantTitled(t, "REJECT", "", "The Soviets rejected the plan because the 9 dollar per tonne subsidy was too small.")
	wantTitled(t, "DISAPPROVE", "", "The federal education secretary has accused the state of lax school reform.")
	wantTitled(t, "RETREAT", "", "The finance minister resigned on Friday after parliament rejected his budget.")
	wantTitled(t, "THREATEN", "", "The finance minister threatened the unions with a new payroll tax if the strike went on.")
}
