package event

import "testing"

// Readings prompted by the false alarms of the fourth judged CoNLL-2003
// sample (eval/testdata/judged-conll20.tsv); every sentence here was written
// for this test.

// TestPersonPlural: a trigger word read as a plural noun whose first WordNet
// sense is a person names people ("exiles", "conscripts"), not the act; the
// verb and the act's own noun stay.
func TestPersonPlural(t *testing.T) {
	noneOf(t, []string{"COERCE", "MOBILIZE"},
		"The ministry blamed the killings of two Chilean exiles in Paris on a rogue unit.",
		"Exiles living in London held a vigil outside the embassy on Sunday.",
		"The young conscripts complained about the food at the camp.",
	)
	someOf(t, map[string]string{
		"The military junta exiled the former president to a remote island.": "COERCE",
		"The regime exiles its critics to the desert provinces.":             "COERCE",
	})
}
