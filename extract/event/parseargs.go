package event

import (
	"slices"
	"strings"
	"unicode"

	"github.com/annalist/annalist"

	"github.com/annalist/annalist/internal/words"
	"github.com/annalist/annalist/text"
)

// parseArguments finds the actor (agent) and target (patient) of the
// trigger at f from the dependency parse (Universal Dependencies), when the
// document has a parser with heads. ok is false without a usable parse;
// the word-window rules of args.go then decide; their actor phraseActor
// is kept out of the target where the parse finds no actor. The trigger
// is read at the word that heads it in the parse (triggerHead).
//
//   - a verb: actor = nsubj, or the obl:agent ("by") of a passive; target =
//     obj, or nsubj:pass; without an object, an obl with "on", "against" or
//     "at" ("fired on protesters");
//   - a verb without its own subject takes it through coordination ("police
//     arrested and beat them": conj), control ("police moved to disperse
//     the crowd": xcomp), adverbial clauses without a subject ("...,
//     killing 50": advcl) and relative clauses ("troops who shelled the
//     town": acl:relcl → the noun they modify); a participle modifying a
//     noun ("protesters killed by police": acl) has that noun as target;
//   - a pronoun subject is the subject of the verb that reports its clause
//     ("the union announced that it called off the strike");
//   - a modal ("X said Y must withdraw"): actor = the one who says it,
//     target = the one who must;
//   - a noun: actor = its "by" nmod, its possessor (a person's possessive
//     is the patient of an arrest or killing), a compound modifier
//     ("police crackdown") or the subject of the verb that governs it
//     ("carried out an attack", "remained on alert"); target = its "of",
//     "on" or "against" nmod, or the passive subject of the verb whose
//     phrase holds it ("three were killed in a bombing");
//   - without an actor so far, the subject of the nearest clause above
//     (clauseSubject);
//   - a target that names no party ("threatened further action against
//     Russia") gives way to the nearest party among the predicate's
//     dependents (partyTarget), through nouns' clauses ("an offer to
//     mediate between Hamas and Fatah") and the actor's own aims;
//   - who died underwent it ("four soldiers died in a Pakistani artillery
//     barrage"): the attack's agent, or the subject of its "when" clause,
//     acts; who came under fire suffered it, its "from" phrase acts;
//   - a protested or criticised act is aimed at its agent, by its "by"
//     phrase or the relative clause that tells it ("the raid, in which
//     police detained dozens"); the second of coordinated subjects or
//     demonyms is the other side ("Chinese and Indian officials").
//
// Spans are noun phrases: the head with its determiners, modifiers,
// compounds, numbers, names, possessors and "of"-like nmods, not its
// clauses, appositions or times (span, twinSpan).
func (s *sentence) parseArguments(f *found, phraseActor [2]int) (actor, target [2]int, ok bool) {
	ws := s.parse()
	if ws == nil || !hasTree(ws) {
		return actor, target, false
	}
	a, t, preds := s.parseHeads(ws, f)
	// No one above an act faced or suffered does it (parseHeads, which
	// asks of the phrase's head: "suffered a bomb attack").
	none := a < 0 && (s.undergone(ws, s.phraseHead(ws, s.triggerHead(ws, f))) || s.describedNoun(ws, s.triggerHead(ws, f)) >= 0)
	if a < 0 && !none {
		a = s.clauseSubject(ws, s.triggerHead(ws, f))
	}
	if a < 0 && !none {
		a = s.whenAgent(ws, s.triggerHead(ws, f))
	}
	if a < 0 && !none {
		a = s.possessiveOwner(ws, s.triggerHead(ws, f))
	}
	if a < 0 && !none && (f.e.category == "COERCE" || f.e.category == "SANCTION") {
		a = s.stateOfPassive(ws, s.triggerHead(ws, f))
	}
	if a < 0 && !none && verbal[f.e.category] && !s.namesSomeone(phraseActor) {
		// A stance with no one taking it in its own clause is the
		// reporter's: "US authorities said that removing the sanctions
		// is out of the question".
		if sp := s.speaker(ws, s.clauseOf(ws, s.triggerHead(ws, f))); sp >= 0 {
			a = s.antecedent(ws, sp)
		}
	}
	actor = s.twinSpan(ws, a)
	if n := s.appositionHead(ws, a, actor); n[1] > n[0] {
		actor = n
	}
	if sp := s.ownForcesSpeaker(ws, a); sp >= 0 {
		actor = s.twinSpan(ws, sp)
	}
	if a >= 0 && ws[a].Rel == "nsubj" && ws[a].Head > a && affiliation[ws[ws[a].Head].Lemma] {
		// The participle the parser took for the main verb still ties
		// them to their party: "workers affiliated with the Union stopped".
		if o := s.oblWith(ws, ws[a].Head, "with", "to"); o >= 0 && ws[a].Head != s.triggerHead(ws, f) {
			actor[1] = max(actor[1], s.span(ws, o)[1])
		}
	}
	if t >= 0 && a >= 0 && ws[t].Head == a && ws[t].Rel == "conj" {
		// The two sides of "between X and Y": the actor ends before Y.
		end := s.span(ws, t)[0]
		if cc := s.child(ws, t, "cc"); cc >= 0 && cc < end {
			end = cc
		}
		actor[1] = min(actor[1], end)
	}
	other := actor // the actor the target must not repeat
	if a < 0 && !none {
		other = phraseActor
	}
	// A target that names no party gives way to the first party among the
	// predicates' dependents (partyTarget), words of the trigger left out
	// ("strengthened its forces in Lebanon").
	if t >= 0 && (wh[s.lower[t]] || objectPronouns[s.lower[t]]) {
		t = s.objectAntecedent(ws, t, a)
	}
	if n := s.whatNamed(ws, t); n >= 0 {
		t = n
	}
	inTrigger := t >= f.i && t < f.j && !s.phrasePatient(ws, t, f)
	if inTrigger || t >= other[0] && t < other[1] {
		// A word of the trigger, or the actor again (a misparse); but a
		// party the trigger's phrase names as its object is its target:
		// "expelled a BBC correspondent".
		t = -1
	}
	t0 := t // the parse's own target, before the search for a party
	if t < 0 || !s.partyAt(ws, t) || s.meansOf(ws, t) {
		weak := -1
		for _, p := range preds {
			h, w := s.partyTarget(ws, p, other, f)
			if h >= 0 {
				t, weak = h, -1
				break
			}
			if weak < 0 {
				weak = w
			}
		}
		// A place the event happened at ("the Strait of Hormuz", "in Idlib
		// province"), or the subject of a condition, is the target only
		// where nothing else is; but a measure, a mission or a holding
		// there, no party, is aimed at the place, as PLOVER codes it
		// ("lifted a curfew in Montenegro", "will dismantle four
		// settlements in the West Bank"; not an attack's or a protest's
		// target: "struck an air base near Homs").
		if t < 0 || weak >= 0 && (s.meansOf(ws, t) || s.placeAt(weak) && !s.partyAt(ws, t) && !violentTypes[f.e.category] && f.e.category != "PROTEST") {
			t = weak // and over the forces moved: "deployed thousands of troops across Bangkok"
		}
		if st := s.struck(ws, f, t0); t >= 0 && st >= 0 && s.outcome(ws, t, s.triggerHead(ws, f)) {
			// The victims of a participle of outcome are the act's
			// result; the thing or gathering it was aimed at is its
			// target: "struck a residential building ..., killing three
			// people", "blew himself up at an election rally, killing 40".
			t = st
		}
	}
	if t >= 0 && ws[t].Rel == "obj" && (s.placeAt(t) && !s.stateAt(t) || s.weakPlace(ws, t)) {
		// A place taken from or held against a party: that party is the
		// target ("retook the town of Bakri from rebels").
		if o := s.oblWith(ws, ws[t].Head, "from", "against"); o >= 0 && s.partyAt(ws, o) && !s.placeAt(o) && (o < other[0] || o >= other[1]) {
			t = o
		}
	}
	if t >= 0 && f.e.category == "PROTEST" && (s.weakPlace(ws, t) || s.placeAt(t) && !s.stateAt(t)) {
		// What a protest is against, even a thing ("tax rises"), before
		// the place it filled: "took to the streets of Nairobi to protest
		// against tax rises".
		if o := s.protested(ws, preds, other); o >= 0 {
			t = o
		}
	}
	if t >= 0 && verbAt(ws, t) {
		// A clause is no target ("threatened to break relations with
		// Russia", misparsed): the party it is aimed at, or none.
		h, weak := s.partyTarget(ws, t, other, f)
		if h < 0 {
			h = weak
		}
		t = h
	}
	if t >= 0 && (verbal[f.e.category] || f.e.category == "PROTEST" || f.e.category == "COERCE" && !s.partyAt(ws, t)) && !s.ownParty(ws, t) {
		// Criticising, rejecting or protesting an act is aimed at whoever
		// does it: "condemned the execution of the journalist by the
		// militants", "protest against the arrest of their leader by
		// Turkish authorities"; so is stopping or banning it: "prevented
		// a march organised by Serb veterans".
		ag := s.agentWithin(ws, t)
		if v := ws[t].Head; ag < 0 && (ws[t].Rel == "obj" || strings.HasPrefix(ws[t].Rel, "obl")) && s.child(ws, v, "aux:pass") < 0 {
			if b := s.oblWith(ws, v, "by"); b > t {
				ag = b // the parser hangs it on the verb
			} else if b := s.byBelow(ws, v, t); b >= 0 {
				ag = b // or on a word it took for the verb's complement: "the storming of the mosque compound(ADJ) by police"
			}
		}
		if o := s.child(ws, s.triggerHead(ws, f), "obj"); ag < 0 && o >= 0 && o < t && !s.ownParty(ws, o) {
			// The act rejected is the object, the phrase after it only
			// its content: "dismissed a call by Macron for a truce",
			// "backed Iraq's call for an emergency Arab summit".
			ag = s.agentWithin(ws, o)
			if p := s.child(ws, o, "nmod:poss"); ag < 0 && p >= 0 && ws[p].UPOS != "PRON" && s.partyAt(ws, p) {
				ag = p
			}
		}
		if ag >= 0 && (ag < other[0] || ag >= other[1]) {
			t = ag
		}
	}
	if o := s.pronounOwner(ws, t, other); o >= 0 {
		t = o
	}
	if c := s.otherSide(ws, a); a >= 0 && c >= 0 && s.partyAt(ws, c) && (t < 0 || ws[t].Rel != "nsubj:pass") &&
		(symmetric[f.e.category] || s.reciprocal(ws, f)) &&
		(t < 0 || !s.partyAt(ws, t) || s.weakPlace(ws, t) || !s.direct(ws, t, f) || s.agreedTo(ws, t, f) ||
			symmetric[f.e.category] && (s.placeAt(t) && !s.stateAt(t) && ws[t].Rel != "obj" || s.wherePhrase(ws, t) || !s.ownParty(ws, t))) {
		// "The government and the rebels signed a peace deal": the second
		// of coordinated subjects is the other side, over a party deeper
		// in the clause ("exchanged prisoners in a swap brokered by the
		// United Arab Emirates"), what is agreed to, or an act that only
		// its phrase makes a party ("agreed on the deployment of Egyptian
		// troops").
		t = c
		end := s.span(ws, c)[0]
		if cc := s.child(ws, c, "cc"); cc >= 0 && cc < end {
			end = cc
		}
		actor[1] = min(actor[1], end)
	}
	if n := s.whatNamed(ws, t); n >= 0 && (n < other[0] || n >= other[1]) {
		t = n
	}
	by := actor
	if by[1] <= by[0] && a < 0 {
		by = phraseActor
	}
	if l := s.launcher(ws, by); l >= 0 && (l < t || t < 0 || l > s.span(ws, t)[1]) {
		// A projectile is the means: who fired it, or where it was fired
		// from, acts ("rockets fired from Lebanon hit").
		actor = s.twinSpan(ws, l)
	}
	if from, to := s.messageTo(ws, s.triggerHead(ws, f)); verbal[f.e.category] && from >= 0 && to >= 0 {
		// A message that urges, demands or warns speaks for who sent it,
		// to whom it went: "sent a message to President Bush urging
		// restraint", "sent a letter to the Iraqi president demanding".
		actor, t = s.twinSpan(ws, from), to
	}
	if h := s.outcomeHead(ws, s.triggerHead(ws, f)); f.e.outcome && h >= 0 {
		// An outcome participle ("..., killing or wounding 50") tells the
		// result of its verb's act: that act was aimed at its target
		// ("launched rocket fire against guerrilla camps"), as
		// parseArguments' struck reads the act itself.
		o := s.oblWith(ws, h, "on", "at", "against", "upon", "among")
		if b := s.child(ws, h, "obj"); o < 0 && b > h {
			o = s.oblWith(ws, b, "on", "at", "against", "upon", "among") // "unleashed a barrage against rebel positions"
		}
		if o > h && o < s.triggerHead(ws, f) && !s.isTime[o] && (o < other[0] || o >= other[1]) {
			t = o
		}
	}
	return s.widen(actor), s.widen(s.twinSpan(ws, t)), true
}

// messageTo gives, for a stance verb p that tells what a message says
// (its clause on the message, or on the verb that sends it), who sent the
// message and the party it was sent to; -1, -1 otherwise.
func (s *sentence) messageTo(ws []text.Word, p int) (from, to int) {
	h := ws[p].Head
	if h < 0 || ws[p].XPOS != "VBG" {
		return -1, -1
	}
	n, v := -1, -1
	switch ws[p].Rel {
	case "acl": // "a message to President Bush urging restraint"
		if m := ws[h].Head; !wordClasses["<message>"][ws[h].Lemma] && m >= 0 && s.caseOf(ws, h) == "to" && wordClasses["<message>"][ws[m].Lemma] {
			h = m // hung on the one it went to
		}
		if wordClasses["<message>"][ws[h].Lemma] && ws[h].Rel == "obj" {
			n, v = h, ws[h].Head
		}
	case "advcl": // "sent a letter to the Iraqi president demanding"
		if o := s.child(ws, h, "obj"); o >= 0 && o < p && wordClasses["<message>"][ws[o].Lemma] {
			n, v = o, h
		}
	}
	if n < 0 || v < 0 {
		return -1, -1
	}
	from = s.antecedent(ws, s.subjectOf(ws, v))
	to = s.oblWith(ws, n, "to")
	if to < 0 {
		to = s.oblWith(ws, v, "to")
	}
	if from < 0 || to < 0 || !s.partyAt(ws, to) {
		return -1, -1
	}
	return from, to
}

