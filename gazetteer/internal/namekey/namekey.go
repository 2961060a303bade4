// Package namekey normalises place names for lookup; the generator and
// the gazetteer share it so that the index written is the index read.
package namekey

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Key normalises a name for lookup: lower case, accents removed, hyphens
// and runs of spaces as one space, typographic apostrophes as "'".
func Key(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		s = foldAccents(s)
	} else if isKey(s) {
		return s // already a key: no copy
	}
	return build(s)
}

// build is Key of s with its accents folded.
func build(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true // drop leading spaces
	for _, r := range s {
		switch {
		case r == '-' || r == '–' || unicode.IsSpace(r):
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		case r == '’' || r == '‘' || r == '`' || r == 'ʼ' || r == 'ʻ':
			r = '\''
		}
		b.WriteRune(unicode.ToLower(r))
		space = false
	}
	return strings.TrimRight(b.String(), " ")
}

var special = strings.NewReplacer("ß", "ss", "æ", "ae", "Æ", "Ae", "ø", "o", "Ø", "O", "ł", "l", "Ł", "L",
	"đ", "d", "Đ", "D", "ı", "i", "œ", "oe", "Œ", "Oe", "þ", "th", "ð", "d")

func foldAccents(s string) string {
	s = special.Replace(s)
	d := norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isKey reports an s that Key would give back unchanged: ASCII, no capital,
// hyphen, backquote or space other than single spaces between words.
func isKey(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z', c >= utf8.RuneSelf, c == '-', c == '`', c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ' && s[i-1] == ' ':
			return false
		}
	}
	return true
}
