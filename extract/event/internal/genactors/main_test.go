package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/annalist/annalist/internal/shared"
)

// TestReproduces checks that the committed actor data is what the
// generator makes from the Phoenix dictionaries in ../shared.
func TestReproduces(t *testing.T) {
	dir := filepath.Dir(shared.Require(t, "lexicons/petrarch2/Phoenix.agents.txt"))
	files, err := generate(dir)
	if err != nil {
		t.Fatal(err)
	}
	for name, got := range files {
		want, err := os.ReadFile(filepath.Join("../../data", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("data/%s differs from the generator's output: run go run ./extract/event/internal/genactors", name)
		}
	}
	if _, err := os.Stat(WordNetDir); err != nil {
		t.Logf("data/parties.txt, abstract.txt and nominal.txt not checked: no WordNet at %s (apt-get install wordnet-base)", WordNetDir)
	} else {
		parties, abstract, err := readWordNet(WordNetDir)
		if err != nil {
			t.Fatal(err)
		}
		nominal, err := readNominals(WordNetDir)
		if err != nil {
			t.Fatal(err)
		}
		for name, got := range map[string][]byte{"parties.txt": parties, "abstract.txt": abstract, "nominal.txt": nominal} {
			want, err := os.ReadFile("../../data/" + name)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("data/%s differs from the generator's output: run go run ./extract/event/internal/genactors", name)
			}
		}
	}
	for code, want := range map[string]string{"COP": "state_forces", "GOVMIL": "state_forces", "REBMUS": "rebels",
		"UAF": "political_militia", "CVL": "civilians", "GOV": "government"} {
		if got := Kind(code); got != want {
			t.Errorf("Kind(%s) = %s, want %s", code, got, want)
		}
	}
}
