package event

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/internal/wordlist"
)

// Actor data compiled from the Phoenix dictionaries by internal/genactors
// (agents, named groups, countries, office holders), and the hand-written
// kinds of plain nouns (kinds.txt), which win.
var (
	//go:embed data/agents.txt
	agentsFile []byte
	//go:embed data/groups.txt
	groupsFile []byte
	//go:embed data/countries.txt
	countriesFile []byte
	//go:embed data/people.txt
	peopleFile []byte
	//go:embed data/kinds.txt
	kindsFile []byte
	//go:embed data/parties.txt
	partiesFile []byte
	//go:embed data/abstract.txt
	abstractFile []byte
)

// Kinds are the ACLED-like actor kinds of annalist.Arg.Kind.
var Kinds = []string{"state_forces", "rebels", "political_militia", "identity_militia", "rioters",
	"protesters", "civilians", "external_forces", "government", "other"}

type agent struct{ kind, code string }

type country struct{ iso, code string }

type role struct{ code, from, to string }

type actorData struct {
	agents    map[string]agent // kinds.txt, agents.txt and groups.txt by phrase
	groups    map[string]bool  // the phrases that name a group (their code is whole)
	groupCtry map[string]string
	countries map[string]country
	people    map[string][]role
	maxWords  int
	// prefixes are the phrases of words that begin a longer phrase of
	// agents: a look-up of longer n-grams at a place stops where the
	// phrase so far is none of them.
	prefixes map[string]bool
	// parties are the common nouns (WordNet lemmas) that name a person or a
	// social group: "schoolgirls", "worshippers", "crowd".
	parties map[string]bool
	// persons are those of them that name one person: "mayor", "activist".
	persons map[string]bool
	// abstract are the nouns whose first WordNet sense is an abstract
	// thing ("problem", "optimism"): no party an act is done to.
	abstract map[string]bool
	// communication are those whose first sense is what is said or
	// written (noun.communication: "report", "forecast"), on the same
	// terms.
	communication map[string]bool
	// possession are those whose first sense is what is owned, paid or
	// counted (noun.possession, noun.quantity: "cost", "wages").
	possession map[string]bool
	// process are those whose first sense is a phenomenon or a process
	// (noun.phenomenon, noun.process: "storm", "inflation", "pressure"):
	// no party that does force.
	process map[string]bool
}

var (
	actorsOnce sync.Once
	actors     *actorData
)

// loadActors reads the actor data on first use: the office holders alone
// are 22,000 lines that a run without events need not parse.
func loadActors() *actorData {
	actorsOnce.Do(func() {
		a := &actorData{agents: map[string]agent{}, groups: map[string]bool{}, groupCtry: map[string]string{},
			countries: map[string]country{}, people: map[string][]role{}}
		kinds := map[int][]string{1: Kinds}
		for _, l := range (wordlist.Table{MinFields: 2, MaxFields: 3, Enums: kinds}).MustRead("data/kinds.txt", kindsFile) {
			a.agents[l.Fields[0]] = agent{l.Fields[1], l.Fields[2]}
		}
		for _, l := range (wordlist.Table{MinFields: 3, MaxFields: 3, Enums: kinds}).MustRead("data/agents.txt", agentsFile) {
			if _, ok := a.agents[l.Fields[0]]; !ok {
				a.agents[l.Fields[0]] = agent{l.Fields[1], l.Fields[2]}
			}
		}
		for _, l := range (wordlist.Table{MinFields: 4, MaxFields: 4, Enums: kinds}).MustRead("data/groups.txt", groupsFile) {
			if _, ok := a.agents[l.Fields[0]]; !ok {
				a.agents[l.Fields[0]] = agent{l.Fields[1], l.Fields[3]}
				a.groups[l.Fields[0]] = true
				a.groupCtry[l.Fields[0]] = l.Fields[2]
			}
		}
		for _, l := range (wordlist.Table{MinFields: 3, MaxFields: 3}).MustRead("data/countries.txt", countriesFile) {
			a.countries[l.Fields[0]] = country{l.Fields[1], l.Fields[2]}
		}
		people := wordlist.Table{MinFields: 4, MaxFields: 4, Key: func(f []string) string { return f[0] + "|" + f[2] }}
		for _, l := range people.MustRead("data/people.txt", peopleFile) {
			a.people[l.Fields[0]] = append(a.people[l.Fields[0]], role{l.Fields[1], l.Fields[2], l.Fields[3]})
		}
		for p := range a.agents {
			a.maxWords = max(a.maxWords, strings.Count(p, " ")+1)
		}
		a.maxWords = min(a.maxWords, 8)
		a.prefixes = map[string]bool{}
		for p := range a.agents {
			for k := strings.IndexByte(p, ' '); k >= 0; k = nextSpace(p, k) {
				a.prefixes[p[:k]] = true
			}
		}
		a.parties = map[string]bool{}
		secs := wordlist.MustSections("data/parties.txt", partiesFile, "person", "group")
		for _, sec := range secs {
			for w := range sec {
				a.parties[w] = true
			}
		}
		a.persons = secs["person"]
		abs := wordlist.MustSections("data/abstract.txt", abstractFile, "abstract", "communication", "possession", "process")
		a.abstract, a.communication, a.possession, a.process = abs["abstract"], abs["communication"], abs["possession"], abs["process"]
		actors = a
	})
	return actors
}

