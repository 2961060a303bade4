// Package theme tags an article with themes from a taxonomy of about
// forty (taxonomy.go): PROTEST, REPRESSION, ELECTION, CORRUPTION, ...
//
// A theme is assigned when its cue words and phrases (stemmed) occur often
// enough for the article's length, or when the article's events imply it:
// a PROTEST event is the PROTEST theme, violence or coercion by security
// forces against protesters, activists or journalists is REPRESSION, armed
// clashes are ARMED_CONFLICT. Record.Themes lists them by strength.
package theme

import (
	"math"
	"sort"
	"strings"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/internal/words"
	"github.com/annalist/annalist/text"
)

// Extractor fills Record.Themes; it reads Record.Events, so it runs after
// the event extractor.
type Extractor struct{}

// New returns the theme extractor.
func New() *Extractor { return &Extractor{} }

// Name implements extract.Extractor.
func (*Extractor) Name() string { return "theme" }

// Extract implements extract.Extractor.
func (*Extractor) Extract(d *text.Doc, r *annalist.Record) {
	r.Themes = assign(len(d.Tokens), d.Folded, r.Events)
}

// Scored is a theme and its strength: cue hits plus the weight of the
// events that imply it.
type Scored struct {
	Theme    string
	Strength float64
}

// MinHits returns how many cue hits a theme needs in an article of n
// words: two, and one more for every 250 words beyond 500, so that a long
// article needs more than passing mentions.
func MinHits(n int) float64 {
	return math.Max(2, 2+float64(n-500)/250)
}

// eventWeight is what one event counts towards the themes it implies.
const eventWeight = 2

// Score returns every theme with a non-zero strength, strongest first.
func Score(toks []text.Token, events []annalist.Event) (scores []Scored, wordCount int) {
	return score(len(toks), foldTokens(toks), events)
}

// foldTokens lower-cases tokens' texts with straight apostrophes, as
// text.Doc.Folded does.
func foldTokens(toks []text.Token) func(int) string {
	return func(i int) string { return strings.ToLower(strings.ReplaceAll(toks[i].Text, "’", "'")) }
}

// score is Score over n tokens whose folded texts fold gives.
func score(n int, fold func(int) string, events []annalist.Event) (scores []Scored, wordCount int) {
	stems := make([]string, 0, n)
	for i := range n {
		if w := fold(i); words.IsWord(w) {
			stems = append(stems, stem(w))
		}
	}
	strength := map[string]float64{}
	for i := 0; i < len(stems); {
		n, themes := longest(stems, i)
		for _, th := range themes {
			strength[th]++
		}
		i += n
	}
	for _, e := range events {
		if e.Modality != "" {
			continue
		}
		for _, th := range implied(e) {
			strength[th] += eventWeight
		}
	}
	for th, s := range strength {
		scores = append(scores, Scored{th, s})
	}
	sort.Slice(scores, func(i, j int) bool {
		if scores[i].Strength != scores[j].Strength {
			return scores[i].Strength > scores[j].Strength
		}
		return scores[i].Theme < scores[j].Theme
	})
	return scores, len(stems)
}

// Assign returns the themes whose strength reaches MinHits, strongest first.
func Assign(toks []text.Token, events []annalist.Event) []string {
	return assign(len(toks), foldTokens(toks), events)
}

func assign(n int, fold func(int) string, events []annalist.Event) []string {
	scores, words := score(n, fold, events)
	min := MinHits(words)
	var out []string
	for _, s := range scores {
		if s.Strength >= min {
			out = append(out, s.Theme)
		}
	}
	return out
}

// implied returns the themes an event stands for.
func implied(e annalist.Event) []string {
	actor, target := argText(e.Actor), argText(e.Target)
	switch e.Type {
	case "PROTEST":
		return []string{"PROTEST"}
	case "ASSAULT", "COERCE":
		if hasAny(actor, securityForces) && hasAny(target, civilians) {
			return []string{"REPRESSION"}
		}
		if e.Type == "ASSAULT" && (e.Mode == "explosives" || e.Mode == "suicide-attack") {
			return []string{"TERRORISM"}
		}
	case "FIGHT":
		return []string{"ARMED_CONFLICT"}
	case "SANCTION":
		return []string{"SANCTIONS"}
	case "CONSULT", "AGREE":
		if hasAny(strings.ToLower(e.Trigger.Text)+" "+target, []string{"peace", "ceasefire", "truce"}) {
			return []string{"PEACE_PROCESS"}
		}
	}
	return nil
}

var (
	securityForces = []string{"police", "security", "troops", "army", "soldier", "guard", "military", "forces", "riot"}
	civilians      = []string{"protest", "demonstrat", "civilian", "activist", "journalist", "opposition", "student", "worker", "crowd", "dissident"}
)

func argText(a *annalist.Arg) string {
	if a == nil {
		return ""
	}
	return strings.ToLower(a.Text)
}

func hasAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// cues indexes the stemmed cue phrases by their first stem.
var cues = map[string][]cue{}

type cue struct {
	stems []string
	theme string
}

func init() {
	seen := map[string]bool{}
	for _, t := range taxonomy {
		for _, c := range strings.Split(t.cues, ",") {
			var ss []string
			for _, w := range strings.Fields(strings.ToLower(c)) {
				ss = append(ss, stem(w))
			}
			key := t.name + ":" + strings.Join(ss, " ")
			if len(ss) > 0 && !seen[key] { // "protester" and "protest" are one cue
				seen[key] = true
				cues[ss[0]] = append(cues[ss[0]], cue{ss, t.name})
			}
		}
	}
}

// longest returns the length of the longest cue phrase at stems[i] (1 when
// none) and the themes it cues.
func longest(stems []string, i int) (int, []string) {
	best := 0
	var themes []string
	for _, c := range cues[stems[i]] {
		n := len(c.stems)
		if i+n > len(stems) || n < best {
			continue
		}
		ok := true
		for k := 1; k < n; k++ {
			if stems[i+k] != c.stems[k] {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if n > best {
			best, themes = n, nil
		}
		themes = append(themes, c.theme)
	}
	if best == 0 {
		return 1, nil
	}
	return best, themes
}

// suffixes stripped by stem, longest first within each group.
var suffixes = []string{"isations", "izations", "isation", "ization", "ations", "ation", "ators", "ator",
	"ments", "ment", "nesses", "ness", "ities", "ity", "ings", "ing", "ists", "ist", "isms", "ism",
	"ised", "ized", "ises", "izes", "ise", "ize", "ers", "er", "ors", "or", "ies", "ied", "ed", "es", "s"}

// stem reduces a lower-case word to a crude stem by stripping one common
// English suffix, keeping at least four letters. Cues and text go through
// the same function, so only consistency matters.
func stem(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
	for _, suf := range suffixes {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}
