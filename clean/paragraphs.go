package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Paragraphs splits body into normalised, non-empty paragraphs. A paragraph
// is a line, or a block between blank lines. Hard-wrapped text (newswire
// copy, e-mail, where most lines stop mid-sentence) is first rejoined: its
// paragraphs end at a blank line, at an indented line, or at a line that
// ends a sentence well short of the wrap width.
func Paragraphs(body string) []string {
	body = lineBreaks.Replace(body)
	lines := strings.Split(body, "\n")
	wrapped, width := hardWrapped(lines)
	// In wrapped text, an indented line starts a paragraph, unless every
	// line is indented.
	indentMarks := wrapped && countIndented(lines)*2 < len(lines)
	var out []string
	var cur []string
	flush := func() {
		if len(cur) == 0 {
			return
		}
		if p := strings.TrimSpace(Normalize(strings.Join(cur, " "))); p != "" {
			out = append(out, p)
		}
		cur = cur[:0]
	}
	for _, line := range lines {
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			flush()
			continue
		}
		if !wrapped {
			cur = append(cur, line)
			flush()
			continue
		}
		if len(cur) > 0 && indentMarks && indented(line) {
			flush()
		}
		cur = append(cur, trimmed)
		if endsSentence(trimmed) && utf8.RuneCountInString(trimmed) < width*3/4 {
			flush()
		}
	}
	flush()
	return out
}

// hardWrapped reports whether body lines were wrapped at a fixed width,
// and that width (the longest line, in runes): the lines are short (a
// terminal's width, not a paragraph's), and either most lines followed by
// another are filled to near the width and many stop mid-sentence, or
// paragraphs start with an indented line. One paragraph per
// line, as web pages and feeds give, has lines of any length and is never
// taken for wrapped.
func hardWrapped(lines []string) (bool, int) {
	width := 0
	for _, line := range lines {
		if n := utf8.RuneCountInString(strings.TrimSpace(line)); n > width {
			width = n
		}
	}
	if width > maxWrapWidth {
		return false, width
	}
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
		if !endsSentence(t) && (unicode.IsLower(next) || strings.HasSuffix(t, ",") || functionWords[lastWord(t)]) {
			mid++
		}
	}
	if joined >= 2 && 3*mid >= joined && 2*full >= joined {
		return true, width
	}
	// Typewriter paragraphs: an indented first line, continued by lines
	// that are not indented (newswire copy).
	nonEmpty, firstLineIndents, cut := 0, 0, 0
	for i, line := range lines {
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		nonEmpty++
		if i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" && !indented(lines[i+1]) {
			if indented(line) {
				firstLineIndents++
			}
			if !endsSentence(t) {
				cut++ // a sentence runs on into the next line
			}
		}
	}
	return firstLineIndents > 0 && cut > 0 && 2*countIndented(lines) < nonEmpty, width
}

// maxWrapWidth is the widest hard wrap taken for one: 80-column text,
// with room for wide newswire and e-mail layouts.
const maxWrapWidth = 160

func countIndented(lines []string) int {
	n := 0
	for _, l := range lines {
		if indented(l) {
			n++
		}
	}
	return n
}

func indented(line string) bool {
	return strings.HasPrefix(line, "  ") || strings.HasPrefix(line, "\t")
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		s = s[i+1:]
	}
	return strings.ToLower(s)
}

// lineBreaks maps every line separator to "\n", as Normalize does, so that
// paragraphs split where Normalize would break lines.
var lineBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\v", "\n", "\f", "\n", "\u2028", "\n", "\u2029", "\n")
