// Package ingest reads articles from files, folders and standard input in
// the formats of CONTRACT.md and yields them one at a time, in input order,
// so that inputs of any size stream through in constant memory.
package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/annalist/annalist"
)

// DefaultMaxArticleBytes is the per-article cap on text (CONTRACT.md).
const DefaultMaxArticleBytes = 10 << 20

// Formats accepted by Options.Format.
var Formats = []string{"auto", "text", "jsonl", "html", "rss", "warc"}

// Options say how to read the inputs.
type Options struct {
	Format          string // one of Formats; "" means auto
	Date            string // YYYY-MM-DD for articles that carry none
	MaxArticleBytes int    // 0 means DefaultMaxArticleBytes
}

// Error is a failure to read one article (or one whole input); the run
// goes on with the rest.
type Error struct {
	Source string // "file.jsonl:12", "folder/a.txt"
	Err    error
}

func (e *Error) Error() string { return e.Source + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Func receives each article, or the error that stopped one from being
// read. Returning an error stops the walk.
type Func func(a *annalist.Article, err error) error

// Walk reads every path ("-" is standard input; folders are read
// recursively in name order) and calls fn for each article in input order.
// It returns only the error returned by fn; read failures go to fn.
func Walk(paths []string, opt Options, fn Func) error {
	switch {
	case opt.MaxArticleBytes == 0:
		opt.MaxArticleBytes = DefaultMaxArticleBytes
	case opt.MaxArticleBytes < 0:
		return fmt.Errorf("--max-article-bytes %d: want a positive number of bytes", opt.MaxArticleBytes)
	}
	if opt.Format == "" {
		opt.Format = "auto"
	}
	if !validFormat(opt.Format) {
		return fmt.Errorf("unknown input format %q (want one of %s)", opt.Format, strings.Join(Formats, ", "))
	}
	if opt.Date != "" {
		d, ok := ParseDate(opt.Date)
		if !ok {
			return fmt.Errorf("--date %q: want YYYY-MM-DD", opt.Date)
		}
		opt.Date = d
	}
	for _, p := range paths {
		if p == "-" {
			if err := readStream(os.Stdin, "stdin", opt, fn); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			if err := fn(nil, &Error{p, unwrapPath(err)}); err != nil {
				return err
			}
			continue
		}
		if !info.IsDir() {
			if err := readFile(p, opt, fn); err != nil {
				return err
			}
			continue
		}
		if err := walkDir(p, opt, fn); err != nil {
			return err
		}
	}
	return nil
}

func validFormat(f string) bool {
	for _, x := range Formats {
		if x == f {
			return true
		}
	}
	return false
}

func walkDir(root string, opt Options, fn Func) error {
	var files []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			// An unreadable folder inside the tree: report it, go on.
			if ferr := fn(nil, &Error{p, unwrapPath(err)}); ferr != nil {
				return ferr
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		name := d.Name()
		if p != root && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return err
	}
	sort.Strings(files)
	for _, f := range files {
		if err := readFile(f, opt, fn); err != nil {
			return err
		}
	}
	return nil
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func readFile(path string, opt Options, fn Func) error {
	f, err := os.Open(path)
	if err != nil {
		return fn(nil, &Error{path, unwrapPath(err)})
	}
	defer f.Close()
	return readStream(f, path, opt, fn)
}

// readStream decides the format of one input and reads it.
func readStream(r io.Reader, name string, opt Options, fn Func) error {
	br := bufio.NewReaderSize(r, 64<<10)
	base := name
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fn(nil, &Error{name, fmt.Errorf("gzip: %w", err)})
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 64<<10)
		base = strings.TrimSuffix(name, ".gz")
	}
	format := opt.Format
	if format == "auto" {
		format = detect(base, br)
	}
	read, ok := readers[format]
	if !ok {
		return fn(nil, &Error{name, fmt.Errorf("input format %q is not supported yet", format)})
	}
	return read(br, name, opt, fn)
}

// reader reads one input of a format.
type reader func(r *bufio.Reader, name string, opt Options, fn Func) error

// readers by format; the web formats register themselves in their own files.
var readers = map[string]reader{
	"text":  readText,
	"jsonl": readJSONL,
}

// detect decides a format by extension, then by the first bytes.
func detect(name string, br *bufio.Reader) string {
	head, _ := br.Peek(4096)
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson", ".json":
		if bytes.Contains(head, []byte("jsonfeed.org/version")) {
			return "rss" // a JSON Feed
		}
		return "jsonl"
	case ".txt", ".text":
		return "text"
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".rss", ".atom":
		return "rss"
	case ".warc":
		return "warc"
	}
	head = bytes.TrimLeft(head, " \t\r\n\xef\xbb\xbf")
	switch {
	case bytes.HasPrefix(head, []byte("{")):
		return "jsonl"
	case bytes.HasPrefix(head, []byte("WARC/")):
		return "warc"
	case bytes.HasPrefix(head, []byte("<")):
		lower := bytes.ToLower(head)
		if bytes.Contains(lower, []byte("<rss")) || bytes.Contains(lower, []byte("<feed")) || bytes.Contains(lower, []byte("<rdf:rdf")) {
			return "rss"
		}
		return "html"
	}
	return "text"
}

// Read reads the articles of one stream (named name in errors) in the given
// format ("auto" or "" to detect it), as Walk reads a file: for a server
// that receives articles in a request body.
func Read(r io.Reader, name string, opt Options, fn Func) error {
	if opt.MaxArticleBytes <= 0 {
		opt.MaxArticleBytes = DefaultMaxArticleBytes
	}
	if opt.Format == "" {
		opt.Format = "auto"
	}
	if !validFormat(opt.Format) {
		return fmt.Errorf("unknown input format %q (want one of %s)", opt.Format, strings.Join(Formats, ", "))
	}
	return readStream(r, name, opt, fn)
}
