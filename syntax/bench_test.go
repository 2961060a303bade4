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
