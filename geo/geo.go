// Package geo resolves place names to places: each LOCATION entity (and
// each MISC entity that is a demonym) of a record gets an annalist.Geo
// from the gazetteer. The resolver's rules find each name's candidates
// and say whether it is resolved at all (kind, population, the "City,
// Region" pattern, the countries and places the article names, one sense
// per article); a learned ranker (rank.go, trained by `annalist train geo`
// on GeoVirus and TR-News) says which of its candidates it is. A name that
// cannot be resolved with some confidence is left without a Geo rather
// than guessed; so is a town whose namesakes all lie in another country
// than the one the article is about ("Bethany" in an article on Guyana).
//
// Not every place name is a place: a name that modifies a head noun of a
// people, publication or product ("the Pueblo tribe", "an Indian tribe",
// "New York magazine"), a title after a capital "The" inside a sentence
// ("The Atlantic"), and a maker before its model ("Toyota Starlet") are
// not geocoded (heads.go).
//
// The record's focus is the country with the most weight of evidence:
// mentions of the country itself count most, then its first-level units,
// demonyms and towns, and the country of the URL's domain (see focus).
//
// Figures (README, "Quality and speed"): annalist eval geo --corpus
// ../shared/eval/geo/TR-News.xml --corpus ../shared/eval/geo/GeoVirus.xml.
package geo

import (
	"fmt"
	"math"
	"net/url"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/gazetteer"
	"github.com/annalist/annalist/text"
)

// Resolver is the extractor that geocodes place entities. It runs after
// the entity tagger.
type Resolver struct {
	Gaz *gazetteer.Gazetteer
	// AddMissed adds the confident toponyms of Spot that the tagger's
	// entities do not cover (see AddSpotted) before resolving.
	AddMissed bool
	// MinScore is the least score (see score) a place without support
	// from its context needs to be chosen; below it the name stays
	// unresolved.
	MinScore float64
	// Ranker orders each name's candidates (see rank.go); nil orders
	// them by the rules' score.
	Ranker *Ranker

	observe func([]*item) // sees the items after the last round (training)
}

var (
	defaultRankerOnce sync.Once
	defaultRanker     *Ranker
)

// New returns a resolver over g (gazetteer.Default() when nil).
func New(g *gazetteer.Gazetteer) *Resolver {
	if g == nil {
		g = gazetteer.Default()
	}
	defaultRankerOnce.Do(func() { defaultRanker = DefaultRanker() })
	return &Resolver{Gaz: g, MinScore: 4.3, AddMissed: true, Ranker: defaultRanker}
}

// Name implements extract.Extractor.
func (*Resolver) Name() string { return "geo" }

// Extract implements extract.Extractor: it resolves the record's LOCATION
// and MISC entities. When the record has no entities at all (no tagger
// ran), it spots place names with the gazetteer first. Otherwise, with
// AddMissed, it reads the tagger's entities against the gazetteer's
// spotting: it joins place names the tagger cut in pieces (Widen), gives
// back to places the names it took for people or organisations (Retype),
// resolves, adds the confident places it missed or left inside longer
// names (Nested, AddSpotted), and resolves again.
func (r *Resolver) Extract(d *text.Doc, rec *annalist.Record) {
	tagged := map[string]bool{}
	for _, e := range rec.Entities {
		tagged[e.ID] = true
	}
	switch {
	case len(tagged) == 0:
		rec.Entities = Entities(Spot(d, r.Gaz), 1)
	case r.AddMissed:
		tops := Spot(d, r.Gaz)
		Widen(rec, tops)
		r.Retype(rec)
		r.Resolve(rec)
		tops = append(tops, Nested(d, rec, r.Gaz)...)
		if AddSpotted(rec, tops) == 0 {
			return
		}
	}
	r.Resolve(rec)
	dropUnresolved(rec, tagged)
}

// dropUnresolved removes the entities that only the gazetteer suggested
// (not in tagged) when they did not resolve: a name the tagger did not find
// and the resolver could not place is most likely no place at all ("Shal,
// ket!" is a slogan, not the village).
func dropUnresolved(rec *annalist.Record, tagged map[string]bool) {
	kept := rec.Entities[:0]
	for _, e := range rec.Entities {
		if e.Geo != nil || tagged[e.ID] {
			kept = append(kept, e)
		}
	}
	rec.Entities = kept
}

