package event

import (
	_ "embed"
	"slices"
	"strings"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/internal/wordlist"
)

//go:embed data/aftermath.txt
var aftermathFile []byte

var aftermathWords = wordlist.MustSections("data/aftermath.txt", aftermathFile,
	"judicial", "statistic", "industry", "criminal", "span", "group", "gain")

// aftermath reports a mention that names what is judged, counted or
// remembered after an event, or a cause at work, rather than an event its
// sentence reports: a violent noun that a court judges (judged), a plural
// noun counted in figures (statistic), an act counted from ("ten years
// since the attack": elapsed), a disaster or a cause as the actor
// (causeActor), a blast at an industrial site (industrialBlast),
// violence by people who break the law for gain (criminalActor), what
// those whose link to its doers is denied did (deniedLink) and a
// participle that describes who is accused (describedAccused).
func (s *sentence) aftermath(f *found, m *Mention) bool {
	violent := m.Type == "ASSAULT" || m.Type == "FIGHT" || m.Type == "COERCE"
	return violent && (s.judged(f) || s.statistic(f) || s.elapsed(f) || s.industrialBlast() || s.criminalActor(m) || s.deniedLink(f) || s.describedCharge(f)) ||
		causeActor(m) || s.describedAccused(f, m)
}

// nounTrigger reports a trigger that is a noun, or a gerund after "of" or
// "for" ("convicted of murdering").
func (s *sentence) nounTrigger(f *found) bool {
	return !f.verb || f.i > 0 && (s.lower[f.i-1] == "of" || s.lower[f.i-1] == "for") && strings.HasSuffix(s.lower[f.i], "ing")
}

// judged reports a noun trigger after a word of a court's work in its
// clause: the act judged, not one reported ("jailed for the 2013 attack",
// "the trial of five men accused of the bombing").
func (s *sentence) judged(f *found) bool {
	if !s.nounTrigger(f) {
		return false
	}
	for k := f.i - 1; k >= 0 && k >= f.i-15; k-- {
		w := s.lower[k]
		if aftermathWords["judicial"][w] {
			return true
		}
		if isClauseBreak(w) && w != "who" {
			return false
		}
	}
	return false
}

// judgedPerson reports a target of the police's act on crime that is
// members of a criminal group ("members of a car-theft ring"), whom the
// "member" cue would make political. (Courts' acts stay: PLOVER's
// codebook codes a conviction, whatever the crime, as DISAPPROVE.)
func (s *sentence) judgedPerson(t *annalist.Arg) bool {
	ws := argWords(t.Text)
	for k, w := range ws {
		if (w == "member" || w == "members") && k+1 < len(ws) && ws[k+1] == "of" {
			rest := strings.Join(ws[k+2:], " ")
			// (A gang, a ring or a cartel held by the police is a
			// criminal group, the armed groups' own fights aside.)
			return !cuesOf(rest)["political"] && !mentionsAny(rest, contextWords["armed"]) &&
				(crimeWords(ws[k+2:]) || slices.ContainsFunc(ws[k+2:], func(w string) bool { return aftermathWords["group"][w] }))
		}
	}
	return false
}

// crimeWords reports a word of crime among ws, or as a compound's last
// part ("car-theft").
func crimeWords(ws []string) bool {
	for _, w := range ws {
		if k := strings.LastIndexByte(w, '-'); k > 0 {
			w = w[k+1:]
		}
		if contextWords["crime"][w] {
			return true
		}
	}
	return false
}

// statistic reports a plural noun trigger in a sentence of figures ("more
// than 6,000 murders in the last quarter, up eight percent").
//
// So is one right after "the number of" ("the number of murders in the
// city had fallen by a fifth"); "a number of attacks" are attacks.
func (s *sentence) statistic(f *found) bool {
	w := s.lower[f.j-1]
	if f.verb || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	if f.i >= 3 && s.lower[f.i-3] == "the" && s.lower[f.i-2] == "number" && s.lower[f.i-1] == "of" {
		return true
	}
	return s.hasAny(aftermathWords["statistic"])
}