// codeArg fills the kind, country and CAMEO code of an event argument from
// the dictionaries: an office holder by the event's date, a named group,
// an agent noun ("riot police"), a country name or the geography of the
// names inside the phrase ("Kazakh police": KZ, KAZCOP).
func (s *sentence) codeArg(a *annalist.Arg, date string) {
	if a == nil {
		return
	}
	defer func() {
		if a.Kind == "political_militia" && criminalGroup(a.Text) {
			a.Kind, a.CAMEO = "other", "CRM" // "a gang of burglars" (aftermath.go)
		}
	}()
	d := loadActors()
	if a.Entity != "" {
		for i := range s.r.Entities {
			e := &s.r.Entities[i]
			if e.ID != a.Entity || e.Type != annalist.Person {
				continue
			}
			if r, ok := d.roleAt(strings.ToLower(e.Name), date, s.r.Published); ok {
				a.CAMEO, a.Country, a.Kind = r.code, isoOf(d, r.code), kindOfCode(r.code[3:])
				return
			}
		}
	}
	if s.tickedCompany(a.Text) {
		// A listed company, though no company word names it: "Texaco",
		// "Norsk Hydro A/S <NHY.OL>".
		a.Kind, a.CAMEO = kindOfCode("BUS"), "BUS"
		return
	}
	words := argWords(a.Text)
	head := words
	for i, w := range words { // the head before an "of" complement: "families of soldiers"
		if w == "of" && i > 0 {
			head = words[:i]
			// But a group or a count of people is its people: "a group
			// of armed men", "dozens of soldiers".
			if p := strings.ToLower(words[i-1]); (collectives[p] || numberWords[p]) && i+1 < len(words) {
				head = words[i+1:]
			}
			break
		}
	}
	var ag agent
	var agPhrase string
	var ctry country
	// The longest agent or country phrase, the rightmost first among equals
	// (the head noun comes last in English noun phrases). N-grams are
	// substrings of one joined string: no allocation per lookup.
	joined, starts, ends := joinWords(words)
	gram := func(i, n int) string { return joined[starts[i]:ends[i+n-1]] }
	// Among equals a named armed group wins over the agent noun it
	// qualifies: "ISIS militants", "Daesh fighters" are the group's.
	for n := min(d.maxWords, len(head)); n >= 1 && ag.kind == ""; n-- {
		for i := len(head) - n; i >= 0; i-- {
			g, ok := d.agents[gram(i, n)]
			if !ok {
				continue
			}
			if ag.kind == "" {
				ag, agPhrase = g, gram(i, n)
			}
			if d.groups[gram(i, n)] && (g.kind == "rebels" || g.kind == "political_militia") {
				ag, agPhrase = g, gram(i, n)
				break
			}
		}
	}
	if k := armedModifier(head); k >= 0 && (ag.kind == "" || ag.kind == "civilians" || ag.kind == "other") {
		// People the sentence calls armed are an armed group, whatever
		// their trade: "armed herders", "armed youths" (ACLED's militias).
		ag, agPhrase = agent{kind: "political_militia", code: "UAF"}, ""
	}
	if (ag.kind == "government" || ag.kind == "state_forces") && officerOf(head, agPhrase) {
		// A company's officer is no official of the state, nor its
		// pilots or guards the state's forces: "the retailer's chief
		// executive", "airline pilots".
		ag, agPhrase = agent{kind: kindOfCode("BUS"), code: "BUS"}, ""
	}
	if ag.kind == "state_forces" && nonStateArmy(d, a.Text) {
		// A named army of no state: "the Arakan Army", "the Kachin
		// Independence Army" (a state's: "the Israeli Army", "the Royal
		// Thai Army", which name their country).
		ag, agPhrase = agent{kind: "rebels", code: "REB"}, ""
	}
	ctryGram := ""
	for n := min(4, len(words)); n >= 1 && ctry.iso == ""; n-- {
		for i := 0; i+n <= len(words); i++ {
			if c, ok := d.countries[gram(i, n)]; ok {
				ctry, ctryGram = c, gram(i, n)
				break
			}
		}
	}
	if ag.kind == "" && d.demonymPlural(ctryGram) {
		// A country's people named by their plural ("thousands of
		// Israelis", "Kenyans") are its people, not its state.
		ag, agPhrase = agent{kind: kindOfCode("CVL"), code: "CVL"}, ""
	}
	if ctry.iso == "" {
		ctry.iso = s.geoCountry(a)
		ctry.code = cameoCountry(d, ctry.iso)
	}
	if ag.kind == "" && ctry.iso != "" && len(head) > 1 && aerial[head[len(head)-1]] {
		// A state's aircraft are its air force: "Israeli jets", "Russian
		// helicopters" (an airline's bare "aircraft" are no party).
		ag = agent{kind: "state_forces", code: "MIL"}
	}
	if ag.kind == "" && ctry.iso == "" {
		return
	}
	if ag.kind == "" && basedIn(words) {
		a.Country = ctry.iso // an organisation of the place, no state nor party the dictionaries know
		return
	}
	a.Kind, a.Country = ag.kind, ctry.iso
	switch {
	case d.groups[agPhrase]:
		a.CAMEO = ag.code
		if a.Country == "" {
			a.Country = d.groupCtry[agPhrase]
		}
	case ag.code != "":
		a.CAMEO = ctry.code + ag.code
	case ctry.code != "":
		a.CAMEO = ctry.code
	}
	if ag.kind == "" && ctry.iso != "" && len(words) <= 3 {
		a.Kind = "government" // a state named as the actor: "Russia", "the United States"
	}
}

