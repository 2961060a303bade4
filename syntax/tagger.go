package syntax

import (
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annalist/annalist/text"
)

// The tagger is a greedy left-to-right averaged perceptron over the pair
// UPOS+XPOS as one class (NOUN NN, AUX VBZ, ...): the two tag sets are
// predicted together so they never disagree, and the pair is finer than
// either alone for the parser's features.

// Tagger predicts tag pairs; Classes[i] is "UPOS XPOS".
type Tagger struct {
	UPOS, XPOS []string
	w          *weights
	// amb maps a lower-cased word seen at least minAmb times in training
	// to its ambiguity class, a hash of the set of tags it took there.
	amb map[string]uint64
}

const minAmb = 2

// ambiguities looks up the ambiguity class (null if unknown) of each
// word of ws[from:to]; out has one per word of ws, zero outside the range.
func (t *Tagger) ambiguities(ws []wordInfo, from, to int) []uint64 {
	return t.appendAmbiguities(nil, ws, from, to)
}

// appendAmbiguities is ambiguities into dst's array where it is large
// enough.
func (t *Tagger) appendAmbiguities(dst []uint64, ws []wordInfo, from, to int) []uint64 {
	out := slices.Grow(dst[:0], len(ws))[:len(ws)]
	clear(out[:from])
	clear(out[to:])
	for i := from; i < to; i++ {
		a, ok := t.amb[ws[i].lowerS]
		if !ok {
			a = null
		}
		out[i] = a
	}
	return out
}

// wordInfo is what the tagger, lemmatiser and parser read of a word,
// hashed once per sentence.
type wordInfo struct {
	lower, form, shape uint64
	suf                [4]uint64 // suffixes of 1..4 runes of the lower-cased form
	pre                [3]uint64
	flags              uint64
	lowerS             string
}

// null stands for a position outside the sentence.
var null = hashString("<none>")

func analyzeWords(words []string) []wordInfo {
	return analyzeFrom(words, 0)
}

// analyzeFrom is analyzeWords for words[from:] alone: the analyses before
// from are left zero, for a caller that reads none of them.
func analyzeFrom(words []string, from int) []wordInfo {
	return appendAnalyses(nil, words, from)
}

// appendAnalyses is analyzeFrom into dst's array where it is large enough.
func appendAnalyses(dst []wordInfo, words []string, from int) []wordInfo {
	out := slices.Grow(dst[:0], len(words))[:len(words)]
	clear(out[:from])
	for i := from; i < len(words); i++ {
		w := words[i]
		l := strings.ToLower(w)
		wi := wordInfo{lower: hashString(l), form: hashString(w), shape: hashShape(w), lowerS: l}
		for k := range wi.suf {
			wi.suf[k] = hashString(suffix(l, k+1))
		}
		for k := range wi.pre {
			wi.pre[k] = hashString(prefix(l, k+1))
		}
		var fl uint64
		if strings.ContainsRune(w, '-') {
			fl |= 1
		}
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			fl |= 2
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			fl |= 4
			if i == 0 {
				fl |= 8
			}
		}
		wi.flags = fl
		out[i] = wi
	}
	return out
}

