package syntax

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

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