// basedIn reports a phrase that says where its head is based ("Tokyo-based
// Gaga Communications", "a London-based bank"): an organisation of that
// place, not its state.
func basedIn(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return strings.HasSuffix(w, "-based") })
}

// demonymPlural reports a country's demonym in the plural, whose singular
// the dictionaries know for the same country ("israelis", "kenyans"; not
// "philippines").
func (d *actorData) demonymPlural(g string) bool {
	sing, ok := strings.CutSuffix(g, "s")
	if !ok || !(strings.HasSuffix(sing, "i") || strings.HasSuffix(sing, "an")) {
		return false
	}
	c, ok := d.countries[sing]
	return ok && c.iso == d.countries[g].iso
}

// roleAt returns the office a person held on date (or, without one, on
// the day the article was published).
func (d *actorData) roleAt(name, date, published string) (role, bool) {
	rs := d.people[name]
	if len(rs) == 0 {
		return role{}, false
	}
	day := date
	if len(day) < 4 {
		day = published
	}
	for _, r := range rs {
		if day == "" || (r.from == "" || r.from[:min(len(r.from), len(day))] <= day) && (r.to == "" || day <= r.to) {
			return r, true
		}
	}
	return role{}, false
}

// geoCountry is the country of a place or demonym named in the argument:
// "Kazakh police", "police in Almaty".
func (s *sentence) geoCountry(a *annalist.Arg) string {
	for _, mn := range s.x.mentions[s.index] {
		if mn.start < a.End && a.Start < mn.end {
			if e := &s.r.Entities[mn.entity]; e.Geo != nil && e.Geo.Country != "" {
				return e.Geo.Country
			}
		}
	}
	return ""
}

