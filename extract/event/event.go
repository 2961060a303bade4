// Package event finds events in news text: who did what to whom, where,
// when and how many, coded in the 18 PLOVER categories.
//
// Triggers (verbs and nouns, inflected or not) come from a hand lexicon
// built from the PLOVER and CAMEO definitions and from PETRARCH2's CAMEO
// verb dictionary compiled to PLOVER (LEXICON.md); the arguments come from
// the dependency parse when the document has one, else from the phrases
// around the trigger, with the entities, times and counts that earlier
// extractors put in the record. Actors are coded from the Phoenix
// dictionaries and each event gets its ACLED type where ACLED codes it
// (ACLED.md).
// Each trigger found in a sentence is a Mention; mentions of one happening
// across the article are merged into one annalist.Event.
package event

import (
	"reflect"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/internal/words"
	"github.com/annalist/annalist/text"
)

// Modalities of an event (annalist.Event.Modality).
const (
	Negated      = "negated"
	Hypothetical = "hypothetical"
	Future       = "future"
)

// Extractor fills Record.Events. It reads r.Entities, r.Times, r.Counts and
// r.Focus, so it runs after the ner, geo, timex and count extractors.
type Extractor struct{}

// New returns the event extractor.
func New() *Extractor { return &Extractor{} }

// Name implements extract.Extractor.
func (*Extractor) Name() string { return "event" }

// Extract implements extract.Extractor.
func (*Extractor) Extract(d *text.Doc, r *annalist.Record) {
	n := len(r.Events)
	ms := Mentions(d, r)
	markApart(r.Text, ms)
	r.Events = append(r.Events, Merge(ms)...)
	codeACLED(&annalist.Record{Text: r.Text, Events: r.Events[n:]})
}

// Mention is one mention of an event in one sentence. Its Event carries the
// sentence in Sentence and nothing in Sentences.
type Mention struct {
	annalist.Event
	SentenceIndex int  // index into Doc.Sentences
	Verb          bool // the trigger reads as a verb, or a noun after a light verb ("held talks")
	Weak          bool // an agent noun ("protesters"): the event is only implied
	Governed      bool // the complement of another trigger ("threatened to strike")
	Implied       bool // a promise or threat implied by a stated intention ("said it will boycott")
	Subordinate   bool // in a relative or adverbial clause ("..., who has vowed", "after police fired")
	Oblique       bool // a noun in a prepositional phrase ("protested over the arrest"): context
	// apartAt is the byte where a stretch of time before "after" or
	// "before" opens in the sentence before the trigger, or -1 (markApart).
	apartAt int

	// depth counts the clauses the trigger is embedded in, by the parse
	// (clauseDepth); -1 without a parse. anchor is the trigger's token in
	// the sentence that depth was counted from; purposeOf the token of the
	// verb whose purpose clause ("to" + verb) the trigger heads, or -1.
	depth, anchor, purposeOf int
	// role is the anchor's relation to its head verb in the parse ("nsubj",
	// "obj"), head that verb's token; "" and -1 without a parse.
	role string
	head int
	// meets: the target is a person or a body met, not a place gone to
	// (meetsSomeone); a meeting with someone is the event, whatever it is
	// for.
	meets bool

	tok, end int      // trigger tokens in the Doc, [tok, end)
	pos      int      // token where the mention is ranked in its sentence
	ent      *entry   // lexicon entry
	features []string // the type model's features (classify.go)
}

// Main returns the index in ms of the sentence's main event, or -1 when ms
// is empty. The rule: an event reported as having happened (empty
// modality, implied promises and threats included) before one that is
// negated, future or hypothetical; a specific trigger before a weak one; a
// verb (the clause's predicate) before a noun; then the earliest in the
// sentence.
func Main(ms []Mention) int {
	best := -1
	for i := range ms {
		if best < 0 || mainBefore(&ms[i], &ms[best]) {
			best = i
		}
	}
	return best
}

func mainBefore(a, b *Mention) bool {
	// A visit's purpose is the event: "will travel to the region to look
	// into allegations" is an inquiry, "went to the border to inspect" too.
	if a.purposeVisit(b) != b.purposeVisit(a) {
		return a.purposeVisit(b)
	}
	if (a.Modality == "") != (b.Modality == "") {
		return a.Modality == ""
	}
	if a.Weak != b.Weak {
		return !a.Weak
	}
	if a.Subordinate != b.Subordinate {
		return !a.Subordinate
	}
	// Then the parse's clause structure before the word-order cues: the
	// main clause's predicate and its complements before what a clause
	// under it reports ("an inquiry into allegations that ministers took
	// bribes").
	if a.depth >= 0 && b.depth >= 0 && a.depth != b.depth {
		return a.depth < b.depth
	}
	if a.Verb != b.Verb {
		return a.Verb
	}
	// Of two verbs, a hand trigger before a bare verb of the compiled
	// CAMEO dictionary, whose senses are broad ("broke into a school and
	// kidnapped" is the kidnapping; CAMEO's "break" is DESTROY, 190).
	if a.Verb && a.cameoVerb() != b.cameoVerb() {
		return b.cameoVerb()
	}
	if !a.Verb && a.Oblique != b.Oblique {
		return !a.Oblique // the subject or object noun before one in a prepositional phrase
	}
	// Of two nouns, the subject and the object of one verb, the object is
	// what the clause reports; the subject its cause ("the arrest of the
	// leader sparked clashes", "the talks produced an agreement").
	if !a.Verb && !b.Verb && a.head >= 0 && a.head == b.head {
		if a.role == "obj" && (b.role == "nsubj" || b.role == "csubj") {
			return true
		}
		if b.role == "obj" && (a.role == "nsubj" || a.role == "csubj") {
			return false
		}
	}
	return a.pos < b.pos
}

// cameoVerb reports a one-word trigger of the compiled CAMEO dictionary.
func (a *Mention) cameoVerb() bool {
	return a.ent != nil && a.ent.cameo && len(a.ent.words) == 1
}

// purposeVisit reports that a is the purpose of b, a trip or a visit
// (CONSULT visit) to a place, and no visit itself. Meeting someone is
// consulting (CAMEO 04) whatever it is for: "met Prime Minister Hun Manet
// to press for" is the meeting. So is an inquiry that people are sent to
// make: "sent experts to the region to investigate the outbreak" (CAMEO
// 09, as "dispatched inspectors to"), no aid nor deployment.
func (a *Mention) purposeVisit(b *Mention) bool {
	if a.purposeOf < 0 || a.purposeOf != b.anchor || a.Modality == Negated || a.ent == nil || b.ent == nil {
		return false
	}
	if a.ent.category == "INVESTIGATE" && sendingVerbs[b.ent.words[0]] {
		return true
	}
	return b.ent.category == "CONSULT" && b.ent.mode == "visit" && !b.meets && a.ent.category != "CONSULT"
}

// sendingVerbs send people somewhere, for a purpose their clause may name.
var sendingVerbs = set(`send dispatch`)

// sentence holds what one sentence's analysis needs.
type sentence struct {
	d       *text.Doc
	r       *annalist.Record
	x       *docIndex // the record's facts by sentence
	index   int
	toks    []text.Token
	lower   []string
	lem     [][]string // lemmas of each lower-case token
	first   int        // index of toks[0] in d.Tokens
	isTime  []bool     // token inside a DATE/TIME expression
	clause  []int      // clause number of each token
	report  int        // token of the first reporting verb, or -1
	hasCond bool       // "unless" or "if" in the sentence
	unless  bool       // "unless" in the sentence

	words    []text.Word // the parse, made on first use; nil without a parser
	subAfter []bool      // subordinatePrefixes, made on first use

	reportChecked, notReporting bool  // notReport's answer, made on first use
	agentChecked, namesAgent    bool  // namesPoliticalAgent's answer, made on first use
	subWords                    []int // subordinateBetween's counts, made on first use
}

// Mentions finds every event mention in the document.
func Mentions(d *text.Doc, r *annalist.Record) []Mention {
	return mentionsWith(d, r, currentTypeModel())
}

// mentionsWith finds the mentions with a type model (nil: the rules alone).
func mentionsWith(d *text.Doc, r *annalist.Record, tm *TypeModel) []Mention {
	var out []Mention
	x := newDocIndex(d, r)
	x.types = tm
	for si := range d.Sentences {
		s := newSentence(d, r, x, si)
		out = append(out, s.mentions()...)
	}
	return out
}

func newSentence(d *text.Doc, r *annalist.Record, x *docIndex, si int) *sentence {
	toks := d.SentenceTokens(si)
	s := &sentence{d: d, r: r, x: x, index: si, toks: toks, first: d.Sentences[si].First, report: -1,
		lower: make([]string, len(toks)), lem: make([][]string, len(toks)), isTime: make([]bool, len(toks)),
		clause: make([]int, len(toks))}
	c := 0
	// The sentence's lemmas share one array (most words have one or two).
	lem := make([]string, 0, 2*len(toks))
	for i := range toks {
		s.lower[i] = d.Folded(s.first + i)
		if len(s.lower[i]) > 2 && strings.HasPrefix(s.lower[i], "``") {
			s.lower[i] = s.lower[i][2:] // the tokenizer keeps a TeX-style opening quote on its word
		}
		k := len(lem)
		lem = appendLemmas(lem, s.lower[i])
		s.lem[i] = lem[k:len(lem):len(lem)]
		if isClauseBreak(s.lower[i]) {
			c++
		}
		s.clause[i] = c
		if reporting[s.lower[i]] && s.report < 0 {
			s.report = i
		}
		if s.lower[i] == "unless" || s.lower[i] == "if" {
			s.hasCond = true
			s.unless = s.unless || s.lower[i] == "unless"
		}
	}
	for i, w := range s.lower {
		// Time words mark phrase edges even without the timex extractor.
		if timeWords[w] || words.Months[w] > 0 && s.isProperName(i) && (w != "may" && w != "march" ||
			i+1 < len(toks) && isNumber(s.lower[i+1]) || i > 0 && isNumber(s.lower[i-1])) {
			s.isTime[i] = true
		}
	}
	for _, ti := range x.times[si] {
		t := r.Times[ti]
		for i, tk := range toks {
			if tk.Start < t.End && t.Start < tk.End {
				s.isTime[i] = true
			}
		}
	}
	return s
}

func isClauseBreak(w string) bool {
	switch w {
	case ",", ";", ":", "(", ")", "–", "—", "-", "that", "which", "who", "whom", "whose", "\"", "“", "”":
		return true
	}
	return false
}

// inName reports whether tokens [i, j) lie inside a name the name tagger
// found: a word of a name is no event ("Shell said", "Battle Creek",
// "the Rally Party"), as a word of a date is none ("in March").
func (s *sentence) inName(i, j int) bool {
	a, b := s.toks[i].Start, s.toks[j-1].End
	for _, mn := range s.x.mentions[s.index] {
		if mn.start <= a && b <= mn.end {
			return true
		}
	}
	return false
}

// found is a trigger match before it becomes a Mention.
type found struct {
	e           *entry
	i, j        int // tokens [i, j) of the sentence
	verb        bool
	light       int // token of the light verb that carries a noun trigger, or -1
	modality    string
	marker      int // token of the modal marker that made it future, or -1
	governed    bool
	cooperative bool // a vow of something cooperative: AGREE
	hostile     bool // a promise of something hostile ("ready to use force"): THREATEN
	governsAny  bool // a trigger governs another
	ceased      int  // token of a verb that stops the event ("halted aid"), or -1
}

func (s *sentence) mentions() []Mention {
	var fs []found
	for i := 0; i < len(s.toks); i++ {
		e, j := s.match(i)
		if e == nil {
			continue
		}
		i0 := i
		i = j - 1
		if e.category == notATrigger || s.inName(i0, j) || s.isTime[i0] {
			continue
		}
		if s.truceHolds(i0) {
			continue // "the truce held for a third day": no one held, the truce is observed
		}
		f := found{e: e, i: i0, j: j, light: -1, marker: -1, ceased: -1}
		f.verb = s.isVerb(e, i0)
		if e.pos == verbOnly && !f.verb {
			if n := nounSense(e); n != nil {
				e, f.e = n, n // "a bomb blast": the noun's sense, not the verb's
			}
		}
		if e.cameo && !s.clearVerb(i0) {
			continue // a dictionary verb needs the parse's, or a clear, verb reading
		}
		if e.cameo && len(e.words) == 1 && e.category != "ASSAULT" && s.indefiniteObjectOfLight(i0, j) {
			continue // "took a charge", "took a detour": a light verb's indefinite object is the act, and it names none here
		}
		if e.pos == verbOnly && !f.verb && inflection(s.lower[i0]) != "ing" {
			continue // "the free newsletter", "the besieged city": adjectives, not the verb
		}
		if e.pos == verbOnly && j == i0+1 && s.adjectival(i0) {
			continue // "occupying forces", "the ruling party"
		}
		if e.pos == verbOnly && i0 > 0 && inflection(s.lower[i0]) == "" && (determiners[s.lower[i0-1]] || quantifiers[s.lower[i0-1]]) {
			continue // "several phone tips", "a sign of": a base form after a determiner is a noun, whatever the tagger says
		}
		if s.personPlural(e, i0, j, f.verb) {
			continue // "killings of Iranian exiles": the people, not the act
		}
		if e.cause && !s.hasAny(contextWords["grievance"]) {
			continue // "shoppers filled the streets": no demonstration without a cause
		}
		if i0 == 0 && j+1 < len(s.toks) && s.lower[j] == ":" && isNumber(s.lower[j+1]) {
			continue // a fact box's label: "Injured: 4,800"
		}
		if f.verb && len(e.words) == 1 && e.category == "PROTEST" && intransitiveProtest[e.words[0]] && s.ledObject(i0) {
			continue // "demonstrated its resolve", "rallied support": shown or gathered, no protest
		}
		if e.agent && s.titleBeforeName(j) {
			continue // "protester James Kopp", "striker Lionel Messi": a title names the person
		}
		if e.weak && !e.agent && !s.materialAfter(j) {
			continue // "give", "send", "provide" are AID only when something material is given
		}
		if !f.verb {
			f.light = s.lightVerb(i0)
		}
		f.ceased = s.cessation(i0)
		fs = append(fs, f)
	}
	if len(fs) == 0 || s.notReport() {
		return nil
	}
	fs = dropStopVerbs(fs)
	fs = dropLightGivers(fs)
	fs = dropEventPredicates(fs)
	fs = s.orderedActs(fs)
	for k := range fs {
		f := &fs[k]
		at := f.i
		if f.light >= 0 {
			at = f.light
		}
		if f.ceased >= 0 && ceasedType[f.e.category] != "" {
			at = f.ceased // the stop verb's mood: "could freeze aid if", "will suspend talks"
		}
		if f.verb || f.light >= 0 || at != f.i {
			f.modality, f.marker = s.modality(at)
		} else if f.i > 0 && (s.lower[f.i-1] == "no" || s.lower[f.i-1] == "without") {
			f.modality = Negated // "no talks"; a bare noun takes no other modal
		} else {
			f.modality = s.nounModality(f)
		}
		if g := s.governor(fs[:k], f); g != nil {
			f.governed = true
			g.governsAny = true
			// A statement of intent is typed by what is intended (CAMEO 03
			// against 13): a vow to help is a promise, a readiness or a
			// pledge to use force a threat.
			if g.e.vow && g.e.category == "THREATEN" && cooperative[f.e.category] {
				g.cooperative = true
			}
			// The intended act is a verb of its own ("ready to use force"),
			// not a participle on the object ("promised striking teachers").
			if g.e.vow && g.e.category == "AGREE" && conditionalThreats[f.e.category] && f.modality != Negated && f.verb && f.i > g.j {
				g.hostile = true
			}
			if f.modality != Negated {
				f.modality = g.e.governs
			}
		}
	}
	for k := range fs {
		// A vow to do what no trigger names ("vowed to restore power", "to
		// hold elections") promises it; a vow to fight names its act.
		if g := &fs[k]; g.e.vow && g.e.category == "THREATEN" && !g.governsAny {
			if v := s.toVerbAfter(g.j); v >= 0 && !s.hostileVerb(v) {
				g.cooperative = true
			}
		}
	}
	violent := s.hasViolence(fs)
	var out []Mention
	for k := range fs {
		f := &fs[k]
		m := s.mention(f, fs, violent)
		im, implied := s.implied(f, &m)
		s.classify(f, fs, &m)
		s.stanceSpeaker(f, &m)
		if nobody(m.Actor) || nobody(m.Target) {
			m.Modality = Negated // "no one was hurt"
		}
		// The trainer (no type model) keeps companies' dealings: they teach
		// the model NONE for the business senses of the triggers.
		// A company's own people who strike or march protest ("the
		// airline's pilots staged a strike"), whatever the company does;
		// a company's petition or complaint is a filing (companyProtest).
		if m.Type == notATrigger || s.notPolitical(f, &m) || businessOnly(&m) && m.Type != "PROTEST" ||
			s.x.types != nil && (s.businessContext(&m) || businessTrigger(f, &m) || companyDealing(&m) && m.Type != "PROTEST" || companyProtest(&m) || s.amountItem(f, &m) || s.thingYields(f, &m) || thingActs(f, &m) || s.commodityGift(f, &m)) {
			continue
		}
		// Read after the filters, which know labour action as a protest.
		if s.calledForLater(f, &m) {
			m.Type, m.Mode = "THREATEN", ""
		}
		out = append(out, m)
		if implied {
			out = append(out, im)
		}
	}
	out = s.protestManner(out)
	actAimedAt(out)
	s.attachCounts(out)
	return out
}

// namesParty reports an argument the names or the actor dictionaries
// code: an entity, a CAMEO code or an actor kind.
func namesParty(a *annalist.Arg) bool {
	return a.Entity != "" || a.CAMEO != "" || a.Kind != ""
}

