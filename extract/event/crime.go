package event

import (
	"strings"

	"github.com/annalist/annalist"
)

// crimeCase reports the law's work on ordinary crime: an arrest, a
// detention, a raid or a seizure (COERCE) by the police, the courts or
// the border and customs guards ([lawforce]), or by no one named ("three
// men were arrested for smuggling cigarettes"), in a sentence that names
// an ordinary crime ([crime], [charge]: "arrested eight suspected drug
// dealers", "caught crossing the border illegally") or whose target is
// named by a crime's role; and the police's force on a target named only
// by such a role ("police shot dead an armed robber", "robbers were killed
// in a shootout with police"). ACLED codes arrests of political actors
// only, and no violence between the police and criminals. Nothing
// political may take part: no word of [motive] (protest, opposition,
// terrorism, a hostage), no political cue (sedition, treason, a
// journalist), no figure of public life taken, no demonstration, no armed
// word but the police's ("soldiers rounded up men accused of links to
// jihadist groups" stays).
func (s *sentence) crimeCase(m *Mention) bool {
	switch m.Type {
	case "COERCE", "ASSAULT", "FIGHT":
	default:
		return false
	}
	// A gang taken is police work, but a gang that fights the police is an
	// organised armed group (kinds.txt: "exchanged fire with gangs").
	t := m.Target
	role := crimeRole(t, m.Type == "COERCE")
	// A cue in the role's own words is the crime's ("a gang leader").
	sent := s.d.Sentences[s.index]
	text := s.d.Text[sent.Start:sent.End]
	if role {
		text = strings.Replace(text, t.Text, "", 1)
	}
	if s.has("motive") || s.armedButPolice() || s.demonstration() || cuesOf(text)["political"] {
		return false
	}
	if m.Type == "COERCE" {
		// The law takes people and goods; a deportation, a ban or a
		// curfew is a state's measure ("expelled thousands of illegal
		// immigrants").
		if !(m.Mode == "" || lawTaking[m.Mode]) {
			return false
		}
		if m.Actor != nil && !lawSide(m.Actor) {
			return false
		}
		if !role && t != nil && (s.realParty(t) && !countryOnly(t) || partyWords(t) || cuesOf(t.Text)["figure"]) {
			return false
		}
		return role || s.namesCrime()
	}
	// Force: the police's on a doer of crime, or a fight of the police
	// whose other side is one or is left unnamed in a sentence of crime
	// ("armed robbers were killed in a shootout with police").
	if m.Type == "FIGHT" && (lawSide(m.Actor) && (t == nil && s.namesCrime() || role) || lawSide(t) && (m.Actor == nil && s.namesCrime() || crimeRole(m.Actor, false))) {
		return true
	}
	if m.Actor != nil {
		return lawSide(m.Actor) && role
	}
	return role && s.hasAny(policeWords)
}

// lawTaking are the modes of COERCE by which the law takes people or
// goods (a raid has none).
var lawTaking = set(`arrest detain seize confiscate`)

// lawSide reports the police, the justice system or the border and
// customs guards.
func lawSide(a *annalist.Arg) bool {
	return a != nil && (lawActor(a) || mentionsAny(a.Text, policeWords) || mentionsAny(a.Text, contextWords["lawforce"]))
}

// crimeRole reports an argument named by a role or a charge of ordinary
// crime ("a suspected car thief", "armed robbers"), or with gangs a gang
// or its people ("a gang leader"), with no political cue ("a suspected
// rebel commander").
func crimeRole(a *annalist.Arg, gangs bool) bool {
	if a == nil {
		return false
	}
	if gangs && gangArg(a) {
		return true
	}
	if cuesOf(a.Text)["political"] {
		return false
	}
	for _, w := range argWords(head(a.Text)) {
		if crimeWord(w) {
			return true
		}
	}
	return false
}

// crimeWord reports a word of [crime] as written or one of whose lemmas
// is of [charge] ("murders", "dealers"). [crime] lists its inflections:
// "suspected" is no crime ("suspected of planning to disrupt the vote").
func crimeWord(w string) bool {
	if contextWords["crime"][w] {
		return true
	}
	for _, l := range lemmas(w) {
		if contextWords["charge"][l] {
			return true
		}
	}
	return false
}

// namesCrime reports a sentence with a word of ordinary crime (crimeWord).
func (s *sentence) namesCrime() bool {
	for _, w := range s.lower {
		if crimeWord(w) {
			return true
		}
	}
	return false
}
