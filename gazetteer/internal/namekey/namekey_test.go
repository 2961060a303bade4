package namekey

import (
	"math/rand/v2"
	"testing"
)

// Key gives back an ASCII string that is a key already, and builds the
// same key as the rest of the code does for every other.
func TestKeyUnchangedAsBuilt(t *testing.T) {
	cases := []string{"", " ", "new york", "New York", "new  york", " new york", "new york ", "saint-denis",
		"o`neil", "a\tb", "a\nb", "x", "X", "côte d'ivoire", "bank of japan", "--", "a - b"}
	const alphabet = "abcXYZ -`'\t.0"
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		b := make([]byte, rng.IntN(8))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		cases = append(cases, string(b))
	}
	kept := 0
	for _, s := range cases {
		want := build(foldIfNeeded(s))
		if got := Key(s); got != want {
			t.Fatalf("Key(%q) = %q, want %q", s, got, want)
		}
		if isKey(s) {
			kept++
			if want != s {
				t.Fatalf("isKey(%q) but its key is %q", s, want)
			}
		}
	}
	if kept < 100 {
		t.Errorf("only %d strings were keys already", kept)
	}
}

func foldIfNeeded(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return foldAccents(s)
		}
	}
	return s
}
