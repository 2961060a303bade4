package event

import (
	"strings"

	"github.com/annalist/annalist"
)

// Readings of a trigger that its grammar decides, before the type model.

// militaryWeapons makes a generic killing or an assault with heavy weapons
// military (PLOVER FIGHT, not ASSAULT), and a bombing from the air an air
// strike; end is the token after the violence read (the trigger, or for
// an outcome the specific violence whose type it took).
func (s *sentence) militaryWeapons(m *Mention, end int) {
	switch {
	case (m.Type == "ASSAULT" || m.Type == "FIGHT") && m.Mode != "suicide-attack" && (s.hasAny(suicideWords) || s.blewSelfUp()) &&
		!s.weaponSubject(m.tok-s.first):
		// A suicide attack is an assault (CAMEO 1831) on whomever it hits,
		// soldiers too, and whatever vehicle carries the bomb; aircraft or
		// artillery striking in the same sentence strike back ("planes
		// bombarded ... in retaliation for the suicide bombing").
		m.Type, m.Mode = "ASSAULT", "suicide-attack"
	case m.Type == "ASSAULT" && m.Mode != "sexual" && m.Mode != "abduct" && s.hasAny(chemicalWords):
		// Chemical weapons are unconventional mass violence (CAMEO 20,
		// FIGHT as the gold records code it), whoever they hit.
		m.Type, m.Mode = "FIGHT", "other"
	case m.Type == "ASSAULT" && (m.Mode == "" || m.Mode == "kill") && (s.hasAny(heavyWeapons) || s.airAttack()) ||
		m.Type == "ASSAULT" && m.Mode == "explosives" && s.hasAny(aerial) ||
		(m.Type == "ASSAULT" || m.Type == "FIGHT") && m.Mode == "firearms" && s.firedWith(end):
		m.Type, m.Mode = "FIGHT", "heavy-weapons"
	}
}

// firedWith reports heavy weapons in a "with" phrase within a few words
// after the trigger that ends at token j ("opened fire with artillery on
// a bus", "fired on the village with mortars"): fighting with artillery
// and tanks (CAMEO 194), whoever is hit, not gunfire.
func (s *sentence) firedWith(j int) bool {
	for k := j; k < len(s.lower) && k < j+6; k++ {
		if isClauseBreak(s.lower[k]) {
			return false
		}
		if s.lower[k] != "with" {
			continue
		}
		for x := k + 1; x < len(s.lower) && x <= k+3; x++ {
			if heavyWeapons[s.lower[x]] {
				return true
			}
		}
	}
	return false
}

// weaponSubject reports aircraft or heavy weapons among the few words
// before the trigger at i in its clause, its subject as wires write it
// ("Israeli planes bombarded", "tanks shelled").
func (s *sentence) weaponSubject(i int) bool {
	return s.subjectWordBefore(i, aerial, heavyWeapons)
}

// blewSelfUp reports an attacker who blew himself up: "blew himself up",
// "blowing themselves up" (a suicide attack).
func (s *sentence) blewSelfUp() bool {
	for k := 0; k+2 < len(s.lower); k++ {
		if lemmaIs(s.lower[k], "blow") && reflexives[s.lower[k+1]] && s.lower[k+2] == "up" {
			return true
		}
	}
	return false
}

var reflexives = set(`himself herself themselves`)

// airActor reports an actor that is aircraft or an air force: "a U.S.
// drone struck a compound", "the air force bombed a village" (an air
// strike, PLOVER FIGHT).
func airActor(a *annalist.Arg) bool {
	return a != nil && (mentionsAny(a.Text, aerial) || strings.Contains(strings.ToLower(a.Text), "air force"))
}

// airAttack reports an air raid or an air strike in the sentence ("the
// field was damaged by an Iraqi air raid before the platform was
// attacked"): the sentence's attacks are from the air.
func (s *sentence) airAttack() bool {
	for k := 0; k+1 < len(s.lower); k++ {
		if s.lower[k] == "air" && (lemmaIs(s.lower[k+1], "raid") || lemmaIs(s.lower[k+1], "strike")) {
			return true
		}
	}
	return false
}

var (
	suicideWords  = set(`suicide`)
	chemicalWords = set(`chemical chlorine sarin mustard nerve toxic poison poisonous`)
)

