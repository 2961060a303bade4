// Package count finds numbers of people affected in news text: killed,
// injured, arrested, missing, displaced, protesters (crowd size) and
// troops, in digits or words, with their qualifier.
//
// A count is a number phrase tied to a cue that says what is counted. The
// cue may come after the number ("at least 238 people dead", "12 were
// killed", "5,000 protesters") or before it ("killing 12", "the death toll
// rose to 40", "a crowd of 10,000"). A number without a cue is no count.
//
// Conventions:
//   - Qualifiers are normalised to the contract's four: "at least" (also
//     no fewer than), "more than" (over, upwards of, in excess of), "up to"
//     (as many as, fewer than, less than, under, at most) and "about"
//     (around, some, roughly, approximately, an estimated, close to, and
//     nearly and almost, which say the figure is close but not reached).
//   - Vague plurals get the smallest value the plural allows and the
//     qualifier "at least": dozens 24, scores 40, hundreds 200, thousands
//     2,000, tens of thousands 20,000, hundreds of thousands 200,000,
//     millions 2,000,000; "several hundred" 300, "a few thousand" 2,000.
//     "A dozen" is 12 with no qualifier.
//   - A singular "a/an <noun> was killed" counts one.
//   - "Casualties" is not counted: it mixes the killed and the injured.
//   - Animals (birds culled, pigs dead) are no casualties and are skipped.
package count

import (
	_ "embed"
	"strings"

	"github.com/annalist/annalist/internal/wordlist"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/text"
)

// The cue word lists live in data/cues.txt, one [section] per list.
var (
	//go:embed data/cues.txt
	cuesFile []byte
	cues     = wordlist.MustSections("data/cues.txt", cuesFile, "forceNouns", "months", "units", "attractVerbs", "crowdNouns", "protestVerbs", "peopleNouns", "windowBreaks", "animals", "auxiliaries", "afterPassive", "transitive", "protestNouns")
)

// Count kinds of the contract (defined beside the domain types).
const (
	Killed     = annalist.CountKilled
	Injured    = annalist.CountInjured
	Arrested   = annalist.CountArrested
	Missing    = annalist.CountMissing
	Displaced  = annalist.CountDisplaced
	Protesters = annalist.CountProtesters
	Troops     = annalist.CountTroops
)

// Extractor fills Record.Counts.
type Extractor struct{}

// New returns the count extractor.
func New() Extractor { return Extractor{} }

// Name implements extract.Extractor.
func (Extractor) Name() string { return "count" }

// Extract implements extract.Extractor: it replaces r.Counts with the
// counts found in d, in text order.
func (Extractor) Extract(d *text.Doc, r *annalist.Record) {
	r.Counts = Find(d)
}

// Find returns the counts of d in text order.
func Find(d *text.Doc) []annalist.Count {
	var out []annalist.Count
	var lw []string
	for si := range d.Sentences {
		toks := d.SentenceTokens(si)
		lw = lw[:0]
		first := d.Sentences[si].First
		for k, t := range toks {
			w := d.Lower(first + k)
			if k > 0 && (w == "march" || w == "may") && isCapital(t.Text) {
				w = t.Text // the month, not the crowd or the verb
			}
			lw = append(lw, w)
		}
		out = appendSentence(out, d.Text, toks, lw)
	}
	return out
}

// Sentence returns the index of the sentence of d that holds count c, or -1:
// events use it to attach casualties to the event of the same sentence.
func Sentence(d *text.Doc, c annalist.Count) int { return d.SentenceAt(c.Start) }

// BySentence groups counts by the index of their sentence in d.
func BySentence(d *text.Doc, counts []annalist.Count) map[int][]annalist.Count {
	m := make(map[int][]annalist.Count)
	for _, c := range counts {
		if i := d.SentenceAt(c.Start); i >= 0 {
			m[i] = append(m[i], c)
		}
	}
	return m
}

