package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annalist/annalist/internal/shared"

	"github.com/annalist/annalist"
)

// runCLI runs the annalist command line in-process.
func runCLI(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var o, e bytes.Buffer
	root.SetOut(&o)
	root.SetErr(&e)
	root.SetArgs(args)
	err = root.Execute()
	return o.String(), e.String(), err
}

func TestExtractSeedNoClean(t *testing.T) {
	seedPath := shared.Require(t, shared.SeedFile)
	raw, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skip("seed not available:", err)
	}
	out, _, err := runCLI(t, "extract", "--no-clean", seedPath)
	if err != nil {
		t.Fatal(err)
	}
	var r annalist.Record
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not one JSON record: %v\n%s", err, out)
	}
	body := strings.TrimLeft(string(raw), " \t\n")
	body = strings.TrimLeft(strings.TrimPrefix(body, "date 2023-01-05"), " ")
	if r.Text != body {
		t.Error("--no-clean text is not the body byte for byte")
	}
	if r.Published != "2023-01-05" || r.Language != "en" || r.ID == "" {
		t.Errorf("published %q language %q id %q", r.Published, r.Language, r.ID)
	}
}

func TestExtractGoesOnAfterBadInput(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("date 2023-01-05 Good one."), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte{0xff, 0xfe, 0x00, 0x00, 0x01}, 0o644)
	os.WriteFile(filepath.Join(dir, "c.txt"), []byte("date 2023-01-06 Good two."), 0o644)
	out, errs, err := runCLI(t, "extract", dir)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out, "\n"); n != 2 {
		t.Errorf("%d records, want 2:\n%s", n, out)
	}
	if !strings.Contains(errs, "b.txt") {
		t.Errorf("stderr does not name the bad file: %q", errs)
	}
	if _, _, err := runCLI(t, "extract", filepath.Join(dir, "b.txt")); err == nil {
		t.Error("exit status zero when nothing could be read")
	}
}
