package quote

import (
	"unicode"
	"unicode/utf8"

	"github.com/annalist/annalist/text"
)

// A piece of a quote: the inside of its marks, [in0, in1), and the span of
// the marks themselves, [open, close). A quote that runs over several
// paragraphs has one piece per paragraph: news style leaves the quote open
// at the end of a paragraph and opens the next one with a quote mark.
type piece struct {
	open, in0, in1, close int
}

// A group is one quote: one or more pieces.
type group []piece

type family int

const (
	none family = iota
	double
	single
)

// scan finds the quotes of s, paragraph by paragraph.
func scan(s string, paras []text.Span) []group {
	var out []group
	var cur group
	fam, in0, open := none, 0, 0
	for pi, p := range paras {
		i := p.Start
		if fam != none {
			// A continued quote: the paragraph opens with a mark (checked
			// at the end of the previous one).
			r, n := utf8.DecodeRuneInString(s[i:])
			_, n = typewriterDouble(s, i, p.End, r, n)
			open, in0 = i, i+n
			i += n
		}
		for i < p.End {
			r, n := utf8.DecodeRuneInString(s[i:])
			r, n = typewriterDouble(s, i, p.End, r, n)
			prev := prevRune(s, i, p.Start)
			next := nextRune(s, i+n, p.End)
			switch {
			case fam == none && (r == '“' || r == '"' && next != 0 && !unicode.IsSpace(next)):
				fam, open, in0 = double, i, i+n
			case fam == none && (r == '‘' || r == '\'') && opensSingle(s, i, n, p, prev, next):
				fam, open, in0 = single, i, i+n
			case fam == double && (r == '“' || r == '"' && (prev == 0 || unicode.IsSpace(prev)) && next != 0 && !unicode.IsSpace(next)):
				// An opening mark while a quote is open: the open one was
				// never closed ("…outlook, said Wyss. "I'm…"). Start anew.
				out = appendGroup(out, cur)
				cur, open, in0 = nil, i, i+n
			case fam == double && (r == '”' || r == '"'):
				cur = appendPiece(cur, s, piece{open, in0, i, i + n})
				out = appendGroup(out, cur)
				cur, fam = nil, none
			case fam == single && (r == '’' || r == '\'') && closesSingle(s, i, n, p.End, prev, next):
				cur = appendPiece(cur, s, piece{open, in0, i, i + n})
				out = appendGroup(out, cur)
				cur, fam = nil, none
			}
			i += n
		}
		if fam == none {
			continue
		}
		// Open at the end of the paragraph: continued when the next
		// paragraph opens with a mark of the same family.
		if pi+1 < len(paras) && opensWith(s, paras[pi+1], fam) {
			cur = appendPiece(cur, s, piece{open, in0, p.End, p.End})
			continue
		}
		if len(cur) > 0 {
			cur = appendPiece(cur, s, piece{open, in0, p.End, p.End})
			out = appendGroup(out, cur)
		}
		cur, fam = nil, none
	}
	return out
}

// typewriterDouble reads two apostrophes in a row as a straight double
// mark and two backticks as an opening one: the typewriter and Penn
// Treebank way of writing quotation marks, which some news archives keep.
func typewriterDouble(s string, i, end int, r rune, n int) (rune, int) {
	if i+1 < end && (r == '\'' || r == '`') && s[i+1] == s[i] {
		if r == '`' {
			return '“', 2
		}
		return '"', 2
	}
	return r, n
}

// appendPiece adds p when its inside has a letter or digit.
func appendPiece(g group, s string, p piece) group {
	for _, r := range s[p.in0:p.in1] {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return append(g, p)
		}
	}
	return g
}

func appendGroup(out []group, g group) []group {
	if len(g) == 0 {
		return out
	}
	return append(out, g)
}

func prevRune(s string, i, start int) rune {
	if i <= start {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(s[start:i])
	return r
}

func nextRune(s string, i, end int) rune {
	if i >= end {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[i:end])
	return r
}

// opensWith reports whether paragraph p starts with an opening mark of fam.
func opensWith(s string, p text.Span, fam family) bool {
	r, n := utf8.DecodeRuneInString(s[p.Start:p.End])
	r, _ = typewriterDouble(s, p.Start, p.End, r, n)
	if fam == double {
		return r == '“' || r == '"'
	}
	return r == '‘' || r == '\''
}

// openContext: a quote opens after the start, white space, an opening
// bracket, a dash, a slash or another quote mark.
func openContext(prev rune) bool {
	if prev == 0 || unicode.IsSpace(prev) {
		return true
	}
	switch prev {
	case '(', '[', '{', '“', '"', '—', '–', '-', '/', ':':
		return true
	}
	return false
}

// opensSingle decides whether a single mark at i opens a quote: it follows
// white space and precedes a word ("‘Shal", not "don’t" or "students’ "),
// is not an elision ("’90s", "'em") and has a closing mark later in the
// paragraph.
func opensSingle(s string, i, n int, p text.Span, prev, next rune) bool {
	if !openContext(prev) || next == 0 || unicode.IsSpace(next) {
		return false
	}
	if unicode.IsDigit(next) {
		// "’90s", "'68": an elided century.
		j := i + n
		for j < p.End && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j-(i+n) == 2 && (j == p.End || s[j] == 's' || s[j] == ' ' || s[j] == ',' || s[j] == '.') {
			return false
		}
	}
	return nextCloser(s, i+n, p.End) >= 0
}

// closesSingle decides whether a single mark closes the open quote: it
// follows a non-space and is not followed by a letter ("don’t",
// "Kazakhstan’s"). A plural possessive ("the students’ demands") looks
// like a closer; it is skipped when a better closer follows in the
// paragraph.
func closesSingle(s string, i, n, end int, prev, next rune) bool {
	if prev == 0 || unicode.IsSpace(prev) || unicode.IsLetter(next) || unicode.IsDigit(next) {
		return false
	}
	if possessive(s, i, n, end, prev) {
		if j := nextCloser(s, i+n, end); j >= 0 && !possessive(s, j, runeLen(s, j), end, prevRune(s, j, 0)) {
			return false
		}
	}
	return true
}

// possessive: "s’ " followed by a lower-case word.
func possessive(s string, i, n, end int, prev rune) bool {
	if prev != 's' || i+n+1 >= end || s[i+n] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i+n+1 : end])
	return unicode.IsLower(r)
}

// nextCloser returns the offset of the next single mark in s[i:end] that
// could close a quote, or -1.
func nextCloser(s string, i, end int) int {
	for j := i; j < end; {
		r, n := utf8.DecodeRuneInString(s[j:end])
		if r == '’' || r == '\'' {
			prev := prevRune(s, j, i)
			next := nextRune(s, j+n, end)
			if prev != 0 && !unicode.IsSpace(prev) && !unicode.IsLetter(next) && !unicode.IsDigit(next) {
				return j
			}
		}
		j += n
	}
	return -1
}

func runeLen(s string, i int) int {
	_, n := utf8.DecodeRuneInString(s[i:])
	return n
}
