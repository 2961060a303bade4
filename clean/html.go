package clean

import (
	"bytes"
	"fmt"
	nurl "net/url"
	"strings"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// Page is the article found in a web page.
type Page struct {
	URL       string // the page's own canonical URL, when it gives one
	Title     string
	Published string // YYYY-MM-DD, or empty when the page gives no date
	Language  string // ISO 639-1 as the page declares or the extractor guessed
	Author    string
	// Sources says where URL, Title, Published and Author were read
	// (see Meta); "extractor" for go-trafilatura's own finds.
	Sources map[string]string
	// MainText is the article's text as extracted, one paragraph per line,
	// before body cleaning.
	MainText string
	// Result is MainText cleaned by Text.
	Result
}

// HTML extracts the main article text of a web page with go-trafilatura
// (with its readability and dom-distiller fallbacks, as benchmarked), then
// cleans it with Text. page may be in any encoding its bytes or meta tags
// declare; pageURL, when known, helps resolve the page's own metadata.
func HTML(page []byte, pageURL string) (Page, error) {
	main, meta, err := extractHTML(page, pageURL)
	if err != nil {
		return Page{}, err
	}
	own := meta.own
	pick := func(field, mine, theirs, theirSource string) string {
		if mine != "" {
			return mine
		}
		if theirs != "" {
			own.Sources[field] = theirSource
		}
		return theirs
	}
	return Page{
		URL:       pick("url", own.URL, meta.URL, "extractor"),
		Title:     pick("title", own.Title, Normalize(meta.Title), "extractor"),
		Published: pick("published", own.Published, meta.published, "htmldate"),
		Author:    pick("author", own.Author, Normalize(meta.Author), "extractor"),
		Language:  pick("language", own.Language, meta.Language, "extractor"),
		Sources:   own.Sources,
		MainText:  main,
		Result:    Text(main),
	}, nil
}

type pageMeta struct {
	trafilatura.Metadata
	published string
	own       Meta // read by PageMeta, with sources
}

// MainText returns the main article text of a web page as go-trafilatura
// extracts it, one paragraph per line, without body cleaning.
func MainText(page []byte, pageURL string) (string, error) {
	main, _, err := extractHTML(page, pageURL)
	return main, err
}

func extractHTML(page []byte, pageURL string) (string, pageMeta, error) {
	src, err := DecodeHTML(page, "")
	if err != nil {
		return "", pageMeta{}, err
	}
	doc, err := html.Parse(bytes.NewReader([]byte(src)))
	if err != nil {
		return "", pageMeta{}, fmt.Errorf("parse HTML: %w", err)
	}
	own := PageMeta(doc, pageURL)
	opts := trafilatura.Options{EnableFallback: true, ExcludeComments: true}
	if pageURL != "" {
		if u, err := nurl.ParseRequestURI(pageURL); err == nil {
			opts.OriginalURL = u
		}
	}
	res, err := extractSafely(doc, opts)
	if err != nil {
		return "", pageMeta{}, err
	}
	m := pageMeta{Metadata: res.Metadata, own: own}
	if !res.Metadata.Date.IsZero() {
		m.published = res.Metadata.Date.Format("2006-01-02")
	}
	main := res.ContentText
	if res.ContentNode != nil {
		// The tree gives the paragraph breaks; but when the extractor took
		// its text from elsewhere (JSON-LD articleBody, its baseline), the
		// tree holds less than the text, and a fallback's tree can hold the
		// page twice over: keep the text then.
		lines := blockText(res.ContentNode)
		treeWords, textWords := len(strings.Fields(lines)), len(strings.Fields(main))
		if treeWords*10 >= textWords*9 && treeWords*10 <= textWords*12 {
			main = lines
		}
	}
	return dropHeadline(main, own), m, nil
}

// dropHeadline removes the page's headline where the main text opens with
// it: the headline is the record's title, not a paragraph of its text.
func dropHeadline(main string, m Meta) string {
	trimmed := strings.TrimLeft(main, " \t\r\n")
	first, rest, _ := strings.Cut(trimmed, "\n")
	if rest == "" || !m.isHeadline(first) {
		return main
	}
	rest = strings.TrimLeft(rest, " \t\r\n")
	// The standfirst under the headline, when it is the page's summary,
	// goes with the headline.
	second, after, _ := strings.Cut(rest, "\n")
	if after != "" && m.isDescription(second) {
		return strings.TrimLeft(after, " \t\r\n")
	}
	return rest
}

// extractSafely runs the extractor, turning a panic deep in it (it walks
// arbitrary markup) into an error for this page alone.
func extractSafely(doc *html.Node, opts trafilatura.Options) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extract main text: panic: %v", r)
		}
	}()
	res, err = trafilatura.ExtractDocument(doc, opts)
	if err != nil {
		return nil, fmt.Errorf("extract main text: %w", err)
	}
	return res, nil
}

// FragmentText renders a fragment of HTML that is all article, such as a
// feed item's content, as text with one paragraph per line: no main-text
// extraction, which needs a whole page.
func FragmentText(fragment string) (string, error) {
	doc, err := html.Parse(strings.NewReader(fragment))
	if err != nil {
		return "", fmt.Errorf("parse HTML: %w", err)
	}
	return blockText(doc), nil
}
