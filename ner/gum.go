package ner

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode"
)

// Words before a name that GUM includes in its mentions and CoNLL leaves out.
var gumTitles = map[string]bool{"miss": true, "mrs": true, "mr": true, "ms": true, "dr": true, "lord": true, "lady": true, "sir": true, "saint": true, "st": true}

// GUM (Zeldes 2017; the Georgetown University Multilayer corpus, as UD
// English GUM ships it) annotates every mention of an entity in its MISC
// column, CoNLL-2012 style: "Entity=(3-person-new-...-Lord_Byron" opens
// mention 3, "Entity=3)" closes it, the last field being the Wikipedia
// identity of named entities. ReadGUM turns the named mentions of people,
// places and organisations into PER, LOC and ORG names.
//
// GUM has no MISC type (its nationalities are adjectives, its events and
// works other kinds), so the capitalised words outside those names are
// left partly open (Sentence.Open): a word that is not a proper noun may be
// O or MISC, a proper noun may be anything; lower-case words are O. The
// trainer then learns from what GUM says and nothing from what it does not.

// Openness of a word's tag in partly annotated data.
const (
	Given   uint8 = iota // the tag is the gold tag
	OorMISC              // O or any MISC tag
	AnyTag               // unknown
)

var gumTypes = map[string]string{"person": PER, "place": LOC, "organization": ORG}

type gumMention struct {
	start        int
	typ          string
	named        bool
	id           string
	open         bool
	nestedInName bool
}

