package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestJudgedOneCorpus: each corpus has its own default judgement file, so
// two corpora at once would score one against the other's judgements.
func TestJudgedOneCorpus(t *testing.T) {
	_, _, err := runCLI(t, "eval", "judged", "--conll", "a.conll", "--timeml", "tb")
	if err == nil || !strings.Contains(err.Error(), "conll") || !strings.Contains(err.Error(), "timeml") {
		t.Fatalf("eval judged --conll --timeml: err %v, want one naming both flags", err)
	}
}

// eval recall names itself and the file it could not read.
func TestRecallMissingCoNLL(t *testing.T) {
	_, _, err := runCLI(t, "eval", "recall", "--conll", "no-such-file.conll")
	if err == nil || !strings.Contains(err.Error(), "eval recall") || !strings.Contains(err.Error(), "no-such-file.conll") {
		t.Fatalf("eval recall --conll no-such-file.conll: err %v", err)
	}
}

// A malformed line of a recall gold file is an error naming the file and
// the line.
func TestRecallMalformedGold(t *testing.T) {
	dir := t.TempDir()
	conll := filepath.Join(dir, "tiny.train")
	gold := filepath.Join(dir, "gold.tsv")
	if err := os.WriteFile(conll, []byte("-DOCSTART- -X- O O\n\nRebels NNS I-NP O\nattacked VBD I-VP O\n. . O O\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Line 3 has no actor or target columns.
	if err := os.WriteFile(gold, []byte("# gold\nconll-train-0\tread\nconll-train-0\t7\t15\tFIGHT\t-\tyes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err := runCLI(t, "eval", "recall", "--conll", conll, "--gold", gold)
	if err == nil || !strings.Contains(err.Error(), gold+":3:") {
		t.Fatalf("eval recall with a malformed gold line: err %v, want one naming %s:3", err, gold)
	}
}
