package clean

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestPageMetaSources(t *testing.T) {
	page := `<html lang="en-GB"><head><title>Floods reach the capital | Example News</title>
<meta property="og:title" content="Floods reach the capital">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-05T08:00:00+01:00">
<link rel="canonical" href="https://news.example.org/floods">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example"},
 {"@type":"NewsArticle","headline":"Floods reach the capital, thousands evacuated","datePublished":"2024-03-04T22:00:00Z",
  "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Ali Khan"}]}]}</script>
</head><body><h1>Floods reach the capital</h1><time datetime="2020-01-01">old</time></body></html>`
	doc, _ := html.Parse(strings.NewReader(page))
	m := PageMeta(doc, "https://news.example.org/2024/03/05/floods")
	want := map[string][2]string{
		"title":     {"Floods reach the capital, thousands evacuated", "json-ld"},
		"author":    {"Jane Doe, Ali Khan", "json-ld"},
		"published": {"2024-03-04", "json-ld"},
		"url":       {"https://news.example.org/floods", "link:canonical"},
	}
	got := map[string]string{"title": m.Title, "author": m.Author, "published": m.Published, "url": m.URL}
	for f, w := range want {
		if got[f] != w[0] || m.Sources[f] != w[1] {
			t.Errorf("%s = %q from %q, want %q from %q", f, got[f], m.Sources[f], w[0], w[1])
		}
	}
	if m.Language != "en" {
		t.Errorf("language %q", m.Language)
	}

	// Without structured data: meta tags, then <time>, then the URL.
	doc, _ = html.Parse(strings.NewReader(`<html><head><title>A</title></head><body><p>x</p></body></html>`))
	m = PageMeta(doc, "https://example.org/news/2023/1/5/story")
	if m.Published != "2023-01-05" || m.Sources["published"] != "url" || m.Title != "A" || m.Sources["title"] != "title" {
		t.Errorf("from the URL: %+v", m)
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{
		"2024-03-05T08:00:00Z": "2024-03-05", "Tue, 05 Mar 2024 10:00:00 GMT": "2024-03-05", "March 5, 2024": "2024-03-05",
		"5 March 2024": "2024-03-05", "1850-01-01": "", "2999-01-01": "", "yesterday": "", "": "",
	} {
		if got := ParseDate(in); got != want {
			t.Errorf("ParseDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzPageMeta(f *testing.F) {
	f.Add(`<html lang="ru"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"x","author":{"name":"y"}}</script></head></html>`, "https://a.org/2020/01/02/x")
	f.Add(`<meta property="og:title" content=""><time datetime="2020-13-45">`, "")
	f.Fuzz(func(t *testing.T, page, u string) {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return
		}
		m := PageMeta(doc, u)
		if m.Published != "" && ParseDate(m.Published) != m.Published {
			t.Errorf("published %q is not a date", m.Published)
		}
		for f := range m.Sources {
			switch f {
			case "title", "author", "published", "url":
			default:
				t.Errorf("source for unknown field %q", f)
			}
		}
	})
}