// appendSentence finds the counts of one sentence.
func appendSentence(out []annalist.Count, s string, toks []text.Token, lw []string) []annalist.Count {
	for i := 0; i < len(lw); i++ {
		n, ok := parseNumber(lw, i)
		if !ok {
			if c, ok := singular(s, toks, lw, i); ok {
				out = append(out, c)
			} else if c, ok := strong(s, toks, lw, i); ok {
				out = append(out, c)
			}
			continue
		}
		if skipNumber(toks, lw, n) {
			i = n.end - 1
			continue
		}
		qual, qstart := qualifierBefore(lw, n.start)
		if qual == "" && n.vague {
			qual = "at least"
		}
		after := n.end
		if n.end+1 < len(lw) && lw[n.end] == "or" && lw[n.end+1] == "so" {
			qual, after = "about", n.end+2 // "20 or so were killed"
		}
		kind, cs, ce := cueBefore(lw, qstart)
		if kind == "" {
			kind, cs, ce = cueAfter(lw, after, n.value > 1)
		}
		i = n.end - 1
		if kind == "" || countsAnimals(lw, n.end) {
			continue
		}
		a, b := min(qstart, cs), max(n.end, ce)
		start, end := toks[a].Start, toks[b-1].End
		out = append(out, annalist.Count{
			Start: start, End: end, Text: s[start:end],
			Kind: kind, Number: n.value, Qualifier: qual,
		})
		if ce > n.end {
			i = max(i, ce-1)
		}
	}
	return out
}

// Nouns after "N-strong" that make it a force: "a 5,000-strong force".
var forceNouns = cues["forceNouns"]

// strong reads "a 10,000-strong crowd" and "a 5,000-strong force".
func strong(s string, toks []text.Token, lw []string, i int) (annalist.Count, bool) {
	w, ok := strings.CutSuffix(lw[i], "-strong")
	if !ok {
		return annalist.Count{}, false
	}
	v, dec, ok := digits(w)
	if !ok || dec {
		return annalist.Count{}, false
	}
	for j := i + 1; j < len(lw) && j <= i+2; j++ {
		kind := ""
		switch {
		case crowdNouns[lw[j]] || classNouns[lw[j]] == Protesters:
			kind = Protesters
		case forceNouns[lw[j]] || classNouns[lw[j]] == Troops:
			kind = Troops
		default:
			continue
		}
		qual, a := qualifierBefore(lw, i)
		start, end := toks[a].Start, toks[j].End
		return annalist.Count{Start: start, End: end, Text: s[start:end], Kind: kind, Number: v, Qualifier: qual}, true
	}
	return annalist.Count{}, false
}

// skipNumber rejects numbers that are years, money, measures or parts of
// "no one".
func skipNumber(toks []text.Token, lw []string, n number) bool {
	w := lw[n.start]
	prev := ""
	if n.start > 0 {
		prev = lw[n.start-1]
	}
	switch prev {
	case "$", "£", "€", "us$", "no", "number", "no.", "page", "article", "route", "flight", "resolution",
		"in", "across", "within", "aged", "age", "ages":
		return true
	}
	// Days of a month: "March 20", "May 6".
	if n.start > 0 && months[strings.ToLower(prev)] && isCapital(toks[n.start-1].Text) {
		return true
	}
	// Years: four digits without a comma, after a preposition or month.
	if len(w) == 4 && n.end == n.start+1 && w >= "1800" && w <= "2100" {
		switch prev {
		case "in", "since", "of", "the", "by", "until", "from", "before", "after", "during", "year", "early", "late", "mid":
			return true
		}
		if months[prev] {
			return true
		}
	}
	// A number followed by a unit counts something other than people.
	if n.end < len(lw) && units[lw[n.end]] {
		return true
	}
	// Times of day and scores: "3:30", "2-1".
	if n.end < len(lw) && (lw[n.end] == ":" || lw[n.end] == "pm" || lw[n.end] == "am" || lw[n.end] == "a.m." || lw[n.end] == "p.m.") {
		return true
	}
	return false
}

