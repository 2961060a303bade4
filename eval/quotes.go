package eval

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annalist/annalist"
)

// RecordFinder analyses one article's text, published on date, and
// returns its record (quotes and the entities their speakers point to).
type RecordFinder func(text, date string) (*annalist.Record, error)

// Source classes of a gold quote: how its attribution names the speaker.
const (
	SourceNamed   = "named"   // a proper name: "Spokeswoman Haley Morris", "Morris"
	SourceNominal = "nominal" // a noun phrase: "a campaign spokesman", "the ministry"
	SourcePronoun = "pronoun" // he, she, they: PolNeAR gives no antecedent
	SourceNone    = "none"    // an attribution without a source
)

var sourceClasses = []string{SourceNamed, SourceNominal, SourcePronoun, SourceNone}

// QuoteScore is how well extracted quotes match PolNeAR's attributions.
//
// Direct quotes: the gold ones are the runs between double quotation
// marks that lie inside an attribution's content (a run open at the end of
// a line runs to its end), each with its attribution's source. A
// predicted quote (type direct or untyped) is found when it overlaps one.
// Runs outside every content (titles, scare quotes) are no gold quotes: a
// prediction over one is neutral without a speaker and wrong with one.
//
// Speaker, end to end: a true positive is a predicted quote with a speaker
// over a gold quote whose named or nominal source it matches (a mention of
// the speaker's entity lies in the source span, or the speaker's last word
// is one of the source's words). Precision is over predicted quotes with a
// speaker, except those over gold quotes with a pronoun source (counted
// apart: PolNeAR gives no antecedent); recall over gold quotes with a named
// or nominal source.
//
// Reported speech: the gold spans are the contents that are not (mostly)
// direct quotes; a predicted indirect or mixed quote is right when it
// overlaps any attribution's content, and a gold content is found when an
// indirect or mixed quote overlaps it.
type QuoteScore struct {
	Articles int

	GoldDirect, GoldDirectFound int // gold direct quotes; those a prediction overlaps
	PredDirect, PredDirectRight int // predicted direct quotes (neutral ones left out); those over a gold quote

	// By source class of the gold quote: quotes, found, found with the
	// right speaker, found with a wrong one, found with none.
	Class map[string]*ClassScore

	SpeakerPred, SpeakerTP int // predicted speakers scored; right ones over named/nominal gold

	GoldReported, GoldReportedFound int
	PredReported, PredReportedRight int
	// Reported speech found with a named or nominal source, and of those
	// with the right speaker.
	ReportedAttributable, ReportedSpeakerRight int

	Errors []QuoteError
}

// ClassScore counts the gold direct quotes of one source class.
type ClassScore struct{ Gold, Found, Right, Wrong, NoSpeaker int }

// QuoteError is one miss, for --errors.
type QuoteError struct {
	Doc, Kind, Quote, Gold, Got string
}

// DirectDetection is precision, recall and F1 of finding direct quotes.
func (s *QuoteScore) DirectDetection() (p, r, f float64) {
	p, r = ratio(s.PredDirectRight, s.PredDirect), ratio(s.GoldDirectFound, s.GoldDirect)
	return p, r, f1(p, r)
}

// Speaker is precision, recall and F1 of direct quotes found with the
// right named or nominal speaker, end to end.
func (s *QuoteScore) Speaker() (p, r, f float64) {
	gold := s.Class[SourceNamed].Gold + s.Class[SourceNominal].Gold
	return prf(s.SpeakerTP, s.SpeakerPred, gold)
}

// Reported is precision, recall and F1 of finding reported speech.
func (s *QuoteScore) Reported() (p, r, f float64) {
	p, r = ratio(s.PredReportedRight, s.PredReported), ratio(s.GoldReportedFound, s.GoldReported)
	return p, r, f1(p, r)
}

// goldQuote is a gold direct quote: a quoted run and its attribution.
type goldQuote struct {
	start, end int
	att        *Attribution
	class      string
}

