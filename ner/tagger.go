package ner

import (
	"math"
	"strings"
	"sync"

	"github.com/annalist/annalist/internal/hugemem"
)

// Tagger finds names in tokenized documents with a trained Model. It is
// safe for concurrent use.
type Tagger struct {
	m     *Model
	trans [(numTags + 1) * numTags]float64
	// The weights, quantised to 16 bits: half the memory traffic of
	// float32, which is what bounds tagging speed (a row per feature,
	// scattered over the table), at no measurable cost in accuracy.
	w     []int16
	wMem  hugemem.Table[int16] // w's memory, on huge pages (TLB misses)
	scale float64
	pool  sync.Pool
	// Consistency turns on the document-level pass: one label per string
	// throughout a document.
	Consistency bool
}

type scratch struct {
	fz    *featurizer
	toks  []token
	feats []uint32
	offs  []int
	em    []float64
	back  []int8
	tags  []int
}

// NewTagger wraps a model.
func NewTagger(m *Model) *Tagger {
	tg := &Tagger{m: m, Consistency: true}
	for i, f := range m.Trans {
		tg.trans[i] = float64(f)
	}
	maxAbs := 0.0
	for _, f := range m.W {
		maxAbs = max(maxAbs, math.Abs(float64(f)))
	}
	tg.scale = 1
	if maxAbs > 0 {
		tg.scale = maxAbs / math.MaxInt16
	}
	tg.wMem = hugemem.New[int16](len(m.W))
	tg.w = tg.wMem.Items
	for i, f := range m.W {
		tg.w[i] = int16(math.Round(float64(f) / tg.scale))
	}
	words := newLexemes() // shared by the workers' scratches, which the pool may drop
	tg.pool.New = func() any {
		fz := m.featurizer()
		fz.words = words
		fz.w = tg.w
		return &scratch{fz: fz}
	}
	return tg
}

// sentenceFeatures fills s.feats and s.offs (len(words)+1 offsets) for one
// sentence.
func sentenceFeatures(s *scratch, words []string, dc docCase) {
	s.toks = s.fz.prepare(words, dc, s.toks)
	caps := capsSentence(words)
	s.feats = s.feats[:0]
	s.offs = append(s.offs[:0], 0)
	for i := range s.toks {
		s.feats = s.fz.features(s.toks, i, caps, s.feats)
		s.offs = append(s.offs, len(s.feats))
	}
}

// TagDocument returns the names in each sentence of a document.
func (tg *Tagger) TagDocument(sents [][]string) [][]Span {
	s := tg.pool.Get().(*scratch)
	defer tg.pool.Put(s)
	sents, plain := truecase(sents, tg.m.Lex)
	dc := newDocCase(plain)
	out := make([][]Span, len(sents))
	for k, words := range sents {
		out[k] = tg.tagSentence(s, words, dc)
	}
	if tg.Consistency {
		consistency(sents, out)
	}
	if tg.m.Lex != nil && tg.m.Lex.Places != nil {
		demonymsNotPeople(sents, out, tg.m.Lex.Places)
	}
	return out
}

// demonymsNotPeople retypes as MISC (CoNLL's type for nationalities) a
// person whose every word is a demonym or nationality the gazetteer knows,
// plural forms included ("Uzbekistanis", "Tajiks", "Afghans"), unless the
// word is the surname of a full name in the same document ("Dawn French").
func demonymsNotPeople(sents [][]string, spans [][]Span, places func(string) string) {
	var surnames map[string]bool
	for k, ss := range spans {
		for j, sp := range ss {
			if sp.Type != PER || sp.End-sp.Start > 2 {
				continue
			}
			all := true
			for _, w := range sents[k][sp.Start:sp.End] {
				all = all && strings.HasPrefix(places(strings.ToLower(w)), "demonym")
			}
			if !all {
				continue
			}
			if surnames == nil {
				surnames = map[string]bool{}
				for k2, ss2 := range spans {
					for _, sp2 := range ss2 {
						if sp2.Type == PER && sp2.End-sp2.Start > 1 && !strings.HasPrefix(places(strings.ToLower(sents[k2][sp2.Start])), "demonym") {
							surnames[strings.ToLower(sents[k2][sp2.End-1])] = true
						}
					}
				}
			}
			if sp.End-sp.Start == 1 && surnames[strings.ToLower(sents[k][sp.Start])] {
				continue
			}
			ss[j].Type = MISC
		}
	}
}

