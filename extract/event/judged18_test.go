package event

import (
	"slices"
	"testing"
)

// Readings prompted by the false alarms judged on TimeBank's documents
// (eval/testdata/judged-timebank.tsv); every sentence here was written for
// this test.

// TestEsPlural: "-es" is a suffix of its own only after a sibilant or an
// "o"; "aides" are a minister's staff, no aid.
func TestEsPlural(t *testing.T) {
	for w, want := range map[string]string{"clashes": "clash", "taxes": "tax", "vetoes": "veto", "marches": "march", "pledges": "pledge", "aides": "aide"} {
		if !slices.Contains(lemmas(w), want) {
			t.Errorf("lemmas(%q) = %v, want %q among them", w, lemmas(w), want)
		}
	}
	if l := lemmas("aides"); slices.Contains(l, "aid") {
		t.Errorf("lemmas(aides) = %v, want no aid", l)
	}
	noneOf(t, []string{"AID"},
		"The governor's aides met reporters on Tuesday to discuss the budget.",
		"A handful of senior aides were waiting for the verdict.",
	)
	someOf(t, map[string]string{
		"The European Union aids the refugees with food and tents.": "AID",
		"Japan delivered new aid to the flood victims.":             "AID", // pledged aid is a promise, AGREE (types17)
	})
}

// TestPrepositionModifier: a bare verb form after a preposition and before
// a noun, read as a noun or an adjective, modifies the noun; the verb
// stays a verb.
func TestPrepositionModifier(t *testing.T) {
	noneOf(t, []string{"RETREAT"},
		"The convoy was slowed by desert heat and sandstorms.",
		"Farmers in the south complained of desert dust blowing over their fields.",
	)
	someOf(t, map[string]string{
		"Dozens of conscripts deserted their posts on the border on Monday.": "RETREAT",
	})
}

// TestStrikingIdioms: "within striking distance" is a reach and "striking
// a blow for" a stand; no strike and no blow. A strike stays one.
func TestStrikingIdioms(t *testing.T) {
	noneOf(t, []string{"PROTEST", "ASSAULT", "FIGHT"},
		"The warships are within striking distance of the coast.",
		"The mayor said the ruling was striking a blow for fairness.",
		"Campaigners said the new law struck a blow against secrecy.",
	)
	someOf(t, map[string]string{
		"Dock workers went on strike on Monday over unpaid wages.":  "PROTEST",
		"Gunmen struck a police post near the border, killing two.": "ASSAULT",
	})
}
