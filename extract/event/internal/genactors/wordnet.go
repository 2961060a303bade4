package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// WordNetDir is where Debian's wordnet-base installs WordNet 3.0.
const WordNetDir = "/usr/share/wordnet"

const wordnetCredit = "# Compiled by \"go run ./extract/event/internal/genactors\" from WordNet 3.0\n" +
	"# (Debian wordnet-base; WordNet 3.0 Copyright 2006 by Princeton University, WordNet licence).\n" +
	"# Do not edit: change the generator.\n" +
	"# Nouns whose first (most frequent) sense is a person ([person], lexicographer file\n" +
	"# noun.person) or a social group ([group], noun.group under social_group or people): the\n" +
	"# common nouns that name a party an event is done by or to (\"schoolgirls\", \"crowd\").\n"

// lexPerson and lexGroup are WordNet's lexicographer file numbers of
// noun.person and noun.group.
const lexPerson, lexGroup = 18, 14

// The lexicographer files of abstract things (noun.attribute,
// noun.cognition, noun.feeling, noun.state) and of places.
const lexAttribute, lexCognition, lexFeeling, lexState, lexLocation = 7, 9, 12, 26, 15

// lexCommunication is noun.communication: what is said or written ("a
// report", "a forecast", "the headlines").
const lexCommunication = 10

// lexPossession and lexQuantity are noun.possession and noun.quantity:
// what is owned, paid or counted ("the cost", "debts", "stocks", "a
// level"), no party nor a thing force is done to.
const lexPossession, lexQuantity = 21, 23

// lexPhenomenon and lexProcess are noun.phenomenon and noun.process:
// weather and the workings of things ("snow", "growth", "inflation"),
// which may hurt or force but are no party that attacks.
const lexPhenomenon, lexProcess = 19, 22

// lexArtifact is noun.artifact: a word that may name a made thing ("a
// compound") is no sure abstraction.
const lexArtifact = 6

const abstractCredit = "# Compiled by \"go run ./extract/event/internal/genactors\" from WordNet 3.0\n" +
	"# (Debian wordnet-base; WordNet 3.0 Copyright 2006 by Princeton University, WordNet licence).\n" +
	"# Do not edit: change the generator.\n" +
	"# Nouns whose first sense is an abstract thing (noun.cognition, noun.feeling,\n" +
	"# noun.attribute, noun.state), tagged in WordNet's sense-tagged corpus, with no sense\n" +
	"# a person, group, place or artifact (not \"intelligence\", \"authority\", \"compound\"): no party an act is\n" +
	"# done to (\"attacked the problem\", \"shared the optimism\").\n" +
	"# [communication]: the same for noun.communication, what is said or written: no\n" +
	"# target of violence (\"attacked the report\", \"beat forecasts\").\n" +
	"# [possession]: nouns whose first sense is what is owned, paid or counted\n" +
	"# (noun.possession, noun.quantity), tagged in the sense-tagged corpus, with no sense a\n" +
	"# person, group or place (a made thing may be another sense: \"stock\"): no party nor\n" +
	"# a thing force is done to (\"curb the cost\", \"built up stocks\").\n" +
	"# [process]: nouns whose first sense is a phenomenon or a process (noun.phenomenon,\n" +
	"# noun.process), tagged in the sense-tagged corpus, with no sense a person, group,\n" +
	"# place or artifact: no party that does force (\"sales were hurt by late snows\").\n"

// synset is a WordNet noun synset: its lexicographer file, its words and
// its hypernyms' offsets.
type synset struct {
	lex   int
	words []string
	hyper []string
}

