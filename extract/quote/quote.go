// Package quote finds direct quotes and reported speech in news text, and
// who said them.
//
// Direct quotes are runs between straight ("…"), curly (“…”), typewriter
// (two apostrophes) or single (‘…’, '…') marks; apostrophes inside words
// (don’t, Kazakhstan’s) and plural possessives (students’) are told apart
// from closing marks by their context. A quote left open at the end of a
// paragraph and continued by a paragraph that opens with a quote mark
// (news style) yields one Quote per paragraph, all with the same speaker;
// so does a quote split by its attribution ("“We came,” he said, “and we
// stay.”"). Each Quote's span is the inside of its marks.
//
// The speaker comes from a reporting construction around the quote: a cue
// (data/reporting.txt: said, told, added, according to, called for...) and
// its subject, before the cue ("Smith said", "Smith, a police spokesman,
// said") or after it ("said Smith", "according to the ministry"). With a
// parser on the Doc the subject is the cue's nsubj; without one it is read
// from the words around the cue. The subject resolves to:
//
//   - the entity whose mention heads it (a person or organisation; never a
//     place), a surname or title+surname merged with the full name;
//   - for he and she, the last person named before it whose gender (from
//     titles and first names) agrees; for they, the last group;
//   - for "the president", the last person named with that title;
//   - otherwise the phrase as written ("a police spokesman", "the
//     ministry", "witnesses") with its kind (data/speakers.txt): person,
//     organization or group.
//
// A quote that opens a sentence right after an attributed quote of the same
// or the previous paragraph keeps that speaker. Slogans and scare quotes
// are kept without a speaker.
//
// Reported speech ("the minister said (that) ...", "..., he told
// reporters", "X accused Y of ...") is given as quotes of type indirect
// whose span is the reported clause, or mixed where the clause quotes some
// of its words (those words are also given as a direct quote).
//
// Quality, measured by `annalist eval quotes ../shared/eval/polnear/dev`
// (PolNeAR, US political news of 2016; developed on its train split):
// direct quotes found F1 0.975; direct quotes with the right named or
// nominal speaker, end to end, F1 0.811 (right among found: named 0.792,
// nominal 0.596); reported speech found F1 0.443 (precision 0.969; PolNeAR
// also annotates beliefs and intentions, which are not extracted).
package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/text"
)

// Extractor fills Record.Quotes. It reads the entities that the name
// extractor put in Record.Entities, so it runs after it.
type Extractor struct{}

// New returns the quote extractor.
func New() Extractor { return Extractor{} }

// Name implements extract.Extractor.
func (Extractor) Name() string { return "quote" }

// Extract implements extract.Extractor: it replaces r.Quotes with the
// quotes of d, in text order.
func (Extractor) Extract(d *text.Doc, r *annalist.Record) {
	r.Quotes = Find(d, r.Entities)
}

