package ner

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/annalist/annalist/internal/shared"
)

// TestCommittedFilesReproduce regenerates the word lexicon and the actor
// names (the GloVe clusters have their own test in internal/genglove, to
// keep each package's tests within go test's time limit) and retrains the
// model with the commands MODEL.md
// gives, and checks that they are the
// committed files byte for byte: a change to the tokenizer or the
// gazetteer that shifts them must come with the regenerated files.
func TestCommittedFilesReproduce(t *testing.T) {
	if testing.Short() {
		t.Skip("regenerates the lexicon and retrains the model")
	}
	corpus := shared.Require(t, "corpus/reuters21578")
	train := shared.Require(t, "eval/ner-conll2003/eng.train")
	dev := shared.Require(t, "eval/ner-conll2003/eng.testa")
	gum := shared.Require(t, "eval/ud-english-gum/en_gum-ud-train.conllu")
	petrarch := shared.Require(t, "lexicons/petrarch2")
	dir := t.TempDir()
	run := func(args ...string) {
		t.Helper()
		cmd := exec.Command("go", args...)
		cmd.Dir = ".."
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %v: %v\n%s", args, err, out)
		}
	}
	lex := filepath.Join(dir, "lexicon.txt.gz")
	run("run", "./ner/internal/genlex", "-reuters", corpus, "-out", lex)
	same(t, lex, "data/lexicon.txt.gz", "go run ./ner/internal/genlex")

	actors := filepath.Join(dir, "actors.txt.gz")
	run("run", "./ner/internal/genactors", "-petrarch", petrarch, "-out", actors)
	same(t, actors, "data/actors.txt.gz", "go run ./ner/internal/genactors")

	// The model is trained on the committed lexicon, which is embedded.
	model := filepath.Join(dir, "model.bin.gz")
	run("run", "./cmd/annalist", "train", "ner", "--train", train+","+dev+","+gum, "--dev", "", "--epochs", "10", "--out", model)
	same(t, model, "model.bin.gz", "annalist train ner")
}

func same(t *testing.T, made, committed, how string) {
	t.Helper()
	a, err := os.ReadFile(made)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(committed)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Errorf("%s no longer reproduces the committed %s: rerun it (see MODEL.md) and commit the result", how, committed)
	}
}
