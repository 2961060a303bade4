package tone

import (
	"os"
	"path/filepath"
	"testing"

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
	b, err := readShared("seed/kazakhstan-2023-01-05.txt")
	if err != nil {
		t.Skip("seed article not available:", err)
	}
	d := text.Analyze(string(b), "2023-01-05")
	got := Measure(d.Tokens)
	if got.Tone >= 0 {
		t.Errorf("seed tone = %+v, want tone < 0", got)
	}
	t.Logf("seed tone %+v", got)
}

func BenchmarkMeasure(b *testing.B) {
	raw, err := readShared("seed/kazakhstan-2023-01-05.txt")
	if err != nil {
		raw = []byte("Police killed protesters in the capital on Monday, while the government promised reforms and talks. ")
	}
	d := text.Analyze(string(raw), "")
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		Measure(d.Tokens)
	}
}

// readShared reads a file of the project's shared data (../shared from the
// repository root), looking in each parent directory, so that tests run
// from a worktree too.
func readShared(rel string) ([]byte, error) {
	dir, _ := filepath.Abs(".")
	for {
		b, err := os.ReadFile(filepath.Join(dir, "shared", rel))
		if err == nil {
			return b, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil, err
		}
		dir = parent
	}
}
