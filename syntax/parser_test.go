package syntax

import (
	"slices"
	"testing"

	"github.com/annalist/annalist/internal/shared"
)

// refParse is parse the plain way: every feature scored at every
// transition, none kept from the last.
func (p *DepParser) refParse(in sentIn, st *state, scores []int32) {
	n := len(in.word) - 1
	st.reset(n)
	for !st.done() {
		if len(st.stack) == 0 {
			st.apply(shift)
			continue
		}
		if st.b == st.n && len(st.stack) == 1 {
			st.apply(leftArc(0))
			continue
		}
		p.w.score(st.features(nil, in), scores)
		best := -1
		for c := range scores {
			if (best < 0 || scores[c] > scores[best]) && st.valid(c) {
				best = c
			}
		}
		st.apply(best)
	}
}

// TestParseKeepsBufferScores checks that parse, which keeps the scores of
// the buffer's features from one transition to the next, gives the trees
// of refParse, and that the features it keeps read nothing of the stack.
func TestParseKeepsBufferScores(t *testing.T) {
	path := shared.Require(t, "eval/ud-english-ewt/en_ewt-ud-dev.conllu")
	gold, err := ReadCoNLLUFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s := m.scratch()
	ref := newState(0)
	scores := make([]int32, m.Parser.nclass())
	for i, g := range gold {
		words := g.Forms()
		ws := analyzeWords(words)
		tags := make([]int, len(words))
		lemmas := make([]string, len(words))
		s.fs = m.Tagger.tag(ws, tags, s.fs, s.tscores)
		for j, c := range tags {
			lemmas[j] = m.Lemmas.Lemma(words[j], c)
		}
		in := newSentIn(ws, tags, lemmas)
		s.fs = m.Parser.parse(in, s.st, s.fs, s.pscores)
		m.Parser.refParse(in, ref, scores)
		if !slices.Equal(s.st.head, ref.head) || !slices.Equal(s.st.rel, ref.rel) {
			t.Fatalf("sentence %d: heads %v rels %v, want %v %v", i+1, s.st.head, s.st.rel, ref.head, ref.rel)
		}
	}
	// The kept features are the same with another stack and the same buffer.
	in := newSentIn(analyzeWords([]string{"a", "b", "c", "d", "e", "f"}), []int{1, 2, 3, 4, 5, 6}, []string{"a", "b", "c", "d", "e", "f"})
	a, b := newState(6), newState(6)
	for _, tr := range []int{shift, shift, rightArc(3), shift} {
		a.apply(tr)
	}
	for _, tr := range []int{shift, leftArc(2), shift, shift} {
		b.apply(tr)
	}
	if a.b != b.b {
		t.Fatal("the two states must share the buffer")
	}
	fa, fb := a.features(nil, in), b.features(nil, in)
	if slices.Equal(a.stack, b.stack) {
		t.Fatal("the two states must differ in the stack")
	}
	for i := range fa {
		if i < len(bufferFeature) && bufferFeature[i] && fa[i] != fb[i] {
			t.Errorf("feature %d is kept, but differs with another stack", i)
		}
	}
}
