package event

import (
	"strconv"
	"strings"

	"github.com/annalist/annalist"
)

// outsideNews reports a mention that its sentence sets outside the news it
// reports: the plot of a work of fiction (fictionFrame), violence or
// protest decades before the publication date (historical: a measure of
// 1974 may still be what a story of 1987 is about), or practice (drill). Such a
// sentence may be full of killing and fighting and report no event: "The
// novel follows a sniper who kills dozens of enemy fighters", "Eighty
// years ago, Allied troops landed in Normandy", "the navy held live-fire
// exercises, firing missiles at simulated targets".
func (s *sentence) outsideNews(f *found, m *Mention) bool {
	return s.fictionFrame() || contentious[m.Type] && s.historical(f, m) || s.drill(m)
}

// fictionFrame reports a sentence whose subject or fronted phrase is a work
// of fiction or of the screen ([fiction]): "In the film, a young soldier
// deserts his unit" (a fronted "in the film,"), or "The novel follows a
// sniper who ..." (the work followed by a verb in the present tense, in
// which plots are told, past an appositive set off by commas: "The video
// game, set in a future civil war, lets players storm ..."). A work that is
// only a modifier ("the film's director", "a series of bombings") or whose
// verb is in the past ("the film was banned") is no frame.
func (s *sentence) fictionFrame() bool {
	k, fronted := 0, false
	if k < len(s.lower) && s.lower[k] == "in" {
		k, fronted = k+1, true
	}
	if k < len(s.lower) && attrDeterminers[s.lower[k]] {
		k++
	}
	// Up to two modifiers before the work's noun ("the new video game").
	for n := 0; n < 3 && k < len(s.lower); n++ {
		w := s.lower[k]
		if contextWords["fiction"][w] {
			if k+1 < len(s.lower) && contextWords["fiction"][s.lower[k+1]] {
				k++ // "the war film series"
				continue
			}
			break
		}
		if !isWordish(w) || !s.common(k) {
			return false
		}
		k++
	}
	if k >= len(s.lower) || !contextWords["fiction"][s.lower[k]] {
		return false
	}
	k++
	if fronted {
		return k < len(s.lower) && s.lower[k] == ","
	}
	// Past an appositive set off by commas.
	if k < len(s.lower) && s.lower[k] == "," {
		for k++; k < len(s.lower) && s.lower[k] != ","; k++ {
		}
		k++
	}
	return k < len(s.lower) && s.presentTense(k)
}

// presentTense reports a verb in the present tense at token k: by its tag
// (VBZ, VBP) where the sentence has tags, else a lower-case word in -s
// that is no possessive nor plural of a word ending in -ss ("follows",
// "lets", "tells").
func (s *sentence) presentTense(k int) bool {
	if tg := s.tagsTo(k + 1); tg != nil {
		return tg[k].XPOS == "VBZ" || tg[k].XPOS == "VBP"
	}
	w := s.lower[k]
	return s.common(k) && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") && w != "was" && w != "has"
}

// historyYears is how many years before publication a year must lie to
// set what a clause tells in history rather than news.
const historyYears = 10

