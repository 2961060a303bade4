package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/annalist/annalist/extract/event/internal/cameoplover"

	"github.com/annalist/annalist/internal/shared"
)

// TestReproduces checks that the committed data/cameo.txt and
// data/cameo-classes.txt are what the generator makes from ../shared.
func TestReproduces(t *testing.T) {
	verbs := shared.Require(t, "lexicons/petrarch2/CAMEO.2.0.txt")
	plover := shared.Require(t, "lexicons/plover/CAMEO2PLOVER-2021.txt")
	p, err := cameoplover.ReadFile(plover)
	if err != nil {
		t.Fatal(err)
	}
	d, err := readCAMEO(verbs)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := write(d, p, dir); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"cameo.txt", "cameo-classes.txt"} {
		got, _ := os.ReadFile(filepath.Join(dir, f))
		want, err := os.ReadFile(filepath.Join("../../data", f))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("data/%s differs from the generator's output: run go run ./extract/event/internal/gencameo", f)
		}
	}
	if c, ok := p.Lookup("1823"); !ok || c.Cat != "ASSAULT" {
		t.Errorf("1823 → %v", c)
	}
	if c, ok := p.Lookup("0213"); ok {
		t.Errorf("appeals have no PLOVER category, got %v", c)
	}
}