// hashLower is hashString(strings.ToLower(s)) without building the
// lower-cased string where s is ASCII.
func hashLower(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return hashString(strings.ToLower(s))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func suffix(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return s[i:]
}

func prefix(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	return s[:i]
}

// hashShape hashes w's shape: letters mapped to X/x, digits to d, other
// runes kept, runs longer than two collapsed, cut after 12 bytes
// ("McDonald's" -> "XxXxx'x"), without building the shape.
func hashShape(w string) uint64 {
	h := uint64(14695981039346656037)
	var buf [utf8.UTFMax]byte
	var last rune
	run, n := 0, 0
	for _, r := range w {
		c := shapeRune(r)
		if c == last {
			run++
			if run > 2 {
				continue
			}
		} else {
			run = 1
		}
		last = c
		for _, b := range utf8.AppendRune(buf[:0], c) {
			h ^= uint64(b)
			h *= 1099511628211
			n++
		}
		if n > 12 {
			break
		}
	}
	return h
}

func shapeRune(r rune) rune {
	switch {
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return r
}

// tagFeatures appends the features of word i given the two previous tags.
func tagFeatures(fs []uint64, ws []wordInfo, amb []uint64, i int, p1, p2 int) []uint64 {
	at := func(j int) *wordInfo {
		if j < 0 || j >= len(ws) {
			return nil
		}
		return &ws[j]
	}
	lw := func(j int) uint64 {
		if w := at(j); w != nil {
			return w.lower
		}
		return null
	}
	suf3 := func(j int) uint64 {
		if w := at(j); w != nil {
			return w.suf[2]
		}
		return null
	}
	shp := func(j int) uint64 {
		if w := at(j); w != nil {
			return w.shape
		}
		return null
	}
	am := func(j int) uint64 {
		if j < 0 || j >= len(amb) {
			return null
		}
		return amb[j]
	}
	w := &ws[i]
	t1, t2 := uint64(p1+1), uint64(p2+1)
	fs = append(fs,
		f1(0, 1), f1(1, w.lower), f1(2, w.form), f1(3, w.suf[0]), f1(4, w.suf[1]), f1(5, w.suf[2]), f1(6, w.suf[3]),
		f1(7, w.pre[0]), f1(8, w.pre[1]), f1(9, w.pre[2]), f1(10, w.shape), f1(11, t1), f2(12, t1, t2), f2(13, t1, w.lower),
		f1(14, lw(i-1)), f1(15, suf3(i-1)), f1(16, lw(i-2)), f1(17, lw(i+1)), f1(18, suf3(i+1)), f1(19, lw(i+2)),
		f1(20, shp(i+1)), f1(21, shp(i-1)), f2(22, w.lower, lw(i+1)), f2(23, lw(i-1), w.lower), f2(24, t1, lw(i+1)),
		f1(25, w.flags), f2(26, t1, w.suf[2]), f2(27, w.shape, shp(i+1)), f2(28, lw(i-1), lw(i+1)),
		f1(30, am(i)), f2(31, am(i), t1), f1(32, am(i+1)), f2(33, am(i), am(i+1)), f2(34, suf3(i+1), w.suf[2]),
	)
	return fs
}

// lookahead and lookbehind are how many words past and before the one it
// tags tagFeatures reads.
const lookahead, lookbehind = 2, 2

// tag tags ws with weights, writing class indices to out.
func (t *Tagger) tag(ws []wordInfo, out []int, fs []uint64, scores []int32) []uint64 {
	return t.tagFrom(ws, 0, len(ws), -1, -2, out, fs, scores)
}

// tagFrom tags ws[from:to] given the classes p1 and p2 of the two words
// before from (-1 and -2 at the start), writing class indices to out.
func (t *Tagger) tagFrom(ws []wordInfo, from, to, p1, p2 int, out []int, fs []uint64, scores []int32) []uint64 {
	fs, _ = t.tagFromAmb(ws, from, to, p1, p2, out, fs, scores, nil)
	return fs
}

// tagFromAmb is tagFrom with amb's array for the ambiguity classes,
// returned for use again.
func (t *Tagger) tagFromAmb(ws []wordInfo, from, to, p1, p2 int, out []int, fs []uint64, scores []int32, amb []uint64) ([]uint64, []uint64) {
	// tagFeatures reads the ambiguity classes of the word it tags and
	// of the next.
	amb = t.appendAmbiguities(amb, ws, from, min(to+1, len(ws)))
	for i := from; i < to; i++ {
		fs = tagFeatures(fs[:0], ws, amb, i, p1, p2)
		t.w.score(fs, scores)
		best := 0
		for c := 1; c < len(scores); c++ {
			if scores[c] > scores[best] {
				best = c
			}
		}
		out[i] = best
		p2, p1 = p1, best
	}
	return fs, amb
}

// class is the index of w's tag pair, or -1 when the tagger has none such.
func (t *Tagger) class(w text.Word) int {
	for c := range t.UPOS {
		if t.UPOS[c] == w.UPOS && t.XPOS[c] == w.XPOS {
			return c
		}
	}
	return -1
}

// trainTagger trains the tag-pair perceptron on gold sentences.
func trainTagger(sents []Sentence, epochs int, seed uint64, log func(epoch int, acc float64)) *Tagger {
	classIdx := map[string]int{}
	t := &Tagger{}
	pair := func(w Token) int {
		k := w.UPOS + " " + w.XPOS
		c, ok := classIdx[k]
		if !ok {
			c = len(t.UPOS)
			classIdx[k] = c
			t.UPOS = append(t.UPOS, w.UPOS)
			t.XPOS = append(t.XPOS, w.XPOS)
		}
		return c
	}
	// Classes in order of first appearance: deterministic for a given file.
	gold := make([][]int, len(sents))
	infos := make([][]wordInfo, len(sents))
	for i, s := range sents {
		gold[i] = make([]int, len(s.Words))
		for j, w := range s.Words {
			gold[i][j] = pair(w)
		}
		infos[i] = analyzeWords(s.Forms())
	}
	seen := map[string]map[int]int{}
	for i, s := range sents {
		for j, w := range s.Words {
			l := strings.ToLower(w.Form)
			if seen[l] == nil {
				seen[l] = map[int]int{}
			}
			seen[l][gold[i][j]]++
		}
	}
	t.amb = map[string]uint64{}
	for l, cs := range seen {
		var names []string
		n := 0
		for c, k := range cs {
			names = append(names, t.UPOS[c]+" "+t.XPOS[c])
			n += k
		}
		if n >= minAmb {
			slices.Sort(names)
			t.amb[l] = hashString(strings.Join(names, "|"))
		}
	}
	ambs := make([][]uint64, len(sents))
	for i := range sents {
		ambs[i] = t.ambiguities(infos[i], 0, len(infos[i]))
	}
	tr := newTrainer(len(t.UPOS))
	scores := make([]float32, len(t.UPOS))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 0x7a66))
	var fs []uint64
	for ep := 1; ep <= epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, si := range order {
			ws, g := infos[si], gold[si]
			p1, p2 := -1, -2
			for i := range ws {
				fs = tagFeatures(fs[:0], ws, ambs[si], i, p1, p2)
				tr.score(fs, scores)
				best := 0
				for c := 1; c < len(scores); c++ {
					if scores[c] > scores[best] {
						best = c
					}
				}
				tr.tick()
				tr.update(fs, g[i], best)
				if best == g[i] {
					right++
				}
				total++
				p2, p1 = p1, best
			}
		}
		if log != nil {
			log(ep, float64(right)/float64(total))
		}
	}
	t.w = tr.average()
	return t
}