func isCapital(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

var months = cues["months"]

var units = cues["units"]

// Qualifiers before a number, longest first within each normalised form.
var qualifiers = []struct {
	words []string
	norm  string
}{
	{[]string{"no", "fewer", "than"}, "at least"},
	{[]string{"no", "less", "than"}, "at least"},
	{[]string{"not", "less", "than"}, "at least"},
	{[]string{"at", "least"}, "at least"},
	{[]string{"a", "minimum", "of"}, "at least"},
	{[]string{"no", "more", "than"}, "up to"},
	{[]string{"not", "more", "than"}, "up to"},
	{[]string{"more", "than"}, "more than"},
	{[]string{"greater", "than"}, "more than"},
	{[]string{"upwards", "of"}, "more than"},
	{[]string{"in", "excess", "of"}, "more than"},
	{[]string{"well", "over"}, "more than"},
	{[]string{"just", "over"}, "more than"},
	{[]string{"over"}, "more than"},
	{[]string{"up", "to"}, "up to"},
	{[]string{"as", "many", "as"}, "up to"},
	{[]string{"fewer", "than"}, "up to"},
	{[]string{"less", "than"}, "up to"},
	{[]string{"at", "most"}, "up to"},
	{[]string{"a", "maximum", "of"}, "up to"},
	{[]string{"just", "under"}, "up to"},
	{[]string{"under"}, "up to"},
	{[]string{"an", "estimated"}, "about"},
	{[]string{"estimated"}, "about"},
	{[]string{"close", "to"}, "about"},
	{[]string{"around"}, "about"},
	{[]string{"about"}, "about"},
	{[]string{"some"}, "about"},
	{[]string{"roughly"}, "about"},
	{[]string{"approximately"}, "about"},
	{[]string{"approx."}, "about"},
	{[]string{"nearly"}, "about"},
	{[]string{"almost"}, "about"},
	{[]string{"circa"}, "about"},
	{[]string{"perhaps"}, "about"},
}

// qualifierBefore returns the normalised qualifier ending just before token
// i and the token where it starts (i when there is none).
func qualifierBefore(lw []string, i int) (string, int) {
	for _, q := range qualifiers {
		k := i - len(q.words)
		if k < 0 {
			continue
		}
		match := true
		for j, w := range q.words {
			if lw[k+j] != w {
				match = false
				break
			}
		}
		if match {
			return q.norm, k
		}
	}
	return "", i
}

// Verbs whose object is the count: "killing 12", "arrested 30". Troops
// are counted by their noun ("deployed 500 troops"), not by the verb.
var verbsBefore = map[string]string{
	"killing": Killed, "killed": Killed, "kill": Killed, "kills": Killed,
	"massacred": Killed, "massacring": Killed,
	"wounding": Injured, "wounded": Injured, "injuring": Injured, "injured": Injured,
	"hurting": Injured, "wounds": Injured, "injures": Injured,
	"arresting": Arrested, "arrested": Arrested, "arrests": Arrested, "detaining": Arrested,
	"detained": Arrested, "detains": Arrested, "jailing": Arrested, "jailed": Arrested,
	"imprisoning": Arrested, "imprisoned": Arrested,
	"displacing": Displaced, "displaced": Displaced, "evacuating": Displaced, "evacuated": Displaced,
	"uprooting": Displaced, "uprooted": Displaced,
}

// Verbs by which a crowd counts its people: "the rally drew 50,000".
var attractVerbs = cues["attractVerbs"]

// Nouns that say what a number after them counts: "a crowd of 10,000",
// "the death toll rose to 40".
var crowdNouns = cues["crowdNouns"]

// cueBefore looks left of token i for what the number at i counts.
func cueBefore(lw []string, i int) (kind string, start, end int) {
	if i == 0 {
		return "", i, i
	}
	// A verb right before: "killing 12", "killed at least 156".
	k := i - 1
	if lw[k] == "another" || lw[k] == "further" && k > 0 && lw[k-1] == "a" {
		if lw[k] == "further" {
			k--
		}
		k--
	}
	if k >= 0 {
		if kind, ok := verbsBefore[lw[k]]; ok {
			return kind, k, i
		}
		// "rounded up 30".
		if lw[k] == "up" && k > 0 && (lw[k-1] == "rounded" || lw[k-1] == "rounding") {
			return Arrested, k - 1, i
		}
		// "shot dead 12 protesters".
		if lw[k] == "dead" && k > 0 && lw[k-1] == "shot" {
			return Killed, k - 1, i
		}
		// "the rally drew 50,000".
		if attractVerbs[lw[k]] {
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				if crowdNouns[lw[j]] {
					return Protesters, j, i
				}
			}
		}
	}
	// "protesters numbering 5,000", "crowds numbering in the thousands".
	if j := i - 1; j >= 1 {
		if j >= 3 && lw[j] == "the" && lw[j-1] == "in" {
			j -= 2
		}
		if lw[j] == "numbering" || lw[j] == "totalling" || lw[j] == "totaling" {
			if k := classNouns[lw[j-1]]; k == Protesters || k == Troops || k == Displaced {
				return k, j - 1, i
			}
			if crowdNouns[lw[j-1]] {
				return Protesters, j - 1, i
			}
		}
	}
	// "a crowd of 10,000", "crowds estimated at 5,000".
	if i >= 2 && (lw[i-1] == "of" || lw[i-1] == "at") {
		j := i - 2
		if lw[i-1] == "at" && j >= 1 && (lw[j] == "estimated" || lw[j] == "put" || lw[j] == "numbering") {
			j--
		}
		if crowdNouns[lw[j]] {
			return Protesters, j, i
		}
	}
	// "the death toll rose to 40", "the number of dead reached 12".
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		w := lw[j]
		if isBreak(w) || w == "with" {
			break
		}
		if _, ok := parseNumber(lw, j); ok && j < i-1 {
			break
		}
		if w == "toll" {
			kind := Killed
			if j > 0 && (lw[j-1] == "injury" || lw[j-1] == "casualty") {
				return "", i, i
			}
			if j > 0 && lw[j-1] == "death" {
				j--
			}
			return kind, j, i
		}
		// "the number of dead", "the number of people killed".
		if kind := stateWord(w); kind != "" && kind != Protesters {
			for h := j - 1; h >= 1 && h >= j-2; h-- {
				if lw[h] == "of" && lw[h-1] == "number" {
					return kind, h - 1, i
				}
			}
		}
	}
	return "", i, i
}