// ReadGUM reads a UD CoNLL-U file of GUM, one Document per "# newdoc".
func ReadGUM(r io.Reader) ([]Document, error) {
	var docs []Document
	var doc Document
	var words, upos, misc []string
	line := 0
	flushSent := func() error {
		if len(words) == 0 {
			return nil
		}
		s, err := gumSentence(words, upos, misc)
		if err != nil {
			return fmt.Errorf("gum sentence ending at line %d: %w", line, err)
		}
		doc.Sentences = append(doc.Sentences, s)
		words, upos, misc = nil, nil, nil
		return nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
	for sc.Scan() {
		line++
		l := sc.Text()
		switch {
		case l == "":
			if err := flushSent(); err != nil {
				return nil, err
			}
		case strings.HasPrefix(l, "# newdoc"):
			if err := flushSent(); err != nil {
				return nil, err
			}
			if len(doc.Sentences) > 0 {
				docs = append(docs, doc)
			}
			doc = Document{}
		case l[0] == '#':
		default:
			f := strings.Split(l, "\t")
			if len(f) != 10 {
				return nil, fmt.Errorf("gum line %d: want 10 columns, got %d", line, len(f))
			}
			if strings.ContainsAny(f[0], "-.") {
				continue // multi-word tokens and empty nodes
			}
			words = append(words, f[1])
			upos = append(upos, f[3])
			misc = append(misc, f[9])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gum line %d: %w", line, err)
	}
	if err := flushSent(); err != nil {
		return nil, err
	}
	if len(doc.Sentences) > 0 {
		docs = append(docs, doc)
	}
	return docs, nil
}

// ReadGUMFile reads a GUM CoNLL-U file by name.
func ReadGUMFile(name string) ([]Document, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := ReadGUM(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return docs, nil
}

// ReadTrainingFile reads a CoNLL-2003 file, or GUM's CoNLL-U when the name
// ends in .conllu.
func ReadTrainingFile(name string) ([]Document, error) {
	if strings.HasSuffix(name, ".conllu") {
		return ReadGUMFile(name)
	}
	return ReadCoNLLFile(name)
}

// gumSentence reads the mentions of one sentence from its MISC column.
func gumSentence(words, upos, misc []string) (Sentence, error) {
	n := len(words)
	type span struct {
		start, end int
		m          gumMention
	}
	var open []gumMention // a stack per id is not needed: ids close in order
	openIDs := []string{}
	var done []span
	for i, m := range misc {
		ent := ""
		for _, kv := range strings.Split(m, "|") {
			if v, ok := strings.CutPrefix(kv, "Entity="); ok {
				ent = v
			}
		}
		for ent != "" {
			switch {
			case ent[0] == '(':
				j := 1
				for j < len(ent) && ent[j] != '(' && ent[j] != ')' {
					j++
				}
				f := strings.Split(ent[1:j], "-")
				if len(f) < 2 {
					return Sentence{}, fmt.Errorf("word %d: bad entity %q", i+1, ent[1:j])
				}
				gm := gumMention{start: i, typ: f[1]}
				if len(f) >= 8 {
					gm.id = strings.Join(f[7:], "-") // identities may hold dashes
				}
				open = append(open, gm)
				openIDs = append(openIDs, f[0])
				ent = ent[j:]
				if ent != "" && ent[0] == ')' { // "(5-place-...)" closes at once
					ent = openIDs[len(openIDs)-1] + ent
				}
			default:
				j := strings.IndexByte(ent, ')')
				if j < 0 {
					return Sentence{}, fmt.Errorf("word %d: bad entity %q", i+1, ent)
				}
				id := ent[:j]
				if _, err := strconv.Atoi(id); err != nil {
					return Sentence{}, fmt.Errorf("word %d: bad entity close %q", i+1, ent)
				}
				k := len(openIDs) - 1
				for k >= 0 && openIDs[k] != id {
					k--
				}
				if k < 0 {
					return Sentence{}, fmt.Errorf("word %d: entity %s closed but not open in this sentence", i+1, id)
				}
				done = append(done, span{open[k].start, i + 1, open[k]})
				open = append(open[:k], open[k+1:]...)
				openIDs = append(openIDs[:k], openIDs[k+1:]...)
				ent = ent[j+1:]
			}
		}
	}
	if len(open) > 0 {
		return Sentence{}, fmt.Errorf("entity %s not closed in its sentence", openIDs[0])
	}
	s := Sentence{Words: words, Tags: make([]string, n), Open: make([]uint8, n)}
	for i := range s.Tags {
		s.Tags[i] = "O"
	}
	// Outer mentions first, so that "Aberdeen" inside "Aberdeen Grammar
	// School" is not a name of its own.
	for a := 0; a < len(done); a++ {
		for b := a + 1; b < len(done); b++ {
			da, db := done[a], done[b]
			if db.end-db.start > da.end-da.start || (db.end-db.start == da.end-da.start && db.start < da.start) {
				done[a], done[b] = db, da
			}
		}
	}
	taken := make([]bool, n)
	for _, d := range done {
		typ := gumTypes[d.m.typ]
		if typ == "" {
			continue
		}
		st, en, ok := nameWithin(words, upos, d.start, d.end, d.m.id)
		if !ok {
			continue
		}
		free := true
		for i := st; i < en; i++ {
			free = free && !taken[i]
		}
		if !free {
			continue
		}
		for i := st; i < en; i++ {
			taken[i] = true
			s.Tags[i] = "I-" + typ
		}
		s.Tags[st] = "B-" + typ
	}
	for i, w := range words {
		switch {
		case taken[i] || !isCap(w):
		case upos[i] == "PROPN":
			s.Open[i] = AnyTag
		default:
			s.Open[i] = OorMISC
		}
	}
	return s, nil
}

// nameWithin finds the name in a mention [start, end): a run of capitalised
// proper nouns (with "of", "and", "the", "for", "de" between them), without
// a leading title. With a Wikipedia identity, it is the run that shares the
// most words with the identity ("Norton" of Joshua_Norton, not "Mexico" of
// "Norton I, Emperor of the United States and Protector of Mexico"), and
// none when no run does; without one, the mention counts only when it is
// all name ("Maple Street", not "the school of William Glennie").
func nameWithin(words, upos []string, start, end int, id string) (int, int, bool) {
	identified := id != ""
	idWords := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(id), func(r rune) bool { return r == '_' || r == ',' || r == '(' || r == ')' }) {
		idWords[w] = true
	}
	bestS, bestE, bestShared := -1, -1, 0
	for i := start; i < end; {
		if lw := strings.ToLower(words[i]); !isName(words[i], upos[i]) || titles[lw] || gumTitles[strings.TrimSuffix(lw, ".")] {
			i++
			continue
		}
		j := i + 1
		last := i + 1
		for j < end {
			if isName(words[j], upos[j]) {
				j++
				last = j
				continue
			}
			if connective[strings.ToLower(words[j])] && j+1 < end {
				j++
				continue
			}
			break
		}
		shared := 0
		for k := i; k < last; k++ {
			if idWords[strings.ToLower(words[k])] {
				shared++
			}
		}
		if shared > bestShared || (shared == bestShared && last-i > bestE-bestS) {
			bestS, bestE, bestShared = i, last, shared
		}
		i = max(last, i+1)
	}
	if bestS < 0 || (identified && bestShared == 0) {
		return 0, 0, false
	}
	if !identified {
		for i := start; i < end; i++ {
			if (i < bestS || i >= bestE) && !(i < bestS && determiner[strings.ToLower(words[i])]) {
				if unicode.IsPunct([]rune(words[i])[0]) && i >= bestE {
					continue // a trailing comma or full stop
				}
				return 0, 0, false
			}
		}
	}
	return bestS, bestE, true
}

// isName accepts capitalised content words: GUM follows UD in tagging the
// "United" of "United States" a verb.
func isName(w, upos string) bool {
	switch upos {
	case "DET", "ADP", "CCONJ", "SCONJ", "PRON", "PUNCT", "AUX", "PART", "SYM":
		return false
	}
	return isCap(w)
}

var connective = map[string]bool{"of": true, "and": true, "&": true, "the": true, "for": true, "de": true, "du": true, "la": true, "von": true, "van": true, "der": true, "al": true, "-": true}

var determiner = map[string]bool{"the": true, "a": true, "an": true}
