package syntax

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/text"
)

// model.bin.gz is trained by `annalist train syntax` (see MODEL.md).
//
//go:embed model.bin.gz
var modelGz []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model, read on first use and shared.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = ReadModel(bytes.NewReader(modelGz))
	})
	return defaultModel, defaultErr
}

// Lazy is a text.Parser over the embedded model that reads the model on
// its first Parse, so a run whose extractors never ask for syntax does not
// pay for loading it.
var Lazy text.Parser = lazy{}

type lazy struct{}

func (lazy) Parse(words []string) []text.Word {
	m, err := Default()
	if err != nil {
		// The model is embedded in the binary: failing to read it is a
		// broken build, not bad input.
		panic(fmt.Sprintf("annalist: embedded syntax model: %v", err))
	}
	return m.Parse(words)
}

// ParseAll is a pipeline stage that parses every sentence of a document
// up front: the cost of the language layer when every sentence is needed,
// which `annalist bench --parse-all` measures (extractors otherwise parse
// only the sentences they look at).
type ParseAll struct{}

// Name implements extract.Extractor.
func (ParseAll) Name() string { return "syntax" }

// Extract implements extract.Extractor.
func (ParseAll) Extract(d *text.Doc, _ *annalist.Record) {
	for i := range d.Sentences {
		d.Parse(i)
	}
}
