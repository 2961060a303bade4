package event

import (
	"sort"
	"strings"

	"github.com/annalist/annalist"
)

// arguments fills the actor and target of m from the phrases around its
// trigger: the subject before a verb and the object after it ("police
// arrested protesters"), the agent in a passive ("was attacked by
// militiamen"), the modifier or possessor of a noun ("police crackdown",
// "the army's offensive") and its prepositional object ("crackdown on
// protesters").
func (s *sentence) arguments(f *found, m *Mention) {
	var actor, target [2]int // token ranges, [0,0) when none
	switch {
	case f.e.agent:
		actor = [2]int{f.i, f.j}
		target = s.prepObject(f.j, againstPreps)
		if a, t, ok := s.sender(f, actor); ok {
			actor = a
			if target[0] == target[1] {
				target = t
			}
		}
	case f.verb && s.passive(f.i):
		target = s.subject(f.i)
		target = s.resolvePronoun(target)
		actor = s.byPhrase(f.j)
		if actor[0] == actor[1] {
			actor = s.farAgent(f.j)
		}
	case f.verb:
		actor = s.resolvePronoun(s.subject(f.i))
		if actor[0] == actor[1] {
			actor = s.participialSubject(f.i)
		}
		target = s.object(f.j)
		if s.placeOf(f, target) {
			target = [2]int{}
		}
		if target[0] == target[1] {
			target = s.prepObject(f.j, targetPreps)
		}
		// The object inside a phrase the lexicon matched with a gap:
		// "pelted police with rocks", "set a bus ablaze".
		if (target[0] == target[1] || s.lower[target[0]] == "and" || s.lower[target[0]] == "or") && len(f.e.words) > 2 &&
			f.e.words[1] == "*" && f.i+1 < f.j {
			if g := s.phrase(f.i + 1); g[0] < g[1] && g[1] < f.j {
				target = g
			}
		}
	default:
		actor = s.byPhrase(f.j)
		if actor[0] == actor[1] && f.light > f.i { // "a curfew was imposed on the town by the army"
			actor = s.byPhrase(f.light + 1)
		}
		if actor[0] == actor[1] {
			actor = s.participialSubject(f.i)
		}
		if actor[0] == actor[1] {
			actor = s.possessor(f.i)
			// A person's arrest, killing or release is done to the person:
			// the possessor of such a noun is its patient ("as a result of
			// Khan's arrest"), where a force's is its agent ("the army's
			// offensive").
			if actor[0] != actor[1] && patientNoun[f.e.category] &&
				(s.personAt(actor) || s.personNounAt(actor) && s.prepObject(f.j, nounPreps)[0] == s.prepObject(f.j, nounPreps)[1]) {
				target, actor = actor, [2]int{}
			}
		}
		if actor[0] == actor[1] && f.light >= 0 && f.light < f.i {
			actor = s.resolvePronoun(s.subject(f.light))
		}
		if actor[0] == actor[1] && (f.light < 0 || f.light > f.i) {
			if actor = s.modifiers(f.i); violentTypes[f.e.category] && s.townModifier(actor) {
				actor = [2]int{}
			}
		}
		if target[0] == target[1] {
			target = s.prepObject(f.j, nounPreps)
		}
	}
	// The parse decides the actor and the target where it finds them (the
	// subject or agent, through coordination, control, relative and
	// adverbial clauses, a pronoun taken back to the speaker; the object,
	// passive subject or aimed phrase); the phrases stay for what it
	// leaves empty and for a document without a parser. On the PLOVER
	// records' held-out half: actor 0.80, target 0.61, where the phrases
	// first with the parse filling in gave 0.72 and 0.53; the parse for
	// the six ACLED types only, 0.73 and 0.44 (README).
	parsed := false
	if !f.e.agent {
		if a, t, ok := s.parseArguments(f, actor); ok {
			parsed = true
			if a[0] != a[1] {
				actor = s.resolvePronoun(a)
			}
			if t[0] != t[1] {
				target = t
			} else if f.verb && s.clauseAt(target[0]) {
				// The word rules' object where the parse found none is a
				// clause: the party it is aimed at, or none ("threatened
				// to break relations with Russia", "agreed to hand power
				// back to the parties"; "threatened to shut schools").
				target = s.clauseTarget(f, target[0], actor)
			}
			if a[0] == a[1] && s.sufferer(f, actor) {
				actor = [2]int{}
			}
		}
	}
	switch {
	case f.e.category == "AID":
		// The target of aid is its recipient: "delivered medicine to the Red Crescent".
		// Not a phrase naming no one over a party the parse found: "to
		// shore up its reserves" after "deposited $3 billion in
		// Pakistan's central bank".
		if t := s.prepObject(f.j, recipientPreps); t[0] != t[1] && (!parsed || s.partyIn(t) || !s.partyIn(target)) {
			target = t
		}
	case f.e.governs == Hypothetical && f.j < len(s.toks) && s.lower[f.j] == "that":
		// "demanded that the government resign": the one asked to act.
		target = s.phrase(f.j + 1)
		if t, ok := s.askedToAct(f.j, actor); ok {
			target = t
		}
	}
	if (f.e.category == "PROTEST" || f.e.category == "DISAPPROVE") && !parsed {
		// The parse tries "against" phrases among the aimed ones, and
		// looks through one that names a thing to the party it concerns
		// ("in protest against the violations by security forces").
		if t := s.prepObject(f.j, againstOnly); t[0] != t[1] {
			target = t
		}
	}
	if parsed {
		// A phrase the word rules took that holds no noun, name, pronoun
		// or number is no party ("wounded or" in "had been killed,
		// wounded or captured").
		actor, target = s.nominalOnly(actor), s.nominalOnly(target)
	}
	if s.placeOf(f, target) {
		target = [2]int{}
	}
	if actor[0] < target[1] && target[0] < actor[1] {
		// The word rules' target inside the parse's actor: "the
		// withdrawal of Soviet troops" is theirs, not done to them.
		target = [2]int{}
	}
	m.Actor = s.arg(actor)
	m.Target = s.arg(target)
	m.meets = s.meetsSomeone(f, target)
	// A state protesting is complaining officially (CAMEO 114), not
	// demonstrating (CAMEO 141): "Serbia protested to Albania".
	if m.Type == "PROTEST" && f.verb && f.e.words[0] == "protest" && m.Actor != nil && s.official(actor) {
		m.Type, m.Mode = "DISAPPROVE", ""
	}
	// A state boycotting reduces relations (CAMEO 163, SANCTION); a state
	// blockading uses military force (CAMEO 191, FIGHT).
	if m.Type == "PROTEST" && m.Actor != nil && s.official(actor) && !mentionsAny(m.Actor.Text, civilianActors) {
		switch f.e.words[0] {
		case "boycott":
			m.Type, m.Mode = "SANCTION", ""
		case "blockade":
			m.Type, m.Mode = "FIGHT", "restrict"
		}
	}
}