func (tg *Tagger) tagSentence(s *scratch, words []string, dc docCase) []Span {
	n := len(words)
	if n == 0 {
		return nil
	}
	sentenceFeatures(s, words, dc)
	s.em = grow(s.em, n*numTags)
	w := tg.w
	for i := 0; i < n; i++ {
		feats := s.feats[s.offs[i]:s.offs[i+1]]
		touchRows(w, feats)
		// The rows of the word's own form and of its neighbours' forms
		// at their offsets, summed once per form (see lexeme.sums).
		acc := s.toks[i].sums.own
		for k, d := range [...]int{-2, -1, 1, 2} {
			if j := i + d; j >= 0 && j < n {
				at := &s.toks[j].sums.at[k]
				for t := range acc {
					acc[t] += at[t]
				}
			}
		}
		for _, f := range feats {
			ws := (*[numTags]int16)(w[int(f)*numTags:])
			for t := range acc {
				acc[t] += int32(ws[t])
			}
		}
		row := (*[numTags]float64)(s.em[i*numTags:])
		for t := range acc {
			row[t] = float64(acc[t]) * tg.scale
		}
	}
	if cap(s.back) < n*numTags {
		s.back = make([]int8, n*numTags)
	}
	s.tags = viterbi(s.em, n, &tg.trans, s.back[:n*numTags], s.tags)
	return decodeBILOU(s.tags)
}

// touched keeps touchRows's loads from being optimised away.
var touched int16

// touchRows reads the first and last weight of each feature's row, so
// that the rows' cache misses overlap: a loop that only loads has many
// misses in flight, where the summing loop, with its seventeen adds per
// row, has a few. The sums then read from cache.
func touchRows(w []int16, feats []uint32) {
	var t int16
	for _, f := range feats {
		r := (*[numTags]int16)(w[int(f)*numTags:])
		t |= r[0] | r[numTags-1]
	}
	if t == 1<<14+1 {
		touched = t
	}
}

func grow(b []float64, n int) []float64 {
	if cap(b) < n {
		return make([]float64, n)
	}
	return b[:n]
}

// consistency gives each name string one type throughout a document (the
// type most of its tagged occurrences got), and tags untagged occurrences of
// a multi-letter capitalised name string found elsewhere in the document.
func consistency(sents [][]string, spans [][]Span) {
	votes := map[string]*[numTypes]int{}
	// Keys ignore case, so that a headline's "BIDEN" is "Biden".
	key := func(words []string) string { return strings.ToLower(strings.Join(words, " ")) }
	for k, ss := range spans {
		for _, sp := range ss {
			kk := key(sents[k][sp.Start:sp.End])
			v := votes[kk]
			if v == nil {
				v = new([numTypes]int)
				votes[kk] = v
			}
			v[typeIndex(sp.Type)]++
		}
	}
	if len(votes) == 0 {
		return
	}
	// major is the type most occurrences got; "" on a tie.
	major := make(map[string]string, len(votes))
	maxLen := 0
	for kk, v := range votes {
		best, tie := 0, false
		for t := 1; t < numTypes; t++ {
			if v[t] > v[best] {
				best, tie = t, false
			} else if v[t] == v[best] {
				tie = true
			}
		}
		if !tie {
			major[kk] = Types[best]
		} else {
			major[kk] = ""
		}
		maxLen = max(maxLen, strings.Count(kk, " ")+1)
	}
	// A person's surname alone is the person ("Clinton" after "Bill
	// Clinton"), whatever the tagger made of it.
	for k, ss := range spans {
		for _, sp := range ss {
			if sp.Type != PER || sp.End-sp.Start < 2 {
				continue
			}
			last := strings.ToLower(sents[k][sp.End-1])
			if len(last) > 2 && hasUpper(sents[k][sp.End-1]) && !calendarWords[last] {
				major[last] = PER
			}
			// "Assad" of "Bashar al-Assad".
			if p, rest, ok := strings.Cut(last, "-"); ok && len(p) <= 3 && len(rest) > 2 {
				major[rest] = PER
			}
		}
	}
	for k, ss := range spans {
		for j := range ss {
			if t := major[key(sents[k][ss[j].Start:ss[j].End])]; t != "" {
				ss[j].Type = t
			}
		}
		// Untagged occurrences: longest match first, capitalised words only.
		words := sents[k]
		covered := make([]bool, len(words))
		for _, sp := range ss {
			for i := sp.Start; i < sp.End; i++ {
				covered[i] = true
			}
		}
		added := false
		for i := 0; i < len(words); i++ {
			if covered[i] || !isCap(words[i]) {
				continue
			}
			for n := min(maxLen, len(words)-i); n >= 1; n-- {
				free := true
				for j := i; j < i+n; j++ {
					free = free && !covered[j]
				}
				if !free || !isCap(words[i+n-1]) {
					continue
				}
				kk := key(words[i : i+n])
				if len(kk) < 3 {
					continue
				}
				if t := major[kk]; t != "" {
					ss = append(ss, Span{i, i + n, t})
					for j := i; j < i+n; j++ {
						covered[j] = true
					}
					added = true
					i += n - 1
					break
				}
			}
		}
		if added {
			sortSpans(ss)
		}
		spans[k] = ss
	}
}

func sortSpans(ss []Span) {
	for i := 1; i < len(ss); i++ {
		for j := i; j > 0 && ss[j].Start < ss[j-1].Start; j-- {
			ss[j], ss[j-1] = ss[j-1], ss[j]
		}
	}
}
