package eval

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.tml", "a.tml", "c.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := Files(dir, "*.tml")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "a.tml"), filepath.Join(dir, "b.tml")}
	if !slices.Equal(got, want) {
		t.Errorf("Files = %v, want %v", got, want)
	}
	if _, err := Files(dir, "*.conllu"); err == nil || !strings.Contains(err.Error(), dir) {
		t.Errorf("no match: error %v, want one naming %s", err, dir)
	}
}
