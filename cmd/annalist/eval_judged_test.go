package main

import (
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
