package ingest

import (
	"strings"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/clean"
)

// pageArticle turns a web page (raw bytes, in whatever encoding its headers
// or meta tags declare) into an Article: the page's main text as extracted
// (not yet cleaned: the pipeline cleans it, or keeps it as is with
// --no-clean) in Text, the decoded page in HTML, and the title, canonical
// URL and date the page gives. pageURL and date, when known from the
// container (a WARC record, a feed), are used where the page says nothing.
func pageArticle(page []byte, contentType, pageURL, date string, opt Options) (*annalist.Article, error) {
	src, err := clean.DecodeHTML(page, contentType)
	if err != nil {
		return nil, err
	}
	p, err := clean.HTML([]byte(src), pageURL)
	if err != nil {
		return nil, err
	}
	if isBlank(p.MainText) {
		return nil, errNoText
	}
	a := &annalist.Article{
		URL:       pageURL,
		Title:     p.Title,
		Published: p.Published,
		Language:  p.Language,
		Text:      p.MainText,
		HTML:      src,
	}
	if a.URL == "" {
		a.URL = p.URL
	}
	if a.Published == "" {
		a.Published = date
	}
	if a.Published == "" {
		a.Published = opt.Date
	}
	if len(a.Text) > opt.MaxArticleBytes {
		return nil, errOverCap(len(a.Text), opt.MaxArticleBytes)
	}
	a.ID = ID("", a.URL, src)
	return a, nil
}

// isHTMLType reports a Content-Type of a web page.
func isHTMLType(contentType string) bool {
	ct := strings.ToLower(contentType)
	return strings.Contains(ct, "text/html") || strings.Contains(ct, "application/xhtml")
}