// actAimedAt gives a stance whose target is an act it governs, its own
// ("threatened to break relations with Russia", "insisted on its demands
// that Burundi's government grant"), that act's target: a threat, demand,
// refusal or promise of an act is aimed at whom the act is. Where the act
// is another's, its doer is the target (parseArguments' agentWithin).
func actAimedAt(out []Mention) {
	for i := range out {
		m := &out[i]
		if !verbal[m.Type] || m.Target == nil || namesParty(m.Target) {
			continue // a party the act's phrase names stays: "refused to allow United Nations inspectors"
		}
		for k := range out {
			g := &out[k]
			if k == i || !g.Governed || g.Target == nil || g.Trigger.End <= m.Target.Start || m.Target.End <= g.Trigger.Start {
				continue
			}
			own := g.Actor == nil || m.Actor != nil && g.Actor.Text == m.Actor.Text
			inside := g.Target.Start < m.Target.End && m.Target.Start < g.Target.End
			self := m.Actor != nil && g.Target.Start < m.Actor.End && m.Actor.Start < g.Target.End
			if own && namesParty(g.Target) && !inside && !self {
				m.Target = g.Target
			}
			break
		}
	}
}

// protestManner reads "in protest" ("in protest at", "in protest over")
// as the manner of its clause's verb, not a demonstration of its own: a
// state that "recalled its ambassador in protest at cross-border raids"
// recalls an envoy (the noun is dropped); people of no political kind
// who "occupied a bridge in protest at oil drilling" protest by occupying
// (the verb, seizing or coercing with no one hurt, becomes the protest).
// Violence done in protest stays violence ("villagers torched a police
// post in protest"): the crowd's kind makes it a riot.
func (s *sentence) protestManner(out []Mention) []Mention {
	drop := make([]bool, len(out))
	for p := 1; p < len(s.lower); p++ {
		if s.lower[p-1] != "in" || !lemmaIs(s.lower[p], "protest") {
			continue
		}
		g, noun := -1, -1 // the clause's verb before the phrase; the noun's own mention
		for i := range out {
			o := &out[i]
			if !o.Verb && o.pos == p {
				noun = i
			}
			if o.Verb && o.pos < p && s.clause[o.pos] == s.clause[p] && (g < 0 || o.pos > out[g].pos) {
				g = i
			}
		}
		if g < 0 || out[g].Type == "PROTEST" {
			continue
		}
		o := &out[g]
		switch {
		case o.Actor != nil && (political(o.Actor) || coded(o.Actor)):
			// the state's act is the event
		case (o.Type == "FIGHT" || o.Type == "COERCE") && o.Mode != "destroy" && o.Fatalities == 0 &&
			!s.hurt():
			o.Type, o.Mode = "PROTEST", "demonstrate"
			if o.Target == nil && noun >= 0 {
				o.Target = out[noun].Target
			}
		default:
			continue
		}
		if noun >= 0 {
			drop[noun] = true
		}
	}
	keep := out[:0]
	for k := range out {
		if !drop[k] {
			keep = append(keep, out[k])
		}
	}
	return keep
}

// match returns the longest lexicon entry that starts at token i and the
// end of its match.
func (s *sentence) match(i int) (*entry, int) {
	w := s.lower[i]
	if !isWordish(w) {
		return nil, 0
	}
	if i > 0 && s.isProper(i) || i == 0 && s.nameOpens() {
		return nil, 0
	}
	var best *entry
	bestEnd := 0
	for _, l := range s.lem[i] {
		for k := range lexicon[l] {
			e := &lexicon[l][k]
			if e.fallback || e.pos == nounOnly && l != s.lower[i] && inflection(s.lower[i]) == "ing" {
				continue // an "-ing" form is the verb's: "the storming of" is no "storm of"
			}
			// The longest match wins; at equal length, the more specific
			// phrase ("withdraw * <mission>" over "withdraw").
			if j, ok := s.matchRest(e.words[1:], i+1); ok && (j > bestEnd || j == bestEnd && (len(e.words) > len(best.words) ||
				len(e.words) == len(best.words) && best.cameo && !e.cameo)) {
				best, bestEnd = e, j
			}
		}
	}
	if best != nil && len(best.words) == 1 && best.words[0] == "give" {
		if e, j := s.ultimatum(i); e != nil {
			return e, j // "gave the gunmen holed up in the mosque 24 hours to surrender"
		}
	}
	if best != nil && (len(best.words) == 1 || len(best.words) == 2 && particles[best.words[1]]) && best.pos != nounOnly {
		if e := s.passivePattern(i, best.words[1:]); e != nil {
			best = e // "inspectors were allowed to visit": allow * inspector
		}
	} else if best == nil && !s.presentPassive(i) {
		// A verb that is a trigger only with its object: "flights were
		// halted" (halt * <trade>), "tanks were moved" (move * <troop>);
		// not a present passive, a standing state ("troops are stationed").
		if e := s.passivePattern(i, nil); e != nil {
			best, bestEnd = e, i+1
		}
	}
	fallback := false
	if best == nil && !s.participleAfterNoun(i) {
		fallback = true
		// The hand lexicon has the verb but none of its phrases fits: the
		// CAMEO dictionary's patterns with an object may ("exchange *
		// prisoner"), not on a participle that describes a noun ("aircraft
		// using missiles").
		for _, l := range s.lem[i] {
			for k := range lexicon[l] {
				e := &lexicon[l][k]
				if j, ok := s.matchRest(e.words[1:], i+1); e.fallback && ok && (j > bestEnd || j == bestEnd && len(e.words) > len(best.words)) {
					best, bestEnd = e, j
				}
			}
		}
		// A hand trigger inside the pattern ("launched war games") reads
		// its object better than the pattern does; not a verb's entry
		// where the word is the object noun ("cut gas supplies").
		for k := i + 1; best != nil && k < bestEnd; k++ {
			if e, _ := s.match(k); e != nil && (e.pos != verbOnly || s.isVerb(e, k) && !s.taggedNoun(k)) {
				return nil, 0
			}
		}
	}
	// A verb known only by its phrases with an object may have the object
	// as its passive's subject: "a teacher was snatched" (snatch *
	// <person>).
	// Not a present passive, which tells a standing state ("troops are
	// stationed in the region").
	if fallback && (best == nil || len(best.words) == 1 && best.pos != nounOnly) && !s.presentPassive(i) {
		if e := s.passivePattern(i, nil); e != nil {
			best, bestEnd = e, i+1
			if len(e.words) == 4 {
				bestEnd++ // the particle
			}
		}
	}
	return best, bestEnd
}

func (s *sentence) matchRest(words []string, j int) (int, bool) {
	if len(words) == 0 {
		return j, true
	}
	if words[0] == "*" {
		// An amount or a collective before the head noun fills a gap
		// without using it up: "wrote off $1.2 billion of Zambia's debt",
		// "allowed a team of UN human rights monitors".
		free := 0
		for gap := 0; gap <= maxGap+free && j+gap <= len(s.toks); gap++ {
			if end, ok := s.matchRest(words[1:], j+gap); ok {
				// Nor a finite verb, asked of the tagger only once the
				// rest fits: tagging is the dearer test.
				for k := j; k < j+gap; k++ {
					if s.finiteVerb(k) {
						return 0, false
					}
				}
				return end, true
			}
			// A gap is a determiner, modifier or number, not a clause or a prepositional phrase.
			w := s.lower[min(j+gap, len(s.toks)-1)]
			// But the words that bound a count ("at least nine residents",
			// "up to 40", "more than 20") are the number's, no preposition,
			// and fill it without using it up.
			if s.countBound(j + gap) {
				free++
				continue
			}
			// But the day or the time taken, as wire style puts them after
			// the object, fill it without using it up, as inside a phrasal
			// verb: "questioned the former minister on Monday about", "for
			// six hours about".
			if j+gap < len(s.toks) && (s.isTime[j+gap] || s.durationToken(j+gap) || w == "on" && j+gap+1 < len(s.toks) && s.isTime[j+gap+1]) {
				free++
				continue
			}
			if j+gap < len(s.toks) && (!isWordish(w) && !isNumber(w) && !s.quantityToken(j+gap) && w != "'s" && w != "'" || prepositions[w] || isClauseBreak(w)) {
				break
			}
			// A name's words and a people's adjective, which wire copy
			// stacks before the name with its title, fill it without
			// using it up: "questioned former Argentine naval officer
			// Adolfo Scilingo about".
			if j+gap > 0 && j+gap < len(s.toks) && s.isProper(j+gap) {
				free++
				continue
			}
			if s.quantityToken(j + gap) {
				free++
			}
		}
		return 0, false
	}
	// Wire style puts the day inside phrasal verbs: "called Thursday on".
	for skipped := 0; j < len(s.toks) && s.isTime[j] && skipped < 2; skipped++ {
		j++
	}
	if j >= len(s.toks) {
		return 0, false
	}
	class := wordClasses[words[0]]
	for _, l := range s.lem[j] {
		if l == words[0] {
			return s.matchRest(words[1:], j+1)
		}
		if class[l] {
			// A class word that ends the phrase must be its head, not a
			// modifier of a person after it: "seized a district
			// commissioner" takes a man, not a district.
			if len(words) == 1 && s.personAfter(j) {
				return 0, false
			}
			// Nor is a possessive a person: "snatched her handbag" takes a
			// thing, "snatched her from her car" a woman.
			if s.possessivePronounAt(j) {
				return 0, false
			}
			return s.matchRest(words[1:], j+1)
		}
	}
	// Whoever a participle of capture qualifies is a captive: "handed over
	// the kidnapped engineers", "swapped the abducted aid workers".
	// The captive is the head of the nouns after it: "handed over 12
	// captured government soldiers".
	if words[0] == "<captive>" && j > 0 && captiveParticiples[s.lower[j-1]] && s.taggedNoun(j) {
		for j+1 < len(s.toks) && s.taggedNoun(j+1) {
			j++
		}
		return s.matchRest(words[1:], j+1)
	}
	return 0, false
}

var captiveParticiples = set(`kidnapped abducted captured detained seized imprisoned jailed`)

// ingAttributive reports a one-word "-ing" trigger that modifies the noun
// after it, opening the sentence or after a determiner ("Striking miners
// voted to reject", "the protesting students"): it describes the party,
// as an agent noun does, and is no event of its own. After anything else
// the "-ing" form may take an object ("were attacking rebel positions").
// (attributive, political.go, reads the past participles.)
func (s *sentence) ingAttributive(f *found) bool {
	i := f.i
	if f.j != i+1 || f.verb || i+1 >= len(s.lower) || inflection(s.lower[i]) != "ing" || !s.taggedNoun(i+1) {
		return false
	}
	if i == 0 {
		return true
	}
	return attrDeterminers[s.lower[i-1]]
}

// taggedNoun reports a noun at token k by the tagger.
func (s *sentence) taggedNoun(k int) bool {
	ws := s.tagsTo(k + 1)
	return ws != nil && k < len(ws) && ws[k].UPOS == "NOUN"
}

// possessivePronounAt reports a pronoun at token k that the tagger read
// as a possessive ("her(PRP$) handbag"); the tagger is asked only of
// pronouns.
func (s *sentence) possessivePronounAt(k int) bool {
	if !closedPronouns[s.lower[k]] {
		return false
	}
	ws := s.tagsTo(k + 1)
	return ws != nil && k < len(ws) && ws[k].XPOS == "PRP$"
}

// quantityToken reports token k as part of an amount or a collective
// before a phrase's head noun: a number, a currency sign, "billion", the
// "of" after them or after a collective ("dozens of", "a team of") and the
// article before a collective.
func (s *sentence) quantityToken(k int) bool {
	if k >= len(s.lower) {
		return false
	}
	w := s.lower[k]
	if isNumber(w) || currencies[w] || bigNumbers[w] {
		return true
	}
	if r, n := utf8.DecodeRuneInString(w); unicode.Is(unicode.Sc, r) && len(w) > n {
		return isNumber(w[n:]) // "$2"
	}
	switch {
	case w == "of" && k > 0:
		p := s.lower[k-1]
		return isNumber(p) || bigNumbers[p] || currencies[p] || collectives[p]
	case collectives[w]:
		// the collective itself, before its "of" ("a team of UN
		// monitors"): it counts what the phrase's noun names.
		return k+1 < len(s.lower) && s.lower[k+1] == "of"
	case w == "a" || w == "an":
		return k+1 < len(s.lower) && collectives[s.lower[k+1]]
	}
	return false
}

// countBounds are the words that bound a count before its number: "at
// least", "at most", "up to", "more than", "fewer than", "as many as",
// "about", "nearly".
var countBounds = set(`at least most up to more fewer less than as many about around nearly almost some over roughly approximately`)

// countBound reports token k as part of the bound of a count: up to two
// of countBounds between it and a number ("at least nine").
func (s *sentence) countBound(k int) bool {
	if k >= len(s.lower) || !countBounds[s.lower[k]] {
		return false // most gap words: no number to parse
	}
	for n := k + 1; n < len(s.lower) && n <= k+2; n++ {
		if isNumber(s.lower[n]) || numberValue(s.lower[n]) > 0 {
			return n > k
		}
		if !countBounds[s.lower[n]] {
			return false
		}
	}
	return false
}

// durationToken reports token k as part of a time taken, "for" + a number
// + a unit ("for six hours", "for 3 days"), which the time extractor
// may leave unmarked.
func (s *sentence) durationToken(k int) bool {
	num := func(i int) bool {
		return i >= 0 && i < len(s.lower) && (isNumber(s.lower[i]) || numberValue(s.lower[i]) > 0)
	}
	unit := func(i int) bool { return i >= 0 && i < len(s.lower) && durationUnits[s.lower[i]] }
	at := func(i int) bool { return i >= 0 && i < len(s.lower) && s.lower[i] == "for" && num(i+1) && unit(i+2) }
	return at(k) || at(k-1) || at(k-2)
}

var durationUnits = set(`hour hours day days week weeks month months minute minutes`)

// finiteVerb reports a finite verb at token k by the tagger (past or
// present tense, a modal): the predicate of a clause, which no gap of a
// phrase spans ("Protest leaders rejected an invitation to" is no
// "protest * to"); a participle may modify a noun inside a gap.
func (s *sentence) finiteVerb(k int) bool {
	ws := s.tagsTo(k + 1)
	if ws == nil || k >= len(ws) {
		return false
	}
	switch ws[k].XPOS {
	case "VBD", "VBZ", "VBP", "MD":
		return !s.attributiveParticiple(k)
	}
	return false
}

// attributiveParticiple reports an "-ed" form between a determiner, a
// number or a possessive and a noun, which modifies the noun whatever the
// tagger says: "handed over 30 captured(VBD) soldiers", "freed the
// kidnapped engineers".
func (s *sentence) attributiveParticiple(k int) bool {
	if k == 0 || k+1 >= len(s.toks) || !strings.HasSuffix(s.lower[k], "ed") {
		return false
	}
	p := s.lower[k-1]
	return (determiners[p] || isNumber(p) || p == "'s") && s.taggedNoun(k+1)
}

// ultimatum returns the lexicon's "give * <unit> to" (CAMEO 139) and the
// end of its match where the giving verb at token i and "N hours to"
// stand further apart than a gap spans, with a long object between them
// ("gave residents of the rebel-held district 48 hours to leave"): no
// clause break or finite verb between, a number before the unit and an
// infinitive after "to". An "-ed" form right after a noun modifies it,
// whatever its tag ("gave the gunmen holed up in the mosque 24 hours to").
func (s *sentence) ultimatum(i int) (*entry, int) {
	for j := i + 1; j+2 < len(s.toks) && j <= i+12; j++ {
		if isClauseBreak(s.lower[j]) || s.finiteVerb(j) && !(strings.HasSuffix(s.lower[j], "ed") && s.taggedNoun(j-1)) {
			return nil, 0
		}
		if s.lower[j+1] != "to" || !isNumber(s.lower[j-1]) {
			continue
		}
		for _, l := range s.lem[j] {
			for k := range lexicon["give"] {
				e := &lexicon["give"][k]
				if len(e.words) == 4 && e.words[1] == "*" && e.words[2] == l && e.words[3] == "to" && e.category == "THREATEN" {
					return e, j + 2
				}
			}
		}
	}
	return nil, 0
}

// presentPassive reports a participle at token i after "is", "are" or
// "am" (adverbs between).
func (s *sentence) presentPassive(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch w := s.lower[k]; {
		case w == "is" || w == "are" || w == "am" || w == "'re":
			return true
		case !strings.HasSuffix(w, "ly") && w != "not" && w != "also":
			return false
		}
	}
	return false
}

// passivePattern returns the hand phrase of the verb at token i whose
// object is the verb's passive subject by the parse ("UN inspectors were
// allowed to visit": allow * inspector; "journalists were expelled":
// expel * <civilian>): a phrase of two words or a verb, a gap and a word.
// The verb alone matched, or the verb and its particle (particle: "water
// supplies were cut off": cut off * <utility>); nil when no such phrase
// fits.
func (s *sentence) passivePattern(i int, particle []string) *entry {
	// The verb's phrases that could fit come first: most verbs have none,
	// and their sentences need no parse here.
	var cands []*entry
	var objs []string
	for _, l := range s.lem[i] {
		for k := range lexicon[l] {
			e := &lexicon[l][k]
			if e.cameo || e.fallback {
				continue
			}
			w := e.words[1:]
			switch {
			case len(particle) > 0:
				// a phrasal verb's phrases ("cut off * <utility>")
				if len(w) == 0 || w[0] != particle[0] {
					continue
				}
				w = w[1:]
			case len(w) == 3 && w[1] == "*" && i+1 < len(s.toks) && s.lower[i+1] == w[0]:
				// A phrasal verb's particle right after the participle
				// ("was picked up": pick up * <person>).
				w = w[1:]
			}
			if len(w) == 2 && w[0] == "*" {
				w = w[1:]
			}
			if len(w) == 1 && w[0] != "*" {
				cands, objs = append(cands, e), append(objs, w[0])
			}
		}
	}
	// Only a passive on the surface asks for the parse (its cost: most
	// verbs with object phrases are active).
	if len(cands) == 0 || !s.passive(i) || !s.anyWordIs(objs) {
		return nil // no passive, or no word its subject could be: no parse needed
	}
	ws := s.parse()
	if ws == nil {
		// No parse: the shallow passive's subject, its head before an
		// "of" ("a teacher was snatched", "the son of a chief was
		// snatched").
		r := s.subject(i)
		h := r[1] - 1
		for k := r[0]; k < r[1]; k++ {
			if s.lower[k] == "of" {
				h = k - 1
				break
			}
		}
		for n, e := range cands {
			if h >= r[0] && s.wordIs(h, objs[n]) {
				return e
			}
		}
		return nil
	}
	if ws == nil || len(ws) != len(s.toks) || ws[i].UPOS != "VERB" {
		return nil
	}
	subj := -1
	for k := range ws {
		if ws[k].Head == i && ws[k].Rel == "nsubj:pass" && k < i {
			subj = k
			break
		}
	}
	if subj < 0 {
		return nil
	}
	for n, e := range cands {
		if s.wordIs(subj, objs[n]) {
			return e
		}
	}
	// Or a noun that names the subject's kind ("water and electricity
	// supplies were cut off"): its compound, and what is coordinated with it.
	for k := range ws {
		if h := ws[k].Head; ws[k].Rel == "compound" && h == subj || ws[k].Rel == "conj" && h >= 0 && ws[h].Rel == "compound" && ws[h].Head == subj {
			for n, e := range cands {
				if s.wordIs(k, objs[n]) {
					return e
				}
			}
		}
	}
	return nil
}

