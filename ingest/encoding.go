package ingest

import (
	"strings"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/clean"
)

// pageArticle turns a web page (raw bytes, in whatever encoding its headers
// or meta tags declare) into an Article holding the decoded page. Its main
// text, title and date are extracted by the pipeline, in parallel workers,
// not here in the reading goroutine. pageURL and date, when known from the
// container (a WARC record), stand in where the page says nothing.
func pageArticle(page []byte, contentType, pageURL, date string, opt Options) (*annalist.Article, error) {
	src, err := clean.DecodeHTML(page, contentType)
	if err != nil {
		return nil, err
	}
	a := &annalist.Article{URL: pageURL, HTML: src, FallbackDate: date}
	if a.FallbackDate == "" {
		a.FallbackDate = opt.Date
	}
	if a.URL != "" {
		a.ID = annalist.ID("", a.URL, src)
	}
	// Else the pipeline derives the id once it has read the page's own
	// canonical URL.
	return a, nil
}

// isHTMLType reports a Content-Type of a web page.
func isHTMLType(contentType string) bool {
	ct := strings.ToLower(contentType)
	return strings.Contains(ct, "text/html") || strings.Contains(ct, "application/xhtml")
}