// readWordNet returns the parties file from WordNet's noun index and data:
// single-word lemmas (hyphens allowed) whose first sense is a person, or a
// group that is a social group (not "a series", "a set"), where the sense
// spells the word in lower case (not a name: "Jung"); and the abstract
// file: such lemmas whose first sense is an abstract thing, that the
// sense-tagged corpus counts, and that have no sense of a person, group,
// place or artifact.
func readWordNet(dir string) (parties, abstract []byte, err error) {
	syn, err := readNounSynsets(dir)
	if err != nil {
		return nil, nil, err
	}
	// The roots a group must fall under: social_group, and people ("the
	// people", "refugees" as a body).
	// A gathering is a party only as a crowd ("the mob"), not as an
	// occasion ("a rally", "a meeting").
	roots, stops := map[string]bool{}, map[string]bool{}
	for off, s := range syn {
		if s.lex != lexGroup {
			continue
		}
		for _, w := range s.words {
			switch w {
			case "social_group", "people", "crowd":
				roots[off] = true
			case "gathering":
				stops[off] = true
			}
		}
	}
	if len(roots) < 3 || len(stops) == 0 {
		return nil, nil, fmt.Errorf("%s: no social_group, people, crowd or gathering synset", dir)
	}
	var isSocial func(off string, depth int) bool
	isSocial = func(off string, depth int) bool {
		if roots[off] {
			return true
		}
		if stops[off] || depth > 20 || syn[off] == nil {
			return false
		}
		for _, h := range syn[off].hyper {
			if isSocial(h, depth+1) {
				return true
			}
		}
		return false
	}
	var person, group, abstr, comm, poss, proc []string
	err = eachLine(filepath.Join(dir, "index.noun"), func(f []string) error {
		lemma := f[0]
		if strings.Trim(lemma, "abcdefghijklmnopqrstuvwxyz-") != "" || strings.Trim(lemma, "-") != lemma {
			return nil // several words, digits, punctuation
		}
		n, err := strconv.Atoi(f[2])
		if err != nil || n < 1 || n > len(f) {
			return fmt.Errorf("%s: synset count %q", lemma, f[2])
		}
		s := syn[f[len(f)-n]]
		if s == nil {
			return fmt.Errorf("%s: unknown synset %s", lemma, f[len(f)-n])
		}
		lower := false
		for _, w := range s.words {
			lower = lower || w == lemma
		}
		switch {
		case !lower:
		case s.lex == lexPerson:
			person = append(person, lemma)
		case s.lex == lexGroup && isSocial(f[len(f)-n], 0):
			group = append(group, lemma)
		case s.lex == lexAttribute || s.lex == lexCognition || s.lex == lexFeeling || s.lex == lexState:
			if tagged, _ := strconv.Atoi(f[len(f)-n-1]); tagged > 0 && !anySense(f[len(f)-n:], syn, lexPerson, lexGroup, lexLocation, lexArtifact) {
				abstr = append(abstr, lemma)
			}
		case s.lex == lexPossession || s.lex == lexQuantity:
			if tagged, _ := strconv.Atoi(f[len(f)-n-1]); tagged > 0 && !anySense(f[len(f)-n:], syn, lexPerson, lexGroup, lexLocation) {
				poss = append(poss, lemma)
			}
		case s.lex == lexPhenomenon || s.lex == lexProcess:
			if tagged, _ := strconv.Atoi(f[len(f)-n-1]); tagged > 0 && !anySense(f[len(f)-n:], syn, lexPerson, lexGroup, lexLocation, lexArtifact) {
				proc = append(proc, lemma)
			}
		case s.lex == lexCommunication:
			if tagged, _ := strconv.Atoi(f[len(f)-n-1]); tagged > 0 && !anySense(f[len(f)-n:], syn, lexPerson, lexGroup, lexLocation, lexArtifact) {
				comm = append(comm, lemma)
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return sections(wordnetCredit, section{"person", person}, section{"group", group}),
		sections(abstractCredit, section{"abstract", abstr}, section{"communication", comm}, section{"possession", poss}, section{"process", proc}), nil
}

// anySense reports a sense among offs in one of the lexicographer files.
func anySense(offs []string, syn map[string]*synset, lexes ...int) bool {
	for _, o := range offs {
		if s := syn[o]; s != nil && slices.Contains(lexes, s.lex) {
			return true
		}
	}
	return false
}

// section is a named word list of a generated file.
type section struct {
	name  string
	words []string
}

// sections writes header and the named word lists, sorted, in lines of
// about 90 characters.
func sections(header string, secs ...section) []byte {
	var b strings.Builder
	b.WriteString(header)
	for _, sec := range secs {
		sort.Strings(sec.words)
		fmt.Fprintf(&b, "[%s]\n", sec.name)
		line := 0
		for _, w := range sec.words {
			if line > 0 && line+len(w) > 90 {
				b.WriteByte('\n')
				line = 0
			}
			if line > 0 {
				b.WriteByte(' ')
				line++
			}
			b.WriteString(w)
			line += len(w)
		}
		b.WriteByte('\n')
	}
	return []byte(b.String())
}

// readNounSynsets reads WordNet's noun data: the synsets by offset.
func readNounSynsets(dir string) (map[string]*synset, error) {
	syn := map[string]*synset{}
	err := eachLine(filepath.Join(dir, "data.noun"), func(f []string) error {
		if len(f) < 4 {
			return fmt.Errorf("short line")
		}
		lex, err := strconv.Atoi(f[1])
		if err != nil {
			return err
		}
		ws, k, err := synsetWords(f)
		if err != nil {
			return err
		}
		s := &synset{lex: lex, words: ws}
		if k < len(f) {
			p, _ := strconv.Atoi(f[k])
			k++
			for i := 0; i < p && k+3 < len(f); i++ {
				if f[k] == "@" || f[k] == "@i" {
					s.hyper = append(s.hyper, f[k+1])
				}
				k += 4
			}
		}
		syn[f[0]] = s
		return nil
	})
	return syn, err
}

// synsetWords are the words of a data file's synset line f, and the index
// of the field after them (its pointer count).
func synsetWords(f []string) ([]string, int, error) {
	n, err := strconv.ParseInt(f[3], 16, 32)
	if err != nil {
		return nil, 0, err
	}
	var ws []string
	k := 4
	for i := 0; i < int(n) && k+1 < len(f); i++ {
		ws = append(ws, f[k])
		k += 2
	}
	return ws, k, nil
}

// eachLine calls fn with the fields of each line of a WordNet file that is
// not part of its licence header (lines starting with two spaces).
func eachLine(path string, fn func(f []string) error) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	no := 0
	for sc.Scan() {
		no++
		if strings.HasPrefix(sc.Text(), "  ") {
			continue
		}
		if err := fn(strings.Fields(sc.Text())); err != nil {
			return fmt.Errorf("%s:%d: %w", path, no, err)
		}
	}
	return sc.Err()
}

// lexAct and lexEvent are noun.act and noun.event: the nouns of doing.
const lexAct, lexEvent = 4, 11

const nominalCredit = "# Compiled by \"go run ./extract/event/internal/genactors\" from WordNet 3.0\n" +
	"# (Debian wordnet-base; WordNet 3.0 Copyright 2006 by Princeton University, WordNet licence).\n" +
	"# Do not edit: change the generator.\n" +
	"# Nominalisations: a noun of an act or event (noun.act, noun.event) | the verbs it is\n" +
	"# derived from by WordNet's derivational links (\"expulsion | expel\"); single lower-case\n" +
	"# words, no \"-ing\" form (the lemmatiser reads those) and no noun spelt as its verb.\n" +
	"# The event lexicon reads a verb's object phrases in the noun's \"of\" phrase.\n"

// readNominals returns the nominalisations file from WordNet's verb and
// noun data: each noun of an act or event derived from a verb, with the
// verbs, sorted.
func readNominals(dir string) ([]byte, error) {
	nouns, err := readNounSynsets(dir)
	if err != nil {
		return nil, err
	}
	plain := func(w string) bool { return w != "" && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == "" }
	verbs := map[string]map[string]bool{}
	err = eachLine(filepath.Join(dir, "data.verb"), func(f []string) error {
		if len(f) < 4 {
			return fmt.Errorf("short line")
		}
		ws, k, err := synsetWords(f)
		if err != nil || k >= len(f) {
			return err
		}
		p, _ := strconv.Atoi(f[k])
		k++
		for i := 0; i < p && k+3 < len(f); i, k = i+1, k+4 {
			if f[k] != "+" || f[k+2] != "n" || len(f[k+3]) != 4 {
				continue
			}
			src, err1 := strconv.ParseInt(f[k+3][:2], 16, 32)
			dst, err2 := strconv.ParseInt(f[k+3][2:], 16, 32)
			ns, ok := nouns[f[k+1]]
			if err1 != nil || err2 != nil || !ok || src < 1 || dst < 1 || int(src) > len(ws) || int(dst) > len(ns.words) ||
				ns.lex != lexAct && ns.lex != lexEvent {
				continue
			}
			v, n := ws[src-1], ns.words[dst-1]
			if !plain(v) || !plain(n) || n == v || strings.HasSuffix(n, "ing") {
				continue
			}
			if verbs[n] == nil {
				verbs[n] = map[string]bool{}
			}
			verbs[n][v] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(verbs) < 1000 || !verbs["expulsion"]["expel"] {
		return nil, fmt.Errorf("%s: no derivations read (expulsion | expel)", dir)
	}
	var b strings.Builder
	b.WriteString(nominalCredit)
	ns := make([]string, 0, len(verbs))
	for n := range verbs {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	for _, n := range ns {
		vs := make([]string, 0, len(verbs[n]))
		for v := range verbs[n] {
			vs = append(vs, v)
		}
		sort.Strings(vs)
		fmt.Fprintf(&b, "%s | %s\n", n, strings.Join(vs, " "))
	}
	return []byte(b.String()), nil
}