var (
	isoByCode map[string]string
	codeByISO map[string]string
	isoOnce   sync.Once
)

func countryIndex(d *actorData) {
	isoOnce.Do(func() {
		isoByCode, codeByISO = map[string]string{}, map[string]string{}
		for _, c := range d.countries {
			isoByCode[c.code] = c.iso
			if _, ok := codeByISO[c.iso]; !ok || c.code < codeByISO[c.iso] {
				codeByISO[c.iso] = c.code
			}
		}
	})
}

func isoOf(d *actorData, code string) string {
	countryIndex(d)
	return isoByCode[code[:min(3, len(code))]]
}

func cameoCountry(d *actorData, iso string) string {
	if iso == "" {
		return ""
	}
	countryIndex(d)
	return codeByISO[iso]
}

// kindOfCode is the kind of a CAMEO agent code, as genactors decides it.
func kindOfCode(code string) string {
	for i := 0; i+3 <= len(code); i += 3 {
		switch code[i : i+3] {
		case "COP", "MIL", "SPY":
			return "state_forces"
		case "REB", "INS":
			return "rebels"
		case "UAF":
			return "political_militia"
		case "GOV", "LEG", "JUD":
			return "government"
		}
	}
	return "other"
}

// officerOf reports an office (the agent phrase) held in a company: a
// word of [corporate] in the head outside the phrase ("the retailer's
// chief executive", "the airline's directors").
func officerOf(head []string, phrase string) bool {
	if phrase == "" {
		return false
	}
	in := strings.Fields(phrase)
	for _, w := range head {
		if contextWords["corporate"][w] && !slices.Contains(in, w) {
			return true
		}
	}
	return false
}

// argWords are the lower-case words of a phrase, without possessives and
// punctuation.
func argWords(t string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(t)) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		w = strings.Trim(w, ".,;:'\"“”‘’()")
		if w != "" && w != "the" && w != "a" && w != "an" {
			out = append(out, w)
		}
	}
	return out
}

// joinWords joins words with spaces and returns where each word starts and
// ends in the result.
// nextSpace returns the place of the first space in p after k, or -1.
func nextSpace(p string, k int) int {
	if j := strings.IndexByte(p[k+1:], ' '); j >= 0 {
		return k + 1 + j
	}
	return -1
}

func joinWords(words []string) (string, []int, []int) {
	var b strings.Builder
	starts, ends := make([]int, len(words)), make([]int, len(words))
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(w)
		ends[i] = b.Len()
	}
	return b.String(), starts, ends
}

// armedModifier returns the index of "armed" qualifying a noun after it
// in a phrase's head ("armed herders", "heavily armed youths"), or -1; not
// "armed forces" or "armed groups", which the dictionaries code.
func armedModifier(head []string) int {
	for i := 0; i+1 < len(head); i++ {
		if head[i] == "armed" && head[i+1] != "forces" && head[i+1] != "force" {
			return i
		}
	}
	return -1
}

