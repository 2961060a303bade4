package eval

import (
	"reflect"
	"strings"
	"testing"
)

func TestChunks(t *testing.T) {
	cases := []struct {
		tags string
		want []Chunk
	}{
		{"O O", nil},
		{"I-PER I-PER O I-LOC", []Chunk{{0, 2, "PER"}, {3, 4, "LOC"}}}, // IOB1
		{"I-PER B-PER I-PER", []Chunk{{0, 1, "PER"}, {1, 3, "PER"}}},   // IOB1 adjacent names
		{"B-ORG I-ORG I-LOC", []Chunk{{0, 2, "ORG"}, {2, 3, "LOC"}}},   // type change
		{"B-MISC I-MISC", []Chunk{{0, 2, "MISC"}}},                     // IOB2
		{"S-PER B-LOC E-LOC", []Chunk{{0, 1, "PER"}, {1, 3, "LOC"}}},   // IOBES
		{"O I-PER", []Chunk{{1, 2, "PER"}}},                            // open at the end
		{"B-PER O B-PER I-PER", []Chunk{{0, 1, "PER"}, {2, 4, "PER"}}}, //
		{"I-ORG I-ORG B-ORG O", []Chunk{{0, 2, "ORG"}, {2, 3, "ORG"}}}, //
		{"garbage I-LOC", []Chunk{{1, 2, "LOC"}}},                      // malformed tags are O
	}
	for _, c := range cases {
		if got := Chunks(strings.Fields(c.tags)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Chunks(%s) = %v, want %v", c.tags, got, c.want)
		}
	}
}

func TestCoNLLScore(t *testing.T) {
	s := NewCoNLL()
	gold := strings.Fields("I-PER I-PER O I-LOC O I-ORG")
	pred := strings.Fields("B-PER I-PER O B-ORG O B-ORG")
	if err := s.Add(gold, pred); err != nil {
		t.Fatal(err)
	}
	if err := s.Add([]string{"O"}, nil); err == nil {
		t.Error("Add with unequal lengths did not fail")
	}
	o := s.Overall()
	if o != (Counts{Gold: 3, Pred: 3, Correct: 2}) {
		t.Fatalf("overall %+v", o)
	}
	if got := *s.ByType["LOC"]; got != (Counts{Gold: 1}) {
		t.Errorf("LOC %+v", got)
	}
	if got := *s.ByType["ORG"]; got != (Counts{Gold: 1, Pred: 2, Correct: 1}) {
		t.Errorf("ORG %+v", got)
	}
	if f := o.F1(); f < 0.666 || f > 0.667 {
		t.Errorf("F1 %v", f)
	}
	var b strings.Builder
	s.Report(&b)
	if !strings.Contains(b.String(), "overall") || !strings.Contains(b.String(), "66.67") {
		t.Errorf("report:\n%s", b.String())
	}
}
