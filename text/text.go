// Package text splits a body into paragraphs, sentences and tokens, all as
// byte offsets into the original string, so that every extractor can point
// back at the exact words it read.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word, number or punctuation mark: Text == doc.Text[Start:End].
type Token struct {
	Start, End int
	Text       string
}

// Sentence is a run of tokens, Tokens[First:Last] of its Doc.
type Sentence struct {
	Start, End  int
	First, Last int
	Paragraph   int // index into Doc.Paragraphs
}

// Span is a stretch of text by byte offsets, end exclusive.
type Span struct{ Start, End int }

// Doc is a body analysed once and shared by all extractors.
type Doc struct {
	Text       string
	Published  string // YYYY-MM-DD or empty; the anchor for relative times
	Paragraphs []Span
	Sentences  []Sentence
	Tokens     []Token

	// Parser, when set, gives Parse its analyses. The pipeline sets the
	// embedded model; a Doc without one has no syntax layer.
	Parser Parser
	parses [][]Word
	tags   [][]Word
	words  [][]string // each sentence's token texts, made on first use
	lower  []string   // tokens' lower-cased texts, each made on first use
}

// Lower returns strings.ToLower of token i's text, worked out once for
// all the extractors that read it.
func (d *Doc) Lower(i int) string {
	if d.lower == nil {
		d.lower = make([]string, len(d.Tokens))
	}
	if d.lower[i] == "" {
		d.lower[i] = strings.ToLower(d.Tokens[i].Text)
	}
	return d.lower[i]
}

// Folded returns token i's text lower-cased with curly apostrophes made
// straight: strings.ToLower(strings.ReplaceAll(text, "’", "'")).
func (d *Doc) Folded(i int) string {
	if t := d.Tokens[i].Text; strings.Contains(t, "’") {
		return strings.ToLower(strings.ReplaceAll(t, "’", "'"))
	}
	return d.Lower(i)
}

// Word is the language layer's reading of one token: its parts of speech,
// lemma and place in the sentence's dependency tree (Universal Dependencies).
type Word struct {
	UPOS  string // universal part of speech: NOUN, VERB, PROPN, ...
	XPOS  string // Penn Treebank tag: NN, VBD, NNP, ...
	Lemma string // dictionary form, lower case except proper nouns
	Head  int    // index of the head within the sentence's tokens, -1 for the root
	Rel   string // UD relation to the head: nsubj, obj, obl:agent, ...
}

// Parser reads the words of one sentence, one Word per word.
type Parser interface {
	Parse(words []string) []Word
}

// Tagger is what a Parser may also offer: parts of speech and lemmas
// without the tree, for a fraction of the cost.
type Tagger interface {
	Tag(words []string) []Word
}

// PrefixTagger is a Tagger that can tag the first words of a sentence
// alone and go on later: a tagger that reads left to right gives a word
// the same tag whatever follows past the few words it looks ahead at.
type PrefixTagger interface {
	// TagPrefix returns the tags of words[:n] (all of them when n is
	// larger), going on from done, the tags it gave for a shorter prefix
	// of the same words (nil at first). It may reuse done's array.
	TagPrefix(words []string, done []Word, n int) []Word
}

// TaggedParser is a Parser that can build the tree over tags it gave
// before (by Tag or TagPrefix) instead of tagging the words again.
type TaggedParser interface {
	ParseTagged(words []string, tags []Word) []Word
}

// Tags returns sentence i's parts of speech and lemmas, one Word per
// token; Head and Rel are set only when the sentence was already parsed
// (or the Parser offers no cheaper Tag). Like Parse it is computed on
// first use and kept, and nil when d has no Parser.
func (d *Doc) Tags(i int) []Word {
	if d.Parser == nil || i < 0 || i >= len(d.Sentences) {
		return nil
	}
	return d.TagsTo(i, d.Sentences[i].Last-d.Sentences[i].First)
}

// TagsTo is Tags for callers that read only the first n tokens of sentence
// i: with a PrefixTagger only those are tagged (until a caller asks for
// more), and the slice returned may stop after them. Its first n Words
// (or all, in a shorter sentence) are those Tags gives.
func (d *Doc) TagsTo(i, n int) []Word {
	if d.Parser == nil || i < 0 || i >= len(d.Sentences) {
		return nil
	}
	if d.parses != nil && d.parses[i] != nil {
		return d.parses[i]
	}
	if d.tags == nil {
		d.tags = make([][]Word, len(d.Sentences))
	}
	size := d.Sentences[i].Last - d.Sentences[i].First
	n = min(max(n, 1), size)
	if d.tags[i] != nil && len(d.tags[i]) >= n {
		return d.tags[i]
	}
	switch t := d.Parser.(type) {
	case PrefixTagger:
		d.tags[i] = t.TagPrefix(d.sentenceWords(i), d.tags[i], n)
	case Tagger:
		d.tags[i] = t.Tag(d.sentenceWords(i))
	default:
		return d.Parse(i)
	}
	return d.tags[i]
}