// Find returns the quotes of d, direct and reported, in text order, with
// speakers resolved among the entities given.
func Find(d *text.Doc, entities []annalist.Entity) []annalist.Quote {
	groups := scan(d.Text, d.Paragraphs)
	a := newAttributor(d, entities, groups)
	var out []annalist.Quote
	var last, prev attribution
	lastPara, prevSentence := -10, -10
	for gi, g := range groups {
		at := a.attribute(gi)
		if at.named() && a.isName(gi) {
			at = attribution{cue: at.cue}
		}
		para := a.paragraphOf(g[0].open)
		sentence := a.d.SentenceAt(g[0].open)
		if at == (attribution{}) && sentence == prevSentence {
			// A second quote of the same sentence: "X said he “strongly
			// recommends” meetings be held “at the earliest time”."
			at = prev
		}
		if !at.named() && last.named() && para-lastPara <= 1 && a.startsSentence(gi) && wordCount(d.Text[g[0].in0:g[len(g)-1].in1]) >= 2 {
			// A quote that opens a sentence after an attributed one goes on
			// with its speaker: "“…,” one user wrote. “…”".
			at = attribution{speaker: last.speaker, phrase: last.phrase, kind: last.kind, cue: at.cue}
		}
		for _, p := range g {
			out = append(out, at.quote(d.Text, p.in0, p.in1, "direct"))
		}
		if at.named() {
			last = at
			a.spoke(g[0].open, at)
		}
		prev, prevSentence = at, a.d.SentenceAt(g[len(g)-1].in1)
		lastPara = a.paragraphOf(g[len(g)-1].in1)
	}
	out = append(out, a.reported()...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// isName reports whether quote gi is a name rather than speech: a group
// that "calls itself “the Movement”", a show "on “Meet the Press”", a book
// "by" its author, or a short run of capitalised words ("Make America
// Great Again") that does not end as speech before its attribution does
// (with a comma, a question or an exclamation mark).
func (a *attributor) isName(gi int) bool {
	g := a.groups[gi]
	inside := strings.TrimSpace(a.d.Text[g[0].in0:g[len(g)-1].in1])
	if len(g) > 1 || wordCount(inside) > 7 {
		return false
	}
	i := a.tokenAt(g[0].open)
	if c := a.tokenAt(g[0].close); c < len(a.d.Tokens) && a.word(c) == "by" {
		return true
	}
	if i > 0 {
		switch a.word(i - 1) {
		case "itself", "themselves", "dubbed", "named", "nicknamed", "titled", "entitled", "so-called", "called", "termed":
			return true
		case "as":
			if i >= 2 && a.word(i-2) == "known" {
				return true
			}
		}
	}
	r, _ := utf8.DecodeLastRuneInString(inside)
	return r != ',' && r != '?' && r != '!' && titleCase(inside)
}

// titleCase reports whether every word of s but the small ones is
// capitalised.
func titleCase(s string) bool {
	n := 0
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		if !unicode.IsUpper(r) && !smallWords[w] {
			return false
		}
		n++
	}
	return n > 0
}

var smallWords = map[string]bool{"of": true, "the": true, "a": true, "an": true, "and": true, "in": true,
	"on": true, "at": true, "to": true, "for": true, "by": true, "with": true, "or": true}

// wordCount counts the words of s.
func wordCount(s string) int { return len(strings.Fields(s)) }

// attribution is who said a quote, and the cue that says so: an entity,
// or a phrase as written with its kind.
type attribution struct {
	speaker      *annalist.Entity
	phrase, kind string
	cue          string
}

func (t attribution) named() bool { return t.speaker != nil || t.phrase != "" }

func (t attribution) quote(s string, start, end int, typ string) annalist.Quote {
	q := annalist.Quote{Start: start, End: end, Text: s[start:end], Cue: t.cue, Type: typ}
	switch {
	case t.speaker != nil:
		q.Speaker, q.SpeakerEntity = t.speaker.Name, t.speaker.ID
	case t.phrase != "":
		q.Speaker, q.SpeakerKind = t.phrase, t.kind
	}
	return q
}

type mention struct {
	start, end int
	entity     *annalist.Entity
	quoted     bool // inside a quote: no antecedent for "he" or "the president"
}

// attributor holds what speaker resolution needs of one document.
type attributor struct {
	d        *text.Doc
	groups   []group
	mentions []mention // PERSON mentions by start
	// The entity whose mention covers a token, by token index; by token
	// rather than by offset so that a mention need not match the
	// tokenizer's boundaries ("Mélenchon" in "Mélenchon-led").
	covering map[int]*annalist.Entity
	// The entity whose mention starts or ends in a token.
	starting, ending map[int]*annalist.Entity
	persons          []*annalist.Entity
	gender           map[*annalist.Entity]byte
	// Cues that introduce a direct quote right before or after it, by
	// token: no reported speech of their own.
	usedCue map[int]bool
	// Phrase speakers (not entities) by offset: antecedents of he, she and
	// they.
	spoken []spoken
}

type spoken struct {
	off int
	at  attribution
}

func newAttributor(d *text.Doc, entities []annalist.Entity, groups []group) *attributor {
	a := &attributor{d: d, groups: groups, covering: map[int]*annalist.Entity{},
		starting: map[int]*annalist.Entity{}, ending: map[int]*annalist.Entity{}, gender: map[*annalist.Entity]byte{},
		usedCue: map[int]bool{}}
	for i := range entities {
		e := &entities[i]
		if e.Type == annalist.Person {
			a.persons = append(a.persons, e)
		}
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End {
				continue
			}
			first, last := a.tokenHolding(m.Start), a.tokenHolding(m.End-1)
			for t := first; t <= last && t < len(d.Tokens); t++ {
				if a.covering[t] == nil || e.Type == annalist.Person {
					a.covering[t] = e
				}
			}
			if e.Type != annalist.Person {
				continue
			}
			a.mentions = append(a.mentions, mention{m.Start, m.End, e, inQuote(groups, m.Start)})
			a.starting[first] = e
			a.ending[last] = e
		}
	}
	sort.Slice(a.mentions, func(i, j int) bool { return a.mentions[i].start < a.mentions[j].start })
	return a
}

// spoke records a phrase speaker as an antecedent for later pronouns.
func (a *attributor) spoke(off int, at attribution) {
	if at.speaker == nil && at.phrase != "" {
		a.spoken = append(a.spoken, spoken{off, at})
	}
}