// ScoreQuotes runs find over each article and scores its quotes.
func ScoreQuotes(docs []PolNeARDoc, find RecordFinder) (*QuoteScore, error) {
	s := &QuoteScore{Class: map[string]*ClassScore{}}
	for _, c := range sourceClasses {
		s.Class[c] = &ClassScore{}
	}
	for i := range docs {
		d := &docs[i]
		rec, err := find(d.Text, d.Date)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", d.Name, err)
		}
		if rec.Text != d.Text {
			return nil, fmt.Errorf("%s: the record's text is not the article's (run without cleaning)", d.Name)
		}
		s.Articles++
		s.scoreDoc(d, rec)
	}
	return s, nil
}

func (s *QuoteScore) scoreDoc(d *PolNeARDoc, rec *annalist.Record) {
	runs := quotedRuns(d.Text)
	var gold []goldQuote
	var unattributed [][2]int
	for _, r := range runs {
		// The smallest content holding most of the run.
		var best *Attribution
		for ai := range d.Attributions {
			a := &d.Attributions[ai]
			if 2*overlap(a.Content, r[0], r[1]) >= r[1]-r[0] && (best == nil || fragsLen(a.Content) < fragsLen(best.Content)) {
				best = a
			}
		}
		if best == nil {
			unattributed = append(unattributed, r)
			continue
		}
		gold = append(gold, goldQuote{r[0], r[1], best, sourceClass(d.Text, best.Source)})
	}
	entities := map[string]*annalist.Entity{}
	for i := range rec.Entities {
		entities[rec.Entities[i].ID] = &rec.Entities[i]
	}
	s.GoldDirect += len(gold)
	found := make([]bool, len(gold))
	for _, g := range gold {
		s.Class[g.class].Gold++
	}
	for _, q := range rec.Quotes {
		if q.Type != "" && q.Type != "direct" {
			continue
		}
		gi := -1
		for j, g := range gold {
			if q.Start < g.end && g.start < q.End {
				gi = j
				break
			}
		}
		if gi < 0 {
			neutral := false
			for _, u := range unattributed {
				neutral = neutral || q.Start < u[1] && u[0] < q.End
			}
			if neutral && q.Speaker == "" {
				continue
			}
			s.PredDirect++
			if q.Speaker != "" {
				s.SpeakerPred++
				s.err(d, "speaker on no attribution", q.Text, "", q.Speaker)
			} else {
				s.err(d, "quote on no attribution", q.Text, "", "")
			}
			continue
		}
		s.PredDirect++
		s.PredDirectRight++
		g := gold[gi]
		first := !found[gi]
		found[gi] = true
		if g.class == SourcePronoun {
			continue
		}
		right := q.Speaker != "" && speakerMatches(d.Text, g.att.Source, q, entities[q.SpeakerEntity])
		if q.Speaker != "" {
			s.SpeakerPred++
			if right && g.class != SourceNone {
				s.SpeakerTP++
			}
		}
		if !first {
			continue
		}
		c := s.Class[g.class]
		switch {
		case q.Speaker == "":
			c.NoSpeaker++
			if g.class != SourceNone {
				s.err(d, "no speaker", q.Text, fragsText(d.Text, g.att.Source), "")
			}
		case right:
			c.Right++
		default:
			c.Wrong++
			s.err(d, "wrong speaker", q.Text, fragsText(d.Text, g.att.Source), q.Speaker)
		}
	}
	for gi, g := range gold {
		if found[gi] {
			s.GoldDirectFound++
			s.Class[g.class].Found++
		} else {
			s.err(d, "direct quote missed", d.Text[g.start:g.end], fragsText(d.Text, g.att.Source), "")
		}
	}

	// Reported speech.
	var reported []*Attribution
	for ai := range d.Attributions {
		a := &d.Attributions[ai]
		quoted := 0
		for _, r := range runs {
			quoted += overlap(a.Content, r[0], r[1])
		}
		if 10*quoted < 9*fragsLen(a.Content) {
			reported = append(reported, a)
		}
	}
	s.GoldReported += len(reported)
	rfound := make([]bool, len(reported))
	for _, q := range rec.Quotes {
		if q.Type != "indirect" && q.Type != "mixed" {
			continue
		}
		s.PredReported++
		hit := false
		for _, a := range d.Attributions {
			hit = hit || overlap(a.Content, q.Start, q.End) > 0
		}
		if hit {
			s.PredReportedRight++
		} else {
			s.err(d, "reported speech on no attribution", q.Text, "", q.Speaker)
		}
		for ri, a := range reported {
			if rfound[ri] || overlap(a.Content, q.Start, q.End) == 0 {
				continue
			}
			rfound[ri] = true
			if c := sourceClass(d.Text, a.Source); c == SourceNamed || c == SourceNominal {
				s.ReportedAttributable++
				if q.Speaker != "" && speakerMatches(d.Text, a.Source, q, entities[q.SpeakerEntity]) {
					s.ReportedSpeakerRight++
				}
			}
		}
	}
	for ri, a := range reported {
		if rfound[ri] {
			s.GoldReportedFound++
		} else {
			s.err(d, "reported speech missed", fragsText(d.Text, a.Content), fragsText(d.Text, a.Source), "")
		}
	}
}

