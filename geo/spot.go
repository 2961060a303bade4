package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annalist/annalist/gazetteer"
	"github.com/annalist/annalist/text"
)

// Toponym is a place name (or demonym) found in a text by Spot.
type Toponym struct {
	Start, End int    // byte offsets
	Text       string // as written
	Kind       string // kind of the most prominent place of that name
	// Confident is set when the name is hardly anything but a place: a
	// country, unit, region, continent, feature, demonym or large city.
	Confident bool
	nested    bool // found by Nested inside a tagger's mention
}

// connectors may sit inside a multi-word name: "Bosnia and Herzegovina",
// "Gulf of Mexico", "Rio de Janeiro".
var connectors = map[string]bool{"of": true, "and": true, "de": true, "del": true, "da": true, "do": true,
	"dos": true, "das": true, "du": true, "des": true, "la": true, "le": true, "el": true, "al": true,
	"the": true, "on": true, "upon": true, "di": true, "y": true, "en": true, "sur": true, "am": true, "an": true}

// Spot finds place names in d with the gazetteer alone: the longest
// gazetteer names among capitalised token sequences, kept when they are
// likely to be places here (not a common word opening a sentence, not part
// of a person's or organisation's name). It is the fallback when no
// tagger has named the locations, and a source of places a tagger missed.
func Spot(d *text.Doc, g *gazetteer.Gazetteer) []Toponym {
	lower := lowerWords(d)
	var out []Toponym
	rejected := map[string]bool{} // keys seen inside a person's name: one sense per article
	maxWords := min(g.MaxWords(), 7)
	for si := range d.Sentences {
		toks := d.SentenceTokens(si)
		for i := 0; i < len(toks); {
			if !capitalised(toks[i].Text) {
				out = appendParts(out, d.Text, toks[i], g, lower) // "made-in-China", "pro-Russian"
				i++
				continue
			}
			// Longest gazetteer name starting here.
			found, dot := -1, false
			var best gazetteer.Place
			for j := min(len(toks), i+maxWords) - 1; j >= i; j-- {
				if !capitalised(toks[j].Text) || !chain(toks[i:j+1]) {
					continue
				}
				end := toks[j].End
				// "Ky." and "Ont.": the tokenizer leaves the period apart.
				if j+1 < len(toks) && toks[j+1].Text == "." && toks[j+1].Start == end {
					if p, ok := g.Best(d.Text[toks[i].Start : end+1]); ok {
						found, best, dot = j, p, true
						break
					}
				}
				if p, ok := g.Best(d.Text[toks[i].Start:end]); ok {
					found, best = j, p
					break
				}
			}
			if found < 0 {
				// "U.S.-led", "Turkish-Syrian": the capitalised parts of a
				// hyphenated word.
				out = appendParts(out, d.Text, toks[i], g, lower)
				i++
				continue
			}
			end := toks[found].End
			if dot {
				end++
			}
			name := d.Text[toks[i].Start:end]
			key := gazetteer.Key(name)
			ok := keep(g, toks, i, found, best, lower)
			switch {
			case ok:
			case !major(best.Kind) && !prominentCity(best) && afterName(toks, i):
				rejected[key] = true // a surname: "Barack Obama"
			case i == found && g.IsFirstName(toks[i].Text) && beforeSurname(toks, found):
				rejected[key] = true // "Georgia Stevens", then "Georgia began skating"
			case best.Kind == gazetteer.City && i > 0 && afterName(toks, i) && g.IsFirstName(toks[i-1].Text):
				rejected[key] = true // "Jenny Palma", then "Palma said"
			}
			if ok {
				out = append(out, Toponym{Start: toks[i].Start, End: end, Text: name, Kind: best.Kind,
					Confident: major(best.Kind) || prominentCity(best) || namedUnit(name, best)})
			}
			i = found + 1
		}
	}
	// One sense per article: a name seen as part of a person's name is
	// not a place elsewhere either ("Obama", "Jordan").
	kept := out[:0]
	for _, t := range out {
		if !rejected[gazetteer.Key(t.Text)] {
			kept = append(kept, t)
		}
	}
	return kept
}

// appendParts spots the capitalised parts of a hyphenated or slashed
// token: "Russia-Turkey", "U.S.-led", "Russia/CIA".
func appendParts(out []Toponym, s string, t text.Token, g *gazetteer.Gazetteer, lower map[string]bool) []Toponym {
	if !strings.ContainsAny(t.Text, "-/") {
		return out
	}
	start := 0
	for k := 0; k <= len(t.Text); k++ {
		if k < len(t.Text) && t.Text[k] != '-' && t.Text[k] != '/' {
			continue
		}
		part := t.Text[start:k]
		if capitalised(part) && !stopwords[strings.ToLower(part)] {
			if p, ok := g.Best(part); ok && (major(p.Kind) || p.Population >= 100000) {
				out = append(out, Toponym{Start: t.Start + start, End: t.Start + k, Text: part, Kind: p.Kind, Confident: true})
			}
		}
		start = k + 1
	}
	return out
}

