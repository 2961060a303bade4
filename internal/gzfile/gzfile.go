// Package gzfile reads and writes whole gzip-compressed files. It writes
// the text files that generators commit (ner/data/*.txt.gz) at best
// compression and with no name or time in the header, so that the same
// text gives the same bytes on every run, and through a temporary file, so
// that a reader never sees half a file.
package gzfile

import (
	"bufio"
	"compress/gzip"
	"io"
	"os"
)

// Read returns the uncompressed contents of the file name.
func Read(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// Write creates name with what fill writes, compressed. When fill fails
// nothing is left behind.
func Write(name string, fill func(w io.Writer) error) error {
	tmp := name + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression) // the level is valid
	bw := bufio.NewWriter(zw)
	err = fill(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = zw.Close()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, name)
}
