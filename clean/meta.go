package clean

import (
	"encoding/json"
	"regexp"
	"strings"
	"time"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Meta is what a page says about itself: title, byline, publication date
// and canonical URL, each with the place it was read from (Sources: field
// name to "json-ld", "og:title", "meta:author", "link:canonical",
// "microdata", "time", "url", "title", ...).
type Meta struct {
	Title, Author, Published, URL string
	// Language is the ISO 639-1 code the page declares (<html lang>,
	// Content-Language, og:locale).
	Language string
	Sources  map[string]string
	// titles are every title the page gives (meta tags, JSON-LD, <title>,
	// the first <h1>), to know the headline when the body repeats it.
	titles []string
	// descriptions are the page's summaries (description, og:description,
	// twitter:description, JSON-LD description): a standfirst.
	descriptions []string
}

// candidate is one value for a field and where it was found.
type candidate struct{ value, source string }

// PageMeta reads a parsed page's metadata in order of trust: JSON-LD (the
// publisher's structured data), then Open Graph and other meta tags, then
// microdata and <time> elements, then the <title>, and for the date the
// URL's own /2023/01/05/.
func PageMeta(doc *html.Node, pageURL string) Meta {
	var title, author, date, canon []candidate
	var firstTime, titleTag, h1 string
	var lang []candidate
	var descs []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				if l := attr(n, "lang"); l != "" {
					lang = append(lang, candidate{l, "html:lang"})
				}
			case atom.H1:
				if h1 == "" {
					h1 = strings.TrimSpace(nodeText(n))
				}
			case atom.Title:
				if titleTag == "" && n.FirstChild != nil {
					titleTag = strings.TrimSpace(n.FirstChild.Data)
				}
			case atom.Meta:
				name := strings.ToLower(attr(n, "property") + attr(n, "name"))
				content := strings.TrimSpace(attr(n, "content"))
				if content == "" {
					break
				}
				switch name {
				case "og:title", "twitter:title":
					title = append(title, candidate{content, name})
				case "description", "og:description", "twitter:description":
					descs = append(descs, content)
				case "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
					"publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
					"parsely-pub-date", "date", "article.published", "cxenseparse:recs:publishtime":
					date = append(date, candidate{content, "meta:" + name})
				case "author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author", "twitter:creator":
					if !strings.Contains(content, "://") && !strings.HasPrefix(content, "@") {
						author = append(author, candidate{strings.TrimPrefix(content, "By "), "meta:" + name})
					}
				case "og:url":
					canon = append(canon, candidate{content, name})
				case "og:locale":
					lang = append(lang, candidate{content, name})
				}
				if strings.EqualFold(attr(n, "http-equiv"), "content-language") {
					lang = append(lang, candidate{content, "meta:content-language"})
				}
				if ip := attr(n, "itemprop"); ip == "datePublished" {
					date = append(date, candidate{content, "microdata"})
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && attr(n, "href") != "" {
					canon = append([]candidate{{attr(n, "href"), "link:canonical"}}, canon...)
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					ld := readJSONLD(n.FirstChild.Data)
					title = append(ld.title, title...)
					author = append(ld.author, author...)
					date = append(ld.date, date...)
					canon = append(canon, ld.url...)
				}
			case atom.Time:
				if dt := attr(n, "datetime"); dt != "" {
					if attr(n, "itemprop") == "datePublished" || hasAttr(n, "pubdate") {
						date = append(date, candidate{dt, "microdata"})
					} else if firstTime == "" {
						firstTime = dt
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if firstTime != "" {
		date = append(date, candidate{firstTime, "time"})
	}
	if d := urlDate(pageURL); d != "" {
		date = append(date, candidate{d, "url"})
	}
	if titleTag != "" {
		title = append(title, candidate{titleTag, "title"})
	}
	m := Meta{Sources: map[string]string{}}
	for _, c := range title {
		m.titles = append(m.titles, c.value)
	}
	if h1 != "" {
		m.titles = append(m.titles, h1)
	}
	m.descriptions = descs
	for _, c := range title {
		if t := Normalize(c.value); t != "" {
			m.Title, m.Sources["title"] = t, c.source
			break
		}
	}
	for _, c := range author {
		if a := Normalize(c.value); a != "" && len(a) < 200 {
			m.Author, m.Sources["author"] = a, c.source
			break
		}
	}
	for _, c := range date {
		if d := ParseDate(c.value); d != "" {
			m.Published, m.Sources["published"] = d, c.source
			break
		}
	}
	for _, c := range lang {
		if l := languageCode(c.value); l != "" {
			m.Language = l
			break
		}
	}
	for _, c := range canon {
		if strings.HasPrefix(c.value, "http://") || strings.HasPrefix(c.value, "https://") {
			m.URL, m.Sources["url"] = c.value, c.source
			break
		}
	}
	return m
}

func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// isHeadline reports whether line is the page's own headline: one of its
// titles, or the part of one before the site's name ("Headline | Site").
func (m Meta) isHeadline(line string) bool {
	l := titleKey(line)
	if len(l) < 4 {
		return false
	}
	for _, t := range m.titles {
		if titleKey(t) == l {
			return true
		}
		for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " « ", " » "} {
			if i := strings.Index(t, sep); i > 0 && titleKey(t[:i]) == l {
				return true
			}
			if i := strings.LastIndex(t, sep); i > 0 && titleKey(t[:i]) == l {
				return true
			}
		}
	}
	return false
}

// isDescription reports whether line is the page's own summary.
func (m Meta) isDescription(line string) bool {
	l := titleKey(line)
	if len(l) < 20 {
		return false
	}
	for _, d := range m.descriptions {
		if titleKey(d) == l {
			return true
		}
	}
	return false
}

// titleKey compares titles by their letters and digits, case folded.
func titleKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(html.UnescapeString(s)) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// languageCode reads "ru", "ru-RU", "en_GB" as the two-letter code.
func languageCode(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_,; "); i >= 0 {
		s = s[:i]
	}
	if len(s) != 2 || s[0] < 'a' || s[0] > 'z' || s[1] < 'a' || s[1] > 'z' {
		return ""
	}
	return s
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

type ldMeta struct{ title, author, date, url []candidate }

// articleTypes are the schema.org types whose fields describe the article.
var articleTypes = map[string]bool{
	"newsarticle": true, "article": true, "blogposting": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"opinionnewsarticle": true, "backgroundnewsarticle": true, "webpage": false, "liveblogposting": true, "report": true,
}

// readJSONLD reads the article objects of a JSON-LD block (at the top, in
// a list, or in @graph).
func readJSONLD(src string) ldMeta {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(src)), &v); err != nil {
		return ldMeta{}
	}
	var m ldMeta
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			if !isArticleType(x["@type"]) {
				return
			}
			if s, ok := x["headline"].(string); ok {
				m.title = append(m.title, candidate{s, "json-ld"})
			}
			if s, ok := x["datePublished"].(string); ok {
				m.date = append(m.date, candidate{s, "json-ld"})
			}
			if s := ldName(x["author"]); s != "" {
				m.author = append(m.author, candidate{s, "json-ld"})
			}
			if s, ok := x["url"].(string); ok {
				m.url = append(m.url, candidate{s, "json-ld"})
			}
		}
	}
	visit(v, 0)
	return m
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return articleTypes[strings.ToLower(x)]
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// ldName reads an author: a name, a Person, or a list of them (joined).
func ldName(v any) string {
	switch x := v.(type) {
	case string:
		if strings.Contains(x, "://") {
			return ""
		}
		return x
	case map[string]any:
		s, _ := x["name"].(string)
		return s
	case []any:
		var names []string
		for _, e := range x {
			if s := ldName(e); s != "" {
				names = append(names, s)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

var (
	isoDate    = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})`)
	urlDateRes = []*regexp.Regexp{
		regexp.MustCompile(`/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)`),
		regexp.MustCompile(`[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)`),
		regexp.MustCompile(`/((?:19|20)\d{2})(\d{2})(\d{2})(?:/|$)`),
	}
	dateLayouts = []string{time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC, "Mon, 2 Jan 2006 15:04:05 -0700",
		"January 2, 2006", "Jan 2, 2006", "2 January 2006", "2 Jan 2006", "2006/01/02", "02.01.2006", "20060102"}
)

// ParseDate reads a date in the forms pages and feeds write (ISO 8601,
// RFC 1123, "January 2, 2006", ...) as YYYY-MM-DD; "" when it is none or
// is not a plausible publication date.
func ParseDate(s string) string {
	s = strings.TrimSpace(s)
	var t time.Time
	if m := isoDate.FindStringSubmatch(s); m != nil {
		var err error
		if t, err = time.Parse("2006-01-02", m[0]); err != nil {
			return ""
		}
	} else {
		for _, l := range dateLayouts {
			if x, err := time.Parse(l, s); err == nil {
				t = x
				break
			}
		}
	}
	if t.IsZero() || t.Year() < 1990 || t.After(time.Now().AddDate(0, 0, 2)) {
		return ""
	}
	return t.Format("2006-01-02")
}

// urlDate reads the date many sites put in their article paths.
func urlDate(u string) string {
	for _, re := range urlDateRes {
		if m := re.FindStringSubmatch(u); m != nil {
			if len(m[2]) == 1 {
				m[2] = "0" + m[2]
			}
			if len(m[3]) == 1 {
				m[3] = "0" + m[3]
			}
			if d := ParseDate(m[1] + "-" + m[2] + "-" + m[3]); d != "" {
				return d
			}
		}
	}
	return ""
}