func (s *QuoteScore) err(d *PolNeARDoc, kind, quote, gold, got string) {
	s.Errors = append(s.Errors, QuoteError{d.Name, kind, quote, gold, got})
}

// speakerMatches reports whether quote q's speaker is the gold source: a
// mention of its entity lies in the source, the source's last word is in
// the entity's role, or the speaker's last word is a word of the source ("Haley Morris" for "Spokeswoman Haley Morris" or "Morris", "a
// spokesman" for "the campaign spokesman").
func speakerMatches(text string, source []Frag, q annalist.Quote, e *annalist.Entity) bool {
	if e != nil {
		for _, m := range e.Mentions {
			if overlap(source, m.Start, m.End) > 0 {
				return true
			}
		}
		// A source named by role ("the former secretary of state") is
		// the entity that holds that role in the record.
		if gw := wordsOf(fragsText(text, source)); len(gw) > 0 && e.Role != "" {
			for _, w := range wordsOf(e.Role) {
				if w == gw[len(gw)-1] {
					return true
				}
			}
		}
	}
	sw := wordsOf(q.Speaker)
	if len(sw) == 0 {
		return false
	}
	last := sw[len(sw)-1]
	for _, w := range wordsOf(fragsText(text, source)) {
		if w == last {
			return true
		}
	}
	return false
}

// wordsOf splits s into lower-case words; a possessive stays on its word
// ("clinton’s" is not "clinton").
func wordsOf(s string) []string {
	return strings.FieldsFunc(strings.ToLower(strings.ReplaceAll(s, "’", "'")), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-'
	})
}

var sourcePronouns = map[string]bool{"he": true, "she": true, "they": true, "i": true, "we": true, "you": true,
	"it": true, "him": true, "her": true, "them": true, "his": true, "their": true, "me": true, "us": true,
	"our": true, "my": true, "its": true, "himself": true, "herself": true, "themselves": true, "who": true}

// sourceClass tells a source span named, nominal, pronoun or none: named
// when one of its words is capitalised where a sentence does not begin.
func sourceClass(text string, source []Frag) string {
	if len(source) == 0 || fragsLen(source) == 0 {
		return SourceNone
	}
	pronoun := true
	for _, w := range wordsOf(fragsText(text, source)) {
		pronoun = pronoun && sourcePronouns[strings.TrimSuffix(w, "'s")]
	}
	if pronoun {
		return SourcePronoun
	}
	for _, f := range source {
		inWord := false
		for i, r := range text[f.Start:f.End] {
			at := f.Start + i
			if !unicode.IsLetter(r) {
				inWord = r == '\'' || r == '’' || r == '-'
				continue
			}
			if !inWord && unicode.IsUpper(r) && !sentenceStart(text, at) {
				return SourceNamed
			}
			inWord = true
		}
	}
	return SourceNominal
}

