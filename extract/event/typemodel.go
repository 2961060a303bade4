package event

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// TypeModel is the event-type model: for each feature, a weight per
// class; a mention's type is the class of the highest sum. Written by
// TrainTypes (annalist train events), embedded as data/typemodel.txt.gz.
type TypeModel struct {
	Classes []string             // the 18 PLOVER categories, then NONE
	W       map[string][]float32 // feature → weight per class
	// Margin is how much more than the rules' type another class must
	// score to replace it: the rules stand unless the model is sure.
	Margin float32
	// NoneMargin is the same for NONE, which drops the mention: a trigger
	// is taken for no event only on strong evidence, since a dropped event
	// is lost for good. Zero: Margin.
	NoneMargin float32
}

//go:embed data/typemodel.txt.gz
var typeModelFile []byte

func mustReadEmbeddedTypeModel() *TypeModel {
	m, err := ReadTypeModel(bytes.NewReader(typeModelFile))
	if err != nil {
		panic("event: embedded data/typemodel.txt.gz: " + err.Error()) // a build defect, caught by the tests
	}
	return m
}

// Predict is the type for the features of a mention that the rules typed
// rule: the class with the highest score (the first of equals), unless
// it beats rule's score by less than the margin (NoneMargin for NONE).
func (m *TypeModel) Predict(features []string, rule string) string {
	var buf [24]float32
	scores := buf[:0]
	for range m.Classes {
		scores = append(scores, 0)
	}
	for _, f := range features {
		for c, w := range m.W[f] {
			scores[c] += w
		}
	}
	best, ri := 0, -1
	for c := range scores {
		if scores[c] > scores[best] {
			best = c
		}
		if m.Classes[c] == rule {
			ri = c
		}
	}
	margin := m.Margin
	if m.Classes[best] == none && m.NoneMargin > 0 {
		margin = m.NoneMargin
	}
	if ri >= 0 && scores[best]-scores[ri] < margin {
		return rule
	}
	return m.Classes[best]
}

// weightScale quantises weights to thousandths in the file.
const weightScale = 1000

// WriteTo writes the model as gzipped text: a header, the classes, then
// one line a feature, sorted, with its non-zero weights as CLASS:thousandths.
// The same model gives the same bytes.
func (m *TypeModel) WriteTo(w io.Writer) (int64, error) {
	var b bytes.Buffer
	b.WriteString("# Event type model (multinomial logistic regression), written by `annalist train events`; do not edit.\n")
	b.WriteString("# Trained on PLOVER_GSR_CAMEO.txt odd records (CC BY-SA 4.0), PETRARCH2's unit-test records (MIT) and Reuters-21578's earn and acq stories (no event); see extract/event/MODEL.md.\n")
	b.WriteString("classes\t" + strings.Join(m.Classes, " ") + "\n")
	b.WriteString("margin\t" + strconv.Itoa(int(m.Margin*weightScale+0.5)) + "\n")
	if m.NoneMargin > 0 {
		b.WriteString("nonemargin\t" + strconv.Itoa(int(m.NoneMargin*weightScale+0.5)) + "\n")
	}
	names := make([]string, 0, len(m.W))
	for f := range m.W {
		names = append(names, f)
	}
	sort.Strings(names)
	for _, f := range names {
		var line []string
		for c, v := range m.W[f] {
			if q := int(v*weightScale + copySign(0.5, v)); q != 0 {
				line = append(line, m.Classes[c]+":"+strconv.Itoa(q))
			}
		}
		if len(line) > 0 {
			b.WriteString(f + "\t" + strings.Join(line, " ") + "\n")
		}
	}
	var z bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
	zw.Write(b.Bytes())
	zw.Close()
	n, err := w.Write(z.Bytes())
	return int64(n), err
}

func copySign(x, sign float32) float32 {
	if sign < 0 {
		return -x
	}
	return x
}

// ReadTypeModel reads a model that WriteTo wrote. A malformed line is an
// error naming its line.
func ReadTypeModel(r io.Reader) (*TypeModel, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	m := &TypeModel{W: map[string][]float32{}}
	class := map[string]int{}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		if l == "" || l[0] == '#' {
			continue
		}
		f, rest, ok := strings.Cut(l, "\t")
		if !ok {
			return nil, fmt.Errorf("line %d: want feature TAB weights, got %q", n, l)
		}
		if f == "classes" {
			m.Classes = strings.Fields(rest)
			for i, c := range m.Classes {
				class[c] = i
			}
			continue
		}
		if m.Classes == nil {
			return nil, fmt.Errorf("line %d: weights before the classes line", n)
		}
		if f == "margin" || f == "nonemargin" {
			q, err := strconv.Atoi(rest)
			if err != nil {
				return nil, fmt.Errorf("line %d: bad %s %q", n, f, rest)
			}
			if f == "margin" {
				m.Margin = float32(q) / weightScale
			} else {
				m.NoneMargin = float32(q) / weightScale
			}
			continue
		}
		if _, dup := m.W[f]; dup {
			return nil, fmt.Errorf("line %d: feature %q again", n, f)
		}
		ws := make([]float32, len(m.Classes))
		for _, cw := range strings.Fields(rest) {
			c, v, ok := strings.Cut(cw, ":")
			ci, known := class[c]
			q, err := strconv.Atoi(v)
			if !ok || !known || err != nil {
				return nil, fmt.Errorf("line %d: bad weight %q", n, cw)
			}
			ws[ci] = float32(q) / weightScale
		}
		m.W[f] = ws
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if m.Classes == nil {
		return nil, fmt.Errorf("no classes line")
	}
	return m, nil
}
