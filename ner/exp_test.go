package ner

import (
	"bytes"
	"os"
	"testing"
)

func TestExperiment(t *testing.T) {
	if os.Getenv("NEREXP") == "" {
		t.Skip()
	}
	f, _ := os.ReadFile("/tmp/m1.bin.gz")
	m, err := ReadModel(bytes.NewReader(f), DefaultLexicons())
	if err != nil {
		t.Fatal(err)
	}
	dev, _ := ReadCoNLLFile("/work/shared/eval/ner-conll2003/eng.testa")
	tg := NewTagger(m)
	for _, v := range [][3]bool{{false, false, false}, {true, true, false}, {true, true, true}} {
		relabel, propagate, surnames = v[0], v[1], v[2]
		sc := Score(tg, dev)
		t.Logf("%v: %.4f  %+v", v, sc.Overall().F1(), sc)
	}
}
