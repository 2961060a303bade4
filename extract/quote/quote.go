// Package quote finds direct quotes in news text and who said them.
//
// Quotes are runs between straight ("…"), curly (“…”) or single (‘…’,
// '…') marks; apostrophes inside words (don’t, Kazakhstan’s) and plural
// possessives (students’) are told apart from closing marks by their
// context. A quote left open at the end of a paragraph and continued by a
// paragraph that opens with a quote mark (news style) yields one Quote per
// paragraph, all with the same speaker. Each Quote's span is the inside of
// its marks.
//
// The speaker comes from a reporting construction around the quote: a cue
// (said, told, added, according to, called for, made references to...)
// with a subject that is a PERSON entity's mention, a pronoun (he, she:
// the last person named before it), or a role ("the president": the last
// person named with that title). A quote that opens a sentence right after
// an attributed quote of the same or the previous paragraph keeps that
// speaker. Quotes without a speaker (slogans, scare quotes) are kept
// without one.
package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/internal/words"
	"github.com/annalist/annalist/text"
)

// Extractor fills Record.Quotes. It reads the PERSON entities that the
// name extractor put in Record.Entities, so it runs after it.
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

// Find returns the quotes of d, with speakers resolved among the PERSON
// entities given.
func Find(d *text.Doc, entities []annalist.Entity) []annalist.Quote {
	groups := scan(d.Text, d.Paragraphs)
	if len(groups) == 0 {
		return nil
	}
	a := newAttributor(d, entities, groups)
	var out []annalist.Quote
	var last, prev attribution
	lastPara, prevSentence := -10, -10
	for gi, g := range groups {
		at := a.attribute(gi)
		para := a.paragraphOf(g[0].open)
		sentence := a.d.SentenceAt(g[0].open)
		if at == (attribution{}) && sentence == prevSentence {
			// A second quote of the same sentence: "X said he “strongly
			// recommends” meetings be held “at the earliest time”."
			at = prev
		}
		if at.speaker == nil && at.cue == "" && last.speaker != nil && para-lastPara <= 1 && a.startsSentence(gi) && wordCount(d.Text[g[0].in0:g[len(g)-1].in1]) >= 4 {
			at = attribution{speaker: last.speaker}
		}
		for _, p := range g {
			q := annalist.Quote{Start: p.in0, End: p.in1, Text: d.Text[p.in0:p.in1], Cue: at.cue}
			if at.speaker != nil {
				q.Speaker, q.SpeakerEntity = at.speaker.Name, at.speaker.ID
			}
			out = append(out, q)
		}
		if at.speaker != nil {
			last = at
		}
		prev, prevSentence = at, a.d.SentenceAt(g[len(g)-1].in1)
		lastPara = a.paragraphOf(g[len(g)-1].in1)
	}
	return out
}

// words counts the words of s.
func wordCount(s string) int { return len(strings.Fields(s)) }

type attribution struct {
	speaker *annalist.Entity
	cue     string
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
	// The person whose mention starts or ends in a token, by token index;
	// by token rather than by offset so that a mention need not match the
	// tokenizer's boundaries ("Mélenchon" in "Mélenchon-led").
	starting map[int]*annalist.Entity
	ending   map[int]*annalist.Entity
}

func newAttributor(d *text.Doc, entities []annalist.Entity, groups []group) *attributor {
	a := &attributor{d: d, groups: groups, starting: map[int]*annalist.Entity{}, ending: map[int]*annalist.Entity{}}
	for i := range entities {
		e := &entities[i]
		if e.Type != annalist.Person {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End {
				continue
			}
			a.mentions = append(a.mentions, mention{m.Start, m.End, e, inQuote(groups, m.Start)})
			a.starting[a.tokenHolding(m.Start)] = e
			a.ending[a.tokenHolding(m.End-1)] = e
		}
	}
	sort.Slice(a.mentions, func(i, j int) bool { return a.mentions[i].start < a.mentions[j].start })
	return a
}

