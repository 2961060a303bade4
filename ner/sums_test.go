package ner

import (
	"strings"
	"testing"
)

// A tagger's featurizer leaves out the rows its lexemes keep summed; the
// sums and the rows it still gives add up to every row of the features
// as the trainer's featurizer gives them, word by word.
func TestRowSumsAddUp(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s := tg.pool.Get().(*scratch)
	defer tg.pool.Put(s)
	if s.fz.w == nil {
		t.Fatal("the tagger's featurizer has no weights: no row sums")
	}
	full := &scratch{fz: tg.m.featurizer()}
	doc := [][]string{
		strings.Fields("Prime Minister Shinzo Abe met Chinese President Xi Jinping in Beijing on Monday ."),
		strings.Fields("SHELL OIL SAYS PROFIT ROSE"),
		strings.Fields("a"),
		strings.Fields("The Bank of Japan said it would buy dollars , traders said ."),
		strings.Fields("Abe and Xi agreed to meet again in Tokyo ."),
	}
	dc := newDocCase(doc)
	rows := func(feats []uint32) (acc [numTags]int32) {
		addRows(&acc, tg.w, feats...)
		return acc
	}
	for round := 0; round < 2; round++ { // the second from kept lexemes
		for _, words := range doc {
			sentenceFeatures(s, words, dc)
			sentenceFeatures(full, words, dc)
			n := len(words)
			for i := range n {
				got := rows(s.feats[s.offs[i]:s.offs[i+1]])
				if len(s.feats[s.offs[i]:s.offs[i+1]]) >= len(full.feats[full.offs[i]:full.offs[i+1]]) {
					t.Errorf("%q word %d: the tagger reads %d rows of %d, no fewer", words, i,
						len(s.feats[s.offs[i]:s.offs[i+1]]), len(full.feats[full.offs[i]:full.offs[i+1]]))
				}
				sums := s.toks[i].sums
				for k := range got {
					got[k] += sums.own[k]
				}
				for k, d := range [...]int{-2, -1, 1, 2} {
					if j := i + d; j >= 0 && j < n {
						for c := range got {
							got[c] += s.toks[j].sums.at[k][c]
						}
					}
				}
				if want := rows(full.feats[full.offs[i]:full.offs[i+1]]); got != want {
					t.Errorf("%q word %d: sums give %v, every row %v", words, i, got, want)
				}
			}
		}
	}
}
