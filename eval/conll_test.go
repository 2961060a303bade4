package eval

import (
	"strings"
	"testing"
)

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
