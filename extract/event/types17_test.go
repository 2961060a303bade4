package event

import (
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/syntax"
	"github.com/annalist/annalist/text"
	"github.com/annalist/annalist/timex"
)

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

// A strike or march called for a day after the report has not happened:
// calling it threatens protest (CAMEO 133). One staged is a protest.
func TestCalledForLater(t *testing.T) {
	for s, want := range map[string]string{
		"Bus drivers on Tuesday called a two-day strike starting March 14 to press for back pay, their union said.": "THREATEN",
		"The opposition alliance announced a general strike for March 20 over the disputed election.":               "THREATEN",
		"Bus drivers staged a two-day strike on Tuesday to press for back pay, their union said.":                   "PROTEST",
	} {
		d := text.Analyze(s, "2024-03-01")
		d.Parser = syntax.Lazy
		r := &annalist.Record{Text: s, Published: "2024-03-01"}
		timex.Extractor{}.Extract(d, r) // the dates, as the pipeline finds them
		New().Extract(d, r)
		var got []string
		for _, e := range r.Events {
			if e.Modality == "" && (e.Type == "PROTEST" || e.Type == "THREATEN") {
				got = append(got, e.Type)
			}
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: got %v, want %s", s, got, want)
		}
	}
}

// Stones thrown at police are rioting (CAMEO 145), and setting something
// alight is setting it on fire.
func TestStoneThrowing(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"PROTEST", "Youths threw stones at police in the old city on Friday."},
		{"PROTEST", "Hundreds of students threw stones and bottles at riot police outside the university."},
		{"COERCE", "Soldiers set the village alight on Monday."},
	})
}

// A person questioned about or over a matter is interrogated (CAMEO 09);
// questioning the legality of something stays criticism.
func TestQuestionedAbout(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"INVESTIGATE", "A senate committee questioned the army chief about the purchase of jets."},
		{"INVESTIGATE", "Prosecutors questioned two suspects in connection with the bombing."},
		{"DISAPPROVE", "Lawmakers questioned the legality of the decree."},
	})
}
