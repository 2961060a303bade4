package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"
)

// modelData is the committed model, rebuilt by `annalist train ner` (see
// MODEL.md for the data, command and development figures).
//
//go:embed model.bin.gz
var modelData []byte

var (
	defaultOnce   sync.Once
	defaultTagger *Tagger
	defaultErr    error
)

// Default returns the tagger of the embedded model, loaded on first use.
func Default() (*Tagger, error) {
	defaultOnce.Do(func() {
		m, err := ReadModel(bytes.NewReader(modelData), DefaultLexicons())
		if err != nil {
			defaultErr = fmt.Errorf("embedded NER model: %w", err)
			return
		}
		defaultTagger = NewTagger(m)
		m.W = nil // the tagger keeps its own quantised copy
	})
	return defaultTagger, defaultErr
}
