// Command genactors compiles the Phoenix actor dictionaries of PETRARCH2
// (MIT, Open Event Data Alliance) into the event extractor's actor data:
//
//   - data/agents.txt from Phoenix.agents.txt: generic agents ("riot
//     police", "insurgents", "villagers") with their CAMEO agent code and
//     the ACLED-like actor kind that the code implies;
//   - data/groups.txt from Phoenix.MilNonState.actors.txt and
//     Phoenix.International.actors.txt: named armed groups and
//     international organisations with their codes;
//   - data/countries.txt from Phoenix.Countries.actors.txt: country names
//     and adjectives with ISO 3166-1 alpha-2 and the CAMEO country code;
//   - data/people.txt from the same file: office holders, one line per
//     dated role ("angela merkel | DEUGOV | 2005-11-22 |");
//   - data/parties.txt from WordNet 3.0 (Debian wordnet-base): the common
//     nouns whose first sense is a person or a social group, which name a
//     party an event is done by or to ("schoolgirls", "worshippers", "mob");
//   - data/abstract.txt from the same: the nouns whose first sense is an
//     abstract thing ("problem", "optimism"), no party an act is done to;
//   - data/nominal.txt from the same: the nouns of acts and events derived
//     from verbs ("expulsion | expel"), whose "of" phrase takes the verb's
//     object phrases.
//
// Run from the repository root:
//
//	go run ./extract/event/internal/genactors
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/text/language"

	"github.com/annalist/annalist/internal/phoenix"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared data folder")
	out := flag.String("out", "extract/event/data", "where to write the files")
	wordnet := flag.String("wordnet", WordNetDir, "WordNet 3.0's dict folder (Debian: apt-get install wordnet-base)")
	flag.Parse()
	files, err := generate(filepath.Join(*shared, "lexicons/petrarch2"))
	if err != nil {
		log.Fatal(err)
	}
	if files["parties.txt"], files["abstract.txt"], err = readWordNet(*wordnet); err != nil {
		log.Fatal(err)
	}
	if files["nominal.txt"], err = readNominals(*wordnet); err != nil {
		log.Fatal(err)
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(*out, name), b, 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

const credit = "# Compiled by \"go run ./extract/event/internal/genactors\" from the Phoenix\n" +
	"# dictionaries of PETRARCH2 (%s; MIT licence, Open Event Data Alliance).\n" +
	"# Do not edit: change the generator, or data/kinds.txt, whose entries win.\n"

// generate returns the compiled files by name.
func generate(dir string) (map[string][]byte, error) {
	out := map[string][]byte{}
	agents, err := readAgents(filepath.Join(dir, "Phoenix.agents.txt"))
	if err != nil {
		return nil, err
	}
	out["agents.txt"] = table(fmt.Sprintf(credit, "Phoenix.agents.txt")+
		"# phrase | kind | CAMEO agent code\n", agents)
	var groups [][]string
	for _, f := range []string{"Phoenix.MilNonState.actors.txt", "Phoenix.International.actors.txt"} {
		g, err := readGroups(filepath.Join(dir, f))
		if err != nil {
			return nil, err
		}
		groups = append(groups, g...)
	}
	countries, people, armed, err := readCountries(filepath.Join(dir, "Phoenix.Countries.actors.txt"))
	if err != nil {
		return nil, err
	}
	groups = append(groups, armed...)
	out["groups.txt"] = table(fmt.Sprintf(credit, "Phoenix.MilNonState.actors.txt, Phoenix.International.actors.txt;\n"+
		"# armed groups of Phoenix.Countries.actors.txt")+
		"# phrase | kind | country (ISO 3166-1 alpha-2) | CAMEO code\n", groups)
	out["countries.txt"] = table(fmt.Sprintf(credit, "Phoenix.Countries.actors.txt")+
		"# phrase | country (ISO 3166-1 alpha-2) | CAMEO country code\n", countries)
	out["people.txt"] = table(fmt.Sprintf(credit, "Phoenix.Countries.actors.txt")+
		"# Office holders, one line per dated role.\n# name | CAMEO code | from | to (YYYY-MM-DD; empty = open)\n", people)
	return out, nil
}

// table sorts rows by their joined text, drops duplicate keys (the first
// field, or the first three for people), and writes them.
func table(header string, rows [][]string) []byte {
	sort.SliceStable(rows, func(i, j int) bool { return strings.Join(rows[i], "|") < strings.Join(rows[j], "|") })
	var b strings.Builder
	b.WriteString(header)
	seen := map[string]bool{}
	for _, r := range rows {
		key := r[0]
		if len(r) == 4 && strings.Contains(header, "dated role") {
			key = r[0] + "|" + r[2]
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		b.WriteString(strings.Join(r, " | ") + "\n")
	}
	return []byte(b.String())
}

// Kind is the ACLED-like actor kind of a CAMEO agent code: the first of
// its three-letter parts that decides one, in this order.
func Kind(code string) string {
	code = strings.TrimPrefix(code, "~")
	parts := map[string]bool{}
	for i := 0; i+3 <= len(code); i += 3 {
		parts[code[i:i+3]] = true
	}
	for _, k := range []struct{ part, kind string }{
		{"COP", "state_forces"}, {"MIL", "state_forces"}, {"SPY", "state_forces"},
		{"REB", "rebels"}, {"INS", "rebels"}, {"UAF", "political_militia"},
		{"GOV", "government"}, {"LEG", "government"}, {"JUD", "government"},
		{"IGO", "other"}, {"OPP", "other"}, {"CRM", "other"}, {"ELI", "other"}, {"PTY", "other"},
		{"MNC", "other"}, {"IMG", "rebels"},
		{"CVL", "civilians"}, {"AGR", "civilians"}, {"EDU", "civilians"}, {"MED", "civilians"},
		{"HLH", "civilians"}, {"LAB", "civilians"}, {"BUS", "civilians"}, {"REF", "civilians"},
		{"REL", "civilians"}, {"CHR", "civilians"}, {"MUS", "civilians"}, {"JEW", "civilians"},
		{"HIN", "civilians"}, {"BUD", "civilians"}, {"NGO", "civilians"}, {"HRI", "civilians"},
		{"ENV", "civilians"}, {"PPL", "civilians"}, {"JRN", "civilians"}, {"DEV", "civilians"},
	} {
		if parts[k.part] {
			return k.kind
		}
	}
	return ""
}

var pluraRE = regexp.MustCompile(`\{([^}]*)\}`)

// phrase turns "RIOT_POLICE" into "riot police"; ok is false for phrases
// with characters the matcher cannot see as words.
func phrase(s string) (string, bool) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "+")
	s = strings.ToLower(strings.ReplaceAll(s, "_", " "))
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || strings.ContainsAny(s, "!{}[]()|#&$%^,") || strings.HasPrefix(s, "-") {
		return "", false
	}
	return s, true
}

