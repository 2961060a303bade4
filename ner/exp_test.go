package ner

import (
	"os"
	"strconv"
	"testing"
)

func TestExperiment(t *testing.T) {
	if os.Getenv("NEREXP") == "" {
		t.Skip()
	}
	train, _ := ReadCoNLLFile("/work/shared/eval/ner-conll2003/eng.train")
	dev, _ := ReadCoNLLFile("/work/shared/eval/ner-conll2003/eng.testa")
	bits, _ := strconv.Atoi(os.Getenv("BITS"))
	ep, _ := strconv.Atoi(os.Getenv("EPOCHS"))
	seed, _ := strconv.Atoi(os.Getenv("SEED"))
	m, err := Train(train, TrainOptions{Epochs: ep, Bits: uint(bits), Seed: uint64(seed), Lex: DefaultLexicons(), Dev: dev, Log: os.Stderr})
	if err != nil {
		t.Fatal(err)
	}
	tg := NewTagger(m)
	sc := Score(tg, dev)
	t.Logf("%.4f  %+v", sc.Overall().F1(), sc)
}
