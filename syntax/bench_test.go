package syntax

import (
	"bytes"
	"testing"

	"github.com/annalist/annalist/internal/cputime"
	"github.com/annalist/annalist/internal/shared"
)

// BenchmarkParse tags, lemmatises and parses EWT dev (gold tokens) and
// reports words per second: `GOMAXPROCS=1 go test ./syntax -run XXX -bench Parse`.
func BenchmarkParse(b *testing.B) {
	benchModel(b, func(m *Model, words []string) { m.Parse(words) })
}

// BenchmarkTag is the tags-and-lemmas half alone.
func BenchmarkTag(b *testing.B) {
	benchModel(b, func(m *Model, words []string) { m.Tag(words) })
}

func benchModel(b *testing.B, f func(*Model, []string)) {
	path := shared.Require(b, "eval/ud-english-ewt/en_ewt-ud-dev.conllu")
	gold, err := ReadCoNLLUFile(path)
	if err != nil {
		b.Fatal(err)
	}
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	sents := make([][]string, len(gold))
	n := 0
	for i, s := range gold {
		sents[i] = s.Forms()
		n += len(sents[i])
	}
	f(m, sents[0]) // warm up
	cpu0 := cputime.Process()
	for b.Loop() {
		for _, s := range sents {
			f(m, s)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/cpu.Seconds(), "words/cpu-s")
	}
}

// BenchmarkLoad reads the embedded model: what the first Parse of a run
// adds to its start-up.
func BenchmarkLoad(b *testing.B) {
	cpu0 := cputime.Process()
	for b.Loop() {
		if _, err := ReadModel(bytes.NewReader(modelGz)); err != nil {
			b.Fatal(err)
		}
	}
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}

// BenchmarkParseTree is the parser alone, from tags and lemmas worked out
// beforehand (as ParseTagged gets them from a tagged sentence): the cost of
// scoring transitions.
func BenchmarkParseTree(b *testing.B) {
	path := shared.Require(b, "eval/ud-english-ewt/en_ewt-ud-dev.conllu")
	gold, err := ReadCoNLLUFile(path)
	if err != nil {
		b.Fatal(err)
	}
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	type tagged struct {
		ws     []wordInfo
		tags   []int
		lemmas []string
	}
	sents := make([]tagged, len(gold))
	n := 0
	s := m.scratch()
	for i, g := range gold {
		words := g.Forms()
		t := tagged{ws: analyzeWords(words), tags: make([]int, len(words)), lemmas: make([]string, len(words))}
		s.fs = m.Tagger.tag(t.ws, t.tags, s.fs, s.tscores)
		for j, c := range t.tags {
			t.lemmas[j] = m.Lemmas.Lemma(words[j], c)
		}
		sents[i] = t
		n += len(words)
	}
	cpu0 := cputime.Process()
	for b.Loop() {
		for _, t := range sents {
			s.tags = t.tags
			s.fs = m.Parser.parse(newSentIn(t.ws, t.tags, t.lemmas), s.st, s.fs, s.pscores)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/cpu.Seconds(), "words/cpu-s")
	}
}
