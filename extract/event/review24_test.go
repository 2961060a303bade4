package event

import "testing"

// TestPluralPartyNoun checks the singular the re-parse of a plural noun of
// people gives the parser as its lemma: the lemma, not the word less its
// last letter ("bosses" in agents.txt is "boss").
func TestPluralPartyNoun(t *testing.T) {
	for w, want := range map[string]string{
		"gunmen": "gunman", "nurses": "nurse", "bosses": "boss", "businesses": "business",
		"militias": "militia", "s": "", "es": "", "men": "man", "boss": "", "": "",
	} {
		if got := pluralPartyNoun(w); got != want {
			t.Errorf("pluralPartyNoun(%q) = %q, want %q", w, got, want)
		}
	}
}