// launcher is, for a span r headed by a projectile (<projectile>:
// rockets, shells, missiles), the "by" or else the "from" phrase of the
// participle on it ("fired by rebels", "launched from Yemen"), or -1.
func (s *sentence) launcher(ws []text.Word, r [2]int) int {
	if r[1] <= r[0] || r[1] > len(ws) {
		return -1
	}
	h := spanHead(ws, r)
	if !wordClasses["<projectile>"][ws[h].Lemma] {
		return -1
	}
	for i, w := range ws {
		if w.Head == h && w.Rel == "acl" && w.XPOS == "VBN" {
			if b := s.oblWith(ws, i, "by"); b >= 0 && s.partyAt(ws, b) {
				return b
			}
			if o := s.oblWith(ws, i, "from"); o >= 0 && s.partyAt(ws, o) {
				return o
			}
		}
	}
	return -1
}

// spanHead is the word of span r whose head lies outside it (the first
// such climbing from r's first word).
func spanHead(ws []text.Word, r [2]int) int {
	h := r[0]
	for hops := 0; hops < r[1]-r[0] && ws[h].Head >= r[0] && ws[h].Head < r[1]; hops++ {
		h = ws[h].Head
	}
	return h
}

// outcomeHead is the verb whose act the participle at p tells the outcome
// of (", killing six", ", killing or wounding 50"), or -1.
func (s *sentence) outcomeHead(ws []text.Word, p int) int {
	if ws[p].Rel == "conj" && ws[p].Head >= 0 && ws[p].Head < p {
		p = ws[p].Head // the second of coordinated outcomes
	}
	h := ws[p].Head
	if h < 0 || h > p || ws[p].Rel != "advcl" || ws[p].XPOS != "VBG" || s.child(ws, p, "mark") >= 0 || s.subjectOf(ws, p) >= 0 {
		return -1
	}
	return h
}

// pronounOwner is, for a target that names no party but is owned by
// "his" or "her" ("denounced her failure to deliver food"), the person
// the pronoun stands for: the nearest person named before it outside
// the actor ("When the governor visited the camp, residents denounced
// her failure"). -1 otherwise, or when the actor is that person
// ("criticised his own ministers").
func (s *sentence) pronounOwner(ws []text.Word, t int, actor [2]int) int {
	if t < 0 || ws[t].UPOS != "NOUN" || s.partyAt(ws, t) {
		return -1
	}
	poss := s.child(ws, t, "nmod:poss")
	if poss < 0 || s.lower[poss] != "his" && s.lower[poss] != "her" {
		return -1
	}
	for k := poss - 1; k >= 0; k-- {
		if !nominal(ws[k].UPOS) || ws[k].UPOS == "PRON" || ws[k].Rel == "compound" || ws[k].Rel == "flat" ||
			ws[k].XPOS == "NNS" || ws[k].XPOS == "NNPS" { // "his" is one person
			continue
		}
		r := s.span(ws, k)
		if !s.personAt(r) && !s.personNounAt(r) {
			continue
		}
		if k >= actor[0] && k < actor[1] {
			return -1
		}
		return k
	}
	return -1
}

// whatNamed is, for a free relative "what" that names its thing in its
// own clause, that thing: "against what they called a rigged count",
// "what officials described as an attack on sovereignty", "what he said
// was a plot"; -1 otherwise.
func (s *sentence) whatNamed(ws []text.Word, t int) int {
	if t < 0 || s.lower[t] != "what" {
		return -1
	}
	for v, w := range ws {
		if w.Head != t || !strings.HasPrefix(w.Rel, "acl") {
			continue
		}
		for i, c := range ws {
			if c.Head != v || i < v {
				continue
			}
			switch {
			case c.Rel == "obj" || c.Rel == "xcomp" && nominal(c.UPOS):
				return i
			case strings.HasPrefix(c.Rel, "obl") && s.caseOf(ws, i) == "as":
				return i
			case c.Rel == "ccomp" && nominal(c.UPOS):
				return i // "what he said was a plot": the copula's noun
			}
		}
	}
	return -1
}

// reciprocal reports words that make an act one-sided in kind mutual:
// "traded accusations", "exchanged threats", "blamed each other", or an
// object that two sides make together ("signed an agreement": <pact>).
// Only then, or in a category of two sides (symmetric), are coordinated
// subjects each other's target: "Britain and France imposed an arms
// embargo on the region" is done by both. A noun's modifier is no
// exchange: "imposed trade sanctions".
func (s *sentence) reciprocal(ws []text.Word, f *found) bool {
	if o := s.child(ws, s.triggerHead(ws, f), "obj"); o >= 0 && wordClasses["<pact>"][ws[o].Lemma] {
		return true
	}
	for i, w := range s.lower {
		switch w {
		case "exchanged", "exchanging", "exchange", "traded", "trading", "trade":
			if i < len(ws) && ws[i].Rel == "compound" {
				continue
			}
			return true
		case "each", "one":
			if i+1 < len(s.lower) && s.lower[i+1] == "other" || w == "one" && i+1 < len(s.lower) && s.lower[i+1] == "another" {
				return true
			}
		}
	}
	return false
}

// outcome reports a word n inside a participle clause that follows the
// verb p and tells what its act led to, with no marker or subject of its
// own: an outcome of violence (the lexicon's flag k: "..., killing three
// people", "wounding 11"; not "..., saying the government had broken
// the law").
func (s *sentence) outcome(ws []text.Word, n, p int) bool {
	for k, hops := n, 0; k >= 0 && hops < 6; k, hops = ws[k].Head, hops+1 {
		if ws[k].Head == p {
			return ws[k].Rel == "advcl" && s.outcomeHead(ws, k) == p && outcomeVerb(ws[k].Lemma)
		}
	}
	return false
}

// outcomeVerb reports a verb the lexicon marks as an outcome of violence
// (flag k): kill, wound, injure, shoot.
func outcomeVerb(lemma string) bool {
	for _, e := range lexicon[lemma] {
		if e.outcome && len(e.words) == 1 {
			return true
		}
	}
	return false
}

// struck is what the trigger's verb was aimed at, t0 (its object, a
// thing) or else its first "at", "on", "against" or "among" phrase ("blew
// himself up at an election rally", "among worshippers at a mosque"),
// words of the trigger, times and pronouns left out; -1 for none.
func (s *sentence) struck(ws []text.Word, f *found, t0 int) int {
	p := s.triggerHead(ws, f)
	if ws[p].UPOS != "VERB" && !f.verb {
		return -1
	}
	if t0 >= 0 && ws[t0].Head == p && ws[t0].Rel == "obj" && (t0 < f.i || t0 >= f.j) && ws[t0].UPOS != "PRON" {
		return t0
	}
	for i, w := range ws {
		if w.Head == p && strings.HasPrefix(w.Rel, "obl") && (i < f.i || i >= f.j) && !s.isTime[i] && w.UPOS == "NOUN" {
			switch s.caseOf(ws, i) {
			case "at", "on", "upon", "against", "among":
				return i
			}
		}
	}
	return -1
}

// phrasePatient reports a party that the trigger's own phrase names as
// what its act is done to, or whom a host receives: the object
// ("expelled a BBC correspondent", "received the Israeli foreign
// minister"), or the "of" phrase of a noun trigger ("closure of *
// <media>": "the closure of two opposition newspapers").
func (s *sentence) phrasePatient(ws []text.Word, t int, f *found) bool {
	if !doneTo[f.e.category] && f.e.mode != "host" || ws[t].Head != s.triggerHead(ws, f) {
		return false
	}
	switch {
	case ws[t].Rel == "obj":
		return s.someone(ws, t)
	case strings.HasPrefix(ws[t].Rel, "nmod") && s.caseOf(ws, t) == "of":
		return s.someone(ws, t) || s.partyAt(ws, t)
	}
	return false
}

// agreedTo reports a target that is the "to" phrase of an agreeing
// trigger: what is agreed to (the parser's noun reading of an infinitive:
// "agreed to exchange(NOUN) hostages"), not a side.
func (s *sentence) agreedTo(ws []text.Word, t int, f *found) bool {
	return f.e.category == "AGREE" && ws[t].Head == s.triggerHead(ws, f) && s.caseOf(ws, t) == "to"
}

// appositionHead is the name that opens the sentence and that the
// subject phrase r headed by a common noun a stands in apposition to, set
// off by commas before the verb: "Al-Shabaab, the Somali affiliate of al
// Qaeda, attacked ..." (the parser may hang the name anywhere); [0,0) for
// none.
func (s *sentence) appositionHead(ws []text.Word, a int, r [2]int) [2]int {
	if a < 0 || ws[a].UPOS != "NOUN" || ws[a].Rel != "nsubj" || r[1] >= len(s.lower) || s.lower[r[1]] != "," {
		return [2]int{}
	}
	k := r[0] - 1
	if k > 0 && determiners[s.lower[k]] {
		k--
	}
	b := s.datelineEnd()
	if k-b < 1 || k-b > 6 || s.lower[k] != "," {
		return [2]int{}
	}
	for i := b; i < k; i++ {
		if !s.isProperName(i) && !s.entityAt(i) || verbAt(ws, i) || prepositions[s.lower[i]] || s.isTime[i] ||
			determiners[s.lower[i]] && i > b || ws[i].UPOS == "ADV" || ws[i].UPOS == "SCONJ" {
			return [2]int{}
		}
	}
	if s.lower[b] == "the" {
		b++
	}
	return [2]int{b, k}
}

// statalPassive reports a violent or coercive participle that the parse
// reads as an adjective after "be" ("eleven officers had been hurt", "two
// were wounded"): its subject suffered it, as a passive's does. Attitudes
// ("the party was opposed to the plan") are left as they are.
func (s *sentence) statalPassive(ws []text.Word, p int, f *found) bool {
	if ws[p].UPOS != "ADJ" || !f.verb || s.child(ws, p, "cop") < 0 || !strings.HasSuffix(s.lower[p], "ed") && s.lower[p] != "hurt" {
		return false
	}
	switch f.e.category {
	case "ASSAULT", "FIGHT", "COERCE":
		return true
	}
	return false
}

// ownForcesSpeaker is the one who reports what its own forces did, for an
// actor a that is "its" or "their" forces: "Bosnian Serbs said their
// forces had completed their withdrawal" (the Bosnian Serbs act through
// them), or whose own government or party (ownBodies) it is; -1
// otherwise.
func (s *sentence) ownForcesSpeaker(ws []text.Word, a int) int {
	if a < 0 || ws[a].Rel != "nsubj" || !s.armed(ws, a) && !ownBodies[ws[a].Lemma] && !s.ownThing(ws, a) {
		return -1
	}
	// And one's own government or party: "Greek Prime Minister Costas
	// Simitis said his government would veto Turkey's bid".
	poss := s.child(ws, a, "nmod:poss")
	if poss < 0 || s.lower[poss] != "its" && s.lower[poss] != "their" && (!ownBodies[ws[a].Lemma] || s.lower[poss] != "his" && s.lower[poss] != "her") {
		return -1
	}
	sp := s.speaker(ws, ws[a].Head)
	if sp < 0 || ws[sp].UPOS == "PRON" || !s.partyAt(ws, sp) {
		return -1
	}
	return sp
}

// ownBodies are the bodies a speaker leads or belongs to, which act for it.
var ownBodies = set(`government administration cabinet regime party country ministry movement organisation organization`)

// expelLemmas are the verbs of sending someone out of a state.
var expelLemmas = set(`expel deport banish evict eject`)

// oblBetween reports a noun phrase of the verb p between p and i
// ("gave in to demands(obl) by(i) coca growers"), which a phrase the
// parser hung on p after it may belong to.
func (s *sentence) oblBetween(ws []text.Word, p, i int) bool {
	for j := p + 1; j < i; j++ {
		if ws[j].Head == p && strings.HasPrefix(ws[j].Rel, "obl") && nominal(ws[j].UPOS) && !s.timeName(j) && !s.isTime[j] {
			return true
		}
	}
	return false
}

// ownThing reports a subject that names no party but a thing of its
// owner's, "its" or "their": the aircraft, ships or guns through which
// the owner acts ("Sri Lanka's military said its aircraft had bombed").
func (s *sentence) ownThing(ws []text.Word, a int) bool {
	return ws[a].UPOS == "NOUN" && !s.partyAt(ws, a) && !s.personNounAt(s.span(ws, a))
}

// otherSide is the second of coordinated subjects headed by a ("the
// government and the rebels"), or of the demonyms or names that modify
// it ("Chinese and Indian officials": Indian), or -1.
func (s *sentence) otherSide(ws []text.Word, a int) int {
	if a < 0 {
		return -1
	}
	// A conjunct with its "and" ("The main rebel group, Forces for
	// Defence of Democracy (FDD)" is one party, misparsed as two).
	coord := func(c int) bool {
		cc := s.child(ws, c, "cc")
		return cc >= 0 && (s.lower[cc] == "and" || s.lower[cc] == "&")
	}
	if c := s.child(ws, a, "conj"); c >= 0 && coord(c) {
		return c
	}
	if v := ws[a].Head; v >= 0 && strings.HasPrefix(ws[a].Rel, "nsubj") {
		// Coordinated subjects the parser made two subjects of the verb,
		// its "and" hung on the verb: "The United States and Ukraine
		// signed".
		// Or a demonym split off as a subject of its own: "Azerbaijani
		// and Armenian forces exchanged fire".
		for i, w := range ws {
			if w.Head != v || w.Rel != ws[a].Rel || i == a {
				continue
			}
			if i > a {
				for k := a + 1; k < i; k++ {
					if (s.lower[k] == "and" || s.lower[k] == "&") && ws[k].Rel == "cc" && (ws[k].Head == v || ws[k].Head == i) {
						return i
					}
				}
			} else if c := s.child(ws, i, "conj"); c > i && c < a && coord(c) && !s.commaBetween(i, a) && a-i < 6 {
				return c
			}
		}
	}
	for i, w := range ws {
		switch {
		case w.Head == a && i < a && (w.Rel == "amod" || w.Rel == "compound"):
			if c := s.child(ws, i, "conj"); c >= 0 && c < a && coord(c) {
				return c
			}
		case w.Head == a && i > a && w.Rel == "nmod" && (s.caseOf(ws, i) == "from" || s.caseOf(ws, i) == "of"):
			// "Officials from Greece and Turkey met"
			if c := s.child(ws, i, "conj"); c >= 0 && coord(c) {
				return c
			}
		}
	}
	return -1
}

// namesSomeone reports whether tokens r hold a word that is not a time,
// a verb or a function word: a phrase the word rules took for an actor
// ("yesterday that removing").
func (s *sentence) namesSomeone(r [2]int) bool {
	ws := s.parse()
	for i := r[0]; i < r[1] && i < len(ws); i++ {
		switch ws[i].UPOS {
		case "NOUN", "PROPN", "PRON", "NUM":
			if !s.timeName(i) && !wh[s.lower[i]] {
				return true
			}
		}
	}
	return false
}

// partyIn reports a span r whose head in the parse (a word of it that
// hangs outside it) names a party (partyAt).
func (s *sentence) partyIn(r [2]int) bool {
	ws := s.parse()
	for i := r[0]; i < r[1] && i < len(ws); i++ {
		if h := ws[i].Head; (h < r[0] || h >= r[1]) && ws[i].Rel != "punct" && ws[i].Rel != "case" {
			return s.partyAt(ws, i)
		}
	}
	return false
}

