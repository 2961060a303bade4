package event

import (
	_ "embed"
	"strings"
	"unicode"

	"github.com/annalist/annalist/internal/wordlist"
)

//go:embed data/acled.txt
var acledFile []byte

// acledCueNames are the cues of data/acled.txt: the evidence, beyond the
// PLOVER type and the actors' kinds, that decides an ACLED sub-event type.
var acledCueNames = []string{"chemical", "air", "suicide", "shelling", "grenade", "explosive", "sexual", "abduct",
	"armed", "crowd", "repression", "force", "riotous", "riotgear", "mob", "disrupt", "arms",
	"territory", "withdraw", "base", "establish", "group", "agreement", "other", "political", "people", "death", "injury", "deal", "fight", "figure", "post", "stateside"}

// cuePhrase is one phrase of data/acled.txt, indexed by its first lemma.
type cuePhrase struct {
	words []string // lemmas; "*" matches up to four words
	cue   string
}

var acledCues = func() map[string][]cuePhrase {
	table := wordlist.Table{MinFields: 2, MaxFields: 2, Enums: map[int][]string{1: acledCueNames},
		Key: func(f []string) string { return strings.Join(strings.Fields(f[0]), " ") + "|" + f[1] }}
	out := map[string][]cuePhrase{}
	for _, l := range table.MustRead("data/acled.txt", acledFile) {
		ws := strings.Fields(strings.ToLower(l.Fields[0]))
		out[ws[0]] = append(out[ws[0]], cuePhrase{ws, l.Fields[1]})
	}
	return out
}()

// cues is the set of cues a text holds.
type cues map[string]bool

// cuesOf finds the cues of data/acled.txt in a text: a phrase matches
// where each of its words is a candidate lemma of the text's word (as the
// trigger lexicon matches inflections).
func cuesOf(text string) cues {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	})
	forms := make([][]string, len(words))
	for i, w := range words {
		forms[i] = lemmas(w)
	}
	out := cues{}
	for i, w := range words {
		// The context classes of political.go, as written.
		for _, class := range []string{"disaster", "crime", "elsewhere"} {
			if contextWords[class][w] {
				out[class] = true
			}
		}
		for _, f := range forms[i] {
			for _, p := range acledCues[f] {
				if !out[p.cue] && matchFrom(forms, i+1, p.words[1:]) && !(p.cue == "territory" && heldParticiple(words, i)) {
					out[p.cue] = true
				}
			}
		}
	}
	return out
}

// heldParticiple reports a past participle right after a
// determiner or a preposition ("in occupied Zaporizhzhia", "the
// captured town"): it describes a place as held, and tells of no taking.
func heldParticiple(words []string, i int) bool {
	return i > 0 && strings.HasSuffix(words[i], "ed") && (determiners[words[i-1]] || prepositions[words[i-1]])
}

// matchFrom reports whether the phrase words ws match the text's words
// from index i on.
func matchFrom(forms [][]string, i int, ws []string) bool {
	if len(ws) == 0 {
		return true
	}
	if ws[0] == "*" {
		for skip := 0; skip <= 4 && i+skip <= len(forms); skip++ {
			if matchFrom(forms, i+skip, ws[1:]) {
				return true
			}
		}
		return false
	}
	if i >= len(forms) {
		return false
	}
	for _, f := range forms[i] {
		if f == ws[0] {
			return matchFrom(forms, i+1, ws[1:])
		}
	}
	return false
}

// any reports whether the text holds one of the cues.
func (c cues) any(names ...string) bool {
	for _, n := range names {
		if c[n] {
			return true
		}
	}
	return false
}