// sentenceStart reports whether only white space, quote marks or brackets
// stand between off and the start of the text, a line or a sentence end.
func sentenceStart(text string, off int) bool {
	for off > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:off])
		switch {
		case r == '\n' || r == '.' || r == '!' || r == '?' || r == ':' || r == '—':
			return true
		case unicode.IsSpace(r) || strings.ContainsRune("\"“‘'(", r):
			off -= n
		default:
			return false
		}
	}
	return true
}

// quotedRuns returns the insides of double quotation marks in text, line
// by line: curly marks pair open with close, straight ones alternate; a
// run left open at the end of a line ends there (news style continues a
// quote in the next paragraph with a new opening mark). Runs without a
// letter are dropped.
func quotedRuns(text string) [][2]int {
	var out [][2]int
	add := func(a, b int) {
		for _, r := range text[a:b] {
			if unicode.IsLetter(r) {
				out = append(out, [2]int{a, b})
				return
			}
		}
	}
	start := 0
	for start < len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		open := -1
		for at := start; at < end; {
			r, n := utf8.DecodeRuneInString(text[at:end])
			if at+1 < end && (r == '\'' || r == '`') && text[at+1] == text[at] {
				// '' and ``: typewriter double marks.
				r, n = '"', 2
				if text[at] == '`' {
					r = '“'
				}
			}
			switch {
			case r == '“' || r == '"' && open < 0:
				open = at + n
			case (r == '”' || r == '"') && open >= 0:
				add(open, at)
				open = -1
			}
			at += n
		}
		if open >= 0 {
			add(open, end)
		}
		start = end + 1
	}
	return out
}

// Report prints the scores.
func (s *QuoteScore) Report(w io.Writer, errors bool) {
	p, r, f := s.DirectDetection()
	fmt.Fprintf(w, "articles %d\n", s.Articles)
	fmt.Fprintf(w, "direct quotes found:          P %.3f  R %.3f  F1 %.3f  (gold %d, predicted %d)\n", p, r, f, s.GoldDirect, s.PredDirect)
	p, r, f = s.Speaker()
	fmt.Fprintf(w, "direct, right speaker (named and nominal, end to end): P %.3f  R %.3f  F1 %.3f\n", p, r, f)
	fmt.Fprintf(w, "  by gold source:  %-8s %6s %6s %6s %6s %6s  %s\n", "source", "gold", "found", "right", "wrong", "none", "right/found")
	for _, c := range sourceClasses {
		cs := s.Class[c]
		fmt.Fprintf(w, "                   %-8s %6d %6d %6d %6d %6d  %.3f\n", c, cs.Gold, cs.Found, cs.Right, cs.Wrong, cs.NoSpeaker, ratio(cs.Right, cs.Found))
	}
	p, r, f = s.Reported()
	fmt.Fprintf(w, "reported speech found (content spans, overlap): P %.3f  R %.3f  F1 %.3f  (gold %d, predicted %d)\n", p, r, f, s.GoldReported, s.PredReported)
	fmt.Fprintf(w, "  right speaker among found with a named or nominal source: %.3f (%d of %d)\n",
		ratio(s.ReportedSpeakerRight, s.ReportedAttributable), s.ReportedSpeakerRight, s.ReportedAttributable)
	if !errors {
		return
	}
	for _, e := range s.Errors {
		fmt.Fprintf(w, "%s\t%s\t%q\tgold %q\tgot %q\n", e.Doc, e.Kind, e.Quote, e.Gold, e.Got)
	}
}