// sentenceWords returns sentence i's token texts, kept for the tagger's
// later calls (a sentence is tagged piecemeal) and the parse.
func (d *Doc) sentenceWords(i int) []string {
	if d.words == nil {
		d.words = make([][]string, len(d.Sentences))
	}
	if d.words[i] == nil {
		toks := d.SentenceTokens(i)
		words := make([]string, len(toks))
		for j, t := range toks {
			words[j] = t.Text
		}
		d.words[i] = words
	}
	return d.words[i]
}

// Parse returns the analysis of sentence i, one Word per token of
// SentenceTokens(i). It is computed on first use and kept, so extractors
// that need syntax pay for it only on the sentences they look at. It is
// nil when d has no Parser.
func (d *Doc) Parse(i int) []Word {
	if d.Parser == nil || i < 0 || i >= len(d.Sentences) {
		return nil
	}
	if d.parses == nil {
		d.parses = make([][]Word, len(d.Sentences))
	}
	if d.parses[i] == nil {
		words := d.sentenceWords(i)
		if pt, ok := d.Parser.(PrefixTagger); ok && d.tags != nil && d.tags[i] != nil && len(d.tags[i]) < len(words) {
			// Tagged in part: tag the rest rather than all again.
			d.tags[i] = pt.TagPrefix(words, d.tags[i], len(words))
		}
		if tp, ok := d.Parser.(TaggedParser); ok && d.tags != nil && len(d.tags[i]) == len(words) {
			d.parses[i] = tp.ParseTagged(words, d.tags[i]) // no second tagging
		} else {
			d.parses[i] = d.Parser.Parse(words)
		}
	}
	return d.parses[i]
}

// Analyze splits s into paragraphs, sentences and tokens.
func Analyze(s, published string) *Doc {
	// News text runs to a token per 5.6 bytes (Reuters): room for them
	// from the start saves the copies of growing the slice, up to a bound
	// past which a long text grows it as it goes.
	d := &Doc{Text: s, Published: published, Tokens: make([]Token, 0, min(len(s)/5+16, 1<<16))}
	d.Paragraphs = Paragraphs(s)
	for pi, p := range d.Paragraphs {
		first := len(d.Tokens)
		d.Tokens = appendTokens(d.Tokens, s, p.Start, p.End)
		for _, sp := range splitSentences(d.Tokens[first:]) {
			d.Sentences = append(d.Sentences, Sentence{
				Start:     d.Tokens[first+sp[0]].Start,
				End:       d.Tokens[first+sp[1]-1].End,
				First:     first + sp[0],
				Last:      first + sp[1],
				Paragraph: pi,
			})
		}
	}
	return d
}

// SentenceTokens returns the tokens of sentence i.
func (d *Doc) SentenceTokens(i int) []Token {
	s := d.Sentences[i]
	return d.Tokens[s.First:s.Last]
}

// SentenceAt returns the index of the sentence holding byte offset off, or -1.
func (d *Doc) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Sentences[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.Sentences) && d.Sentences[lo].Start <= off {
		return lo
	}
	return -1
}

// Paragraphs splits s at blank lines, and at single line breaks too, since
// news bodies put one paragraph or heading per line, except in
// hard-wrapped text (see DetectWrap), where a soft wrap is white space
// inside the paragraph. Spans are trimmed of surrounding white space and
// point at the bytes of s, newlines included; empty lines yield nothing.
func Paragraphs(s string) []Span {
	var out []Span
	wide := false // a line too long for a hard wrap
	for start := 0; start <= len(s); {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		if a, b := trimSpan(s, start, end); b > a {
			out = append(out, Span{a, b})
			wide = wide || b-a > MaxWrapWidth && utf8.RuneCountInString(s[a:b]) > MaxWrapWidth
		}
		start = end + 1
	}
	if wide || len(out) < 3 {
		return out // one paragraph per line (DetectWrap needs three lines)
	}
	raw := strings.Split(s, "\n")
	wrap := DetectWrap(raw)
	if !wrap.Wrapped {
		return out
	}
	// Join each line to the one before it across a soft wrap; out holds
	// the non-blank lines in order, so k walks it beside raw.
	joined := out[:0:0]
	k := 0
	for i, line := range raw {
		if strings.TrimSpace(line) == "" {
			continue
		}
		if i > 0 && strings.TrimSpace(raw[i-1]) != "" && wrap.Soft(raw[i-1], line) {
			joined[len(joined)-1].End = out[k].End // the paragraph goes on
		} else {
			joined = append(joined, out[k])
		}
		k++
	}
	return joined
}

// trimSpan is s[a:b] less its leading and trailing white space.
func trimSpan(s string, a, b int) (int, int) {
	for a < b {
		r, n := utf8.DecodeRuneInString(s[a:])
		if !unicode.IsSpace(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(s[:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= n
	}
	return a, b
}
