// Package gazetteer is a compact offline gazetteer: GeoNames populated
// places (population over 1000), their first- and second-level
// administrative units, countries, continents, the macro-regions news
// uses, and demonyms, embedded in the binary and looked up by name or
// alternate name, case- and accent-insensitively.
//
// The table is places.tsv.gz, written by ./gen (see README.md for the
// sources, their licences and the one command that regenerates it).
package gazetteer

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/annalist/annalist/gazetteer/internal/namekey"
)

//go:embed places.tsv.gz
var embedded []byte

// Kinds of place, the same strings as annalist.Geo.Kind.
const (
	Country   = "country"
	Admin1    = "admin1"
	Admin2    = "admin2"
	City      = "city"
	Region    = "region"
	Continent = "continent"
	Demonym   = "demonym"
	Other     = "other" // seas, rivers, islands, mountains, historical regions
)

var kindOf = map[string]string{"C": Country, "1": Admin1, "2": Admin2, "P": City, "R": Region, "K": Continent, "D": Demonym, "O": Other}

// Place is one gazetteer entry.
type Place struct {
	ID         int    // GeoNames id; 0 when the source has none (countries, admin units)
	Name       string // the primary name
	Kind       string // Country, Admin1, Admin2, City, Region, Continent or Demonym
	Country    string // ISO 3166-1 alpha-2; for a demonym, the country it refers to
	Admin1     string // name of the first-level unit the place lies in
	Admin1Code string // its GeoNames code within Country ("01", "TX")
	Lat, Lon   float64
	Population int64  // GeoNames population; for units, the sum of their cities
	Feature    string // GeoNames feature code: PPLC, PPLA, PPL..., ADM1, ADM2, PCLI, PCLD, CONT, RGN, DEM
	// Of is, for a demonym, the ISO code or the region/continent name it
	// refers to; for a region, its member countries separated by spaces.
	Of string
}

// Match is a candidate for a name: the place, and whether the name is one
// of its alternate names rather than its primary name.
type Match struct {
	*Place
	Alternate bool
}

// Gazetteer holds the places and a sorted index by normalised name.
type Gazetteer struct {
	places   []Place
	keys     []string // sorted Key(name) of every name and alternate name
	refStart []int32  // refs[refStart[k]:refStart[k+1]] are the places of keys[k]
	refs     []int32  // place index; -i-1 when the key is an alternate name
	// bucket[b] is the first key whose first two bytes are b or more
	// (len 65537): lookups search one bucket, a few dozen keys, not all.
	bucket    []int32
	countries map[string]int32
	admin1    map[string]int32 // "KZ.01" → place index
	named     map[string]int32 // Key(name) of countries, regions, continents
	common    map[string]bool  // one-word names that are also common English words
	first     map[string]bool  // first names
	maxWords  int
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
)

// Default returns the embedded gazetteer, loaded on first use.
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		g, err := Load(bytes.NewReader(embedded))
		if err != nil {
			panic("gazetteer: embedded places.tsv.gz: " + err.Error())
		}
		defaultGaz = g
	})
	return defaultGaz
}

// Load reads a gzip-compressed table in the format gen writes, "#" lines
// being comments:
//
//   - a place per line: kind (C country, 1 admin1, 2 admin2, P city,
//     R region, K continent, D demonym, O other), GeoNames id, name, country,
//     admin1 code, lat, lon, population, feature code, of;
//   - then the index, sorted by key: "=", key, and space-separated place
//     numbers (0-based, in file order), negative (-i-1) for alternate names;
//   - "w", key: a one-word name that is also a common English word;
//   - "f", key: a first name.
//
// Columns are tab-separated.
func Load(r io.Reader) (*Gazetteer, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	return parse(string(raw))
}