// inQuote reports whether off falls inside one of the quotes.
func inQuote(groups []group, off int) bool {
	return quoteAt(groups, off) >= 0
}

// quoteAt returns the index of the quote holding off, or -1.
func quoteAt(groups []group, off int) int {
	i := sort.Search(len(groups), func(i int) bool {
		g := groups[i]
		return g[len(g)-1].in1 > off
	})
	if i == len(groups) {
		return -1
	}
	for _, p := range groups[i] {
		if p.in0 <= off && off < p.in1 {
			return i
		}
	}
	return -1
}

func (a *attributor) paragraphOf(off int) int {
	ps := a.d.Paragraphs
	i := sort.Search(len(ps), func(i int) bool { return ps[i].End >= off })
	return i
}

// tokenHolding returns the index of the token holding byte off, or of the
// first token after it.
func (a *attributor) tokenHolding(off int) int {
	ts := a.d.Tokens
	return sort.Search(len(ts), func(i int) bool { return ts[i].End > off })
}

// tokenAt returns the index of the first token starting at or after off.
func (a *attributor) tokenAt(off int) int {
	ts := a.d.Tokens
	return sort.Search(len(ts), func(i int) bool { return ts[i].Start >= off })
}

func (a *attributor) word(i int) string { return a.d.Lower(i) }

// before returns the token range from the start of the sentence holding
// quote gi's opening mark (or the end of the previous quote) to the mark.
func (a *attributor) before(gi int) (lo, hi int) {
	open := a.groups[gi][0].open
	hi = a.tokenAt(open)
	si := a.d.SentenceAt(open)
	if si < 0 {
		return hi, hi
	}
	lo = a.d.Sentences[si].First
	// The words before an earlier quote of the sentence are its own
	// attribution, unless that quote is a short name or phrase inside the
	// clause ("Hemsley, the co-author of “Going Viral,” said ...").
	for pg := gi - 1; pg >= 0; pg-- {
		prev := a.groups[pg]
		c := prev[len(prev)-1].close
		if c <= a.d.Sentences[si].Start {
			break
		}
		if wordCount(a.d.Text[prev[0].in0:prev[len(prev)-1].in1]) > 4 {
			lo = max(lo, a.tokenAt(c))
			break
		}
	}
	return lo, hi
}

// after returns the token range from quote gi's closing mark to the end of
// its sentence or the next quote; when the quote closes its sentence, the
// next sentence of the paragraph ("…!” Mélenchon said.).
func (a *attributor) after(gi int) (lo, hi int) {
	g := a.groups[gi]
	end := g[len(g)-1].close
	lo = a.tokenAt(end)
	si := a.d.SentenceAt(end - 1)
	if si < 0 {
		return lo, lo
	}
	hi = a.d.Sentences[si].Last
	if onlyPunct(a, lo, hi) && si+1 < len(a.d.Sentences) && a.d.Sentences[si+1].Paragraph == a.d.Sentences[si].Paragraph &&
		isWord(a.d.Tokens[a.d.Sentences[si+1].First].Text) {
		hi = a.d.Sentences[si+1].Last
	}
	if gi+1 < len(a.groups) {
		hi = min(hi, a.tokenAt(a.groups[gi+1][0].open))
	}
	return lo, max(lo, hi)
}

func onlyPunct(a *attributor, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if isWord(a.d.Tokens[i].Text) {
			return false
		}
	}
	return true
}

// startsSentence reports whether quote gi opens its sentence, or follows
// no more than a word or two set off by a comma ("Instead, “…”").
func (a *attributor) startsSentence(gi int) bool {
	lo, hi := a.before(gi)
	if onlyPunct(a, lo, hi) {
		return true
	}
	return hi-lo <= 3 && a.word(hi-1) == "," && !a.hasCue(lo, hi)
}

func (a *attributor) hasCue(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if _, ok := a.cueAt(i, hi); ok {
			return true
		}
	}
	return false
}

