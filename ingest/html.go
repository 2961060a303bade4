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

// htmlCap is the most bytes of a web page read: a page carries markup,
// scripts and styles around its text, so it is allowed a few times the
// text cap.
func htmlCap(opt Options) int { return 4 * opt.MaxArticleBytes }

// readHTML reads one web page as one article.
func readHTML(r *bufio.Reader, name string, opt Options, fn Func) error {
	b, err := readCapped(r, htmlCap(opt))
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
