package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/gazetteer"
	"github.com/annalist/annalist/text"
)

// A place's name often modifies a noun that says what the whole is: "the
// Pueblo tribe" is a people, "the Atlantic magazine" a publication, "a
// Toyota sedan" a product. nonPlaceHeads are such head nouns, by what they
// make of the name before them; a mention followed by one is not used as a
// place and is not geocoded ("Indian tribe" is not India).
var nonPlaceHeads = map[string]string{}

func init() {
	for class, words := range map[string]string{
		"people":      `tribe tribes tribal tribesmen tribespeople clan clans`,
		"publication": `magazine newspaper tabloid weekly broadsheet`,
		"product":     `car cars sedan sedans hatchback truck trucks pickup minivan suv motorcycle vehicle vehicles model models brand carmaker automaker`,
	} {
		for _, w := range strings.Fields(words) {
			nonPlaceHeads[w] = class
		}
	}
}

// headAfter is the class of the non-place head noun right after a name
// ending at end ("tribe" of "Pueblo tribe"), or "".
func headAfter(txt string, end int) string {
	if end < 0 || end >= len(txt) || txt[end] != ' ' {
		return ""
	}
	rest := txt[end+1 : min(len(txt), end+20)]
	k := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if k >= 0 {
		rest = rest[:k]
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLower(r) {
		return ""
	}
	return nonPlaceHeads[rest]
}

// usedAsPlace tells whether some mention of e is neither the modifier of a
// non-place head noun ("Pueblo tribe") nor a title ("The Atlantic"). A
// mention that closes an address ("Midland, Michigan, USA newspaper") is a
// place whatever follows.
func (r *Resolver) usedAsPlace(txt string, e *annalist.Entity) bool {
	for _, m := range e.Mentions {
		if titled(txt, r.Gaz, m) {
			continue
		}
		if headAfter(txt, m.End) == "" || m.Start >= 2 && m.Start <= len(txt) && txt[m.Start-2:m.Start] == ", " {
			return true
		}
	}
	return len(e.Mentions) == 0
}

// titled tells whether a mention reads "The X" with a capital "The" inside
// a sentence, X a place whose name does not begin with "The" ("The
// Atlantic", "The Australian"): the title of a publication, a work or a
// band, not the place.
func titled(txt string, g *gazetteer.Gazetteer, m annalist.Span) bool {
	if m.Start < 0 || m.Start > len(txt) {
		return false
	}
	start, name := m.Start, m.Text
	if rest, ok := strings.CutPrefix(name, "The "); ok {
		name = rest
	} else if strings.HasSuffix(txt[:start], "The ") {
		start -= len("The ") // the tagger left "The" out
	} else {
		return false
	}
	if name == "" || len(g.Matches(name)) == 0 || len(g.Matches("The "+name)) > 0 {
		return false // "The British Council" holds more than a place; "The Hague" is one
	}
	// "The U.S. Transportation Department": the name goes on.
	if m.End <= len(txt) {
		if w := strings.Fields(txt[m.End:min(len(txt), m.End+30)]); len(w) > 0 && txt[m.End] == ' ' && capitalised(w[0]) {
			return false
		}
	}
	// "The Atlantic was calm.": capitalised by position.
	before := strings.TrimRightFunc(txt[max(0, start-20):start], unicode.IsSpace)
	if before == "" || strings.ContainsAny(before[len(before)-1:], ".!?\"“‘'(:—–-\n") {
		return false
	}
	return true
}

// brandModel tells whether toks[i..j], a place's name opening a longer
// name, is followed by one capitalised word, the last of the name, that
// neither names places nor organisations: a maker and its model ("Toyota Starlet"), where the
// place's name is the maker's, not a place.
func brandModel(toks []text.Token, i, j int) bool {
	if j+1 >= len(toks) || i > 0 && capitalised(toks[i-1].Text) && !opensSentence(toks, i-1) {
		return false
	}
	if unitWords[strings.ToLower(toks[j].Text)] {
		return false // "Metcalfe County Coroner"
	}
	k := j + 2
	for k < len(toks) && strings.Contains("'s ’s ' ’", toks[k].Text) && toks[k].Text != " " {
		k++ // "Edmonton Traders' Association"
	}
	if k < len(toks) && capitalised(toks[k].Text) {
		return false // "Winnipeg Free Press", "Adair County Regional Jail"
	}
	next := toks[j+1].Text
	w := strings.ToLower(next)
	return capitalised(next) && !isAllCaps(next) && !placeWords[w] && !orgWords[w] && !stopwords[w] && !titles[w] && !connectors[w]
}

// afterTitleThe tells whether toks[i..j] is all of a name after a capital
// "The" that does not open the sentence: "The Atlantic", a title, but not
// "The U.S. Transportation Department".
func afterTitleThe(toks []text.Token, i, j int) bool {
	return i > 0 && toks[i-1].Text == "The" && !opensSentence(toks, i-1) &&
		(j+1 >= len(toks) || !capitalised(toks[j+1].Text))
}

// headNounAfter tells whether toks[j] is followed by a non-place head noun.
func headNounAfter(toks []text.Token, j int) bool {
	return j+1 < len(toks) && nonPlaceHeads[toks[j+1].Text] != ""
}
