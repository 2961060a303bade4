package eval

import (
	"math"
	"strings"
	"testing"

	"github.com/annalist/annalist/internal/shared"
)

func TestShingleMatch(t *testing.T) {
	tests := []struct {
		gold, pred string
		tp, fp, fn float64
	}{
		{"a b c d e", "a b c d e", 1, 0, 0},
		{"a b c d e", "", 0, 0, 1},
		{"", "a b c d e", 0, 1, 0},
		{"", "", 0, 0, 0},
		// gold shingles abcd bcde; pred abcd bcdx: one of each.
		{"a b c d e", "a b c d x", 1.0 / 3, 1.0 / 3, 1.0 / 3},
		// Shorter than a shingle: the whole text is one shingle.
		{"a b", "a, b!", 1, 0, 0},
		// Case is kept; Unicode letters are word characters.
		{"Über straße 2020 x", "über straße 2020 x", 0, 0.5, 0.5},
	}
	for _, tt := range tests {
		got := shingleMatch(tt.gold, tt.pred)
		want := [3]float64{tt.tp, tt.fp, tt.fn}
		for i := range got {
			if math.Abs(got[i]-want[i]) > 1e-9 {
				t.Errorf("%q vs %q: got %v, want %v", tt.gold, tt.pred, got, want)
				break
			}
		}
	}
}

func TestScoreArticles(t *testing.T) {
	gold := []string{"one two three four five", "six seven eight nine ten", ""}
	pred := []string{"one two three four five", "", ""}
	s := ScoreArticles(gold, pred)
	// Precision over pages with predictions: page 1 (1) and the empty
	// pair (fp=fn=0 counts 1 but tp+fp=0, so it is left out): 1.
	// Recall over pages with gold: 1 and 0: 0.5.
	if s.Precision != 1 || s.Recall != 0.5 || math.Abs(s.F1-2.0/3) > 1e-9 {
		t.Errorf("got %+v", s)
	}
	if math.Abs(s.Accuracy-2.0/3) > 1e-9 {
		t.Errorf("accuracy %v", s.Accuracy)
	}
}

func TestTokenize(t *testing.T) {
	got := strings.Join(tokenizeWords("It’s 5°C in São_Paulo—«ok»"), "|")
	if got != "It|s|5|C|in|São_Paulo|ok" {
		t.Errorf("got %s", got)
	}
}

// TestLoadArticleGold checks the loader on the shared benchmark when it is
// there.
func TestLoadArticleGold(t *testing.T) {
	dir := shared.Require(t, "eval/article-extraction")
	pages, err := LoadArticleGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 181 || len(pages[0].HTML) == 0 || pages[0].Body == "" {
		t.Fatalf("loaded %d pages", len(pages))
	}
	// The gold scored against itself is perfect.
	s, _, _ := RunArticles(pages[:10], func(_ []byte, url string) (string, error) {
		for _, p := range pages {
			if p.URL == url {
				return p.Body, nil
			}
		}
		return "", nil
	})
	if s.F1 != 1 {
		t.Errorf("gold against itself: %v", s)
	}
}
