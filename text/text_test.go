package text

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Kazakhstan’s president, Kassym-Jomart Tokayev, has not.", "Kazakhstan|’s|president|,|Kassym-Jomart|Tokayev|,|has|not|."},
		{"The U.S. and Dr. Smith met on Jan. 5, 2022.", "The|U.S.|and|Dr.|Smith|met|on|Jan.|5|,|2022|."},
		{"J. K. Rowling sold 1,200.50 copies...", "J.|K.|Rowling|sold|1,200.50|copies|..."},
		{"(Qandy Qantar, in Kazakh), ‘Shal, ket!’", "(|Qandy|Qantar|,|in|Kazakh|)|,|‘|Shal|,|ket|!|’"},
		{"“break with the old regime” and don't—ever", "“|break|with|the|old|regime|”|and|do|n't|—|ever"},
		{"up 5.3% to $40", "up|5.3|%|to|$|40"},
		{"He said ``Mobilize now.'' Then left.", "He|said|``|Mobilize|now|.|''|Then|left|."},
	}
	for _, c := range cases {
		var got []string
		for _, tk := range Tokenize(c.in) {
			if c.in[tk.Start:tk.End] != tk.Text {
				t.Fatalf("%q: token %q does not match its offsets", c.in, tk.Text)
			}
			got = append(got, tk.Text)
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("Tokenize(%q)\n got %s\nwant %s", c.in, g, c.want)
		}
	}
}

func TestSentences(t *testing.T) {
	in := "Mr. Smith went to Washington. He said: “It is over.” Then he left!\nNo space for opposition\nThe U.S. Army said so... Really? Yes."
	d := Analyze(in, "")
	var got []string
	for _, s := range d.Sentences {
		got = append(got, in[s.Start:s.End])
	}
	want := []string{"Mr. Smith went to Washington.", "He said: “It is over.”", "Then he left!", "No space for opposition", "The U.S. Army said so...", "Really?", "Yes."}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("sentences:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(d.Paragraphs) != 3 {
		t.Errorf("paragraphs = %d, want 3", len(d.Paragraphs))
	}
	if i := d.SentenceAt(strings.Index(in, "left")); i != 2 {
		t.Errorf("SentenceAt(left) = %d, want 2", i)
	}
}

func TestLongSentencesAreCut(t *testing.T) {
	d := Analyze(strings.Repeat("word, ", 1000), "")
	for _, s := range d.Sentences {
		if n := s.Last - s.First; n > maxSentence {
			t.Fatalf("a sentence of %d tokens", n)
		}
	}
	if len(d.Sentences) < 2000/longSentence {
		t.Errorf("%d sentences", len(d.Sentences))
	}
}

func FuzzAnalyze(f *testing.F) {
	f.Add("The U.S. said... “Go.” Then (he) left—fast.\n\nNext 1,000.5% 'quote' don't")
	f.Fuzz(func(t *testing.T, s string) {
		d := Analyze(s, "")
		prev := 0
		for _, tk := range d.Tokens {
			if tk.Start < prev || tk.End <= tk.Start || s[tk.Start:tk.End] != tk.Text {
				t.Fatalf("bad token %+v in %q", tk, s)
			}
			prev = tk.End
		}
		for _, se := range d.Sentences {
			if se.First >= se.Last || se.Start != d.Tokens[se.First].Start || se.End != d.Tokens[se.Last-1].End {
				t.Fatalf("bad sentence %+v in %q", se, s)
			}
		}
	})
}

// Lower and Folded give what the extractors computed for themselves
// before, token by token, however often they are asked.
func TestLowerFolded(t *testing.T) {
	d := Analyze("The PRESIDENT’s aides said Ärzte ohne Grenzen won’t go. Dunkin' Donuts ``Mobilize'' it's", "2024-01-02")
	for round := 0; round < 2; round++ {
		for i, tok := range d.Tokens {
			if got, want := d.Lower(i), strings.ToLower(tok.Text); got != want {
				t.Errorf("Lower(%d) = %q, want %q", i, got, want)
			}
			if got, want := d.Folded(i), strings.ToLower(strings.ReplaceAll(tok.Text, "’", "'")); got != want {
				t.Errorf("Folded(%d) = %q, want %q", i, got, want)
			}
		}
	}
	curly := 0
	for i, tok := range d.Tokens {
		if strings.Contains(tok.Text, "’") && d.Folded(i) != d.Lower(i) {
			curly++
		}
	}
	if curly == 0 {
		t.Error("no token with a curly apostrophe that Folded straightens")
	}
}
