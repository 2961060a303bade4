package syntax

import (
	"bytes"
	"testing"

	"github.com/annalist/annalist/internal/shared"
)

// TestTrainDeterministic trains twice on a slice of EWT train: the two
// models must be the same bytes, and must read back and parse.
func TestTrainDeterministic(t *testing.T) {
	path := shared.Require(t, "eval/ud-english-ewt/en_ewt-ud-train.conllu")
	sents, err := ReadCoNLLUFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sents = sents[:100]
	train := func() []byte {
		m, err := Train(sents, TrainOptions{TagEpochs: 2, ParseEpochs: 2, Folds: 2, Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if _, err := m.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	a, b := train(), train()
	if !bytes.Equal(a, b) {
		t.Fatalf("two trainings on the same data differ (%d and %d bytes)", len(a), len(b))
	}
	m, err := ReadModel(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	if m.Parser == nil {
		t.Fatal("no parser in the trained model")
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, buf.Bytes()) {
		t.Error("a model read back does not write the same bytes")
	}
	checkTree(t, m.Parse(sents[0].Forms()))
}

func TestProjectivize(t *testing.T) {
	// 3 -> 1 crosses 0 -> 2, whose dependent 2 is not under 3 (root at 4).
	heads := []int{4, 3, 0, 0}
	if isProjective(heads) {
		t.Fatal("test tree should not be projective")
	}
	p := projectivize(heads)
	if !isProjective(p) || !isTree(p) {
		t.Errorf("projectivize(%v) = %v", heads, p)
	}
}

func isProjective(h []int) bool {
	n := len(h)
	for d := range h {
		a, b := min(d, h[d]), max(d, h[d])
		for k := a + 1; k < b; k++ {
			x := k
			for steps := 0; x != h[d] && x != n && steps <= n; steps++ {
				x = h[x]
			}
			if x != h[d] {
				return false
			}
		}
	}
	return true
}