// placeOf reports a target that is the "of" phrase of a place right
// after a verb trigger's phrase that ends in a noun: it says where, not to
// whom ("took to the streets of Nairobi").
func (s *sentence) placeOf(f *found, r [2]int) bool {
	if !f.verb || r[0] != f.j || r[0]+1 >= r[1] || s.lower[r[0]] != "of" {
		return false
	}
	// A place the name tagger found, or a name the country dictionary
	// places (a country or its capital) where no tagger ran.
	_, known := loadActors().countries[s.lower[r[0]+1]]
	return s.placeAt(r[0]+1) || known && !s.common(r[0]+1)
}

// official reports whether tokens r name a state or its officials: a single
// capitalised name ("Serbia") or a phrase with a word of government.
func (s *sentence) official(r [2]int) bool {
	if r[1]-r[0] == 1 && s.isProperName(r[0]) && !s.isTime[r[0]] && !civilianActors[s.lower[r[0]]] && !s.commonParty(r[0]) {
		return true
	}
	// A name of several capitalised words: "the Soviet Union".
	name := 0
	for k := r[0]; k < r[1]; k++ {
		switch {
		case leadingDrop[s.lower[k]] && k == r[0]:
		case s.isProperName(k) && !s.isTime[k] && !civilianActors[s.lower[k]]:
			name++
		default:
			return officialWordIn(s, r)
		}
	}
	if name >= 2 {
		return true
	}
	return officialWordIn(s, r)
}

