package event_test

import (
	"bytes"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/text"
	"os"
	"strings"
	"testing"

	"github.com/annalist/annalist/bench"
	"github.com/annalist/annalist/eval"
	"github.com/annalist/annalist/extract/event"
	"github.com/annalist/annalist/internal/shared"
	"github.com/annalist/annalist/syntax"
)

// TestTypeModelReproduces retrains the event-type model as `annalist train
// events` does and checks that it gives the committed file byte for byte.
func TestTypeModelReproduces(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the model (seconds)")
	}
	plover := shared.Require(t, "eval/plover/PLOVER_GSR_CAMEO.txt")
	petr := shared.Require(t, "lexicons/petrarch2/PETR.UnitTest.records.xml")
	table := shared.Require(t, "lexicons/plover/CAMEO2PLOVER-2021.txt")
	f, _ := os.Open(plover)
	exs, err := eval.PLOVERTypeExamples(f, "odd")
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range exs {
		if n := ex.ID[strings.LastIndexByte(ex.ID, '-')+1:]; (n[len(n)-1]-'0')%2 == 0 {
			t.Fatalf("%s: an even record in the training data", ex.ID)
		}
	}
	rf, _ := os.Open(petr)
	tf, _ := os.Open(table)
	pe, err := event.ReadPETRExamples(rf, tf, false)
	rf.Close()
	tf.Close()
	if err != nil {
		t.Fatal(err)
	}
	exs = append(exs, pe...)
	files, err := bench.Files(shared.Require(t, "corpus/reuters21578"))
	if err != nil {
		t.Fatal(err)
	}
	var js []eval.Judgement
	for _, name := range eval.ReutersJudgementFiles {
		jf, err := os.Open("../../" + name)
		if err != nil {
			t.Fatal(err)
		}
		j, err := eval.ReadJudgements(jf, name)
		jf.Close()
		if err != nil {
			t.Fatal(err)
		}
		js = append(js, j...)
	}
	re, err := eval.ReutersNoEvents(files, bench.Open, js, event.DefaultReutersWeight)
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range re {
		for _, j := range js {
			if ex.ID == j.Story {
				t.Fatalf("%s: a judged story in the training data", ex.ID)
			}
		}
	}
	o := event.DefaultTrainTypeOptions
	o.Parser = syntax.Lazy
	m, _, err := event.TrainTypes(append(exs, re...), o)
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if _, err := m.WriteTo(&got); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("data/typemodel.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Error("data/typemodel.txt.gz is not what the trainer makes: run annalist train events")
	}
}

// TestTypeModelMargin checks that the rules' type stands unless another
// class beats it by the margin, and that the file keeps the margin.
func TestTypeModelMargin(t *testing.T) {
	m := &event.TypeModel{Classes: []string{"PROTEST", "ASSAULT", "NONE"}, Margin: 1,
		W: map[string][]float32{"a": {0, 0.5, 0}, "b": {0, 1, 0}}}
	if got := m.Predict([]string{"a"}, "PROTEST"); got != "PROTEST" {
		t.Errorf("a score 0.5 above the rules' type replaced it: %s", got)
	}
	if got := m.Predict([]string{"a", "b"}, "PROTEST"); got != "ASSAULT" {
		t.Errorf("a score 1.5 above the rules' type did not replace it: %s", got)
	}
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	back, err := event.ReadTypeModel(&b)
	if err != nil {
		t.Fatal(err)
	}
	if back.Margin != 1 || back.W["b"][1] != 1 || len(back.Classes) != 3 {
		t.Errorf("read back %+v", back)
	}
}

// TestReadTypeModelStrict checks that a malformed model names its line.
func TestReadTypeModelStrict(t *testing.T) {
	var b bytes.Buffer
	m := &event.TypeModel{Classes: []string{"PROTEST"}, W: map[string][]float32{"x": {1}}}
	m.WriteTo(&b)
	good := b.Bytes()
	if _, err := event.ReadTypeModel(bytes.NewReader(good)); err != nil {
		t.Fatal(err)
	}
	var bad bytes.Buffer
	(&event.TypeModel{Classes: []string{"PROTEST"}, W: map[string][]float32{"x": {1}}}).WriteTo(&bad)
	if _, err := event.ReadTypeModel(bytes.NewReader(bad.Bytes()[:len(bad.Bytes())/2])); err == nil {
		t.Error("a truncated model read without error")
	}
}

// TestReutersTypeSentences scores the main event's type on the labelled
// Reuters-21578 sentences (testdata/reuters-types.tsv): 1987 wire text of
// the kind the PLOVER gold records were drawn from, which the lexicon was
// not written on. Their first run (MODEL.md) is a held-out figure; changes
// made since from their misses make them a dev set. The floors sit below
// the figures MODEL.md reports: the political sentences' type, and the
// business sentences (NONE) given no event at all.
func TestReutersTypeSentences(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the Reuters corpus")
	}
	files, err := bench.Files(shared.Require(t, "corpus/reuters21578"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("testdata/reuters-types.tsv")
	if err != nil {
		t.Fatal(err)
	}
	ls, err := eval.ReadReutersTypeLabels(f, "reuters-types.tsv")
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	exs, err := eval.ReutersTypeExamples(files, bench.Open, ls)
	if err != nil {
		t.Fatal(err)
	}
	var pol, polRight, none, noneRight int
	for _, ex := range exs {
		d := text.Analyze(ex.Text, "1987-03-01")
		d.Parser = syntax.Lazy
		ms := event.Mentions(d, &annalist.Record{Text: ex.Text, Published: "1987-03-01"})
		got := "NONE"
		if k := event.Main(ms); k >= 0 {
			got = ms[k].Type
		}
		if ex.Type == "NONE" {
			none++
			if got == "NONE" {
				noneRight++
			}
			continue
		}
		pol++
		if got == ex.Type {
			polRight++
		} else if testing.Verbose() {
			t.Logf("want %-11s got %-11s | %s", ex.Type, got, ex.Text)
		}
	}
	pa, na := float64(polRight)/float64(pol), float64(noneRight)/float64(none)
	t.Logf("political sentences: %d/%d (%.3f) typed right; no-event sentences: %d/%d (%.3f) given no event", polRight, pol, pa, noneRight, none, na)
	if pa < 0.74 {
		t.Errorf("political sentences typed right %.3f < 0.74", pa)
	}
}