// strikeReading reads the verb "strike" with a direct object as hitting
// it ("warplanes struck rebel positions", "an earthquake struck the
// region"), not as a labour strike, which takes none ("workers struck over
// pay"): an attack, which the weapons named may make military and the
// context a disaster (political.go).
func (s *sentence) strikeReading(f *found, m *Mention) {
	if m.Type != "PROTEST" || m.Mode != "strike" || f.e.words[0] != "strike" || len(f.e.words) > 1 {
		return
	}
	if f.verb && m.Verb && !s.hasObject(f.i) && !s.armedBefore(f.i) || (!f.verb || !m.Verb) && !s.aimed(f.j) && !(f.light >= 0 && s.armedBefore(f.light)) {
		return
	}
	m.Type, m.Mode = "ASSAULT", ""
}

// armedBefore reports aircraft or armed forces just before the verb at i,
// its subject ("Israeli aircraft struck targets", "jets carried out
// strikes on Monday": the light verb): they do not go on labour strike.
func (s *sentence) armedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if aerial[s.lower[k]] || militaryWords[s.lower[k]] {
			return true
		}
	}
	return false
}

// aimed reports a noun trigger ending before j that is aimed at
// something: "strikes on militant positions", "the strike against the
// town" (a labour strike is over, for or by something, or at a workplace,
// and "on Monday" is its date).
func (s *sentence) aimed(j int) bool {
	return j < len(s.lower) && (s.lower[j] == "on" && !(j+1 < len(s.lower) && s.isTime[j+1]) || s.lower[j] == "against") &&
		!s.measureAfter(j)
}

// measureAfter reports whether the noun phrase after the preposition at j
// names a measure or an act rather than a place or people: its head (the
// last word before a preposition or a break) is an abstract noun of the
// lexicon ("policy", "law", "reform"), a trigger itself ("a government
// freeze on wages", "the cuts") or a nominalisation ("privatisation").
// A strike against a measure is labour protest; one against a town, an
// attack.
func (s *sentence) measureAfter(j int) bool {
	h := -1
	for k := j + 1; k < len(s.lower) && k <= j+4; k++ {
		w := s.lower[k]
		if prepositions[w] || !isWordish(w) || isClauseBreak(w) || s.isTime[k] {
			break
		}
		h = k
	}
	if h < 0 || s.isProperName(h) {
		return false
	}
	for _, l := range s.lem[h] {
		if wordClasses["<abstract>"][l] || wordClasses["<demand>"][l] || len(lexiconCategories(l)) > 0 && !wordClasses["<place>"][l] {
			return true
		}
	}
	w := s.lower[h]
	for _, suf := range []string{"tion", "tions", "ment", "ments", "ism"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// hasObject reports whether the verb at i has a direct object: by the
// parse where the sentence has one, else when a determiner, a number or a
// name follows it ("struck the region", "struck Kabul"; not "strike next
// week", "struck over pay").
func (s *sentence) hasObject(i int) bool {
	if ws := s.parse(); ws != nil {
		return s.child(ws, i, "obj") >= 0
	}
	if i+1 >= len(s.toks) || s.isTime[i+1] {
		return false
	}
	n := s.lower[i+1]
	return determiners[n] && n != "of" && n != "more" && n != "no" || isNumber(n) || s.isProperName(i+1)
}

// labourStrike reports a strike that its actor or its own words make
// labour action: a phrase of the lexicon flagged labour ("downed tools",
// "a go-slow"), workers, a social group or a union on strike ("truck
// drivers began a strike", "the union began a strike"), or a kind of
// strike only labour makes ("a token strike", "a wildcat strike").
// The type model, which reads "strike" often as a blow, does not re-type
// it (classify); a strike with an object or an armed subject was read as
// a blow before (strikeReading).
func (s *sentence) labourStrike(f *found, m *Mention) bool {
	if m.Type == "PROTEST" && f.e.labour {
		return true // "downed tools", "a go-slow", "an indefinite strike"
	}
	if m.Type != "PROTEST" || m.Mode != "strike" && m.Mode != "hunger-strike" {
		return false
	}
	if s.people(m) || m.Actor != nil && !s.hasCommon("elsewhere") && unionArg(m.Actor) {
		return true
	}
	return f.i > 0 && labourStrikeWords[s.lower[f.i-1]]
}

var (
	unionWords        = set(`union unions`)
	labourStrikeWords = set(`indefinite general nationwide national open-ended hunger sit-down wildcat token warning rolling`)
)

// labourActor reports an argument that names a union or labour (CAMEO
// LAB) or people by their head noun (peopleArg): who strikes at work, not
// what strikes a blow ("lightning struck").
func labourActor(a *annalist.Arg) bool {
	return unionArg(a) || a != nil && peopleArg(a)
}

// unionArg reports an argument that names a union or labour (CAMEO LAB).
func unionArg(a *annalist.Arg) bool {
	return a != nil && (strings.HasSuffix(a.CAMEO, "LAB") || mentionsAny(head(a.Text), unionWords))
}
