package event

import "testing"

// Readings of issue 12's twelfth round (branch types17), each tested on
// sentences written for it, not taken from testdata/plover/check20.txt or
// any judged sample.

// A noun heading the object of a threat, offer, demand or refusal
// ("threatened new sanctions", "threatened a boycott") or a noun
// governor's "of" phrase ("a threat of strikes", "an offer of aid") is
// what is threatened or offered: not reported as done.
func TestGovernedObjectNoun(t *testing.T) {
	noneOf(t, []string{"SANCTION", "PROTEST", "AID"},
		"The Gulf states have threatened economic sanctions against the rebel leaders if the fighting resumes.",
		"Opposition parties threatened a boycott of the municipal elections on Monday.",
		"The dockers' union issued a threat of strikes at all the country's ports on Friday.",
	)
	checkParsedMainTypes(t, [][2]string{
		{"THREATEN", "Opposition parties threatened a boycott of the municipal elections on Monday."},
		{"THREATEN", "Washington has threatened economic sanctions against the rebel leaders."},
	})
}

// Ending or concluding a round of talks reports the talks (CAMEO 04);
// breaking them off stays a sanction (CAMEO 164).
func TestEndedTalks(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"CONSULT", "Trade ministers of the two blocs ended three days of talks in Brussels on Friday, delegates said."},
		{"CONSULT", "The foreign ministers concluded a two-day meeting in Oslo on Tuesday after discussing fishing quotas."},
		{"SANCTION", "The government broke off talks with the rebels on Monday after the bombing."},
	})
}

// A visit by inspectors or investigators is their inspection (CAMEO 09).
func TestInspectorsVisit(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"INVESTIGATE", "Nuclear inspectors visited the enrichment plant on Wednesday, the agency said."},
		{"INVESTIGATE", "Investigators from the prosecutor's office visited the barracks on Monday."},
		{"CONSULT", "The foreign minister visited the plant on Wednesday."},
	})
}

// Backing away from a position concedes it; it is no support.
func TestBackAway(t *testing.T) {
	noneOf(t, []string{"SUPPORT"},
		"The governors accused the ministry of trying to back away from its promise of funding for rural clinics.",
	)
}
