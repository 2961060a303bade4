package sqlite

import (
	"strings"
	"unicode"
)

// ftsQuery turns what a user typed into an FTS5 expression that cannot be a
// syntax error. Every word and "quoted phrase" becomes a quoted FTS5 string,
// so punctuation ("U.S.", "AT&T", "co-op") and FTS5 keywords are searched
// as text. Kept as syntax: AND, OR and NOT in capitals between terms,
// balanced parentheses, a trailing * for a prefix, and title: or text:
// before a word to search one column. Words are joined by implicit AND.
// It returns "" when nothing searchable is left.
func ftsQuery(q string) string {
	items := fixup(lex(q))
	var b strings.Builder
	for i, it := range items {
		if i > 0 && items[i-1].kind != lparen && it.kind != rparen {
			b.WriteByte(' ')
		}
		// FTS5 allows implicit AND only between phrases, not next to a
		// parenthesised group, so make every AND explicit.
		if i > 0 && (items[i-1].kind == term || items[i-1].kind == rparen) && (it.kind == term || it.kind == lparen) {
			b.WriteString("AND ")
		}
		switch it.kind {
		case term:
			if it.column != "" {
				b.WriteString(it.column)
				b.WriteString(" : ")
			}
			b.WriteByte('"')
			b.WriteString(strings.ReplaceAll(it.text, `"`, `""`))
			b.WriteByte('"')
			if it.prefix {
				b.WriteByte('*')
			}
		default:
			b.WriteString(it.text)
		}
	}
	return b.String()
}

type kind int

const (
	term kind = iota
	op        // AND, OR, NOT
	lparen
	rparen
)

type item struct {
	kind   kind
	text   string
	column string // "title" or "text" to search one column
	prefix bool
}

// lex splits q into terms, operators and parentheses.
func lex(q string) []item {
	var items []item
	for i := 0; i < len(q); {
		c := q[i]
		switch {
		case c <= ' ': // spaces and control characters (a NUL would end the SQL string)
			i++
		case c == '(':
			items = append(items, item{kind: lparen, text: "("})
			i++
		case c == ')':
			items = append(items, item{kind: rparen, text: ")"})
			i++
		case c == '"':
			// A phrase runs to the closing quote, or to the end when unclosed.
			j := strings.IndexFunc(q[i+1:], func(r rune) bool { return r == '"' || r == 0 })
			end := len(q)
			if j >= 0 {
				end = i + 1 + j
			}
			it := item{kind: term, text: q[i+1 : end]}
			i = end + 1
			if i < len(q) && q[i] == '*' {
				it.prefix = true
				i++
			}
			items = appendTerm(items, it)
		default:
			j := i
			for j < len(q) && q[j] > ' ' && q[j] != '(' && q[j] != ')' && q[j] != '"' {
				j++
			}
			items = appendWord(items, q[i:j])
			i = j
		}
	}
	return items
}

func appendWord(items []item, w string) []item {
	switch w {
	case "AND", "OR", "NOT":
		return append(items, item{kind: op, text: w})
	}
	it := item{kind: term}
	if col, rest, ok := strings.Cut(w, ":"); ok && (col == "title" || col == "text") && rest != "" {
		it.column, w = col, rest
	}
	if strings.HasSuffix(w, "*") {
		it.prefix = true
		w = strings.TrimRight(w, "*")
	}
	it.text = w
	return appendTerm(items, it)
}

// appendTerm drops terms with nothing the tokenizer would index: they would
// match nothing, or make an empty phrase.
func appendTerm(items []item, it item) []item {
	if strings.IndexFunc(it.text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) < 0 {
		return items
	}
	return append(items, it)
}

// fixup removes what would make the expression invalid: unbalanced
// parentheses, empty groups, and operators without an operand on each side.
func fixup(items []item) []item {
	items = balance(items)
	for {
		n := len(items)
		out := items[:0:0]
		for i, it := range items {
			prevOperand := len(out) > 0 && (out[len(out)-1].kind == term || out[len(out)-1].kind == rparen)
			switch it.kind {
			case op:
				nextOperand := i+1 < len(items) && (items[i+1].kind == term || items[i+1].kind == lparen)
				if !prevOperand || !nextOperand {
					continue
				}
			case rparen:
				if len(out) > 0 && out[len(out)-1].kind == lparen { // "()"
					out = out[:len(out)-1]
					continue
				}
			}
			out = append(out, it)
		}
		items = balance(out)
		if len(items) == n {
			return items
		}
	}
}

// balance drops parentheses that have no partner.
func balance(items []item) []item {
	keep := make([]bool, len(items))
	var open []int
	for i, it := range items {
		switch it.kind {
		case lparen:
			open = append(open, i)
		case rparen:
			if len(open) > 0 {
				keep[open[len(open)-1]] = true
				keep[i] = true
				open = open[:len(open)-1]
			}
		default:
			keep[i] = true
		}
	}
	out := items[:0:0]
	for i, it := range items {
		if keep[i] {
			out = append(out, it)
		}
	}
	return out
}
