package story

import (
	"slices"
	"strings"

	"github.com/annalist/annalist"
)

// factKinds are the kinds of fact the join model compares one by one.
var factKinds = []string{personPrefix, namePrefix, placePrefix, numberPrefix, yearPrefix, triggerPrefix, dayPrefix}

// Indices of factKinds.
const (
	kindPerson = iota
	kindName
	kindPlace
	kindNumber
	kindYear
	kindTrigger
	kindDay
)

// kinds counts factKinds.
const kinds = 7

// facts lists r's specifics, each once: its names and places (as counted
// among its features), the numbers and years its words (of its text) give,
// the days of the year its dates name, and the words of its events'
// triggers. Sorted, so that a profile is the same whatever the order of
// the maps it came from.
func facts(r *annalist.Record, counts map[string]float64, words []string) []string {
	seen := map[string]bool{}
	for k := range counts {
		if strings.HasPrefix(k, placePrefix) {
			seen[k] = true
		}
	}
	for _, e := range r.Entities {
		switch {
		case e.Geo != nil:
		case e.Type == annalist.Person:
			// A person by surname: "Rahman" in one article is "Hasim
			// Rahman" in another.
			ws := Words(e.Name)
			if len(ws) > 0 {
				seen[personPrefix+ws[len(ws)-1]] = true
			}
		default:
			seen[namePrefix+strings.ToLower(e.Name)] = true
		}
	}
	for _, w := range words {
		if n := number(w); n != "" {
			if year(n) && !strings.Contains(w, ",") { // "2,000" is no year
				seen[yearPrefix+n] = true
			} else {
				seen[numberPrefix+n] = true
			}
		}
	}
	for _, t := range r.Times {
		if len(t.Value) >= 4 && year(t.Value[:4]) {
			seen[yearPrefix+t.Value[:4]] = true
		}
		if d := dayOf(t.Value); d != "" {
			seen[dayPrefix+d] = true
		}
	}
	for _, ev := range r.Events {
		if d := dayOf(ev.Date); d != "" {
			seen[dayPrefix+d] = true
		}
		for _, w := range Words(ev.Trigger.Text) {
			if t := term(w); t != "" && !isDigits(t) {
				seen[triggerPrefix+t] = true
			}
		}
	}
	out := make([]string, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// dayOf is the day of the year ("12-14") a TIMEX3 value names, whatever
// its year ("2008-12-14", "XXXX-12-14"), or "": two reports of one
// happening name its day, and a text often gives no year.
func dayOf(v string) string {
	if len(v) < 10 || v[4] != '-' || v[7] != '-' || !isDigits(v[5:7]) || !isDigits(v[8:10]) {
		return ""
	}
	if len(v) > 10 && v[10] != 'T' {
		return ""
	}
	return v[5:10]
}

// number is the number a word writes ("6.1", "81" of "81st", "3"), or "".
// Separators of thousands are dropped, so that "1,200" and "1200" agree.
func number(w string) string {
	i := 0
	for i < len(w) && (w[i] >= '0' && w[i] <= '9' || w[i] == '.' || w[i] == ',') {
		i++
	}
	if i == 0 || w[0] < '0' || w[0] > '9' {
		return ""
	}
	switch w[i:] {
	case "", "st", "nd", "rd", "th", "s", "m", "km", "bn":
	default:
		return "" // "4x4", "g20": a name, not a figure
	}
	return strings.TrimRight(strings.ReplaceAll(w[:i], ",", ""), ".")
}

// year is a four-digit year of the last two centuries.
func year(n string) bool {
	return len(n) == 4 && isDigits(n) && (n[:2] == "19" || n[:2] == "20")
}

// factSet is an article's specifics interned, ascending by id, with the
// kind (index in factKinds) and rarity (idf when it arrived) of each.
type factSet struct {
	ids     []int32
	kinds   []uint8
	weights []float32
}

func (x *Index) factSet(p profile) factSet {
	fs := factSet{
		ids:     make([]int32, len(p.facts)),
		kinds:   make([]uint8, len(p.facts)),
		weights: make([]float32, len(p.facts)),
	}
	order := make([]int, len(p.facts))
	for i, k := range p.facts {
		fs.ids[i] = x.intern(k)
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return int(fs.ids[a] - fs.ids[b]) })
	ids := slices.Clone(fs.ids)
	for j, i := range order {
		fs.ids[j] = ids[i]
		fs.kinds[j] = uint8(kindOf(p.facts[i]))
		fs.weights[j] = float32(x.idf(p.facts[i]))
	}
	return fs
}

// sharing is how much two articles share of each kind of specific, each
// specific weighted by its rarity: the weighted Jaccard likeness, 1 where
// both have some and share none, and the share of each one's that the
// other holds.
type sharing struct {
	jaccard, conflict, mine, theirs [kinds]float64
}

func (a factSet) compare(b factSet) sharing {
	var shared, ina, inb [kinds]float64
	i, j := 0, 0
	for i < len(a.ids) || j < len(b.ids) {
		switch {
		case j >= len(b.ids) || i < len(a.ids) && a.ids[i] < b.ids[j]:
			ina[a.kinds[i]] += float64(a.weights[i])
			i++
		case i >= len(a.ids) || b.ids[j] < a.ids[i]:
			inb[b.kinds[j]] += float64(b.weights[j])
			j++
		default:
			// A specific both have weighs its rarity now on both sides,
			// so that a share is never more than all.
			k, w := a.kinds[i], float64(a.weights[i])
			shared[k] += w
			ina[k] += w
			inb[k] += w
			i++
			j++
		}
	}
	var s sharing
	for k := range shared {
		if ina[k] > 0 && inb[k] > 0 {
			s.jaccard[k] = shared[k] / (ina[k] + inb[k] - shared[k])
			s.conflict[k] = flag(shared[k] == 0)
			s.mine[k] = shared[k] / ina[k]
			s.theirs[k] = shared[k] / inb[k]
		}
	}
	return s
}

// novelty is, for each kind, the share of a's weight of specifics that
// none of the others holds: a report that names a man, a place or a day
// that none of a story's articles names is likely of another happening,
// even when it shares the story's main names (one boxer, a second fight).
// A kind the others never name has no novelty: there is nothing to tell.
func (a factSet) novelty(others []member) (nov [kinds]float64) {
	found := make([]bool, len(a.ids))
	var any [kinds]bool // whether the others name any of the kind
	for m := range others {
		b := &others[m].facts
		for _, k := range b.kinds {
			any[k] = true
		}
		i, j := 0, 0
		for i < len(a.ids) && j < len(b.ids) {
			switch {
			case a.ids[i] < b.ids[j]:
				i++
			case a.ids[i] > b.ids[j]:
				j++
			default:
				found[i] = true
				i++
				j++
			}
		}
	}
	var all [kinds]float64
	for i, w := range a.weights {
		all[a.kinds[i]] += float64(w)
		if !found[i] {
			nov[a.kinds[i]] += float64(w)
		}
	}
	for k := range nov {
		if all[k] > 0 && any[k] {
			nov[k] /= all[k]
		} else {
			nov[k] = 0 // nothing to tell a novelty by
		}
	}
	return nov
}

// has reports whether the set holds specific id.
func (a factSet) has(id int32) bool {
	_, ok := slices.BinarySearch(a.ids, id)
	return ok
}
