// Package eval holds the scorers that measure Annalist against
// outside-annotated gold sets.
package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/annalist/annalist/ner"
)

// Chunk is a phrase read from a tag sequence: tokens [Start, End) of Type.
// Reading tags into phrases belongs to the name tagger (ner.Chunks), which
// needs it at run time; the scorer shares it.
type Chunk = ner.Span

// Chunks reads the phrases of a tag sequence as conlleval does.
func Chunks(tags []string) []Chunk { return ner.Chunks(tags) }

// Counts are phrase counts for one type: in the gold set, predicted, and
// predicted exactly (same start, end and type).
type Counts struct{ Gold, Pred, Correct int }

// Precision is Correct/Pred, 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.Correct, c.Pred) }

// Recall is Correct/Gold, 0 when the gold set is empty.
func (c Counts) Recall() float64 { return ratio(c.Correct, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 { return f1(c.Precision(), c.Recall()) }

// CoNLL accumulates phrase-level exact-match counts over sentences, as the
// CoNLL-2003 shared task's conlleval script does.
type CoNLL struct {
	ByType map[string]*Counts
	Tokens int
}

// NewCoNLL returns an empty scorer.
func NewCoNLL() *CoNLL { return &CoNLL{ByType: map[string]*Counts{}} }

func (s *CoNLL) counts(t string) *Counts {
	c := s.ByType[t]
	if c == nil {
		c = &Counts{}
		s.ByType[t] = c
	}
	return c
}

// Add scores one sentence's predicted tags against its gold tags.
func (s *CoNLL) Add(gold, pred []string) error {
	if len(gold) != len(pred) {
		return fmt.Errorf("conll: %d gold tags but %d predicted", len(gold), len(pred))
	}
	s.Tokens += len(gold)
	g := Chunks(gold)
	in := make(map[Chunk]bool, len(g))
	for _, c := range g {
		in[c] = true
		s.counts(c.Type).Gold++
	}
	for _, c := range Chunks(pred) {
		k := s.counts(c.Type)
		k.Pred++
		if in[c] {
			k.Correct++
		}
	}
	return nil
}

// Overall sums the counts of all types.
func (s *CoNLL) Overall() Counts {
	var o Counts
	for _, c := range s.ByType {
		o.Gold += c.Gold
		o.Pred += c.Pred
		o.Correct += c.Correct
	}
	return o
}

// Report writes a per-type table of precision, recall and F1 (percent).
func (s *CoNLL) Report(w io.Writer) {
	types := make([]string, 0, len(s.ByType))
	for t := range s.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	fmt.Fprintf(w, "%-8s %9s %9s %9s %7s %7s %7s\n", "type", "precision", "recall", "F1", "gold", "pred", "correct")
	row := func(name string, c Counts) {
		fmt.Fprintf(w, "%-8s %9.2f %9.2f %9.2f %7d %7d %7d\n", name, 100*c.Precision(), 100*c.Recall(), 100*c.F1(), c.Gold, c.Pred, c.Correct)
	}
	for _, t := range types {
		row(t, *s.ByType[t])
	}
	fmt.Fprintln(w, strings.Repeat("-", 62))
	row("overall", s.Overall())
}
