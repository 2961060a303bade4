package tone

import (
	"strings"
	"testing"

	"github.com/annalist/annalist/internal/shared"

	"github.com/annalist/annalist/text"
)

func TestMeasure(t *testing.T) {
	tests := []struct {
		in                 string
		words              int
		positive, negative float64
	}{
		{"", 0, 0, 0},
		{"The talks were a success.", 5, 20, 0},
		{"Police killed protesters.", 3, 0, 66.667},
		{"Good news and bad news.", 5, 20, 20},
		{"It does not work.", 4, 0, 75}, // a three-word phrase counts three words
		{"They can't stand it.", 4, 0, 50},
		{"Happy HAPPY happy", 3, 100, 0},
	}
	for _, tt := range tests {
		got := Measure(text.Tokenize(tt.in))
		if got.Words != tt.words || got.Positive != tt.positive || got.Negative != tt.negative {
			t.Errorf("Measure(%q) = %+v, want words %d positive %v negative %v", tt.in, got, tt.words, tt.positive, tt.negative)
		}
		if got.Tone != round(got.Positive-got.Negative) || got.Polarity != round(got.Positive+got.Negative) {
			t.Errorf("Measure(%q) = %+v: tone or polarity inconsistent", tt.in, got)
		}
	}
}

func TestLexiconLoaded(t *testing.T) {
	if len(lexicon) < 3000 {
		t.Fatalf("lexicon has %d entries, want the ~3,380 of AFINN-165", len(lexicon))
	}
	for w, want := range map[string]int{"killed": -3, "peace": 2, "protest": -2} {
		if got := lexicon[w]; got != want {
			t.Errorf("lexicon[%q] = %d, want %d", w, got, want)
		}
	}
}

func TestSeedToneNegative(t *testing.T) {
	body, published := shared.Seed(t)
	d := text.Analyze(body, published)
	got := Measure(d.Tokens)
	if got.Tone >= 0 {
		t.Errorf("seed tone = %+v, want tone < 0", got)
	}
	t.Logf("seed tone %+v", got)
}

func BenchmarkMeasure(b *testing.B) {
	body, _ := shared.Seed(b)
	d := text.Analyze(body, "")
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		Measure(d.Tokens)
	}
}

// longest finds, with its prefix sets, the phrase that trying every
// length from the longest down finds: over runs of the lexicon's own
// phrases' words, which start and nest phrases the most.
func TestLongestMatchesEveryLength(t *testing.T) {
	byJoin := func(words []string, i int) (int, int) {
		for n := min(maxWords, len(words)-i); n > 1; n-- {
			if s, ok := lexicon[strings.Join(words[i:i+n], " ")]; ok {
				return n, s
			}
		}
		return 1, lexicon[words[i]]
	}
	var words []string
	multi := 0
	for p := range lexicon {
		ws := strings.Fields(p)
		if len(ws) > 1 {
			multi++
		}
		words = append(words, ws...)
	}
	if multi == 0 {
		t.Fatal("no phrase of several words in the lexicon")
	}
	found := 0
	for i := range words {
		n, s := longest(words, i)
		wn, ws := byJoin(words, i)
		if n != wn || s != ws {
			t.Fatalf("longest at %d (%q) = %d, %d; want %d, %d", i, words[i:min(i+maxWords, len(words))], n, s, wn, ws)
		}
		if n > 1 {
			found++
		}
	}
	if found < multi/2 {
		t.Errorf("only %d phrases of several words found among %d", found, multi)
	}
}
