package main

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/annalist/annalist/eval"
	"github.com/annalist/annalist/extract/event"
)

// TestXPDumpBase writes the default training examples as JSON (gate13 experiment).
func TestXPDumpBase(t *testing.T) {
	out := os.Getenv("XP_DUMP")
	if out == "" {
		t.Skip()
	}
	var exs []event.TypeExample
	f, _ := os.Open("/work/shared/eval/plover/PLOVER_GSR_CAMEO.txt")
	pe, err := eval.PLOVERTypeExamples(f, "odd")
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	exs = append(exs, pe...)
	rf, _ := os.Open("/work/shared/lexicons/petrarch2/PETR.UnitTest.records.xml")
	tf, _ := os.Open("/work/shared/lexicons/plover/CAMEO2PLOVER-2021.txt")
	pe, err = event.ReadPETRExamples(rf, tf, false)
	if err != nil {
		t.Fatal(err)
	}
	exs = append(exs, pe...)
	re, err := reutersNoEvents("/work/shared/corpus/reuters21578", "../../eval/testdata/judged-reuters.tsv", event.DefaultReutersWeight)
	if err != nil {
		t.Fatal(err)
	}
	exs = append(exs, re...)
	b, _ := json.Marshal(exs)
	if err := os.WriteFile(out, b, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d examples", len(exs))
}