// commonParty reports whether token i, capitalised as the sentence's
// first word, is a common noun of people or a social group (WordNet,
// data/parties.txt): "Traders boycotted the levy" names no state.
func (s *sentence) commonParty(i int) bool {
	if i != 0 {
		return false
	}
	parties := loadActors().parties
	for _, l := range s.lem[i] {
		if parties[l] {
			return true
		}
	}
	return false
}

func officialWordIn(s *sentence, r [2]int) bool {
	for k := r[0]; k < r[1]; k++ {
		if officialWords[s.lower[k]] {
			return true
		}
	}
	return false
}

var officialWords = set(`government ministry minister embassy ambassador president prime foreign
	authorities officials spokesman spokeswoman envoy administration kremlin`)

var (
	targetPreps    = set(`against on to with at into upon`)
	nounPreps      = set(`on against of with at into upon to`)
	againstPreps   = set(`against at`)
	againstOnly    = set(`against`)
	recipientPreps = set(`to for`)
	subjectStops   = set(`that which who whom whose said says saying when while after before as because since
		if unless although though but where told announced whereas and`)
	skipBack = set(`has have had been was were is are be being will would shall can could may might
		must did does do not n't also reportedly routinely finally again once still already
		formally officially allegedly jointly then now later today yesterday tonight recently
		on last this early late overnight just 's`)
	objectStops = set(`that which who whom when where while after before since because as if unless
		although but said says , ; : ( ) " “ ” – —`)
	personalPronouns = set(`he she they it we`)
	leadingDrop      = set(`the a an`)
	finiteAux        = set(`is are was were has have had will would`)
)

// passive reports "was attacked", "have been killed".
func (s *sentence) passive(i int) bool {
	if inflection(s.lower[i]) != "ed" {
		return false
	}
	// Headlines drop the auxiliary: "Opposition MPs arrested in Mbabane",
	// a participle after its subject with no object after it.
	if s.headline() && i > 0 && isWordish(s.lower[i-1]) && (i+1 == len(s.lower) || prepositions[s.lower[i+1]]) {
		return true
	}
	// A participle joined by "and" to an earlier one with its agent after
	// it continues the passive: "was dragged from a police station and
	// killed by a mob".
	if i > 0 && s.lower[i-1] == "and" {
		for k := i + 1; k < len(s.lower) && k <= i+3; k++ { // "and beaten to death by"
			if s.lower[k] == "by" {
				return true
			}
			if !passiveComplements[s.lower[k]] {
				break // "and killed three by gunfire" is active
			}
		}
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := s.lower[k]
		if be[w] && w != "'s" {
			return true
		}
		if !strings.HasSuffix(w, "ly") && w != "not" && w != "also" {
			return false
		}
	}
	return false
}

// passiveComplements may stand between a joined participle and its
// agent: "and beaten to death by", "and left for dead by".
var passiveComplements = set(`to death dead alive unconscious badly severely repeatedly for`)

// headline reports a sentence written as a headline: a single sentence
// that ends in a word, with no closing punctuation or quote.
func (s *sentence) headline() bool {
	if len(s.d.Sentences) != 1 || len(s.lower) < 3 {
		return false
	}
	last := s.lower[len(s.lower)-1]
	return isWordish(last) || isNumber(last)
}