// anyWordIs reports a token of the sentence that is one of the phrase
// words ws (wordIs).
func (s *sentence) anyWordIs(ws []string) bool {
	for j := range s.toks {
		for _, w := range ws {
			if s.wordIs(j, w) {
				return true
			}
		}
	}
	return false
}

// wordIs reports whether token j is the phrase word w: one of its lemmas,
// or of the class w names.
func (s *sentence) wordIs(j int, w string) bool {
	class := wordClasses[w]
	for _, l := range s.lem[j] {
		if l == w || class[l] {
			return true
		}
	}
	return false
}

// personAfter reports a lower-case word after token j that names a person
// or social group by WordNet's first sense (data/parties.txt): the noun
// token j qualifies ("district commissioner", "village chief").
func (s *sentence) personAfter(j int) bool {
	if j+1 >= len(s.toks) || !s.common(j+1) || !isWordish(s.lower[j+1]) {
		return false
	}
	if ws := s.tagsTo(j + 2); ws != nil && ws[j+1].UPOS != "NOUN" {
		return false // "journalists accused of": a participle, not "the accused"
	}
	d := loadActors()
	for _, l := range s.lem[j+1] {
		if d.parties[l] {
			return true
		}
	}
	return false
}

// nameOpens reports a sentence that opens with a name of two capitalised
// words ("Amnesty International said"), in a sentence not written in
// title case: its first word is the name's, no trigger.
func (s *sentence) nameOpens() bool {
	if len(s.toks) < 3 || !isWordish(s.lower[1]) || !startsUpper(s.toks[1].Text) {
		return false
	}
	return mostlyLower(s.toks[2:])
}

// mostlyLower reports tokens with more lower-case words than capitalised
// ones: running text, not a headline in title case.
func mostlyLower(toks []text.Token) bool {
	lower, upper := 0, 0
	for _, t := range toks {
		switch {
		case !isWordish(t.Text):
		case startsUpper(t.Text):
			upper++
		default:
			lower++
		}
	}
	return lower > upper
}

// intransitiveProtest are the protest verbs that take no object: with
// one they show, gather or lead something.
var intransitiveProtest = map[string]bool{"demonstrate": true, "rally": true, "march": true}

// ledObject reports an object of the verb at i that it shows, gathers or
// leads ("demonstrated its resolve", "rallied support"), not the way or
// place a march covers ("marched the streets of Khartoum").
func (s *sentence) ledObject(i int) bool {
	o := -1
	if ws := s.parse(); ws != nil {
		// What a "that" clause says is shown ("the case demonstrates that
		// free speech has limits"): no crowd demonstrates a clause.
		if c := s.child(ws, i, "ccomp"); c >= 0 && s.child(ws, c, "mark") >= 0 {
			return true
		}
		o = s.child(ws, i, "obj")
	} else if s.hasObject(i) {
		for o = i + 1; o+1 < len(s.toks) && determiners[s.lower[o]]; o++ {
		}
	}
	if o < 0 {
		return false
	}
	if s.placeAt(o) {
		return false
	}
	for _, l := range s.lem[o] {
		// "marched their way to the square"; but one demonstrates ways
		// of doing something ("demonstrate ways to cut costs").
		if wordClasses["<way>"][l] && !lemmaIs(s.lower[i], "demonstrate") || wordClasses["<place>"][l] {
			return false
		}
	}
	return true
}

// demonymAt reports a nationality's word at token i ("Cuban").
func (s *sentence) demonymAt(i int) bool {
	e := s.entityOf(i)
	return e != nil && e.Geo != nil && e.Geo.Kind == "demonym"
}

// nationals reports an argument that names people by a nationality
// ("five Iraqis and a Libyan") and holds no envoy or mission word.
func (s *sentence) nationals(a *annalist.Arg) bool {
	if a == nil {
		return false
	}
	found := false
	for k, t := range s.toks {
		if t.Start < a.Start || t.End > a.End {
			continue
		}
		for _, l := range s.lem[k] {
			if wordClasses["<mission>"][l] {
				return false // "two British diplomats"
			}
		}
		if s.demonymAt(k) {
			found = true
		}
	}
	return found
}

// titleBeforeName reports a lower-case sentence whose word at j opens a
// name of two capitalised words: an agent noun right before it is the
// person's title ("anti-abortion protester James Kopp"), no event.
func (s *sentence) titleBeforeName(j int) bool {
	if j+1 >= len(s.toks) || !isWordish(s.lower[j]) || !isWordish(s.lower[j+1]) ||
		!startsUpper(s.toks[j].Text) || !startsUpper(s.toks[j+1].Text) {
		return false
	}
	return mostlyLower(s.toks)
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isProper reports whether token i is capitalised inside the sentence, so
// part of a name ("Peace Council", "Human Rights Watch") rather than a trigger.
func (s *sentence) isProper(i int) bool {
	if strings.HasPrefix(s.toks[i].Text, "``") {
		return false // a quoted word: ``Mobilize''
	}
	r, _ := utf8.DecodeRuneInString(s.toks[i].Text)
	if !unicode.IsUpper(r) {
		return false
	}
	p := s.lower[i-1]
	return p != "\"" && p != "“" && p != "'" && p != "(" && p != ":" && p != "``" && p != "`" && p != "‘"
}

func isWordish(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}

// objectOpens reports a noun phrase opening at token i as a verb's object
// does: a determiner, or a count or quantifier of anything but time ("two
// activists", "several villages"; not "the Srebrenica massacre 30 years
// ago").
func (s *sentence) objectOpens(i int) bool {
	if i >= len(s.lower) {
		return false
	}
	if determiners[s.lower[i]] {
		return true
	}
	if !isNumber(s.lower[i]) && !numberWords[s.lower[i]] && !quantifiers[s.lower[i]] {
		return false
	}
	return i+1 < len(s.lower) && !timeUnits[s.lower[i+1]] && isWordish(s.lower[i+1])
}

// timeUnits are the nouns a count of time ends in.
var timeUnits = set(`year years month months week weeks day days hour hours minute minutes decade decades century centuries`)

// isVerb decides between the verb and noun reading of trigger token i.
func (s *sentence) isVerb(e *entry, i int) bool {
	if e.pos == nounOnly || e.agent {
		return false
	}
	prev := ""
	if i > 0 {
		prev = s.lower[i-1]
	}
	if determiners[prev] || prev == "'s" || (prev != "" && isNumber(prev) && !pluralNumber(prev, s.lower[i])) {
		return false
	}
	// A word before a possessive marker owns what follows ("ships'
	// anchors", "the strike's cost"): a noun, whatever the tagger reads.
	if i+1 < len(s.lower) && (s.lower[i+1] == "'" || s.lower[i+1] == "'s" || s.lower[i+1] == "’s") {
		return false
	}
	// A plural form right before a finite verb is that verb's subject
	// ("Dutch shares ended lower", "police raids continued"), whatever the
	// tagger reads it; a verb takes no verb as its object.
	// So is one right before a modal ("riots could erupt"): no verb in
	// "-s" takes a modal after it.
	if inflection(s.lower[i]) == "s" && i+1 < len(s.lower) && modals[s.lower[i+1]] {
		return false
	}
	if inflection(s.lower[i]) == "s" && i+1 < len(s.lower) && !auxiliaries[s.lower[i+1]] {
		if ws := s.tagsTo(i + 2); ws != nil && ws[i+1].UPOS == "VERB" && (ws[i+1].XPOS == "VBD" || ws[i+1].XPOS == "VBZ" || ws[i+1].XPOS == "VBP" || ws[i+1].XPOS == "VBN") {
			return false
		}
	}
	// A plural form the tagger reads as a noun, right before a comma or
	// an auxiliary, is a noun phrase's head ("Tokyo shares, lifted by
	// exporters, added", "leading German shares had risen"): a verb in
	// "-s" takes its object or complement first.
	if inflection(s.lower[i]) == "s" && i+1 < len(s.lower) && (s.lower[i+1] == "," || auxiliaries[s.lower[i+1]] && s.lower[i+1] != "to") {
		if ws := s.tagsTo(i + 1); ws != nil && ws[i].UPOS == "NOUN" {
			return false
		}
	}
	// A bare form after a determiner and a name is the head of a noun
	// phrase ("the Srebrenica massacre"); "the Taliban attacked", "the
	// Contras attack villages" (a plural name), "the Taliban attack the
	// city", "the Imbonerakure beat two activists" (an object after it)
	// are verbs.
	if i > 1 && determiners[s.lower[i-2]] && s.isProperName(i-1) && inflection(s.lower[i]) == "" &&
		!strings.HasSuffix(s.lower[i-1], "s") && !s.objectOpens(i+1) {
		return false
	}
	// "To death" after the word makes it the verb ("a mob beat to death a
	// man"), whatever the tagger reads a noun compound.
	if i+2 < len(s.lower) && s.lower[i+1] == "to" && s.lower[i+2] == "death" {
		return true
	}
	// A bare form right after a preposition and before a noun, read by
	// the tagger as a noun or an adjective, is that noun's modifier ("slowed
	// by desert heat"): no finite verb follows a preposition, and "to" (an
	// infinitive's) is left out.
	if ws := s.tagsTo(i + 2); ws != nil && i > 0 && i+1 < len(s.lower) && len(e.words) == 1 && prepositions[prev] && prev != "to" &&
		inflection(s.lower[i]) == "" && (ws[i].UPOS == "NOUN" || ws[i].UPOS == "ADJ") && ws[i+1].UPOS == "NOUN" {
		return false
	}
	// An "-s" form after a preposition and an adjective is a plural noun
	// ("a battle with Cuban exiles", "talks on bilateral trades"): no finite
	// verb follows a preposition.
	if ws := s.tagsTo(i + 1); ws != nil && i > 1 && len(e.words) == 1 && prepositions[s.lower[i-2]] && s.lower[i-2] != "to" &&
		inflection(s.lower[i]) == "s" && (ws[i-1].UPOS == "ADJ" || s.demonymAt(i-1)) {
		return false
	}
	// So is one the tagger reads as a noun right after a preposition or a
	// particle ("let attackers take over phones").
	if ws := s.tagsTo(i + 1); ws != nil && i > 0 && len(e.words) == 1 && inflection(s.lower[i]) == "s" &&
		ws[i].UPOS == "NOUN" && prepositions[prev] && prev != "to" {
		return false
	}
	// So is one the tagger reads as a noun after an adjective, wherever
	// the phrase stands ("banned mobile phones"): an adjective modifies a
	// noun, and no finite verb follows one.
	if ws := s.tagsTo(i + 1); ws != nil && i > 0 && len(e.words) == 1 && inflection(s.lower[i]) == "s" &&
		ws[i].UPOS == "NOUN" && ws[i-1].UPOS == "ADJ" && !s.isProperName(i-1) {
		return false
	}
	// A noun after a noun is a compound's head ("an apartment block", "a
	// landmine blast") where the tagger says so; the cues below miss it.
	// An irregular past form is no noun ("the defence minister undertook
	// to"), whatever the tagger says.
	if ws := s.tagsTo(i + 1); ws != nil && i > 0 && len(e.words) == 1 && ws[i].UPOS == "NOUN" && !irregularPast(s.lower[i]) &&
		(ws[i-1].UPOS == "NOUN" || ws[i-1].UPOS == "ADJ" && e.pos == verbOnly && nounSense(e) != nil) {
		return false
	}
	// A determiner and an adjective or a participle before it make a noun
	// phrase ("a crowded bar", "the embattled finance minister", "the
	// surrounding desert"), whatever the entry's part of speech, where the
	// tagger reads a noun.
	if ws := s.tagsTo(i + 1); ws != nil && i > 1 && len(e.words) == 1 && ws[i].UPOS == "NOUN" &&
		(ws[i-1].UPOS == "ADJ" || ws[i-1].UPOS == "VERB" && (inflection(s.lower[i-1]) == "ing" || inflection(s.lower[i-1]) == "ed")) &&
		determiners[s.lower[i-2]] {
		return false
	}
	// A hyphenated common modifier between a determiner and the word makes
	// a noun phrase ("a maximum-security jail"), tagged or not; after a
	// hyphenated name the word may be its verb ("the Mai-Mai fought").
	if i > 1 && len(e.words) == 1 && determiners[s.lower[i-2]] && !s.isProper(i-1) &&
		strings.Contains(strings.Trim(s.lower[i-1], "-"), "-") {
		return false
	}
	if e.pos == verbOnly {
		return true
	}
	infl := inflection(s.lower[i])
	switch {
	case infl == "ed":
		return true
	case verbCues[prev] || auxiliaries[prev]:
		return true
	case infl == "ing":
		return be[prev]
	case infl == "s":
		// A present tense after its subject, as headlines write: "junta
		// arrests aide", where the tagger reads a verb after a noun.
		if ws := s.tagsTo(i + 1); ws != nil && i > 0 && ws[i].XPOS == "VBZ" && (ws[i-1].UPOS == "NOUN" || ws[i-1].UPOS == "PROPN") {
			return true
		}
		return pronouns[prev]
	}
	if i+1 < len(s.toks) {
		n := s.lower[i+1]
		if determiners[n] || pronouns[n] || n == "against" || n == "for" {
			return true
		}
	}
	if i > 0 && s.isProperName(i-1) {
		// A capitalised word the tagger reads as an adjective before a
		// noun is a people's or a state's modifier, no subject: "an
		// Israeli drone strike", "a Russian offensive".
		if ws := s.tagsTo(i + 1); ws != nil && ws[i-1].UPOS == "ADJ" && ws[i].UPOS == "NOUN" {
			return false
		}
		return true
	}
	return i > 0 && strings.HasSuffix(prev, "s")
}

// clearVerb reports whether token i is a verb: the parse's tag when the
// document has a parser, else only the clear cues (an auxiliary, "to" or
// a pronoun before it; an -ed form after a noun), which is what the
// compiled CAMEO entries require, having no hand-tuned noun senses.
func (s *sentence) clearVerb(i int) bool {
	if ws := s.tagsTo(i + 1); ws != nil {
		return ws[i].UPOS == "VERB"
	}
	if i == 0 || s.isProper(i) {
		return false
	}
	prev := s.lower[i-1]
	if determiners[prev] || prev == "'s" || isNumber(prev) || prepositions[prev] && prev != "to" {
		return false
	}
	if auxiliaries[prev] || be[prev] || pronouns[prev] || prev == "to" || prev == "which" || prev == "that" {
		return true
	}
	return inflection(s.lower[i]) == "ed" && isWordish(prev) && !s.adjectival(i)
}

// parse returns the sentence's syntax from the document's parser, or nil
// when there is none or it gives no dependency tree (then it is not asked
// again for this document: the extractor's rules need the tree). The
// tagger's misreadings (misreadTags) are corrected from its tags before
// the tree is built, so a sentence is parsed once, not parsed and then
// parsed again over the corrected tags.
func (s *sentence) parse() []text.Word {
	if s.d.Parser == nil || s.x.noTree || !givesTrees(s.d.Parser) {
		return nil
	}
	if s.words == nil {
		if k := s.datelineEnd(); k > 0 {
			s.words = s.afterDateline(k)
		} else {
			s.words = s.parseTags(0, s.tokenWords(0), s.d.TagsTo(s.index, len(s.toks)), func() []text.Word { return s.d.Parse(s.index) })
		}
		if !hasTree(s.words) {
			s.x.noTree, s.words = true, nil
		}
	}
	return s.words
}

// tokenWords is the texts of the sentence's tokens from k on.
func (s *sentence) tokenWords(k int) []string {
	words := make([]string, 0, len(s.toks)-k)
	for _, t := range s.toks[k:] {
		words = append(words, t.Text)
	}
	return words
}

// parseTags parses words, the sentence's tokens from k on, over the
// tagger's tags corrected where misreadTags finds a misread noun; plain
// is their parse as the tagger read them, for where nothing changes (or
// the corrected parse fails). The tags decide alone: the parser builds
// the tree over them, and a tree-giving parser gives one for any tags.
func (s *sentence) parseTags(k int, words []string, tags []text.Word, plain func() []text.Word) []text.Word {
	if len(tags) == len(words) {
		if out := s.misreadTags(k, tags); out != nil {
			if r := s.d.Parser.(text.TaggedParser).ParseTagged(words, out); len(r) == len(words) && hasTree(r) {
				return r
			}
		}
	}
	return plain()
}

// misreadTags corrects the tags ws of the sentence's tokens from k on
// where the tagger misread a noun, which loses the parse a subject or an
// object: a plural noun that names people ("gunmen", "nurses", the party
// dictionaries) read as a verb right before the clause's finite verb, or
// before a modifier of it (modifierBeforeVerb), with no noun before it to
// be its subject ("when gunmen(VBN) ambushed their car", "Ghanaian
// nurses(VBZ) went on strike"); a noun of people read as a gerund without
// -ing; an open-class word read as a pronoun; a word of a name
// (nameAround) read as a verb or an interjection. It reads only the tags,
// not the tree. nil where nothing changes or the parser cannot parse over
// given tags.
func (s *sentence) misreadTags(k int, ws []text.Word) []text.Word {
	if _, ok := s.d.Parser.(text.TaggedParser); !ok {
		return nil
	}
	var out []text.Word
	retag := func(i int, upos, xpos, lemma string) {
		if out == nil {
			out = slices.Clone(ws)
		}
		out[i].UPOS, out[i].XPOS, out[i].Lemma = upos, xpos, lemma
	}
	for i := range ws {
		if ws[i].XPOS == "VBG" && !strings.HasSuffix(s.lower[k+i], "ing") && loadActors().parties[s.lower[k+i]] {
			// A gerund that does not end in -ing and is a noun of people
			// is that noun: "Human rights watchdog(VBG) Amnesty
			// International accused" (not "clashes threaten(VBG)").
			retag(i, "NOUN", "NN", s.lower[k+i])
			continue
		}
		if ws[i].UPOS == "PRON" && !closedPronouns[s.lower[k+i]] && isWordish(s.lower[k+i]) {
			// An open-class word the tagger read as a pronoun, a closed
			// class, is a noun: "went on hunger(PRP$) strike".
			retag(i, "NOUN", "NN", s.lower[k+i])
			continue
		}
		if ws[i].UPOS == "ADP" && irregularPast(s.lower[k+i]) {
			// An irregular past form read as a preposition, a closed
			// class it is no word of: "Mauritania froze(IN) its
			// diplomatic ties with Israel".
			retag(i, "VERB", "VBD", irregular[s.lower[k+i]])
			continue
		}
		if ws[i].UPOS != "VERB" && ws[i].UPOS != "AUX" && ws[i].UPOS != "INTJ" {
			continue
		}
		if a, b := s.nameAround(k+i, ws[i].UPOS == "INTJ"); a >= 0 {
			// A word of a name read as a verb: "Human Rights Watch(VBD)
			// accused Ethiopian troops", which loses the clause its
			// subject. The name's capitalised words are all proper nouns.
			for j := max(a-k, 0); j < b-k && j < len(ws); j++ {
				if t := s.toks[k+j].Text; t != "" && unicode.IsUpper([]rune(t)[0]) {
					retag(j, "PROPN", "NNP", t)
				}
			}
		}
	}
	for i := 1; i+1 < len(ws); i++ {
		if ws[i-1].XPOS == "MD" && (ws[i].UPOS == "ADV" || ws[i].UPOS == "ADJ" || ws[i].UPOS == "NOUN" || ws[i].UPOS == "ADP") &&
			ws[i+1].UPOS != "VERB" && ws[i+1].UPOS != "AUX" && lexiconVerb(s.lower[k+i]) {
			// A word the lexicon has as a verb, right after a modal with
			// no verb after it, is the modal's verb: "it would back(RB)
			// Serbia's opposition", which loses the clause its verb.
			retag(i, "VERB", "VB", s.lower[k+i])
		}
	}
	for i := 0; i+1 < len(ws); i++ {
		w, next := ws[i], ws[i+1]
		if w.UPOS != "VERB" || (next.UPOS != "VERB" && next.UPOS != "AUX" || !finiteTag[next.XPOS]) && !s.modifierBeforeVerb(ws, i+1) {
			continue
		}
		if i > 0 {
			if p := ws[i-1].UPOS; p == "NOUN" || p == "PRON" || p == "AUX" || p == "VERB" || p == "PART" {
				continue
			}
		}
		if sing := pluralPartyNoun(s.lower[k+i]); sing != "" {
			retag(i, "NOUN", "NNS", sing)
		}
	}
	return out
}

var finiteTag = set(`VBD VBZ VBP MD`)

// lexiconVerb reports a word that a one-word verb entry of the lexicon
// holds in its base form ("back" SUPPORT).
func lexiconVerb(w string) bool {
	for _, e := range lexicon[w] {
		if len(e.words) == 1 && e.pos == verbOnly {
			return true
		}
	}
	return false
}

// closedPronouns are the words that can be pronouns.
var closedPronouns = set(`i me my mine myself you your yours yourself yourselves he him his himself she her hers
	herself it its itself we us our ours ourselves they them their theirs themselves one ones oneself who whom
	whose which what that this these those whoever whomever whatever whichever anyone anybody anything someone
	somebody something everyone everybody everything nobody nothing none each other another either neither all
	both some any many much few several such there here thou thee thy y'all 's 'em u ya`)

// nameAround is the token range of the name of an organisation or a
// person of two or more words, found by the names extractor, that holds
// the capitalised token i after its first, or with first, of any name
// that starts at i ("Yeltsin(UH), 65, signed a decree"); -1, -1 for none.
func (s *sentence) nameAround(i int, first bool) (a, b int) {
	t := s.toks[i]
	if t.Text == "" || !unicode.IsUpper([]rune(t.Text)[0]) {
		return -1, -1
	}
	for _, mn := range s.x.mentions[s.index] {
		if mn.start < t.Start && t.End <= mn.end || first && mn.start == t.Start {
			e := &s.r.Entities[mn.entity]
			if e.Type != annalist.Organization && e.Type != annalist.Person {
				return -1, -1
			}
			a, b = s.tokenAt(mn.start), s.tokenAt(mn.end-1)
			if a < 0 || b < 0 {
				return -1, -1
			}
			return a, b + 1
		}
	}
	return -1, -1
}

// modifierBeforeVerb reports a participle or adjective at i that can
// modify the noun before it ("pirates armed with grenades", "fighters
// loyal to the warlord") with a finite verb after it in the sentence to
// be the clause's own: "Somali pirates(VBZ) armed with rocket-propelled
// grenades hijacked a cargo ship".
func (s *sentence) modifierBeforeVerb(ws []text.Word, i int) bool {
	if ws[i].XPOS != "VBN" && ws[i].XPOS != "JJ" {
		return false
	}
	for _, w := range ws[i+1:] {
		if w.UPOS == "PUNCT" && w.XPOS != "``" && w.XPOS != "''" {
			return false
		}
		if w.UPOS == "VERB" && finiteTag[w.XPOS] && w.XPOS != "MD" {
			return true
		}
	}
	return false
}

// pluralPartyNoun is the singular of w where w is the plural of a common
// noun that names people in the actor dictionaries, else "". The singular
// is the parse's lemma, so it is lemmas' ("bosses" is "boss", not
// "bosse"), one that names a party first.
func pluralPartyNoun(w string) string {
	var sing []string
	switch {
	case strings.HasSuffix(w, "men"):
		sing = []string{w[:len(w)-3] + "man"}
	case inflection(w) == "s":
		sing = lemmas(w)[1:]
	}
	d := loadActors()
	for _, l := range sing {
		if d.parties[l] {
			return l
		}
	}
	if _, ag := d.agents[w]; ag && len(sing) > 0 {
		return sing[0]
	}
	return ""
}

// datelineEnd is the number of tokens of a wire story's dateline that
// opens the sentence ("KABUL, March 3 (Reuters) -", "MOGADISHU (AFP) --",
// "WASHINGTON -"): a place in capitals, then only names, numbers, commas
// and parentheses up to a dash, at the start of a paragraph; 0 for none.
// It is no part of the clause after it, whose subject the parser would
// otherwise take it for.
func (s *sentence) datelineEnd() int {
	if len(s.toks) < 4 || !capitalsWord(s.toks[0].Text) {
		return 0
	}
	if i := s.index; i > 0 && s.d.Sentences[i-1].Paragraph == s.d.Sentences[i].Paragraph {
		return 0 // a dateline opens a paragraph
	}
	for k := 1; k < len(s.toks) && k < 12; k++ {
		t := s.toks[k].Text
		switch {
		case dashes[t]:
			if k+2 < len(s.toks) {
				return k + 1
			}
			return 0
		case t == "," || t == "(" || t == ")" || t == "." || isNumber(s.lower[k]):
		case s.isProperName(k): // a place, a month, an agency
		default:
			return 0
		}
	}
	return 0
}

var dashes = set(`- -- — –`)

// capitalsWord reports a word of two or more letters, all capitals.
func capitalsWord(t string) bool {
	n := 0
	for _, r := range t {
		switch {
		case unicode.IsUpper(r):
			n++
		case unicode.IsLetter(r):
			return false
		}
	}
	return n >= 2
}

// afterDateline parses the sentence's words after its dateline's k tokens
// alone and hangs the dateline's words on that clause's root (relation
// dep), keeping their tags from the whole sentence's (misreadTags
// corrected): the whole sentence's tree is not needed, only where the
// clause's parse fails.
func (s *sentence) afterDateline(k int) []text.Word {
	whole := func() []text.Word {
		return s.parseTags(0, s.tokenWords(0), s.d.TagsTo(s.index, len(s.toks)), func() []text.Word { return s.d.Parse(s.index) })
	}
	ws := s.d.TagsTo(s.index, len(s.toks))
	if len(ws) != len(s.toks) {
		return whole()
	}
	if r := s.misreadTags(0, ws); r != nil {
		ws = r
	}
	words := s.tokenWords(k)
	plain := func() []text.Word { return s.d.Parser.Parse(words) }
	var tags []text.Word
	if tg, ok := s.d.Parser.(text.Tagger); ok {
		if tp, ok := s.d.Parser.(text.TaggedParser); ok {
			tags = tg.Tag(words)
			plain = func() []text.Word { return tp.ParseTagged(words, tags) } // no second tagging
		}
	}
	if tags == nil { // tags from the parse alone
		tags = plain()
		plain = func() []text.Word { return tags }
	}
	rest := s.parseTags(k, words, tags, plain)
	if len(rest) != len(words) || !hasTree(rest) {
		return whole()
	}
	out := make([]text.Word, len(ws))
	root := -1
	for i, w := range rest {
		if w.Head >= 0 {
			w.Head += k
		} else {
			root = i + k
		}
		out[i+k] = w
	}
	for i := 0; i < k; i++ {
		out[i] = ws[i]
		out[i].Head, out[i].Rel = root, "dep"
	}
	return out
}

// tagsTo returns the sentence's parts of speech without the tree (several
// times cheaper than a parse), or nil where parse would give nil, for a
// caller that reads only the first n tokens: the tagger goes no further
// than asked (the slice may stop after them).
func (s *sentence) tagsTo(n int) []text.Word {
	if s.d.Parser == nil || s.x.noTree || !givesTrees(s.d.Parser) {
		return nil
	}
	if s.words != nil {
		return s.words
	}
	ws := s.d.TagsTo(s.index, n)
	if len(ws) < min(n, len(s.lower)) || len(ws) > len(s.lower) {
		return nil
	}
	return ws
}

// treeless records, per parser type, whether it answered a probe sentence
// without a dependency tree (a tagger alone): asking it again would cost
// every document a sentence's analysis for nothing.
var treeless sync.Map // reflect.Type → bool

var probe = []string{"Police", "arrested", "the", "protesters", "."}

func givesTrees(p text.Parser) bool {
	t := reflect.TypeOf(p)
	if v, ok := treeless.Load(t); ok {
		return !v.(bool)
	}
	ws := p.Parse(probe)
	no := len(ws) == len(probe) && !hasTree(ws)
	treeless.Store(t, no)
	return !no
}

func (s *sentence) isProperName(i int) bool {
	r, _ := utf8.DecodeRuneInString(s.toks[i].Text)
	return unicode.IsUpper(r)
}

// indefiniteObjectOfLight reports a light verb at i ("take", "issue",
// "conduct") whose object, right after it at j, opens with "a" or "an": the
// noun names what is done ("took a detour", "took a $50 million charge"), so
// the bare verb is no event of its own; a trigger noun there ("imposed a
// ban") carries the event.
func (s *sentence) indefiniteObjectOfLight(i, j int) bool {
	if j >= len(s.lower) || s.lower[j] != "a" && s.lower[j] != "an" {
		return false
	}
	for _, l := range s.lem[i] {
		if lightVerbs[l] {
			return true
		}
	}
	return false
}

// lightVerb returns the light verb whose object the noun at i heads ("held
// talks", "staged a rally", "imposed sanctions"), or -1.
func (s *sentence) lightVerb(i int) int {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := s.lower[k]
		for _, l := range s.lem[k] {
			if lightVerbs[l] {
				if s.verbBetween(k, i) {
					return -1 // "began investigating the massacre": the noun is the other verb's object
				}
				return k
			}
		}
		if isClauseBreak(w) || prepositions[w] || !isWordish(w) && !isNumber(w) {
			break
		}
	}
	// The passive: "a curfew was imposed", "talks were held".
	if k := i + 1; k+1 < len(s.toks) && be[s.lower[k]] && inflection(s.lower[k+1]) == "ed" {
		for _, l := range s.lem[k+1] {
			if lightVerbs[l] {
				return k + 1
			}
		}
	}
	return -1
}

