package gzfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	write := func(name string) []byte {
		p := filepath.Join(dir, name)
		if err := Write(p, func(w io.Writer) error {
			for i := range 1000 {
				fmt.Fprintf(w, "word%d\t%b\n", i, i)
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	a, b := write("a.txt.gz"), write("b.txt.gz")
	if string(a) != string(b) {
		t.Error("the same text gave different bytes under another name")
	}
	text, err := Read(filepath.Join(dir, "a.txt.gz"))
	if err != nil || len(text) == 0 || string(text[:8]) != "word0\t0\n" {
		t.Errorf("read back %q..., %v", text[:min(len(text), 8)], err)
	}

	p := filepath.Join(dir, "c.txt.gz")
	if err := Write(p, func(io.Writer) error { return errors.New("no data") }); err == nil {
		t.Error("a failed fill reported no error")
	}
	if names, _ := filepath.Glob(filepath.Join(dir, "c.txt.gz*")); len(names) != 0 {
		t.Errorf("a failed write left %v", names)
	}
}

func TestReadRefusesPlainText(t *testing.T) {
	p := filepath.Join(t.TempDir(), "plain.txt")
	os.WriteFile(p, []byte("not compressed"), 0o644)
	if _, err := Read(p); err == nil {
		t.Error("read a plain file as gzip")
	}
}
