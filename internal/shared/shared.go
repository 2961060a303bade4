// Package shared finds the project's shared data (../shared beside the
// repository root: the seed article, the gold sets, the corpus) for tests
// and benchmarks. It looks in each folder above the working directory, so
// that a test finds it from its package folder and from a git worktree.
package shared

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/ingest"
)

// SeedFile is the seed article, relative to the shared folder.
const SeedFile = "seed/kazakhstan-2023-01-05.txt"

// Path returns where rel (a path inside the shared folder) is, and whether
// it exists.
func Path(rel string) (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		p := filepath.Join(dir, "shared", rel)
		if _, err := os.Stat(p); err == nil {
			return p, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// Require returns the path of rel, or skips t when the shared data is not
// on this machine.
func Require(t testing.TB, rel string) string {
	t.Helper()
	p, ok := Path(rel)
	if !ok {
		t.Skipf("shared/%s not found above the working directory", rel)
	}
	return p
}

// Seed reads the seed article as annalist reads it: its body without the
// header, and its publication date.
func Seed(t testing.TB) (body, published string) {
	t.Helper()
	var a *annalist.Article
	err := ingest.Walk([]string{Require(t, SeedFile)}, ingest.Options{}, func(x *annalist.Article, err error) error {
		if err != nil {
			return err
		}
		a = x
		return nil
	})
	if err != nil || a == nil {
		t.Fatalf("reading the seed: %v", err)
	}
	return a.Text, a.Published
}