// verbBetween reports a token the tagger reads as a verb strictly between
// k and i, asked only once a light verb is found (tagging is dear).
func (s *sentence) verbBetween(k, i int) bool {
	if i-k < 2 {
		return false
	}
	ws := s.tagsTo(i)
	for m := k + 1; ws != nil && m < i && m < len(ws); m++ {
		if ws[m].UPOS == "VERB" {
			return true
		}
	}
	return false
}

// modality reads the modal, negation and conditional words before token at
// in its clause. It returns the modality and, for a future, the marker token.
func (s *sentence) modality(at int) (string, int) {
	mod, marker := "", -1
	neg, litotes, cond := false, false, false
	for k := at - 1; k >= 0 && k >= at-8; k-- {
		w := s.lower[k]
		if s.clause[k] != s.clause[at] && w != "that" {
			break
		}
		switch {
		case w == "not" || w == "n't" || w == "never":
			neg = neg || !litotes
		case w == "will" || w == "shall" || w == "'ll" || w == "wo":
			if mod == "" {
				mod, marker = Future, k
			}
		case w == "would":
			if mod == "" {
				if s.report >= 0 { // "X would ..., a spokesman said": a reported intention
					mod, marker = Future, k
				} else {
					mod = Hypothetical
				}
			}
		case w == "may" && (s.isTime[k] || s.isProperName(k)):
			// the month
		case w == "could" || w == "might" || w == "may" || w == "should" || w == "if" || w == "unless" || w == "whether":
			if mod == "" {
				mod = Hypothetical
			}
			cond = cond || w == "if" || w == "unless" || w == "whether"
		case w == "to" && k+1 <= at && k > 0:
			for _, l := range s.lem[k-1] {
				if (intention[l] || aims[l]) && mod == "" {
					mod, marker = Future, k-1
				}
				if l == "hesitate" && mod == "" {
					// "would not hesitate to use force": a stated intention.
					mod, marker, litotes = Future, k-1, true
				}
			}
		}
		if w == "that" {
			break
		}
	}
	if neg && !cond {
		// A negation in a condition is no refusal that happened: "if
		// the group does not withdraw" is hypothetical.
		return Negated, marker
	}
	if neg {
		return Hypothetical, -1
	}
	return mod, marker
}

// nounModality reads the mood of a bare noun trigger from what is said of
// it: one that is "next", "upcoming" or "planned" is to come; what people
// are "in need of" or is "the need for" has not happened
// ("two million people in need of food aid"), and a noun whose clause
// says it "could take place", "may go ahead", "will be held" is a
// possibility or a plan ("a summit on the war could take place later this
// year"). Other predicates under a modal speak of an event that is ("the
// strike could last a week").
func (s *sentence) nounModality(f *found) string {
	for k := f.i - 1; k >= 0 && k >= f.i-4; k-- {
		w := s.lower[k]
		if k >= 1 && (w == "of" || w == "for") && (s.lower[k-1] == "need" || s.lower[k-1] == "needs") {
			return Hypothetical
		}
		// "The next round of talks", "a planned strike": yet to come.
		if plannedWords[w] {
			return Future
		}
		// "If the ceasefire collapses": a noun in a condition is supposed.
		if w == "if" || w == "unless" {
			return Hypothetical
		}
		if !isWordish(w) {
			break
		}
	}
	for k := f.j; k < len(s.lower) && k < f.j+8; k++ {
		w := s.lower[k]
		if isClauseBreak(w) || !isWordish(w) || be[w] || w == "has" || w == "have" || w == "had" {
			return ""
		}
		mod := ""
		switch w {
		case "will", "shall":
			mod = Future
		case "could", "might", "may", "should", "would":
			if w == "may" && (s.isTime[k] || s.isProperName(k)) {
				return ""
			}
			mod = Hypothetical
		default:
			continue
		}
		if k+1 < len(s.lower) && comingAbout(s.lower[k+1], s.lower[min(k+2, len(s.lower)-1)]) {
			return mod
		}
		return ""
	}
	return ""
}

var plannedWords = set(`next upcoming forthcoming planned proposed`)

// comingAbout reports a predicate that says an event comes about: "take
// place", "go ahead", "happen", "begin", "be held".
func comingAbout(w, next string) bool {
	switch w {
	case "take":
		return next == "place"
	case "go":
		return next == "ahead"
	case "break", "flare":
		// "protests could break out", "fighting could flare up"
		return next == "out" || next == "up"
	case "erupt", "ensue", "arise", "spread":
		return true
	case "happen", "occur", "begin", "start", "resume", "proceed", "materialise", "materialize":
		return true
	case "be":
		return inflection(next) == "ed" || next == "held"
	}
	return false
}

// governor returns the earlier trigger that takes the one at i as its
// complement: "threatened to strike", "demanded that the government resign".
func (s *sentence) governor(before []found, f *found) *found {
	i := f.i
	for k := len(before) - 1; k >= 0; k-- {
		g := &before[k]
		if g.e.governs == "" || i-g.j > 12 {
			continue
		}
		// A noun heading the governor's object ("threatened sanctions",
		// "threatened a boycott") or a noun governor's "of" phrase ("a
		// threat of strikes", "an offer of aid") names what is threatened,
		// offered, demanded or refused, not an act done (CAMEO 13, 03).
		if !f.verb && (s.objectNounPhrase(g.j, i) || !g.verb && s.lower[g.j] == "of" && s.objectNounPhrase(g.j+1, i)) {
			return g
		}
		toBefore := false
		for p := i - 1; p >= g.j && p >= i-3; p-- {
			if s.lower[p] == "to" {
				toBefore = true
				break
			}
		}
		that := false
		for p := g.j; p < i; p++ {
			// "demanded that ...", "insisted on ...", "called for ...".
			// Not a date: "vowed on Monday to repair every school damaged".
			if s.lower[p] == "that" || p == g.j && (s.lower[p] == "on" || s.lower[p] == "for") && (p+1 >= len(s.toks) || !s.isTime[p+1]) {
				that = true
			}
			if p == g.j && s.lower[p] == "of" && !g.verb {
				that = true // a noun's content: "the threat of air strikes"
			}
			if s.lower[p] == ";" || s.lower[p] == "but" {
				return nil
			}
		}
		if toBefore || that || i == g.j {
			return g
		}
	}
	return nil
}

