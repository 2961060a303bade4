package syntax

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"sync"

	"github.com/annalist/annalist/text"
)

// Model is the language layer: tagger, lemmatiser and dependency parser.
// It is safe for concurrent use.
type Model struct {
	Tagger *Tagger
	Lemmas *Lemmatizer
	Parser *DepParser // nil in a tags-only model

	pool sync.Pool // *scratch
}

type scratch struct {
	fs      []uint64
	tscores []int32
	pscores []int32
	tags    []int
	st      *state
	in      sentIn
	ws      []wordInfo // TagPrefix's analyses
	amb     []uint64   // and ambiguity classes
}

func (m *Model) scratch() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	s := &scratch{tscores: make([]int32, len(m.Tagger.UPOS)), st: newState(0)}
	if m.Parser != nil {
		s.pscores = make([]int32, m.Parser.nclass())
	}
	return s
}

// maxWords bounds the parse of one sentence: the tokenizer already cuts
// sentences far shorter, and past this the parser's work (linear, but with
// a table per word) is not worth it; longer input is parsed in pieces.
const maxWords = 1000

// Parse implements text.Parser: one Word per word, Head -1 for the root.
func (m *Model) Parse(words []string) []text.Word {
	out := make([]text.Word, len(words))
	for a := 0; a < len(words); a += maxWords {
		b := min(a+maxWords, len(words))
		m.parse(words[a:b], out[a:b])
		for i := a; i < b; i++ {
			if out[i].Head >= 0 {
				out[i].Head += a
			}
		}
	}
	return out
}

// Tag gives parts of speech and lemmas only (Head -1, Rel ""): the cheap
// half of Parse, for callers that need no tree.
func (m *Model) Tag(words []string) []text.Word {
	return m.TagPrefix(words, nil, len(words))
}

// TagPrefix implements text.PrefixTagger: the tags of words[:n], going on
// from done, the tags TagPrefix gave for a shorter prefix of the same
// words. The tagger reads left to right and looks two words ahead, so a
// prefix gets the tags Tag would give it, for the cost of its own words.
func (m *Model) TagPrefix(words []string, done []text.Word, n int) []text.Word {
	n = min(n, len(words))
	k := len(done)
	if k >= n && done != nil {
		return done
	}
	out := done
	if out == nil || cap(out) < len(words) {
		out = make([]text.Word, k, len(words))
		copy(out, done)
	}
	out = out[:n]
	s := m.scratch()
	defer m.pool.Put(s)
	// tagFeatures reads no further back than lookbehind words before k.
	s.ws = appendAnalyses(s.ws, words[:min(n+lookahead, len(words))], max(k-lookbehind, 0))
	ws := s.ws
	s.tags = slices.Grow(s.tags[:0], n)[:n]
	// The classes of the two words before k, as tagFrom would have them.
	p1, p2 := -1, -2
	if k > 0 {
		p1, p2 = m.Tagger.class(done[k-1]), -1
	}
	if k > 1 {
		p2 = m.Tagger.class(done[k-2])
	}
	s.fs, s.amb = m.Tagger.tagFromAmb(ws, k, n, p1, p2, s.tags, s.fs, s.tscores, s.amb)
	for i := k; i < n; i++ {
		c := s.tags[i]
		out[i] = text.Word{UPOS: m.Tagger.UPOS[c], XPOS: m.Tagger.XPOS[c], Lemma: m.Lemmas.Lemma(words[i], c), Head: -1}
	}
	return out
}

// ParseTagged implements text.TaggedParser: Parse for words whose tags
// and lemmas Tag or TagPrefix gave, without tagging them again.
func (m *Model) ParseTagged(words []string, tags []text.Word) []text.Word {
	if len(tags) != len(words) || len(words) > maxWords || m.Parser == nil {
		return m.Parse(words) // Parse tags a long sentence in pieces
	}
	out := make([]text.Word, len(words))
	if len(words) == 0 {
		return out
	}
	s := m.scratch()
	defer m.pool.Put(s)
	s.tags = slices.Grow(s.tags[:0], len(words))[:len(words)]
	for i, w := range tags {
		c := m.Tagger.class(w)
		if c < 0 {
			return m.Parse(words) // not this model's tags
		}
		s.tags[i] = c
		out[i] = text.Word{UPOS: w.UPOS, XPOS: w.XPOS, Lemma: w.Lemma}
	}
	// The parser reads only words' lower-cased forms of the tagger's
	// analyses: hashed here without the rest.
	s.in.fill(len(words), func(i int) uint64 { return hashLower(words[i]) }, s.tags,
		func(i int) uint64 { return hashString(tags[i].Lemma) })
	m.parseTree(s, out)
	return out
}