// stanceSpeaker gives a mention that the type model made a stance
// (verbal) and that has no actor the one who reports its clause, as
// parseArguments does for the lexicon's stances: "US authorities said
// that removing the sanctions is out of the question".
func (s *sentence) stanceSpeaker(f *found, m *Mention) {
	if m.Actor != nil || !verbal[m.Type] || verbal[f.e.category] || f.e.agent {
		return
	}
	ws := s.parse()
	if ws == nil || !hasTree(ws) {
		return
	}
	sp := s.speaker(ws, s.clauseOf(ws, s.triggerHead(ws, f)))
	if sp < 0 {
		return
	}
	sp = s.antecedent(ws, sp)
	if m.Actor = s.arg(s.widen(s.twinSpan(ws, sp))); m.Actor != nil {
		s.codeArg(m.Actor, m.Date)
	}
}

// nominalOnly is r, or none when the parse tags every word of it as a
// verb or a function word: no noun, name, pronoun, number, adjective
// ("Palestinian riots") or determiner ("those responsible").
func (s *sentence) nominalOnly(r [2]int) [2]int {
	ws := s.parse()
	for i := r[0]; i < r[1] && i < len(ws); i++ {
		switch ws[i].UPOS {
		case "VERB", "AUX", "CCONJ", "SCONJ", "ADP", "ADV", "PART", "PUNCT":
		case "ADJ":
			// An adjective names a party only as a people's or a
			// place's ("Israeli threats"), not "successful attacks",
			// "a tentative pact", "social unrest".
			if s.isProperName(i) || s.entityAt(i) || s.someone(ws, i) { // or a noun mistagged: "A militant(ADJ) blew himself up"
				return r
			}
		default:
			return r
		}
	}
	return [2]int{}
}

// clauseAt reports a word the parse reads as a finite or bare verb: a
// phrase that starts there is a clause (a participle may be a noun's
// modifier: "detained activists").
func (s *sentence) clauseAt(i int) bool {
	ws := s.parse()
	return i < len(ws) && ws[i].UPOS == "VERB" && (ws[i].XPOS == "VB" || ws[i].XPOS == "VBP" || ws[i].XPOS == "VBZ" || ws[i].XPOS == "VBD")
}

// clauseTarget is the party the clause headed by the verb at v is aimed
// at (partyTarget), the actor left out, else its object; [0,0) for none.
func (s *sentence) clauseTarget(f *found, v int, actor [2]int) [2]int {
	ws := s.parse()
	h, weak := s.partyTarget(ws, v, actor, f)
	if h < 0 {
		h = weak
	}
	if h < 0 {
		h = s.child(ws, v, "obj") // what it is done to: "vowed to punish those responsible"
	}
	if h < 0 {
		return [2]int{}
	}
	return s.widen(s.twinSpan(ws, h))
}

// direct reports whether word t hangs on the trigger's head itself (its
// object, its "with" phrase) rather than deeper: "agreed to a ceasefire
// in talks mediated by Kenya" is not agreed with Kenya.
func (s *sentence) direct(ws []text.Word, t int, f *found) bool {
	p, h := s.triggerHead(ws, f), ws[t].Head
	if h < 0 {
		return false
	}
	// On the trigger, on the verb that governs a noun trigger ("held
	// talks with Romania's leaders"), or on a noun of either.
	return h == p || h == ws[p].Head || h == f.light || ws[h].Head == p && ws[h].UPOS != "VERB"
}

// ownParty reports whether word n itself names a party (a name, an entity,
// a force or kind of people), not only through a phrase it heads ("the
// execution of the journalist").
func (s *sentence) ownParty(ws []text.Word, n int) bool {
	if s.entityAt(n) || ws[n].UPOS == "PROPN" || acronym(s.toks[n].Text) {
		return true
	}
	d := loadActors()
	if _, ok := d.agents[ws[n].Lemma]; ok {
		return true
	}
	_, ok := d.agents[s.lower[n]]
	return ok || d.parties[ws[n].Lemma] || d.parties[s.lower[n]]
}

// doneTo are the categories of acts done to someone, whose object the
// lexicon's phrase may name: expelling, arresting, attacking.
var doneTo = map[string]bool{"COERCE": true, "ASSAULT": true, "SANCTION": true, "FIGHT": true}

// someone reports a word that names people: a person or an organisation
// by the entities, or a kind of people by the actor dictionaries
// ("correspondent", "activists"); not a place or a thing.
func (s *sentence) someone(ws []text.Word, n int) bool {
	if e := s.entityOf(n); e != nil {
		return e.Type == annalist.Person || e.Type == annalist.Organization
	}
	d := loadActors()
	_, ag := d.agents[s.lower[n]]
	_, agl := d.agents[ws[n].Lemma]
	return ag || agl || d.parties[ws[n].Lemma] || d.parties[s.lower[n]]
}

// agentWithin is the agent named inside the noun phrase headed by n, at
// most three steps down its nominal modifiers: the "by" phrase of an act
// ("an air strike by coalition jets", "the bombing of a market in Baquba
// by insurgents", where the parser hangs "by" on any noun of the phrase),
// or -1.
func (s *sentence) agentWithin(ws []text.Word, n int) int {
	for i, w := range ws {
		if w.Head == n && w.Rel == "acl:relcl" {
			// The one who acts in the clause that tells the act: "the
			// raid, in which police detained dozens".
			if sub := s.subjectOf(ws, i); sub >= 0 && !wh[s.lower[sub]] && ws[sub].UPOS != "PRON" && s.partyAt(ws, sub) {
				return sub
			}
		}
	}
	for i, w := range ws {
		if w.Head == n && (w.Rel == "acl" || w.Rel == "amod") && i > n && strings.HasSuffix(s.lower[i], "ed") {
			// The agent of a participle that tells who does the act: "a
			// march organised(amod) by Serb veterans".
			if b := s.oblWith(ws, i, "by"); b >= 0 && !s.isTime[b] && s.partyAt(ws, b) {
				return b
			}
		}
	}
	level := []int{n}
	for depth := 0; depth < 3 && len(level) > 0; depth++ {
		var next []int
		for i, w := range ws {
			if w.Head < 0 || !nominal(w.UPOS) || !strings.HasPrefix(w.Rel, "nmod") {
				continue
			}
			for _, h := range level {
				if w.Head != h {
					continue
				}
				if s.caseOf(ws, i) == "by" && !s.isTime[i] {
					return i
				}

				next = append(next, i)
			}
		}
		level = next
	}
	return -1
}

// widen extends a phrase over the name it cuts ("the ruling Union | for
// Progress"), which the parse often splits. (Widening a description over
// the name set off by commas after it, "a member of parliament, Mohammed
// Mamoun", lost the PLOVER gold's phrase on the odd half: left out.)
func (s *sentence) widen(r [2]int) [2]int {
	if r[0] >= r[1] {
		return r
	}
	for _, mn := range s.x.mentions[s.index] {
		if mn.start < s.toks[r[1]-1].End && s.toks[r[0]].Start < mn.end {
			if k := s.tokenAt(mn.start); k >= 0 && k < r[0] {
				r[0] = k
			}
			if k := s.tokenAt(mn.end - 1); k >= r[1] {
				r[1] = k + 1
			}
		}
	}
	for r[0] < r[1]-1 && leadingDrop[s.lower[r[0]]] {
		r[0]++
	}
	return r
}

// symmetric are the categories whose coordinated subjects act on each
// other: they agree, meet, cooperate or fight.
var symmetric = map[string]bool{"AGREE": true, "CONSULT": true, "COOPERATE": true, "FIGHT": true}

// titleOf reports a capitalised title at n before the name of a person
// at i that it is not part of: "U.S. Secretary of State | Madeleine
// Albright".
func (s *sentence) titleOf(n, i int) bool {
	e := s.entityOf(i)
	return e != nil && e.Type == annalist.Person && s.entityOf(n) != e
}

// twinSpan is the span of h joined with those of the words right before
// or after it that the parser gave the same head and relation: one noun
// phrase it split in two ("French National Assembly president | Laurent
// Fabius", "the regional capital | Juba").
func (s *sentence) twinSpan(ws []text.Word, h int) [2]int {
	r := s.span(ws, h)
	if h < 0 {
		return r
	}
	for i, w := range ws {
		if i == h || w.Head != ws[h].Head || w.Rel != ws[h].Rel {
			continue
		}
		t := s.span(ws, i)
		if t[1] == r[0] || t[1]+1 == r[0] && leadingDrop[s.lower[t[1]]] {
			r[0] = t[0]
		}
		if t[0] == r[1] || t[0] == r[1]+1 && leadingDrop[s.lower[r[1]]] {
			r[1] = t[1]
		}
	}
	return r
}

// parseHeads returns the heads of the actor and target of the trigger at
// f (-1 for none) and the predicates whose dependents may hold a target
// that names a party.
func (s *sentence) parseHeads(ws []text.Word, f *found) (a, t int, preds []int) {
	p := s.triggerHead(ws, f)
	if f.light >= 0 && f.light < len(ws) && ws[f.i].Head == f.light {
		// The noun is the light verb's object: its subject acts.
		a = s.subjectOf(ws, f.light)
		if a < 0 {
			a = s.lostSubject(ws, f.light)
		}
		if a < 0 {
			a = s.siblingSubject(ws, f.light)
		}
		if a < 0 {
			a = s.subordinateNoun(ws, f.light) // "fled after Serbian police launched an offensive"
		}
		if a < 0 && (ws[f.light].Rel == "xcomp" || ws[f.light].Rel == "conj") {
			a = s.inheritedSubject(ws, f.light) // "is due to hold talks with"
		}
		a = s.antecedent(ws, a)
		if a < 0 {
			a = s.agentOf(ws, f.light)
		}
		return a, s.nounTarget(ws, p), []int{p, f.light}
	}
	if ws[p].UPOS == "AUX" && ws[p].Rel == "aux" && ws[p].Head >= 0 {
		// A modal trigger ("X said Y must withdraw"): the one who says it
		// demands, the one who must is asked.
		v := ws[p].Head
		if sp := s.speaker(ws, v); sp >= 0 {
			return sp, s.subjectOf(ws, v), nil
		}
	}
	if n := s.describedNoun(ws, p); n >= 0 {
		return s.agentOf(ws, p), n, []int{p}
	}
	if ws[p].UPOS == "VERB" || f.verb || p == f.ceased {
		subj := s.subjectOf(ws, p)
		obj := s.child(ws, p, "obj")
		pass := s.child(ws, p, "nsubj:pass")
		if h := ws[p].Head; pass < 0 && subj < 0 && obj < 0 && ws[p].Rel == "conj" && ws[p].XPOS == "VBN" && h >= 0 && s.child(ws, h, "aux:pass") >= 0 {
			// A participle coordinated with a passive shares its subject:
			// "villagers were driven from their homes and beaten by troops".
			pass = s.child(ws, h, "nsubj:pass")
		}
		if pass < 0 && subj >= 0 && s.statalPassive(ws, p, f) {
			pass, subj = subj, -1 // "eleven officers had been hurt": they were hurt
		}
		if undergo[ws[p].Lemma] && subj >= 0 && obj < 0 && pass < 0 {
			// Who died underwent it; the attack that killed them, or the
			// one who acts in its "when" clause, names who did it: "four
			// soldiers died in a Pakistani artillery barrage".
			obj, subj = subj, s.causeAgent(ws, p)
			return subj, obj, []int{p}
		}
		if pass >= 0 && engagedIn[ws[p].Lemma] {
			subj = pass // "Serb forces were engaged in ethnic cleansing against ..."
		} else if pass >= 0 {
			obj = pass
			subj = s.agentOf(ws, p)
			if h := ws[p].Head; subj < 0 && ws[p].Rel == "conj" && h >= 0 {
				subj = s.agentOf(ws, h) // "were arrested by police and beaten"
			}
			for c := range ws {
				if subj >= 0 {
					break
				}
				if ws[c].Head == p && ws[c].Rel == "conj" && c > p {
					// The agent of the last of coordinated participles is
					// all of theirs: "were harassed, beaten and killed by
					// the militia".
					subj = s.agentOf(ws, c)
				}
			}
			if subj < 0 {
				subj = s.agentBelow(ws, p)
			}
		}
		if subj < 0 && pass < 0 {
			subj = s.subordinateNoun(ws, p)
		}
		if subj < 0 || wh[s.lower[subj]] && strings.HasPrefix(ws[p].Rel, "acl") {
			subj = s.inheritedSubject(ws, p)
		}
		subj = s.antecedent(ws, subj)
		if lost := s.lostSubject(ws, p); lost >= 0 {
			subj = lost
		}
		if subj < 0 {
			// The verb after a relative clause the parser flattened into
			// a clause of its own: "A gang that had terrorised the
			// district kidnapped 14 villagers, a chief said".
			subj = s.siblingSubject(ws, p)
		}
		if subj >= 0 && ws[subj].UPOS == "NOUN" && !s.ownParty(ws, subj) {
			// An act as subject: its agent acts ("an air strike by
			// coalition jets killed 14").
			if ag := s.agentWithin(ws, subj); ag >= 0 {
				subj = ag
			}
		}
		if obj < 0 && subj < 0 && ws[p].Rel == "acl" && ws[p].Head >= 0 && ws[p].XPOS == "VBN" {
			obj = ws[p].Head // "protesters killed by police"
			if ag := s.agentOf(ws, p); ag >= 0 {
				subj = ag
			}
		}
		if o := s.oblWith(ws, p, "as"); obj < 0 && o > p && s.shiftedObject(ws, o) {
			obj = o // "rejected as groundless U.S. accusations that ..."
		} else if obj < 0 && o > p {
			obj = s.afterBareAs(ws, p, o) // `dismissed as "baseless" a report by ...`
		}
		if obj < 0 {
			obj = s.oblWith(ws, p, "on", "against", "at", "upon")
		} else if ws[obj].Rel == "obj" && !s.partyAt(ws, obj) {
			// A thing thrown, fired or laid on someone is the means; the
			// phrase it is aimed at holds the target: "fired mortar rounds
			// at the presidential palace", "imposed a curfew on Gaza"; a
			// phrase that names neither a party nor a place only for
			// violence (not "suspended payments on its debt", "will
			// discuss the rules at a meeting").
			preps, own := []string{"on", "against", "at", "upon"}, obj >= f.i && obj < f.j
			if own {
				// The object is a word of the trigger, which names the act
				// ("set fire", "laid siege"): what it is done to follows
				// with "to" as well, a thing too ("set fire to a polling
				// station in the town of Kailahun").
				preps = append(preps, "to")
			}
			if o := s.oblWith(ws, p, preps...); o > obj && (own || s.partyAt(ws, o) || s.placeAt(o) || f.e != nil && (f.e.category == "ASSAULT" || f.e.category == "FIGHT")) {
				obj = o
			}
		}
		if ba, bt := s.between(ws, p); subj < 0 && ba >= 0 && bt >= 0 {
			subj, obj = ba, bt // "fighting between troops and rebels killed 30"
		}
		preds = []int{p}
		if h := ws[p].Head; h >= 0 && ws[p].Rel == "advcl" && s.nonFinite(ws, p) && s.subjectOf(ws, p) < 0 {
			// A purpose clause done to no one of its own is aimed at whom
			// the verb it serves names: "received Blinken to discuss the
			// war".
			if m := s.child(ws, p, "mark"); m >= 0 && s.lower[m] == "to" {
				preds = append(preds, h)
			}
		}
		return subj, obj, preds
	}
	// A noun: the killing of three protesters by police.
	a, t = s.oblWith(ws, p, "by"), -1
	if ba, bt := s.between(ws, p); a < 0 && ba >= 0 && bt >= 0 {
		a, t = ba, bt
	}
	if a < 0 {
		if poss := s.child(ws, p, "nmod:poss"); poss >= 0 {
			switch {
			case patientNoun[f.e.category] && (s.personAt(s.span(ws, poss)) || s.personNounAt(s.span(ws, poss)) && s.nounTarget(ws, p) < 0):
				t = poss
			case ws[poss].UPOS != "PRON" && !s.timeName(poss): // "Saturday's march" is when
				a = poss
				// "their demand": the clause that holds it names them, below.
			}
		}
	}
	if a < 0 {
		a = s.agentCompound(ws, p, f)
	}
	if nt := s.nounTarget(ws, p); a < 0 && t < 0 && nt >= 0 && s.caseOf(ws, nt) == "of" {
		// "the arrest of dozens of students by plainclothes police": the
		// parser often hangs the agent on the patient; it outranks the
		// subject of the verb that governs the noun.
		a = s.agentWithin(ws, nt)
	}
	q := s.phraseHead(ws, p)
	gov := ws[q].Head
	if s.undergone(ws, q) {
		// Who faces or suffers an act undergoes it; its "from" or "by"
		// phrase, or the clause beside it, names who does it: "the
		// prime minister faced protests as thousands demanded".
		if t < 0 {
			t = s.antecedent(ws, s.subjectOf(ws, gov))
		}
		if a < 0 {
			a = s.undergoer(ws, q)
		}
		gov = -1
	}
	if gov >= 0 && ws[q].Rel != "compound" && (s.partOf(ws, q) || s.cameFor(ws, q, f)) {
		if a < 0 && !s.judgedAct(ws, q, gov) {
			// The subject of the verb that governs the noun: "launched a
			// mediation effort", "troops remained on alert".
			a = s.subjectOf(ws, gov)
			if a < 0 {
				a = s.lostSubject(ws, gov)
			}
			if a < 0 {
				a = s.siblingSubject(ws, gov)
			}
			if a < 0 {
				a = s.subordinateNoun(ws, gov)
			}
			if a < 0 && (ws[gov].Rel == "xcomp" || ws[gov].Rel == "conj") {
				// Whom the verb's control or coordination shares its
				// subject with: "Hu Jintao is due to hold talks with Putin".
				a = s.inheritedSubject(ws, gov)
			}
			a = s.antecedent(ws, a)
		}
		switch {
		case a < 0 && engagedIn[ws[gov].Lemma]:
			// Those "engaged in", "involved in" or "locked in" it take
			// part: "Serb forces were engaged in ethnic cleansing".
			a = s.child(ws, gov, "nsubj:pass")
		case t < 0 && strings.HasPrefix(ws[q].Rel, "obl"):
			// Those the governing verb's passive names: "three civilians
			// were killed in a bombing".
			t = s.child(ws, gov, "nsubj:pass")
		}
	}
	if nt := s.nounTarget(ws, p); a < 0 && t < 0 && nt >= 0 && s.caseOf(ws, nt) == "of" && (intransitive[f.e.category] || f.e.category == "MOBILIZE" && s.armed(ws, nt)) && s.partyAt(ws, nt) {
		// Where no one above it acts, the "of" phrase of an act done by
		// its doer alone is the doer: "the resignation of the cabinet",
		// "the withdrawal of Soviet troops", and the forces of a
		// buildup: "the buildup of U.S. forces in the region" (but
		// "Moscow ordered the withdrawal of its troops": Moscow).
		a = nt
	}
	if t < 0 {
		t = s.nounTarget(ws, p)
	}
	// Then the words above the noun up to its clause's verb: "troops
	// remained on alert in the West Bank".
	preds = []int{p}
	for k, hops := p, 0; hops < 3 && ws[k].Head >= 0; hops++ {
		k = ws[k].Head
		preds = append(preds, k)
		if ws[k].UPOS == "VERB" {
			break
		}
	}
	return a, t, preds
}