// objectNounPhrase reports whether tokens [a, i) are only a noun
// phrase's determiners and modifiers before the noun at i: articles,
// possessives, numbers, adjectives ("individual", "new", "economic"), so
// the noun heads the phrase that starts at a; at most four of them.
func (s *sentence) objectNounPhrase(a, i int) bool {
	if i <= a || i-a > 4 {
		return i == a && a < len(s.toks) // the noun itself
	}
	ws := s.tagsTo(i + 1)
	for p := a; p < i; p++ {
		w := s.lower[p]
		if determiners[w] || quantifiers[w] || w == "'s" {
			continue
		}
		if ws == nil || !(ws[p].UPOS == "ADJ" || ws[p].UPOS == "NUM" || ws[p].UPOS == "DET") {
			return false
		}
	}
	return true
}

// toVerbAfter returns the infinitive right after token j, a date aside
// ("vowed on Friday to restore"): the complement of a trigger; -1 for none.
func (s *sentence) toVerbAfter(j int) int {
	for j < len(s.toks) && (s.isTime[j] || s.lower[j] == "on" && j+1 < len(s.toks) && s.isTime[j+1]) {
		j++
	}
	if j+1 >= len(s.toks) || s.lower[j] != "to" {
		return -1
	}
	if ws := s.tagsTo(j + 2); ws != nil {
		if ws[j+1].UPOS == "VERB" {
			return j + 1
		}
		return -1
	}
	if isWordish(s.lower[j+1]) && !determiners[s.lower[j+1]] {
		return j + 1
	}
	return -1
}

// hostileVerb reports a verb that any phrase of the lexicons (the hand
// one or CAMEO's) starts with in a hostile category: what "vowed to take
// the war to the capital" promises is no help.
func (s *sentence) hostileVerb(v int) bool {
	for _, l := range s.lem[v] {
		for k := range lexicon[l] {
			if conditionalThreats[lexicon[l][k].category] {
				return true
			}
		}
	}
	return false
}

// clauseEdges are the dependency relations that embed a clause in
// another: adverbial, relative and adnominal, complement and open
// complement ("ready to use force"), clausal subject.
var clauseEdges = map[string]bool{"advcl": true, "acl": true, "ccomp": true, "xcomp": true, "csubj": true}

// clauseDepth counts the clause edges between the trigger and the root of
// the parse: 0 for the main clause's predicate and the nouns it governs
// (its object, a light verb's noun, "a vigil against the bill"), more for
// a trigger in a clause under another. The trigger's token is its light
// verb or stopping verb where it has one, else the token of the phrase
// whose head lies outside it. -1 without a parse.
func (s *sentence) clauseDepth(f *found) (depth, anchor, purposeOf int) {
	ws := s.parse()
	if ws == nil || len(ws) != len(s.toks) {
		return -1, -1, -1
	}
	at := f.i
	switch {
	case f.ceased >= 0:
		at = f.ceased
	case f.light >= 0:
		at = f.light
	default:
		for k := f.i; k < f.j; k++ {
			if h := ws[k].Head; h < f.i || h >= f.j {
				at = k
				break
			}
		}
	}
	anchor, purposeOf = at, -1
	if r := ws[at].Rel; (r == "advcl" || r == "xcomp") && s.marked(ws, at, r) && at > 0 && s.lower[at-1] == "to" {
		purposeOf = ws[at].Head
	}
	d := 0
	if s.relativeNoun(ws, at) >= 0 {
		d++ // a relative clause the parser left unmarked: "A gang that had terrorised the district kidnapped"
	}
	if f.j == f.i+1 && at == f.i && f.j < len(ws) && ws[f.j].UPOS == "NOUN" && (ws[at].UPOS == "NOUN" || ws[at].UPOS == "PROPN") {
		d++ // a noun before a noun modifies it, whatever the parse's edge ("Riot police", "protest leaders")
	}
	for n := 0; at >= 0 && at < len(ws) && n < len(ws); n++ {
		rel := ws[at].Rel
		if c := strings.IndexByte(rel, ':'); c > 0 {
			rel = rel[:c]
		}
		if clauseEdges[rel] && s.marked(ws, at, rel) && !s.reportingHead(ws, ws[at].Head) && !s.decisionTo(ws, at, rel) || (rel == "compound" || rel == "amod") && ws[at].Head > at && !f.verb {
			d++ // a clause under another; a noun that modifies a noun ("riot police") predicates nothing
		} else if ws[at].UPOS == "VERB" && s.contentClause(at) {
			d++ // what is alleged, whatever the parse's edge
		}
		at = ws[at].Head
	}
	return d, anchor, purposeOf
}

// holds reports a verb at token v that says its subject is in force:
// "held", "took hold", "took effect", "came into force", "went into
// effect".
func (s *sentence) holds(v int) bool {
	if v < 0 || v >= len(s.lower) {
		return false
	}
	next := func(k int) string {
		if v+k < len(s.lower) {
			return s.lower[v+k]
		}
		return ""
	}
	for _, l := range s.lem[v] {
		switch l {
		case "hold":
			return !isWordish(next(1)) || prepositions[next(1)] || timeWords[next(1)] // held, not "held talks"
		case "take":
			return next(1) == "hold" || next(1) == "effect"
		case "come", "go":
			return next(1) == "into" && (next(2) == "force" || next(2) == "effect")
		}
	}
	return false
}

// truces are the words of a ceasefire: one holds, is agreed or
// collapses, and one modifies a "deal" or "offer" into no money.
var truces = set(`ceasefire cease-fire truce armistice`)

// truceHolds reports a verb at token v whose subject, by the parse, is a
// truce that it says is in force (holds).
func (s *sentence) truceHolds(v int) bool {
	if !s.holds(v) {
		return false
	}
	ws := s.parse()
	if ws == nil || len(ws) != len(s.toks) {
		return false
	}
	for k := 0; k < v; k++ {
		if ws[k].Head == v && ws[k].Rel == "nsubj" {
			for _, l := range s.lem[k] {
				if truces[l] {
					return true
				}
			}
		}
	}
	return false
}

// decisionTo reports the infinitive of a decision that a light verb
// takes, makes or announces ("took the decision to shut down"): as
// "decided to", the decision is the act, no clause under it.
func (s *sentence) decisionTo(ws []text.Word, at int, rel string) bool {
	n := ws[at].Head
	if rel != "acl" || at == 0 || s.lower[at-1] != "to" || n < 0 || n >= len(ws) || !decisionNouns[ws[n].Lemma] {
		return false
	}
	v := ws[n].Head
	return v >= 0 && v < len(ws) && decisionVerbs[ws[v].Lemma]
}

var (
	decisionNouns = set(`decision`)
	decisionVerbs = set(`take make reach announce`)
)

// contentClause reports a verb at token v in the "that" clause of a noun
// of [content] ("allegations that police officers beat detainees"), which
// the parser may hang on the sentence's reporting verb: the clause says
// what is alleged or feared, and counts one clause deeper, with what the
// parse hangs on its verb ("during last month's demonstrations"). The
// "that" stands at most six words before the verb, with no clause break
// between.
func (s *sentence) contentClause(v int) bool {
	for k := v - 1; k >= 1 && k >= v-6; k-- {
		w := s.lower[k]
		if w == "that" {
			return contextWords["content"][s.lower[k-1]]
		}
		if isClauseBreak(w) {
			return false
		}
	}
	return false
}

// relativeNoun is, for a verb whose subject is a relative pronoun right
// after a noun ("a gang that had terrorised", "police, who fired") where
// the parser did not make the clause relative, that noun; else -1.
func (s *sentence) relativeNoun(ws []text.Word, v int) int {
	if v < 0 || ws[v].Rel == "acl:relcl" || ws[v].UPOS != "VERB" {
		return -1
	}
	for k := 1; k < v; k++ {
		h := ws[k].Head
		if ws[k].Rel != "nsubj" || !wh[s.lower[k]] || h != v && (h < 0 || ws[h].Head != v || !strings.HasPrefix(ws[h].Rel, "aux")) {
			continue
		}
		n := k - 1
		if s.lower[n] == "," && n > 0 {
			n--
		}
		if ws[n].UPOS == "NOUN" || ws[n].UPOS == "PROPN" {
			return n
		}
		return -1
	}
	return -1
}

// siblingSubject is the subject of the verb p without one that the
// parser lost to a clause it made of p's subject phrase beside p (the
// same head and relation): a relative clause it flattened (relativeNoun),
// the noun itself (clauseNoun), or a participle it read as a finite verb
// (participleSubject). -1 otherwise.
func (s *sentence) siblingSubject(ws []text.Word, p int) int {
	if p < 0 || ws[p].UPOS != "VERB" && ws[p].UPOS != "AUX" {
		return -1
	}
	for u := p - 1; u >= 0; u-- {
		if ws[u].Head != ws[p].Head || ws[u].Rel != ws[p].Rel && (ws[u].Rel != "nsubj" || ws[p].Rel != "ccomp") {
			continue
		}
		if n := s.relativeNoun(ws, u); n >= 0 {
			// The whole of coordinated subjects: "Sri Lanka's government
			// and the Tamil Tigers, who have fought ..., agreed".
			return s.firstConjunct(ws, n)
		}
		if n := s.clauseNoun(ws, u, p); n >= 0 {
			return n
		}
		return s.participleSubject(ws, u, p)
	}
	return -1
}

// participleSubject is the subject of the participle u that the parser read
// as a finite verb of its own beside the verb p after it: a past form
// with no auxiliary, object or clause of its own whose words run up to p
// ("Hundreds of Palestinian prisoners held in Israeli jails went on
// hunger strike, a prisoners' group said": the prisoners went). -1
// otherwise.
func (s *sentence) participleSubject(ws []text.Word, u, p int) int {
	if ws[u].UPOS != "VERB" || ws[u].XPOS != "VBD" && ws[u].XPOS != "VBN" || !strings.HasSuffix(s.lower[u], "ed") && ws[u].Lemma == s.lower[u] {
		return -1
	}
	subj := -1
	for i, w := range ws {
		if w.Head != u {
			continue
		}
		switch {
		case w.Rel == "nsubj" && i < u:
			subj = i
		case w.Rel == "obj" || w.Rel == "xcomp" || w.Rel == "ccomp" || strings.HasPrefix(w.Rel, "aux") || w.Rel == "cc":
			return -1
		}
	}
	if subj < 0 || !nominal(ws[subj].UPOS) || ws[subj].UPOS == "PRON" {
		return -1
	}
	for i := u + 1; i < p; i++ {
		if !descends(ws, i, u) && !(ws[i].Head == p && strings.HasPrefix(ws[i].Rel, "aux")) || s.lower[i] == "," {
			return -1
		}
	}
	return subj
}

// clauseNoun is u where the parser made the noun u a clause of its own
// beside the verb p after it, which a noun with no copula and no subject
// cannot be: it is p's lost subject, the words between them its relative
// clause or modifiers ("Chadian rebels who swept across the desert last
// week were battling government forces, diplomats said"). -1 otherwise.
func (s *sentence) clauseNoun(ws []text.Word, u, p int) int {
	if u >= p || ws[u].UPOS != "NOUN" && ws[u].UPOS != "PROPN" {
		return -1
	}
	if ws[u].Rel == "nsubj" {
		// The subject of the verb above only where that verb has another
		// after p: "Tuareg rebels who crossed ... were fighting government
		// troops, officials said".
		other := false
		for i, w := range ws {
			other = other || i > p && w.Head == ws[u].Head && w.Rel == "nsubj"
		}
		if !other {
			return -1
		}
	}
	for i, w := range ws {
		if w.Head == u && (w.Rel == "cop" || strings.HasPrefix(w.Rel, "nsubj")) {
			return -1
		}
		if i > u && i < p && !descends(ws, i, u) && !(w.Head == p && strings.HasPrefix(w.Rel, "aux")) && w.UPOS != "PUNCT" {
			return -1
		}
	}
	return u
}

// descends reports whether word i is n or lies below it in the tree.
func descends(ws []text.Word, i, n int) bool {
	for hops := 0; i >= 0 && hops < len(ws); hops++ {
		if i == n {
			return true
		}
		i = ws[i].Head
	}
	return false
}

// extent is the first and last word of n's phrase, the words that
// descend from it, punctuation aside: what a comma or a quote before or
// after the phrase sets off.
func extent(ws []text.Word, n int) (lo, hi int) {
	lo, hi = n, n
	for i := range ws {
		if ws[i].UPOS != "PUNCT" && descends(ws, i, n) {
			lo, hi = min(lo, i), max(hi, i)
		}
	}
	return lo, hi
}

// marked reports a clause that the words say is embedded: a relative
// clause, or one with a marker ("to", "that", "after", "if") or a
// relative pronoun of its own. An unmarked clause edge is where the
// parser most often errs (a coordinated verb or a participle taken for a
// clause under a noun), so it does not count.
func (s *sentence) marked(ws []text.Word, at int, rel string) bool {
	if ws[at].Rel == "acl:relcl" {
		return true
	}
	// A participle clause set off before its verb ("Accused of plotting a
	// coup, the general was arrested"; "Bowing to pressure, the
	// government dropped"): its comma marks it.
	if h := ws[at].Head; rel == "advcl" && at < h && (ws[at].XPOS == "VBN" || ws[at].XPOS == "VBG") {
		for k := at + 1; k < h; k++ {
			if s.lower[k] == "," {
				return true
			}
		}
	}
	for k := range ws {
		if ws[k].Head != at {
			continue
		}
		if ws[k].Rel == "mark" {
			return true
		}
		switch s.lower[k] {
		case "that", "which", "who", "whom", "whose":
			return k < at
		}
	}
	return false
}

// reportingHead reports a reporting verb ("said", "told") at token h:
// what it reports is the event, not a clause under one.
func (s *sentence) reportingHead(ws []text.Word, h int) bool {
	return h >= 0 && h < len(s.lower) && (reporting[s.lower[h]] || reporting[ws[h].Lemma])
}

// hasViolence reports the sentence's specific violent trigger, used for
// outcome verbs ("killed in a gunbattle" is FIGHT) and repression.
func (s *sentence) hasViolence(fs []found) *found {
	for k := range fs {
		e := fs[k].e
		if (e.category == "ASSAULT" || e.category == "FIGHT") && !e.outcome && e.mode != "" {
			return &fs[k]
		}
	}
	return nil
}

func (s *sentence) mention(f *found, fs []found, violent *found) Mention {
	d := s.d
	start, end := s.toks[f.i].Start, s.toks[f.j-1].End
	if strings.HasPrefix(s.toks[f.i].Text, "``") && end-start > 2 {
		start += 2 // leave the opening quote out of the trigger
	}
	sent := d.Sentences[s.index]
	m := Mention{
		SentenceIndex: s.index,
		Verb:          f.verb || f.light >= 0,
		Weak:          f.e.agent || s.ingAttributive(f),
		Governed:      f.governed,
		Subordinate:   s.subordinate(f.i) || f.e.outcome && s.contextual(f) || f.verb && s.reducedRelative(f.i),
		Oblique:       !f.verb && f.light < 0 && s.oblique(f.i),
		tok:           s.first + f.i,
		end:           s.first + f.j,
		pos:           f.i,
		ent:           f.e,
	}
	if f.light >= 0 {
		m.pos = f.light
	}
	m.depth, m.anchor, m.purposeOf = s.clauseDepth(f)
	m.role, m.head = "", -1
	if ws := s.parse(); m.anchor >= 0 && ws != nil {
		m.role, m.head = ws[m.anchor].Rel, ws[m.anchor].Head
	}
	m.Type, m.Mode, m.Modality = f.e.category, f.e.mode, f.modality
	if f.cooperative {
		m.Type = "AGREE"
	}
	if f.hostile {
		m.Type, m.Mode = "THREATEN", ""
	}
	// A truce that holds, takes hold or comes into force is observed
	// (CAMEO 0871, PLOVER RETREAT ceasefire), no agreement reached.
	if m.Type == "AGREE" && len(f.e.words) == 1 && truces[f.e.words[0]] && m.role == "nsubj" && s.holds(m.head) {
		m.Type, m.Mode = "RETREAT", "ceasefire"
	}
	if f.ceased >= 0 {
		// Stopping an event is an event of its own (CAMEO 08, 16): halting
		// aid or talks reduces relations, ending a curfew or a strike
		// yields, halting an offensive de-escalates.
		if t := ceasedType[m.Type]; t != "" {
			if f.e.words[0] == "blockade" || f.e.words[0] == "siege" {
				t = "RETREAT" // lifting a military blockade (CAMEO 0872)
			}
			mode := ""
			if t == "CONCEDE" && m.Type == "PROTEST" && f.ceased < f.i && s.forceBefore(f.ceased) {
				// Police or troops stopping a march repress it (CAMEO 172,
				// PLOVER COERCE restrict); its organisers calling it off
				// yield.
				t, mode = "COERCE", "restrict"
			}
			m.Type, m.Mode = t, mode
			if f.ceased < f.i {
				start = s.toks[f.ceased].Start
			} else {
				end = s.toks[f.ceased].End // "the strike was called off"
				if f.ceased+1 < len(s.toks) && (s.lower[f.ceased+1] == "off" || s.lower[f.ceased+1] == "back" || s.lower[f.ceased+1] == "down") {
					end = s.toks[f.ceased+1].End
				}
			}
			m.Verb = true
			m.pos = f.ceased
		}
	}
	m.Trigger = annalist.Span{Start: start, End: end, Text: d.Text[start:end]}
	m.Sentence = annalist.Span{Start: sent.Start, End: sent.End} // no text: the record has it

	// Violent outcomes take the specific violence of their clause; heavy
	// weapons make generic killing military (PLOVER FIGHT, not ASSAULT).
	if f.e.outcome && violent != nil {
		m.Type, m.Mode = violent.e.category, violent.e.mode
	}
	// Destruction that an attack named as its subject does is that attack
	// ("an air raid destroyed several buildings"), not property destroyed
	// by an actor (CAMEO 1712).
	if f.e.mode == "destroy" && violent != nil && !violent.verb && violent.j <= f.i && s.sameSubject(violent.j, f.i) {
		m.Type, m.Mode = violent.e.category, violent.e.mode
	}
	s.strikeReading(f, &m)
	// An outcome's weapons are named after the violence it took its type
	// from, not after the outcome: "opened fire with mortars on the
	// crowd, killing 30".
	violenceEnd := f.j
	if f.e.outcome && violent != nil {
		violenceEnd = violent.j
	}
	s.militaryWeapons(&m, violenceEnd)
	if m.Type == "COERCE" && f.e.words[0] == "raid" && s.hasAny(aerial) {
		m.Type, m.Mode = "FIGHT", "heavy-weapons" // "jets raided the camps": an air raid
	}
	if f.e.repress && (s.hasCasualties() || violent != nil || s.hasOutcome(fs)) {
		m.Type = "ASSAULT"
	}
	if f.e.outcome && violent == nil {
		for k := range fs { // "the crackdown left many wounded"
			if fs[k].e.repress && m.Mode == "kill" {
				m.Mode = fs[k].e.mode
			}
		}
	}

	s.arguments(f, &m)
	s.byParticipants(f, &m)
	if m.Type == "SANCTION" && (f.e.words[0] == "expel" || f.e.words[0] == "expulsion") && s.nationals(m.Target) {
		// Individuals expelled, named by their nationality, are deported
		// (PLOVER: COERCE "deport"); expelling envoys reduces relations.
		m.Type, m.Mode = "COERCE", "deport"
	}
	// The toll of a war between armed sides, told with no killer or with
	// the war as the killer, is combat's (PLOVER FIGHT, as CAMEO 19 counts
	// a war's dead), not an assault on civilians: "have been killed in the
	// war between the army and the rebels", "the civil war has killed
	// 100,000 people"; "rebels killed 12 villagers during the war" stays.
	// A war that is itself the killer needs no armed word: "the conflict,
	// which killed more than 500".
	if f.e.outcome && violent == nil && m.Type == "ASSAULT" && m.Mode == "kill" &&
		(m.Actor == nil && s.warToll(true) || m.Actor != nil && contextWords["war"][strings.ToLower(headWord(m.Actor))] && s.warToll(false)) {
		m.Type = "FIGHT"
	}
	m.Date = s.date(f.i)
	m.Place = s.place(f.i)
	s.codeArg(m.Actor, m.Date)
	s.codeArg(m.Target, m.Date)
	return m
}

