package npm

import (
	"archive/tar"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestReadFile(t *testing.T) {
	tgz := filepath.Join(t.TempDir(), "p.tgz")
	f, err := os.Create(tgz)
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	tw := tar.NewWriter(zw)
	for name, body := range map[string]string{"package/index.js": "module.exports = {}\n", "package/license": "MIT\n"} {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body))}); err != nil {
			t.Fatal(err)
		}
		io.WriteString(tw, body)
	}
	for _, c := range []io.Closer{tw, zw, f} {
		if err := c.Close(); err != nil {
			t.Fatal(err)
		}
	}
	b, err := ReadFile(tgz, "package/license")
	if err != nil || string(b) != "MIT\n" {
		t.Errorf("ReadFile(license) = %q, %v", b, err)
	}
	if _, err := ReadFile(tgz, "package/readme.md"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a missing file: %v, want os.ErrNotExist", err)
	}
	if _, err := ReadFile(filepath.Join(t.TempDir(), "none.tgz"), "package/license"); err == nil {
		t.Error("a missing tarball read without error")
	}
}