// phraseHead is the head of the noun phrase p modifies as a compound:
// "killed in a bomb blast" (trigger "bomb": blast); p itself otherwise.
func (s *sentence) phraseHead(ws []text.Word, p int) int {
	q := p
	for ws[q].Rel == "compound" && ws[q].Head > q && ws[ws[q].Head].UPOS == "NOUN" && !s.partyAt(ws, ws[q].Head) && !s.placeAt(ws[q].Head) {
		q = ws[q].Head
	}
	return q
}

// triggerHead is the word of the parse that heads the trigger: the verb
// that stops it ("suspended aid deliveries"), else the first word of the
// trigger whose head lies outside it ("a suicide car bombing": bombing;
// "strengthened its forces": strengthened).
func (s *sentence) triggerHead(ws []text.Word, f *found) int {
	if f.ceased >= 0 {
		return f.ceased
	}
	for k := f.i; k < f.j && k < len(ws); k++ {
		if h := ws[k].Head; h < f.i || h >= f.j {
			return k
		}
	}
	return f.i
}

// agentCompound is the compound modifier of a noun trigger that can be
// its agent ("police crackdown"): the nearest noun before it, outside the
// trigger, that names a party (not "air strikes", "tear gas", "the January
// 2022 crackdown") and, for violence, is no place below a state ("the
// Madrid bombings": where it happened, as against "U.S. air strikes"; a
// host city still stands for its host in "the Paris meeting"), or -1.
func (s *sentence) agentCompound(ws []text.Word, h int, f *found) int {
	for i := h - 1; i >= 0; i-- {
		w := ws[i]
		if w.Head != h || w.Rel != "compound" || i >= f.i && i < f.j {
			continue
		}
		if w.UPOS == "NUM" || words.Months[s.lower[i]] > 0 || words.MonthAbbreviations[s.lower[i]] > 0 || !s.partyAt(ws, i) {
			continue
		}
		if violentTypes[f.e.category] && s.placeAt(i) && !s.stateAt(i) {
			continue // a town names where: "the Nairobi bombing", "three Atlanta attacks"
		}
		return i
	}
	return -1
}

// byBelow is a "by" phrase after word t that hangs on a non-verbal
// dependent of verb v (an adjective or noun the parser took for its
// complement), or -1.
func (s *sentence) byBelow(ws []text.Word, v, t int) int {
	for i := t + 1; i < len(ws); i++ {
		h := ws[i].Head
		if !nominal(ws[i].UPOS) || s.caseOf(ws, i) != "by" || h < 0 || h == v || ws[h].Head != v || ws[h].UPOS == "VERB" || ws[h].UPOS == "AUX" {
			continue
		}
		if ws[h].Rel == "xcomp" || strings.HasPrefix(ws[h].Rel, "obl") {
			return i
		}
	}
	return -1
}

// shiftedObject reports an object that follows the verb's "as" and the
// adjective it is called, which the parser reads as the "as" phrase:
// "rejected as groundless U.S. accusations", "denounced as illegal the
// decision to".
func (s *sentence) shiftedObject(ws []text.Word, o int) bool {
	c := -1
	for i, w := range ws {
		if w.Head == o && w.Rel == "case" && s.lower[i] == "as" {
			c = i
		}
	}
	return c >= 0 && c+1 < o && ws[c+1].UPOS == "ADJ" && ws[c+1].Head == o
}

// afterBareAs is the object shifted after the one-word "as" phrase o of
// the verb p that the parser read as a noun: the unmarked noun phrase
// right after it, hung on p (`dismissed as "baseless" a report by Human
// Rights Watch`); -1 otherwise.
func (s *sentence) afterBareAs(ws []text.Word, p, o int) int {
	k := o + 1
	for k < len(ws) && ws[k].UPOS == "PUNCT" && s.lower[k] != "," {
		k++
	}
	if k >= len(ws) || ws[k].UPOS != "DET" && ws[k].UPOS != "ADJ" && ws[k].UPOS != "PROPN" && ws[k].UPOS != "NOUN" && ws[k].UPOS != "NUM" {
		return -1
	}
	for n := k; n < len(ws) && n < k+4; n++ {
		if !nominal(ws[n].UPOS) || s.child(ws, n, "case") >= 0 {
			continue
		}
		if ws[n].Head == p && (ws[n].Rel == "obl:unmarked" || ws[n].Rel == "obj" || ws[n].Rel == "dep") || ws[n].Head == o && ws[n].Rel == "appos" {
			return n
		}
	}
	return -1
}

// undergo are the verbs whose subject suffers what they tell.
var undergo = set(`die perish succumb`)

// causeAgent is the party that caused what verb v tells its subject
// underwent: the agent of the act in its "in", "from" or "during" phrase
// (its "by" phrase, possessor, name or people's adjective: "in an Israeli
// air strike", "in a strike by coalition jets"), else the subject of its
// "when" or "after" clause ("died when troops fired on the crowd"); -1
// for none.
func (s *sentence) causeAgent(ws []text.Word, v int) int {
	for i, w := range ws {
		if w.Head != v {
			continue
		}
		switch {
		case strings.HasPrefix(w.Rel, "obl") && (s.caseOf(ws, i) == "in" || s.caseOf(ws, i) == "from" || s.caseOf(ws, i) == "during"):
			if ag := s.agentWithin(ws, i); ag >= 0 {
				return ag
			}
			for k, c := range ws {
				if c.Head != i || k > i {
					continue
				}
				switch {
				case c.Rel == "nmod:poss" && c.UPOS != "PRON" && !s.timeName(k),
					c.Rel == "amod" && s.stateAt(k),
					c.Rel == "compound" && s.partyAt(ws, k) && !s.timeName(k):
					return k
				}
			}
		case w.Rel == "advcl":
			m := s.markOf(ws, i)
			if a := s.child(ws, i, "advmod"); m == "" && a >= 0 && a < i {
				m = s.lower[a] // the parser takes "when" for an adverb
			}
			if sub := s.subjectOf(ws, i); (m == "when" || m == "after" || m == "as") && sub >= 0 && s.partyAt(ws, sub) {
				return sub
			}
		}
	}
	return -1
}

// intransitive are the categories whose acts need no one acted on:
// withdrawing, resigning, striking, demonstrating.
var intransitive = map[string]bool{"RETREAT": true, "PROTEST": true}

// engagedIn are the passives whose subject takes part in the noun of their
// "in" phrase.
var engagedIn = set(`engage involve embroil lock entangle mire`)

// between returns the two sides of a "between" phrase of h ("fighting
// between government troops and rebels", "clashes between police and
// protesters"): the first as actor, the one coordinated with it as target;
// -1 for none.
func (s *sentence) between(ws []text.Word, h int) (a, t int) {
	a = s.oblWith(ws, h, "between")
	if a < 0 {
		return -1, -1
	}
	return a, s.child(ws, a, "conj")
}

// hasTree reports whether the parse carries heads (a tagger alone leaves
// every word a root).
func hasTree(ws []text.Word) bool {
	roots := 0
	for _, w := range ws {
		if w.Head < 0 {
			roots++
		}
	}
	return roots == 1
}

// child returns the first dependent of h with relation rel (or a subtype
// of it: "nsubj" does not match "nsubj:pass"), or -1.
func (s *sentence) child(ws []text.Word, h int, rel string) int {
	for i, w := range ws {
		if w.Head == h && w.Rel == rel {
			return i
		}
	}
	return -1
}

// agentOf returns the obl:agent of h ("by police"), or an obl introduced
// by "by".
func (s *sentence) agentOf(ws []text.Word, h int) int {
	if a := s.child(ws, h, "obl:agent"); a >= 0 && !s.unmarkedAgent(ws, a) {
		return a
	}
	return s.oblWith(ws, h, "by")
}

// unmarkedAgent reports an agent phrase with no "by": the object of a
// verb the parser read as a participle on its subject ("Venezuela's top
// court barred(VBN) opposition candidate Henrique Capriles from running").
func (s *sentence) unmarkedAgent(ws []text.Word, a int) bool {
	if ws[a].Rel != "obl:agent" || s.caseOf(ws, a) == "by" {
		return false
	}
	st := s.span(ws, a)[0]
	return st == 0 || s.lower[st-1] != "by"
}

// agentBelow is the "by" phrase of a passive that the parser hung one
// step down, on a clause or a phrase of its own: "were barred from
// entering the United States by the State Department", "were returned
// to the border by soldiers"; a party, or -1.
func (s *sentence) agentBelow(ws []text.Word, p int) int {
	for i, w := range ws {
		if w.Head != p || i < p {
			continue
		}
		b := -1
		switch {
		case (w.Rel == "advcl" || w.Rel == "xcomp") && w.XPOS == "VBG" && s.subjectOf(ws, i) < 0:
			b = s.oblWith(ws, i, "by")
		case strings.HasPrefix(w.Rel, "obl") && nominal(w.UPOS):
			b = s.oblWith(ws, i, "by")
		}
		if b >= 0 && s.caseOf(ws, b) == "by" && s.partyAt(ws, b) && !s.placeAt(b) {
			return b
		}
	}
	return -1
}

// oblWith returns the obl or nmod dependent of h whose case marker is one
// of preps, or -1.
func (s *sentence) oblWith(ws []text.Word, h int, preps ...string) int {
	for i, w := range ws {
		if w.Head != h || !strings.HasPrefix(w.Rel, "obl") && !strings.HasPrefix(w.Rel, "nmod") || s.timeName(i) {
			continue // not a time: "refused on Sunday to halt"
		}
		for j, c := range ws {
			if c.Head == i && c.Rel == "case" {
				for _, p := range preps {
					if s.lower[j] == p {
						return i
					}
				}
			}
		}
	}
	return -1
}

// nounTarget is the "of", "on" or "against" dependent of a noun trigger.
func (s *sentence) nounTarget(ws []text.Word, h int) int {
	return s.oblWith(ws, h, "of", "on", "against", "upon")
}