// subject returns the noun phrase before token i, skipping auxiliaries,
// adverbs and time expressions, up to the clause start.
func (s *sentence) subject(i int) [2]int {
	end := i
	for end > 0 {
		w := s.lower[end-1]
		if skipBack[w] || s.isTime[end-1] || strings.HasSuffix(w, "ly") && len(w) > 4 && !s.isProperName(end-1) {
			end--
			continue
		}
		break
	}
	// Skip an appositive: "Pakistan, a key ally, has refused".
	if end > 0 && s.lower[end-1] == "," {
		for k := end - 2; k > 0 && k >= end-14; k-- {
			if s.lower[k] == "," {
				end = k
				break
			}
			if s.lower[k] == "." || s.lower[k] == ";" {
				break
			}
		}
	}
	// A verb coordinated with an earlier one shares its subject:
	// "Gendarmes charged the marchers and arrested a dozen".
	if end > 1 && end == i && s.lower[end-1] == "and" {
		for k := 1; k < end-1; k++ {
			if s.clause[k] == s.clause[i] && inflection(s.lower[k]) == "ed" && !s.passive(k) {
				if r := s.subject(k); r[0] != r[1] {
					return r
				}
			}
		}
	}
	start := end
	for start > 0 && end-start < 12 {
		w := s.lower[start-1]
		if subjectStops[w] && !(w == "and" && start-2 >= 0 && (s.isProperName(start-2) || s.armedWith(start-2))) || isClauseBreak(w) || w == "." {
			break
		}
		start--
	}
	// Drop leading time expressions and adverbial prepositional phrases.
	for start < end && (s.isTime[start] || leadingDrop[s.lower[start]]) {
		start++
	}
	if start < end && prepositions[s.lower[start]] {
		return [2]int{}
	}
	// What someone poses or is dressed as is no subject: "fraudsters
	// posing as bank officials stole ..." is the fraudsters' act.
	if start > 1 && s.lower[start-1] == "as" && (strings.HasSuffix(s.lower[start-2], "ing") || strings.HasSuffix(s.lower[start-2], "ed")) {
		if r := s.subject(start - 2); r[0] < r[1] {
			return r
		}
	}
	// An infinitive after a verb and its object is done by that verb's
	// subject: "the ministry launched a campaign to vaccinate".
	if end-start > 2 && s.lower[end-1] == "to" {
		for k := end - 2; k > start; k-- {
			if inflection(s.lower[k]) == "ed" {
				if r := s.subject(k); r[0] < r[1] {
					return r
				}
				break
			}
		}
	}
	return [2]int{start, end}
}

// armedWith reports a word k that ends what "armed with" names, a few
// words on ("men armed with machetes and clubs attacked"): an "and" after
// it joins weapons, not subjects.
func (s *sentence) armedWith(k int) bool {
	for j := k; j >= 1 && j >= k-3; j-- {
		if s.lower[j] == "with" {
			return s.lower[j-1] == "armed"
		}
		if isClauseBreak(s.lower[j]) || s.lower[j] == "and" {
			return false
		}
	}
	return false
}

// resolvePronoun replaces a personal pronoun by the subject of the sentence's
// reporting verb: "Bouteflika said he is prepared to".
func (s *sentence) resolvePronoun(r [2]int) [2]int {
	if r[1]-r[0] != 1 || !personalPronouns[s.lower[r[0]]] {
		return r
	}
	if s.report > 0 && s.report < r[0] {
		if sub := s.subject(s.report); sub[0] != sub[1] {
			return sub
		}
	}
	return r
}

// object returns the noun phrase right after token j.
func (s *sentence) object(j int) [2]int {
	for j < len(s.toks) && (s.lower[j] == "up" || s.lower[j] == "down" || s.lower[j] == "off" || s.lower[j] == "out") {
		j++
	}
	return s.phrase(j)
}

// phrase returns the noun phrase starting at j, up to a preposition (but
// "of"), clause boundary or time expression, at most 8 tokens.
func (s *sentence) phrase(j int) [2]int {
	end := j
	for end < len(s.toks) && end-j < 8 {
		w := s.lower[end]
		if objectStops[w] || prepositions[w] || w == "." || s.isTime[end] || w == "to" || end > j && finiteAux[w] {
			break // an auxiliary starts the next clause's verb: "diplomats | was announced"
		}
		end++
	}
	for j < end && leadingDrop[s.lower[j]] {
		j++
	}
	return [2]int{j, end}
}

// prepObject returns the phrase after one of preps within four tokens of j
// (ten where preps is one word, "against"), before a clause stop.
func (s *sentence) prepObject(j int, preps map[string]bool) [2]int {
	for k := j; k < len(s.toks) && k < j+10; k++ {
		w := s.lower[k]
		if preps[w] {
			if p := s.phrase(k + 1); p[0] != p[1] {
				return p
			}
			continue
		}
		if objectStops[w] || w == "." {
			break
		}
		if k >= j+4 && !preps[w] && len(preps) > 1 {
			break
		}
	}
	return [2]int{}
}

