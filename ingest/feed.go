package ingest

import (
	"bufio"
	"fmt"
	"html"
	"strings"

	"github.com/mmcdole/gofeed"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/clean"
)

func init() { readers["rss"] = readFeed }

// readFeed reads an RSS, Atom or JSON feed: each item is an article with its
// link, title, date and its content (or, without content, its
// description), which is taken as the article's HTML.
func readFeed(r *bufio.Reader, name string, opt Options, fn Func) error {
	// A feed is parsed whole; it holds many articles, so allow it more
	// than one article's cap.
	b, err := readCapped(r, 8*opt.MaxArticleBytes)
	if err != nil {
		return fn(nil, &Error{name, err})
	}
	// Broken XML costs the broken items only.
	items, bad, err := feedItems(b, name)
	if err != nil {
		return fn(nil, err)
	}
	for _, e := range bad {
		if ferr := fn(nil, e); ferr != nil {
			return ferr
		}
	}
	for i, it := range items {
		src := fmt.Sprintf("%s:item %d", name, i+1)
		if it == nil {
			continue
		}
		a, err := feedArticle(it, opt)
		if err != nil {
			if ferr := fn(nil, &Error{src, err}); ferr != nil {
				return ferr
			}
			continue
		}
		a.Source = src
		if ferr := fn(a, nil); ferr != nil {
			return ferr
		}
	}
	return nil
}

func feedArticle(it *gofeed.Item, opt Options) (*annalist.Article, error) {
	body := it.Content
	if isBlank(body) {
		body = it.Description
	}
	if isBlank(body) {
		return nil, fmt.Errorf("item %q has no content or description", it.Title)
	}
	if len(body) > opt.MaxArticleBytes {
		return nil, errOverCap(len(body), opt.MaxArticleBytes)
	}
	// Item content is all article: render its paragraphs, no main-text
	// extraction (which needs a whole page).
	text, err := clean.FragmentText(body)
	if err != nil {
		return nil, err
	}
	if isBlank(text) {
		return nil, errNoText
	}
	a := &annalist.Article{
		URL:       it.Link,
		Title:     html.UnescapeString(strings.TrimSpace(it.Title)),
		Published: opt.Date,
		Text:      text,
		HTML:      body,
	}
	switch {
	case it.PublishedParsed != nil:
		a.Published = it.PublishedParsed.UTC().Format("2006-01-02")
	case it.UpdatedParsed != nil:
		a.Published = it.UpdatedParsed.UTC().Format("2006-01-02")
	}
	id := it.GUID
	if id != "" && id == it.Link {
		id = "" // a GUID that is the link: hash the canonical URL instead
	}
	a.ID = annalist.ID(id, a.URL, body)
	return a, nil
}