// inheritedSubject follows coordination, control and relative clauses up
// to the subject a verb shares: "police moved to disperse the crowd".
func (s *sentence) inheritedSubject(ws []text.Word, p int) int {
	for hops := 0; hops < 4 && p >= 0; hops++ {
		w := ws[p]
		switch w.Rel {
		case "conj", "xcomp", "advcl":
			// An adverbial clause without a subject of its own shares the
			// main clause's: "forces fired on the camps, killing 50",
			// "thousands converged on the capital to protest".
			// A finite one without a subordinator is a main verb the parser
			// hung on a participle it took for the root: "Some 500,000
			// workers affiliated with the union stopped work".
			h := w.Head
			if h < 0 || w.Rel == "advcl" && !s.nonFinite(ws, p) && (s.child(ws, p, "mark") >= 0 || ws[h].XPOS != "VBN") {
				return -1
			}
			if sub := s.subjectOf(ws, h); sub >= 0 {
				return sub
			}
			p = h
		case "acl":
			// An infinitive on the object of a verb is done by that verb's
			// subject: "the ministry launched a campaign to vaccinate
			// children", "police began an operation to arrest the gang".
			h := w.Head
			if m := s.child(ws, p, "mark"); h >= 0 && m >= 0 && s.lower[m] == "to" {
				// Whose decision, plan or bid it is does it: "Moscow's
				// decision to expel 20 diplomats".
				if poss := s.child(ws, h, "nmod:poss"); poss >= 0 && ws[poss].UPOS != "PRON" && !s.timeName(poss) {
					return poss
				}
			}
			if m := s.child(ws, p, "mark"); h < 0 || m < 0 || s.lower[m] != "to" || ws[h].Rel != "obj" || ws[h].Head < 0 {
				return -1
			}
			if sub := s.subjectOf(ws, ws[h].Head); sub >= 0 {
				return sub
			}
			p = ws[h].Head
		case "acl:relcl":
			// The relative pronoun subject stands for the modified noun.
			sub := s.child(ws, p, "nsubj")
			if sub < 0 || wh[s.lower[sub]] {
				return w.Head
			}
			return sub
		default:
			return -1
		}
	}
	return -1
}

var wh = set(`who which that whom`)

// subordinateNoun is the subject of a finite verb that the parser read,
// with the conjunction before it, as a prepositional phrase ending right
// before the verb: "fled the village after suspected rebels killed six
// farmers" ("after" the case of "rebels"). -1 otherwise.
func (s *sentence) subordinateNoun(ws []text.Word, p int) int {
	if p == 0 || ws[p].XPOS != "VBD" && ws[p].XPOS != "VBZ" && ws[p].XPOS != "VBP" {
		return -1
	}
	n := p - 1
	if !nominal(ws[n].UPOS) || ws[n].UPOS == "PRON" || s.isTime[n] || s.span(ws, n)[1] != p {
		return -1
	}
	for i, w := range ws {
		if w.Head == n && w.Rel == "case" && clauseOpeners[s.lower[i]] {
			return n
		}
	}
	return -1
}

var clauseOpeners = set(`after before since until as`)

// appositionNext reports whether the phrase headed by i starts at token
// hi, or right after a comma at hi.
func (s *sentence) appositionNext(ws []text.Word, hi, i int) bool {
	start := s.span(ws, i)[0]
	return start == hi || start == hi+1 && s.lower[hi] == ","
}

// commaBetween reports a comma between tokens a and b.
func (s *sentence) commaBetween(a, b int) bool {
	for k := min(a, b) + 1; k < max(a, b); k++ {
		if s.lower[k] == "," {
			return true
		}
	}
	return false
}

// span is the noun phrase headed by h: h with its determiners, modifiers,
// compounds, numbers, names and possessors (not its clauses), and without
// a leading determiner; [0,0) when h < 0.
func (s *sentence) span(ws []text.Word, h int) [2]int {
	if h < 0 {
		return [2]int{}
	}
	lo, hi := h, h+1
	var grow func(n int)
	grow = func(n int) {
		for i, w := range ws {
			if w.Head != n {
				continue
			}
			if s.isTime[i] || w.Rel == "nmod:unmarked" || w.Rel == "nmod:tmod" || w.Rel == "nmod:npmod" {
				continue
			}
			switch strings.SplitN(w.Rel, ":", 2)[0] {
			case "det", "amod", "compound", "nummod", "flat", "fixed":
				lo, hi = min(lo, i), max(hi, i+1)
				grow(i)
			case "nmod":
				// Not a phrase set off by a comma ("Funaro, on the third
				// leg of a trip"), nor an agent ("protesters by police").
				if !s.commaBetween(n, i) && s.caseOf(ws, i) != "by" {
					lo, hi = min(lo, i), max(hi, i+1)
					grow(i)
				}
			case "appos":
				// A name right after a title is the same phrase the parser
				// split ("Chinese leader Xi Jinping"), or the name of the
				// one the title describes ("Kosovo's prime minister, Albin
				// Kurti"; not a description after a name: "Pakistan, a key
				// ally").
				if i > n && w.UPOS == "PROPN" && (ws[n].UPOS == "NOUN" || s.titleOf(n, i)) && s.appositionNext(ws, hi, i) {
					lo, hi = min(lo, i), max(hi, i+1)
					grow(i)
				}
			case "conj", "cc":
				if i > n {
					lo, hi = min(lo, i), max(hi, i+1)
					grow(i)
				}
			case "acl", "obl":
				// Whom people belong to names them as CAMEO codes them:
				// "workers affiliated with the Serbian Workers' Union",
				// "fighters loyal to the warlord".
				if i > n && !s.commaBetween(n, i) && (w.Rel == "acl" && affiliation[w.Lemma] && w.XPOS == "VBN" ||
					w.Rel == "obl" && affiliation[ws[n].Lemma] && ws[n].Rel == "amod") {
					lo, hi = min(lo, i), max(hi, i+1)
					grow(i)
				}
			}
		}
	}
	grow(h)
	for lo < hi && leadingDrop[s.lower[lo]] {
		lo++
	}
	return [2]int{lo, hi}
}

// affiliation are the participles and adjectives that tie people to the
// party they act for.
var affiliation = set(`affiliate affiliated link linked ally allied loyal belong belonging attach attached
	tie tied associate associated`)

// partyTarget is the head of the first noun phrase among the predicate's
// dependents that names a party (partyAt), nearest first: PLOVER and CAMEO
// code who an act is aimed at, not the thing it moves ("threatened further
// action against Russia": Russia; "lifted a curfew in Montenegro":
// Montenegro). The search goes from the predicate's object and passive
// subject to its prepositional phrases, then into its complement clauses
// ("threatened to break relations with Russia") and the phrases that
// modify the nouns it met ("demanded a truce with Moslem forces"), at
// most maxDepth steps deep ("delivered $50,000 worth of goods to the medical
// school"). actor is left out; -1 when no party is found. weak is the
// first party that is only a place, a means or a condition (weakPlace,
// meansOf, conditionalSubject), for where no other is found.
func (s *sentence) partyTarget(ws []text.Word, p int, actor [2]int, f *found) (h, weak int) {
	weak = -1
	type step struct{ n, depth int }
	var queue []step
	push := func(hs []int, depth int) {
		for _, h := range hs {
			queue = append(queue, step{h, depth})
		}
	}
	push(s.targetCandidates(ws, p), 1)
	for len(queue) > 0 {
		st := queue[0]
		queue = queue[1:]
		n := st.n
		if n >= actor[0] && n < actor[1] {
			continue
		}
		isVerb := verbAt(ws, n)
		// Words of the trigger and times are looked through, not taken:
		// "received a mission of observers from the OSCE".
		through := n >= f.i && n < f.j && !s.inGap(ws, f, n) || s.timeName(n)
		if !isVerb && !through && s.partyAt(ws, n) {
			// A place that a word of a protest names is where it
			// happened: "took to the streets of Gaza" (but "seized
			// control of the town of Koidu" takes it).
			h, c := ws[n].Head, s.caseOf(ws, n)
			triggerPlace := f.e != nil && f.e.category == "PROTEST" && h >= f.i && h < f.j && h != s.triggerHead(ws, f) &&
				(c == "of" || placedCase[c]) && s.placeAt(n)
			if !triggerPlace && !s.weakPlace(ws, n) && !s.conditionalSubject(ws, n) && !s.meansOf(ws, n) && !s.triggerConjunct(ws, n, f) {
				return n, -1
			}
			if weak < 0 || s.conditionalSubject(ws, weak) && !s.conditionalSubject(ws, n) {
				weak = n
			}
		}
		if st.depth >= maxDepth {
			continue
		}
		if isVerb || ws[n].UPOS == "VERB" {
			// A mistagged noun ("evacuated the wounded(VBN) from the
			// town") keeps the phrases the parser hung on it as a verb.
			push(s.targetCandidates(ws, n), st.depth+1)
		}
		if !isVerb {
			push(s.nounCandidates(ws, n), st.depth+1)
		}
	}
	return -1, weak
}

// inGap reports a word of the trigger's span that a gap ("*") of its
// phrase matched rather than a word of it: a party there is no part of
// the trigger ("deposited $3 billion in Pakistan's central bank").
func (s *sentence) inGap(ws []text.Word, f *found, n int) bool {
	if f.e == nil || !slices.Contains(f.e.words, "*") {
		return false
	}
	if s.phraseWord(ws, f, n) {
		return false
	}
	for k := f.i; k < f.j && k < len(ws); k++ {
		if k != n && ws[k].Head == n && s.phraseWord(ws, f, k) {
			return false // the head of a word of the phrase: "received a mission of observers"
		}
	}
	return true
}

// phraseWord reports a word of the trigger that a word of its phrase
// matched, or one of its class ("send * <forces>": "troops").
func (s *sentence) phraseWord(ws []text.Word, f *found, n int) bool {
	sing := strings.TrimSuffix(s.lower[n], "s")
	for _, w := range f.e.words {
		if w == s.lower[n] || w == ws[n].Lemma || w == sing || wordClasses[w][s.lower[n]] || wordClasses[w][ws[n].Lemma] || wordClasses[w][sing] {
			return true
		}
	}
	return false
}

// targetCandidates are the dependents of a verb that may hold its target,
// in the order they are tried: object and passive subject, then phrases
// with a preposition of direction or company, then of place, then
// complement clauses.
func (s *sentence) targetCandidates(ws []text.Word, p int) []int {
	var core, aimed, placed, clauses, conds, means []int
	for i, w := range ws {
		if w.Head != p {
			continue
		}
		switch w.Rel {
		case "obj", "iobj", "nsubj:pass", "obl:agent":
			if w.Rel == "obl:agent" && !s.unmarkedAgent(ws, i) {
				continue
			}
			if s.meansOf(ws, i) {
				means = append(means, i)
			} else {
				core = append(core, i)
			}
		case "xcomp", "ccomp":
			if !reportLemmas[w.Lemma] {
				// Not the frame that reports it: "..., reports aid agencies".
				// A stated clause without a modal is about its subject
				// before what it did ("condemned the strikes, saying
				// Pakistan had violated Afghan sovereignty"; "demanded
				// that Germany pay"); one with a modal tells the speaker's
				// side's intent ("vowed the army would crush the rebels").
				// Whom a clause of facing or suffering falls on, modal or
				// not: "warned that Britain would face more attacks".
				if sub := s.subjectOf(ws, i); w.Rel == "ccomp" && sub >= 0 && ws[sub].UPOS != "PRON" && (!s.modalClause(ws, i) || undergoLemmas[w.Lemma]) {
					clauses = append(clauses, sub)
				}
				clauses = append(clauses, i)
			}
		case "conj":
			if (w.UPOS == "NOUN" || w.UPOS == "PROPN") && s.child(ws, p, "obj") >= 0 && s.child(ws, p, "obj") < i {
				// A noun the parser coordinated with the verb is a second
				// object: "would send 2,000 Marines and a hospital ship
				// to Haiti".
				placed = append(placed, i)
			}
			if w.UPOS == "VERB" && s.subjectOf(ws, i) < 0 && !reportLemmas[w.Lemma] {
				// A verb sharing the subject shares what it is aimed at:
				// "donated and delivered goods to the medical school".
				clauses = append(clauses, i)
			}
		case "advcl":
			if speechLemmas[w.Lemma] && s.subjectOf(ws, i) < 0 {
				// Whom the actor spoke to is the audience: "Speaking to
				// reporters in Geneva, the envoy urged both sides to ...".
				continue
			}
			if sub := s.subjectOf(ws, i); s.nonFinite(ws, i) && sub < 0 || sub >= 0 && personalPronouns[s.lower[sub]] && !conditional[s.markOf(ws, i)] {
				// "opened the bridge to allow deliveries to Afghanistan";
				// the actor's own aim: "blocked transport as they
				// continued their effort to overthrow the government".
				clauses = append(clauses, i)
			}
			if sub := s.subjectOf(ws, i); sub >= 0 && conditional[s.markOf(ws, i)] {
				// The one a threat or a demand is meant for: "threatened to
				// close the strait if the United States imposes sanctions".
				conds = append(conds, sub)
			}
		case "advmod", "compound:prt":
			// A particle's phrases are its verb's, where the parser hung
			// them on it: "hand power back to the parties".
			for j, c := range ws {
				if c.Head == i && strings.HasPrefix(c.Rel, "obl") && aimedCase[s.caseOf(ws, j)] {
					aimed = append(aimed, j)
				}
			}
		default:
			if !strings.HasPrefix(w.Rel, "obl") && !strings.HasPrefix(w.Rel, "nmod") {
				continue
			}
			if c := s.caseOf(ws, i); (c == "at" || c == "on" || c == "upon") && behestNouns[w.Lemma] {
				continue // why, not at whom: "sent troops into Bahrain at the request of its rulers"
			}
			switch c := s.caseOf(ws, i); c {
			case "against", "on", "upon", "at", "with", "to", "from", "between", "toward", "towards", "over", "by", "behind", "among":
				// "behind": whom support is for ("rallied behind Zelenskiy");
				// "among": the crowd it struck ("blew himself up among
				// soldiers at a base").
				// "by" after an object belongs to it, misattached:
				// "rejected calls by Belarus's rulers"; so after a phrase
				// of an active verb: "gave in to demands by coca growers".
				if c != "by" || s.child(ws, p, "obj") >= 0 || s.child(ws, p, "aux:pass") < 0 && s.oblBetween(ws, p, i) && s.partyAt(ws, i) {
					aimed = append(aimed, i)
				}
			case "in", "into", "inside", "near", "beside", "alongside", "for", "of", "along", "across", "outside", "around", "throughout", "within":
				placed = append(placed, i)
			}
		}
	}
	// The phrases aimed at a party that modify the object come before the
	// verb's own: "threatened further action against Russia in a program
	// beamed to 50 countries", "signed an agreement with six powers in
	// Vienna".
	// So do those on the forces a verb of means moves and on the nouns
	// coordinated with them: "would send 300 soldiers and two warships to
	// Ivory Coast to protect its citizens".
	var coreAimed []int
	objs := slices.Concat(core, means)
	for _, c := range means {
		for i, w := range ws {
			if w.Head == c && w.Rel == "conj" && nominal(w.UPOS) {
				objs = append(objs, i)
			}
		}
	}
	for _, c := range objs {
		for i, w := range ws {
			if w.Head == c && strings.HasPrefix(w.Rel, "nmod") && aimedCase[s.caseOf(ws, i)] {
				coreAimed = append(coreAimed, i)
			}
		}
	}
	return append(append(append(append(append(append(core, coreAimed...), aimed...), placed...), clauses...), means...), conds...)
}

