package ingest

import (
	"bufio"
	"errors"
	"fmt"
)

func init() { readers["html"] = readHTML }

var errNoText = errors.New("no article text found in the page")

func errOverCap(n, max int) error {
	return fmt.Errorf("article is %d bytes, over the %d-byte cap (--max-article-bytes)", n, max)
}

// readHTML reads one web page as one article.
func readHTML(r *bufio.Reader, name string, opt Options, fn Func) error {
	// A page carries markup, scripts and styles around its text: allow it
	// a few times the text cap.
	b, err := readCapped(r, 4*opt.MaxArticleBytes)
	if err != nil {
		return fn(nil, &Error{name, err})
	}
	a, err := pageArticle(b, "", "", "", opt)
	if err != nil {
		return fn(nil, &Error{name, err})
	}
	a.Source = name
	return fn(a, nil)
}