// chain tells whether toks can form one name: capitalised words joined
// by connectors, no punctuation but periods in abbreviations.
func chain(toks []text.Token) bool {
	for k, t := range toks {
		if capitalised(t.Text) {
			continue
		}
		if k > 0 && k < len(toks)-1 && (connectors[t.Text] || t.Text == "'s" || t.Text == "’s") {
			continue
		}
		return false
	}
	return true
}

// major kinds are names rarely borne by anything else.
func major(kind string) bool {
	switch kind {
	case gazetteer.Country, gazetteer.Continent, gazetteer.Region, gazetteer.Demonym, gazetteer.Admin1, gazetteer.Other:
		return true
	}
	return false
}

// keep decides whether toks[i..j], a gazetteer name, is a place here.
func keep(g *gazetteer.Gazetteer, toks []text.Token, i, j int, best gazetteer.Place, lower map[string]bool) bool {
	first := toks[i].Text
	low := strings.ToLower(first)
	single := i == j
	if single && stopwords[low] || headNounAfter(toks, j) {
		return false
	}
	// A common word capitalised only because it opens a sentence or a
	// headline: the article uses it in lower case too.
	caps := isAllCaps(first) && utf8.RuneCountInString(first) > 1
	if single && lower[low] && opensSentence(toks, i) && !caps {
		return false
	}
	// "Georgia Stevens", "Vladimir Putin": a first name before a surname.
	if single && g.IsFirstName(first) && beforeSurname(toks, j) {
		return false
	}
	if !single && stopPhrases[gazetteer.Key(joinText(toks[i:j+1]))] {
		return false
	}
	if single && isAllCaps(first) && utf8.RuneCountInString(first) <= 3 && best.Kind != gazetteer.Country && best.Kind != gazetteer.Region && best.Kind != gazetteer.Admin1 {
		return false // acronyms: "AP", "BBC"
	}
	// A common word ("Justice", "Amber") names a place only when it is a
	// large one; a small namesake needs more than its capital letter.
	if single && !major(best.Kind) && !prominentCity(best) && (g.IsCommonWord(first) || lower[low]) {
		return false
	}
	// A dateline in capitals: "WASHINGTON Barack Obama pardoned ...".
	if caps && i == 0 && utf8.RuneCountInString(first) > 3 {
		return true
	}
	if best.Kind == gazetteer.Admin1 && i > 0 && capitalised(toks[i-1].Text) && !opensSentence(toks, i-1) &&
		!directions[strings.ToLower(toks[i-1].Text)] {
		return false // "North Eastern Province": part of a longer name
	}
	// "The Atlantic" inside a sentence: a publication's title. "Toyota
	// Starlet": a maker and its model.
	if afterTitleThe(toks, i, j) || !major(best.Kind) && brandModel(toks, i, j) {
		return false
	}
	if major(best.Kind) || !single && namedUnit(joinText(toks[i:j+1]), best) {
		return true // also within names of organisations: "Dallas County Sheriff's Office"
	}
	// Part of a longer capitalised name: "Mevlut Mert Altintas",
	// "Washington Post". A large city keeps its place in names of
	// organisations ("Edmonton Police Service"); names of people are the
	// commoner error for the others.
	if partOfName(toks, i, j) && (!afterName(toks, i) || directions[strings.ToLower(toks[i-1].Text)] || isAllCaps(toks[i-1].Text)) &&
		prominentCity(best) && !(single && g.IsFirstName(first)) {
		return true
	}
	if partOfName(toks, i, j) {
		return false
	}
	if i > 0 && titles[strings.TrimSuffix(strings.ToLower(toks[i-1].Text), ".")] {
		return false
	}
	return true
}

// beforeSurname tells whether toks[j] is followed by a capitalised word
// that could be a surname: not a word that names organisations or places.
func beforeSurname(toks []text.Token, j int) bool {
	if j+1 >= len(toks) || !capitalised(toks[j+1].Text) {
		return false
	}
	w := strings.ToLower(toks[j+1].Text)
	return !placeWords[w] && !orgWords[w] && !stopwords[w] && !titles[w] && !isAllCaps(toks[j+1].Text)
}

func joinText(toks []text.Token) string {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// stopPhrases are names of buildings and institutions that a gazetteer
// has as villages: "White House".
var stopPhrases = map[string]bool{"white house": true, "downing street": true, "the kremlin": true, "capitol hill": true}

// orgWords follow a place's name in names of organisations and teams.
var orgWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`times post news herald tribune journal daily today telegraph gazette star
		sun mail press chronicle observer guardian review record courier bulletin
		airlines airways air university college club party army council bank group company ministry
		government police street square avenue road stadium park hotel hospital school church airport
		station institute museum centre center zoo fc united city county international national
		declaration protocol agreement accord summit conference convention treaty games olympics
		marathon open cup league festival fire department district court board commission`) {
		orgWords[w] = true
	}
}