// Entities groups toponyms by name into entities, numbered from e<first>:
// LOCATION, or MISC for demonyms.
func Entities(tops []Toponym, first int) []annalist.Entity {
	var out []annalist.Entity
	byKey := map[string]int{}
	for _, t := range tops {
		k := gazetteer.Key(t.Text)
		i, ok := byKey[k]
		if !ok {
			typ := annalist.Location
			if t.Kind == gazetteer.Demonym {
				typ = annalist.Misc
			}
			i = len(out)
			byKey[k] = i
			out = append(out, annalist.Entity{ID: fmt.Sprintf("e%d", first+i), Type: typ, Name: t.Text})
		}
		out[i].Mentions = append(out[i].Mentions, annalist.Span{Start: t.Start, End: t.End, Text: t.Text})
	}
	return out
}

// AddSpotted adds to rec the confident toponyms the tagger's entities do
// not give as places: as a mention of the LOCATION or MISC entity of the
// same name when there is one, else as a new entity. A toponym may lie
// strictly inside a mention that is not a place, an organisation's
// ("Environment Canada", "Kentucky State Police"), a MISC one's
// ("Russia-Turkey", "U.S.-led") or that of a LOCATION left unresolved
// ("Toronto General Hospital"): the analyst gets both the organisation and
// the place. It is left out when it overlaps a person's name, a resolved
// place, or any mention otherwise. Run it after Resolve, which tells the
// resolved places. It returns the number of mentions added.
func AddSpotted(rec *annalist.Record, tops []Toponym) int {
	type mention struct {
		annalist.Span
		host  bool // may hold a nested toponym
		place bool // a resolved place's, or one added here
	}
	var spans []mention
	byKey := map[string]int{}
	next := 1
	for i, e := range rec.Entities {
		host := e.Geo == nil && (e.Type == annalist.Organization || e.Type == annalist.Misc || e.Type == annalist.Location)
		for _, m := range e.Mentions {
			spans = append(spans, mention{m, host, e.Geo != nil})
		}
		if e.Type == annalist.Location || e.Type == annalist.Misc {
			byKey[gazetteer.Key(e.Name)] = i
		}
		if n, ok := idNumber(e.ID); ok && n >= next {
			next = n + 1
		}
	}
	idx := newSpanIndex()
	for k, s := range spans {
		idx.add(k, s.Start, s.End)
	}
	free := func(t Toponym) bool {
		return idx.near(t.Start, t.End, func(k int) bool {
			s := spans[k]
			if s.Start >= t.End || t.Start >= s.End {
				return true
			}
			if t.nested && !s.place {
				return true // Nested has checked its host
			}
			return s.host && t.Start >= s.Start && t.End <= s.End && t.End-t.Start < s.End-s.Start
		})
	}
	added := 0
	for _, t := range tops {
		if !t.Confident || !free(t) {
			continue
		}
		m := annalist.Span{Start: t.Start, End: t.End, Text: t.Text}
		k := gazetteer.Key(t.Text)
		if i, ok := byKey[k]; ok {
			rec.Entities[i].Mentions = append(rec.Entities[i].Mentions, m)
		} else {
			e := Entities([]Toponym{t}, next)[0]
			next++
			byKey[k] = len(rec.Entities)
			rec.Entities = append(rec.Entities, e)
		}
		spans = append(spans, mention{m, false, true})
		idx.add(len(spans)-1, m.Start, m.End)
		added++
	}
	return added
}

// item is one entity being resolved.
type item struct {
	ent       *annalist.Entity
	cands     []cand
	mentions  int
	within    []*gazetteer.Place // containers named right after it: "Pandi, Bulacan"
	chosen    *gazetteer.Place
	confident bool
	unitWord  bool   // "Almaty region"
	hosted    string // the type of a longer name a mention sits inside
	prev      string // the word before the first mention, lower-cased
	next      string // the word after it
}