func (m *Model) parse(words []string, out []text.Word) {
	if len(words) == 0 {
		return
	}
	s := m.scratch()
	defer m.pool.Put(s)
	ws := analyzeWords(words)
	s.tags = slices.Grow(s.tags[:0], len(words))[:len(words)]
	s.fs = m.Tagger.tag(ws, s.tags, s.fs, s.tscores)
	lemmas := make([]string, len(words))
	for i, c := range s.tags {
		lemmas[i] = m.Lemmas.Lemma(words[i], c)
		out[i] = text.Word{UPOS: m.Tagger.UPOS[c], XPOS: m.Tagger.XPOS[c], Lemma: lemmas[i], Head: -1}
	}
	if m.Parser == nil {
		// A tags-only model: no tree yet.
		for i := range out {
			out[i].Rel = "dep"
		}
		return
	}
	s.in.fill(len(ws), func(i int) uint64 { return ws[i].lower }, s.tags, func(i int) uint64 { return hashString(lemmas[i]) })
	m.parseTree(s, out)
}

// parseTree sets the heads and relations of out from the sentence's
// hashes in s.in.
func (m *Model) parseTree(s *scratch, out []text.Word) {
	s.fs = m.Parser.parse(s.in, s.st, s.fs, s.pscores)
	n := len(out)
	for i := range out {
		h := s.st.head[i]
		if h == n || h < 0 {
			h = -1
		}
		out[i].Head = h
		out[i].Rel = m.Parser.Labels[max(s.st.rel[i], 0)]
	}
}

// The model file: gzip of a magic line, then sections of varints and
// length-prefixed strings. Everything is written in a fixed order, so the
// same model gives the same bytes.
const magic = "annalist-syntax 1\n"

// WriteTo writes the model compressed.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var raw bytes.Buffer
	bw := bufio.NewWriter(&raw)
	bw.WriteString(magic)
	var buf [binary.MaxVarintLen64]byte
	put := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	str := func(s string) { put(uint64(len(s))); bw.WriteString(s) }
	put(uint64(len(m.Tagger.UPOS)))
	for i := range m.Tagger.UPOS {
		str(m.Tagger.UPOS[i])
		str(m.Tagger.XPOS[i])
	}
	m.Tagger.w.writeTo(bw)
	words := make([]string, 0, len(m.Tagger.amb))
	for w := range m.Tagger.amb {
		words = append(words, w)
	}
	slices.Sort(words)
	put(uint64(len(words)))
	for _, w := range words {
		str(w)
		put(m.Tagger.amb[w])
	}
	for _, tab := range []map[lemmaKey]script{m.Lemmas.known, m.Lemmas.rules} {
		es := sortedEntries(tab)
		put(uint64(len(es)))
		for _, e := range es {
			put(uint64(e.k.class))
			str(e.k.s)
			str(string(e.s))
		}
	}
	if m.Parser == nil {
		put(0)
	} else {
		put(uint64(len(m.Parser.Labels)))
		for _, l := range m.Parser.Labels {
			str(l)
		}
		m.Parser.w.writeTo(bw)
	}
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	cw := &countWriter{w: w}
	zw, _ := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if _, err := zw.Write(raw.Bytes()); err != nil {
		return cw.n, err
	}
	err := zw.Close()
	return cw.n, err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("syntax model: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("syntax model: %w", err)
	}
	if !bytes.HasPrefix(raw, []byte(magic)) {
		return nil, errors.New("syntax model: not an annalist syntax model")
	}
	rd := &reader{b: raw[len(magic):]}
	m := &Model{Tagger: &Tagger{}, Lemmas: &Lemmatizer{}}
	nt := rd.uvarint()
	if nt == 0 || nt > 1<<12 {
		return nil, fmt.Errorf("syntax model: %d tag classes", nt)
	}
	for range nt {
		m.Tagger.UPOS = append(m.Tagger.UPOS, rd.str())
		m.Tagger.XPOS = append(m.Tagger.XPOS, rd.str())
	}
	if m.Tagger.w, err = readWeights(rd); err != nil {
		return nil, fmt.Errorf("syntax model: tagger: %w", err)
	}
	if m.Tagger.w.nclass != int(nt) {
		return nil, errors.New("syntax model: tagger weights do not match its tags")
	}
	na := rd.uvarint()
	if na > uint64(len(rd.b)) {
		return nil, errors.New("syntax model: truncated ambiguity classes")
	}
	m.Tagger.amb = make(map[string]uint64, na)
	for ; na > 0; na-- {
		w := rd.str()
		m.Tagger.amb[w] = rd.uvarint()
	}
	for _, tab := range []*map[lemmaKey]script{&m.Lemmas.known, &m.Lemmas.rules} {
		n := rd.uvarint()
		if n > uint64(len(rd.b)) {
			return nil, errors.New("syntax model: truncated lemma table")
		}
		*tab = make(map[lemmaKey]script, n)
		for ; n > 0; n-- {
			c := int(rd.uvarint())
			k := rd.str()
			(*tab)[lemmaKey{k, c}] = script(rd.str())
		}
	}
	if nl := rd.uvarint(); nl > 0 && nl < 1<<10 {
		p := &DepParser{}
		for range nl {
			p.Labels = append(p.Labels, rd.str())
		}
		if p.w, err = readWeights(rd); err != nil {
			return nil, fmt.Errorf("syntax model: parser: %w", err)
		}
		if p.w.nclass != p.nclass() {
			return nil, errors.New("syntax model: parser weights do not match its labels")
		}
		m.Parser = p
	}
	if rd.err != nil {
		return nil, fmt.Errorf("syntax model: %w", rd.err)
	}
	return m, nil
}