func parse(data string) (*Gazetteer, error) {
	g := &Gazetteer{
		countries: map[string]int32{},
		admin1:    map[string]int32{},
		named:     map[string]int32{},
		common:    map[string]bool{},
		first:     map[string]bool{},
	}
	lines := strings.Count(data, "\n")
	g.places = make([]Place, 0, lines/4)
	g.keys = make([]string, 0, lines)
	g.refStart = make([]int32, 0, lines+1)
	g.refs = make([]int32, 0, lines+lines/4)
	var cols [10]string
	for lineNo := 1; data != ""; lineNo++ {
		var line string
		if k := strings.IndexByte(data, '\n'); k >= 0 {
			line, data = data[:k], data[k+1:]
		} else {
			line, data = data, ""
		}
		if line == "" || line[0] == '#' {
			continue
		}
		if len(line) > 2 && line[1] == '\t' && (line[0] == 'w' || line[0] == 'f') {
			if line[0] == 'w' {
				g.common[line[2:]] = true
			} else {
				g.first[line[2:]] = true
			}
			continue
		}
		if line[0] == '=' {
			if err := g.addKey(line); err != nil {
				return nil, fmt.Errorf("gazetteer: line %d: %w", lineNo, err)
			}
			continue
		}
		n := 0
		for n < len(cols)-1 {
			k := strings.IndexByte(line, '\t')
			if k < 0 {
				break
			}
			cols[n], line = line[:k], line[k+1:]
			n++
		}
		cols[n] = line
		if n != len(cols)-1 {
			return nil, fmt.Errorf("gazetteer: line %d: %d columns, want %d", lineNo, n+1, len(cols))
		}
		kind, ok := kindOf[cols[0]]
		if !ok {
			return nil, fmt.Errorf("gazetteer: line %d: unknown kind %q", lineNo, cols[0])
		}
		id, err1 := strconv.Atoi(cols[1])
		lat, err2 := strconv.ParseFloat(cols[5], 64)
		lon, err3 := strconv.ParseFloat(cols[6], 64)
		pop, err4 := strconv.ParseInt(cols[7], 10, 64)
		if err := firstErr(err1, err2, err3, err4); err != nil {
			return nil, fmt.Errorf("gazetteer: line %d: %w", lineNo, err)
		}
		p := Place{ID: id, Name: cols[2], Kind: kind, Country: cols[3], Admin1Code: cols[4], Lat: lat, Lon: lon,
			Population: pop, Feature: cols[8], Of: cols[9]}
		i := int32(len(g.places))
		g.places = append(g.places, p)
		switch kind {
		case Country:
			g.countries[p.Country] = i
		case Admin1:
			g.admin1[p.Country+"."+p.Admin1Code] = i
		}
		if kind == Country || kind == Region || kind == Continent {
			g.named[Key(p.Name)] = i
		}
	}
	g.refStart = append(g.refStart, int32(len(g.refs)))
	for _, r := range g.refs {
		if r >= int32(len(g.places)) || -r-1 >= int32(len(g.places)) {
			return nil, fmt.Errorf("gazetteer: index refers to place %d of %d", r, len(g.places))
		}
	}
	for i := range g.places {
		p := &g.places[i]
		if p.Kind == Admin1 {
			p.Admin1 = p.Name
		} else if p.Admin1Code != "" {
			if j, ok := g.admin1[p.Country+"."+p.Admin1Code]; ok {
				p.Admin1 = g.places[j].Name
			}
		}
	}
	g.index()
	return g, nil
}

// addKey reads an index line: "=", key, refs.
func (g *Gazetteer) addKey(line string) error {
	_, rest, ok := strings.Cut(line, "\t")
	key, refs, ok2 := strings.Cut(rest, "\t")
	if !ok || !ok2 || key == "" {
		return fmt.Errorf("index line %q: want = key refs", line)
	}
	if n := len(g.keys); n > 0 && g.keys[n-1] >= key {
		return fmt.Errorf("index key %q out of order", key)
	}
	g.keys = append(g.keys, key)
	g.refStart = append(g.refStart, int32(len(g.refs)))
	for refs != "" {
		var f string
		f, refs, _ = strings.Cut(refs, " ")
		r, err := strconv.ParseInt(f, 10, 32)
		if err != nil {
			return fmt.Errorf("index key %q: %w", key, err)
		}
		g.refs = append(g.refs, int32(r))
	}
	if w := strings.Count(key, " ") + 1; w > g.maxWords {
		g.maxWords = w
	}
	return nil
}

func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func (g *Gazetteer) lookup(key string) []int32 {
	lo, hi := 0, len(g.keys)
	if g.bucket != nil {
		b := prefix2(key)
		lo, hi = int(g.bucket[b]), int(g.bucket[b+1])
	}
	keys := g.keys[lo:hi]
	k := sort.SearchStrings(keys, key)
	if k == len(keys) || keys[k] != key {
		return nil
	}
	k += lo
	return g.refs[g.refStart[k]:g.refStart[k+1]]
}

// prefix2 is the bucket of a key: its first two bytes.
func prefix2(key string) int {
	switch len(key) {
	case 0:
		return 0
	case 1:
		return int(key[0]) << 8
	}
	return int(key[0])<<8 | int(key[1])
}

// index fills bucket from the sorted keys.
func (g *Gazetteer) index() {
	g.bucket = make([]int32, 1<<16+1)
	k := 0
	for b := 0; b <= 1<<16; b++ {
		for k < len(g.keys) && prefix2(g.keys[k]) < b {
			k++
		}
		g.bucket[b] = int32(k)
	}
}

// IsCommonWord tells whether a one-word name is also a common English word
// ("Justice", "Amber", "Turkey"): spotters want more evidence for those.
func (g *Gazetteer) IsCommonWord(name string) bool { return g.common[Key(name)] }