// byPhrase returns the agent after "by" near j: "was attacked by militiamen".
func (s *sentence) byPhrase(j int) [2]int {
	for k := j; k < len(s.toks) && k < j+4; k++ {
		if s.lower[k] == "by" {
			return s.phrase(k + 1)
		}
		// Passive participles joined share the agent: "was beaten and
		// burned to death by a mob".
		if s.lower[k] == "and" && k+1 < len(s.toks) && (inflection(s.lower[k+1]) == "ed" || strings.HasSuffix(s.lower[k+1], "en")) {
			return s.byPhrase(k + 2)
		}
		if objectStops[s.lower[k]] {
			break
		}
	}
	return [2]int{}
}

// participialSubject returns the subject of the main clause for an -ing
// verb at token i in a participial clause after a comma (", looting shops
// and attacking police", ", hacking nine residents to death"): the doer
// of the main verb before the comma (a regular past or an irregular one),
// not a passive's. Empty where no such verb is found.
func (s *sentence) participialSubject(i int) [2]int {
	if inflection(s.lower[i]) != "ing" {
		return [2]int{}
	}
	c := i - 1
	for c > 0 && s.lower[c] != "," && i-c < 10 {
		if isClauseBreak(s.lower[c]) || s.lower[c] == "." {
			return [2]int{}
		}
		c--
	}
	if c <= 1 || s.lower[c] != "," || inflection(s.lower[c+1]) != "ing" {
		return [2]int{}
	}
	for v := 1; v < c; v++ {
		w := s.lower[v]
		if s.lower[v-1] == "," || !(inflection(w) == "ed" || irregular[w] != "" && !strings.HasSuffix(w, "s")) || s.passive(v) {
			continue
		}
		if r := s.subject(v); r[0] < r[1] {
			return r
		}
	}
	return [2]int{}
}

// farAgent returns the agent of a passive that wire style puts after a
// time, a place and a "while" clause ("were shot on Thursday while
// distributing food near the town of Kajo Keji by a group of armed
// men"): the first "by" within the clause (no comma, no finite verb, no
// relative or coordinated clause before it) that is followed by no time
// or number ("by Friday", "by 30 percent").
func (s *sentence) farAgent(j int) [2]int {
	for k := j; k+1 < len(s.toks) && k < j+16; k++ {
		w := s.lower[k]
		if w == "and" && (inflection(s.lower[k+1]) == "ed" || strings.HasSuffix(s.lower[k+1], "en")) {
			k++ // participles joined share the agent: "shot and wounded"
			continue
		}
		if w == "," || w == ";" || w == ":" || w == "." || w == "and" || w == "but" || w == "who" || w == "which" || w == "that" || s.finiteVerb(k) {
			break
		}
		if w == "by" && !s.isTime[k+1] && !isNumber(s.lower[k+1]) {
			return s.phrase(k + 1)
		}
	}
	return [2]int{}
}

// sufferer reports a phrase before the trigger that holds the subject of
// its passive, as the parse reads it: "adding that eleven police officers
// had been hurt" names who was hurt, not who hurt them.
func (s *sentence) sufferer(f *found, span [2]int) bool {
	ws := s.parse()
	if ws == nil || span[0] == span[1] || f.j-1 >= len(ws) {
		return false
	}
	pass := s.child(ws, f.j-1, "nsubj:pass")
	if h := s.phraseHead(ws, s.triggerHead(ws, f)); s.undergone(ws, h) {
		pass = s.subjectOf(ws, ws[h].Head) // "the prime minister faced protests"
	}
	return pass >= span[0] && pass < span[1]
}

