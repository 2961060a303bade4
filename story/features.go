package story

import (
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract/count"
)

// profile is what an article says about the happening it reports: its
// weighted features (words, names, places, event types, dates) before
// inverse document frequency, and the facts that keep two happenings of one
// kind apart.
type profile struct {
	counts map[string]float64 // feature → weight before idf
	// facts are the specifics that tell one happening from another of
	// its kind: the names, places, numbers, years and event words the
	// text gives, each key prefixed by its kind.
	facts []string
	date  string        // YYYY-MM-DD publication date, or ""
	when  string        // the date the text is most about (TIMEX3 value), or ""
	place *annalist.Geo // the most named populated place or region, or nil
	// locals are all the towns and regions it names, sorted by key: two
	// reports of one happening name some place in common or nearby, and
	// two happenings of one kind in one country often name none.
	locals []*annalist.Geo
	sums   []count.Sum // the sums of money and quake magnitudes it names
}

// Feature prefixes: a name, a place, an event type or a date counts apart
// from the same letters as a word.
const (
	namePrefix    = "n:"
	placePrefix   = "g:"
	eventPrefix   = "v:"
	timePrefix    = "t:"
	numberPrefix  = "#:"
	yearPrefix    = "y:"
	triggerPrefix = "e:"
	personPrefix  = "p:"
	dayPrefix     = "d:"
)

// Weights of the kinds of feature relative to a word. Pairs of adjacent
// words ("security update", "zero day") single out a happening better than
// either word; names are weighted a little up, since the name tagger already
// finds them among the words. Chosen on ECB+'s training topics.
const (
	nameWeight   = 1.5
	bigramWeight = 1.0
	placeWeight  = 2.0
	eventWeight  = 1.0
	timeWeight   = 2.0
	titleWeight  = 2.0
)

func newProfile(r *annalist.Record) profile {
	p := profile{counts: map[string]float64{}, date: r.Published}
	for _, w := range Words(r.Title) {
		if t := term(w); t != "" {
			p.counts[t] += titleWeight
		}
	}
	prev := ""
	words := Words(r.Text)
	for _, w := range words {
		t := term(w)
		if t != "" {
			p.counts[t]++
			if prev != "" {
				p.counts[prev+"_"+t] += bigramWeight
			}
		}
		prev = t
	}
	places := map[*annalist.Entity]int{}
	for i := range r.Entities {
		e := &r.Entities[i]
		n := float64(len(e.Mentions))
		if e.Geo != nil && e.Geo.Kind == annalist.GeoDemonym {
			continue // "Kazakh" says little about which happening
		}
		key := namePrefix + strings.ToLower(e.Name)
		if e.Geo != nil {
			key = placePrefix + geoKey(e.Geo, e.Name)
			if local(e.Geo) {
				places[e] = len(e.Mentions)
			}
			p.counts[key] += placeWeight * (1 + math.Log(n))
			continue
		}
		p.counts[key] += nameWeight * (1 + math.Log(n))
	}
	for _, ev := range r.Events {
		p.counts[eventPrefix+ev.Type] += eventWeight
	}
	whens := map[string]int{}
	for _, t := range r.Times {
		if t.Type == annalist.Date && specific(t.Value) {
			whens[t.Value]++
		}
	}
	for _, ev := range r.Events {
		if specific(ev.Date) {
			whens[ev.Date] += 2
		}
	}
	for v, n := range whens {
		p.counts[timePrefix+v] += timeWeight * float64(n)
	}
	p.when = mostOf(whens)
	p.facts = facts(r, p.counts, words)
	p.sums = sumsOf(r)
	best, bestKey := 0, ""
	keys := map[string]*annalist.Geo{}
	for e, n := range places {
		k := geoKey(e.Geo, e.Name)
		keys[k] = e.Geo
		if n > best || (n == best && k < bestKey) {
			best, bestKey, p.place = n, k, e.Geo
		}
	}
	for _, k := range slices.Sorted(maps.Keys(keys)) {
		p.locals = append(p.locals, keys[k])
	}
	return p
}

