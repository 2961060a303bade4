package timex

import (
	"strings"
	"time"

	"github.com/annalist/annalist/text"
)

// parseTense is the tense of the verb that governs the expression at token
// i in the sentence's parse (+1 future, -1 past, 0 when the parse is
// missing or says nothing): the nearest verb above the expression's word,
// read with its auxiliaries.
//
//	"Voters approved the measure on Tuesday"      approved: VBD        → past
//	"The council has voted on Monday"             has + VBN            → past
//	"The council will vote on Friday"             will + VB            → future
//	"The council is meeting on Friday"            is + VBG             → future
//	"The council was meeting on Friday"           was + VBG            → past
//	"Voters are going to approve it on Tuesday"   going (to) + VB      → future
func (c *ctx) parseTense(i int) int {
	d := c.doc
	if d == nil || d.Parser == nil || i < 0 || i >= len(c.t) {
		return 0
	}
	si := d.SentenceAt(c.t[i].start)
	words := d.Parse(si)
	toks := d.SentenceTokens(si)
	if len(words) != len(toks) || len(words) == 0 {
		return 0
	}
	k := -1
	for n, t := range toks {
		if t.Start <= c.t[i].start && c.t[i].start < t.End {
			k = n
			break
		}
	}
	if k < 0 {
		return 0
	}
	// Up to the governing verb.
	for steps := 0; steps < 8 && k >= 0 && k < len(words); steps++ {
		if words[k].UPOS == "VERB" || words[k].UPOS == "AUX" && words[k].Head < 0 {
			break
		}
		k = words[k].Head
	}
	if k < 0 || k >= len(words) || words[k].UPOS != "VERB" && words[k].UPOS != "AUX" {
		return 0
	}
	return verbGroupTense(toks, words, k)
}

// verbGroupTense reads the verb words[k] with its auxiliaries.
func verbGroupTense(toks []text.Token, words []text.Word, k int) int {
	v := words[k]
	var aux []int
	for n, w := range words {
		if w.Head == k && (strings.HasPrefix(w.Rel, "aux") || w.Rel == "cop") {
			aux = append(aux, n)
		}
	}
	present := false
	for _, n := range aux {
		low := strings.ToLower(toks[n].Text)
		switch {
		case futureAux[low]:
			return 1
		case words[n].XPOS == "VBD" && low != "would" && low != "could" && low != "might" && low != "should":
			return -1 // was, were, had, did
		case words[n].XPOS == "VBZ" || words[n].XPOS == "VBP":
			present = true // is, are, has, have
		case words[n].XPOS == "MD":
			return 1 // can, may, must, could, might, should, would
		}
	}
	switch v.XPOS {
	case "VBD":
		return -1
	case "VBN":
		if present {
			return -1 // has voted
		}
	case "VBG":
		if present {
			return 1 // is meeting
		}
	}
	// "going to approve": the verb hangs from "going".
	if h := v.Head; v.Rel == "xcomp" && h >= 0 && h < len(words) && strings.EqualFold(toks[h].Text, "going") {
		return 1
	}
	return 0
}

// futureAux are the auxiliaries of the future.
var futureAux = map[string]bool{"will": true, "shall": true, "'ll": true, "’ll": true, "wo": true, "ll": true}

// clauseTense reads the verb group of the clause around tokens [i,j)
// without a parse: the nearest tense cue before the expression within its
// clause, else the nearest after it, stopping at clause marks (",", ";",
// "which", "who"...), so that "Voters approved it on Tuesday, which will
// ..." reads "approved", not "will". 0 when the clause has none.
func (c *ctx) clauseTense(i, j int) int {
	s := c.sentence(i)
	lo, hi := 0, len(c.t)
	if s >= 0 {
		lo, hi = c.sentLo[s], c.sentHi[s]
	}
	for k := i - 1; k >= lo && k >= i-12; k-- {
		if clauseMark(c.t, k) {
			break
		}
		if v := c.cue(k); v != 0 {
			return v
		}
	}
	k := j
	for k < hi && c.t[k].kind == 'p' && c.t[k].low == "," {
		k++ // "On Tuesday, voters approved ..."
	}
	for ; k < hi && k < j+12; k++ {
		if clauseMark(c.t, k) {
			break
		}
		if v := c.cue(k); v != 0 {
			return v
		}
	}
	return 0
}

// cue is the tense token k marks: +1 for a future auxiliary or plan, -1
// for a past auxiliary or a past form, 0 otherwise.
func (c *ctx) cue(k int) int {
	w := c.t[k].low
	if len(w) > 4 && strings.HasSuffix(w, "ing") && c.t.is(k-1, "is", "are", "am") {
		return 1 // "is meeting farmers on Friday"
	}
	switch {
	case futureCues[w] || timetableVerbs[w]:
		return 1
	case pastCues[w] || reportingVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !c.t.capital(k) && w != "expected" && w != "scheduled":
		return -1
	}
	return 0
}

// clauseMark tells whether token k ends a clause for clauseTense.
func clauseMark(t toks, k int) bool {
	switch t[k].low {
	case ",", ";", ":", "—", "–", "(", ")", "\"", "which", "who", "that", "because", "while", "but", "when", "after", "before", "until":
		return true
	}
	return false
}

// about is the date a weekday at token i counts from: a day the sentence
// has named explicitly before it ("On March 3, 2019, the plant closed; it
// reopened on Friday" is the Friday after March 3, 2019), else the
// publication date.
func (c *ctx) about(i int) time.Time {
	if c.ref.g >= gDay && !c.refDCT && c.refSent == c.sentence(i) && c.refSent >= 0 {
		return c.ref.date()
	}
	return c.dct
}

// mixedCues tells whether the sentence of token i has tense cues of both
// the past and the future, reporting verbs aside ("Voters approved the
// plan that officials will fund on Tuesday").
func (c *ctx) mixedCues(i int) bool {
	s := c.sentence(i)
	if s < 0 {
		return false
	}
	if c.mixed == nil {
		c.mixed = make([]int8, len(c.sentLo))
	}
	if c.mixed[s] == 0 {
		past, future := false, false
		for k := c.sentLo[s]; k < c.sentHi[s] && k >= 0; k++ {
			if reportingVerbs[c.t[k].low] {
				continue // "said ... will vote Friday": the clause reading does
			}
			switch c.cue(k) {
			case 1:
				future = true
			case -1:
				past = true
			}
		}
		c.mixed[s] = -1
		if past && future {
			c.mixed[s] = 1
		}
	}
	return c.mixed[s] == 1
}
