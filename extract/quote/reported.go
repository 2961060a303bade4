package quote

import (
	"github.com/annalist/annalist"
	"github.com/annalist/annalist/internal/words"
)

// reported finds reported speech: a reporting verb with a subject and a
// clause it reports, outside quotation marks. "X said (that) ...",
// "X told reporters (on Monday) that ...", "X accused Y of ...": the
// clause runs from after the cue (and "that") to the end of the sentence.
// "..., X said." and "..., said X.": the clause runs from the sentence's
// start to the comma. A clause that is one direct quote is left to the
// direct quote; one that holds quotation marks is mixed.
func (a *attributor) reported() []annalist.Quote {
	var out []annalist.Quote
	for si, s := range a.d.Sentences {
		next := s.First
		for i := s.First; i < s.Last; i++ {
			if i < next || a.usedCue[i] || !reportedVerbs[a.word(i)] && a.word(i) != "accused" && a.word(i) != "accuses" ||
				!isLowerWord(a.d.Tokens[i].Text) || a.afterDeterminer(i) || inQuote(a.groups, a.d.Tokens[i].Start) {
				continue
			}
			if q, end, ok := a.reportedAt(si, i); ok {
				out = append(out, q)
				next = end
			}
		}
	}
	return out
}

// reportedAt reads the reported speech of the cue at token i of sentence
// si, and returns the token after its clause.
func (a *attributor) reportedAt(si, i int) (annalist.Quote, int, bool) {
	s := a.d.Sentences[si]
	last := s.Last
	for last > i+1 && !isWord(a.d.Tokens[last-1].Text) && !isQuoteMark(a.d.Tokens[last-1].Text) {
		last--
	}
	w := a.word(i)
	// Reported speech is everywhere in news ("the company said it ..."):
	// it is read from the words alone, so that the language layer is not
	// run on every sentence.
	at := a.resolve(a.npBefore(s.First, i), a.d.Tokens[i].Start)
	// "..., X said." or "..., said X.": the clause before.
	if c := a.commaBefore(s.First, i); c > s.First {
		var inv attribution
		after := i + 1
		if c == i-1 {
			p := a.npAfter(i+1, last)
			inv = a.resolve(p, a.d.Tokens[i].Start)
			if p.head >= 0 {
				after = p.end
			}
		} else if p := a.npAfter(c+1, i); p.head >= 0 && onlyAdverbs(a, p.end, i) {
			inv = a.resolve(p, a.d.Tokens[i].Start)
		}
		if inv.named() && a.onlyTimeAfter(after, last) {
			return a.clause(s.First, c, i, inv)
		}
		if t := a.skipTime(after, last); inv.named() && t < last && a.word(t) == "," {
			// A parenthetical: "That would involve, the president said,
			// new forms of participation": the whole sentence is reported.
			return a.clause(s.First, last, i, inv)
		}
	}
	if !at.named() {
		return annalist.Quote{}, 0, false
	}
	// The clause after the cue: past an object (told reporters), a time
	// (on Monday) or "of" (accused Y of), and "that".
	c := i + 1
	switch w {
	case "accused", "accuses":
		j := c
		for j < last && j < c+8 && a.word(j) != "of" {
			j++
		}
		if j >= last || a.word(j) != "of" {
			return annalist.Quote{}, 0, false
		}
		c = j + 1
	default:
		c = a.skipTime(c, last)
		for j := c; j < last && j < c+8; j++ {
			if a.word(j) == "that" {
				c = j + 1
				break
			}
			if a.word(j) == "," || a.word(j) == ":" || isQuoteMark(a.d.Tokens[j].Text) {
				break
			}
		}
		if w == "told" || w == "tells" {
			if c == i+1 {
				// "told reporters the plan was dead": past the object.
				p := a.npAfter(c, last)
				if p.head < 0 {
					return annalist.Quote{}, 0, false
				}
				c = p.end
			}
		}
	}
	return a.clause(c, last, i, at)
}

// Words of a time right after a cue: "said on Monday", "said last week".
var timeWords = words.Set(`monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
	week month year morning afternoon evening night weekend`)

// skipTime returns the token after a time phrase at c ("on Monday", "last
// week", "Tuesday"), or c; c may be hi, a cue that ends the text.
func (a *attributor) skipTime(c, hi int) int {
	if c >= hi {
		return c
	}
	switch w := a.word(c); {
	case timeWords[w]:
		return c + 1
	case (w == "on" || w == "last" || w == "this" || w == "next" || w == "earlier" || w == "late") && c+1 < hi && timeWords[a.word(c+1)]:
		return c + 2
	}
	return c
}

// clause makes the reported-speech quote of tokens [lo, hi) for the cue
// at token cue.
func (a *attributor) clause(lo, hi, cue int, at attribution) (annalist.Quote, int, bool) {
	for lo < hi && !isWord(a.d.Tokens[lo].Text) && !isQuoteMark(a.d.Tokens[lo].Text) {
		lo++
	}
	for hi > lo && !isWord(a.d.Tokens[hi-1].Text) && !isQuoteMark(a.d.Tokens[hi-1].Text) {
		hi--
	}
	if hi-lo < 3 {
		return annalist.Quote{}, 0, false
	}
	start, end := a.d.Tokens[lo].Start, a.d.Tokens[hi-1].End
	typ := "indirect"
	words, quoted := 0, 0
	for j := lo; j < hi; j++ {
		if !isWord(a.d.Tokens[j].Text) {
			continue
		}
		words++
		if inQuote(a.groups, a.d.Tokens[j].Start) {
			quoted++
		}
	}
	switch {
	case words < 3 || quoted == words:
		return annalist.Quote{}, 0, false
	case quoted > 0:
		typ = "mixed"
	}
	at.cue = a.d.Text[a.d.Tokens[cue].Start:a.d.Tokens[cue].End]
	return at.quote(a.d.Text, start, end, typ), max(hi, cue+1), true
}

// commaBefore is the comma right before the subject and cue at token i
// ("..., the minister said."), or -1.
func (a *attributor) commaBefore(lo, i int) int {
	for j := i - 1; j >= lo && j >= i-8; j-- {
		switch a.word(j) {
		case ",":
			return j
		case ".", ";", ":", "that":
			return -1
		}
	}
	return -1
}

// onlyTimeAfter reports whether tokens [i, hi) add nothing but a time or
// a place to the cue: "... , he said on Monday."
func (a *attributor) onlyTimeAfter(i, hi int) bool {
	if i >= hi {
		return true
	}
	switch a.word(i) {
	case "on", "in", "at", "during", "after", "before", "last", "this", "today", "yesterday", "tonight", "monday",
		"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "earlier", "later", "recently":
		return hi-i <= 8
	}
	return false
}

func onlyAdverbs(a *attributor, lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if !isAdverb(a.word(j)) {
			return false
		}
	}
	return true
}

func isQuoteMark(t string) bool {
	switch t {
	case "\"", "“", "”", "‘", "’", "'", "''", "``":
		return true
	}
	return false
}
