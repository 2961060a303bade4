package ingest

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/mmcdole/gofeed"

	"github.com/annalist/annalist"
)

// Page turns a fetched web page into an Article: decoded by its
// Content-Type, byte order mark or <meta> charset; its text, title and
// date are extracted by the pipeline. fallbackDate (a feed item's date)
// stands in where the page gives none.
func Page(body []byte, contentType, pageURL, fallbackDate string) (*annalist.Article, error) {
	opt := Options{MaxArticleBytes: DefaultMaxArticleBytes, Date: fallbackDate}
	if len(body) > htmlCap(opt) {
		return nil, errOverCap(len(body), htmlCap(opt))
	}
	return pageArticle(body, contentType, pageURL, fallbackDate, opt)
}

// FeedItem is one item of a feed, as far as following it needs.
type FeedItem struct {
	Key       string // the item's GUID, else its link: what "seen" is kept by
	Link      string
	Title     string
	Published string // YYYY-MM-DD from the item's date, or ""
	// Updated is the item's own update (else publication) stamp as the
	// feed gives it: when it changes, the item's page is read again.
	Updated string
	// Article is the item's own content as an article, nil when it
	// has none: the stand-in when its page cannot be read.
	Article *annalist.Article
}

// IsFeed reports whether a fetched body is a feed (RSS, Atom, RDF or JSON
// Feed) rather than a page, by its Content-Type and then its first bytes.
func IsFeed(contentType string, body []byte) bool {
	ct := strings.ToLower(contentType)
	switch {
	case strings.Contains(ct, "rss"), strings.Contains(ct, "atom"), strings.Contains(ct, "feed+json"):
		return true
	case isHTMLType(ct):
		return false
	}
	head := body
	if len(head) > 4096 {
		head = head[:4096]
	}
	head = bytes.ToLower(bytes.TrimLeft(head, " \t\r\n\xef\xbb\xbf"))
	if bytes.HasPrefix(head, []byte("{")) {
		return bytes.Contains(head, []byte("jsonfeed.org/version"))
	}
	return bytes.HasPrefix(head, []byte("<")) &&
		(bytes.Contains(head, []byte("<rss")) || bytes.Contains(head, []byte("<feed")) || bytes.Contains(head, []byte("<rdf:rdf")))
}

// Feed parses a fetched feed into its items, in feed order. An item that
// cannot be read is one error in errs and the others are kept; when the
// feed's XML is broken inside one item, the items around it are recovered
// one by one (see recoverItems). err is set only when nothing is usable.
func Feed(body []byte, name string) (items []FeedItem, errs []error, err error) {
	opt := Options{MaxArticleBytes: DefaultMaxArticleBytes}
	raw, errs, err := feedItems(body, name)
	if err != nil {
		return nil, nil, err
	}
	for i, it := range raw {
		if it == nil {
			continue
		}
		src := fmt.Sprintf("%s:item %d", name, i+1)
		fi := FeedItem{Key: it.GUID, Link: strings.TrimSpace(it.Link), Title: strings.TrimSpace(it.Title), Updated: it.Updated}
		if fi.Updated == "" {
			fi.Updated = it.Published
		}
		switch {
		case it.PublishedParsed != nil:
			fi.Published = it.PublishedParsed.UTC().Format("2006-01-02")
		case it.UpdatedParsed != nil:
			fi.Published = it.UpdatedParsed.UTC().Format("2006-01-02")
		}
		if fi.Key == "" {
			fi.Key = fi.Link
		}
		if a, aerr := feedArticle(it, opt); aerr == nil {
			a.Source = src
			fi.Article = a
		}
		if fi.Link == "" && fi.Article == nil {
			errs = append(errs, &Error{src, fmt.Errorf("item %q has no link and no content", fi.Title)})
			continue
		}
		if fi.Key == "" {
			fi.Key = fi.Article.ID
		}
		items = append(items, fi)
	}
	return items, errs, nil
}

// feedItems parses a feed's items. When the XML is broken (the parser
// fails, or, lenient, returns fewer items than the feed has), the items are
// recovered one by one and each broken one is an error in errs.
func feedItems(body []byte, name string) ([]*gofeed.Item, []error, error) {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err == nil && len(feed.Items) >= itemTags(body) {
		return feed.Items, nil, nil
	}
	items, errs := recoverItems(body, name)
	if err == nil && len(items) <= len(feed.Items) {
		return feed.Items, nil, nil
	}
	if len(items) == 0 {
		return nil, nil, &Error{name, fmt.Errorf("feed: %w", err)}
	}
	return items, errs, nil
}

// itemTags counts the <item> or <entry> elements a feed opens.
func itemTags(body []byte) int {
	lower := bytes.ToLower(body)
	return max(bytes.Count(lower, []byte("<item>"))+bytes.Count(lower, []byte("<item ")),
		bytes.Count(lower, []byte("<entry>"))+bytes.Count(lower, []byte("<entry ")))
}

// recoverItems reads a feed whose XML does not parse whole: each <item>
// or <entry> element is cut out and parsed alone inside the feed's own
// opening, so that one broken item costs that item only.
func recoverItems(body []byte, name string) ([]*gofeed.Item, []error) {
	lower := bytes.ToLower(body)
	tag := "item"
	first := bytes.Index(lower, []byte("<item"))
	if e := bytes.Index(lower, []byte("<entry")); e >= 0 && (first < 0 || e < first) {
		tag, first = "entry", e
	}
	if first < 0 {
		return nil, nil
	}
	envelope := string(body[:first])
	closing := "</channel></rss>"
	if tag == "entry" {
		closing = "</feed>"
	} else if bytes.Contains(lower[:first], []byte("<rdf:rdf")) {
		closing = "</rdf:RDF>"
	}
	var items []*gofeed.Item
	var errs []error
	open, end := []byte("<"+tag), []byte("</"+tag+">")
	for n, pos := 1, first; pos < len(body); n++ {
		i := bytes.Index(lower[pos:], open)
		if i < 0 {
			break
		}
		start := pos + i
		j := bytes.Index(lower[start:], end)
		if j < 0 {
			errs = append(errs, &Error{fmt.Sprintf("%s:item %d", name, n), fmt.Errorf("feed: <%s> at byte %d is never closed", tag, start)})
			break
		}
		stop := start + j + len(end)
		pos = stop
		f, err := gofeed.NewParser().Parse(strings.NewReader(envelope + string(body[start:stop]) + closing))
		if err != nil || len(f.Items) != 1 {
			if err == nil {
				err = fmt.Errorf("no item in it")
			}
			errs = append(errs, &Error{fmt.Sprintf("%s:item %d", name, n), fmt.Errorf("feed: item at byte %d: %w", start, err)})
			continue
		}
		items = append(items, f.Items[0])
	}
	return items, errs
}
