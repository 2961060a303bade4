package ingest

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"time"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/clean"
)

// header is the seed format's: optional white space, the word "date", an
// ISO date, then the body on the same line or the next.
var header = regexp.MustCompile(`^\s*(?i:date)[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*\r?\n?`)

// readText reads a whole input as one article in the seed format, or as
// plain text dated by --date.
func readText(r *bufio.Reader, name string, opt Options, fn Func) error {
	b, err := readCapped(r, opt.MaxArticleBytes)
	if err != nil {
		return fn(nil, &Error{name, err})
	}
	a, err := parseText(b, opt)
	if err != nil {
		return fn(nil, &Error{name, err})
	}
	a.Source = name
	return fn(a, nil)
}

func parseText(b []byte, opt Options) (*annalist.Article, error) {
	s, err := clean.Decode(b, "")
	if err != nil {
		return nil, err
	}
	a := &annalist.Article{Published: opt.Date}
	if m := header.FindStringSubmatchIndex(s); m != nil {
		d := s[m[2]:m[3]]
		if _, ok := ParseDate(d); !ok {
			return nil, fmt.Errorf("header date %q is not a valid date", d)
		}
		a.Published = d
		s = s[m[1]:]
		// The body may start after more white space on the header line.
		for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
			s = s[1:]
		}
	}
	if isBlank(s) {
		return nil, fmt.Errorf("empty article")
	}
	a.Text = s
	a.ID = annalist.ID("", "", s)
	return a, nil
}

// readCapped reads all of r, or fails without holding more than max+1
// bytes when r is larger, draining the rest so the next input can be read.
func readCapped(r io.Reader, max int) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err != nil {
		return nil, err
	}
	if len(b) > max {
		n, _ := io.Copy(io.Discard, r)
		return nil, fmt.Errorf("article is %d bytes, over the %d-byte cap (--max-article-bytes)", int64(len(b))+n, max)
	}
	return b, nil
}

// ParseDate accepts YYYY-MM-DD or RFC 3339 and returns YYYY-MM-DD.
func ParseDate(s string) (string, bool) {
	for _, layout := range []string{"2006-01-02", time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02"), true
		}
	}
	return "", false
}

func isBlank(s string) bool {
	for _, c := range s {
		switch c {
		case ' ', '\t', '\r', '\n', '\f', '\v', '\u00a0', '\ufeff':
		default:
			return false
		}
	}
	return true
}
