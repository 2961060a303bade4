package event

import (
	"strings"

	"github.com/annalist/annalist/text"
)

// parseArguments finds the actor (agent) and target (patient) of the
// trigger at f from the dependency parse (Universal Dependencies), when the
// document has a parser with heads. ok is false without a usable parse;
// the word-window rules of args.go then decide.
//
//   - a verb: actor = nsubj, or the obl:agent ("by") of a passive; target =
//     obj, or nsubj:pass; without an object, an obl with "on", "against" or
//     "at" ("fired on protesters");
//   - a verb without its own subject takes it through coordination ("police
//     arrested and beat them": conj), control ("police moved to disperse
//     the crowd": xcomp) and relative clauses ("troops who shelled the
//     town": acl:relcl → the noun they modify); a participle modifying a
//     noun ("protesters killed by police": acl) has that noun as target;
//   - a noun: actor = its "by" nmod, its possessor (a person's possessive
//     is the patient of an arrest or killing) or a compound modifier
//     ("police crackdown"); target = its "of", "on" or "against" nmod; a
//     noun that is the object of a light verb ("carried out an attack")
//     takes the light verb's subject as actor.
func (s *sentence) parseArguments(f *found) (actor, target [2]int, ok bool) {
	ws := s.parse()
	if ws == nil || !hasTree(ws) {
		return actor, target, false
	}
	p := f.i
	if f.light >= 0 && f.light < len(ws) && ws[f.i].Head == f.light {
		// The noun is the light verb's object: its subject acts.
		actor = s.span(ws, s.child(ws, f.light, "nsubj"))
		if actor[0] == actor[1] {
			actor = s.span(ws, s.agentOf(ws, f.light))
		}
		target = s.span(ws, s.nounTarget(ws, p))
		return actor, target, true
	}
	if ws[p].UPOS == "VERB" || f.verb {
		subj := s.child(ws, p, "nsubj")
		obj := s.child(ws, p, "obj")
		if pass := s.child(ws, p, "nsubj:pass"); pass >= 0 {
			obj = pass
			subj = s.agentOf(ws, p)
		}
		if subj < 0 || wh[s.lower[subj]] && strings.HasPrefix(ws[p].Rel, "acl") {
			subj = s.inheritedSubject(ws, p)
		}
		if obj < 0 && ws[p].Rel == "acl" && ws[p].Head >= 0 {
			obj = ws[p].Head // "protesters killed by police"
			if a := s.agentOf(ws, p); a >= 0 {
				subj = a
			}
		}
		if obj < 0 {
			obj = s.oblWith(ws, p, "on", "against", "at", "upon")
		}
		return s.span(ws, subj), s.span(ws, obj), true
	}
	// A noun: the killing of three protesters by police.
	a := s.oblWith(ws, p, "by")
	if a < 0 {
		if poss := s.child(ws, p, "nmod:poss"); poss >= 0 {
			if patientNoun[f.e.category] && s.personAt(s.span(ws, poss)) {
				target = s.span(ws, poss)
			} else {
				a = poss
			}
		}
	}
	if a < 0 {
		a = s.child(ws, p, "compound")
	}
	if target[0] == target[1] {
		target = s.span(ws, s.nounTarget(ws, p))
	}
	return s.span(ws, a), target, true
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
	if a := s.child(ws, h, "obl:agent"); a >= 0 {
		return a
	}
	return s.oblWith(ws, h, "by")
}

// oblWith returns the obl or nmod dependent of h whose case marker is one
// of preps, or -1.
func (s *sentence) oblWith(ws []text.Word, h int, preps ...string) int {
	for i, w := range ws {
		if w.Head != h || !strings.HasPrefix(w.Rel, "obl") && !strings.HasPrefix(w.Rel, "nmod") {
			continue
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
		case "conj", "xcomp":
			h := w.Head
			if h < 0 {
				return -1
			}
			if sub := s.child(ws, h, "nsubj"); sub >= 0 {
				return sub
			}
			p = h
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
			switch strings.SplitN(w.Rel, ":", 2)[0] {
			case "det", "amod", "compound", "nummod", "flat", "nmod", "fixed":
				lo, hi = min(lo, i), max(hi, i+1)
				grow(i)
			case "conj", "cc":
				if i > n {
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
