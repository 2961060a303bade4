package eval

import (
	"fmt"
	"io"
	"strings"

	"github.com/annalist/annalist/syntax"
)

// UDScores are word-level accuracies of a CoNLL-U analysis against gold,
// with gold tokens (so every score is an accuracy over the same words).
// LAS compares the universal relation (before ":"), as the CoNLL 2018
// shared task scored; LASFull compares subtypes too.
type UDScores struct {
	Words, Sentences                     int
	UPOS, XPOS, Lemma, UAS, LAS, LASFull float64
	upos, xpos, lemma, uas, las, lasFull int
}

// ScoreUD compares predicted sentences with gold ones, word by word. The
// two must hold the same words: a mismatch is an error naming the sentence.
func ScoreUD(gold, pred []syntax.Sentence) (UDScores, error) {
	var s UDScores
	if len(gold) != len(pred) {
		return s, fmt.Errorf("%d gold sentences but %d predicted", len(gold), len(pred))
	}
	for i := range gold {
		g, p := gold[i].Words, pred[i].Words
		if len(g) != len(p) {
			return s, fmt.Errorf("sentence %d: %d gold words but %d predicted", i+1, len(g), len(p))
		}
		for j := range g {
			if g[j].Form != p[j].Form {
				return s, fmt.Errorf("sentence %d word %d: gold %q, predicted %q", i+1, j+1, g[j].Form, p[j].Form)
			}
			s.Words++
			if g[j].UPOS == p[j].UPOS {
				s.upos++
			}
			if g[j].XPOS == p[j].XPOS {
				s.xpos++
			}
			if g[j].Lemma == p[j].Lemma {
				s.lemma++
			}
			if g[j].Head == p[j].Head {
				s.uas++
				if universal(g[j].Rel) == universal(p[j].Rel) {
					s.las++
				}
				if g[j].Rel == p[j].Rel {
					s.lasFull++
				}
			}
		}
		s.Sentences++
	}
	if s.Words > 0 {
		n := float64(s.Words)
		s.UPOS, s.XPOS, s.Lemma = float64(s.upos)/n, float64(s.xpos)/n, float64(s.lemma)/n
		s.UAS, s.LAS, s.LASFull = float64(s.uas)/n, float64(s.las)/n, float64(s.lasFull)/n
	}
	return s, nil
}

func universal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// Print writes the scores as a small table.
func (s UDScores) Print(w io.Writer) {
	fmt.Fprintf(w, "words %d, sentences %d (gold tokens)\n", s.Words, s.Sentences)
	fmt.Fprintf(w, "UPOS   %6.2f\nXPOS   %6.2f\nLemma  %6.2f\nUAS    %6.2f\nLAS    %6.2f  (with subtypes: %.2f)\n",
		100*s.UPOS, 100*s.XPOS, 100*s.Lemma, 100*s.UAS, 100*s.LAS, 100*s.LASFull)
}
