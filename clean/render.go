package clean

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockText renders an extracted content tree as text with one line per
// block (paragraph, heading, list item, quote, table row, line break), so
// that paragraph structure survives for body cleaning and heading
// detection. Runs of white space become single spaces.
func blockText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	breakLine := func() {
		s := b.String()
		if len(s) > 0 && s[len(s)-1] != '\n' {
			b.WriteByte('\n')
		}
	}
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			// Text pieces are joined by a space, as the extractor's own
			// ContentText joins them: "<li>a</li><li>b</li>" is two words.
			b.WriteString(n.Data)
			b.WriteByte(' ')
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Br, atom.Hr:
				breakLine()
				return
			case atom.Td, atom.Th:
				b.WriteByte(' ')
			}
		}
		block := n.Type == html.ElementNode && isBlock(n)
		if block {
			breakLine()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			breakLine()
		}
	}
	walk(n)
	lines := strings.Split(b.String(), "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func isBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Ul, atom.Ol,
		atom.Blockquote, atom.Pre, atom.Table, atom.Tr, atom.Section, atom.Article, atom.Header, atom.Footer,
		atom.Figure, atom.Figcaption, atom.Dl, atom.Dt, atom.Dd, atom.Main, atom.Aside, atom.Address, atom.Details,
		atom.Summary, atom.Caption, atom.Body:
		return true
	}
	// Elements of the extractor's own vocabulary (TEI-like) that are not
	// HTML: <head>, <list>, <item>, <quote>, <lb>...
	switch n.Data {
	case "head", "list", "item", "quote", "lb", "code", "row", "cell", "graphic":
		return true
	}
	return false
}
