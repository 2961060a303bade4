package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
	"testing"

	"github.com/nlnwa/gowarc/v3"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract"
)

// testPage is a small news page: navigation, the article in <article>,
// a newsletter box inside it, and a footer.
func testPage(title, lead string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title>
<meta property="article:published_time" content="2023-01-05T08:00:00Z">
<link rel="canonical" href="https://news.example.org/2023/01/%s"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>%s</h1>
<p>%s</p>
`, title, strings.ToLower(strings.Fields(title)[0]), title, lead)
	for i := 1; i <= 6; i++ {
		fmt.Fprintf(&b, "<p>Paragraph %d of the report describes how the protesters gathered in the central square before the police arrived and how the crowd dispersed by evening, according to witnesses.</p>\n", i)
	}
	b.WriteString(`<h2>No space for opposition</h2>
<p>For years people shouted in the streets as they grew frustrated with the old rule, and the opposition was kept out of parliament.</p>
</article><footer><p>© 2023 Example News. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>`)
	return b.String()
}

// collectPages walks paths, then extracts each web page's text as the
// pipeline does (without cleaning), and returns the articles as the
// pipeline would see them.
func collectPages(t *testing.T, paths []string, opt Options) ([]*annalist.Article, []error) {
	t.Helper()
	arts, errs := collect(t, paths, opt)
	p := &extract.Pipeline{NoClean: true}
	var out []*annalist.Article
	for _, a := range arts {
		r, err := p.Process(a)
		if err != nil {
			errs = append(errs, &Error{a.Source, err})
			continue
		}
		a.ID, a.Text, a.Title, a.Published, a.URL = r.ID, r.Text, r.Title, r.Published, r.URL
		out = append(out, a)
	}
	return out, errs
}

func TestReadHTML(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "page.html", testPage("Protests spread", "The protests spread to five cities on Tuesday."))
	write(t, dir, "bad.html", "\x00\x01\x02\x03")
	write(t, dir, "empty.htm", "<html><body></body></html>")
	arts, errs := collectPages(t, []string{dir}, Options{})
	if len(arts) != 1 {
		t.Fatalf("articles %d, errors %v", len(arts), errs)
	}
	a := arts[0]
	if a.Source != p || a.Published != "2023-01-05" || !strings.Contains(a.Title, "Protests spread") || a.URL != "https://news.example.org/2023/01/protests" {
		t.Errorf("article %+v", a)
	}
	if !strings.Contains(a.Text, "The protests spread to five cities on Tuesday.\n") || strings.Contains(a.Text, "Sport") {
		t.Errorf("text %q", a.Text)
	}
	if !strings.Contains(a.Text, "\nNo space for opposition\n") {
		t.Errorf("heading not on its own line: %q", a.Text)
	}
	if a.ID != annalist.ID("", a.URL, "") {
		t.Errorf("id %s is not the URL's", a.ID)
	}
	if len(errs) != 2 || !strings.Contains(errs[0].Error(), "bad.html: binary") || !strings.Contains(errs[1].Error(), "empty.htm: ") {
		t.Errorf("errors %v", errs)
	}
}

func TestReadHTMLLegacyCharset(t *testing.T) {
	page := strings.Replace(testPage("Café society", "Le café était fermé à Noël, a déclaré le maire."), `charset="utf-8"`, `charset="iso-8859-1"`, 1)
	var latin []byte
	for _, r := range page {
		latin = append(latin, byte(r)) // all runes here are below U+0100
	}
	arts, errs := collectPages(t, []string{write(t, t.TempDir(), "latin.html", string(latin))}, Options{})
	if len(arts) != 1 || !strings.Contains(arts[0].Text, "Le café était fermé à Noël") {
		t.Fatalf("articles %d %+v errors %v", len(arts), arts[0], errs)
	}
}

const testFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Example News</title><link>https://news.example.org/</link>
<item><title>Protests spread</title><link>https://news.example.org/a</link>
<pubDate>Thu, 05 Jan 2023 08:00:00 GMT</pubDate>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>The protests spread to five cities.</p><h2>No space for opposition</h2><p>Police detained 14 people.</p>]]></content:encoded></item>
<item><title>Empty item</title><link>https://news.example.org/b</link></item>
<item><title>Summary only &amp; more</title><link>https://news.example.org/c</link>
<description>&lt;p&gt;Only a description here.&lt;/p&gt;</description></item>
</channel></rss>`

func TestReadFeed(t *testing.T) {
	p := write(t, t.TempDir(), "news.rss", testFeed)
	arts, errs := collect(t, []string{p}, Options{Date: "2020-01-01"})
	if len(arts) != 2 || len(errs) != 1 {
		t.Fatalf("articles %d errors %v", len(arts), errs)
	}
	a := arts[0]
	if a.URL != "https://news.example.org/a" || a.Title != "Protests spread" || a.Published != "2023-01-05" || a.Source != p+":item 1" {
		t.Errorf("article %+v", a)
	}
	if a.Text != "The protests spread to five cities.\nNo space for opposition\nPolice detained 14 people." {
		t.Errorf("text %q", a.Text)
	}
	if arts[1].Text != "Only a description here." || arts[1].Title != "Summary only & more" || arts[1].Published != "2020-01-01" {
		t.Errorf("second article %+v", arts[1])
	}
	if !strings.Contains(errs[0].Error(), p+":item 2: ") || !strings.Contains(errs[0].Error(), "no content or description") {
		t.Errorf("error %v", errs[0])
	}
}

func TestReadFeedAtomAndBroken(t *testing.T) {
	atom := `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>X</title>
<entry><title>Entry one</title><link href="https://example.org/1"/><updated>2024-03-02T10:00:00Z</updated>
<content type="html">&lt;p&gt;First paragraph.&lt;/p&gt;&lt;p&gt;Second paragraph.&lt;/p&gt;</content></entry></feed>`
	dir := t.TempDir()
	write(t, dir, "a.atom", atom)
	write(t, dir, "b.rss", "<rss><channel><item><title>cut off")
	arts, errs := collect(t, []string{dir}, Options{})
	if len(arts) != 1 || arts[0].Text != "First paragraph.\nSecond paragraph." || arts[0].Published != "2024-03-02" {
		t.Fatalf("articles %+v", arts)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "b.rss: feed:") {
		t.Errorf("errors %v", errs)
	}
}

// warcRecord builds one response record with gowarc's own builder.
func warcRecord(t testing.TB, uri, date, httpMsg string) gowarc.WarcRecord {
	t.Helper()
	rb := gowarc.NewRecordBuilder(gowarc.Response, gowarc.WithAddMissingDigest(true), gowarc.WithFixContentLength(true), gowarc.WithAddMissingContentLength(true), gowarc.WithAddMissingRecordId(true))
	if _, err := rb.WriteString(httpMsg); err != nil {
		t.Fatal(err)
	}
	rb.AddWarcHeader(gowarc.WarcTargetURI, uri)
	rb.AddWarcHeader(gowarc.WarcDate, date)
	rb.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
	rec, _, err := rb.Build()
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

func httpResponse(status, contentType, body string, extra ...string) string {
	h := "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\n"
	for _, x := range extra {
		h += x + "\r\n"
	}
	return h + fmt.Sprintf("Content-Length: %d\r\n\r\n", len(body)) + body
}

func testWARC(t testing.TB, gz bool) []byte {
	var gzBody bytes.Buffer
	zw := gzip.NewWriter(&gzBody)
	zw.Write([]byte(testPage("Second story", "The second story was served compressed.")))
	zw.Close()
	recs := []gowarc.WarcRecord{
		warcRecord(t, "https://news.example.org/one", "2023-01-06T10:00:00Z", httpResponse("200 OK", "text/html; charset=utf-8", testPage("First story", "The first story is here."))),
		warcRecord(t, "https://news.example.org/logo.png", "2023-01-06T10:00:01Z", httpResponse("200 OK", "image/png", "\x89PNG....")),
		warcRecord(t, "https://news.example.org/moved", "2023-01-06T10:00:02Z", httpResponse("301 Moved Permanently", "text/html", "<a href=x>moved</a>")),
		warcRecord(t, "https://news.example.org/two", "2023-01-07T10:00:00Z", httpResponse("200 OK", "text/html", gzBody.String(), "Content-Encoding: gzip")),
		warcRecord(t, "https://news.example.org/broken", "2023-01-07T10:00:00Z", httpResponse("200 OK", "text/html", "\x00\x00\x00binary", "")),
	}
	rb := gowarc.NewRecordBuilder(gowarc.Resource, gowarc.WithAddMissingDigest(true), gowarc.WithFixContentLength(true), gowarc.WithAddMissingContentLength(true), gowarc.WithAddMissingRecordId(true))
	rb.WriteString(testPage("Third story", "The third story was stored as a resource."))
	rb.AddWarcHeader(gowarc.WarcTargetURI, "https://news.example.org/three")
	rb.AddWarcHeader(gowarc.WarcDate, "2023-01-08T10:00:00Z")
	rb.AddWarcHeader(gowarc.ContentType, "text/html")
	res, _, err := rb.Build()
	if err != nil {
		t.Fatal(err)
	}
	recs = append(recs, res)
	var buf bytes.Buffer
	m := gowarc.NewMarshaler()
	for _, r := range recs {
		var w bytes.Buffer
		if _, _, err := m.Marshal(&w, r, 0); err != nil {
			t.Fatal(err)
		}
		if gz {
			zw := gzip.NewWriter(&buf) // one gzip member per record, as crawlers write
			zw.Write(w.Bytes())
			zw.Close()
		} else {
			buf.Write(w.Bytes())
		}
	}
	return buf.Bytes()
}

func TestReadWARC(t *testing.T) {
	for _, gz := range []bool{false, true} {
		name := "crawl.warc"
		if gz {
			name += ".gz"
		}
		p := write(t, t.TempDir(), name, string(testWARC(t, gz)))
		arts, errs := collectPages(t, []string{p}, Options{})
		if len(arts) != 3 {
			t.Fatalf("%s: articles %d errors %v", name, len(arts), errs)
		}
		if a := arts[2]; a.URL != "https://news.example.org/three" || !strings.Contains(a.Text, "stored as a resource") {
			t.Errorf("%s: resource record %+v", name, a)
		}
		if a := arts[0]; a.URL != "https://news.example.org/one" || a.Published != "2023-01-05" || !strings.Contains(a.Text, "The first story is here.") || !strings.HasPrefix(a.Source, p+":record 1") {
			t.Errorf("%s: first %+v", name, a)
		}
		if a := arts[1]; a.URL != "https://news.example.org/two" || !strings.Contains(a.Text, "served compressed") {
			t.Errorf("%s: second %+v", name, a)
		}
		if len(errs) != 1 || !strings.Contains(errs[0].Error(), p+":record 5") || !strings.Contains(errs[0].Error(), "binary") {
			t.Errorf("%s: errors %v", name, errs)
		}
	}
}

func TestReadWARCGarbage(t *testing.T) {
	good := testWARC(t, false)
	in := append([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: zzz\r\n\r\n"), good...)
	arts, errs := collectPages(t, []string{write(t, t.TempDir(), "bad.warc", string(in))}, Options{})
	if len(arts) != 3 {
		t.Errorf("%d articles after a broken record, want 3; errors %v", len(arts), errs)
	}
}

func collectStream(r *bufio.Reader, read reader) (n int) {
	read(r, "fuzz", Options{MaxArticleBytes: 1 << 20}, func(a *annalist.Article, err error) error {
		// A page read without a container URL gets its id from the
		// pipeline, once its canonical URL is known.
		if err == nil && (a == nil || a.ID == "" && a.HTML == "" || isBlank(a.Text) && isBlank(a.HTML)) {
			panic(fmt.Sprintf("accepted an empty article %+v", a))
		}
		n++
		return nil
	})
	return n
}

func FuzzReadFeed(f *testing.F) {
	f.Add([]byte(testFeed))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><content>x</content></entry></feed>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		collectStream(bufio.NewReader(bytes.NewReader(b)), readFeed)
	})
}

func FuzzReadWARC(f *testing.F) {
	f.Add(testWARC(f, false))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nHTTP/\r\n\r\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		collectStream(bufio.NewReader(bytes.NewReader(b)), readWARC)
	})
}

