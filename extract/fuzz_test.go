package extract

import (
	"testing"
	"unicode/utf8"

	"github.com/annalist/annalist"
)

// FuzzProcess runs the whole pipeline on arbitrary text and checks the
// contract's promise: every span is a valid stretch of the record's text,
// on character boundaries, and its text, where given, is those bytes.
func FuzzProcess(f *testing.F) {
	f.Add("Police in Almaty arrested 40 protesters on 5 January 2022, “a crackdown”, President Kassym-Jomart Tokayev said.")
	f.Add("No space for opposition\n\nOn Monday, thousands marched in Lagos, Nigeria; at least 12 were killed.")
	f.Add("“Unclosed quote\n\n‘Shal, ket!’ they shouted… U.S. Dr. J. Smith, 1,000.5% — next week")
	p := Default()
	f.Fuzz(func(t *testing.T, body string) {
		if !utf8.ValidString(body) {
			return
		}
		r, err := p.Process(&annalist.Article{ID: "f", Text: body, Published: "2023-01-05"})
		if err != nil {
			return
		}
		check := func(what string, start, end int, text string) {
			if start < 0 || end > len(r.Text) || start > end {
				t.Fatalf("%s span [%d,%d) outside the text of %d bytes", what, start, end, len(r.Text))
			}
			if !utf8.ValidString(r.Text[start:end]) {
				t.Fatalf("%s span [%d,%d) splits a character", what, start, end)
			}
			if text != "" && r.Text[start:end] != text {
				t.Fatalf("%s span [%d,%d) is %q, not %q", what, start, end, r.Text[start:end], text)
			}
		}
		for _, e := range r.Entities {
			for _, m := range e.Mentions {
				check("mention", m.Start, m.End, m.Text)
			}
		}
		for _, x := range r.Times {
			check("time", x.Start, x.End, x.Text)
		}
		for _, x := range r.Counts {
			check("count", x.Start, x.End, x.Text)
		}
		for _, x := range r.Quotes {
			check("quote", x.Start, x.End, x.Text)
		}
		for _, x := range r.Headings {
			check("heading", x.Start, x.End, x.Text)
		}
		for _, ev := range r.Events {
			check("trigger", ev.Trigger.Start, ev.Trigger.End, ev.Trigger.Text)
			check("sentence", ev.Sentence.Start, ev.Sentence.End, ev.Sentence.Text)
			for _, a := range []*annalist.Arg{ev.Actor, ev.Target} {
				if a != nil {
					check("argument", a.Start, a.End, a.Text)
				}
			}
		}
	})
}