// isBreak ends a search for a cue: punctuation, conjunctions and
// subordinators start another clause.
func isBreak(w string) bool {
	switch w {
	case ",", ";", ":", ".", "!", "?", "(", ")", "[", "]", "—", "–", "-", "\"", "“", "”", "‘", "’", "'",
		"and", "or", "but", "while", "whereas", "when", "after", "because", "although", "though",
		"since", "if", "where", "whom", "whose", "as", "including":
		return true
	}
	return false
}

// State words say what happened to the people counted.
var stateWords = map[string]string{
	"dead": Killed, "killed": Killed, "died": Killed, "deaths": Killed, "bodies": Killed,
	"fatalities": Killed, "murdered": Killed, "slain": Killed, "perished": Killed,
	"executed": Killed, "massacred": Killed, "dying": Killed, "die": Killed, "lives": Killed,
	"drowned": Killed, "shot": "",
	"injured": Injured, "wounded": Injured, "hurt": Injured, "injuries": Injured,
	"arrested": Arrested, "detained": Arrested, "jailed": Arrested, "imprisoned": Arrested,
	"detainees": Arrested, "arrests": Arrested, "held": Arrested, "taken": "",
	"rounded": "", "apprehended": Arrested,
	"missing": Missing, "disappeared": Missing, "unaccounted": Missing,
	"displaced": Displaced, "fled": Displaced, "homeless": Displaced, "evacuated": Displaced,
	"uprooted": Displaced, "evacuees": Displaced, "fleeing": Displaced, "flee": Displaced,
	"rallied": Protesters, "marched": Protesters, "demonstrated": Protesters, "protested": Protesters,
	"gathered": Protesters, "converged": Protesters, "converging": Protesters, "rallying": Protesters,
	"marching": Protesters, "demonstrating": Protesters, "protesting": Protesters,
	"deployed": Troops,
}

