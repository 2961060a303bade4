package event_test

import "testing"

// Readings for false alarms of force used of corporate contests and
// criticism (branch fa37; eval/testdata/judged-reuters35.tsv; ACLED.md,
// fa35 round). Sentences written for these tests.

// TestAttackedAsJudgement: a verb of force whose object is followed by
// "as" and an adjective judges it ("attacked the quotas as unfair"): a
// criticism, not a blow. "As" before a clause ("as they fled") tells when
// the blow fell, and the attack stays.
func TestAttackedAsJudgement(t *testing.T) {
	noneIn(t, []string{"ASSAULT", "FIGHT"},
		"Exporters attacked the new quotas as unfair, saying they would cost thousands of jobs.",
		"The union attacked the budget as reckless and short-sighted.",
		"Several bankers attacked the plan as too costly for small lenders.",
		"Exporters attacked the new quotas as unfair, saying they were a hasty answer to pressure from Brussels.",
		"Dealers attacked the rules as unworkable, calling them a rushed reply to demands from Tokyo.",
	)
	wantIn(t, "Police attacked the marchers as they fled towards the square, witnesses said.", "ASSAULT")
	wantIn(t, "Rebels attacked the convoy as it crossed the bridge.", "ASSAULT")
}
