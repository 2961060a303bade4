package clean

import (
	"fmt"
	"strings"
	"testing"

	"github.com/annalist/annalist/eval"
)

func newsPage() string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Statue toppled | Example News</title>
<meta property="article:published_time" content="2022-01-05T10:00:00Z"></head><body>
<header><nav><a href="/">Home</a><a href="/world">World</a><a href="/login">Log in</a></nav></header>
<main><article><h1>Statue toppled</h1>
<p>Protesters in the southern town took down a statue of the former president on Wednesday.</p>`)
	for i := 1; i <= 5; i++ {
		fmt.Fprintf(&b, "<p>Witnesses said paragraph %d of events unfolded as police watched from a distance and the crowd grew through the afternoon.</p>\n", i)
	}
	b.WriteString(`<div class="promo"><p>Get the free weekly newsletter A summary of our latest stories. Sign up now</p></div>
<h2>No space for opposition</h2>
<p>For years people shouted in the streets, but the opposition was never allowed to register.</p>
</article></main>
<footer><p>© 2022 Example News. All rights reserved.</p></footer></body></html>`)
	return b.String()
}

func TestHTML(t *testing.T) {
	p, err := HTML([]byte(newsPage()), "https://news.example.org/statue")
	if err != nil {
		t.Fatal(err)
	}
	if p.Published != "2022-01-05" || !strings.Contains(p.Title, "Statue toppled") {
		t.Errorf("title %q published %q", p.Title, p.Published)
	}
	// The headline is the title, not the text's first paragraph.
	if !strings.HasPrefix(p.Text, "Protesters in the southern town took down a statue") {
		t.Errorf("text starts %q", p.Text[:80])
	}
	if strings.Contains(p.Text, "Sign up now") || strings.Contains(p.Text, "Log in") {
		t.Errorf("promo or navigation left in %q", p.Text)
	}
	var heads []string
	for _, h := range p.Headings {
		heads = append(heads, p.Text[h.Start:h.End])
	}
	if strings.Join(heads, "|") != "No space for opposition" {
		t.Errorf("headings %q", heads)
	}
	if len(p.Dropped) != 1 || p.Dropped[0].Reason != ReasonPromo {
		t.Errorf("dropped %+v", p.Dropped)
	}
}

func TestHTMLErrors(t *testing.T) {
	if _, err := HTML([]byte("\x00\x00binary\x00"), ""); err == nil {
		t.Error("binary page accepted")
	}
	if _, err := HTML([]byte("<html><body></body></html>"), ""); err == nil {
		t.Error("empty page accepted")
	}
}

func TestFragmentText(t *testing.T) {
	got, err := FragmentText("<p>One <b>bold</b> word.</p><ul><li>First</li><li>Second</li></ul>Tail<br>line")
	if err != nil || got != "One bold word.\nFirst\nSecond\nTail\nline" {
		t.Errorf("got %q, %v", got, err)
	}
}

// TestArticleBenchmark scores HTML on the shared article-extraction
// benchmark; published figure for go-trafilatura: F1 0.960.
func TestArticleBenchmark(t *testing.T) {
	if testing.Short() {
		t.Skip("benchmark run")
	}
	pages, err := eval.LoadArticleGold(sharedDir(t, "eval/article-extraction"))
	if err != nil {
		t.Skip(err)
	}
	s, _, _ := eval.RunArticles(pages, func(page []byte, url string) (string, error) {
		p, err := HTML(page, url)
		return p.Text, err
	})
	t.Logf("cleaned: %v", s)
	if s.F1 < 0.955 {
		t.Errorf("F1 %.3f below 0.955", s.F1)
	}
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte(newsPage()))
	f.Add([]byte("<p>tiny<p>page"))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := HTML(b, "")
		if err != nil {
			return
		}
		for _, h := range p.Headings {
			if h.End > len(p.Text) || p.Text[h.Start:h.End] != h.Text {
				t.Fatalf("bad heading %+v", h)
			}
		}
	})
}

// A page whose extractor falls back to the whole body must not come out
// with its text twice.
func TestHTMLNotTwice(t *testing.T) {
	page := `<html><head><title>T</title><body><article><p>Police arrested twelve protesters in the capital on Monday, officials said.</p><p>Second para.</p>`
	p, err := HTML([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(p.MainText, "Police arrested"); n != 1 {
		t.Errorf("the text is there %d times: %q", n, p.MainText)
	}
}
