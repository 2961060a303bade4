package event

import "testing"

// Readings of issue 12's second recall round (branch recall2): classes of
// gold events that eval/testdata/recall-conll2.tsv showed missed or
// mistyped, each tested on sentences written for it, not taken from the
// gold file's documents or any evaluation set.

// checkHasEvent wants an event of the type on the trigger among those
// the sentence gives (beside others: the criticised act is an event too).
func checkHasEvent(t *testing.T, cases [][3]string) {
	t.Helper()
	for _, c := range cases {
		evs := parsedEvents(c[2])
		ok := false
		for _, e := range evs {
			if e.Type == c[0] && e.Trigger.Text == c[1] {
				ok = true
			}
		}
		if !ok {
			var got []string
			for _, e := range evs {
				got = append(got, e.Type+" "+e.Trigger.Text)
			}
			t.Errorf("%q: events %v, want %s on %q", c[2], got, c[0], c[1])
		}
	}
}

// A critic of a policy, a war or a state criticises it: the agent noun
// is DISAPPROVE, as a protester's noun is PROTEST; the trigger is the
// noun with its "of" phrase (bare critics may review films).
func TestCriticAgentNoun(t *testing.T) {
	checkHasEvent(t, [][3]string{
		{"DISAPPROVE", "critics of", "Norway has been one of the sharpest critics of the junta's crackdown on the press."},
		{"DISAPPROVE", "Critics of", "Critics of the land reform say it will ruin small farmers."},
		{"DISAPPROVE", "critic of", "The senator, a longtime critic of the border treaty, voted against it on Friday."},
	})
}

// A state, a party or a union that wants an act or a measure demands it
// (PLOVER DEMAND) when an act is named (a noun of an act, a participle
// after the object); what it wants is only wanted. "Want to" is an
// intent; people of no political kind who want something, and a party
// that wants no act, only wish.
func TestWantDemand(t *testing.T) {
	checkHasEvent(t, [][3]string{
		{"DEMAND", "want", "Dock workers' unions want a renegotiation of the port contract."},
		{"DEMAND", "wanted", "The ministry wanted the two refugee camps closed before the vote."},
		{"DEMAND", "wants", "The opposition wants the interior minister's resignation."},
	})
	for _, s := range []string{
		"Most shoppers want cheaper bread, the survey found.",
		"He wants to win the title again next year.",
		"Hanoi wants market forces to set the price of rice.",
	} {
		for _, e := range parsedEvents(s) {
			if e.Type == "DEMAND" {
				t.Errorf("%q: DEMAND on %q, want none", s, e.Trigger.Text)
			}
		}
	}
}

// Opposition to or over a policy or an act is its disapproval (CAMEO 11,
// express opposition); the bare noun names the parties out of power.
func TestOppositionToDisapprove(t *testing.T) {
	checkHasEvent(t, [][3]string{
		{"DISAPPROVE", "opposition to", "Moscow's opposition to the enlargement of the alliance is well known."},
		{"DISAPPROVE", "opposition over", "The envoy faces the junta's continuing opposition over the number of monitors."},
	})
	for _, e := range parsedEvents("The leader of the opposition met the president on Monday.") {
		if e.Type == "DISAPPROVE" {
			t.Errorf("the opposition's leader: DISAPPROVE on %q", e.Trigger.Text)
		}
	}
}

// "What it comes down to", "came down to a question": amounting to
// something is no visit (CAMEO's "come * to", CONSULT, matched across
// "down").
func TestComeDownTo(t *testing.T) {
	for _, e := range parsedEvents("What it all comes down to, the minister said, is money for the schools.") {
		if e.Type == "CONSULT" {
			t.Errorf("comes down to: CONSULT on %q", e.Trigger.Text)
		}
	}
	checkHasEvent(t, [][3]string{
		{"CONSULT", "came to", "The president came to Paris for talks with the prime minister."},
	})
}

// A plural threat or warning after a verb ("issued threats of a walkout",
// "faces warnings of a strike") is the verb's object, not a warning named
// by a thing before it ("a storm warning", thingWarning): the threat
// stays, as after the singular with its article.
func TestPluralThreatsOf(t *testing.T) {
	checkHasEvent(t, [][3]string{
		{"THREATEN", "threats", "Two junior coalition parties issued threats of a walkout over the budget."},
		{"THREATEN", "warnings", "The prime minister faces warnings of more pullouts by his coalition partners."},
	})
	for _, s := range []string{"Forecasters issued storm warnings for the coast on Sunday.", "The carmaker issued a profit warning on Monday."} {
		for _, e := range parsedEvents(s) {
			if e.Type == "THREATEN" {
				t.Errorf("%q: THREATEN on %q, want none", s, e.Trigger.Text)
			}
		}
	}
}