// historical reports a mention dated historyYears or more before the
// publication: by its resolved date, or by a year in its clause or fronted
// after "in" or "during" ("died at the Battle of the Somme in 1916", "in
// March 1944", "during the 1984 strike"), or a word of a past era
// ([era]) on a trigger noun, or "ago" after decades ("eighty years ago", "decades
// ago"). A year after "of" or "the" names what a thing is of ("the 1994
// genocide") and dates no other event of the sentence, but the noun
// trigger it modifies (the genocide itself).
func (s *sentence) historical(f *found, m *Mention) bool {
	pub := yearOf(s.r.Published)
	if pub == 0 {
		return false
	}
	if y := yearOf(m.Date); y > 0 && y <= pub-historyYears {
		return true
	}
	inScope := func(k int) bool { return s.clause[k] == s.clause[f.i] || k <= 4 && s.clause[k] == 0 }
	for k, w := range s.lower {
		if !inScope(k) {
			continue
		}
		if y, err := strconv.Atoi(w); err == nil && len(w) == 4 && y >= 1000 && y <= pub-historyYears && k > 0 {
			p := k - 1
			if p > 0 && months[s.lower[p]] {
				p--
			}
			if s.lower[p] == "in" || s.lower[p] == "during" {
				return true
			}
			// "During" dates its clause through a determiner too ("shot
			// dead by police during the 1984 strike"); "in the 2019
			// bombing" may name a case of today.
			if p > 0 && attrDeterminers[s.lower[p]] && s.lower[p-1] == "during" {
				return true
			}
			// "During the uprising of 1848" dates its clause as "during
			// 1848" does.
			if s.lower[p] == "of" && p > 1 && s.duringNoun(p-1) {
				return true
			}
			// A year that modifies the trigger itself dates it: "the
			// victims of the 1994 genocide".
			if !f.verb && (f.i == k+1 || f.i == k+2 && !s.triggerAt(k+1)) {
				return true
			}
		}
		// A word of a past era that modifies a trigger noun dates it,
		// and its clause after "in" or "during" ("soldiers killed in a
		// Roman battle", "a medieval siege"); "the ancient city" is a
		// place of today.
		if contextWords["era"][w] && k+1 < len(s.lower) && s.triggerAt(k+1) {
			if f.i == k+1 {
				return true
			}
			p := k - 1
			if p > 0 && attrDeterminers[s.lower[p]] {
				p--
			}
			if p >= 0 && (s.lower[p] == "in" || s.lower[p] == "during") {
				return true
			}
		}
		if w == "ago" && k > 0 {
			p := s.lower[k-1]
			if contextWords["ago"][p] {
				return true
			}
			if (p == "years" || p == "year") && k > 1 && numberValue(s.lower[k-2]) >= historyYears {
				return true
			}
		}
	}
	return false
}

// drill reports violence in a sentence of practice ([drill]: "exercises",
// "simulated targets", or "exercise" as a noun: "during an exercise") that
// counts no one killed or hurt, or that names no party doing it: a
// training accident ("a shell exploded on the range during an exercise,
// injuring a gunner"). Militants who attack troops at an exercise stay.
func (s *sentence) drill(m *Mention) bool {
	if m.Type != "FIGHT" && m.Type != "ASSAULT" || !s.has("drill") && !s.exerciseNoun() {
		return false
	}
	return !s.hurt() || m.Actor == nil || !political(m.Actor) && !coded(m.Actor) && thingActor(m.Actor)
}

// exerciseNoun reports "exercise" as a noun of practice, after a
// determiner or a modifier of training ("an exercise", "a training
// exercise"), not the verb ("exercise restraint").
func (s *sentence) exerciseNoun() bool {
	for k := 1; k < len(s.lower); k++ {
		if s.lower[k] != "exercise" {
			continue
		}
		switch p := s.lower[k-1]; p {
		case "training", "military", "naval", "joint", "live-fire":
			return true
		default:
			if attrDeterminers[p] {
				return true
			}
		}
	}
	return false
}

// tallyTarget reports a seizure or capture of what an election or a game
// is won in ([tally]: "took 71 of the 120 seats", "captured the title"):
// no coercion nor fighting. (A boycott of the vote is a protest.)
func tallyTarget(m *Mention) bool {
	if m.Type != "COERCE" && m.Type != "FIGHT" || m.Target == nil {
		return false
	}
	for _, t := range []string{m.Target.Text, head(m.Target.Text)} {
		ws := argWords(t)
		if len(ws) > 0 && contextWords["tally"][ws[len(ws)-1]] {
			return true
		}
	}
	return false
}

// nobody reports an argument that denies anyone took part: "no one was
// hurt", "nobody was arrested". The mention is negated.
func nobody(a *annalist.Arg) bool {
	if a == nil {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(a.Text)) {
	case "no one", "nobody", "no-one", "none":
		return true
	}
	return false
}

// yearOf is the year of an ISO date ("2024-03-01", "1916"), or 0.
func yearOf(date string) int {
	if len(date) < 4 {
		return 0
	}
	y, err := strconv.Atoi(date[:4])
	if err != nil {
		return 0
	}
	return y
}

var months = set(`january february march april may june july august september october november december`)

// numberValue is the value of a number written in digits or as a word of
// tens ("eighty"), or 0.
func numberValue(w string) int {
	if n, err := strconv.Atoi(strings.ReplaceAll(w, ",", "")); err == nil {
		return n
	}
	return tensWords[w]
}

var tensWords = map[string]int{"ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}

// duringNoun reports a noun at token k that "during" governs, through a
// determiner ("during the uprising").
func (s *sentence) duringNoun(k int) bool {
	p := k - 1
	if p >= 0 && attrDeterminers[s.lower[p]] {
		p--
	}
	return p >= 0 && s.lower[p] == "during"
}
