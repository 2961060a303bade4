package clean

import (
	"strings"

	"github.com/annalist/annalist/text"
)

// Paragraphs splits body into normalised, non-empty paragraphs. A paragraph
// is a line, or a block between blank lines. Hard-wrapped text (newswire
// copy, e-mail, where most lines stop mid-sentence) is first rejoined by
// text.DetectWrap's rule, the one text.Paragraphs follows: its paragraphs
// end at a blank line, at an indented line, or at a line that ends a
// sentence well short of the wrap width.
func Paragraphs(body string) []string {
	body = lineBreaks.Replace(body)
	lines := strings.Split(body, "\n")
	wrap := text.DetectWrap(lines)
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
	for i, line := range lines {
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			flush()
			continue
		}
		if !wrap.Wrapped {
			cur = append(cur, line)
			flush()
			continue
		}
		cur = append(cur, trimmed)
		if i+1 < len(lines) && !wrap.Soft(line, lines[i+1]) {
			flush()
		}
	}
	flush()
	return out
}

// lineBreaks maps every line separator to "\n", as Normalize does, so that
// paragraphs split where Normalize would break lines.
var lineBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\v", "\n", "\f", "\n", "\u2028", "\n", "\u2029", "\n")