// possessor returns X in "X's attack".
func (s *sentence) possessor(i int) [2]int {
	k := i - 1
	for k >= 0 && !leadingDrop[s.lower[k]] && s.lower[k] != "'s" && i-k < 4 && isWordish(s.lower[k]) && !s.isProperName(k) {
		k--
	}
	if k <= 0 || s.lower[k] != "'s" {
		return [2]int{}
	}
	end := k
	start := end
	for start > 0 && end-start < 5 && s.isProperName(start-1) {
		start--
	}
	if start == end {
		start = end - 1
	}
	// A day's or a month's is when, not who: "Saturday's march".
	if end-start == 1 && s.timeName(start) {
		return [2]int{}
	}
	return [2]int{start, end}
}

// violentTypes are the types whose actor's kind decides between them and
// whether they are political at all.
var violentTypes = map[string]bool{"ASSAULT": true, "FIGHT": true, "COERCE": true}

// townModifier reports a phrase that is a place below a state: before a
// noun trigger it says where ("the Nairobi bombing"), not who.
func (s *sentence) townModifier(m [2]int) bool {
	place := false
	for k := m[0]; k < m[1]; k++ {
		if isNumber(s.lower[k]) {
			continue // "three Atlanta attacks"
		}
		place = true
		if !s.placeAt(k) || s.stateAt(k) {
			return false
		}
	}
	return place
}

// modifiers returns the nouns before a noun trigger inside its phrase:
// "police" in "the January 2022 police crackdown".
func (s *sentence) modifiers(i int) [2]int {
	end := i
	start := i
	for start > 0 && i-start < 5 {
		w := s.lower[start-1]
		if s.isTime[start-1] || isNumber(w) || duration(w) {
			if start == end {
				end--
			}
			start--
			continue
		}
		if determiners[w] || prepositions[w] || !isWordish(w) || skipBack[w] || adjectives[w] ||
			strings.HasPrefix(w, "anti-") || strings.HasPrefix(w, "pro-") || subjectStops[w] {
			break
		}
		if start != end {
			break // only one run of words right before the trigger
		}
		start--
		end = start + 1
		for k := start - 1; k >= 0 && end-k <= 4; k-- {
			ww := s.lower[k]
			if determiners[ww] || prepositions[ww] || !isWordish(ww) || skipBack[ww] || adjectives[ww] || s.isTime[k] || subjectStops[ww] {
				break
			}
			start = k
		}
		end = i
		for end > start && (s.isTime[end-1] || isNumber(s.lower[end-1]) || duration(s.lower[end-1])) {
			end--
		}
		break
	}
	if end <= start {
		return [2]int{}
	}
	return [2]int{start, end}
}

// duration reports a compound that tells how long something lasts:
// "day-long", "three-day", "48-hour" (a strike's length, not its doer).
func duration(w string) bool {
	k := strings.LastIndexByte(w, '-')
	return k > 0 && durationParts[w[k+1:]]
}

var durationParts = set(`long day days hour hours week weeks month months year years night`)

var adjectives = set(`nationwide mass massive new fresh large big huge recent further unprecedented
	peaceful violent ongoing continued widespread first second third latest major minor brief
	general local national international political economic military armed heavy fierce brutal
	bloody deadly fatal renewed sporadic possible alleged planned official formal joint
	humanitarian emergency several many some few daily weekly indefinite open-ended`)

// arg makes an Arg of tokens r, with the entity it names when a mention of
// one overlaps it.
func (s *sentence) arg(r [2]int) *annalist.Arg {
	for r[1] > r[0] && !isWordish(s.lower[r[1]-1]) && !isNumber(s.lower[r[1]-1]) {
		r[1]--
	}
	for r[1] > r[0] && !isWordish(s.lower[r[0]]) && !isNumber(s.lower[r[0]]) {
		r[0]++
	}
	if r[1] <= r[0] {
		return nil
	}
	a, b := s.toks[r[0]].Start, s.toks[r[1]-1].End
	arg := &annalist.Arg{Text: s.d.Text[a:b], Start: a, End: b}
	best := 0
	for _, mn := range s.x.mentions[s.index] { // a and b lie in the sentence
		o := min(b, mn.end) - max(a, mn.start)
		if o > best {
			best, arg.Entity = o, s.r.Entities[mn.entity].ID
		}
	}
	return arg
}