// afterName tells whether toks[i] follows a capitalised word that is not
// a function word opening the sentence: "Barack Obama", "Tim Burton".
func afterName(toks []text.Token, i int) bool {
	if i == 0 || !capitalised(toks[i-1].Text) {
		return false
	}
	return !opensSentence(toks, i-1) || !stopwords[strings.ToLower(toks[i-1].Text)]
}

// namedUnit is a unit whose name says it is one: "Dallas County".
func namedUnit(name string, p gazetteer.Place) bool {
	if p.Kind != gazetteer.Admin2 && p.Kind != gazetteer.Admin1 {
		return false
	}
	w := strings.Fields(name)
	return len(w) > 1 && unitWords[strings.ToLower(w[len(w)-1])]
}

// prominentCity is a city large or important enough to name things after.
func prominentCity(p gazetteer.Place) bool {
	return p.Kind == gazetteer.City && (p.Population >= 100000 || p.Feature == "PPLC" || p.Feature == "PPLA")
}

// partOfName tells whether toks[i..j] has capitalised neighbours (not
// opening the sentence) that make it part of a longer name.
func partOfName(toks []text.Token, i, j int) bool {
	if j+1 < len(toks) && capitalised(toks[j+1].Text) && !placeWords[strings.ToLower(toks[j+1].Text)] {
		return true
	}
	if i > 0 && capitalised(toks[i-1].Text) && i-1 > 0 {
		return true
	}
	if i == 1 && capitalised(toks[0].Text) && !stopwords[strings.ToLower(toks[0].Text)] {
		return true
	}
	return false
}

// opensSentence tells whether toks[i] is capitalised by position: first
// in the sentence, or after an opening quote, bracket or colon.
func opensSentence(toks []text.Token, i int) bool {
	if i == 0 {
		return true
	}
	return strings.Contains("\"“‘'(:—–-", toks[i-1].Text)
}

// lowerWords is the set of words the document writes in lower case.
func lowerWords(d *text.Doc) map[string]bool {
	m := map[string]bool{}
	for _, t := range d.Tokens {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if unicode.IsLower(r) {
			m[t.Text] = true
		}
	}
	return m
}

func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isAllCaps(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// placeWords may follow a place name inside a longer name of the same
// place: "Almaty Region", "Mexico City".
var placeWords = map[string]bool{"city": true, "province": true, "region": true, "county": true, "state": true,
	"oblast": true, "district": true, "island": true, "islands": true, "valley": true, "governorate": true,
	"prefecture": true, "republic": true, "peninsula": true, "strait": true, "sea": true, "river": true}

// directions may precede a city's name in the name of one of its parts:
// "Greater Toronto Area", "Downtown Edmonton".
var directions = map[string]bool{"north": true, "south": true, "east": true, "west": true, "upper": true, "lower": true,
	"greater": true, "downtown": true, "central": true, "northern": true, "southern": true, "eastern": true,
	"western": true, "metro": true, "old": true, "inner": true, "outer": true}

// titles precede names of people.
var titles = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "president": true, "minister": true,
	"gen": true, "general": true, "sen": true, "senator": true, "rep": true, "gov": true, "governor": true,
	"king": true, "queen": true, "prince": true, "princess": true, "pope": true, "saint": true, "sir": true,
	"lord": true, "judge": true, "justice": true, "chancellor": true, "premier": true, "mayor": true,
	"ambassador": true, "secretary": true, "coach": true, "captain": true, "capt": true, "col": true,
	"lt": true, "sgt": true, "officer": true, "professor": true, "prof": true, "rev": true, "father": true,
	"sheikh": true, "imam": true, "ayatollah": true, "chairman": true, "director": true, "spokesman": true,
	"spokeswoman": true, "leader": true}

// stopwords are capitalised words that name some village somewhere but
// almost never a place in English news.
var stopwords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the this that these those he she it we they i you his her its our their
		in on at to of for from by with as but and or not no yes if so then there here when where while after before
		since until during about above below over under between among through against without within
		monday tuesday wednesday thursday friday saturday sunday
		january february march april may june july august september october november december
		mr mrs ms dr president minister police government army university college school hospital church
		north south east west northern southern eastern western central upper lower new old great little
		god lord christmas easter islam muslim christian jewish catholic
		one two three four five six seven eight nine ten first second third last next
		all some many most more much few other such each every both either neither any
		what which who whom whose why how also even just only still yet already very
		said says say tell told according reuters ap afp associated press news times post daily
		state city county republic kingdom union party council court congress senate parliament
		national international federal royal democratic republican liberal conservative labour
		people man woman men women children family friends home world earth sun moon
		media internet online video photo image twitter facebook
		island islands bay lake river mount mountain mountains sea ocean gulf valley delta coast beach park
		street road avenue square bridge port harbour harbor airport station center centre plateau desert
		forest hill hills province region district county cape point falls springs heights
		lakes states rivers seas
		xinhua interfax tass yonhap kyodo anadolu bernama itar ria novosti
		`) {
		stopwords[w] = true
	}
}