// sender is, for a trigger that names the ones who act ("inspectors",
// "troops"), the party that sends them ("the IAEA has dispatched
// inspectors to Iran"): the subject of the verb of means whose object
// the trigger is, and the party that verb aims them at. ok is false
// without a parse or such a verb.
func (s *sentence) sender(f *found, self [2]int) (actor, target [2]int, ok bool) {
	if !s.meansVerbBefore(f.i) {
		return actor, target, false // no parse paid for where none can be
	}
	ws := s.parse()
	if ws == nil || !hasTree(ws) {
		return actor, target, false
	}
	p := s.triggerHead(ws, f)
	v := s.meansVerb(ws, p)
	if v < 0 {
		return actor, target, false
	}
	a := s.antecedent(ws, s.subjectOf(ws, v))
	if a < 0 || !s.partyAt(ws, a) {
		return actor, target, false
	}
	actor = s.widen(s.twinSpan(ws, a))
	t, weak := s.partyTarget(ws, v, actor, f)
	if t < 0 {
		t = weak
	}
	return actor, s.widen(s.twinSpan(ws, t)), true
}

// meansVerbBefore reports a form of a verb of means among the four words
// before token i ("has dispatched | inspectors", "sent more troops").
func (s *sentence) meansVerbBefore(i int) bool {
	for k := max(0, i-4); k < i; k++ {
		for _, l := range lemmas(s.lower[k]) {
			if meansVerbs[l] {
				return true
			}
		}
	}
	return false
}

// meansOf reports the object of a verb that moves the actor's own people
// ("deployed troops along the border with Syria", "dispatched inspectors
// to Iran", "mobilized pressure groups in the United States"): the means,
// not whom the act is aimed at, which is looked for first.
func (s *sentence) meansOf(ws []text.Word, n int) bool {
	return s.meansVerb(ws, n) >= 0
}

// meansVerb is the verb of means whose object n is, or whose object's
// "of" phrase n is ("deployed thousands of troops across Bangkok": the
// troops are moved, not aimed at); -1 otherwise.
func (s *sentence) meansVerb(ws []text.Word, n int) int {
	if h := ws[n].Head; h >= 0 && ws[n].Rel == "nmod" && ws[h].Rel == "obj" && s.caseOf(ws, n) == "of" && (ws[h].UPOS == "NUM" || quantityNouns[ws[h].Lemma]) {
		n = h
	}
	if v := ws[n].Head; v >= 0 && ws[n].Rel == "obj" && meansVerbs[ws[v].Lemma] {
		return v
	}
	return -1
}

// speechLemmas are the verbs of a speaking occasion.
var speechLemmas = set(`speak talk address tell brief write`)

// behestNouns, after "at" or "on", say whose wish an act answers.
var behestNouns = set(`request invitation behest urging order orders instruction instructions initiative suggestion insistence`)

// quantityNouns count what their "of" phrase names.
var quantityNouns = set(`hundred hundreds thousand thousands dozen dozens score scores million millions
	battalion battalions brigade brigades company companies unit units contingent detachment squadron
	number numbers force team`)

// triggerConjunct reports a noun coordinated with a noun of the trigger's
// phrase ("sent dozens of warplanes and warships around Taiwan"): more of
// what the phrase names, the means, not whom the act is aimed at.
func (s *sentence) triggerConjunct(ws []text.Word, n int, f *found) bool {
	h := ws[n].Head
	return ws[n].Rel == "conj" && h >= f.i && h < f.j && h != s.triggerHead(ws, f) && ws[h].UPOS == "NOUN"
}

var meansVerbs = set(`deploy send dispatch mobilize mobilise mass station position post
	move pull withdraw train arm equip recruit muster assemble`)

var conditional = set(`if unless`)

// reportLemmas are the verbs of a frame that reports an event.
var reportLemmas = set(`say tell announce report state add claim quote`)

// markOf is the lower-case subordinating word (mark) of a clause, or "".
func (s *sentence) markOf(ws []text.Word, v int) string {
	if m := s.child(ws, v, "mark"); m >= 0 {
		return s.lower[m]
	}
	return ""
}

// undergone reports a noun the object of a verb whose subject undergoes
// it ("faced protests"), or the "under" phrase of "come" ("came under
// attack from Taliban fighters").
func (s *sentence) undergone(ws []text.Word, q int) bool {
	if q < 0 || ws[q].Head < 0 {
		return false
	}
	if v := ws[q].Head; strings.HasPrefix(ws[q].Rel, "obl") && ws[v].Lemma == "come" && s.caseOf(ws, q) == "under" {
		return true
	}
	return ws[q].Rel == "obj" && undergoLemmas[ws[ws[q].Head].Lemma]
}

// undergoer is who does an act undergone (q): its "from" or "by" phrase,
// the verb's, or the party that acts in the verb's "as", "when" or
// "after" clause ("faced protests as thousands demanded his
// resignation"); -1 if none.
func (s *sentence) undergoer(ws []text.Word, q int) int {
	gov := ws[q].Head
	if a := s.oblWith(ws, q, "from", "by"); a >= 0 {
		return a
	}
	if a := s.oblWith(ws, gov, "from", "by"); a >= 0 {
		return a
	}
	// "drew the ire of farm unions": whose ire it is.
	if ws[gov].Lemma == "draw" || ws[gov].Lemma == "attract" || ws[gov].Lemma == "earn" {
		for i, w := range ws {
			if w.Head == q && w.Rel == "nmod" && s.caseOf(ws, i) == "of" {
				return i
			}
		}
	}
	for i, w := range ws {
		if w.Head != gov || w.Rel != "advcl" {
			continue
		}
		switch s.markOf(ws, i) {
		case "as", "when", "after":
			if sub := s.subjectOf(ws, i); sub >= 0 && nominal(ws[sub].UPOS) && ws[sub].UPOS != "PRON" && !s.timeName(sub) {
				return sub
			}
		}
	}
	return -1
}

// undergoLemmas are verbs whose subject undergoes the act their object
// names ("faced protests", "suffered an attack", "received a warning from";
// criticism drawn, attracted or earned is undergone too: "drew criticism
// from the opposition").
var undergoLemmas = set(`face suffer endure undergo weather receive incur earn draw attract`)

var aimedCase = set(`against on upon at with to from between toward towards over behind`)

// nounCandidates are the phrases that modify a noun met on the way and may
// name the party it concerns: "an appeal from President X", "calls by X",
// "a truce with Moslem forces", "the demonstration staged by students",
// "welcomed Reagan's statement".
func (s *sentence) nounCandidates(ws []text.Word, n int) []int {
	var out []int
	for i, w := range ws {
		if w.Head != n {
			continue
		}
		switch {
		case strings.HasPrefix(w.Rel, "nmod") || w.Rel == "conj" || w.Rel == "appos" ||
			w.Rel == "obj" && ws[n].UPOS != "VERB": // "the regional capital Juba", parsed as a noun's object
			out = append(out, i)
		case w.Rel == "acl:relcl" && s.markOf(ws, i) == "that":
			// A "that" the parser made a mark, not a relative pronoun,
			// opens a content clause however the clause was labelled:
			// whom "an investigation into allegations that officers beat
			// protesters" concerns is its subject.
			if sub := s.subjectOf(ws, i); sub >= 0 {
				out = append(out, sub)
			}
		case w.Rel == "acl":
			if a := s.agentOf(ws, i); a >= 0 {
				out = append(out, a)
			}
			if sub := s.subjectOf(ws, i); sub >= 0 && conditional[s.markOf(ws, i)] {
				out = append(out, sub) // "threatened a strike if the government ...", misparsed
			}
			if s.subjectOf(ws, i) < 0 && (s.markOf(ws, i) == "to" || s.markOf(ws, i) == "for" || w.XPOS == "VBG") {
				// What an offer or a call is for: "an offer to mediate
				// between Hamas and Fatah".
				out = append(out, i)
			}
			if s.markOf(ws, i) == "that" {
				// "its demands that Burundi's government grant more
				// rights": the one the demand is made of.
				if sub := s.subjectOf(ws, i); sub >= 0 {
					out = append(out, sub)
				}
			}
		}
	}
	if contextWords["content"][s.lower[n]] && n+1 < len(ws) && s.lower[n+1] == "that" {
		// What a report or an allegation says, which the parser may hang
		// elsewhere ("an inquiry into reports that Ethiopian troops
		// killed civilians"): the subject of its clause's verb.
		for v := n + 2; v < len(ws) && v <= n+8; v++ {
			if ws[v].UPOS == "VERB" && s.contentClause(v) {
				sub := s.subjectOf(ws, v)
				for k := n + 2; sub <= n && k < v; k++ {
					// No subject parsed ("that prison guards tortured(amod)
					// inmates"): the head of the noun phrase before the verb.
					if nominal(ws[k].UPOS) && ws[k].Rel != "compound" && ws[k].Rel != "flat" {
						sub = k
					}
				}
				if sub > n {
					out = append(out, sub)
				}
				break
			}
		}
	}
	return out
}

// caseOf is the lower-case preposition (case marker) of a nominal, or "".
func (s *sentence) caseOf(ws []text.Word, n int) string {
	for j := n - 1; j >= 0 && j >= n-6; j-- {
		// The parser sometimes hangs the marker on a modifier of the noun:
		// "against the widespread human(→) rights(→) violations".
		if h := ws[j].Head; ws[j].Rel == "case" && (h == n || h > j && h < n && ws[h].Head == n) {
			return s.lower[j]
		}
	}
	return ""
}

// partyAt reports whether the noun phrase headed by h names a party that
// acts or is acted on: a name (a proper noun or an entity mention), a
// group, force or kind of people from the actor dictionaries ("refugees",
// "security forces"), or a phrase that a country or demonym modifies
// ("Serbian authorities"); not a thing ("further action", "a curfew"), a
// time, or the actor's own ("its forces").
func (s *sentence) partyAt(ws []text.Word, h int) bool {
	if s.isTime[h] || ws[h].UPOS == "PRON" || ws[h].UPOS == "NUM" {
		return false
	}
	d := loadActors()
	for i, w := range ws {
		if w.Head == h && w.Rel == "nmod:poss" && (s.lower[i] == "its" || s.lower[i] == "their") && (s.armed(ws, h) || wordClasses["<mission>"][ws[h].Lemma]) {
			// The actor's own forces are its means ("strengthened its
			// forces"), and so are its own envoys and missions
			// ("recalled its ambassador from Bogota"); "its partners",
			// "their leader" are others.
			return false
		}
	}
	if s.entityAt(h) || ws[h].UPOS == "PROPN" && s.isProperName(h) && !s.timeName(h) || acronym(s.toks[h].Text) {
		return true
	}
	if _, ok := d.agents[s.lower[h]]; ok {
		return true
	}
	if _, ok := d.agents[ws[h].Lemma]; ok {
		return true
	}
	if ws[h].UPOS == "NOUN" && (d.parties[ws[h].Lemma] || d.parties[s.lower[h]]) {
		return true // "schoolgirls", "a local chief", "the crowd"
	}
	if ws[h].UPOS == "NOUN" && s.nestedName(ws, h) {
		return true
	}
	for i, w := range ws {
		if w.Head != h {
			continue
		}
		switch w.Rel {
		case "compound", "amod", "flat":
			if _, ok := d.countries[s.lower[i]]; ok || w.UPOS == "PROPN" && s.isProperName(i) && !s.timeName(i) && !doneByName(s.lower[i]) {
				return true
			}
			if w.Rel == "amod" && i > 0 && s.isProperName(i) && !s.timeName(i) && !strings.Contains(s.lower[i], "-") {
				// A people or a creed: "Arab states", "Hindu passengers"
				// (not who owns or leads it: "a Saudi-owned weekly").
				return true
			}
			if _, ok := d.agents[s.lower[i]]; ok && w.Rel == "compound" && w.UPOS == "NOUN" {
				return true // what a force holds: "a police station", "rebel positions"
			}

		case "nmod":
			// One of a party, or its head: "the deputy chief of the
			// militia", "the rights of Palestinians".
			if s.caseOf(ws, i) == "of" && s.partyAt(ws, i) {
				return true
			}
		}
	}
	return false
}

// nestedName reports a name among the modifiers of noun h that hangs on
// it through another modifier: "an al Shabaab training camp" ("al
// Shabaab" on "training"), "a Hamas weapons depot".
func (s *sentence) nestedName(ws []text.Word, h int) bool {
	for k := h - 1; k >= 0 && k >= h-6; k-- {
		if ws[k].UPOS != "PROPN" || !s.isProperName(k) || s.timeName(k) || doneByName(s.lower[k]) || ws[k].Head == h {
			continue
		}
		for n, hops := k, 0; hops < 3 && n >= 0 && n < h; hops++ {
			switch ws[n].Rel {
			case "compound", "amod", "flat":
				n = ws[n].Head
			default:
				n = -1
			}
			if n == h {
				return true
			}
		}
	}
	return false
}

// doneByName reports a name joined to a participle, which tells who did
// a thing, not whom it is: "a U.S.-brokered ceasefire", "a Qatari-mediated
// deal".
func doneByName(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && strings.HasSuffix(w[i+1:], "ed")
}

// armed reports a noun that names armed men by the actor dictionaries:
// "forces", "troops", "fighters".
func (s *sentence) armed(ws []text.Word, h int) bool {
	d := loadActors()
	for _, w := range []string{s.lower[h], ws[h].Lemma} {
		if a, ok := d.agents[w]; ok {
			switch a.kind {
			case "state_forces", "rebels", "political_militia", "identity_militia", "external_forces":
				return true
			}
		}
	}
	return false
}

// describedNoun is the noun a past participle set off by a comma after
// it describes, whatever the parser hung the participle on ("found the
// journalist, abducted last week, in a village", "holding the mayor,
// kidnapped in May,"): what was done was done to that noun, by no one the
// main clause names; -1 otherwise. A participle with its own subject,
// auxiliary or object is a clause of its own.
func (s *sentence) describedNoun(ws []text.Word, p int) int {
	if p < 2 || p >= len(ws) || ws[p].XPOS != "VBN" || s.lower[p-1] != "," {
		return -1
	}
	// An object right after it (not a time: "abducted last week") makes
	// it a verb in the past the tagger took for a participle: "X, a rebel
	// faction, shelled government positions".
	if p+1 < len(ws) && !s.isTime[p+1] && !s.timeName(p+1) {
		switch ws[p+1].UPOS {
		case "NOUN", "PROPN", "DET", "NUM", "PRON":
			return -1
		}
	}
	// A comma that closes a relative clause before it makes it the main
	// verb: "the ELN, which have fought for decades, agreed".
	for k := p - 2; k >= 0 && s.lower[k] != ","; k-- {
		switch s.lower[k] {
		case "which", "who", "whom", "whose":
			return -1
		}
	}
	if n := p - 2; ws[n].UPOS == "NOUN" || ws[n].UPOS == "PROPN" {
		for i, w := range ws {
			if w.Head == p && (strings.HasPrefix(w.Rel, "nsubj") || strings.HasPrefix(w.Rel, "aux") || w.Rel == "obj") && i != n {
				return -1
			}
		}
		return n
	}
	return -1
}