// stateWord is the kind of a state word, "" when w is none.
func stateWord(w string) string { return stateWords[w] }

// Class nouns say who the people counted are; a state word overrides them
// ("three soldiers were killed" counts the killed).
var classNouns = map[string]string{
	"refugees": Displaced, "evacuees": Displaced, "asylum-seekers": Displaced,
	"protesters": Protesters, "protestors": Protesters, "demonstrators": Protesters,
	"marchers": Protesters, "strikers": Protesters, "rioters": Protesters, "picketers": Protesters,
	"troops": Troops, "soldiers": Troops, "policemen": Troops, "servicemen": Troops,
	"paratroopers": Troops, "peacekeepers": Troops, "marines": Troops, "gendarmes": Troops,
	"reservists": Troops, "police": Troops,
	"guardsmen": Troops,
}

// Verbs that need a protest noun after them to count a crowd: "staged
// mass demonstrations", "joined the rally".
var protestVerbs = cues["protestVerbs"]

// People nouns make a weak cue ("held") count people: "30 activists were
// held", not "20 pct is held".
var peopleNouns = cues["peopleNouns"]

// Break words of the window after a number: prepositions start a phrase
// that is no longer the counted noun ("one suit related to deaths").
var windowBreaks = cues["windowBreaks"]

// Animals die in outbreaks and culls; their numbers are no casualties.
var animals = cues["animals"]

// countsAnimals reports whether the noun counted after token i is an
// animal: "4,000 dead wild birds", "270 swine deaths".
func countsAnimals(lw []string, i int) bool {
	for j := i; j < len(lw) && j < i+5; j++ {
		if animals[lw[j]] {
			return true
		}
		if isBreak(lw[j]) || windowBreaks[lw[j]] {
			return false
		}
	}
	return false
}

// Auxiliaries before a participle make it passive: "were killed".
// "Have" is not one: "bombers have killed 23".
var auxiliaries = cues["auxiliaries"]

// Words after a bare participle that show it is passive or an adjective
// ("12 killed in a blast", "20 injured people").
var afterPassive = cues["afterPassive"]