// TrainOptions control Train.
type TrainOptions struct {
	TagEpochs, ParseEpochs int
	Folds                  int    // jackknife folds for the parser's training tags (0: 4)
	NoParser               bool   // train the tagger and lemmatiser only
	Seed                   uint64 // order of training sentences
	// TagPrune and ParsePrune drop weights smaller than this many
	// quantisation steps from the final models (0: the defaults; -1: none).
	TagPrune, ParsePrune int
	Log                  io.Writer
}

// Default training settings, chosen on the EWT and GUM dev files.
const (
	DefaultTagEpochs   = 8
	DefaultParseEpochs = 8
	DefaultFolds       = 4
	// Pruning keeps the model at 11 MB instead of 35 at a cost of about
	// 0.5 LAS and nothing in UPOS on EWT dev, and makes it faster.
	DefaultTagPrune   = 300
	DefaultParsePrune = 550
)

// Train learns a model from gold CoNLL-U sentences. The parser learns from
// the tags the tagger will give it: each fold's tags come from a tagger
// trained on the other folds (jackknifing), so it sees realistic mistakes.
func Train(sents []Sentence, o TrainOptions) (*Model, error) {
	if len(sents) == 0 {
		return nil, errors.New("no training sentences")
	}
	logf := func(format string, a ...any) {
		if o.Log != nil {
			fmt.Fprintf(o.Log, format, a...)
		}
	}
	for i, s := range sents {
		for j, w := range s.Words {
			if w.UPOS == "" || w.UPOS == "_" || w.Head < 0 || w.Rel == "" || w.Rel == "_" {
				return nil, fmt.Errorf("training sentence %d word %d (%q) lacks a tag, head or relation", i+1, j+1, w.Form)
			}
		}
	}
	if o.TagEpochs <= 0 {
		o.TagEpochs = DefaultTagEpochs
	}
	if o.ParseEpochs <= 0 {
		o.ParseEpochs = DefaultParseEpochs
	}
	if o.Folds <= 1 {
		o.Folds = DefaultFolds
	}
	m := &Model{}
	m.Tagger = trainTagger(sents, o.TagEpochs, o.Seed, func(ep int, acc float64) {
		logf("tagger epoch %d: train accuracy %.4f\n", ep, acc)
	})
	classOf := m.Tagger.classIndex()
	m.Lemmas = trainLemmatizer(sents, func(w Token) int { return classOf[w.UPOS+" "+w.XPOS] })
	if o.NoParser {
		m.Prune(o.TagPrune, 0)
		return m, nil
	}
	// Jackknifed tags for the parser's training data.
	tags := make([][]int, len(sents))
	for f := 0; f < o.Folds; f++ {
		var rest []Sentence
		for i, s := range sents {
			if i%o.Folds != f {
				rest = append(rest, s)
			}
		}
		t := trainTagger(rest, o.TagEpochs, o.Seed, nil)
		// The fold's tagger numbers its classes in its own order.
		remap := make([]int, len(t.UPOS))
		for c := range t.UPOS {
			remap[c] = classOf[t.UPOS[c]+" "+t.XPOS[c]]
		}
		s := &scratch{tscores: make([]int32, len(t.UPOS))}
		right, total := 0, 0
		for i := f; i < len(sents); i += o.Folds {
			ws := analyzeWords(sents[i].Forms())
			tags[i] = make([]int, len(ws))
			s.fs = t.tag(ws, tags[i], s.fs, s.tscores)
			for j := range tags[i] {
				tags[i][j] = remap[tags[i][j]]
				if tags[i][j] == classOf[sents[i].Words[j].UPOS+" "+sents[i].Words[j].XPOS] {
					right++
				}
				total++
			}
		}
		logf("jackknife fold %d: tag pair accuracy %.4f\n", f+1, float64(right)/float64(total))
	}
	labelSet := map[string]bool{"root": true}
	for _, s := range sents {
		for _, w := range s.Words {
			labelSet[w.Rel] = true
		}
	}
	labels := []string{"root"}
	for l := range labelSet {
		if l != "root" {
			labels = append(labels, l)
		}
	}
	sort.Strings(labels[1:])
	labelIdx := map[string]int{}
	for i, l := range labels {
		labelIdx[l] = i
	}
	exs := make([]parseExample, 0, len(sents))
	for i, s := range sents {
		n := len(s.Words)
		ws := analyzeWords(s.Forms())
		lemmas := make([]string, n)
		heads := make([]int, n)
		rels := make([]int, n)
		for j, w := range s.Words {
			lemmas[j] = m.Lemmas.Lemma(w.Form, tags[i][j])
			heads[j] = w.Head - 1
			if w.Head == 0 {
				heads[j] = n
			}
			rels[j] = labelIdx[w.Rel]
		}
		if !isTree(heads) {
			return nil, fmt.Errorf("training sentence %d: heads do not form a tree", i+1)
		}
		exs = append(exs, parseExample{in: newSentIn(ws, tags[i], lemmas), heads: projectivize(heads), labels: rels})
	}
	m.Parser = trainParser(exs, labels, o.ParseEpochs, o.Seed, func(ep int, uas float64) {
		logf("parser epoch %d: train UAS %.4f\n", ep, uas)
	})
	m.Prune(o.TagPrune, o.ParsePrune)
	return m, nil
}

