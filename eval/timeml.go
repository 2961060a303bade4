// Package eval reads outside-annotated gold sets and scores Annalist's
// output against them.
package eval

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/annalist/annalist"
)

// TimeMLDoc is one TimeML (.tml) document: the publication date from its
// <DCT>, the plain text of its <TEXT> element with every tag stripped, and
// the gold TIMEX3 expressions inside <TEXT> as byte offsets into Text.
type TimeMLDoc struct {
	ID   string
	DCT  string // YYYY-MM-DD, or empty when the document has none
	Text string
	Gold []annalist.Time
}

// ReadTimeML parses a TimeML document. The DCT expression is the
// publication date, not a gold expression: only TIMEX3 inside <TEXT> are.
func ReadTimeML(r io.Reader) (*TimeMLDoc, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	doc := &TimeMLDoc{}
	var (
		text    strings.Builder
		inText  bool
		inDCT   bool
		inDocID bool
		open    []annalist.Time // TIMEX3 elements begun, not yet ended
		seenTxt bool
	)
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("timeml: offset %d: %w", dec.InputOffset(), err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText, seenTxt = true, true
			case "DCT":
				inDCT = true
			case "DOCID":
				inDocID = true
			case "TIMEX3":
				if inDCT && doc.DCT == "" {
					doc.DCT = dateOf(attr(t, "value"))
				}
				if inText {
					open = append(open, annalist.Time{
						Start: text.Len(),
						Type:  attr(t, "type"),
						Value: attr(t, "value"),
						Mod:   attr(t, "mod"),
					})
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "DCT":
				inDCT = false
			case "DOCID":
				inDocID = false
			case "TIMEX3":
				if inText && len(open) > 0 {
					g := open[len(open)-1]
					open = open[:len(open)-1]
					g.End = text.Len()
					doc.Gold = append(doc.Gold, g)
				}
			}
		case xml.CharData:
			if inText {
				text.Write(t)
			}
			if inDocID {
				doc.ID += strings.TrimSpace(string(t))
			}
		}
	}
	if !seenTxt {
		return nil, errors.New("timeml: no <TEXT> element")
	}
	doc.Text = text.String()
	for i := range doc.Gold {
		g := &doc.Gold[i]
		g.Start, g.End = trimSpan(doc.Text, g.Start, g.End)
		g.Text = doc.Text[g.Start:g.End]
	}
	sortTimes(doc.Gold)
	return doc, nil
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// dateOf keeps the YYYY-MM-DD of a DCT value such as "1998-01-08T12:00".
func dateOf(v string) string {
	if len(v) >= 10 && v[4] == '-' && v[7] == '-' {
		return v[:10]
	}
	return ""
}

// trimSpan narrows [a,b) so it neither begins nor ends with white space.
func trimSpan(s string, a, b int) (int, int) {
	for a < b && isSpace(s[a]) {
		a++
	}
	for b > a && isSpace(s[b-1]) {
		b--
	}
	return a, b
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func sortTimes(ts []annalist.Time) {
	// Insertion sort: gold lists are short and almost always in order.
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && ts[j].Start < ts[j-1].Start; j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
}

// TimexScore counts matches between gold and predicted time expressions.
// Strict matches have the same offsets; relaxed matches overlap. Type and
// value are judged over relaxed matches, as TempEval-3 does.
type TimexScore struct {
	Gold, Pred       int
	Strict, Relaxed  int
	TypeOK           int
	ValueOK          int // after NormalizeValue on both sides
	ValueExact       int // identical strings
	Mismatches       []TimexMismatch
	KeepMismatches   bool
	Missed, Spurious []annalist.Time
}

// TimexMismatch is a relaxed match whose type or value differ.
type TimexMismatch struct{ Gold, Pred annalist.Time }

// Add scores one document's predictions against its gold.
func (s *TimexScore) Add(gold, pred []annalist.Time) {
	s.Gold += len(gold)
	s.Pred += len(pred)
	usedPred := make([]bool, len(pred))
	for _, g := range gold {
		best := -1
		for j, p := range pred {
			if usedPred[j] || p.End <= g.Start || p.Start >= g.End {
				continue
			}
			if best < 0 || (p.Start == g.Start && p.End == g.End) {
				best = j
			}
		}
		if best < 0 {
			if s.KeepMismatches {
				s.Missed = append(s.Missed, g)
			}
			continue
		}
		usedPred[best] = true
		p := pred[best]
		s.Relaxed++
		if p.Start == g.Start && p.End == g.End {
			s.Strict++
		}
		typeOK := p.Type == g.Type
		if typeOK {
			s.TypeOK++
		}
		valueOK := NormalizeValue(p.Value) == NormalizeValue(g.Value)
		if valueOK {
			s.ValueOK++
		}
		if p.Value == g.Value {
			s.ValueExact++
		}
		if s.KeepMismatches && (!typeOK || !valueOK) {
			s.Mismatches = append(s.Mismatches, TimexMismatch{g, p})
		}
	}
	if s.KeepMismatches {
		for j, p := range pred {
			if !usedPred[j] {
				s.Spurious = append(s.Spurious, p)
			}
		}
	}
}

// NormalizeValue maps TIMEX3 values that say the same thing to one form:
// trailing unspecified parts are dropped ("1949-XX" and "1949", "199X" and
// "199") and week numbers lose their zero padding ("1998-W08", "1998-W8").
func NormalizeValue(v string) string {
	v = strings.ToUpper(strings.TrimSpace(v))
	for {
		w := strings.TrimSuffix(v, "-XX")
		w = strings.TrimSuffix(w, "-WXX")
		w = strings.TrimSuffix(w, "-QX")
		if w == v {
			break
		}
		v = w
	}
	if len(v) == 4 && strings.HasSuffix(v, "X") && !strings.HasPrefix(v, "P") {
		v = strings.TrimRight(v, "X")
	}
	if i := strings.Index(v, "-W0"); i >= 0 && i+3 < len(v) {
		v = v[:i+2] + v[i+3:]
	}
	return v
}

// StrictPRF is precision, recall and F1 over exact-offset matches.
func (s *TimexScore) StrictPRF() (p, r, f float64) {
	p, r = ratio(s.Strict, s.Pred), ratio(s.Strict, s.Gold)
	return p, r, f1(p, r)
}

// RelaxedPRF is precision, recall and F1 over overlapping matches.
func (s *TimexScore) RelaxedPRF() (p, r, f float64) {
	p, r = ratio(s.Relaxed, s.Pred), ratio(s.Relaxed, s.Gold)
	return p, r, f1(p, r)
}

// TypeAccuracy is the share of relaxed matches with the gold type.
func (s *TimexScore) TypeAccuracy() float64 { return ratio(s.TypeOK, s.Relaxed) }

// ValueAccuracy is the share of relaxed matches with the gold value, after
// NormalizeValue; ValueAccuracyExact compares the strings as they are.
func (s *TimexScore) ValueAccuracy() float64 { return ratio(s.ValueOK, s.Relaxed) }

// ValueAccuracyExact is the share of relaxed matches with the identical value.
func (s *TimexScore) ValueAccuracyExact() float64 { return ratio(s.ValueExact, s.Relaxed) }

// ValueF1 is TempEval-3's value F1: precision and recall of relaxed
// matches that also have the gold value (after NormalizeValue).
func (s *TimexScore) ValueF1() float64 {
	return f1(ratio(s.ValueOK, s.Pred), ratio(s.ValueOK, s.Gold))
}
