package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/pflag"
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

// --exclude leaves out of a CoNLL draw the documents an earlier judgement
// file holds events of, so a fresh sample reads none of them.
func TestJudgedCoNLLExclude(t *testing.T) {
	dir := t.TempDir()
	conll := filepath.Join(dir, "tiny.train")
	js := filepath.Join(dir, "judged.tsv")
	old := filepath.Join(dir, "old.tsv")
	doc := "-DOCSTART- -X- O O\n\nREBELS NNS I-NP O\nATTACK VBD I-VP O\n\nRebels NNS I-NP O\nattacked VBD I-VP O\nthe DT I-NP O\ntown NN I-NP O\n. . O O\n\n"
	if err := os.WriteFile(conll, []byte(doc+doc), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(js, []byte("# none yet\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(old, []byte("conll-train-1\t7\tFIGHT\t0\t-1\tyes\tyes\tnone\tok\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{nil, "2 stories;"},
		{[]string{"--exclude", old}, "1 stories;"},
	} {
		// Flags keep their values between runs in one process: start afresh.
		cmd, _, err := root.Find([]string{"eval", "judged"})
		if err != nil {
			t.Fatal(err)
		}
		cmd.Flags().VisitAll(func(f *pflag.Flag) {
			f.Value.Set(f.DefValue)
			f.Changed = false
		})
		args := append([]string{"eval", "judged", "--conll", conll, "--judgements", js, "--workers", "1"}, c.args...)
		out, _, err := runCLI(t, args...)
		if err != nil || !strings.Contains(out, c.want) {
			t.Fatalf("%v: err %v, output %q, want %q", c.args, err, out, c.want)
		}
	}
}