func isWord(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// cueAt matches a reporting cue at token i (ending by hi) and returns the
// token after it.
func (a *attributor) cueAt(i, hi int) (int, bool) {
	w := a.word(i)
	best := -1
	for _, p := range cuePhrases {
		if p[0] != w {
			continue
		}
		if end, ok := a.matchPhrase(p[1:], i+1, hi); ok && end > best {
			best = end
		}
	}
	if best > 0 {
		return best, true
	}
	// A reporting verb is lower-case: "States" and "Asked" open other
	// phrases ("United States", "Asked if he...").
	if cueWords[w] && (isLowerWord(a.d.Tokens[i].Text) || a.opensSentence(i)) && !a.afterDeterminer(i) {
		if (w == "called" || w == "call" || w == "calls") && i+1 < hi && a.word(i+1) == "on" {
			return i + 2, true
		}
		return i + 1, true
	}
	return 0, false
}

// afterDeterminer reports whether token i follows a determiner or a
// possessive, and so is a noun: "the students’ demands", "his claims".
func (a *attributor) afterDeterminer(i int) bool {
	if i == 0 {
		return false
	}
	switch a.word(i - 1) {
	case "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "’s", "'s", "’", "'", "these", "those", "such":
		return true
	}
	return false
}

func (a *attributor) matchPhrase(p []string, i, hi int) (int, bool) {
	if len(p) == 0 {
		return i, true
	}
	if p[0] == "*" {
		for skip := 0; skip <= 2 && i+skip <= hi; skip++ {
			if skip > 0 && !isLowerWord(a.d.Tokens[i+skip-1].Text) {
				break
			}
			if end, ok := a.matchPhrase(p[1:], i+skip, hi); ok {
				return end, true
			}
		}
		return 0, false
	}
	if i >= hi || a.word(i) != p[0] {
		return 0, false
	}
	return a.matchPhrase(p[1:], i+1, hi)
}

func isLowerWord(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

// formerIn reports whether tokens [lo, hi) say "former" or "ex-".
func (a *attributor) formerIn(lo, hi int) bool {
	for j := lo; j < hi && j < len(a.d.Tokens); j++ {
		if w := a.word(j); w == "former" || w == "ex" || strings.HasPrefix(w, "ex-") || w == "late" {
			return true
		}
	}
	return false
}

// byRole is the person last mentioned before off who holds role: by the
// entity's Role, else by the title next to one of its mentions
// ("President Mélenchon", "France’s president, Mélenchon", "Mélenchon, the
// president"). A former holder answers only "the former president".
func (a *attributor) byRole(role string, former bool, off int) *annalist.Entity {
	last := sort.Search(len(a.mentions), func(i int) bool { return a.mentions[i].end > off })
	// The antecedent of "the president" is near: look back over at most
	// maxAntecedents mentions, which also bounds the work per quote.
	for i := last - 1; i >= 0 && i >= last-maxAntecedents; i-- {
		m := a.mentions[i]
		if m.end > off || m.quoted {
			continue
		}
		if r := strings.ToLower(m.entity.Role); r != "" {
			if hasWord(r, role) && strings.Contains(r, "former") == former {
				return m.entity
			}
			continue
		}
		if f, ok := a.titleNear(m, role); ok && f == former {
			return m.entity
		}
	}
	return nil
}

const maxAntecedents = 60

// titleAbbreviations are titles as written before a name, by the role
// that "the ..." names later: "Sen. Smith" is "the senator".
var titleAbbreviations = map[string]string{
	"sen.": "senator", "sen": "senator", "rep.": "congressman", "gov.": "governor", "gov": "governor",
	"gen.": "general", "gen": "general", "lt.": "lieutenant", "col.": "colonel", "capt.": "captain",
	"sgt.": "sergeant", "supt.": "superintendent", "supt": "superintendent", "insp.": "inspector",
	"det.": "detective", "prof.": "professor", "dr.": "doctor", "rev.": "reverend", "pres.": "president",
	"sec.": "secretary", "amb.": "ambassador", "atty.": "attorney", "gen.atty.": "attorney",
}

func hasWord(s, w string) bool {
	for _, x := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if x == w {
			return true
		}
	}
	return false
}

// titleNear looks for role in the four tokens before mention m or in an
// appositive after it, and reports whether "former" goes with it.
func (a *attributor) titleNear(m mention, role string) (former, ok bool) {
	i := a.tokenAt(m.start)
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		w := a.word(j)
		if w == "." || w == ";" || w == "“" || w == "”" || w == "\"" {
			break
		}
		if w == role || titleAbbreviations[w] == role {
			return a.formerIn(max(0, j-2), j), true
		}
		if isLowerWord(a.d.Tokens[j].Text) && speakerKinds[w] == "" && !titleWords[w] {
			break // "the woman who met Smith": no title of Smith's
		}
	}
	k := a.tokenAt(m.end)
	if k < len(a.d.Tokens) && a.word(k) == "," {
		for j := k + 1; j < len(a.d.Tokens) && j <= k+5; j++ {
			w := a.word(j)
			if w == "," || w == "." {
				break
			}
			if w == role {
				return a.formerIn(k+1, j), true
			}
		}
	}
	return false, false
}