// warToll reports a sentence that names a war ([war]) fought by armed
// sides: a civil war, or a war with an armed word in the sentence (any
// war when armed is false); a war of gangs, on drugs or of prices is none.
func (s *sentence) warToll(armed bool) bool {
	for k, w := range s.lower {
		if !contextWords["war"][w] {
			continue
		}
		if k > 0 && (contextWords["crime"][s.lower[k-1]] || contextWords["market"][s.lower[k-1]] || figurativeWar[s.lower[k-1]]) {
			continue
		}
		if !armed || k > 0 && s.lower[k-1] == "civil" || s.has("armed") {
			return true
		}
	}
	return false
}

var risings = set(`uprising revolt insurrection rebellion`)

var figurativeWar = set(`drug drugs gang gangs price trade turf`)

// byParticipants revises the category of m from who acts on whom and how:
// the same verb is combat between armed forces, an assault on civilians, a
// riot of a crowd or an act of protection (CAMEO 074, 113, 145, 19x).
func (s *sentence) byParticipants(f *found, m *Mention) {
	// Aircraft or an air force that strike, bomb or kill make an air
	// strike (CAMEO 195, PLOVER FIGHT), whatever they hit; so do those
	// that destroy something ("its jets destroyed 22 militant targets"):
	// destruction from the air is no seizure of property (CAMEO 1711).
	if (m.Type == "ASSAULT" && (m.Mode == "" || m.Mode == "kill" || m.Mode == "explosives") ||
		m.Type == "COERCE" && m.Mode == "destroy") && airActor(m.Actor) {
		m.Type, m.Mode = "FIGHT", "heavy-weapons"
	}
	// Armed forces attacking armed men is conventional combat (CAMEO 190,
	// PLOVER FIGHT), not an assault on people.
	if (m.Type == "ASSAULT" && (m.Mode == "" || m.Mode == "kill" || m.Mode == "firearms") ||
		m.Type == "COERCE" && f.e.words[0] == "raid") && m.Actor != nil &&
		(mentionsAny(m.Actor.Text, militaryWords) || m.Mode != "kill" && mentionsAny(m.Actor.Text, armedGroups)) &&
		(m.Target != nil && armedTarget(m.Target.Text) || f.verb && armedTarget(s.objectWords(f.j))) {
		m.Type, m.Mode = "FIGHT", "firearms"
	}
	// Armed forces firing on or attacking unarmed people (a crowd,
	// villagers) assault them (CAMEO 18, 175): one-sided violence is no
	// combat, whatever verb the dictionary gave it.
	// But clashes "between" two sides are combat, whoever died in them
	// ("27 people were killed in clashes between two armed groups").
	if m.Type == "FIGHT" && !f.e.outcome && (m.Mode == "" || m.Mode == "firearms") && m.Target != nil &&
		mentionsAny(head(m.Target.Text), civilianActors) && !armedTarget(m.Target.Text) &&
		(f.verb || f.j >= len(s.lower) || s.lower[f.j] != "between") {
		m.Type, m.Mode = "ASSAULT", "firearms"
	}
	// Gunmen or an armed group raiding a place attack it (CAMEO 18);
	// police and soldiers raiding search and seize (CAMEO 171).
	if m.Type == "COERCE" && f.e.words[0] == "raid" && m.Actor != nil &&
		(mentionsAny(m.Actor.Text, armedGroups) || mentionsAny(m.Actor.Text, irregulars)) &&
		!mentionsAny(m.Actor.Text, militaryWords) && !mentionsAny(m.Actor.Text, policeWords) {
		m.Type, m.Mode = "ASSAULT", ""
	}
	// Armed forces sealing off an area restrict movement by force (CAMEO
	// 191, FIGHT); police doing it restrict (COERCE).
	if m.Type == "COERCE" && m.Mode == "restrict" && (f.e.words[0] == "seal" || f.e.words[0] == "cordon") &&
		m.Actor != nil && mentionsAny(m.Actor.Text, militaryWords) && !mentionsAny(m.Actor.Text, policeWords) {
		m.Type = "FIGHT"
	}
	// Armed forces blockading a place use force (CAMEO 191, FIGHT);
	// protesters blockading it obstruct (CAMEO 1443, PROTEST).
	if m.Type == "PROTEST" && f.e.words[0] == "blockade" && m.Actor != nil &&
		mentionsAny(m.Actor.Text, militaryWords) && !mentionsAny(m.Actor.Text, policeWords) {
		m.Type, m.Mode = "FIGHT", ""
	}
	// Hackers who attack, break into or destroy do it to computers: a
	// cyber attack (CAMEO 176, PLOVER COERCE cyber), no combat.
	if (m.Type == "ASSAULT" || m.Type == "FIGHT" || m.Type == "COERCE") && m.Actor != nil && mentionsAny(head(m.Actor.Text), hackers) {
		m.Type, m.Mode = "COERCE", "cyber"
	}
	// Moving toward a place is a deployment (CAMEO 15) only when armed
	// forces move: crowds and markets move too.
	if last := f.e.words[len(f.e.words)-1]; m.Type == "MOBILIZE" && len(f.e.words) > 1 && (last == "toward" || last == "towards") &&
		!armedForce(m.Actor) {
		m.Type = notATrigger
	}
	// Crossing into a place is an incursion (CAMEO 190) only when armed
	// forces cross: refugees and traders cross borders too.
	if m.Type == "FIGHT" && len(f.e.words) == 2 && f.e.words[0] == "cross" && !armedForce(m.Actor) {
		m.Type = notATrigger
	}
	// Leaving a place is a withdrawal (CAMEO 0874) only when armed forces
	// leave a place named right after the verb ("left Afghanistan"):
	// ministers and refugees leave too, and an attack "leaves" its dead.
	if m.Type == "RETREAT" && len(f.e.words) == 1 && f.e.words[0] == "leave" &&
		(!armedForce(m.Actor) || !f.verb || !s.namedPlaceAt(f.j)) {
		m.Type = notATrigger
	}
	// "Going to" before a verb is the future ("is going to turn north"),
	// no journey.
	if m.Type == "CONSULT" && len(f.e.words) == 2 && f.e.words[0] == "go" && f.e.words[1] == "to" && f.j < len(s.lower) {
		if tg := s.tagsTo(f.j + 1); tg != nil && tg[f.j].XPOS == "VB" {
			m.Type = notATrigger
		}
	}
	// An uprising or revolt of rebels or armed men is armed rebellion
	// (CAMEO 19), not the riot of a crowd that a bare uprising is.
	if m.Type == "PROTEST" && risings[f.e.words[0]] && m.Actor != nil &&
		(mentionsAny(m.Actor.Text, armedGroups) || mentionsAny(m.Actor.Text, armedWords)) {
		m.Type, m.Mode = "FIGHT", ""
	}
	// Civilians occupying or storming a place are protesting (CAMEO 14), not
	// conquering territory (CAMEO 192).
	// So are people who occupy a place to protest ("Hundreds of Kurds
	// occupied the embassy to protest the arrest"), armed men aside.
	if m.Type == "FIGHT" && (f.e.words[0] == "occupy" || f.e.words[0] == "storm" || f.e.words[0] == "seize") &&
		m.Actor != nil && (mentionsAny(m.Actor.Text, civilianActors) || s.protestAim(f.j) && !mentionsAny(m.Actor.Text, armedWords)) &&
		!mentionsAny(m.Actor.Text, militaryWords) {
		m.Type, m.Mode = "PROTEST", "obstruct"
	}
	// Police storming or raiding a building of unarmed people (a party's
	// headquarters, a newspaper's offices) search and seize (CAMEO 171,
	// PLOVER COERCE seize); storming a rebel hideout is combat.
	if m.Type == "FIGHT" && f.e.words[0] == "storm" && m.Actor != nil && mentionsAny(m.Actor.Text, policeWords) &&
		!mentionsAny(m.Actor.Text, militaryWords) && !(m.Target != nil && armedTarget(m.Target.Text)) &&
		!(f.verb && armedTarget(s.objectWords(f.j))) {
		m.Type, m.Mode = "COERCE", "seize"
	}
	// Troops sent to protect someone are military protection (CAMEO 074),
	// not a mobilisation.
	if m.Type == "MOBILIZE" && s.protective(f.j) {
		m.Type, m.Mode = "AID", "peacekeeping"
	}
	// Crowds fighting police, attacking or burning are rioting: violent
	// protest (CAMEO 145), not combat or an assault.
	if s.crowdViolence(f, m) {
		m.Type, m.Mode = "PROTEST", "riot"
	}
	// Protecting and guarding are military protection (CAMEO 074) only
	// when armed forces do it: "the law protects" is no event.
	if (f.e.words[0] == "protect" || f.e.words[0] == "guard") && (m.Actor == nil || !mentionsAny(m.Actor.Text, militaryWords) &&
		!strings.Contains(strings.ToLower(m.Actor.Text), "peacekeep")) {
		m.Type = notATrigger
	}
	// Calling on others to unite or rise against someone rallies
	// opposition against them (CAMEO 113): a disapproval.
	if m.Type == "DEMAND" && s.ralliesAgainst(f.j) {
		m.Type, m.Mode = "DISAPPROVE", ""
	}
	// Gunmen, rebels or pirates who seize a vehicle, a ship or an aircraft
	// hijack it (CAMEO 181, PLOVER ASSAULT abduct); police, customs or
	// troops seizing one confiscate it (CAMEO 1711).
	if m.Type == "COERCE" && (m.Mode == "confiscate" || m.Mode == "seize") && m.Actor != nil && m.Target != nil &&
		(mentionsAny(m.Actor.Text, armedGroups) || mentionsAny(m.Actor.Text, irregulars)) &&
		!mentionsAny(m.Actor.Text, militaryWords) && !mentionsAny(m.Actor.Text, policeWords) &&
		(mentionsAny(head(m.Target.Text), conveyances) || f.verb && mentionsAny(s.objectWords(f.j), conveyances)) {
		m.Type, m.Mode = "ASSAULT", "abduct"
	}
	// An ambush of unarmed people ("gunmen ambushed a car carrying the
	// mayor") is an assault; of soldiers, a fight.
	if m.Type == "FIGHT" && f.e.words[0] == "ambush" && m.Target != nil && !armedTarget(m.Target.Text) &&
		(m.Actor == nil || !mentionsAny(m.Actor.Text, militaryWords)) {
		m.Type = "ASSAULT"
	}
}

// implied returns the promise, threat or refusal that a stated intention
// makes: "said it will boycott the elections" is a THREATEN that happened,
// "will give Tanzania a grant" an AGREE, "will not accept" a REJECT.
func (s *sentence) implied(f *found, m *Mention) (Mention, bool) {
	if f.governed || !m.Verb || m.Weak && f.e.agent || f.marker >= 0 && aims[s.lower[f.marker]] {
		return Mention{}, false
	}
	var typ string
	switch {
	case m.Modality == Future && f.marker >= 0 && !verbalOnly[m.Type]:
		typ = "THREATEN"
		// A cooperative act is promised, but withheld unless a demand is
		// met it threatens ("will withdraw its force unless"); offered if
		// something happens it is still a promise ("would lift the
		// curfew if the calm continued", CAMEO 03).
		if cooperative[m.Type] && !s.unless {
			typ = "AGREE"
		}
		// CAMEO 03 has no intent to investigate: an announced inquiry
		// ("would send a team to investigate") is an investigation (09).
		if m.Type == "INVESTIGATE" {
			typ = "INVESTIGATE"
		}
		// Armed forces preparing to fight show force (CAMEO 15); only a
		// stated intention ("said it was ready to") is a threat, not a
		// preparation that a trailing attribution reports ("...,
		// officers said").
		if (m.Type == "FIGHT" || m.Type == "ASSAULT") && (s.report < 0 || s.report > f.marker) && lemmaIs(s.lower[f.marker], "prepare") {
			typ = "MOBILIZE"
		}
		// A threat is someone's: a hostile act expected with no one to do
		// it is a forecast ("the embassy is expected to be demolished").
		if typ == "THREATEN" && m.Actor == nil && s.report < 0 {
			return Mention{}, false
		}
		// A threat is made to someone (CAMEO 13): a hostile act planned on
		// a mere thing, told with no one reporting it and no armed word,
		// is a plan of policy ("the council will take over management of
		// the port", "the state would ban plastic bags").
		if typ == "THREATEN" && s.report < 0 && (m.Target == nil || mereThing(m.Target)) && !s.has("armed") {
			return Mention{}, false
		}
		// Forces to be sent or patrols to be stepped up (MOBILIZE) with
		// no party for a target but the forces themselves or a thing, and
		// none named "against", are a plan, no threat made to someone
		// ("NATO will deploy 4,000 more troops to Romania", "police will
		// step up patrols"); troops to be sent against the rebels
		// threaten them.
		if typ == "THREATEN" && m.Type == "MOBILIZE" && !slices.Contains(s.lower[f.i:], "against") &&
			(m.Target == nil || mereThing(m.Target) || armedTarget(m.Target.Text) || mentionsAny(head(m.Target.Text), policeWords)) {
			return Mention{}, false
		}
	case m.Modality == Hypothetical && conditionalThreats[m.Type] && s.conditionalThreat(f) >= 0:
		// A hostile act its actor could take if something happens is a
		// threat (CAMEO 13: "threaten with sanctions", "with force"):
		// "signalled it could impose sanctions if the talks collapse".
		typ = "THREATEN"
		f.marker = s.conditionalThreat(f)
	case m.Modality == Negated && (cooperative[m.Type] && m.Type != "AGREE" || m.ent.words[0] == "accept"):
		// Not giving, meeting or conceding is refusing; not agreeing is
		// only the absence of an agreement, but not accepting is rejecting.
		// Not meeting or giving unless a demand is met withholds it as a
		// threat, as a boycott unless is ("would not take part in the
		// talks unless the army withdrew"); "will not accept refugees if
		// war starts" stays a refusal.
		typ = "REJECT"
		if s.unless {
			typ = "THREATEN"
		}
	default:
		return Mention{}, false
	}
	im := *m
	im.Type, im.Mode, im.Modality = typ, "", ""
	im.Implied, im.Governed, im.Weak = true, false, false
	from := f.marker
	if from < 0 {
		from = f.i
		for k := f.i - 1; k >= 0 && k >= f.i-3; k-- {
			if s.lower[k] == "not" || s.lower[k] == "n't" || s.lower[k] == "never" {
				from = k
			}
		}
	}
	a, b := s.toks[from].Start, m.Trigger.End
	im.Trigger = annalist.Span{Start: a, End: b, Text: s.d.Text[a:b]}
	im.pos = from
	im.tok = s.first + from
	// The target of the intended action is who the threat or promise is addressed to.
	return im, true
}

// conditionalThreats are the hostile types whose conditional statement
// CAMEO codes as a threat (13: 132 sanctions, 133 protest, 137 repression,
// 138 military force).
// verbalOnly are the types whose intention promises and threatens nothing:
// who plans to appeal a sentence or expects to complain states no threat
// (CAMEO 13 threatens hostile acts: sanctions, force, boycotts, rejection).
var verbalOnly = map[string]bool{"DEMAND": true, "DISAPPROVE": true}

var conditionalThreats = map[string]bool{"SANCTION": true, "COERCE": true, "FIGHT": true, "ASSAULT": true, "PROTEST": true}