// cueAfter looks right of token i for what the number ending there counts.
func cueAfter(lw []string, i int, plural bool) (kind string, start, end int) {
	class, classEnd := "", 0
	for j := i; j < len(lw) && j < i+12; j++ {
		w := lw[j]
		if w == "," && j+1 < len(lw) && (lw[j+1] == "including" || lw[j+1] == "among" || lw[j+1] == "mostly" || lw[j+1] == "most") {
			// "12 people, including three children, were killed".
			if k := closingComma(lw, j+1, 8); k > 0 {
				j = k
				continue
			}
		}
		if w == "and" && class != "" && j+1 < len(lw) && (peopleNouns[lw[j+1]] || classNouns[lw[j+1]] != "") {
			continue // "200 protesters and police officers were injured"
		}
		if isBreak(w) || windowBreaks[w] {
			break
		}
		if j > i {
			// Another number ends the phrase, but for a partitive: "one
			// of its eight crew members".
			if _, ok := parseNumber(lw, j); ok && !(lw[j] == "one" || lw[j] == "a" || lw[j] == "an") && !partitive(lw, j) {
				break
			}
		}
		if k, ok := classNouns[w]; ok && class == "" && j-i <= 3 {
			// "police officers", "riot police": the class covers both.
			class, classEnd = k, j+1
			if w == "police" && j+1 < len(lw) && len(lw[j+1]) > 3 && strings.HasSuffix(lw[j+1], "s") && !peopleNouns[lw[j+1]] && !auxiliaries[lw[j+1]] {
				class = "" // "300 police buses"
				break
			}
			if w == "police" && j+1 < len(lw) && (lw[j+1] == "officers" || lw[j+1] == "officials") {
				if lw[j+1] == "officials" {
					class = ""
				}
				classEnd = j + 2
				j++
			}
			continue
		}
		if protestVerbs[w] && protestNounWithin(lw, j+1, 4) {
			return Protesters, i, j + 1
		}
		if w == "lost" && j+1 < len(lw) && (lw[j+1] == "their" || lw[j+1] == "lives") {
			end := j + 2
			if lw[j+1] == "their" && j+2 < len(lw) && lw[j+2] == "lives" {
				end = j + 3
			}
			return Killed, i, end
		}
		kind, ok := stateWords[w]
		if !ok {
			if strings.HasSuffix(w, "ing") && len(w) > 5 {
				break // another verb: "teams were searching for the missing"
			}
			continue
		}
		if kind == Protesters && class != "" {
			break // "troops marched" are no crowd
		}
		switch w {
		case "taken":
			if j+2 < len(lw) && lw[j+1] == "into" && lw[j+2] == "custody" {
				return Arrested, i, j + 3
			}
			continue
		case "rounded":
			if j+1 < len(lw) && lw[j+1] == "up" {
				return Arrested, i, j + 2
			}
			continue
		case "shot":
			if j+1 < len(lw) && lw[j+1] == "dead" {
				return Killed, i, j + 2
			}
			if !auxiliaries[lw[j-1]] {
				continue // "a one shot deal"
			}
			if j+2 < len(lw) && lw[j+1] == "and" && lw[j+2] == "killed" {
				return Killed, i, j + 3
			}
			kind = Injured
		case "lives":
			// "40 lives", "40 civilian lives", "lives were lost".
			if j <= i+1 || j+1 < len(lw) && (lw[j+1] == "lost" || lw[j+1] == "were" && j+2 < len(lw) && lw[j+2] == "lost") {
				return Killed, i, j + 1
			}
			continue
		case "unaccounted":
			if j+1 < len(lw) && lw[j+1] == "for" {
				return Missing, i, j + 2
			}
		case "held":
			// "held" counts arrests only as a passive of people: "30
			// were held", "30 activists were held", not "20 pct is held".
			if j == i || !auxiliaries[lw[j-1]] || !peopleBetween(lw, i, j) && !onlyAuxiliaries(lw, i, j) ||
				j+1 < len(lw) && (lw[j+1] == "up" || lw[j+1] == "back") {
				continue
			}
		case "dead":
			if j+1 < len(lw) && (lw[j+1] == "weight" || lw[j+1] == "-" || lw[j+1] == "tonnes") {
				continue
			}
		case "died", "die", "dying":
			if j+1 < len(lw) && (lw[j+1] == "down" || lw[j+1] == "out" || lw[j+1] == "away" || lw[j+1] == "off") {
				continue
			}
		}
		if transitive[w] && !passive(lw, j) {
			// "Two bombers killed 23 people": the number is the actor's.
			break
		}
		if plural && singularVerb(lw, i, j) {
			// "one of its eight crew members was killed": the verb
			// agrees with another subject.
			break
		}
		return kind, i, j + 1
	}
	if class != "" {
		return class, i, classEnd
	}
	return "", i, i
}

// peopleBetween reports whether tokens [i, j) name people.
func peopleBetween(lw []string, i, j int) bool {
	for k := i; k < j; k++ {
		if peopleNouns[lw[k]] {
			return true
		}
	}
	return false
}