func FuzzReadHTML(f *testing.F) {
	f.Add([]byte(testPage("A title", "A lead.")))
	f.Add([]byte("<p>tiny</p>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		collectStream(bufio.NewReader(bytes.NewReader(b)), readHTML)
	})
}

func TestReadWARCSaysWhyNothing(t *testing.T) {
	dir := t.TempDir()
	empty := write(t, dir, "empty.warc", "")
	arts, errs := collect(t, []string{empty}, Options{})
	if len(arts) != 0 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "empty.warc: warc: no WARC record") {
		t.Errorf("articles %d errors %v", len(arts), errs)
	}
}

func TestFeedKeepsValidItems(t *testing.T) {
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>One</title><link>https://a.example/1</link><description>First story text.</description></item>
<item><title>Two</titl><link>https://a.example/2</link></item>
<item><title>Three</title><link>https://a.example/3</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>
</channel></rss>`
	items, bad, err := Feed([]byte(feed), "f.xml")
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 2 || items[0].Link != "https://a.example/1" || items[1].Published != "2024-03-05" {
		t.Errorf("items %+v", items)
	}
	if len(bad) != 1 || !strings.Contains(bad[0].Error(), "f.xml:item 2") {
		t.Errorf("errors %v", bad)
	}
}

func FuzzFeed(f *testing.F) {
	f.Add([]byte(`<rss><channel><item><title>a</title><link>http://x/1</link></item><item><title>b</titl></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title><link href="http://x/"/></entry>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		items, _, err := Feed(b, "fuzz")
		if err != nil && len(items) > 0 {
			t.Error("items with an error")
		}
		for _, it := range items {
			if it.Key == "" {
				t.Errorf("item without a key: %+v", it)
			}
		}
	})
}
