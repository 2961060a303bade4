package ner

import (
	"hash/maphash"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// A lexeme is what a word form brings to its features whatever sentence it
// is in: its lower-cased form, shapes and lexicon facts, and the rows of
// the features it gives alone or as a neighbour. Working them out (case
// folding, the lexicon look-up, some forty string hashes) is most of the
// cost of featurising a word, and the commonest words make most of the
// text, so the forms met lately are kept.
type lexeme struct {
	lower, shape, short string
	cap                 bool
	wordInfo
	actorLen int // the most words of the known actor names it starts
	// own are the rows of the features of the word alone: bias, lower
	// case, shapes, affixes, hyphen parts, first name, organisation cue,
	// clusters, GloVe clusters, capitalisation prior.
	own []uint32
	// Rows that depend on the sentence, kept for when they apply.
	exact, exactLower            uint32 // the form; lower-cased, as in a headline
	first, capsSent              uint32 // first word; word of an all-capitals sentence
	firstNamePrev, firstNameNext uint32
	titlePrev, titlePrev2        uint32
	docCase                      [len(docCaseNames)]uint32
	// Rows this word gives the words around it: lowerAt and shortAt as
	// the word at -2, -1, +1, +2; clusterAt and gloveAt at -1 and +1.
	lowerAt, shortAt   [4]uint32
	clusterAt, gloveAt [2]uint32
	// sums, when the featurizer has weights, are the rows of own added up
	// and those of lowerAt and shortAt at each offset: a word's many rows
	// that every sentence reads the same, read once per form rather than
	// once per token (most of the rows a token reads, each a cache miss).
	sums *rowSums
}

// rowSums are a lexeme's sums of weight rows, one per tag.
type rowSums struct {
	own [numTags]int32
	at  [4][numTags]int32 // lowerAt[k] and shortAt[k]
}

// addRows adds the weight rows to acc.
func addRows(acc *[numTags]int32, w []int16, rows ...uint32) {
	for _, f := range rows {
		r := (*[numTags]int16)(w[int(f)*numTags:])
		for t := range acc {
			acc[t] += int32(r[t])
		}
	}
}

// docCaseNames are the values of token.docCase other than "".
var docCaseNames = [...]string{"cap", "low", "both", "none"}

// maxLexemes bounds the kept forms (some 12 MB with their row sums):
// past it a shard drops its forms and works them out again. The
// commonest words come back at once. Before lexemes kept row sums,
// keeping more than 4,096 (65,536 forms, 25 MB) saved no time over
// Reuters and added 60 MB to the peak heap; with the sums a kept form
// saves a token most of its rows, and 16,384 took less CPU than 4,096
// in 3 of 3 pairs of runs over Reuters 0-2.sgm.gz (0.94-0.99x).
const maxLexemes = 1 << 14

// lexemes keeps the worked-out forms of one featurizer's model. It is safe
// for concurrent use, so the tagger's workers share it: the forms are
// spread over shards, each a plain map under its own lock, so that
// workers seldom wait for each other.
type lexemes struct {
	seed   maphash.Seed
	shards [64]struct {
		sync.Mutex
		m map[string]*lexeme
		_ [40]byte // a shard to a cache line
	}
}

func newLexemes() *lexemes { return &lexemes{seed: maphash.MakeSeed()} }

// lexeme returns the lexeme of form w, working it out on first use.
func (f *featurizer) lexeme(w string) *lexeme {
	if f.words == nil {
		return f.newLexeme(w)
	}
	sh := &f.words.shards[maphash.String(f.words.seed, w)%uint64(len(f.words.shards))]
	sh.Lock()
	lx, ok := sh.m[w]
	sh.Unlock()
	if ok {
		return lx
	}
	lx = f.newLexeme(w)
	sh.Lock()
	if sh.m == nil || len(sh.m) >= maxLexemes/len(f.words.shards) {
		sh.m = make(map[string]*lexeme)
	}
	sh.m[strings.Clone(w)] = lx
	sh.Unlock()
	return lx
}

func (f *featurizer) newLexeme(w string) *lexeme {
	l := strings.ToLower(w)
	lx := &lexeme{lower: l, cap: isCap(w), wordInfo: f.lex.info(l), actorLen: f.lex.actorLen[l]}
	lx.shape, lx.short = shapeOf(w)
	sh := lx.short
	var buf [40]uint32
	own := append(buf[:0],
		f.hash(fBias),
		f.hash(fLower, l),
		f.hash(fShape, lx.shape),
		f.hash(fShort, sh),
	)
	// Affixes of up to four runes.
	ends := [5]int{}
	nr := 0
	for p := range l {
		if nr < 5 {
			ends[nr] = p
		}
		nr++
	}
	for k := 1; k <= 4 && k < nr; k++ {
		own = append(own, f.hash(fPrefix, l[:ends[k]]))
	}
	if nr > 1 {
		// suffixes, by walking back rune by rune
		e := len(l)
		for k := 1; k <= 4 && k < nr; k++ {
			_, sz := utf8.DecodeLastRuneInString(l[:e])
			e -= sz
			own = append(own, f.hash(fSuffix, l[e:]))
		}
	}
	if strings.IndexByte(l, '-') > 0 {
		for _, p := range strings.Split(l, "-") {
			if p != "" {
				own = append(own, f.hash(fHyphenPart, p))
			}
		}
	}
	if lx.firstName {
		own = append(own, f.hash(fFirstName, sh))
	}
	if lx.orgCue {
		own = append(own, f.hash(fOrgCue, sh))
	}
	if c := lx.cluster; c != "" {
		for _, n := range [...]int{4, 8, 12, 20} {
			if n >= len(c) {
				own = append(own, f.hash(fCluster, c))
				break
			}
			own = append(own, f.hash(fCluster, c[:n]))
		}
		lx.clusterAt = [2]uint32{f.hash(fClusterAt, "-1", c[:min(8, len(c))]), f.hash(fClusterAt, "+1", c[:min(8, len(c))])}
	}
	if c := lx.glove; c != "" {
		for _, n := range [...]int{4, 8, 12, 16, 22} {
			if n >= len(c) {
				own = append(own, f.hash(fGlove, c))
				break
			}
			own = append(own, f.hash(fGlove, c[:n]))
		}
		lx.gloveAt = [2]uint32{f.hash(fGloveAt, "-1", c[:min(10, len(c))]), f.hash(fGloveAt, "+1", c[:min(10, len(c))])}
	}
	if lx.capPrior != "" {
		own = append(own, f.hash(fCapPrior, lx.capPrior, sh))
	}
	lx.own = slices.Clone(own)
	lx.exact, lx.exactLower = f.hash(fExact, w), f.hash(fExact, l)
	lx.first, lx.capsSent = f.hash(fFirst, sh), f.hash(fCapsSent, sh)
	lx.firstNamePrev, lx.firstNameNext = f.hash(fFirstNamePrev, sh), f.hash(fFirstNameNext, sh)
	lx.titlePrev, lx.titlePrev2 = f.hash(fTitlePrev, sh), f.hash(fTitlePrev2, sh)
	for k, c := range docCaseNames {
		lx.docCase[k] = f.hash(fDocCase, c, sh)
	}
	for k := range offsetNames {
		lx.lowerAt[k] = f.hash(fLowerAt, offsetNames[k], l)
		lx.shortAt[k] = f.hash(fShortAt, offsetNames[k], sh)
	}
	if f.w != nil {
		lx.sums = new(rowSums)
		touchRows(f.w, lx.own)
		touchRows(f.w, lx.lowerAt[:])
		touchRows(f.w, lx.shortAt[:])
		addRows(&lx.sums.own, f.w, lx.own...)
		for k := range lx.sums.at {
			addRows(&lx.sums.at[k], f.w, lx.lowerAt[k], lx.shortAt[k])
		}
	}
	return lx
}