// conditionalThreat returns the modal ("could", "might", "would") of
// trigger f's clause when a condition ("if", "unless") follows the
// trigger in the sentence, or -1: the trigger is then the consequence of
// the condition, not the condition itself ("if the army attacks").
func (s *sentence) conditionalThreat(f *found) int {
	at := f.i
	if f.light >= 0 {
		at = f.light
	}
	modal := -1
	for k := at - 1; k >= 0 && k >= at-6; k-- {
		w := s.lower[k]
		if s.clause[k] != s.clause[at] || w == "if" || w == "unless" || w == "whether" {
			break
		}
		if w == "could" || w == "might" || w == "would" {
			modal = k
			break
		}
	}
	if modal < 0 {
		return -1
	}
scan:
	for k := f.j; k < len(s.lower) && k <= f.j+15; k++ {
		switch s.lower[k] {
		case "if", "unless":
			return modal
		case ";", ".":
			break scan
		}
	}
	// A hostile act that its actor says it could or might take warns
	// without a condition too (CAMEO 13): "the European Union said it
	// might suspend its trade agreement"; a guess about another ("analysts
	// said Washington might") names the actor, no pronoun for the speaker.
	if w := s.lower[modal]; (w == "could" || w == "might") && modal > 0 && personalPronouns[s.lower[modal-1]] && s.report >= 0 && s.report < modal-1 {
		return modal
	}
	return -1
}

// subordinate reports whether token i follows a relative pronoun or an
// adverbial subordinator in the same comma-delimited stretch, so that it is
// not in the sentence's main clause.
func (s *sentence) subordinate(i int) bool {
	// A fronted prepositional phrase is context: "Under pressure from the
	// unions, the government withdrew the bill."
	// Not a quantifier: "At least 20 civilians were killed, ...", "Up to
	// 300 people", "Over 100 protesters".
	if len(s.lower) > 0 && prepositions[s.lower[0]] && !s.quantifierOpening() {
		for k := 1; k < len(s.lower) && k <= 12; k++ {
			if s.lower[k] == "," {
				if i < k {
					return true
				}
				break
			}
		}
	}
	if s.subAfter == nil {
		s.subAfter = s.subordinatePrefixes()
	}
	return s.subAfter[i]
}

// quantifierOpening reports a sentence that opens with a preposition
// that quantifies the subject: "At least 20", "Up to 300", "Over 100",
// "About 2,000".
func (s *sentence) quantifierOpening() bool {
	if len(s.lower) < 3 {
		return false
	}
	next := s.lower[1]
	if next == "least" || next == "most" || next == "to" {
		next = s.lower[2]
	}
	return isNumber(next) || numberValue(next) > 0 || next == "dozens" || next == "hundreds" || next == "thousands"
}

// subordinatePrefixes tells, for each i, whether tokens [0, i) leave token
// i in a subordinate clause: one pass over the sentence serves all its
// triggers.
func (s *sentence) subordinatePrefixes() []bool {
	out := make([]bool, len(s.lower)+1)
	sub := false
	// A relative clause on the subject ("Rebels who attacked the town have
	// surrendered") ends where a second verb group starts after its own.
	subjectRel, relVerb, relGap, verbSeen := false, false, false, false
	for k := 0; k < len(s.lower); k++ {
		w := s.lower[k]
		finite := s.finite(k)
		switch {
		case subjectRel && relVerb && relGap && finite:
			sub, subjectRel = false, false
		case subjectRel && finite:
			relVerb = true
		case subjectRel && relVerb:
			relGap = true
		}
		switch {
		case subordinators[w]:
			sub = true
			subjectRel = (w == "who" || w == "which") && !verbSeen
			relVerb, relGap = false, false
		case w == ",":
			sub, subjectRel = false, false // "Following the attack, the government imposed ..."
		}
		verbSeen = verbSeen || finite
		out[k+1] = sub
	}
	return out
}

// oblique reports whether the noun at i is the object of a preposition:
// "in response to the attack", "angry over the arrest".
func (s *sentence) oblique(i int) bool {
	if ws := s.parse(); ws != nil && i < len(ws) {
		return s.parsedOblique(ws, i)
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := s.lower[k]
		switch {
		case prepositions[w]: // not "of": "a wave of arrests" heads its phrase
			return true
		case determiners[w] || w == "'s" || isNumber(w) || isWordish(w) && !s.finite(k):
			continue
		}
		return false
	}
	return false
}

// reducedRelative reports whether the -ed form at i modifies the noun
// before it and the clause's own verb comes later: "Rebels backed by
// Rwanda captured the town", "the villages shelled by the army were
// rebuilt", "The Kenyan navy, backed by French warships, intercepted".
func (s *sentence) reducedRelative(i int) bool {
	if i == 0 || i+2 >= len(s.toks) || !strings.HasSuffix(s.lower[i], "ed") {
		return false
	}
	p := s.lower[i-1]
	// Set off by commas after a noun: the verb comes after the closing one.
	commas := p == "," && i >= 2 && isWordish(s.lower[i-2]) && !s.finite(i-2)
	if !commas && !isWordish(p) || auxiliaries[p] || be[p] || pronouns[p] || verbCues[p] || p == "and" || p == "or" {
		return false
	}
	if s.lower[i+1] == "of" && slices.ContainsFunc(s.lem[i], func(l string) bool { return accusedOf[l] }) {
		// "a man accused of theft": the accusation describes the man,
		// whatever verb came before or comes after.
		ws := s.tagsTo(len(s.toks))
		for k := 0; k < len(s.toks); k++ {
			if k != i && (s.finite(k) || ws != nil && k < len(ws) && finiteTags[ws[k].XPOS]) {
				return true
			}
		}
		return false
	}
	if s.lower[i+1] != "by" { // "in", "on" would take "agreed on Wednesday that ..." for a modifier
		return false
	}
	for k := i + 2; k < len(s.toks); k++ {
		w := s.lower[k]
		if w == "," && commas {
			k++
			for k < len(s.toks) && strings.HasSuffix(s.lower[k], "ly") && len(s.lower[k]) > 4 {
				k++ // "..., reportedly attacked"
			}
			return k < len(s.toks) && s.finite(k)
		}
		if (w == "and" || w == "or") && k+1 < len(s.toks) && !s.finite(k+1) {
			continue // "backed by tanks and helicopters raided"
		}
		if w == "," || w == ";" || w == "and" || w == "or" || w == "as" || w == "that" || subordinators[w] {
			return false
		}
		if s.finite(k) {
			return true
		}
	}
	return false
}

// accusedOf are the verbs whose participle names a suspect ("a man
// accused of theft", "militants suspected of the bombing").
var accusedOf = set(`accuse suspect convict`)

// finiteTags are the Penn tags of finite verbs.
var finiteTags = set(`VBD VBZ VBP MD`)

// finite reports whether token k looks like a finite verb or an auxiliary:
// "has", "was", "attacked".
func (s *sentence) finite(k int) bool {
	w := s.lower[k]
	if be[w] && w != "be" && w != "being" && w != "'s" {
		return true
	}
	if w == "may" && (s.isTime[k] || s.isProperName(k)) {
		return false // the month
	}
	switch w {
	case "has", "have", "had", "will", "would", "did", "does", "can", "could", "may", "might", "must", "shall", "should":
		return true
	}
	return inflection(w) == "ed" && (k == 0 || !s.isProperName(k)) && isWordish(w)
}

// orderedActs makes an order of a named act that act ("ordered the arrest
// of", "ordered the withdrawal of"): an authority ordering an act is acting
// through its agents, as CAMEO's dictionaries code it. An order to someone
// ("ordered him to appear") stays a DEMAND.
func (s *sentence) orderedActs(fs []found) []found {
	for k := 0; k+1 < len(fs); k++ {
		g, f := &fs[k], &fs[k+1]
		// The determiner before the act, or before a light verb's noun
		// ("the imposition of a curfew").
		at, light := g.j, false
		if n := s.lightNominalOf(f.i); n > g.j {
			at, light = n-1, true
		}
		if g.e.words[0] != "order" || len(g.e.words) > 1 || !g.verb || f.verb || f.e.agent ||
			at >= len(s.lower) || !light && !s.modifiersOnly(g.j+1, f.i) || light && at != g.j || !determiners[s.lower[at]] || f.j < len(s.toks) && s.lower[f.j] == "to" {
			// Any act ordered by name ("ordered the arrest of", "an
			// investigation into", "a curfew"), not an order to people
			// ("ordered the strike committee to").
			continue
		}
		f.light = g.i
		return append(fs[:k], fs[k+1:]...)
	}
	// The passive: "an inquiry was ordered into the deaths", "a curfew
	// has been ordered".
	for k := 0; k+1 < len(fs); k++ {
		f, g := &fs[k], &fs[k+1]
		if g.e.words[0] != "order" || len(g.e.words) > 1 || f.verb || f.e.agent || !s.beOnly(f.j, g.i) && !s.passiveSubjectOf(f.i, g.i) {
			continue
		}
		f.light = g.i
		return append(fs[:k+1], fs[k+2:]...)
	}
	return fs
}

// passiveSubjectOf reports the noun at i as the passive subject of the
// verb at v by the parse ("the arrest of the mayor was ordered").
func (s *sentence) passiveSubjectOf(i, v int) bool {
	ws := s.parse()
	if n := s.lightNominalOf(i); n >= 0 && ws != nil && n < len(ws) && ws[n].Rel == "nsubj:pass" && ws[n].Head == v {
		return true // "the imposition of a curfew was ordered"
	}
	return ws != nil && i < len(ws) && ws[i].Rel == "nsubj:pass" && ws[i].Head == v
}

// lightNominalOf returns the token of a light verb's noun whose "of"
// phrase the act noun at i heads ("the imposition of a night curfew",
// "a declaration of martial law"): up to a determiner and two modifiers
// between; -1 for none.
func (s *sentence) lightNominalOf(i int) int {
	k := i - 1
	for n := 0; k >= 0 && n < 2 && !determiners[s.lower[k]] && s.lower[k] != "of" && isWordish(s.lower[k]) && !prepositions[s.lower[k]]; n++ {
		k--
	}
	if k >= 0 && determiners[s.lower[k]] && s.lower[k] != "of" {
		k--
	}
	if k < 1 || s.lower[k] != "of" {
		return -1
	}
	for _, l := range s.lem[k-1] {
		if lightNominals[l] {
			return k - 1
		}
	}
	return -1
}

// beOnly reports that tokens i to j-1 are one or two forms of "be" ("was",
// "has been").
func (s *sentence) beOnly(i, j int) bool {
	if j <= i || j > i+2 {
		return false
	}
	for k := i; k < j; k++ {
		if w := s.lower[k]; !be[w] && w != "has" && w != "have" && w != "had" {
			return false
		}
	}
	return be[s.lower[j-1]]
}

// modifiersOnly reports that tokens i to j-1 are at most two words that
// may modify a noun ("the immediate", "a general"), as between a
// determiner and the ordered act's noun.
func (s *sentence) modifiersOnly(i, j int) bool {
	if j < i || j > i+2 {
		return false
	}
	for k := i; k < j; k++ {
		if !isWordish(s.lower[k]) || prepositions[s.lower[k]] || s.isProper(k) {
			return false
		}
	}
	return true
}

// dropLightGivers removes a generic giving verb whose object is another
// trigger: "gave the government a deadline" is the deadline, not aid.
func dropLightGivers(fs []found) []found {
	lights := map[int]bool{}
	for _, f := range fs {
		if f.light >= 0 && f.e.category != "AID" {
			lights[f.light] = true
		}
	}
	if len(lights) == 0 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if !(f.e.weak && f.verb && lights[f.i]) {
			out = append(out, f)
		}
	}
	return out
}

// dropEventPredicates removes a dictionary verb that only says something
// of another trigger, its subject or object: "fighting raged", "slapped
// an embargo on". The hand lexicon's verbs keep their own readings.
func dropEventPredicates(fs []found) []found {
	out := fs[:0]
	for k, f := range fs {
		pred := false
		if f.e.cameo {
			if k > 0 && !fs[k-1].verb && fs[k-1].j >= f.i-1 && fs[k-1].e.category != notATrigger {
				pred = true // "fighting raged"
			}
			if k+1 < len(fs) && !fs[k+1].verb && fs[k+1].light == f.i {
				pred = true // "slapped an arms embargo"
			}
		}
		if !pred {
			out = append(out, f)
		}
	}
	return out
}

// dropStopVerbs removes the triggers that only stop another one
// ("cancelled the loan" is a SANCTION, not a CONCEDE by "cancel").
func dropStopVerbs(fs []found) []found {
	stops := map[int]bool{}
	for _, f := range fs {
		if f.ceased >= 0 && ceasedType[f.e.category] != "" {
			stops[f.ceased] = true
		}
	}
	if len(stops) == 0 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if !stops[f.i] || f.j > f.i+2 {
			out = append(out, f)
		}
	}
	return out
}

// adjectival reports whether the -ing form at i modifies the noun after it
// ("occupying forces", "the ruling party") rather than heading a clause.
func (s *sentence) adjectival(i int) bool {
	infl := inflection(s.lower[i])
	if infl != "ing" && !(infl == "ed" && i == 0) || i+1 >= len(s.toks) {
		return false // a sentence-initial -ed form is a modifier too: "Banned parties ..."
	}
	if i > 0 && !determiners[s.lower[i-1]] && s.lower[i-1] != "," {
		return false
	}
	n := s.lower[i+1]
	return isWordish(n) && !prepositions[n] && !determiners[n] && !pronouns[n] && !auxiliaries[n] &&
		!be[n] && n != "and" && n != "or" && n != "of" && n != "that" && !s.isProperName(i+1)
}

// cessation returns the verb that stops the event at token i ("halted
// aid", "ended the state of emergency", "stopped lending"), or -1.
func (s *sentence) cessation(i int) int {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := s.lower[k]
		for _, l := range s.lem[k] {
			if cessationVerbs[l] {
				return k
			}
		}
		if k > 0 && s.phrasalStop(k-1, w) { // "called off the talks", "scaled back aid"
			return k - 1
		}
		if !isWordish(w) || prepositions[w] || isClauseBreak(w) || w == "and" || w == "or" {
			break
		}
	}
	return s.passiveCessation(i)
}

// passiveCessation returns the stop verb whose passive subject, by the
// parse, is the trigger at token i ("the strike was called off", "aid was
// suspended"), or -1.
func (s *sentence) passiveCessation(i int) int {
	if !s.stopAfter(i) {
		return -1 // no stop verb after the trigger: no parse needed
	}
	ws := s.parse()
	if ws == nil || len(ws) != len(s.toks) || ws[i].Rel != "nsubj:pass" {
		return -1
	}
	v := ws[i].Head
	if v <= i || v >= len(ws) {
		return -1
	}
	for _, l := range s.lem[v] {
		if cessationVerbs[l] {
			return v
		}
	}
	for k := v + 1; k < len(ws) && k <= v+2; k++ {
		if ws[k].Head == v && ws[k].Rel == "compound:prt" && s.phrasalStop(v, s.lower[k]) {
			return v
		}
	}
	return -1
}

// stopAfter reports a word after token i that passiveCessation could
// take for the stop verb, by its words alone: a cessation verb, or a
// phrasal stop with its particle one or two words after it.
func (s *sentence) stopAfter(i int) bool {
	for v := i + 1; v < len(s.toks); v++ {
		for _, l := range s.lem[v] {
			if cessationVerbs[l] {
				return true
			}
		}
		for k := v + 1; k < len(s.toks) && k <= v+2; k++ {
			if s.phrasalStop(v, s.lower[k]) {
				return true
			}
		}
	}
	return false
}

// phrasalStop reports a verb at token v that stops what it names with the
// particle p: "called off the talks", "broke off negotiations", "scaled
// back aid".
func (s *sentence) phrasalStop(v int, p string) bool {
	for _, l := range s.lem[v] {
		if p == "off" && (l == "call" || l == "break" || l == "cut") || (p == "back" || p == "down") && l == "scale" {
			return true
		}
	}
	return false
}

// head is a noun phrase without its "of" complement: "the homes of rebel
// sympathisers" → "the homes".
func head(phrase string) string {
	if i := strings.Index(phrase, " of "); i >= 0 {
		return phrase[:i]
	}
	return phrase
}

// lemmaIs reports whether w is an inflection of lemma.
func lemmaIs(w, lemma string) bool {
	for _, l := range lemmas(w) {
		if l == lemma {
			return true
		}
	}
	return false
}

// mentionsAny reports whether a phrase has one of the words.
func mentionsAny(phrase string, words map[string]bool) bool {
	for _, w := range strings.Fields(strings.ToLower(phrase)) {
		if words[strings.Trim(w, ".,'\"")] {
			return true
		}
	}
	return false
}

// ralliesAgainst reports whether the words after a demand call for joint
// action against someone: "called on Arabs to unite against", "urged
// nations to stand against".
func (s *sentence) ralliesAgainst(j int) bool {
	rally := false
	for k := j; k < len(s.toks) && k < j+12; k++ {
		w := s.lower[k]
		if w == ";" || w == "." {
			return false
		}
		for _, l := range s.lem[k] {
			if rallyVerbs[l] && !s.isProperName(k) { // "the United Nations" unites no one
				rally = true
			}
		}
		if rally && w == "against" {
			return true
		}
	}
	return false
}

// crowdViolence reports a clash, generic attack or destruction whose
// actor, or whose "between ... and ..." parties, is a crowd of civilians.
func (s *sentence) crowdViolence(f *found, m *Mention) bool {
	switch {
	case m.Type == "FIGHT" && (m.Mode == "firearms" || m.Mode == ""):
	case m.Type == "ASSAULT" && m.Mode == "":
	case m.Type == "COERCE" && m.Mode == "destroy":
	default:
		return false
	}
	if m.Actor != nil {
		return mentionsAny(m.Actor.Text, crowds) && !mentionsAny(m.Actor.Text, militaryWords)
	}
	if f.e.words[0] != "clash" && f.e.words[0] != "fighting" && f.e.words[0] != "skirmish" {
		return false
	}
	for k := f.j; k < len(s.toks) && k < f.j+10; k++ {
		if crowds[s.lower[k]] {
			return true
		}
	}
	return false
}

// namedPlaceAt reports a proper noun by the tagger at token k ("left
// Afghanistan"), where a verb of leaving names the place left.
func (s *sentence) namedPlaceAt(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	ws := s.tagsTo(k + 1)
	return ws != nil && k < len(ws) && ws[k].XPOS == "NNP"
}