// elapsed reports a noun trigger within four words after "since" that
// follows a span of time: what time is counted from ("marked ten years
// since the Garissa University attack"). A determiner after "since" makes
// a noun phrase of what the tagger may read as a verb.
//
// So is one after "after" that follows a span of years ("ten years after
// the massacre, survivors gathered"); a span of days or weeks after an
// act ("two days after the attack, police arrested") may be what is told.
func (s *sentence) elapsed(f *found) bool {
	for k := f.i - 1; k >= 1 && k >= f.i-4; k-- {
		if s.lower[k] == "since" || s.lower[k] == "after" {
			np := !f.verb || attrDeterminers[s.lower[k+1]]
			span := s.lower[k-1]
			if s.lower[k] == "after" && !longSpan[span] {
				return false
			}
			return np && aftermathWords["span"][span]
		}
	}
	return false
}

// longSpan are the spans after which an act is history.
var longSpan = set(`years decades decade`)

// industrialBlast reports an explosion at or in an industrial site in a
// sentence with no armed word: an industrial accident ("an explosion at a
// coal mine killed 41 miners").
func (s *sentence) industrialBlast() bool {
	if s.has("armed") {
		return false
	}
	for i, w := range s.lower {
		switch w {
		case "explosion", "explosions", "blast", "blasts", "exploded":
		default:
			continue
		}
		if i+1 >= len(s.lower) || s.lower[i+1] != "at" && s.lower[i+1] != "in" {
			continue
		}
		for k := i + 2; k < len(s.lower) && k <= i+5; k++ {
			if aftermathWords["industry"][s.lower[k]] {
				return true
			}
		}
	}
	return false
}

// criminalActor reports violence whose actor is named as people who break
// the law for gain ("armed robbers"), in a sentence of crime, unless a
// political side is the target.
func (s *sentence) criminalActor(m *Mention) bool {
	// A political figure's property is no political target ("burglars
	// broke into the mayor's house").
	if m.Actor == nil || political(m.Target) && !ownedThing(m.Target) || !s.has("crime") {
		return false
	}
	return aftermathWords["criminal"][headWord(m.Actor)]
}

// causeActor reports a mention whose actor is a disaster or a cause (the
// last word before any preposition a word of [disaster] or [cause]) with
// no armed word: a flood, a leak or a fire does not act ("a chemical leak
// at a fertiliser plant sent 40 villagers to hospital"), but weapons' fire
// does ("mortar fire killed two civilians").
func causeActor(m *Mention) bool {
	if m.Actor == nil || mentionsAny(m.Actor.Text, contextWords["armed"]) || cuesOf(m.Actor.Text)["armed"] {
		return false
	}
	var w string
	for _, x := range argWords(m.Actor.Text) {
		if placePreps[x] {
			break
		}
		w = x
	}
	return contextWords["disaster"][w] || contextWords["cause"][w]
}

// placePreps end the noun phrase that names a cause: "a leak at a plant".
var placePreps = set(`of at in on near inside outside from`)

// describedAccused reports "accused of", "charged with" or "suspected of"
// right after a noun, with no auxiliary: a reduced relative that says who
// someone is ("the trial of five men accused of the bombing"), not an
// accusation made. The active verb has its object before the preposition
// ("rebels accused soldiers of raping"), the passive its auxiliary
// ("soldiers were accused of torturing").
func (s *sentence) describedAccused(f *found, m *Mention) bool {
	if m.Type != "DISAPPROVE" || f.j != f.i+1 || f.i == 0 || f.j >= len(s.lower) {
		return false
	}
	switch s.lower[f.i] + " " + s.lower[f.j] {
	case "accused of", "charged with", "suspected of":
	default:
		return false
	}
	prev := s.lower[f.i-1]
	return isWordish(prev) && !be[prev] && !auxiliaries[prev] && !pronouns[prev] && !getting[prev] &&
		!strings.HasSuffix(prev, "ly") && prev != "and"
}

// describedCharge reports a noun trigger that is what a reduced relative
// accuses someone of ("two men suspected of kidnapping were lynched", "a
// woman accused of witchcraft"): the charge that says who they are, not
// an act the sentence reports. A gerund with an object tells the act
// ("soldiers accused of killing twelve villagers"), which stays.
func (s *sentence) describedCharge(f *found) bool {
	if !s.nounTrigger(f) || f.i < 3 {
		return false
	}
	if f.i+1 < len(s.lower) {
		n := s.lower[f.i+1]
		if !be[n] && !auxiliaries[n] && !isClauseBreak(n) && isWordish(n) {
			return false
		}
	}
	p, q, r := s.lower[f.i-1], s.lower[f.i-2], s.lower[f.i-3]
	if !(p == "of" && slices.ContainsFunc(s.lem[f.i-2], func(l string) bool { return accusedOf[l] }) || p == "with" && q == "charged") {
		return false
	}
	return isWordish(r) && !be[r] && !auxiliaries[r] && !pronouns[r] && !getting[r] && !strings.HasSuffix(r, "ly") && r != "and"
}

