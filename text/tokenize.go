package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenize splits s into tokens in the manner of the CoNLL and Penn
// Treebank conventions the tagger was trained on: punctuation and
// possessives apart, abbreviations, initials, decimals and hyphenated
// words kept whole.
func Tokenize(s string) []Token { return appendTokens(nil, s, 0, len(s)) }

func appendTokens(out []Token, s string, start, end int) []Token {
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < end {
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		out = appendChunk(out, s, i, j)
		i = j
	}
	return out
}

// leading and trailing punctuation that is always a token of its own.
const (
	openers  = "([{\"“‘'«¿¡$£€#"
	closers  = ")]}\"”’'»,;:!?%…"
	dashes   = "–—―"
	ellipsis = "..."
)

// appendChunk tokenizes one white-space-free chunk s[a:b].
func appendChunk(out []Token, s string, a, b int) []Token {
	tok := func(x, y int) {
		if y > x {
			out = append(out, Token{x, y, s[x:y]})
		}
	}
	// Leading punctuation; `` is the TeX and Treebank opening quote.
	for a < b {
		if strings.HasPrefix(s[a:b], "``") {
			tok(a, a+2)
			a += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(s[a:])
		if strings.ContainsRune(openers, r) || strings.ContainsRune(dashes, r) {
			tok(a, a+n)
			a += n
			continue
		}
		break
	}
	// Trailing punctuation, collected right to left.
	var tail []Token
	for b > a {
		r, n := utf8.DecodeLastRuneInString(s[a:b])
		switch {
		case b-a > 2 && strings.HasSuffix(s[a:b], "''"):
			tail = append(tail, Token{b - 2, b, "''"})
			b -= 2
			continue
		case strings.HasSuffix(s[a:b], ellipsis):
			k := b - 3
			for k > a && s[k-1] == '.' {
				k--
			}
			tail = append(tail, Token{k, b, s[k:b]})
			b = k
			continue
		case r == '.':
			if isAbbrev(s[a:b]) {
				goto core
			}
			tail = append(tail, Token{b - 1, b, "."})
			b--
			continue
		case r == '\'' || r == '’':
			// "students’" keeps nothing to split, but a closing quote after
			// a word is punctuation; "rock 'n' roll" is rare in news.
			tail = append(tail, Token{b - n, b, s[b-n : b]})
			b -= n
			continue
		case strings.ContainsRune(closers, r) || strings.ContainsRune(dashes, r):
			tail = append(tail, Token{b - n, b, s[b-n : b]})
			b -= n
			continue
		}
		break
	}
core:
	out = appendCore(out, s, a, b)
	for k := len(tail) - 1; k >= 0; k-- {
		out = append(out, tail[k])
	}
	return out
}

// appendCore splits a word at inner dashes and separates possessives and
// "n't" clitics.
func appendCore(out []Token, s string, a, b int) []Token {
	if a >= b {
		return out
	}
	// Inner em and en dashes separate words: "word—word".
	for k := a; k < b; {
		r, n := utf8.DecodeRuneInString(s[k:])
		if strings.ContainsRune(dashes, r) && k > a {
			out = appendCore(out, s, a, k)
			out = append(out, Token{k, k + n, s[k : k+n]})
			return appendCore(out, s, k+n, b)
		}
		k += n
	}
	w := s[a:b]
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			c := b - len(suf)
			out = append(out, Token{a, c, s[a:c]})
			return append(out, Token{c, b, s[c:b]})
		}
	}
	for _, suf := range []string{"n't", "n’t"} {
		if len(w) > len(suf)+1 && strings.HasSuffix(strings.ToLower(w), suf) {
			c := b - len(suf)
			out = append(out, Token{a, c, s[a:c]})
			return append(out, Token{c, b, s[c:b]})
		}
	}
	return append(out, Token{a, b, w})
}

// abbreviations that keep their period; all lower case, without it.
var abbreviations = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`mr mrs ms dr prof gen col lt sgt capt maj cpl pvt adm cmdr
		rep reps sen sens gov pres rev hon messrs st jr sr inc corp co ltd plc bros vs etc
		jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
		no nos fig approx dept est mt ft univ assn ave blvd rd al cf ca op`) {
		abbreviations[w] = true
	}
}

// isAbbrev reports whether w, ending in '.', is an abbreviation or initials
// (U.S., e.g., J.) rather than a word followed by a full stop.
func isAbbrev(w string) bool {
	core := w[:len(w)-1]
	if core == "" {
		return false
	}
	if abbreviations[strings.ToLower(core)] {
		return true
	}
	// Initials: letters each followed by a period, "U.S." or "J.".
	letters := 0
	for i, r := range w {
		if i%2 == 0 {
			if r >= utf8.RuneSelf || !unicode.IsLetter(r) {
				return false
			}
			letters++
		} else if r != '.' {
			return false
		}
	}
	if letters == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return len(w)%2 == 0
}

// Sentences longer than this many tokens are split at their next comma or
// semicolon, and at maxSentence at the latest: text without full stops (a
// table, a feed of keywords) must not make one sentence whose every
// extractor pass costs the square of its length.
const (
	longSentence = 150
	maxSentence  = 300
)

// splitSentences returns [first,last) token index pairs of the sentences of
// one paragraph's tokens.
func splitSentences(toks []Token) [][2]int {
	var out [][2]int
	first := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i].Text
		if n := i + 1 - first; n >= maxSentence || n >= longSentence && (t == "," || t == ";") {
			out = append(out, [2]int{first, i + 1})
			first = i + 1
			continue
		}
		if t != "." && t != "!" && t != "?" && t != "…" && !strings.HasPrefix(t, "...") {
			continue
		}
		// Closing quotes and brackets belong to the sentence they close.
		j := i + 1
		for j < len(toks) && isCloser(toks[j].Text) {
			j++
		}
		if j < len(toks) && !startsSentence(toks[j].Text) {
			continue
		}
		out = append(out, [2]int{first, j})
		first = j
		i = j - 1
	}
	if first < len(toks) {
		out = append(out, [2]int{first, len(toks)})
	}
	return out
}

func isCloser(t string) bool {
	switch t {
	case "\"", "”", "’", "'", "''", ")", "]", "»":
		return true
	}
	return false
}

func startsSentence(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'`([«¿¡", r) || strings.ContainsRune(dashes, r)
}
