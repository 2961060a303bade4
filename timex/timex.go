// Package timex finds time expressions in news text and normalises them to
// TimeML TIMEX3 values, in the manner of HeidelTime: hand-written rules
// recognise dates, times, durations and sets; relative expressions are
// resolved against the publication date ("yesterday", "last year") or
// against the time the text is talking about ("five years before", "a
// year later"), which is tracked from one expression to the next.
//
// # Which way a bare day points
//
// A weekday, a bare month, a season or a time of day names no year or
// week: "Tuesday" in an article of Wednesday 8 November 2023 is the 7th or
// the 14th. The tense of the clause decides, read in this order:
//
//  1. A word beside the expression: "Thursday last" and "last Thursday"
//     are the one before (2 November), "Wednesday next" and "next
//     Wednesday" next week's (15 November), whatever the verb; "said Tuesday" dates
//     the report (the 7th); "meets Friday", a timetable's present, points
//     forward (the 10th).
//  2. The verb that governs the expression in the sentence's parse, when
//     the Doc has a parser, read with its auxiliaries: "Voters approved the
//     plan that officials will fund on Tuesday" hangs "Tuesday" from
//     "approved" (past: the 7th) though "will" is nearer; "has voted on
//     Monday" is past (the 6th), "will vote", "is meeting", "could
//     vote", "going to vote" look forward.
//  3. Without a parse, the verb group of the expression's clause: the
//     nearest tense cue before it up to a clause mark (a comma, "which",
//     "that", "when"...), else after it: "Voters approved the levy on
//     Tuesday, which will raise taxes" is past (the 7th); "On Tuesday,
//     voters approved ..." reads past after the comma; "The minister is
//     meeting farmers on Friday" is future (the 10th).
//  4. Else the nearest tense word anywhere in the sentence, and news's
//     default, the past.
//
// The day counted from is the time the text is about: a date the same
// sentence named before ("On March 3, 2019, the plant closed and said it
// would reopen on Friday" is 8 March 2019), else the publication date. A
// bare month follows the same reading: "In March, the plant closed" is
// March 2023, "The plant will reopen in March" March 2024. The examples
// are tests (TestTense, TestParseTense).
package timex

import (
	"time"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/text"
)

// Extractor fills Record.Times. It reads the publication date from the
// Doc; without one, expressions whose value would depend on it keep their
// span and type but no value.
type Extractor struct{}

// Name is the extractor's label.
func (Extractor) Name() string { return "timex" }

// Extract adds the time expressions of d to r.Times.
func (Extractor) Extract(d *text.Doc, r *annalist.Record) {
	var names []annalist.Span
	for _, e := range r.Entities {
		names = append(names, e.Mentions...)
	}
	r.Times = append(r.Times, findDoc(d, names)...)
}

// Find returns the time expressions of s, resolved against published
// (YYYY-MM-DD, or empty when unknown), with byte offsets into s.
func Find(s, published string) []annalist.Time {
	return findDoc(text.Analyze(s, published), nil)
}

// SentenceDates gives, for each sentence of d, the date it is about: the
// value of the first DATE or TIME in it that names a calendar date ("2022",
// "2022-01", "2022-01-05", "2022-01-05T15:00"), or "" when it names none.
// times are the expressions found in d (Record.Times after Extract).
// Events use it to date what a sentence reports.
func SentenceDates(d *text.Doc, times []annalist.Time) []string {
	out := make([]string, len(d.Sentences))
	for _, t := range times {
		if t.Type != annalist.Date && t.Type != annalist.TimeOfDay || !calendarValue(t.Value) {
			continue
		}
		if si := d.SentenceAt(t.Start); si >= 0 && out[si] == "" {
			out[si] = t.Value
		}
	}
	return out
}

// calendarValue reports whether v begins with a four-digit year.
func calendarValue(v string) bool {
	if len(v) < 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return len(v) == 4 || v[4] == '-' || v[4] == 'T'
}

// ctx is the state of one pass over a document.
type ctx struct {
	doc    *text.Doc
	t      toks
	hasAgo bool   // some token is "ago"
	mixed  []int8 // per sentence: 0 unknown, 1 cues of past and future, -1 not
	dct    time.Time
	hasDCT bool

	sent   []int // sentence index of each token (-1 outside sentences)
	sentLo []int // first token of each sentence
	sentHi []int // one past the last token of each sentence

	// ref is the time the text is talking about: the last date resolved.
	ref     point
	refDCT  bool // ref itself was resolved against the publication date
	refSent int
}

// match is what a rule recognised from token i to token end (exclusive).
type match struct {
	end    int
	typ    string
	val    string
	mod    string
	pt     point // the calendar point of a DATE or TIME, when resolved
	dct    bool  // the value depends on the publication date
	setRef bool  // the expression names a time later ones may refer to
}

