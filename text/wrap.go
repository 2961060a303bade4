package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annalist/annalist/internal/words"
)

// Hard-wrapped text (newswire copy such as Reuters-21578, e-mailed
// newsletters, many .txt archives) breaks its lines at a fixed width, so a
// line break there is usually a soft wrap inside a paragraph, not a
// paragraph's end. News bodies from web pages and feeds put one paragraph
// per line instead, with lines of any length. Wrap tells the two apart for
// a whole body, then each break in wrapped text by its two lines:
//
//   - A body is wrapped when its lines are short (the longest, the wrap
//     width, at most MaxWrapWidth runes) and either most lines followed by
//     another are filled to near the width and at least a third stop
//     mid-sentence (the next line starts lower case, or the line ends in a
//     comma or a function word), or paragraphs start with an indented line
//     continued by lines that are not indented (typewriter paragraphs), a
//     sentence running on into the next line somewhere.
//   - In a wrapped body a paragraph ends at a blank line, before an
//     indented line (unless half the lines or more are indented: a table),
//     and after a line that ends a sentence well short of the width (under
//     three quarters of it: the paragraph's last line). Every other break
//     is soft: the newline is white space inside the paragraph.
//
// clean.Paragraphs joins lines by the same rule, so cleaning and analysing
// agree on where paragraphs are.

// MaxWrapWidth is the widest hard wrap taken for one: 80-column text, with
// room for wide newswire and e-mail layouts.
const MaxWrapWidth = 160

// Wrap is how a body's lines were broken.
type Wrap struct {
	Wrapped bool // hard-wrapped at a fixed width
	Width   int  // the longest line, in runes, white space trimmed
	// IndentMarks: an indented line starts a paragraph (not every line
	// is indented).
	IndentMarks bool
}

// DetectWrap decides whether lines (a body split at "\n") were wrapped at a
// fixed width, and at which.
func DetectWrap(lines []string) Wrap {
	width := 0
	for _, line := range lines {
		if len(line) <= width {
			continue // no more runes than bytes
		}
		if n := utf8.RuneCountInString(strings.TrimSpace(line)); n > width {
			width = n
			if width > MaxWrapWidth {
				return Wrap{Width: width}
			}
		}
	}
	w := Wrap{Width: width}
	w.Wrapped = filled(lines, width) || typewriter(lines)
	w.IndentMarks = w.Wrapped && countIndented(lines)*2 < len(lines)
	return w
}

// filled reports most lines followed by another filled to near the width
// and many stopping mid-sentence.
func filled(lines []string, width int) bool {
	joined, mid, full := 0, 0, 0
	for i, line := range lines {
		t := strings.TrimSpace(line)
		if t == "" || i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == "" {
			continue
		}
		joined++
		if utf8.RuneCountInString(t)*10 >= width*6 {
			full++
		}
		next, _ := utf8.DecodeRuneInString(strings.TrimSpace(lines[i+1]))
		if !EndsSentence(t) && (unicode.IsLower(next) || strings.HasSuffix(t, ",") || words.Function[lastWord(t)]) {
			mid++
		}
	}
	return joined >= 2 && 3*mid >= joined && 2*full >= joined
}

// typewriter reports paragraphs that start with an indented first line
// continued by lines that are not indented (newswire copy).
func typewriter(lines []string) bool {
	nonEmpty, firstLineIndents, cut := 0, 0, 0
	for i, line := range lines {
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		nonEmpty++
		if i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" && !Indented(lines[i+1]) {
			if Indented(line) {
				firstLineIndents++
			}
			if !EndsSentence(t) {
				cut++ // a sentence runs on into the next line
			}
		}
	}
	return firstLineIndents > 0 && cut > 0 && 2*countIndented(lines) < nonEmpty
}

// Soft reports whether the break between line and next, two non-blank
// lines that follow each other, is a wrap inside a paragraph.
func (w Wrap) Soft(line, next string) bool {
	if !w.Wrapped || w.IndentMarks && Indented(next) {
		return false
	}
	t := strings.TrimSpace(line)
	return !(EndsSentence(t) && utf8.RuneCountInString(t) < w.Width*3/4)
}

// EndsSentence reports closing punctuation at the end of p, looking through
// closing quotes and brackets.
func EndsSentence(p string) bool {
	p = strings.TrimRightFunc(p, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'”’»)]", r)
	})
	r, _ := utf8.DecodeLastRuneInString(p)
	return strings.ContainsRune(".!?:…。！？", r)
}

// Indented reports a line that starts with two spaces or a tab.
func Indented(line string) bool {
	return strings.HasPrefix(line, "  ") || strings.HasPrefix(line, "\t")
}

func countIndented(lines []string) int {
	n := 0
	for _, l := range lines {
		if Indented(l) {
			n++
		}
	}
	return n
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		s = s[i+1:]
	}
	return strings.ToLower(s)
}