type cand struct {
	*gazetteer.Place
	alt   bool
	prior float64
	score float64
	feats []Feature
	// namesake is set on a unit and a city named alike ("Lagos"):
	// "unit" on the unit, "city" on the city.
	namesake string
}

// Resolve sets the Geo of rec's place entities and rec.Focus.
func (r *Resolver) Resolve(rec *annalist.Record) {
	var items []*item
	names := personWords(rec)
	for i := range rec.Entities {
		e := &rec.Entities[i]
		if e.Type != annalist.Location && e.Type != annalist.Misc {
			continue
		}
		if r.personal(e, names) || !r.usedAsPlace(rec.Text, e) {
			e.Geo = nil
			continue
		}
		it := r.candidates(rec.Text, e)
		if len(it.cands) > 0 {
			contextWords(rec.Text, it)
			it.hosted = hostOf(rec, e)
			items = append(items, it)
		}
	}
	// Pass 1: the prior alone; names that need no context anchor the rest.
	for _, it := range items {
		sort.SliceStable(it.cands, func(a, b int) bool { return it.cands[a].prior > it.cands[b].prior })
		top := it.cands[0]
		it.confident = major(top.Kind) && top.Kind != gazetteer.Admin1 || len(it.within) > 0 && r.inside(top.Place, it.within) ||
			(len(it.cands) == 1 || top.prior-secondElsewhere(it.cands) >= 2) && top.prior >= r.MinScore+0.5
		if it.confident {
			it.chosen = top.Place
		}
	}
	// Pass 2 (twice): context, with the country of the publisher's domain
	// as one more mention (a local paper's "London" is its own).
	site := domainCountry(rec.URL)
	for round := 0; round < 2; round++ {
		votes := countryVotes(items)
		if site != "" {
			votes[site]++
		}
		// The rules settle the context; the ranker orders the last round,
		// in the context it was trained in.
		ctx := newRankContext(items, votes, site)
		for _, it := range items {
			r.choose(it, items, votes, ctx, round == 1)
		}
	}
	if r.observe != nil {
		r.observe(items)
	}
	for _, it := range items {
		if it.chosen != nil {
			it.ent.Geo = geoOf(it.chosen)
		} else {
			it.ent.Geo = nil
		}
	}
	if c := focus(items, site); c != "" {
		rec.Focus = &annalist.Focus{Country: c}
	}
}

// hostOf is the type (lower-cased) of a longer name of another entity that
// one of e's mentions lies inside ("Toyota" of "Toyota Starlet"), or "".
func hostOf(rec *annalist.Record, e *annalist.Entity) string {
	for _, m := range e.Mentions {
		for k := range rec.Entities {
			o := &rec.Entities[k]
			if o == e {
				continue
			}
			for _, om := range o.Mentions {
				if om.Start <= m.Start && m.End <= om.End && om.End-om.Start > m.End-m.Start {
					return strings.ToLower(o.Type)
				}
			}
		}
	}
	return ""
}

// personWords are the words of the article's multi-word names of people,
// with whether each opens one: "Georgia" of "Georgia Stevens" (true),
// "Obama" of "Barack Obama" (false).
func personWords(rec *annalist.Record) map[string]bool {
	words := map[string]bool{}
	for _, e := range rec.Entities {
		if e.Type != annalist.Person {
			continue
		}
		for _, m := range e.Mentions {
			f := strings.Fields(m.Text)
			if len(f) < 2 {
				continue
			}
			for k, w := range f {
				key := gazetteer.Key(w)
				words[key] = words[key] || k == 0
			}
		}
	}
	return words
}

// personal tells whether a one-word place entity is the name of a person
// of the article, one sense per article: "Georgia" after "Georgia Stevens"
// (a first name), "Palma" after "Jenny Palma" (a small place's name as a
// surname). A country or large city keeps its sense as a surname:
// "Anna Jordan" does not make Jordan a person.
func (r *Resolver) personal(e *annalist.Entity, names map[string]bool) bool {
	name := strings.TrimSuffix(strings.TrimSuffix(e.Name, "'s"), "’s")
	if strings.ContainsAny(name, " -") {
		return false
	}
	first, ok := names[gazetteer.Key(name)]
	if !ok {
		return false
	}
	if first {
		return r.Gaz.IsFirstName(name)
	}
	p, ok := r.Gaz.Best(name)
	return ok && !major(p.Kind) && !prominentCity(p)
}