// getting makes a participle passive: "got charged with".
var getting = set(`get gets got getting having`)

// mobOnAccused reports a crowd's violence on people whom the words right
// after the target accuse or suspect ("attacked a group of herders accused
// of stealing cattle"), where the parse ends the target before them: mob
// justice, as mobJustice reads it inside the target.
func (s *sentence) mobOnAccused(m *Mention) bool {
	if m.Type != "ASSAULT" || m.Actor == nil || m.Target == nil || !cuesOf(m.Actor.Text)["mob"] && !crowdOf(m.Actor) {
		return false
	}
	for k, tok := range s.toks {
		if tok.Start < m.Target.End {
			continue
		}
		for _, w := range s.lower[k:min(k+2, len(s.lower))] {
			if strings.HasPrefix(w, "accuse") || strings.HasPrefix(w, "suspect") || strings.HasPrefix(w, "alleged") {
				return true
			}
		}
		return false
	}
	return false
}

// deniedLink reports a violent verb in a relative clause on people to
// whom someone denies a link ("said it had no link to the gunmen who
// attacked a hotel", "denied any ties with the militants who bombed"): a
// denial of responsibility, which reports no attack, as claimOnly reads
// "denied involvement in the bombing".
func (s *sentence) deniedLink(f *found) bool {
	if !f.verb || f.i < 3 {
		return false
	}
	switch s.lower[f.i-1] {
	case "who", "that", "which":
	default:
		return false
	}
	for k := f.i - 2; k >= 1 && k >= f.i-7; k-- {
		w := s.lower[k]
		if isClauseBreak(w) {
			return false
		}
		if !linkWords[w] {
			continue
		}
		for _, d := range s.lower[max(k-2, 0):k] {
			if d == "no" || d == "any" || lemmaIs(d, "deny") {
				return true
			}
		}
	}
	return false
}

// linkWords name a tie to someone that a denial denies.
var linkWords = set(`link links ties connection connections relation relations`)

// criminalGroup reports an argument that names a gang, ring or cartel by
// a crime for gain ([group] with [gain] or [criminal] words: "a
// kidnapping gang", "a gang of burglars", "a gang that stole cars"): a
// criminal group, not the organised armed group kinds.txt makes of gangs
// and cartels.
func criminalGroup(text string) bool {
	ws := argWords(text)
	gain := func(w string) bool {
		if k := strings.LastIndexByte(w, '-'); k > 0 && !aftermathWords["gain"][w] {
			w = w[k+1:]
		}
		return aftermathWords["gain"][w] || aftermathWords["criminal"][w]
	}
	for k, w := range ws {
		if !aftermathWords["group"][w] {
			continue
		}
		if k > 0 && gain(ws[k-1]) {
			return true
		}
		if k+1 < len(ws) && (ws[k+1] == "of" || ws[k+1] == "that" || ws[k+1] == "which" || ws[k+1] == "who") {
			for _, v := range ws[k+2 : min(k+5, len(ws))] {
				if gain(v) {
					return true
				}
			}
		}
	}
	return false
}

// forGain reports a word of crime for gain or of people who commit it in
// the sentence ([gain], [criminal]: "arrested five suspected kidnappers",
// "a man who defrauded investors"), for the police's work on crime.
func (s *sentence) forGain() bool {
	for _, w := range s.lower {
		if aftermathWords["gain"][w] || aftermathWords["criminal"][w] {
			return true
		}
	}
	return false
}

// ownedThing reports an argument that names a thing after a possessor
// ("the mayor's house"): its head word no person or group of WordNet's,
// nor armed.
func ownedThing(a *annalist.Arg) bool {
	if a == nil || !strings.Contains(a.Text, "'s ") {
		return false
	}
	w := headWord(a)
	if w == "" || contextWords["armed"][w] {
		return false
	}
	d := loadActors()
	for _, l := range lemmas(w) {
		if d.parties[l] {
			return false
		}
	}
	return !d.parties[w]
}
