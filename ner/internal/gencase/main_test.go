package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestReproduces reruns the generator and compares with the committed file.
func TestReproduces(t *testing.T) {
	if _, err := os.Stat("/usr/share/dict/american-english"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("no word list at /usr/share/dict/american-english: .ci/run must apt-get install wamerican")
		}
		t.Skip("no word list: apt-get install wamerican")
	}
	out := filepath.Join(t.TempDir(), "lowercase.txt.gz")
	cmd := exec.Command("go", "run", "./ner/internal/gencase", "-out", out)
	cmd.Dir = "../../.."
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, b)
	}
	a, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("../../data/lowercase.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Error("go run ./ner/internal/gencase no longer reproduces ner/data/lowercase.txt.gz: rerun it and commit the result")
	}
}
