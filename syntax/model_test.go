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
	n, upos, lemma, uas, las := score(t, m, gold)
	if a := float64(uas) / float64(n); a < 0.80 {
		t.Errorf("UAS %.4f on %d words", a, n)
	}
	if a := float64(las) / float64(n); a < 0.76 {
		t.Errorf("LAS %.4f on %d words", a, n)
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

func TestDocLayers(t *testing.T) {
	d := text.Analyze("Rebels seized the town. Officials said nothing.", "")
	d.Parser = Lazy
	tags := d.Tags(0)
	if len(tags) != 5 || tags[1].Lemma != "seize" || tags[1].UPOS != "VERB" || tags[1].Rel != "" {
		t.Fatalf("Tags(0) = %+v", tags)
	}
	p := d.Parse(1)
	if len(p) != 4 || p[2].Lemma != "nothing" {
		t.Fatalf("Parse(1) = %+v", p)
	}
	checkTree(t, p)
	if q := d.Tags(1); &q[0] != &p[0] {
		t.Error("Tags after Parse should reuse the parse")
	}
}

// score parses the gold sentences' forms and counts the words whose tag,
// lemma, head, and head with relation agree with the gold tree. No words
// fail the test: their ratios would be NaN, which passes any floor.
func score(t *testing.T, m *Model, gold []Sentence) (n, upos, lemma, uas, las int) {
	t.Helper()
	for _, s := range gold {
		ws := m.Parse(s.Forms())
		checkTree(t, ws)
		for i, w := range ws {
			g := s.Words[i]
			n++
			if w.UPOS == g.UPOS {
				upos++
			}
			if w.Lemma == g.Lemma {
				lemma++
			}
			if w.Head+1 == g.Head {
				uas++
				if w.Rel == g.Rel {
					las++
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no gold words to score")
	}
	return n, upos, lemma, uas, las
}

// TestFreshParseSet scores the committed model on 12 news sentences of our
// own, trees by hand (branch parse12), written before any model was run on
// them: first run UPOS 99.24, UAS 82.44, LAS 81.68 (universal relations; 80.92
// here, where subtypes count too). The floors sit just below.
func TestFreshParseSet(t *testing.T) {
	gold, err := ReadCoNLLUFile("testdata/fresh-parse12.conllu")
	if err != nil {
		t.Fatal(err)
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n, upos, _, uas, las := score(t, m, gold)
	pos, ua, la := float64(upos)/float64(n), float64(uas)/float64(n), float64(las)/float64(n)
	t.Logf("%d words: UPOS %.4f, UAS %.4f, LAS %.4f", n, pos, ua, la)
	if pos < 0.98 || ua < 0.80 || la < 0.78 {
		t.Errorf("UPOS %.4f, UAS %.4f, LAS %.4f: below the floors UPOS 0.98, UAS 0.80, LAS 0.78", pos, ua, la)
	}
}
