package digest

import (
	"encoding/xml"
	"fmt"
	"github.com/annalist/annalist/query"
	"html/template"
	"io"
	"strings"
	"time"
)

// Formats are the digest's renderings.
var Formats = []string{"md", "html", "rss"}

// Write renders d in format to w. base is the feed's own address, for RSS
// (the server's /digest); it may be empty.
func Write(w io.Writer, d *Digest, format, base string) error {
	switch format {
	case "md":
		return writeMarkdown(w, d)
	case "html":
		return page.Execute(w, d)
	case "rss":
		return writeRSS(w, d, base)
	}
	return fmt.Errorf("unknown digest format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// Scope says what the digest covers, in words.
func (d *Digest) Scope() string {
	var s []string
	f := d.Filter
	for _, x := range []struct{ what, v string }{
		{"country", f.Country}, {"region", f.Region}, {"theme", f.Theme}, {"matching", f.Text}, {"naming", f.Entity},
		{"event type", f.EventType}, {"ACLED", f.ACLED}, {"ACLED", f.ACLEDSub},
	} {
		if x.v != "" {
			s = append(s, x.what+" "+x.v)
		}
	}
	out := d.From + " to " + d.To
	if len(s) > 0 {
		out += ", " + strings.Join(s, ", ")
	}
	return out
}

func writeMarkdown(w io.Writer, d *Digest) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Digest: %s\n\n%d articles.\n", d.Scope(), d.Articles)
	if len(d.Events) > 0 {
		b.WriteString("\n## Top events\n\n| type | events | articles | fatalities | where |\n|---|---:|---:|---:|---|\n")
		for _, e := range d.Events {
			fmt.Fprintf(&b, "| %s | %d | %d | %d | %s |\n", e.Type, e.Events, e.Articles, e.Fatalities, mdCell(strings.Join(e.Places, ", ")))
		}
	}
	if len(d.People) > 0 || len(d.Places) > 0 {
		b.WriteString("\n## In the news\n\n")
		if len(d.People) > 0 {
			b.WriteString("People: " + bucketList(d.People) + "\n\n")
		}
		if len(d.Places) > 0 {
			b.WriteString("Places: " + bucketList(d.Places) + "\n")
		}
	}
	if len(d.Stories) > 0 {
		b.WriteString("\n## Top stories\n")
		for _, s := range d.Stories {
			title := s.Title
			if s.Link != "" {
				title = "[" + mdText(title) + "](" + s.Link + ")"
			} else {
				title = mdText(title)
			}
			fmt.Fprintf(&b, "\n### %s\n\n%s", title, s.Published)
			if s.Events > 0 {
				fmt.Fprintf(&b, " · %d events", s.Events)
			}
			if s.Fatalities > 0 {
				fmt.Fprintf(&b, " · %d dead", s.Fatalities)
			}
			fmt.Fprintf(&b, "\n\n%s\n", mdText(s.Summary))
		}
	}
	if len(d.Quotes) > 0 {
		b.WriteString("\n## Quotes\n")
		for _, q := range d.Quotes {
			src := mdText(q.Title)
			if q.Link != "" {
				src = "[" + src + "](" + q.Link + ")"
			}
			fmt.Fprintf(&b, "\n> %s\n\n— %s, %s\n", mdText(q.Text), mdText(q.Speaker), src)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func bucketList(bs []queryBucket) string {
	parts := make([]string, len(bs))
	for i, x := range bs {
		parts[i] = fmt.Sprintf("%s (%d)", mdText(x.Value), x.Count)
	}
	return strings.Join(parts, ", ")
}

// mdText keeps text from being read as Markdown syntax.
func mdText(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "`", "\\`", "<", "&lt;", "\n", " ")
	return r.Replace(s)
}

func mdCell(s string) string { return strings.ReplaceAll(mdText(s), "|", `\|`) }

var page = template.Must(template.New("digest").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Digest: {{.Scope}}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="alternate" type="application/rss+xml" title="Annalist digest" href="/digest.rss">
<style>body{font:16px/1.45 system-ui,sans-serif;max-width:48em;margin:1em auto;padding:0 1em;color:#222}
table{border-collapse:collapse}td,th{padding:.2em .6em;border-bottom:1px solid #ddd;text-align:left}
td.n{text-align:right}blockquote{margin:.5em 0 .2em;padding-left:1em;border-left:3px solid #bbb}.meta{color:#666}</style>
</head><body>
<h1>Digest</h1><p class="meta">{{.Scope}} · {{.Articles}} articles</p>
{{if .Events}}<h2>Top events</h2><table><tr><th>type</th><th>events</th><th>articles</th><th>fatalities</th><th>where</th></tr>
{{range .Events}}<tr><td>{{.Type}}</td><td class="n">{{.Events}}</td><td class="n">{{.Articles}}</td><td class="n">{{.Fatalities}}</td><td>{{range $i, $p := .Places}}{{if $i}}, {{end}}{{$p}}{{end}}</td></tr>
{{end}}</table>{{end}}
{{if .People}}<h2>People in the news</h2><p>{{range $i, $b := .People}}{{if $i}}, {{end}}<a href="/#/entity/{{$b.Value}}">{{$b.Value}}</a> ({{$b.Count}}){{end}}</p>{{end}}
{{if .Places}}<h2>Places in the news</h2><p>{{range $i, $b := .Places}}{{if $i}}, {{end}}<a href="/#/entity/{{$b.Value}}">{{$b.Value}}</a> ({{$b.Count}}){{end}}</p>{{end}}
{{if .Stories}}<h2>Top stories</h2>{{range .Stories}}<h3>{{if .Link}}<a href="{{.Link}}">{{.Title}}</a>{{else}}{{.Title}}{{end}}</h3>
<p class="meta">{{.Published}}{{if .Events}} · {{.Events}} events{{end}}{{if .Fatalities}} · {{.Fatalities}} dead{{end}}</p><p>{{.Summary}}</p>{{end}}{{end}}
{{if .Quotes}}<h2>Quotes</h2>{{range .Quotes}}<blockquote>{{.Text}}</blockquote><p class="meta">— {{.Speaker}}, {{if .Link}}<a href="{{.Link}}">{{.Title}}</a>{{else}}{{.Title}}{{end}}</p>{{end}}{{end}}
</body></html>
`))

type rss struct {
	XMLName xml.Name   `xml:"rss"`
	Version string     `xml:"version,attr"`
	Channel rssChannel `xml:"channel"`
}

type rssChannel struct {
	Title       string    `xml:"title"`
	Link        string    `xml:"link"`
	Description string    `xml:"description"`
	PubDate     string    `xml:"pubDate,omitempty"`
	Items       []rssItem `xml:"item"`
}

type rssItem struct {
	Title       string  `xml:"title"`
	Link        string  `xml:"link,omitempty"`
	Description string  `xml:"description"`
	PubDate     string  `xml:"pubDate,omitempty"`
	GUID        rssGUID `xml:"guid"`
}

type rssGUID struct {
	Value       string `xml:",chardata"`
	IsPermaLink bool   `xml:"isPermaLink,attr"`
}

// writeRSS writes an RSS 2.0 feed: one item for the period's summary (its
// events, people and places) and one per top story.
func writeRSS(w io.Writer, d *Digest, base string) error {
	if base == "" {
		base = "http://127.0.0.1:8080/digest"
	}
	ch := rssChannel{Title: "Annalist digest", Link: base,
		Description: "Top events, people, places, quotes and stories: " + d.Scope(), PubDate: rssDate(d.To)}
	var sum strings.Builder
	fmt.Fprintf(&sum, "%d articles.", d.Articles)
	for _, e := range d.Events {
		fmt.Fprintf(&sum, " %s: %d events, %d dead.", e.Type, e.Events, e.Fatalities)
	}
	if len(d.People) > 0 {
		sum.WriteString(" People: " + plainList(d.People) + ".")
	}
	if len(d.Places) > 0 {
		sum.WriteString(" Places: " + plainList(d.Places) + ".")
	}
	ch.Items = append(ch.Items, rssItem{Title: "Digest " + d.Scope(), Link: base, Description: sum.String(),
		PubDate: rssDate(d.To), GUID: rssGUID{Value: "digest:" + d.Scope()}})
	for _, s := range d.Stories {
		ch.Items = append(ch.Items, rssItem{Title: s.Title, Link: s.Link, Description: s.Summary,
			PubDate: rssDate(s.Published), GUID: rssGUID{Value: "article:" + s.ID}})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", " ")
	if err := enc.Encode(rss{Version: "2.0", Channel: ch}); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func plainList(bs []queryBucket) string {
	parts := make([]string, len(bs))
	for i, x := range bs {
		parts[i] = x.Value
	}
	return strings.Join(parts, ", ")
}

func rssDate(day string) string {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return ""
	}
	return t.Format(time.RFC1123Z)
}

type queryBucket = query.Bucket