// secondElsewhere is the prior of the best candidate far from the first.
func secondElsewhere(cs []cand) float64 {
	for _, c := range cs[1:] {
		if c.Country != cs[0].Country || gazetteer.Distance(c.Lat, c.Lon, cs[0].Lat, cs[0].Lon) > 100 {
			return c.prior
		}
	}
	return math.Inf(-1)
}

// candidates collects the places an entity's name and mentions may mean.
func (r *Resolver) candidates(txt string, e *annalist.Entity) *item {
	it := &item{ent: e, mentions: len(e.Mentions)}
	seen := map[*gazetteer.Place]bool{}
	names := []string{e.Name}
	for _, m := range e.Mentions {
		names = append(names, m.Text)
	}
	// "Ky." and "Man.": a tagger leaves the abbreviation's period out, and
	// the name with it is another ("Man" is a city in Côte d'Ivoire).
	for _, m := range e.Mentions {
		if m.End >= 0 && m.End < len(txt) && txt[m.End] == '.' && m.End-m.Start <= 5 && len(r.Gaz.Matches(m.Text+".")) > 0 {
			names = []string{m.Text + "."}
			break
		}
	}
	for _, n := range names {
		n = strings.TrimSpace(n)
		for _, p := range []string{"the ", "The "} {
			n = strings.TrimPrefix(n, p)
		}
		for _, s := range []string{"'s", "’s"} {
			n = strings.TrimSuffix(n, s)
		}
		if stopPhrases[gazetteer.Key(n)] {
			continue // "White House"
		}
		for _, m := range r.Gaz.Matches(n) {
			if seen[m.Place] {
				continue
			}
			seen[m.Place] = true
			prior := m.Prominence()
			if m.Alternate {
				prior -= 0.5
			}
			it.cands = append(it.cands, cand{Place: m.Place, alt: m.Alternate, prior: prior})
		}
	}
	// A MISC entity is a place only as a demonym; a LOCATION prefers places.
	var dem, other []cand
	for _, c := range it.cands {
		if c.Kind == gazetteer.Demonym {
			dem = append(dem, c)
		} else {
			other = append(other, c)
		}
	}
	switch {
	case e.Type == annalist.Misc:
		it.cands = dem
	case len(other) > 0:
		it.cands = other
	}
	for _, m := range e.Mentions {
		if m.End <= len(txt) && m.End >= 0 {
			it.within = append(it.within, r.container(txt[m.End:], it.cands)...)
			it.unitWord = it.unitWord || followedByUnitWord(txt[m.End:])
		}
	}
	preferCityOverUnit(it.cands, it.unitWord)
	it.cands = dropCityStates(it.cands)
	return it
}

// dropCityStates drops a city named like its own country ("Singapore",
// "Kuwait"): the name means the country.
func dropCityStates(cs []cand) []cand {
	countries := map[string]bool{}
	for _, c := range cs {
		if c.Kind == gazetteer.Country {
			countries[c.Country] = true
		}
	}
	if len(countries) == 0 {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		if c.Kind == gazetteer.City && !c.alt && countries[c.Country] {
			continue
		}
		out = append(out, c)
	}
	return out
}

// preferCityOverUnit settles a unit named after its main city ("Lagos",
// "Almaty"): news means the city unless it writes "Lagos State".
func preferCityOverUnit(cs []cand, unitWord bool) {
	for i := range cs {
		u := &cs[i]
		if u.Kind != gazetteer.Admin1 && u.Kind != gazetteer.Admin2 {
			continue
		}
		for j := range cs {
			c := &cs[j]
			// "Washington": the capital, not the state, unless written
			// "Washington State".
			capital := c.Kind == gazetteer.City && c.Feature == "PPLC" && c.Country == u.Country
			if c.Kind != gazetteer.City || c.Country != u.Country || c.Admin1Code != u.Admin1Code && !capital {
				continue
			}
			if !capital && (c.alt || c.Population < 100000 && c.Feature != "PPLA" && c.Feature != "PPLC") {
				continue
			}
			u.namesake, c.namesake = "unit", "city"
			switch {
			case unitWord:
				c.prior -= 3
			case u.Population > 3*c.Population && !capital:
				// "Quebec": the province; its city is "Quebec City".
				c.prior -= 2
			default:
				u.prior -= 2
			}
		}
	}
}