// IsFirstName tells whether a word is a common English first name
// ("Vladimir", "Paris"): before a capitalised word, a person's name.
func (g *Gazetteer) IsFirstName(name string) bool { return g.first[Key(name)] }

// Len is the number of places.
func (g *Gazetteer) Len() int { return len(g.places) }

// MaxWords is the largest number of words in a name, a bound for spotters.
func (g *Gazetteer) MaxWords() int { return g.maxWords }

// Matches returns the places called name (by primary or alternate name).
// The places belong to g and must not be modified.
func (g *Gazetteer) Matches(name string) []Match {
	refs := g.lookup(Key(name))
	if len(refs) == 0 {
		return nil
	}
	out := make([]Match, len(refs))
	for k, r := range refs {
		if r < 0 {
			out[k] = Match{&g.places[-r-1], true}
		} else {
			out[k] = Match{&g.places[r], false}
		}
	}
	return out
}

// Lookup returns copies of the places called name.
func (g *Gazetteer) Lookup(name string) []Place {
	ms := g.Matches(name)
	out := make([]Place, len(ms))
	for i, m := range ms {
		out[i] = *m.Place
	}
	return out
}

// IsName tells whether name names any place (or is a demonym).
func (g *Gazetteer) IsName(name string) bool { return len(g.lookup(Key(name))) > 0 }

// Kind returns the kind of the most prominent place called name, or "".
// It is a cheap feature for taggers: "country", "city", "demonym", ...
func (g *Gazetteer) Kind(name string) string {
	p, ok := g.Best(name)
	if !ok {
		return ""
	}
	return p.Kind
}

// Best returns the most prominent place called name (see Prominence).
func (g *Gazetteer) Best(name string) (Place, bool) {
	var best *Place
	bestScore := math.Inf(-1)
	for _, m := range g.Matches(name) {
		s := m.Prominence()
		if m.Alternate {
			s -= 1
		}
		if s > bestScore {
			best, bestScore = m.Place, s
		}
	}
	if best == nil {
		return Place{}, false
	}
	return *best, true
}

// Country returns the country with the given ISO 3166-1 alpha-2 code.
func (g *Gazetteer) Country(iso2 string) (Place, bool) {
	i, ok := g.countries[strings.ToUpper(iso2)]
	if !ok {
		return Place{}, false
	}
	return g.places[i], true
}

// Named returns the country, region or continent whose primary name is name.
func (g *Gazetteer) Named(name string) (Place, bool) {
	i, ok := g.named[Key(name)]
	if !ok {
		return Place{}, false
	}
	return g.places[i], true
}

// Admin1Unit returns the first-level unit with the given GeoNames code.
func (g *Gazetteer) Admin1Unit(country, code string) (Place, bool) {
	i, ok := g.admin1[country+"."+code]
	if !ok {
		return Place{}, false
	}
	return g.places[i], true
}

// Nearest returns the populated place nearest to a point (a linear scan:
// for evaluation and tests, not for the hot path).
func (g *Gazetteer) Nearest(lat, lon float64) (Place, float64) {
	var best Place
	bestD := math.Inf(1)
	for i := range g.places {
		p := &g.places[i]
		if p.Kind != City {
			continue
		}
		if d := Distance(lat, lon, p.Lat, p.Lon); d < bestD {
			best, bestD = *p, d
		}
	}
	return best, bestD
}

// Members returns the countries a region or continent name covers
// (for regions, from the table; a country covers itself).
func (p *Place) Members() []string {
	switch p.Kind {
	case Region:
		return strings.Fields(p.Of)
	case Country:
		return []string{p.Country}
	}
	return nil
}

// Prominence is a prior for choosing among same-named places before any
// context: countries first, then continents and regions, first-level
// units, capitals and seats of government, then by population.
func (p *Place) Prominence() float64 {
	pop := math.Log10(float64(p.Population) + 10)
	switch p.Kind {
	case Country:
		return 12
	case Continent:
		return 11
	case Region:
		return 10
	case Demonym:
		return 10
	case Other:
		return 9
	case Admin1:
		return 6.5 + pop/4
	case Admin2:
		return 3 + pop/4
	}
	bonus := 0.0
	switch p.Feature {
	case "PPLC":
		bonus = 3
	case "PPLA":
		bonus = 1.5
	case "PPLA2":
		bonus = 0.7
	case "PPLA3", "PPLA4":
		bonus = 0.2
	case "PPLX", "PPLL", "PPLQ", "PPLH", "PPLW":
		bonus = -0.5
	}
	return pop + bonus
}

// Distance is the great-circle distance in kilometres.
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat := (lat2 - lat1) * rad
	dlon := (lon2 - lon1) * rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// Key normalises a name for lookup: lower case, accents removed, hyphens
// and runs of spaces as one space, typographic apostrophes as "'".
func Key(s string) string { return namekey.Key(s) }