// Prune drops the tagger's and the parser's weights smaller than the given
// number of quantisation steps (0: the defaults; negative: none). Pruning
// works on the stored weights, so pruning a model read back from a file
// gives the same bytes as pruning it at the end of training.
func (m *Model) Prune(tag, parse int) {
	if tag == 0 {
		tag = DefaultTagPrune
	}
	if parse == 0 {
		parse = DefaultParsePrune
	}
	if tag > 0 {
		m.Tagger.w.prune(tag)
	}
	if parse > 0 && m.Parser != nil {
		m.Parser.w.prune(parse)
	}
}

// isTree reports whether heads (root at n) reach the root without cycles.
func isTree(heads []int) bool {
	n := len(heads)
	for d := range heads {
		x := d
		for steps := 0; x != n; steps++ {
			if steps > n || x < 0 || x > n {
				return false
			}
			x = heads[x]
		}
	}
	return true
}

func (t *Tagger) classIndex() map[string]int {
	m := make(map[string]int, len(t.UPOS))
	for i := range t.UPOS {
		m[t.UPOS[i]+" "+t.XPOS[i]] = i
	}
	return m
}

// Annotate fills the predicted columns of s (LEMMA, UPOS, XPOS, HEAD,
// DEPREL) from its forms, keeping the words, comments and other lines.
func (m *Model) Annotate(s *Sentence) {
	ws := m.Parse(s.Forms())
	for i, w := range ws {
		t := &s.Words[i]
		t.Lemma, t.UPOS, t.XPOS, t.Rel = w.Lemma, w.UPOS, w.XPOS, w.Rel
		t.Head = w.Head + 1 // -1 (root) becomes 0
	}
}