// followedByUnitWord tells whether a name is followed by a word that makes
// it a unit: "New York State", "Almaty region".
func followedByUnitWord(after string) bool {
	w := strings.Fields(cut(after, 20))
	if len(w) == 0 {
		return false
	}
	switch strings.ToLower(w[0]) {
	case "state", "province", "region", "oblast", "county", "governorate", "prefecture", "district", "department":
		return true
	}
	return false
}

// container reads a place named right after a mention, ", Texas" or ", TX",
// and returns its candidate units and countries.
func (r *Resolver) container(after string, cands []cand) []*gazetteer.Place {
	rest, ok := strings.CutPrefix(after, ", ")
	if !ok {
		return nil
	}
	words := strings.Fields(cut(rest, 40))
	for n := min(len(words), 4); n >= 1; n-- {
		name := strings.TrimRight(strings.Join(words[:n], " "), ",;:)’'\"”")
		if !isCapitalised(name) {
			continue
		}
		if len(r.Gaz.Matches(name)) == 0 {
			name = strings.TrimRight(name, ".")
		}
		var out []*gazetteer.Place
		// "Austin, TX": a first-level unit by its code.
		if n == 1 && len(name) == 2 && strings.ToUpper(name) == name {
			for _, c := range cands {
				if u, ok := r.Gaz.Admin1Unit(c.Country, name); ok {
					out = append(out, &u)
					break
				}
			}
		}
		for _, m := range r.Gaz.Matches(name) {
			switch m.Kind {
			case gazetteer.Country, gazetteer.Admin1, gazetteer.Admin2:
				out = append(out, m.Place)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// cut returns s up to its first clause mark or n bytes, whichever comes
// first. It looks at the first n bytes only: s is often the rest of a long
// article.
func cut(s string, n int) string {
	s = s[:min(len(s), n)]
	if k := strings.IndexAny(s, ",;:()\n"); k >= 0 {
		return s[:k]
	}
	return s
}

func isCapitalised(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// inside tells whether p lies in one of the containers.
func (r *Resolver) inside(p *gazetteer.Place, within []*gazetteer.Place) bool {
	for _, w := range within {
		if w == p || p.Country != w.Country {
			continue
		}
		switch w.Kind {
		case gazetteer.Country:
			return true
		case gazetteer.Admin1:
			if p.Admin1Code == w.Admin1Code && p.Kind != gazetteer.Admin1 {
				return true
			}
		case gazetteer.Admin2:
			if p.Admin1Code == w.Admin1Code && gazetteer.Distance(p.Lat, p.Lon, w.Lat, w.Lon) < 80 {
				return true
			}
		}
	}
	return false
}

// countryVotes counts, per country, the mentions of resolved places in it.
func countryVotes(items []*item) map[string]float64 {
	v := map[string]float64{}
	for _, it := range items {
		if it.chosen == nil {
			continue
		}
		w := float64(it.mentions)
		if !it.confident {
			w /= 2
		}
		for _, c := range countriesOf(it.chosen) {
			v[c] += w
		}
	}
	return v
}

// countriesOf is the country a place lies in or a demonym refers to; a
// region counts for none (it spans many).
func countriesOf(p *gazetteer.Place) []string {
	switch p.Kind {
	case gazetteer.Region, gazetteer.Continent:
		if m := p.Members(); len(m) == 1 {
			return m
		}
		return nil
	}
	if p.Country == "" {
		return nil
	}
	return []string{p.Country}
}

// choose scores the candidates of it in the context of the other items:
// the rules' score says whether the name is resolved at all, the ranker
// (when there is one) which of its places it is.
func (r *Resolver) choose(it *item, items []*item, votes map[string]float64, ctx *rankContext, last bool) {
	own := map[string]float64{}
	if it.chosen != nil {
		w := float64(it.mentions)
		if !it.confident {
			w /= 2
		}
		for _, c := range countriesOf(it.chosen) {
			own[c] = w
		}
	}
	var best *cand
	bestSupported, bestRank := false, math.Inf(-1)
	for k := range it.cands {
		c := &it.cands[k]
		c.score = c.prior
		supported := false
		var sig signals
		if len(it.within) > 0 {
			if r.inside(c.Place, it.within) {
				c.score += 6
				supported = true
				sig.inside = true
			} else {
				c.score -= 2
			}
		}
		if c.Kind != gazetteer.Demonym && c.Country != "" {
			if v := votes[c.Country] - own[c.Country]; v > 0 {
				c.score += 2 + math.Log2(1+v)
				supported = true
			}
		}
		if c.Kind != gazetteer.Country && c.Kind != gazetteer.Demonym {
			if n := neighbours(c.Place, it, items); n > 0 {
				c.score += 1.5 * math.Min(float64(n), 3)
				supported = true
				sig.neighbours = n
			}
			if c.Kind == gazetteer.Admin1 && !c.alt {
				// Names in a list are of one kind: "Alabama, Arizona,
				// California" are states, not their namesake towns.
				if n := siblingUnits(c.Place, it, items); n > 0 {
					c.score += math.Min(float64(n), 3)
					supported = true
					sig.siblings = n
				}
			}
			if sameUnitNamed(c.Place, it, items) {
				c.score += 2
				supported = true
				sig.sameUnit = true
			}
		}
		rank := c.score
		// One candidate needs no ranking (but training sees them all).
		ranked := last && (len(it.cands) > 1 && r.Ranker != nil || r.observe != nil)
		if ranked {
			c.feats = r.features(it, c, ctx, own, sig)
		}
		if ranked && r.Ranker != nil {
			rank = r.Ranker.Score(c.feats)
		}
		if best == nil || rank > bestRank {
			best, bestSupported, bestRank = c, supported, rank
		}
	}
	it.chosen = nil
	if best == nil {
		return
	}
	// When the ranker prefers a place the rules cannot accept, the name
	// stays unresolved even if the rules' own choice passes: on the dev
	// sets those choices are mostly wrong, and no place beats a wrong one.
	if r.accept(best, bestSupported) && !foreign(best, bestSupported, ctx, own) {
		it.chosen = best.Place
	}
}

// foreign tells whether best is a town with nothing in the article for it
// while the article's places point to another country: "Bethany" in an
// article on Guyana is not the Bethany of Oregon, even when Guyana's is
// not in the gazetteer. A prominent city ("London") may stand alone.
func foreign(best *cand, supported bool, ctx *rankContext, own map[string]float64) bool {
	if supported || major(best.Kind) || prominentCity(*best.Place) || ctx == nil || ctx.focus == "" || best.Country == ctx.focus {
		return false
	}
	return ctx.votes[ctx.focus]-own[ctx.focus] >= 1
}

// accept tells whether the chosen candidate may resolve its name: a kind
// rarely borne by anything else, support from the article, or a score of
// its own above MinScore.
func (r *Resolver) accept(best *cand, supported bool) bool {
	need := r.MinScore
	if best.alt && best.Kind == gazetteer.City {
		// Alternate names include every language's: "Shal" is Quetta in
		// one of them. Alone, only a large city's exonym ("Kiev",
		// "Munich") will do.
		need += 3
		if best.Population >= 1000000 {
			need--
		}
	}
	return major(best.Kind) || supported || best.score >= need
}

// neighbours counts the other names of the article that may be places
// near p: a candidate within 50 km, or a first-level unit containing p.
// Ambiguous names settle each other: London and St. Thomas, Ontario.
func neighbours(p *gazetteer.Place, self *item, items []*item) int {
	n := 0
	for _, o := range items {
		if o == self {
			continue
		}
		for _, c := range o.cands {
			if c.prior < 3.5 || c.Place == p {
				continue
			}
			near := false
			switch {
			case p.Kind == gazetteer.Admin1:
				// A unit is near the places it contains.
				near = (c.Kind == gazetteer.City || c.Kind == gazetteer.Admin2) && c.Country == p.Country && c.Admin1Code == p.Admin1Code
			case c.Kind == gazetteer.City || c.Kind == gazetteer.Admin2:
				near = math.Abs(c.Lat-p.Lat) < 0.5 && gazetteer.Distance(c.Lat, c.Lon, p.Lat, p.Lon) < 50
			case c.Kind == gazetteer.Admin1:
				near = c.Country == p.Country && c.Admin1Code == p.Admin1Code
			}
			if near {
				n++
				break
			}
		}
	}
	return n
}

// siblingUnits counts the other names of the article whose likeliest
// meaning is a first-level unit of p's country.
func siblingUnits(p *gazetteer.Place, self *item, items []*item) int {
	n := 0
	for _, o := range items {
		if o == self || len(o.cands) == 0 {
			continue
		}
		if top := o.cands[0]; top.Kind == gazetteer.Admin1 && !top.alt && top.Country == p.Country && top.Place != p {
			n++
		}
	}
	return n
}

// sameUnitNamed tells whether the article names p's first-level unit.
func sameUnitNamed(p *gazetteer.Place, self *item, items []*item) bool {
	if p.Kind == gazetteer.Admin1 || p.Admin1Code == "" {
		return false
	}
	for _, o := range items {
		if o == self || o.chosen == nil {
			continue
		}
		if o.chosen.Kind == gazetteer.Admin1 && o.chosen.Country == p.Country && o.chosen.Admin1Code == p.Admin1Code {
			return true
		}
	}
	return false
}

func geoOf(p *gazetteer.Place) *annalist.Geo {
	g := &annalist.Geo{Kind: p.Kind, Country: p.Country, Admin1: p.Admin1, Lat: p.Lat, Lon: p.Lon, GeonamesID: p.ID}
	if p.Kind == gazetteer.Admin1 {
		g.Admin1 = p.Name
	}
	return g
}

// focus is the country with the most weight of evidence in the article:
// each mention of a place counts for the country it lies in, a country's
// own name most (3), a first-level unit's next (2), a demonym's 1.5, a
// town's 1 and a town chosen without confidence 0.5; the country of the
// URL's domain adds 2. One ambiguous town does not outweigh the country
// the article names. The first mentioned wins a tie.
func focus(items []*item, site string) string {
	weight := map[string]float64{}
	first := map[string]int{}
	if site != "" {
		weight[site] += 2
		first[site] = math.MaxInt
	}
	for _, it := range items {
		if it.chosen == nil {
			continue
		}
		start := math.MaxInt
		for _, m := range it.ent.Mentions {
			start = min(start, m.Start)
		}
		w := 1.0
		switch it.chosen.Kind {
		case gazetteer.Country:
			w = 3
		case gazetteer.Admin1:
			w = 2
		case gazetteer.Demonym:
			w = 1.5
		default:
			if !it.confident {
				w = 0.5
			}
		}
		for _, c := range countriesOf(it.chosen) {
			weight[c] += w * float64(it.mentions)
			if f, ok := first[c]; !ok || start < f {
				first[c] = start
			}
		}
	}
	best := ""
	for c, n := range weight {
		if best == "" || n > weight[best] || n == weight[best] && (first[c] < first[best] || first[c] == first[best] && c < best) {
			best = c
		}
	}
	return best
}

// domainCountry is the country of a URL's country-code top-level domain
// ("https://www.lfpress.ca/..." → CA), or "".
func domainCountry(rawURL string) string {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil || u.Host == "" {
		return ""
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	tld := host[strings.LastIndexByte(host, '.')+1:]
	if len(tld) != 2 {
		return ""
	}
	switch tld {
	case "uk":
		return "GB"
	case "eu", "tv", "io", "me", "co", "fm", "ly", "ai", "to", "cc", "ws":
		return "" // used as generic domains
	}
	return strings.ToUpper(tld)
}
