package event_test

import "testing"

// Readings for false alarms of word senses and figures of speech (branch
// fa35; eval/testdata/judged-reuters35.tsv; extract/event/ACLED.md, fa35
// round). Sentences written for these tests.

// TestFigurativeAgent: force is done by parties, places and made things;
// a verb of force whose doer (the subject, a passive's or a participle's
// "by" phrase, or the subject of the clause a participle follows) is by
// WordNet's first sense a phenomenon or a process, a thing owned or
// counted, or an abstract thing is a figure: a slump that hurts, a
// deficit or a climate that forces, pressure that builds up. Troops, an
// army, rebels and police stay doers.
func TestFigurativeAgent(t *testing.T) {
	noneIn(t, []string{"ASSAULT", "COERCE", "FIGHT", "MOBILIZE"},
		"Pressure is building up on the government to cut interest rates.",
		"Indonesia, hurt by a slump in oil prices, is a large debtor.",
		"The budget deficit is rising, forcing the treasury to borrow abroad, he said.",
		"The price climate can quickly deteriorate, forcing the central bank into a tighter policy, the institutes said.",
	)
	wantIn(t, "The army is building up its forces along the northern border.", "MOBILIZE")
	wantIn(t, "Troops opened fire on the crowd, forcing the protesters to flee, witnesses said.", "COERCE")
	wantIn(t, "Farmers were hurt by police during the march on the capital.", "ASSAULT")
	wantIn(t, "Rebels forced the villagers to leave their homes.", "COERCE")
}

// TestPassiveFigurativeObject: a passive's subject is what the force is
// done to, read as an object is: a problem broken up is no party coerced;
// a protest broken up stays.
func TestPassiveFigurativeObject(t *testing.T) {
	noneIn(t, []string{"COERCE", "ASSAULT"}, "In such designs the problem is broken up into many small parts.")
	wantIn(t, "The demonstration was broken up by riot police.", "COERCE")
}

// TestHarmByThing: a verb of harm ([harm]: hurt, injure) with no armed
// word in the sentence whose doer is a mere thing, no party, is a figure:
// a tax system that hurts the economy, sales hurt by snows. Farmers hurt
// by the police, policemen injured in a riot and stones that injure stay.
func TestHarmByThing(t *testing.T) {
	noneIn(t, []string{"ASSAULT"},
		"Sales on the West Coast were hurt by late snows and poor skiing conditions.",
		"The existing sales tax system hurts the Canadian economy, the minister said.",
	)
	wantIn(t, "Farmers were hurt by police during the march on the capital.", "ASSAULT")
	wantIn(t, "The riot injured six policemen.", "ASSAULT")
	wantIn(t, "Stones thrown by the crowd injured six policemen.", "ASSAULT")
}