// lostSubject is the subject of verb p where the parser read p as a
// participle modifying it (acl) but made that noun the head of the
// sentence or of a reported clause, which a noun cannot be: "the
// government and the rebels agreed to resume talks, a negotiator said".
// -1 otherwise.
func (s *sentence) lostSubject(ws []text.Word, p int) int {
	if ws[p].Rel != "acl" || ws[p].Head < 0 || ws[p].XPOS != "VBN" && ws[p].XPOS != "VBD" || s.agentOf(ws, p) >= 0 {
		return -1
	}
	if first := s.firstConjunct(ws, ws[p].Head); s.headsClause(ws, first) {
		return first
	}
	// A participle on a noun of a relative clause whose noun is the
	// subject of a verb with another subject as well: the parser read
	// the noun's own verb as the participle ("A militia that controls
	// the airport clashed with a rival group, the ministry said").
	if s.child(ws, p, "obj") >= 0 {
		return -1
	}
	for n, hops := ws[p].Head, 0; hops < 3 && n >= 0 && n < p; hops++ {
		if r := s.relativeNoun(ws, n); r >= 0 && ws[n].Rel != "acl:relcl" {
			// A relative clause the parser flattened: its noun ("The
			// Colombian government and the ELN, which have fought for
			// decades, agreed(VBN)").
			return s.firstConjunct(ws, r)
		}
		if ws[n].Rel != "acl:relcl" {
			n = ws[n].Head
			continue
		}
		subj := ws[n].Head
		if subj < 0 || ws[subj].Rel != "nsubj" || ws[subj].Head < p {
			return -1
		}
		for i, w := range ws {
			if i != subj && w.Head == ws[subj].Head && w.Rel == "nsubj" {
				return subj
			}
		}
		return -1
	}
	return -1
}

// firstConjunct is the head of the coordination that n is a conjunct of,
// or of the noun phrase n modifies ("doctors from two aid groups"), or n.
func (s *sentence) firstConjunct(ws []text.Word, n int) int {
	for hops := 0; hops < 4 && (ws[n].Rel == "conj" || ws[n].Rel == "nmod") && ws[n].Head >= 0; hops++ {
		n = ws[n].Head
	}
	return n
}

// whenAgent is, for a passive without its agent, the party that acts in
// its "when" clause: "two policemen were killed when gunmen attacked
// their checkpoint". -1 otherwise.
func (s *sentence) whenAgent(ws []text.Word, v int) int {
	if s.child(ws, v, "nsubj:pass") < 0 && s.child(ws, v, "aux:pass") < 0 {
		return -1
	}
	for i, w := range ws {
		if w.Head != v || w.Rel != "advcl" {
			continue
		}
		when := false
		for j, c := range ws {
			when = when || c.Head == i && s.lower[j] == "when" && j < i
		}
		if u := s.oblWith(ws, i, "under"); when && u >= 0 {
			// Who came under fire or attack suffered it; its "from" or
			// "by" phrase acts: "were wounded when their patrol came
			// under fire from militants".
			ag := s.oblWith(ws, u, "from", "by")
			if ag < 0 {
				ag = s.oblWith(ws, i, "from", "by")
			}
			if ag >= 0 && s.partyAt(ws, ag) {
				return ag
			}
			continue
		}
		if sub := s.subjectOf(ws, i); when && sub >= 0 && s.partyAt(ws, sub) {
			return sub
		}
	}
	return -1
}

// stateOfPassive is the place named where someone "was arrested in
// Lebanon", or the state one "was expelled from": without an agent, the
// state that holds the place acts, as CAMEO codes it. -1 when v is no
// passive or names no such place.
func (s *sentence) stateOfPassive(ws []text.Word, v int) int {
	if s.child(ws, v, "nsubj:pass") < 0 && s.child(ws, v, "aux:pass") < 0 {
		return -1
	}
	for i, w := range ws {
		if w.Head != v || !strings.HasPrefix(w.Rel, "obl") {
			continue
		}
		if c := s.caseOf(ws, i); c != "in" && c != "at" && (c != "from" || !expelLemmas[ws[v].Lemma]) {
			// And the state one "was expelled from".
			continue
		}
		if e := s.entityOf(i); e != nil && e.Type == annalist.Location && e.Geo != nil &&
			(e.Geo.Kind == "country" || e.Geo.Kind == "city" || e.Geo.Kind == "admin1") {
			return i
		}
	}
	return -1
}

// placeAt reports a location entity at token i.
func (s *sentence) placeAt(i int) bool {
	e := s.entityOf(i)
	return e != nil && e.Type == annalist.Location
}

// stateAt reports a country or demonym at token i, a party where other
// places are not: "defended Iraq and Libya against Western criticism".
func (s *sentence) stateAt(i int) bool {
	e := s.entityOf(i)
	return e != nil && e.Geo != nil && (e.Geo.Kind == "country" || e.Geo.Kind == "demonym")
}

// entityOf is the entity a mention of which covers token i, or nil.
func (s *sentence) entityOf(i int) *annalist.Entity {
	a, b := s.toks[i].Start, s.toks[i].End
	for _, mn := range s.x.mentions[s.index] {
		if mn.start < b && a < mn.end {
			return &s.r.Entities[mn.entity]
		}
	}
	return nil
}

// verbal are the categories of stances, which the one who states them
// takes: agreeing, demanding, rejecting, threatening, disapproving.
var verbal = map[string]bool{"AGREE": true, "DEMAND": true, "REJECT": true, "THREATEN": true, "DISAPPROVE": true, "SUPPORT": true}

// clauseOf climbs from word p to the verb of its clause (through the
// nouns and verbs it hangs on, at most four steps).
func (s *sentence) clauseOf(ws []text.Word, p int) int {
	for hops := 0; hops < 4 && p >= 0; hops++ {
		switch r := ws[p].Rel; {
		case r == "ccomp" || r == "parataxis" || r == "root":
			return p
		case strings.HasPrefix(r, "nsubj") || strings.HasPrefix(r, "csubj") || r == "obj" || strings.HasPrefix(r, "obl") ||
			strings.HasPrefix(r, "nmod") || r == "xcomp" || r == "conj" || r == "acl":
			p = ws[p].Head
		default:
			return p
		}
	}
	return p
}

// headsClause reports a noun that the parse makes the head of the
// sentence or of a reported clause.
func (s *sentence) headsClause(ws []text.Word, n int) bool {
	switch ws[n].Rel {
	case "root", "ccomp", "parataxis":
		return ws[n].UPOS == "NOUN" || ws[n].UPOS == "PROPN"
	}
	return false
}

// weakPlace reports a party that is a place where the event happened
// rather than one it was done to: a named feature the gazetteer does not
// hold as a state, city or region ("the Strait of Hormuz", "the Europe
// Bridge"), or a city, region or common noun in a phrase of place ("in
// Idlib province", "in prison"; "shelled Juba" and "an admission by
// Moscow" are done to it).
func (s *sentence) weakPlace(ws []text.Word, n int) bool {
	if h := ws[n].Head; ws[n].Rel == "nmod:poss" && h >= 0 && placedCase[s.caseOf(ws, h)] && !s.someone(ws, h) &&
		(s.placeAt(h) || wordClasses["<place>"][ws[h].Lemma]) {
		// The possessor of a place where it happened: "refineries in
		// Russia's Samara region" (not of a body it owns: money
		// deposited "in Pakistan's central bank" is for Pakistan).
		return true
	}
	a, b := s.toks[n].Start, s.toks[n].End
	for i, w := range ws { // the name of "Idlib province"
		if w.Head == n && (w.Rel == "compound" || w.Rel == "flat") && w.UPOS == "PROPN" {
			a, b = min(a, s.toks[i].Start), max(b, s.toks[i].End)
		}
	}
	placed := placedCase[s.caseOf(ws, n)]
	if ws[n].UPOS == "NOUN" && !s.someone(ws, n) {
		// A part of a place: "the streets of Gaza", "the main square of
		// Kiev" (not "the government of Sri Lanka", "the people of Gaza").
		for i, w := range ws {
			if w.Head == n && w.Rel == "nmod" && s.caseOf(ws, i) == "of" {
				if e := s.entityOf(i); e != nil && e.Type == annalist.Location {
					return true
				}
			}
		}
	}
	for _, mn := range s.x.mentions[s.index] {
		if mn.start >= b || a >= mn.end {
			continue
		}
		e := &s.r.Entities[mn.entity]
		switch {
		case e.Type == annalist.Misc && placed && ws[n].UPOS == "PROPN":
			// A name of no known kind in a phrase of place: "a
			// checkpoint in North Waziristan".
			return true
		case e.Type != annalist.Location:
			return false
		case e.Geo == nil || e.Geo.Kind == "other":
			return true
		case e.Geo.Kind == "country" || e.Geo.Kind == "demonym":
			return false
		}
		// The name of a place phrase's town: "at a mosque in the city of
		// Peshawar", "near a police station in the town of Manbij".
		return placed || s.caseOf(ws, n) == "of" && s.wherePhrase(ws, n)
	}
	// A common noun in a phrase of place is where it happened, unless a
	// state: "staged a hunger strike in prison".
	_, state := loadActors().countries[s.lower[n]]
	return placed && ws[n].UPOS == "NOUN" && !state
}

var placedCase = set(`in into inside near beside alongside outside across throughout around within`)

// conditionalSubject reports the subject of an "if" or "unless" clause:
// the one a threat is meant for ("threatened to stop the talks if the
// United States deploys missiles"), taken only where no other party is.
func (s *sentence) conditionalSubject(ws []text.Word, n int) bool {
	v := ws[n].Head
	return v >= 0 && ws[n].Rel == "nsubj" && (ws[v].Rel == "advcl" || ws[v].Rel == "acl") && conditional[s.markOf(ws, v)]
}

// entityAt reports whether an entity mention covers token i.
func (s *sentence) entityAt(i int) bool {
	a, b := s.toks[i].Start, s.toks[i].End
	for _, mn := range s.x.mentions[s.index] {
		if mn.start < b && a < mn.end {
			return true
		}
	}
	return false
}

// subjectOf is the nominal subject of h, or -1. Where the parser gave h
// two, a noun or name before another word ("Some 800,000 Iraqi Kurds":
// Kurds), then the nearer ("Kyrgyz Prime Minister Nikolai Tanaev":
// Tanaev).
func (s *sentence) subjectOf(ws []text.Word, h int) int {
	best := -1
	for i, w := range ws {
		if w.Head != h || w.Rel != "nsubj" {
			continue
		}
		if i > 0 && s.timeName(i) && (ws[i-1].UPOS == "ADP" || ws[i-1].UPOS == "SCONJ") {
			// A day in a phrase is when, not who: "Iran's foreign
			// minister, Manouchehr Mottaki, on(mark) Sunday(nsubj)
			// accused".
			continue
		}
		if best >= 0 && nominal(ws[i].UPOS) && nominal(ws[best].UPOS) && s.ccBetween(ws, h, best, i) {
			// "The United States and Britain condemned": the parser made
			// both subjects; the coordination starts with the first.
			best = min(best, i)
			continue
		}
		if best < 0 || nominal(ws[i].UPOS) && !nominal(ws[best].UPOS) ||
			nominal(ws[i].UPOS) == nominal(ws[best].UPOS) && abs(i-h) < abs(best-h) {
			best = i
		}
	}
	if best < 0 {
		// A subject the parser hung on an auxiliary: "Russia has threatened".
		for i, w := range ws {
			if w.Head == h && strings.HasPrefix(w.Rel, "aux") {
				if sub := s.child(ws, i, "nsubj"); sub >= 0 {
					return sub
				}
			}
		}
	}
	if n := s.describedBy(ws, h, best); n >= 0 {
		return n
	}
	if n := best - 2; n >= 0 && ws[best].UPOS == "NUM" && s.lower[best-1] == "," && best+1 < len(ws) && s.lower[best+1] == "," &&
		unicode.IsUpper([]rune(s.toks[n].Text)[0]) {
		// A person's age set off by commas is no subject; the name before
		// it is: "Yeltsin, 65, signed a decree".
		return n
	}
	return best
}

// describedBy is the noun that the subject sub of the verb h describes,
// set off by commas between them, where the parser made that noun the
// head of h ("Members of the International Commission of Jurists, a body
// based in Geneva, investigated(parataxis)"): the noun is the subject. -1
// otherwise.
func (s *sentence) describedBy(ws []text.Word, h, sub int) int {
	if sub < 0 || h < 0 || ws[sub].UPOS != "NOUN" || ws[h].Rel != "parataxis" && ws[h].Rel != "appos" {
		return -1
	}
	n := ws[h].Head
	if n < 0 || n >= sub || !nominal(ws[n].UPOS) || ws[n].UPOS == "PRON" {
		return -1
	}
	lo, hi := extent(ws, sub)
	if lo == 0 || s.lower[lo-1] != "," || hi+1 >= h || s.lower[hi+1] != "," {
		return -1
	}
	return n
}

// ccBetween reports a coordinating conjunction of h between tokens a and b.
func (s *sentence) ccBetween(ws []text.Word, h, a, b int) bool {
	for k := min(a, b) + 1; k < max(a, b); k++ {
		if ws[k].Rel == "cc" && (ws[k].Head == h || ws[k].Head == max(a, b)) {
			return true
		}
	}
	return false
}

// nonFinite reports a verb without tense or auxiliary: "killing",
// "(to) protest", "backed by".
func (s *sentence) nonFinite(ws []text.Word, v int) bool {
	switch ws[v].XPOS {
	case "VBG", "VB", "VBN":
	default:
		return false
	}
	return s.child(ws, v, "aux") < 0 && s.child(ws, v, "aux:pass") < 0
}

// verbAt reports a verb of the parse: tagged as one and not in a noun's
// place, where a mistagged noun ends up ("allow United Nations
// inspectors(VBZ, obj) to visit").
func verbAt(ws []text.Word, n int) bool {
	if ws[n].UPOS != "VERB" && ws[n].UPOS != "AUX" {
		return false
	}
	switch r := ws[n].Rel; {
	case r == "obj" || r == "iobj" || strings.HasPrefix(r, "nsubj") || strings.HasPrefix(r, "obl") ||
		strings.HasPrefix(r, "nmod") || r == "appos" || r == "compound":
		return false
	}
	return true
}

func nominal(upos string) bool { return upos == "NOUN" || upos == "PROPN" || upos == "PRON" }

