package ner

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"strings"
	"sync"

	"github.com/annalist/annalist/internal/words"
)

// Truecasing. A headline in Title Case ("Gunmen Kill 14 In Raid On Village
// Near Maiduguri") says nothing by its case of which words are names, and
// the tagger, trained on running text, reads it as one long name.
// Such a line is tagged on its truecased form: each word as news writes it
// in mid-sentence, by how the rest of the document writes it and else by
// how often Reuters-21578 capitalises it there (the lexicon's capitalisation
// tenths). The words change only for the tagger: the spans are token
// indices, so the record keeps the text and offsets as written. A sentence
// in ordinary case is tagged as it is. A line in capitals is left to the
// model, which learned CoNLL's capitals headlines as they are (truecased,
// they scored lower on CoNLL dev and on the fresh headlines: ner/MODEL.md).

// minorWords are the words a Title Case headline may leave in lower case.
// Longer prepositions count too: a capitalised one marks a Title Case line.
var minorWords = words.Set(`a an the and or but nor of in on at to for by with from as vs vs. via
	per up off out into over onto upon than after amid across against near about before under
	without between behind below above despite during since until through toward towards`)

// capCommon is the share of mid-sentence occurrences, in tenths, at which
// a word is written capitalised in running text.
const capCommon = 6

// titleCaseLine reports whether ws form a Title Case line: no word after
// the first in lower case but minor words, and capitalised words that
// running text writes in lower case: two beside a capitalised minor word
// ("Raid On Village"), or, in a line of words alone (no figures or
// punctuation inside: not a byline, a table or a list of results), three
// that are half the capitalised words ("Obama Administration Restores
// Endangered Species Act Protections"), so that names some of whose words
// are common ("Crystal Palace", "Walter Little") are not one.
func titleCaseLine(ws []string, lx *Lexicons) bool {
	common, minor, capWords, other := 0, 0, 0, 0
	for i, w := range ws {
		if !hasLetter(w) {
			if i < len(ws)-1 || !strings.ContainsAny(w, ".!?") {
				other++
			}
			continue
		}
		if i == 0 {
			continue
		}
		if !isCap(w) {
			if hasLower(w) && !minorWords[w] {
				return false
			}
			continue
		}
		if !hasLower(w) {
			continue // an acronym ("UN", "NATO")
		}
		capWords++
		l := strings.ToLower(w)
		if minorWords[l] {
			minor++
		} else if lower, ok := usualCase(lx, l); ok && lower {
			common++
		}
	}
	return minor > 0 && common >= 2 || other == 0 && common >= 3 && 2*common >= capWords
}

// capTenths is how often, in tenths, Reuters capitalises l in mid-sentence;
// a word it does not know is looked up without an inflection ("buries",
// "chargers", "lashes").
func capTenths(lx *Lexicons, l string) (uint8, bool) {
	if r, ok := lx.capRatio[l]; ok {
		return r, true
	}
	for _, suf := range [...]struct{ cut, add string }{{"ies", "y"}, {"es", ""}, {"s", ""}, {"ed", ""}, {"ed", "e"}, {"ing", ""}, {"ing", "e"}} {
		if stem, ok := strings.CutSuffix(l, suf.cut); ok && len(stem) > 2 {
			if r, ok := lx.capRatio[stem+suf.add]; ok {
				return r, true
			}
		}
	}
	return 0, false
}

// truecase returns the sentences to tag: each Title Case line replaced by
// its truecased copy, the others as they are; and the sentences
// in ordinary case, from which the document's own usage is read.
func truecase(sents [][]string, lx *Lexicons) (out, plain [][]string) {
	if lx == nil || lx.capRatio == nil {
		return sents, sents
	}
	var heads []int
	for k, ws := range sents {
		if titleCaseLine(ws, lx) {
			heads = append(heads, k)
		}
	}
	if len(heads) == 0 {
		return sents, sents
	}
	out = make([][]string, len(sents))
	copy(out, sents)
	plain = make([][]string, 0, len(sents)-len(heads))
	for k, h := 0, 0; k < len(sents); k++ {
		if h < len(heads) && heads[h] == k {
			h++
			continue
		}
		plain = append(plain, sents[k])
	}
	dc := newDocCase(plain)
	for _, k := range heads {
		ws := sents[k]
		keep := knownNames(ws, lx)
		tc := make([]string, len(ws))
		for i, w := range ws {
			if keep != nil && keep[i] {
				tc[i] = w
				continue
			}
			tc[i] = truecaseWord(w, i, dc, lx)
		}
		out[k] = tc
	}
	return out, plain
}

// truecaseWord writes w, word i of a Title Case line, as running text
// would: lower case unless the document or Reuters writes it capitalised
// or it is a word neither knows; the first word and acronyms as they are.
func truecaseWord(w string, i int, dc docCase, lx *Lexicons) string {
	if i == 0 || !isCap(w) || !hasLower(w) {
		return w
	}
	l := strings.ToLower(w)
	switch dc[l] & (seenCapMid | seenLower) {
	case seenCapMid:
		return w
	case seenLower:
		return l
	}
	if lower, ok := usualCase(lx, l); ok && lower {
		return l
	}
	return w
}

// usualCase says whether running text writes l in lower case: by how
// often Reuters capitalises it, else by the English word list; ok is false
// for a word neither knows (in a headline, most likely a name).
func usualCase(lx *Lexicons, l string) (lower, ok bool) {
	if r, ok := capTenths(lx, l); ok {
		return r < capCommon, true
	}
	if lowerWords()[l] {
		return true, true
	}
	return false, false
}

// lowercaseData holds the English words written only in lower case,
// listed by internal/gencase from the SCOWL word list.
//
//go:embed data/lowercase.txt.gz
var lowercaseData []byte

var lowerWords = sync.OnceValue(func() map[string]bool {
	zr, err := gzip.NewReader(bytes.NewReader(lowercaseData))
	var b []byte
	if err == nil {
		b, err = io.ReadAll(zr)
	}
	if err != nil {
		panic("ner: embedded lower-case words: " + err.Error()) // a build defect, caught by the tests
	}
	m := make(map[string]bool, 1<<16)
	for _, l := range strings.Split(string(b), "\n") {
		if l != "" && l[0] != '#' {
			m[l] = true
		}
	}
	return m
})

// knownNames marks the words of the names of two or three capitalised words
// that the actor lists or the gazetteer know ("New Zealand", "Red Sea",
// "World Bank"), whose words are common words alone.
func knownNames(ws []string, lx *Lexicons) []bool {
	var keep []bool
	for i := 0; i < len(ws); i++ {
		for n := min(3, len(ws)-i); n >= 2; n-- {
			if !isCap(ws[i]) || !isCap(ws[i+n-1]) {
				continue
			}
			phrase := strings.ToLower(strings.Join(ws[i:i+n], " "))
			if lx.actors[phrase] == "" && !placeName(lx, phrase) {
				continue
			}
			if keep == nil {
				keep = make([]bool, len(ws))
			}
			for k := i; k < i+n; k++ {
				keep[k] = true
			}
			i += n - 1
			break
		}
	}
	return keep
}

// placeName reports whether the gazetteer knows phrase as a country,
// region, first-level unit, city of 50,000 or more, or named feature.
func placeName(lx *Lexicons, phrase string) bool {
	if lx.Places == nil {
		return false
	}
	switch strings.TrimSuffix(lx.Places(phrase), "?") {
	case "country", "region", "admin1", "bigcity", "city", "feature":
		return true
	}
	return false
}