// inQuote reports whether off falls inside one of the quotes.
func inQuote(groups []group, off int) bool {
	i := sort.Search(len(groups), func(i int) bool {
		g := groups[i]
		return g[len(g)-1].in1 > off
	})
	if i == len(groups) {
		return false
	}
	for _, p := range groups[i] {
		if p.in0 <= off && off < p.in1 {
			return true
		}
	}
	return false
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

func (a *attributor) word(i int) string { return strings.ToLower(a.d.Tokens[i].Text) }

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
	if gi > 0 {
		prev := a.groups[gi-1]
		if c := prev[len(prev)-1].close; c > a.d.Sentences[si].Start {
			lo = max(lo, a.tokenAt(c))
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

// startsSentence reports whether quote gi opens its sentence.
func (a *attributor) startsSentence(gi int) bool {
	lo, hi := a.before(gi)
	return onlyPunct(a, lo, hi)
}

func isWord(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// attribute finds the cue and speaker of quote gi: first a reporting
// clause right after the quote (", he said", ", said Mélenchon"), then the
// nearest cue before it ("Mélenchon said: “…”").
func (a *attributor) attribute(gi int) attribution {
	quoteStart := a.groups[gi][0].open
	lo, hi := a.after(gi)
	k := lo
	for k < hi && !isWord(a.d.Tokens[k].Text) {
		k++
	}
	for cs := k; cs < hi && cs < k+12; cs++ {
		w := a.word(cs)
		if w == "(" {
			// A parenthesis inside the subject: "Sen. David Boren (D-Okla.) said".
			for j := cs + 1; j < hi && j < cs+8; j++ {
				if a.word(j) == ")" {
					cs = j
					break
				}
			}
			continue
		}
		if isBreakAfter(w) {
			break
		}
		ce, ok := a.cueAt(cs, hi)
		if !ok {
			continue
		}
		cue := a.d.Text[a.d.Tokens[cs].Start:a.d.Tokens[ce-1].End]
		if cs == k {
			// Inverted: "…,” said Mélenchon.
			return attribution{a.subjectAfter(ce, hi, quoteStart), cue}
		}
		if e, ok := a.subjectSlot(k, cs, quoteStart); ok {
			return attribution{e, cue}
		}
		break
	}
	lo, hi = a.before(gi)
	for cs := hi - 1; cs >= lo; cs-- {
		ce, ok := a.cueAt(cs, hi)
		if !ok {
			continue
		}
		cue := a.d.Text[a.d.Tokens[cs].Start:a.d.Tokens[ce-1].End]
		if a.word(cs) == "according" {
			return attribution{a.subjectAfter(ce, hi, quoteStart), cue}
		}
		e := a.subjectBefore(lo, cs, quoteStart)
		if e == nil && (strings.HasSuffix(a.word(ce-1), "ing") || a.word(cs) == "quoted") {
			// "…, saying: “…”", "was quoted by the daily as saying":
			// the subject of the sentence speaks.
			e = a.sentenceSubject(lo, cs, quoteStart)
		}
		return attribution{e, cue}
	}
	return attribution{}
}

// sentenceSubject is the first person named in tokens [lo, cs), or the
// person a pronoun opening them points to.
func (a *attributor) sentenceSubject(lo, cs, quoteStart int) *annalist.Entity {
	if lo < cs && isPronoun(a.word(lo)) {
		return a.lastBefore(quoteStart)
	}
	for j := lo; j < cs; j++ {
		if e := a.starting[j]; e != nil {
			return e
		}
	}
	return nil
}

// isBreakAfter ends the search for a reporting clause after a quote.
func isBreakAfter(w string) bool {
	switch w {
	case ";", ":", ".", "!", "?", "and", "but", "which", "that", "who", "because", "while":
		return true
	}
	return false
}

// Reporting verbs, one word.
var cueWords = words.Set(`said says say told tells added adds insisted insists declared declares warned
	warns stressed stresses vowed vows urged urges explained explains noted notes wrote writes
	tweeted posted announced announces claimed claims argued argues asked asks replied replies
	responded continued recalled recalls promised promises pledged pledges demanded demands
	acknowledged admitted conceded suggested predicted complained cautioned observed remarked
	commented emphasised emphasized emphasises emphasizes shouted chanted quipped concluded
	maintained countered boasted lamented alleged stated states reiterated affirmed assured
	threatened denied accused called dubbed termed branded labelled labeled described
	saying adding noting telling warning insisting stressing declaring arguing asking explaining
	writing urging vowing calling describing stating commenting announcing claiming replying
	responding`)

// Reporting phrases; "*" stands for up to two words ("made veiled
// references to").
var cuePhrases = [][]string{
	{"according", "to"},
	{"called", "for"}, {"calls", "for"}, {"call", "for"}, {"calling", "for"},
	{"made", "*", "references", "to"}, {"made", "*", "reference", "to"},
	{"makes", "*", "references", "to"}, {"makes", "*", "reference", "to"},
	{"referred", "to"}, {"refers", "to"},
	{"spoke", "of"}, {"speaks", "of"}, {"spoke", "about"}, {"talked", "about"}, {"talked", "of"},
	{"was", "quoted", "as", "saying"}, {"is", "quoted", "as", "saying"}, {"quoted", "as", "saying"},
	{"went", "on", "to", "say"},
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
	if cueWords[w] && isLowerWord(a.d.Tokens[i].Text) && !a.afterDeterminer(i) {
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

// Words that may stand between a subject and its verb: "Mélenchon also
// said", "he later told".
var adverbs = words.Set(`also later then once again reportedly has had have recently previously repeatedly
	publicly openly would will further simply even only still himself herself`)

func isAdverb(w string) bool { return adverbs[w] || strings.HasSuffix(w, "ly") && len(w) > 4 }

func isPronoun(w string) bool { return w == "he" || w == "she" }

// subjectBefore finds the speaker in the words before a cue at cs, back to
// lo: "Mélenchon said", "he said", "the president said", "Mélenchon, the
// president, said".
func (a *attributor) subjectBefore(lo, cs, quoteStart int) *annalist.Entity {
	k := cs
	for k-1 >= lo && isAdverb(a.word(k-1)) {
		k--
	}
	if k-1 < lo {
		return nil
	}
	t := a.d.Tokens[k-1]
	w := strings.ToLower(t.Text)
	switch {
	case isPronoun(w):
		return a.lastBefore(t.Start)
	case a.ending[k-1] != nil:
		return a.ending[k-1]
	case w == ",":
		// An appositive: "Mélenchon, the president, said".
		for j := k - 2; j >= lo && j >= k-10; j-- {
			if e := a.ending[j]; e != nil {
				return e
			}
		}
		return nil
	case isLowerWord(t.Text):
		for j := k - 2; j >= lo && j >= k-4; j-- {
			dw := a.word(j)
			if dw == "the" || dw == "’s" || dw == "'s" || dw == "his" || dw == "her" || dw == "its" {
				return a.byRole(w, a.formerIn(j, k-1), quoteStart)
			}
			if !isLowerWord(a.d.Tokens[j].Text) {
				break
			}
		}
	}
	// "Mélenchon on Monday said".
	for j := k - 2; j >= lo && j >= k-4; j-- {
		if e := a.ending[j]; e != nil {
			return e
		}
	}
	return nil
}

// subjectSlot reads the subject in tokens [lo, cs) between a quote and
// its cue, as in "…,” Mélenchon said." or "…,” one senior banker said.". It
// reports false when the words are no subject ("…” began to circulate").
func (a *attributor) subjectSlot(lo, cs, quoteStart int) (*annalist.Entity, bool) {
	if cs-lo > 12 {
		return nil, false
	}
	t := a.d.Tokens[lo]
	w := strings.ToLower(t.Text)
	if isPronoun(w) {
		return a.lastBefore(quoteStart), true
	}
	for j := lo; j < cs; j++ {
		if e := a.starting[j]; e != nil {
			return e, true
		}
	}
	if determiners[w] {
		if role := a.roleAfter(lo+1, cs); role != "" {
			return a.byRole(role, a.formerIn(lo, cs), quoteStart), true
		}
		return nil, true
	}
	// A name the tagger missed, "Police", or a short noun phrase
	// ("officials", "a spokesman", "BAI head Davinio Catbagan").
	nameBeforeCue := isWord(a.d.Tokens[cs-1].Text) && !isLowerWord(a.d.Tokens[cs-1].Text)
	return nil, !isLowerWord(t.Text) && (cs-lo <= 6 || nameBeforeCue) || cs-lo <= 3
}

// Determiners open a noun phrase whose head may be a role: "the
// president", "one senior banker".
var determiners = words.Set(`the a an one his her its their another`)

// roleAfter returns the head of the noun phrase in tokens [lo, hi): the
// last of its lower-case words before a preposition ("the president of
// the association" → "president").
func (a *attributor) roleAfter(lo, hi int) string {
	role := ""
	for j := lo; j < hi && j < lo+5; j++ {
		w := a.word(j)
		if !isWord(w) || isAdverb(w) || prepositions[w] || a.starting[j] != nil {
			break
		}
		role = w
	}
	return role
}

var prepositions = words.Set(`of for at in on from with to by`)

// subjectAfter finds the speaker after an inverted cue: "said Mélenchon",
// "said the president", "according to Mélenchon".
func (a *attributor) subjectAfter(ce, hi, quoteStart int) *annalist.Entity {
	if ce >= hi {
		return nil
	}
	if isPronoun(a.word(ce)) {
		return a.lastBefore(quoteStart)
	}
	for j := ce; j < hi && j < ce+3; j++ {
		if e := a.starting[j]; e != nil {
			return e
		}
	}
	if determiners[a.word(ce)] {
		if role := a.roleAfter(ce+1, hi); role != "" {
			return a.byRole(role, a.formerIn(ce, min(hi, ce+5)), quoteStart)
		}
	}
	return nil
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

// lastBefore is the person mentioned last before off.
func (a *attributor) lastBefore(off int) *annalist.Entity {
	i := sort.Search(len(a.mentions), func(i int) bool { return a.mentions[i].end > off })
	for i--; i >= 0; i-- {
		if !a.mentions[i].quoted {
			return a.mentions[i].entity
		}
	}
	return nil
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
		if w == role {
			return a.formerIn(max(0, j-2), j), true
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