// nonStateArmy reports a name written "... Army" whose capitalised words
// before "Army" name no country nor its people and are none of the words
// of a state's army (stateArmyWords): "the Arakan Army", "Kachin
// Independence Army".
func nonStateArmy(d *actorData, text string) bool {
	ws := strings.Fields(text)
	for i, w := range ws {
		if strings.Trim(w, ",.;:'\"()") != "Army" || i == 0 {
			continue
		}
		n := 0
		for k := i - 1; k >= 0; k-- {
			x := strings.Trim(ws[k], ",.;:'\"()")
			if x == "" || x[0] < 'A' || x[0] > 'Z' || x == "The" {
				break
			}
			l := strings.ToLower(x)
			if _, ok := d.countries[l]; ok || stateArmyWords[l] {
				return false
			}
			n++
		}
		return n > 0
	}
	return false
}

// stateArmyWords qualify the army of a state in its name.
var stateArmyWords = map[string]bool{"national": true, "royal": true, "people's": true, "regular": true,
	"federal": true, "state": true, "territorial": true, "imperial": true, "continental": true}

// tickedCompany reports a phrase the wire marks as a listed company: one
// with a stock ticker in angle brackets ("Citicorp's <CCI> Citibank",
// "Norsk Hydro A/S <NHY.OL>"), or one that is, but for an article, a name
// the story's headline or text writes right before a ticker ("TEXACO <TX>
// FILES..." makes "Texaco" a company; "Reuters Holdings Plc <RTRS.L>" makes
// "Reuters Holdings" one too). The names are the capitalised words before
// the ticker, every run that ends there, and each without its company
// words.
func (s *sentence) tickedCompany(phrase string) bool {
	if s.r == nil {
		return false
	}
	if tickerAt(phrase) >= 0 {
		return true
	}
	if !strings.Contains(s.r.Title, "<") && !strings.Contains(s.r.Text, "<") {
		return false
	}
	name := strings.ToLower(strings.Join(argWords(phrase), " "))
	name = strings.TrimPrefix(name, "the ")
	if name == "" {
		return false
	}
	return tickedName(s.r.Title, name) || tickedName(s.r.Text, name)
}

// tickerAt returns the index of a ticker in angle brackets in text ("<TX>",
// "<HENG.O>", a private company's "<Deminex>"), or -1.
func tickerAt(text string) int {
	for off := 0; ; {
		i := strings.IndexByte(text[off:], '<')
		if i < 0 {
			return -1
		}
		i += off
		j := strings.IndexByte(text[i:], '>')
		if j < 2 || j > 40 || strings.ContainsAny(text[i+1:i+j], "<\n") {
			off = i + 1
			continue
		}
		if r := []rune(text[i+1 : i+j])[0]; unicode.IsUpper(r) || unicode.IsDigit(r) {
			return i
		}
		off = i + 1
	}
}

// tickedName reports name (lower case) among the names text writes before
// a ticker.
func tickedName(text, name string) bool {
	for off := 0; off < len(text); {
		i := tickerAt(text[off:])
		if i < 0 {
			return false
		}
		i += off
		off = i + 1
		words := strings.Fields(text[max(0, i-80):i])
		if i-80 > 0 && len(words) > 0 {
			words = words[1:] // the first may be cut
		}
		var run []string
		for k := len(words) - 1; k >= 0; k-- {
			w := strings.TrimSuffix(strings.TrimSuffix(words[k], "'s"), "'S")
			cut := false
			if j := strings.LastIndexAny(w, "/("); j >= 0 {
				w, cut = w[j+1:], true // "TALKING POINT/BANKAMERICA"
			}
			if w == "" || !unicode.IsUpper([]rune(w)[0]) || strings.ContainsAny(w, ",;:\")") {
				break
			}
			run = append([]string{strings.ToLower(w)}, run...)
			if cut {
				break
			}
		}
		for start := range run {
			cand := run[start:]
			for len(cand) > 0 {
				if strings.Join(cand, " ") == name {
					return true
				}
				if !contextWords["corporate"][strings.Trim(cand[len(cand)-1], ".")] {
					break
				}
				cand = cand[:len(cand)-1]
			}
		}
	}
	return false
}