// geoKey names a place by its gazetteer id when it has one.
func geoKey(g *annalist.Geo, name string) string {
	if g.GeonamesID != 0 {
		return "id" + strconv.Itoa(g.GeonamesID)
	}
	if g.Kind == annalist.GeoCountry {
		return "cc" + g.Country
	}
	return strings.ToLower(name)
}

// local is a place smaller than a country: where a happening is.
func local(g *annalist.Geo) bool {
	switch g.Kind {
	case annalist.GeoCity, annalist.GeoAdmin1, annalist.GeoAdmin2, annalist.GeoOther:
		return true
	}
	return false
}

// specific is a date value of a day or a month ("2022-01-05", "2022-01"):
// a year or a vague reference does not tell two happenings apart.
func specific(v string) bool {
	return len(v) >= 7 && v[4] == '-' && isDigits(v[:4]) && isDigits(v[5:7])
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// mostOf is the most frequent key, the smallest on ties.
func mostOf(m map[string]int) string {
	best, n := "", 0
	for k, c := range m {
		if c > n || (c == n && k < best) {
			best, n = k, c
		}
	}
	return best
}

// term is the feature of a word, or "" for words that say nothing about a
// happening: function words, single letters and short numbers.
func term(w string) string {
	if len(w) < 3 {
		return ""
	}
	if stop[w] {
		return ""
	}
	if isDigits(w) && len(w) < 3 {
		return ""
	}
	// Plurals fold into the singular, crudely: "protesters" and
	// "protester" are one feature; "news" and "crisis" keep their s.
	if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "us") {
		w = w[:len(w)-1]
	}
	return w
}

// vector is a profile weighted by inverse document frequency, cut to its
// strongest features and normalised to length 1. keys are the features,
// strongest first; ids and vals the same features interned and sorted by
// id, for a dot product by merging.
type vector struct {
	keys []string
	ids  []int32
	vals []float32
}

const vectorSize = 80

func (p profile) vector(idf func(string) float64, intern func(string) int32) vector {
	type kv struct {
		k string
		v float64
	}
	all := make([]kv, 0, len(p.counts))
	for k, c := range p.counts {
		all = append(all, kv{k, (1 + math.Log(c)) * idf(k)})
	}
	slices.SortFunc(all, func(a, b kv) int {
		if a.v != b.v {
			if a.v > b.v {
				return -1
			}
			return 1
		}
		return strings.Compare(a.k, b.k)
	})
	all = all[:min(vectorSize, len(all))]
	var norm float64
	for _, x := range all {
		norm += x.v * x.v
	}
	norm = math.Sqrt(norm)
	type iv struct {
		id int32
		v  float32
	}
	byID := make([]iv, 0, len(all))
	v := vector{}
	for _, x := range all {
		if norm > 0 && x.v > 0 {
			v.keys = append(v.keys, x.k)
			byID = append(byID, iv{intern(x.k), float32(x.v / norm)})
		}
	}
	slices.SortFunc(byID, func(a, b iv) int { return int(a.id - b.id) })
	for _, x := range byID {
		v.ids = append(v.ids, x.id)
		v.vals = append(v.vals, x.v)
	}
	return v
}

// dot is the cosine of two unit vectors.
func (v vector) dot(w vector) float64 {
	var d float32
	i, j := 0, 0
	for i < len(v.ids) && j < len(w.ids) {
		switch {
		case v.ids[i] < w.ids[j]:
			i++
		case v.ids[i] > w.ids[j]:
			j++
		default:
			d += v.vals[i] * w.vals[j]
			i++
			j++
		}
	}
	return float64(d)
}

var stop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the and for that with was were are has have had not but his her its their they them this these those from into onto than then there here what which who whom whose when where why how all any both each few more most other some such only own same very can will just should would could may might must shall also about above after again against below between during before under over out off once further while said says say told tell one two three four five six seven eight nine ten first second last next new year years day days week weeks month months time times today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december mr mrs ms dr per cent percent been being did does doing don didn doesn isn wasn weren won wouldn can't our ours you your yours him she hers himself herself itself themselves what's it's according reuters ap afp news report reported reports people`) {
		m[w] = true
	}
	return m
}()