// date returns the DATE value for a trigger at token i: a date in its
// clause; else a date fronting the sentence ("On 5 January 2022, ...") unless
// a relative or subordinate clause separates them; else the first date of
// the nearest earlier sentence of the paragraph that has one.
func (s *sentence) date(i int) string {
	sent := s.d.Sentences[s.index]
	trig := s.toks[i].Start
	best, bestDist := "", -1
	var fronted, near string
	nearDist := -1
	for _, ti := range s.x.times[s.index] {
		t := s.r.Times[ti]
		if !isDateValue(t) || t.Start < sent.Start || t.End > sent.End {
			continue
		}
		k := s.tokenAt(t.Start)
		if k < 0 {
			continue
		}
		if s.clause[k] == s.clause[i] {
			if d := abs(t.Start - trig); bestDist < 0 || d < bestDist {
				best, bestDist = t.Value, d
			}
		}
		if k <= 2 && s.clause[k] == 0 && fronted == "" && k < i && !s.subordinateBetween(k, i) {
			fronted = t.Value
		}
		// A date set off by commas ("in Lagos, Nigeria, on 4 March") still
		// dates the trigger when no subordinate clause comes between.
		if !s.subordinateBetween(min(k, i), max(k, i)) {
			if d := abs(t.Start - trig); nearDist < 0 || d < nearDist {
				near, nearDist = t.Value, d
			}
		}
	}
	if best != "" {
		return best
	}
	if fronted != "" {
		return fronted
	}
	if near != "" {
		return near
	}
	// Paragraph context: the first date of the nearest earlier sentence
	// (fronted or main-clause dates come first).
	return s.x.paraDate[s.index]
}

// subordinateBetween tells whether a word opening a subordinate clause lies
// in tokens [a, b).
func (s *sentence) subordinateBetween(a, b int) bool {
	if s.subWords == nil {
		// Counts of such words before each token, so that each of the
		// many (trigger, date) pairs of a long sentence costs one look.
		s.subWords = make([]int, len(s.lower)+1)
		for k, w := range s.lower {
			s.subWords[k+1] = s.subWords[k]
			switch w {
			case "that", "which", "who", "whom", "despite", "although", "because", "since", "when", "while":
				s.subWords[k+1]++
			}
		}
	}
	return b > a && s.subWords[b] > s.subWords[a]
}

func isDateValue(t annalist.Time) bool {
	return t.Type == annalist.Date && len(t.Value) >= 4 && t.Value[0] >= '0' && t.Value[0] <= '9'
}

// tokenAt returns the token of the sentence that holds byte off, or -1.
// Tokens come in text order without overlap: the first ending after off
// is the only one that may hold it.
func (s *sentence) tokenAt(off int) int {
	k := sort.Search(len(s.toks), func(k int) bool { return s.toks[k].End > off })
	if k < len(s.toks) && s.toks[k].Start <= off {
		return k
	}
	return -1
}

// place returns where a trigger at token i happened: the located place of
// its sentence nearest the trigger (those after "in", "at", "near" first),
// else the nearest earlier one of its paragraph, else the article's focus.
func (s *sentence) place(i int) *annalist.Place {
	sent := s.d.Sentences[s.index]
	trig := s.toks[i].Start
	var best *annalist.Place
	bestScore := 0
	dateline := -1 // the byte where a wire dateline ends ("YANGON, Nov 18 -")
	if k := s.datelineEnd(); k > 0 {
		dateline = s.toks[k].Start
	}
	for _, mn := range s.x.mentions[s.index] {
		e := &s.r.Entities[mn.entity]
		if e.Type != annalist.Location || e.Geo == nil {
			continue
		}
		if mn.start < sent.Start || mn.end > sent.End {
			continue
		}
		score := 1000 - abs(mn.start-trig)/4
		if k := s.tokenAt(mn.start); k > 0 && locPreps[s.lower[k-1]] {
			score += 1000
		}
		// A town says where better than its country: "police in
		// Bangladesh arrested him at his home in Dhaka".
		if e.Geo.Kind != annalist.GeoCountry {
			score += 500
		}
		// The dateline says where the reporter was: any place the
		// sentence names comes first.
		if mn.end <= dateline {
			score -= 2000
		}
		if best == nil || score > bestScore {
			best, bestScore = placeOf(e), score
		}
	}
	if best != nil {
		return best
	}
	// The last place of the nearest earlier sentence of the paragraph.
	if ei := s.x.paraPlace[s.index]; ei >= 0 {
		return placeOf(&s.r.Entities[ei])
	}
	if s.r.Focus != nil && s.r.Focus.Country != "" {
		if ei := s.x.focusEntity; ei >= 0 {
			return placeOf(&s.r.Entities[ei])
		}
		return &annalist.Place{Name: s.r.Focus.Country, Country: s.r.Focus.Country}
	}
	return nil
}