// antecedent replaces a personal pronoun subject by the subject of the
// verb whose reported clause holds it: "the union announced that it has
// called off the strike", "Bouteflika said he is prepared to".
func (s *sentence) antecedent(ws []text.Word, h int) int {
	if h >= 0 && wh[s.lower[h]] {
		// The relative pronoun stands for the noun its clause modifies:
		// "the government, which has had to suspend payments".
		if v := ws[h].Head; v >= 0 && ws[v].Rel == "acl:relcl" && ws[v].Head >= 0 {
			return ws[v].Head
		}
		// Misparsed, it still follows its noun: "Militants, who stormed".
		j := h - 1
		if j >= 0 && s.lower[j] == "," {
			j--
		}
		if j >= 0 && (ws[j].UPOS == "NOUN" || ws[j].UPOS == "PROPN") {
			return j
		}
		return h
	}
	if h < 0 || !personalPronouns[s.lower[h]] {
		return h
	}
	if sp := s.speaker(ws, ws[h].Head); sp >= 0 && !personalPronouns[s.lower[sp]] {
		return sp
	}
	// Else the subject of a clause above that agrees in number: "the Ivory
	// Coast informed its creditors it had to suspend payments".
	for v, hops := ws[h].Head, 0; v >= 0 && hops < 4; v, hops = ws[v].Head, hops+1 {
		sub := s.subjectOf(ws, v)
		if sub < 0 || sub == h || ws[sub].UPOS == "PRON" {
			continue
		}
		plural := ws[sub].XPOS == "NNS" || ws[sub].XPOS == "NNPS"
		if s.lower[h] == "they" || !plural {
			return sub
		}
		return h
	}
	// Else the subject of an adverbial clause before it on a clause above,
	// where every subject on the way is a pronoun: "When Nicaragua's
	// government severed its ties with Taiwan, it said it recognised only
	// one China".
	for v, hops := ws[h].Head, 0; v >= 0 && hops < 4; v, hops = ws[v].Head, hops+1 {
		for i, w := range ws {
			if w.Head != v || w.Rel != "advcl" || i > h {
				continue
			}
			sub := s.subjectOf(ws, i)
			if sub < 0 || ws[sub].UPOS == "PRON" {
				continue
			}
			if plural := ws[sub].XPOS == "NNS" || ws[sub].XPOS == "NNPS"; plural == (s.lower[h] == "they") {
				return sub
			}
		}
	}
	return h
}

// objectAntecedent replaces a relative pronoun by the noun its clause
// modifies ("lending, which was cut off in 1974") and an object pronoun
// by the one who reports the clause, when that is not the actor a ("the
// opposition leader said police had beaten him"; not "police said they
// had beaten him").
func (s *sentence) objectAntecedent(ws []text.Word, t, a int) int {
	if wh[s.lower[t]] {
		return s.antecedent(ws, t)
	}
	if v := ws[t].Head; v >= 0 && ws[v].Rel == "conj" && ws[v].Head >= 0 && s.subjectOf(ws, v) < 0 {
		// The object of the verb it is coordinated with: "dragged 25
		// Hindus off a bus and shot them".
		if o := s.child(ws, ws[v].Head, "obj"); o >= 0 && o < t && ws[o].UPOS != "PRON" {
			if ws[o].UPOS == "NUM" {
				if n := s.child(ws, o, "nmod:unmarked"); n >= 0 {
					o = n
				}
			}
			if s.partyAt(ws, o) {
				return o
			}
		}
	}
	if sp := s.speaker(ws, ws[t].Head); sp >= 0 && ws[sp].UPOS != "PRON" && (a < 0 || s.antecedent(ws, a) != sp) {
		return sp
	}
	return t
}

var objectPronouns = set(`him her them`)

// speaker is the subject of the verb whose complement clause holds the
// clause headed by v ("X said [Y must go]": X), or -1.
func (s *sentence) speaker(ws []text.Word, v int) int {
	for hops := 0; hops < 3 && v >= 0; hops++ {
		switch ws[v].Rel {
		case "ccomp", "parataxis":
			h := ws[v].Head
			if h < 0 {
				return -1
			}
			if sub := s.subjectOf(ws, h); sub >= 0 {
				return sub
			}
			v = h
		case "conj", "xcomp":
			v = ws[v].Head
		default:
			return s.reporterAfter(ws, v)
		}
	}
	return -1
}

// reporterAfter is the subject of a reporting verb the parser hung after
// the clause v as its dependent, as it does with a quotation that opens
// the sentence: "\"We will retaliate,\" the army chief said", or of a
// trailing attribution it hung deeper in v's clause (trailingReporter).
// -1 otherwise.
func (s *sentence) reporterAfter(ws []text.Word, v int) int {
	for i, w := range ws {
		if i <= v || !reportLemmas[w.Lemma] {
			continue
		}
		if w.Head == v && (w.Rel == "parataxis" || w.Rel == "ccomp") || s.trailingReporter(ws, v, i) {
			if sub := s.subjectOf(ws, i); sub >= 0 && ws[sub].UPOS != "PRON" {
				return sub
			}
		}
	}
	return -1
}

// trailingReporter reports a reporting verb r that closes the sentence
// after the clause v it reports, set off by a comma or a closing quote,
// which the parser hung on a word of v's clause instead of over it:
// "The United States must stop meddling in the internal affairs of
// Venezuela, President Hugo Chavez said(ccomp of meddling)", "\"We will
// never negotiate with terrorists,\" Putin said(acl:relcl of terrorists)".
// r has a subject of its own and no clause after it to report, and every
// word after r is its own.
func (s *sentence) trailingReporter(ws []text.Word, v, r int) bool {
	if ws[r].UPOS != "VERB" || r <= v || !descends(ws, r, v) {
		return false
	}
	sub := s.subjectOf(ws, r)
	if sub < 0 || sub > r {
		return false
	}
	lo, _ := extent(ws, sub)
	if lo == 0 || s.lower[lo-1] != "," && ws[lo-1].XPOS != "''" && ws[lo-1].XPOS != "``" {
		return false
	}
	for i, w := range ws {
		if w.Head == r && (w.Rel == "ccomp" || w.Rel == "parataxis" || w.Rel == "xcomp") {
			return false
		}
		if i > r && w.UPOS != "PUNCT" && !descends(ws, i, r) {
			return false
		}
	}
	return true
}

// timeName reports a capitalised word of time: "Sunday", "mid-August".
func (s *sentence) timeName(i int) bool {
	w := s.lower[i]
	if k := strings.LastIndexByte(w, '-'); k >= 0 {
		w = w[k+1:]
	}
	return s.isTime[i] || timeWords[w] || words.Months[w] > 0
}

// acronym reports a word of two or more capitals, which names an
// organisation even where the tagger takes it for a common noun ("OSCE").
func acronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, c := range w {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// partOf reports whether word n names what the word it hangs on does or
// takes part in: its object ("launched an offensive"), a compound's part,
// or a phrase of "in", "on", "into", "at", "during" or "as" ("remained
// on alert", "were killed in a bombing", "held them as human shields");
// not a cause, a sequel or a
// reason ("after the arrest", "as a result of the arrest", "over the
// killing").
func (s *sentence) partOf(ws []text.Word, n int) bool {
	switch r := ws[n].Rel; {
	case r == "obj" || r == "compound":
		return true
	case strings.HasPrefix(r, "obl") || strings.HasPrefix(r, "nmod") && r != "nmod:poss":
		switch s.caseOf(ws, n) {
		case "in", "on", "into", "at", "during", "as":
			return true
		case "under":
			// "placed the opposition leader under house arrest" (but
			// "came under attack" befalls the subject).
			return ws[n].Head >= 0 && s.child(ws, ws[n].Head, "obj") >= 0
		}
	}
	return false
}

// judgedAct reports a noun that is the object of a stance on it: what
// the verb's subject condemns, demands, rejects or welcomes, someone else
// did ("the party condemned the arrest": not the party's arrest).
func (s *sentence) judgedAct(ws []text.Word, n, v int) bool {
	if ws[n].Rel != "obj" {
		return false
	}
	e, _ := s.match(v)
	if e == nil {
		return false
	}
	switch e.category {
	case "DISAPPROVE", "REJECT", "DEMAND", "SUPPORT":
		return true
	}
	return false
}

// cameFor reports talks or a demonstration that the verb's subject went,
// stayed or gathered for, in its "for" phrase: "flew to Cairo for talks
// with Mubarak", "were converging on Lagos for a rally", a day the parser
// made the object kept out (not "was criticised for", "arrested them
// for": a reason).
func (s *sentence) cameFor(ws []text.Word, n int, f *found) bool {
	v := ws[n].Head
	return f.e != nil && (f.e.category == "CONSULT" || f.e.category == "PROTEST") && strings.HasPrefix(ws[n].Rel, "obl") && s.caseOf(ws, n) == "for" &&
		v >= 0 && ws[v].UPOS == "VERB" && (s.child(ws, v, "obj") < 0 || s.isTime[s.child(ws, v, "obj")]) && s.child(ws, v, "aux:pass") < 0
}

// clauseSubject is the subject of the nearest clause above word p that has
// one, where p itself gives no actor: a noun deep in a phrase ("launched
// an offensive in the north against ..."), or -1. The climb stops at a
// passive (its subject is acted on; "were killed in a stampede, the
// ministry said" has no actor), at a reported clause (the speaker did not
// do it), at a word that is not partOf the one above, and after four
// steps.
func (s *sentence) clauseSubject(ws []text.Word, p int) int {
	if s.child(ws, p, "nsubj:pass") >= 0 || s.child(ws, p, "aux:pass") >= 0 {
		return -1 // a passive without its agent: "were killed in a stampede"
	}
	for hops := 0; hops < 4 && p >= 0; hops++ {
		switch ws[p].Rel {
		case "ccomp", "parataxis":
			return -1 // who reports an act is not who did it
		}
		if !s.partOf(ws, p) {
			return -1 // "protests broke out as a result of Khan's arrest": not the arrest's actor
		}
		h := ws[p].Head
		if h < 0 || s.judgedAct(ws, p, h) {
			return -1 // "rights groups denounced the killing": not theirs
		}
		if s.child(ws, h, "nsubj:pass") >= 0 {
			return -1
		}
		if sub := s.subjectOf(ws, h); sub >= 0 {
			return s.antecedent(ws, sub)
		}
		p = h
	}
	return -1
}

// askedToAct is, by the parse, the subject of the clause that "that" at
// token k opens ("demanded that the US cancel the sale": the US), or the
// first party in that clause where it has no subject; ok is false without
// a parse or such a clause.
func (s *sentence) askedToAct(k int, actor [2]int) (r [2]int, ok bool) {
	ws := s.parse()
	if ws == nil || k >= len(ws) || ws[k].Rel != "mark" || ws[k].Head < 0 {
		return r, false
	}
	v := ws[k].Head
	t := s.subjectOf(ws, v)
	if t < 0 {
		t = s.child(ws, v, "nsubj:pass")
	}
	for i := k + 1; t < 0 && i < v; i++ {
		// A noun between "that" and its verb is the subject, however the
		// parser hung it (a subjunctive it misreads): "demanded that
		// management reinstate the workers".
		if ws[i].Head == v && nominal(ws[i].UPOS) && ws[i].UPOS != "PRON" && !s.isTime[i] {
			t = i
		}
	}
	if t < 0 || ws[t].Rel == "nsubj:pass" && !s.partyAt(ws, t) {
		// No subject, or a passive one that names no party: "demanded
		// that control of the ministry be taken away from Hausa
		// politicians".
		f := &found{i: v, j: v + 1}
		if h, _ := s.partyTarget(ws, v, actor, f); h >= 0 {
			t = h
		}
	}
	if t < 0 {
		return r, false
	}
	return s.twinSpan(ws, t), true
}

// maxDepth is how many steps down partyTarget searches: the search goes
// nearest first, so a deeper one only answers where no nearer party is
// ("blocked roads leading to the city centre to press their demands
// from President Bouteflika's government").
const maxDepth = 8

// modalClause reports a clause whose verb v has a modal auxiliary
// ("would", "will", "could", "must").
func (s *sentence) modalClause(ws []text.Word, v int) bool {
	for _, w := range ws {
		if w.Head == v && w.Rel == "aux" && w.XPOS == "MD" {
			return true
		}
	}
	return false
}

// possessiveOwner is, for a noun trigger h whose possessor is "its" or
// "their", the subject of the clause above it that the pronoun stands
// for ("the European Union added five Iranians to its sanctions list":
// the European Union), or -1.
func (s *sentence) possessiveOwner(ws []text.Word, h int) int {
	if h < 0 || ws[h].UPOS != "NOUN" && ws[h].UPOS != "PROPN" {
		return -1
	}
	q := h // the phrase's head: "its sanctions list"
	for ws[q].Rel == "compound" && ws[q].Head > q {
		q = ws[q].Head
	}
	poss := s.child(ws, q, "nmod:poss")
	if poss < 0 && q != h {
		poss = s.child(ws, h, "nmod:poss")
	}
	if poss < 0 || s.lower[poss] != "its" && s.lower[poss] != "their" {
		return -1
	}
	for v, hops := ws[q].Head, 0; v >= 0 && hops < 3; v, hops = ws[v].Head, hops+1 {
		if ws[v].UPOS != "VERB" {
			continue
		}
		sub := s.subjectOf(ws, v)
		if sub < 0 || ws[sub].UPOS == "PRON" || !s.partyAt(ws, sub) {
			return -1
		}
		plural := ws[sub].XPOS == "NNS" || ws[sub].XPOS == "NNPS"
		if s.lower[poss] == "its" && plural {
			return -1
		}
		return sub
	}
	return -1
}

// protested is the first "against" phrase of the predicates or of the
// verbs that share their subject (purpose clauses, coordination), at most
// two clauses down, outside the actor; -1 for none.
func (s *sentence) protested(ws []text.Word, preds []int, actor [2]int) int {
	level := preds
	for depth := 0; depth < 3 && len(level) > 0; depth++ {
		var next []int
		for _, p := range level {
			if o := s.oblWith(ws, p, "against"); o >= 0 && (o < actor[0] || o >= actor[1]) {
				return o
			}
			for i, w := range ws {
				if w.Head == p && ws[i].UPOS == "VERB" && (w.Rel == "xcomp" || w.Rel == "advcl" || w.Rel == "conj") && s.subjectOf(ws, i) < 0 {
					next = append(next, i)
				}
			}
		}
		level = next
	}
	return -1
}

// wherePhrase reports a word in a phrase of place, or in the "of" phrase
// of one: "met in the resort of Kos", "exchanged fire across the Line of
// Control", "along their border".
func (s *sentence) wherePhrase(ws []text.Word, n int) bool {
	for hops := 0; hops < 3 && n >= 0; hops++ {
		c := s.caseOf(ws, n)
		if placedCase[c] || c == "along" {
			return true
		}
		if c != "of" || !strings.HasPrefix(ws[n].Rel, "nmod") {
			return false
		}
		n = ws[n].Head
	}
	return false
}
