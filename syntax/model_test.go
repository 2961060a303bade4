package syntax

import (
	"strings"
	"testing"

	"github.com/annalist/annalist/text"

	"github.com/annalist/annalist/internal/shared"
)

func TestDefaultModelOnSentence(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ws := m.Parse([]string{"The", "soldiers", "went", "home", "after", "the", "attacks", "."})
	if len(ws) != 8 {
		t.Fatalf("%d words", len(ws))
	}
	want := []struct{ upos, xpos, lemma string }{
		{"DET", "DT", "the"}, {"NOUN", "NNS", "soldier"}, {"VERB", "VBD", "go"}, {"ADV", "RB", "home"},
		{"ADP", "IN", "after"}, {"DET", "DT", "the"}, {"NOUN", "NNS", "attack"}, {"PUNCT", ".", "."},
	}
	for i, w := range want {
		if ws[i].UPOS != w.upos || ws[i].XPOS != w.xpos || ws[i].Lemma != w.lemma {
			t.Errorf("word %d: %+v, want %+v", i, ws[i], w)
		}
	}
	if got := m.Parse(nil); len(got) != 0 {
		t.Errorf("empty sentence: %v", got)
	}
}

// TestDefaultModelOnDev checks that the committed model still loads and
// scores as MODEL.md says on a slice of EWT dev.
func TestDefaultModelOnDev(t *testing.T) {
	path := shared.Require(t, "eval/ud-english-ewt/en_ewt-ud-dev.conllu")
	gold, err := ReadCoNLLUFile(path)
	if err != nil {
		t.Fatal(err)
	}
	gold = gold[:300]
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var n, upos, lemma int
	for _, s := range gold {
		ws := m.Parse(s.Forms())
		for i, w := range ws {
			n++
			if w.UPOS == s.Words[i].UPOS {
				upos++
			}
			if w.Lemma == s.Words[i].Lemma {
				lemma++
			}
		}
	}
	if a := float64(upos) / float64(n); a < 0.93 {
		t.Errorf("UPOS accuracy %.4f on %d words", a, n)
	}
	if a := float64(lemma) / float64(n); a < 0.94 {
		t.Errorf("lemma accuracy %.4f on %d words", a, n)
	}
}

func TestParseBounded(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// A 2,000-word run-on sentence: parsed in bounded pieces, one tree each.
	words := make([]string, 2000)
	for i := range words {
		words[i] = []string{"the", "man", "said", ",", "and", "(", "3", "ran", "."}[i%9]
	}
	ws := m.Parse(words)
	if len(ws) != len(words) {
		t.Fatalf("%d words for %d", len(ws), len(words))
	}
	checkTree(t, ws)
	if ws := m.Parse([]string{}); len(ws) != 0 {
		t.Errorf("empty sentence gave %v", ws)
	}
}

// checkTree checks that heads are in range and reach a root without a cycle.
func checkTree(t *testing.T, ws []text.Word) {
	t.Helper()
	for i, w := range ws {
		if w.Head < -1 || w.Head >= len(ws) || w.Head == i || w.UPOS == "" || w.Rel == "" {
			t.Fatalf("word %d: %+v", i, w)
		}
		x := i
		for steps := 0; x != -1; steps++ {
			if steps > len(ws) {
				t.Fatalf("word %d: cycle", i)
			}
			x = ws[x].Head
		}
	}
}

func FuzzParse(f *testing.F) {
	m, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("The police said on Monday that 12 people were killed .")
	f.Add("")
	f.Add("\x00 ,,, ( ) \u00e9t\u00e9 n't 'S")
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		ws := m.Parse(words)
		if len(ws) != len(words) {
			t.Fatalf("%d words for %d", len(ws), len(words))
		}
		checkTree(t, ws)
	})
}