// onlyAuxiliaries reports whether tokens [i, j) are plural auxiliaries:
// "30 were held", "30 have been held".
func onlyAuxiliaries(lw []string, i int, j int) bool {
	for k := i; k < j; k++ {
		switch lw[k] {
		case "were", "have", "had", "been", "later", "also", "all":
		default:
			return false
		}
	}
	return j > i
}

// closingComma returns the index of the comma that closes an aside
// opened before i, within n tokens, or -1.
func closingComma(lw []string, i, n int) int {
	for k := i; k < len(lw) && k < i+n; k++ {
		switch lw[k] {
		case ",":
			return k
		case ".", ";", ":":
			return -1
		}
	}
	return -1
}

// partitive reports whether token j follows "of the", "of its"...
func partitive(lw []string, j int) bool {
	if j < 2 || lw[j-2] != "of" {
		return false
	}
	switch lw[j-1] {
	case "the", "its", "their", "his", "her", "our", "these", "those":
		return true
	}
	return false
}

// singularVerb reports whether the verb before the state word at j, after
// the number ending at i, is singular: "was", "is", "has".
func singularVerb(lw []string, i, j int) bool {
	for k := j - 1; k >= i && k >= j-3; k-- {
		switch lw[k] {
		case "was", "is", "has":
			return true
		case "were", "are", "have", "had":
			return false
		}
	}
	return false
}

// Participles that are also active past tenses.
var transitive = cues["transitive"]

// passive reports whether the participle at j reads as passive or as an
// adjective rather than as an active verb with an object.
func passive(lw []string, j int) bool {
	if j > 0 && auxiliaries[lw[j-1]] {
		return true
	}
	if j+1 >= len(lw) {
		return true
	}
	return afterPassive[lw[j+1]]
}

// Nouns of protest actions after a verb: "took to the streets", "began a
// hunger strike", "blocked roads", "stopped work".
var protestNouns = cues["protestNouns"]

// protestNounWithin reports whether a protest noun follows within n tokens.
func protestNounWithin(lw []string, j, n int) bool {
	for k := j; k < len(lw) && k < j+n; k++ {
		if crowdNouns[lw[k]] || protestNouns[lw[k]] {
			return true
		}
		if isBreak(lw[k]) {
			return false
		}
	}
	return false
}

// singular counts one for "a/an <noun> was killed", "a journalist died".
func singular(s string, toks []text.Token, lw []string, i int) (annalist.Count, bool) {
	if lw[i] != "a" && lw[i] != "an" {
		return annalist.Count{}, false
	}
	for j := i + 2; j < len(lw) && j <= i+6; j++ {
		w := lw[j]
		if isBreak(w) || windowBreaks[w] {
			break
		}
		if _, ok := parseNumber(lw, j); ok && lw[j-1] != "aged" {
			break
		}
		kind := stateWords[w]
		if kind == "" || w == "held" || kind == Protesters || kind == Troops || kind == Displaced && w != "displaced" && w != "evacuated" {
			continue
		}
		prev := lw[j-1]
		switch {
		case w == "died":
			if j+1 < len(lw) && (lw[j+1] == "down" || lw[j+1] == "out" || lw[j+1] == "away" || lw[j+1] == "off") {
				return annalist.Count{}, false
			}
		case prev == "was" || prev == "been" && j >= 2 && (lw[j-2] == "has" || lw[j-2] == "had"):
			if !transitive[w] && w != "dead" && w != "missing" {
				continue
			}
		case w == "missing" && (prev == "went" || prev == "is" || prev == "was"):
		default:
			return annalist.Count{}, false
		}
		start, end := toks[i].Start, toks[j].End
		return annalist.Count{Start: start, End: end, Text: s[start:end], Kind: kind, Number: 1}, true
	}
	return annalist.Count{}, false
}