// armedForce reports an actor that names armed forces, a state's or a
// rebel group's, or their aircraft and vehicles: whose moves into,
// toward or out of a place are military ones.
func armedForce(a *annalist.Arg) bool {
	return a != nil && (mentionsAny(a.Text, militaryWords) || mentionsAny(a.Text, aerial) ||
		mentionsAny(a.Text, forceWords) || mentionsAny(a.Text, armedGroups))
}

// conveyances are what a hijacker takes.
var conveyances = set(`ship ships vessel vessels tanker tankers trawler trawlers boat boats ferry ferries freighter
	freighters yacht truck trucks lorry lorries bus buses car cars van plane planes aircraft airliner airliners
	jet jetliner helicopter train trains vehicle vehicles convoy`)

// crowds are the civilians whose violence is rioting.
var crowds = set(`protesters protestors demonstrators students rioters youths crowd crowds mob mobs
	strikers marchers workers supporters`)

// protective reports whether a purpose clause of protection follows:
// "sent troops to protect the refugees".
func (s *sentence) protective(j int) bool {
	for k := j; k+1 < len(s.toks) && k < j+8; k++ {
		if s.lower[k] == "to" {
			for _, l := range s.lem[k+1] {
				if protectVerbs[l] {
					return true
				}
			}
		}
		if s.lower[k] == ";" || s.lower[k] == "." {
			return false
		}
	}
	return false
}

// Troops sent to help or assist another's forces or people are military
// aid too (CAMEO 072, 074): "sent 3,000 troops to Liberia to help the
// peacekeeping force".
var protectVerbs = set(`protect guard defend shield escort help assist`)

var rallyVerbs = set(`unite mobilize mobilise rally stand join rise unify`)

// armedGroups are non-state armed forces: their attacks on soldiers and
// bases are combat (CAMEO 190), their bombings and killings of persons not.
var armedGroups = set(`rebels rebel guerrillas guerrilla insurgents insurgent fighters militia militias
	militiamen separatists militants militant jihadists jihadist`)

// irregulars are armed men of no named force, or named only by their
// dress ("men in uniform", "plainclothes men": kinds.txt), on land or
// at sea.
var irregulars = set(`gunmen gunman bandits bandit attackers assailants raiders kidnappers armed
	uniform uniforms uniformed fatigues plainclothes plain-clothes pirates pirate hijackers hijacker`)

// protestAim reports a purpose clause of protest after token j in its
// sentence: "to protest", "to demand", "to denounce" (the grievance words
// of data/context.txt after "to").
func (s *sentence) protestAim(j int) bool {
	for k := j; k+1 < len(s.lower) && k < j+12; k++ {
		if s.lower[k] == ";" || s.lower[k] == "." {
			return false
		}
		if s.lower[k] == "to" && contextWords["grievance"][s.lower[k+1]] {
			return true
		}
	}
	return false
}

// forceBefore reports police or troops among the few words before token
// k in its clause, the subject of the verb at k as wires write it ("riot
// police stopped", "soldiers broke up").
func (s *sentence) forceBefore(k int) bool {
	return s.subjectWordBefore(k, policeWords, militaryWords)
}

// subjectWordBefore reports a word of one of the sets among the four
// words before token k in its clause: where wires put the subject of the
// verb at k.
func (s *sentence) subjectWordBefore(k int, sets ...map[string]bool) bool {
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		w := s.lower[i]
		if isClauseBreak(w) {
			return false
		}
		for _, set := range sets {
			if set[w] {
				return true
			}
		}
	}
	return false
}

var policeWords = set(`police policemen security gendarmes gendarmerie`)

var (
	civilianActors = set(`protesters protestors demonstrators students workers farmers activists villagers
		residents supporters strikers miners youths crowd crowds mob people prisoners inmates`)
	militaryWords = set(`troops soldiers army forces military navy marines paratroopers warplanes
		warships ships commandos`)
	armedWords = set(`rebel rebels guerrilla guerrillas insurgent insurgents militant militants fighters
		troops soldiers forces army position positions base bases stronghold strongholds
		militia militias militiamen garrison`)
)

// armedPosts are what armed men hold or move in: armed when the
// phrase names the force ("a military convoy", "an army checkpoint").
var armedPosts = set(`convoy convoys patrol patrols checkpoint checkpoints post posts outpost outposts camp camps
	vehicle vehicles unit units barracks`)

// participleAfterNoun reports an -ing form right after a word that is no
// auxiliary, pronoun or punctuation: a participle describing that noun.
func (s *sentence) participleAfterNoun(i int) bool {
	if i == 0 || inflection(s.lower[i]) != "ing" {
		return false
	}
	p := s.lower[i-1]
	return isWordish(p) && !be[p] && !auxiliaries[p] && !pronouns[p] && !verbCues[p] && !prepositions[p] && !determiners[p]
}

// sameSubject reports a stretch [j, i) that can sit between a subject
// noun and its verb: at most six words, no break, no finite verb ("an air
// raid on the rebel stronghold destroyed").
func (s *sentence) sameSubject(j, i int) bool {
	if i-j > 6 {
		return false
	}
	for k := j; k < i; k++ {
		if isClauseBreak(s.lower[k]) || !isWordish(s.lower[k]) || s.finite(k) {
			return false
		}
	}
	return true
}

// objectWords are the words after a verb ending before j up to the first
// preposition or break: its direct object as written ("attacked a
// military base in Borno", "a military base"), where the parse may have
// taken a place for the target.
func (s *sentence) objectWords(j int) string {
	var b strings.Builder
	for k := j; k < len(s.lower) && k < j+6; k++ {
		w := s.lower[k]
		if prepositions[w] || isClauseBreak(w) || !isWordish(w) {
			break
		}
		b.WriteString(w + " ")
	}
	return strings.TrimSpace(b.String())
}

// armedTarget reports a target phrase that names armed men or their
// positions: its head an armed word, or a post of a named force.
func armedTarget(t string) bool {
	h := head(t)
	return mentionsAny(h, armedWords) || mentionsAny(h, armedPosts) &&
		(mentionsAny(t, militaryWords) || mentionsAny(t, armedWords) || mentionsAny(t, policeWords))
}

// cessationVerbs stop, cut or put off what their object names: "halted
// aid", "cut military assistance", "cancelled the curfew".
var cessationVerbs = set(`stop halt end cease suspend cut cancel freeze withhold reduce curtail
	terminate discontinue scrap`)

// maxGap is how many tokens a "*" of a lexicon phrase may span.
const maxGap = 4

// ceasedType is what stopping an event of each type is.
var ceasedType = map[string]string{
	"AID": "SANCTION", "COOPERATE": "SANCTION", "CONSULT": "SANCTION", "SUPPORT": "SANCTION",
	"COERCE": "CONCEDE", "SANCTION": "RETREAT", "PROTEST": "CONCEDE",
	"FIGHT": "RETREAT", "ASSAULT": "RETREAT", "MOBILIZE": "RETREAT",
}

// contextual reports a casualty mentioned as the result or background of
// another event: ", killing six" or "28 people have been killed".
func (s *sentence) contextual(f *found) bool {
	if inflection(s.lower[f.i]) == "ing" && f.i > 0 && s.lower[f.i-1] == "," {
		return true
	}
	if inflection(s.lower[f.i]) == "ing" && f.i > 1 && (s.lower[f.i-1] == "or" || s.lower[f.i-1] == "and") {
		// The second of coordinated outcomes: ", killing or wounding
		// 50", ", killing two and injuring five".
		for k := f.i - 2; k >= 1 && k >= f.i-6 && s.lower[k] != ","; k-- {
			if inflection(s.lower[k]) == "ing" && s.lower[k-1] == "," && slices.ContainsFunc(s.lem[k], outcomeVerb) {
				return true
			}
		}
	}
	return s.passive(f.i) && s.byPhrase(f.j)[0] == s.byPhrase(f.j)[1]
}

var subordinators = set(`who whom which whose where whereby after following because since despite
	while although whereas before until when`)

// materialAfter reports whether something material follows a generic
// giving verb within its clause: aid, supplies, money, arms or a quantity.
func (s *sentence) materialAfter(j int) bool {
	for k := j; k < len(s.toks) && k < j+8; k++ {
		w := s.lower[k]
		if objectStops[w] || w == "." {
			return false
		}
		for _, l := range s.lem[k] {
			if material[l] {
				return true
			}
		}
		if isNumber(w) && !(k+1 < len(s.lower) && (durationUnits[s.lower[k+1]] || s.lower[k+1] == "year" || s.lower[k+1] == "years")) || w == "$" || w == "€" || w == "£" {
			return true // not a term: "handed the man 12 years behind bars"
		}
		// "flew in by helicopter": a vehicle after "by" is how the
		// giver travelled, not what was given.
		if w == "by" {
			k++
			if k+1 < len(s.lower) && determiners[s.lower[k]] {
				k++
			}
		}
	}
	return false
}

var material = set(`peacekeeper peacekeepers aid food medicine medicines supply supplies money fund funds grant loan arms weapon
	weapons ammunition assistance equipment shelter vaccine vaccines tent tents blanket blankets water
	fuel grain flour wheat rice relief help troops dollar dollars euro euros ton tons tonne tonnes
	jet jets aircraft plane planes tank tanks helicopter helicopters missile missiles rifle rifles gun guns
	warship warships doctor doctors advisers advisors expert experts medical credit credits training
	vehicle vehicles truck trucks boat boats drone drones radar radars ambulance ambulances generator generators
	uniform uniforms ration rations seed seeds materiel hardware
	system systems battery batteries shell shells artillery howitzer howitzers munitions launcher launchers
	shipment shipments consignment consignments batch batches cargo cargoes goods clothing clothes`)

func (s *sentence) hasAny(words map[string]bool) bool {
	for _, w := range s.lower {
		if words[w] {
			return true
		}
	}
	return false
}

func (s *sentence) hasOutcome(fs []found) bool {
	for k := range fs {
		if fs[k].e.outcome {
			return true
		}
	}
	return false
}

func (s *sentence) hasCasualties() bool {
	sent := s.d.Sentences[s.index]
	for _, ci := range s.x.counts[s.index] {
		c := s.r.Counts[ci]
		if c.Start >= sent.Start && c.End <= sent.End && (c.Kind == annalist.CountKilled || c.Kind == annalist.CountInjured) {
			return true
		}
	}
	return false
}

// attachCounts gives each count of the sentence to the nearest mention
// whose type it measures.
func (s *sentence) attachCounts(ms []Mention) {
	sent := s.d.Sentences[s.index]
	for _, ci := range s.x.counts[s.index] {
		c := s.r.Counts[ci]
		if c.Start < sent.Start || c.End > sent.End {
			continue
		}
		best, dist := -1, 0
		for pass := 0; pass < 2 && best < 0; pass++ {
			for k := range ms {
				if !counts(c.Kind, ms[k].Type, pass) || ms[k].Modality != "" {
					continue
				}
				dd := abs(ms[k].Trigger.Start - c.Start)
				if best < 0 || dd < dist {
					best, dist = k, dd
				}
			}
		}
		if best < 0 {
			continue
		}
		e := &ms[best].Event
		switch c.Kind {
		case "killed":
			e.Fatalities = max(e.Fatalities, c.Number)
		case "injured":
			e.Injuries = max(e.Injuries, c.Number)
		case "arrested":
			e.Arrests = max(e.Arrests, c.Number)
		case "protesters":
			e.Size = max(e.Size, c.Number)
		}
	}
}

// counts reports whether a count of kind measures an event of type typ; the
// second pass accepts the less likely pairs.
func counts(kind, typ string, pass int) bool {
	switch kind {
	case "killed", "injured":
		return typ == "ASSAULT" || typ == "FIGHT" || pass == 1 && (typ == "COERCE" || typ == "PROTEST")
	case "arrested":
		return typ == "COERCE" || pass == 1 && (typ == "PROTEST" || typ == "ASSAULT")
	case "protesters":
		return typ == "PROTEST"
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// nounSense returns the noun entry of a verb entry's phrase ("blast":
// criticise as a verb, an explosion as a noun), or nil.
func nounSense(e *entry) *entry {
	for k := range lexicon[e.words[0]] {
		n := &lexicon[e.words[0]][k]
		if n.pos == nounOnly && slices.Equal(n.words, e.words) {
			return n
		}
	}
	return nil
}

// pluralNumber reports a number noun in the plural before a past form:
// the subject of a verb ("thousands marched", "hundreds fled").
func pluralNumber(w, next string) bool {
	return strings.HasSuffix(w, "s") && !unicode.IsDigit(rune(w[0])) && inflection(next) == "ed"
}

func isNumber(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsDigit(r) {
		return true
	}
	return numberWords[w]
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

var (
	determiners = set(`a an the this these those its their his her our my your any no every each
		another new further fresh more such of`)
	pronouns    = set(`he she they it we i you who`)
	quantifiers = set(`several many few some both all most`)
	be          = set(`is are was were be been being am 're 's`)
	auxiliaries = set(`has have had did do does will would can could may might must shall should
		to not n't also never`)
	verbCues  = set(`he she they it we i you who which that routinely reportedly once again finally`)
	reporting = set(`said says say saying told announced reported stated added claimed quoted according`)
	// intention marks a future: "plans to", "is ready to", "prepared to".
	// Deciding to act is acting (CAMEO codes "decided to impose sanctions" as sanctions).
	intention = set(`plan intend ready prepare prepared willing set go going about expect
		determine aim hope want wish`)
	// So do the nouns of an aim ("the bank's bid to seize the assets", "in
	// an effort to end the strike"): what they aim at has not happened,
	// and it is no intention the sentence's subject states (implied).
	aims       = set(`bid effort`)
	lightVerbs = set(`hold stage launch begin start carry make issue lodge take reach call organise commit
		organize announce declare impose conduct mount open resume continue sign complete
		give offer express voice file press hold approve grant deliver send pay wage step unleash
		raise register enforce extend tighten intensify escalate renew slap observe`)
	prepositions = set(`in on at for to from with after before since during over into near as by
		following despite because while until unless if about under through without against
		between among across toward towards upon amid within outside`)
	heavyWeapons = set(`aircraft warplane warplanes jet jets gunship gunships artillery mortar mortars
		rocket rockets missile missiles tank tanks airstrike airstrikes helicopter helicopters shells
		navy howitzer howitzers`)
	hackers    = set(`hacker hackers cyber-attackers cyberattackers`)
	forceWords = set(`warship warships fleet fleets armoured armored column columns tank tanks battalion battalions
		brigade brigades division divisions unit units convoy convoys frigate frigates destroyer destroyers carrier
		gunboat gunboats submarine submarines corvette corvettes cruiser cruisers`)
	// aerial weapons make a bombing an air strike (PLOVER FIGHT).
	aerial = set(`aircraft warplane warplanes jet jets helicopter helicopters gunship gunships drone drones
		plane planes`)
	timeWords = set(`monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
		overnight weekend`)
	numberWords = set(`one two three four five six seven eight nine ten eleven twelve dozen dozens
		hundred hundreds thousand thousands million millions scores`)
	// amounts inside a phrase's gap ("$1.2 billion of")
	currencies  = set(`$ € £ ¥ us$ dollar dollars euro euros pound pounds yen yuan rupee rupees shilling shillings naira`)
	bigNumbers  = set(`billion billions trillion trillions bn mln`)
	collectives = set(`team teams group groups contingent batch handful number squad unit party`)
)

// parsedOblique reports a noun that the parse hangs in a prepositional
// phrase on its way up to its clause: "placed him under investigation
// over his declaration of martial law" (both), not "the bombing of the
// market killed 30" nor "a wave of arrests".
func (s *sentence) parsedOblique(ws []text.Word, i int) bool {
	h := i
	for ws[h].Rel == "compound" && ws[h].Head > h { // "air strike": strike
		h = ws[h].Head
	}
	for hops := 0; hops < 5 && h >= 0; hops++ {
		switch r := ws[h].Rel; {
		case strings.HasPrefix(r, "obl"):
			return true
		case strings.HasPrefix(r, "nmod") && r != "nmod:poss":
			if c := s.caseOf(ws, h); c != "" && c != "of" {
				return true
			}
		case r == "compound" || r == "amod" || r == "conj" || r == "appos":
		default:
			return false
		}
		h = ws[h].Head
	}
	return false
}

// personPlural reports a one-word trigger of either part of speech read as
// a plural noun whose lemma's first WordNet sense is a person
// (data/parties.txt [person]): "exiles", "conscripts" name the people, as
// an agent noun does, not the act of exiling or conscripting. Protest words
// are left to the protest readings ("pickets").
func (s *sentence) personPlural(e *entry, i, j int, verb bool) bool {
	if verb || j != i+1 || e.pos != anyPOS || e.agent || e.category == "PROTEST" ||
		inflection(s.lower[i]) != "s" || strings.HasSuffix(s.lower[i], "ss") {
		return false
	}
	return loadActors().persons[e.words[0]]
}

// ownWords reports a denial of the subject's own act, told by a gerund
// after "deny" ("denied having said", "denied ever meeting him"), CAMEO's
// 016 deny responsibility, which PLOVER reduces to a statement, as the
// lexicon's "deny * responsibility" is; and a concession of a fact, a
// finite clause after "concede" or "admit" ("conceded his daughter is a
// volunteer", "admitted that the figures were wrong"), a statement, not a
// yielding ("conceded defeat").
func (s *sentence) ownWords(e *entry, i, j int) bool {
	if len(e.words) != 1 || j >= len(s.lower) {
		return false
	}
	w := e.words[0]
	switch {
	case e.category == "REJECT" && w == "deny":
		k := j
		if s.lower[k] == "ever" && k+1 < len(s.lower) {
			k++
		}
		return inflection(s.lower[k]) == "ing" && s.lower[k] != "bring"
	case e.category == "CONCEDE" && (w == "concede" || w == "admit"):
		if s.lower[j] == "that" {
			return true
		}
		ws := s.parse()
		if ws == nil || i >= len(ws) {
			return false
		}
		for k := i + 1; k < len(ws); k++ {
			if ws[k].Head == i && ws[k].Rel == "ccomp" {
				return true
			}
		}
	}
	return false
}

var modals = set(`could would might may should must can will shall`)