var locPreps = set(`in at near outside across throughout inside around from into`)

func placeOf(e *annalist.Entity) *annalist.Place {
	return &annalist.Place{Entity: e.ID, Name: e.Name, Country: e.Geo.Country, Admin1: e.Geo.Admin1,
		Lat: e.Geo.Lat, Lon: e.Geo.Lon}
}

// patientNoun are the categories whose nouns take a person's possessive as
// their patient: arrests, attacks on persons, releases.
var patientNoun = map[string]bool{"COERCE": true, "ASSAULT": true, "RETREAT": true}

// personAt reports whether tokens r name a person: a PERSON entity or a
// personal possessive pronoun.
// personNounAt reports a phrase whose head is a common noun of one person
// (WordNet's first sense, data/parties.txt): "the mayor's arrest" is done to
// the mayor, as "Khan's arrest" is to Khan, where no "of" or "on" phrase
// names another patient ("the commander's attack on the town").
func (s *sentence) personNounAt(r [2]int) bool {
	if r[1] <= r[0] || s.isProperName(r[1]-1) {
		return false
	}
	persons := loadActors().persons
	for _, l := range s.lem[r[1]-1] {
		if persons[l] {
			return true
		}
	}
	return false
}

// meetsSomeone reports a target that is a person or a body (by the
// names, or a noun of people: "his Qatari counterpart"), not a place,
// that the trigger's own clause names: not one its purpose clause is
// aimed at ("will travel to the province to look into the deaths of the
// prisoners").
func (s *sentence) meetsSomeone(f *found, r [2]int) bool {
	if r[1] <= r[0] {
		return false
	}
	head := r[1] - 1
	if ws := s.parse(); ws != nil && hasTree(ws) && len(ws) == len(s.toks) {
		p, h := s.triggerHead(ws, f), spanHead(ws, r)
		head = h
		for k, hops := h, 0; k >= 0 && k != p && hops < 8; k, hops = ws[k].Head, hops+1 {
			if clauseEdges[strings.SplitN(ws[k].Rel, ":", 2)[0]] && k < h {
				// A clause whose verb comes first holds it; a name
				// before the verb is the trigger's, which the parser
				// made the clause's subject ("met with(mark) Prime
				// Minister Hun Manet ... to press for").
				return false
			}
		}
	}
	if s.personAt(r) {
		return true
	}
	if e := s.entityOf(head); e != nil {
		return e.Type == annalist.Person || e.Type == annalist.Organization
	}
	d := loadActors()
	for _, l := range s.lem[head] {
		if d.persons[l] || d.parties[l] || wordClasses["<dignitary>"][l] {
			return true
		}
	}
	return false
}

func (s *sentence) personAt(r [2]int) bool {
	if r[1]-r[0] == 1 {
		switch s.lower[r[0]] {
		case "his", "her":
			return true
		}
	}
	a, b := s.toks[r[0]].Start, s.toks[r[1]-1].End
	for _, mn := range s.x.mentions[s.index] {
		if mn.start < b && a < mn.end && s.r.Entities[mn.entity].Type == annalist.Person {
			return true
		}
	}
	// Without an entity layer, a capitalised name that no actor dictionary
	// knows is taken for a person.
	if len(s.r.Entities) == 0 && s.isProperName(r[0]) {
		d := loadActors()
		p := strings.ToLower(strings.Join(s.lower[r[0]:r[1]], " "))
		_, agent := d.agents[p]
		_, ctry := d.countries[p]
		return !agent && !ctry
	}
	return false
}
