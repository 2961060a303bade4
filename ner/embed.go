package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"os"
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

// LoadTagger reads a model file written by Model.WriteTo, for use with the
// default lexicons.
func LoadTagger(name string) (*Tagger, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := ReadModel(f, DefaultLexicons())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	tg := NewTagger(m)
	m.W = nil
	return tg, nil
}