// findDoc finds and resolves the time expressions of d, in text order.
// A match strictly inside one of names (the mentions the name tagger
// found) is part of a name, not a time: "Bloody January", "Black Friday",
// "the January 6th Committee". It is skipped, and does not become the time
// the text is about.
func findDoc(d *text.Doc, names []annalist.Span) []annalist.Time {
	c := &ctx{doc: d, t: lex(d.Text)}
	for _, t := range c.t {
		c.hasAgo = c.hasAgo || t.low == "ago"
	}
	published := d.Published
	if len(published) > 10 {
		published = published[:10] // "2023-01-05T10:00:00Z"
	}
	if dct, err := time.Parse("2006-01-02", published); err == nil {
		c.dct, c.hasDCT = dct, true
	}
	c.splitSentences(d)
	var out []annalist.Time
	for i := 0; i < len(c.t); {
		m, ok := c.longest(i)
		if !ok {
			i++
			continue
		}
		start, end := c.t[i].start, c.t[m.end-1].end
		if insideName(names, start, end) {
			i = m.end
			continue
		}
		tm := annalist.Time{Start: start, End: end, Text: d.Text[start:end], Type: m.typ, Value: m.val, Mod: m.mod}
		if m.dct && !c.hasDCT {
			tm.Value = ""
		}
		out = append(out, tm)
		c.remember(i, m)
		i = m.end
	}
	return out
}

// longest tries every rule at token i and keeps the longest match; on a
// tie the earlier rule wins.
func (c *ctx) longest(i int) (match, bool) {
	if c.t[i].kind == 'a' && !startsExpression(c.t[i].low) {
		return match{}, false
	}
	best := match{end: -1}
	for _, rule := range rules {
		if m, ok := rule(c, i); ok && m.end > best.end && m.end > i {
			best = m
		}
	}
	return best, best.end > i
}

// remember moves the reference time to what m named.
func (c *ctx) remember(i int, m match) {
	s := c.sentence(i)
	if !m.setRef || !m.pt.ok() || m.pt.g < gYear {
		return
	}
	if m.dct && !c.hasDCT {
		return
	}
	c.ref, c.refDCT, c.refSent = m.pt, m.dct, s
}

func (c *ctx) splitSentences(d *text.Doc) {
	c.sent = make([]int, len(c.t))
	c.sentLo = make([]int, len(d.Sentences))
	c.sentHi = make([]int, len(d.Sentences))
	for i := range c.sentLo {
		c.sentLo[i] = -1
	}
	si := 0
	for i, tk := range c.t {
		for si < len(d.Sentences) && d.Sentences[si].End <= tk.start {
			si++
		}
		if si < len(d.Sentences) && d.Sentences[si].Start <= tk.start {
			c.sent[i] = si
			if c.sentLo[si] < 0 {
				c.sentLo[si] = i
			}
			c.sentHi[si] = i + 1
		} else {
			c.sent[i] = -1
		}
	}
}

func (c *ctx) sentence(i int) int {
	if i < 0 || i >= len(c.sent) {
		return -1
	}
	return c.sent[i]
}

// tense guesses whether the clause around tokens [i,j) looks forward (+1)
// or back (-1) from the publication date: the nearest cue word decides,
// and news defaults to the past.
func (c *ctx) tense(i, j int) int {
	s := c.sentence(i)
	lo, hi := i, j
	if s >= 0 {
		lo, hi = c.sentLo[s], c.sentHi[s]
	}
	// "said Friday", "told reporters on Monday": the report is dated.
	for k := i - 1; k >= lo && k >= i-3; k-- {
		if reportingVerbs[c.t.low(k)] {
			return -1
		}
		if presentVerb(c.t, k) {
			return 1 // "meets Monday", "opens on Friday": a timetable
		}
		if !c.t.is(k, "on", "late", "early", "reporters", "journalists") {
			break
		}
	}
	// The parse costs: it is read only where the sentence has cues both
	// ways, the one case where the nearest cue may be the wrong one.
	if c.mixedCues(i) {
		if v := c.parseTense(i); v != 0 {
			return v
		}
	}
	if v := c.clauseTense(i, j); v != 0 {
		return v
	}
	for k := 1; k < 40; k++ {
		for _, x := range [2]int{i - k, j - 1 + k} {
			if x < lo || x >= hi || x < 0 || x >= len(c.t) {
				continue
			}
			w := c.t[x].low
			if futureCues[w] {
				return 1
			}
			if pastCues[w] || len(w) > 4 && w[len(w)-2:] == "ed" && !c.t.capital(x) && w != "expected" && w != "scheduled" {
				return -1
			}
		}
	}
	return -1
}

// anchor is the reference time for "later", "before" and the like: the
// last date the text named, or else the publication date.
func (c *ctx) anchor() (p point, dct, ok bool) {
	if c.ref.ok() {
		return c.ref, c.refDCT, true
	}
	if c.hasDCT {
		return at(c.dct, gDay), true, true
	}
	return point{}, true, false
}

// day is the date a time of day in sentence of token i belongs to: a day
// named earlier in the sentence, or else the publication date.
func (c *ctx) day(i int) (p point, dct bool) {
	if c.ref.g >= gDay && c.refSent == c.sentence(i) {
		p = c.ref
		p.g = gDay
		return p, c.refDCT
	}
	return at(c.dct, gDay), true
}

// presentVerb reports whether token k is a verb of the news timetable in
// the present tense ("the summit opens Monday").
func presentVerb(t toks, k int) bool { return timetableVerbs[t.low(k)] }

// insideName reports whether [start, end) lies within a name and is not all
// of it.
func insideName(names []annalist.Span, start, end int) bool {
	for _, n := range names {
		if n.Start <= start && end <= n.End && end-start < n.End-n.Start {
			return true
		}
	}
	return false
}