func plural(p string) string {
	switch {
	case strings.HasSuffix(p, "man"):
		return p[:len(p)-3] + "men"
	case strings.HasSuffix(p, "y") && !strings.HasSuffix(p, "ey") && !strings.HasSuffix(p, "ay"):
		return p[:len(p)-1] + "ies"
	case strings.HasSuffix(p, "s") || strings.HasSuffix(p, "ch") || strings.HasSuffix(p, "sh") || strings.HasSuffix(p, "x"):
		return p + "es"
	}
	return p + "s"
}

func readAgents(path string) ([][]string, error) {
	entries, err := phoenix.Read(path)
	if err != nil {
		return nil, err
	}
	macros := map[string][]string{}
	var rows [][]string
	for _, e := range entries {
		t := e.Name
		if strings.HasPrefix(t, "!") && strings.Contains(t, "=") {
			name, vals, _ := strings.Cut(t, "=")
			for _, v := range strings.Split(vals, ",") {
				macros[strings.TrimSpace(name)] = append(macros[strings.TrimSpace(name)], strings.TrimSpace(v))
			}
			continue
		}
		if len(e.Codes) == 0 {
			continue
		}
		code := strings.TrimPrefix(e.Codes[0].Code, "~")
		kind := Kind(code)
		if kind == "" {
			continue
		}
		var forms []string
		explicit := false
		if pm := pluraRE.FindStringSubmatch(t); pm != nil {
			explicit = true
			forms = append(forms, strings.Fields(pm[1])...)
			t = strings.TrimSpace(pluraRE.ReplaceAllString(t, ""))
		}
		bases := []string{t}
		for name, vals := range macros {
			if strings.Contains(t, name) {
				bases = nil
				for _, v := range vals {
					bases = append(bases, strings.ReplaceAll(t, name, v))
				}
				explicit = true // the macro lists the plurals
			}
		}
		for _, b := range bases {
			p, ok := phrase(b)
			if !ok {
				continue
			}
			rows = append(rows, []string{p, kind, code})
			if !explicit {
				rows = append(rows, []string{plural(p), kind, code})
			}
		}
		for _, fm := range forms {
			if p, ok := phrase(fm); ok {
				rows = append(rows, []string{p, kind, code})
			}
		}
	}
	return rows, nil
}

