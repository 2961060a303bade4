package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestInventedExamples reads an invented "category | sentence" set as type
// examples of the weight asked for, named by their file, and refuses the
// measurement-only final sets.
func TestInventedExamples(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "check99.txt")
	if err := os.WriteFile(file, []byte("# a set\nPROTEST | Farmers blocked the highway.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	exs, err := inventedExamples([]string{file}, 3)
	if err != nil || len(exs) != 1 {
		t.Fatalf("inventedExamples: %v, %d examples", err, len(exs))
	}
	if e := exs[0]; e.Type != "PROTEST" || e.Weight != 3 || !strings.HasPrefix(e.ID, "invented-check99-") {
		t.Errorf("example %+v", e)
	}
	final := filepath.Join(dir, "final99.txt")
	if err := os.WriteFile(final, []byte("PROTEST | Farmers blocked the highway.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := inventedExamples([]string{final}, 1); err == nil {
		t.Error("a final set should be refused")
	}
}
