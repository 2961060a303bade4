package text_test

import (
	"testing"

	"github.com/annalist/annalist/internal/shared"
	"github.com/annalist/annalist/text"
)

// BenchmarkAnalyze splits the seed article into paragraphs, sentences and
// tokens, and reports its allocations: `go test ./text -run XXX -bench Analyze`.
func BenchmarkAnalyze(b *testing.B) {
	body, published := shared.Seed(b)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		text.Analyze(body, published)
	}
}