// country returns the ISO 3166-1 alpha-2 code of a CAMEO country code
// (ISO alpha-3 for states), or "".
func country(code string) string {
	if len(code) < 3 {
		return ""
	}
	r, err := language.ParseRegion(code[:3])
	if err != nil || !r.IsCountry() {
		return ""
	}
	s := r.String()
	if len(s) != 2 {
		return ""
	}
	return s
}

// readGroups reads the entries coded on their name line, or by one
// undated code on the line below their synonyms (WORLD_BANK_); those coded
// below with dates are office holders with dated roles.
func readGroups(path string) ([][]string, error) {
	entries, err := phoenix.Read(path)
	if err != nil {
		return nil, err
	}
	var rows [][]string
	for _, e := range entries {
		codes := e.Codes
		if len(codes) == 0 && len(e.Below) == 1 && e.Below[0].From == "" && e.Below[0].To == "" {
			codes = e.Below
		}
		if len(codes) == 0 || codes[0].Code == "" {
			continue
		}
		code := codes[0].Code
		kind := Kind(code[min(3, len(code)):])
		if strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO") || strings.HasPrefix(code, "MNC") ||
			strings.HasPrefix(code, "IMG") {
			kind = Kind(code)
		}
		if kind == "" {
			continue
		}
		for _, name := range append([]string{e.Name}, e.Synonyms...) {
			ps := groupNames(name)
			if kind != "rebels" && kind != "political_militia" {
				ps = ps[:min(1, len(ps))] // companies and agencies keep their "the"
			}
			for _, p := range ps {
				rows = append(rows, []string{p, kind, country(code), code})
			}
		}
	}
	return rows, nil
}

// groupNames are the phrases of a group's name: an armed group's without a
// leading "the" too, since news writes "Islamic State fighters" for
// THE_ISLAMIC_STATE
// (only where two words remain: "the resistance" is no name).
func groupNames(name string) []string {
	p, ok := phrase(name)
	if !ok || len(p) < 3 {
		return nil
	}
	if rest, ok := strings.CutPrefix(p, "the "); ok && strings.Contains(rest, " ") {
		return []string{p, rest}
	}
	return []string{p}
}

// armedKind is the kind of a group's CAMEO code when it is a non-state
// armed group (rebels, insurgents, militia, or the IMG code of a
// transnational militant group), else "".
func armedKind(code string) string {
	k := ""
	if strings.HasPrefix(code, "IMG") {
		k = Kind(code)
	} else if len(code) > 3 {
		k = Kind(code[3:])
	}
	if k == "rebels" || k == "political_militia" {
		return k
	}
	return ""
}

// readCountries reads the country names (entries whose current code is a
// bare country code), the office holders (entries with dated roles) and
// the armed groups the file also lists (the Islamic State, Syria's rebel
// groups), whose current code is a non-state armed group's.
func readCountries(path string) (countries, people, armed [][]string, err error) {
	entries, err := phoenix.Read(path)
	if err != nil {
		return nil, nil, nil, err
	}
	for _, e := range entries {
		codes := append(e.Codes[:len(e.Codes):len(e.Codes)], e.Below...)
		if len(codes) == 0 {
			continue
		}
		if last := codes[len(codes)-1]; last.To == "" && armedKind(last.Code) != "" {
			for _, n := range append([]string{e.Name}, e.Synonyms...) {
				for _, p := range groupNames(n) {
					armed = append(armed, []string{p, armedKind(last.Code), country(last.Code), last.Code})
				}
			}
			continue
		}
		if last := codes[len(codes)-1]; len(last.Code) == 3 && last.To == "" {
			// A state: its current code is a bare country code.
			iso := country(last.Code)
			if iso == "" {
				continue
			}
			for _, n := range append([]string{e.Name}, e.Synonyms...) {
				if p, ok := phrase(n); ok && len(p) > 2 {
					countries = append(countries, []string{p, iso, last.Code})
				}
			}
			continue
		}
		for _, c := range codes {
			if c.From == "" && c.To == "" || len(c.Code) < 6 || country(c.Code) == "" {
				continue // the undated default or a code without a state
			}
			if k := Kind(c.Code[3:]); k != "government" && k != "state_forces" {
				continue
			}
			if p, ok := phrase(e.Name); ok && strings.Contains(p, " ") {
				people = append(people, []string{p, c.Code, c.From, c.To})
			}
		}
	}
	return countries, people, armed, nil
}
