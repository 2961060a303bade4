package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is a run of letters, a run of digits or one other character. The
// rules match on these finer pieces ("p.m." is p . m .; "2022-01-05" is
// 2022 - 01 - 05) and use glued to tell "mid-January" from "mid - January".
type tok struct {
	start, end int
	s, low     string
	kind       byte // 'a' letters, 'd' digits, 'p' anything else
	glued      bool // no white space between this token and the one before
	num        int  // value of a digit token (capped), else -1
}

func lex(s string) []tok {
	out := make([]tok, 0, len(s)/5+8) // news runs about five bytes a token
	i := 0
	prevEnd := -1
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i + n
		kind := byte('p')
		switch {
		case unicode.IsLetter(r):
			kind = 'a'
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += n2
			}
		case r >= '0' && r <= '9':
			kind = 'd'
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
		}
		t := tok{start: i, end: j, s: s[i:j], kind: kind, glued: prevEnd == i, num: -1}
		t.low = strings.ToLower(t.s)
		if kind == 'd' {
			t.num = atoiCapped(t.s)
		}
		if kind == 'p' {
			t.low = foldPunct(t.low)
		}
		out = append(out, t)
		prevEnd = j
		i = j
	}
	return out
}

// foldPunct maps typographic variants to their ASCII form.
func foldPunct(s string) string {
	switch s {
	case "’", "‘", "`", "´":
		return "'"
	case "–", "—", "‑", "‐":
		return "-"
	}
	return s
}

func atoiCapped(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
		if n > 1e8 {
			return 1e8
		}
	}
	return n
}

// toks wraps the token slice with bounds-safe accessors for the rules.
type toks []tok

func (t toks) low(i int) string {
	if i < 0 || i >= len(t) {
		return ""
	}
	return t[i].low
}

func (t toks) is(i int, words ...string) bool {
	w := t.low(i)
	if w == "" {
		return false
	}
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

func (t toks) digit(i int) bool { return i >= 0 && i < len(t) && t[i].kind == 'd' }
func (t toks) alpha(i int) bool { return i >= 0 && i < len(t) && t[i].kind == 'a' }
func (t toks) punct(i int) bool { return i >= 0 && i < len(t) && t[i].kind == 'p' }

// glued reports whether token i is attached to token i-1.
func (t toks) glued(i int) bool { return i > 0 && i < len(t) && t[i].glued }

// capital reports whether token i begins with an upper-case letter.
func (t toks) capital(i int) bool {
	if !t.alpha(i) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[i].s)
	return unicode.IsUpper(r)
}

// dot skips a period glued to token i-1 (as in "Jan." or "a.m."); it
// returns the index after it.
func (t toks) dot(i int) int {
	if t.low(i) == "." && t.glued(i) {
		return i + 1
	}
	return i
}

// comma skips an optional comma at i.
func (t toks) comma(i int) int {
	if t.low(i) == "," {
		return i + 1
	}
	return i
}
