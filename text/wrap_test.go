package text

import (
	"strings"
	"testing"
)

// reutersLike is newswire copy wrapped at 65 columns: paragraphs start
// indented, and the story ends with a short sign-off.
const reutersLike = `The Bank of Japan said it would keep its discount rate at
a record low of 2.5 pct, despite calls from the finance ministry
for a further cut to support the yen against the dollar.
    Bank officials told reporters the decision was unanimous and
that the bank saw no need to change policy before the summit.
    The yen closed at 153.50 to the dollar.
 Reuter`

func paragraphTexts(s string) []string {
	var out []string
	for _, p := range Paragraphs(s) {
		out = append(out, s[p.Start:p.End])
	}
	return out
}

func TestParagraphsJoinHardWrap(t *testing.T) {
	got := paragraphTexts(reutersLike)
	want := []string{
		"The Bank of Japan said it would keep its discount rate at\na record low of 2.5 pct, despite calls from the finance ministry\nfor a further cut to support the yen against the dollar.",
		"Bank officials told reporters the decision was unanimous and\nthat the bank saw no need to change policy before the summit.",
		"The yen closed at 153.50 to the dollar.",
		"Reuter",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs:\n%q\nwant\n%q", got, want)
	}
	// The newline is white space inside the sentence, and offsets still
	// point at the bytes of the text.
	d := Analyze(reutersLike, "")
	if s := d.Sentences[0]; !strings.HasSuffix(reutersLike[s.Start:s.End], "against the dollar.") || s.Start != 0 {
		t.Errorf("first sentence %q", reutersLike[s.Start:s.End])
	}
	for _, tk := range d.Tokens {
		if reutersLike[tk.Start:tk.End] != tk.Text || strings.ContainsAny(tk.Text, "\n ") {
			t.Fatalf("token %+v", tk)
		}
	}
}

func TestParagraphsBlankLineStartsOne(t *testing.T) {
	// E-mail style: wrapped at 72, paragraphs between blank lines, no indents.
	in := "The council met on Tuesday and voted to close the old bridge to\ntraffic from next month, after engineers found cracks in two of\nits piers during a routine inspection in the spring.\n\nResidents of the east bank said the closure would add half an\nhour to their journey into town, and asked for a ferry service.\n"
	got := paragraphTexts(in)
	if len(got) != 2 || !strings.HasPrefix(got[1], "Residents") || !strings.HasSuffix(got[0], "in the spring.") {
		t.Errorf("paragraphs %q", got)
	}
}

func TestParagraphsShortLastLineEnds(t *testing.T) {
	// No blank lines and no indents: only the short last line of each
	// paragraph, ending a sentence, tells where it stops.
	in := "Troops fired on a crowd of several thousand protesters in the\ncapital on Sunday, witnesses said, killing at least twelve people.\nThe army denied it.\nOpposition leaders called a general strike for Monday and said\nthey would march again on the parliament building in the morning.\n"
	got := paragraphTexts(in)
	want := []string{
		"Troops fired on a crowd of several thousand protesters in the\ncapital on Sunday, witnesses said, killing at least twelve people.\nThe army denied it.",
		"Opposition leaders called a general strike for Monday and said\nthey would march again on the parliament building in the morning.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs:\n%q\nwant\n%q", got, want)
	}
}

func TestParagraphsOnePerLineUnchanged(t *testing.T) {
	// One paragraph per line, as web pages and feeds give: long lines,
	// and short ones (headings) between them; every line stays a paragraph.
	in := "Kazakhstan’s president, Kassym-Jomart Tokayev, has announced a sweeping reform of the country’s political system, which he says will break with the old regime and end decades of rule by one man.\nBackground\nThe protests began in the west of the country over the price of fuel and spread to Almaty, where at least 238 people died in the violence that followed.\nShort line one\nShort line two\n"
	got := paragraphTexts(in)
	if len(got) != 5 {
		t.Errorf("%d paragraphs, want 5: %q", len(got), got)
	}
	// Short lines that are not wrapped prose (a list, headings) stay apart.
	list := "Results:\nShr 39 cts vs 50 cts\nNet 1,545,160 vs 2,188,933\nRevs 25.2 mln vs 19.5 mln\n"
	if got := paragraphTexts(list); len(got) != 4 {
		t.Errorf("%d paragraphs, want 4: %q", len(got), got)
	}
}

func FuzzParagraphs(f *testing.F) {
	f.Add(reutersLike)
	f.Add("a\n\n  b c\nd.\n e\r\nf")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, p := range Paragraphs(s) {
			if p.Start < prev || p.End <= p.Start || p.End > len(s) {
				t.Fatalf("bad paragraph %+v after %d in %q", p, prev, s)
			}
			if q := strings.TrimSpace(s[p.Start:p.End]); q != s[p.Start:p.End] {
				t.Fatalf("paragraph %q not trimmed in %q", s[p.Start:p.End], s)
			}
			if strings.Contains(s[p.Start:p.End], "\n\n") {
				t.Fatalf("paragraph %q spans a blank line", s[p.Start:p.End])
			}
			prev = p.End
		}
	})
}
