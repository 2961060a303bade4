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

// The analyses of recent sentences that Lazy gave (see memo).
var tagMemo, parseMemo = newMemo(), newMemo()

func (lazy) Parse(words []string) []text.Word {
	ws := mustDefault().Parse(words)
	parseMemo.put(words, ws)
	return ws
}

// Tag implements text.Tagger: tags and lemmas without the tree.
func (l lazy) Tag(words []string) []text.Word { return l.TagPrefix(words, nil, len(words)) }

// TagPrefix implements text.PrefixTagger. A sentence seen before gets
// all its tags at once.
func (lazy) TagPrefix(words []string, done []text.Word, n int) []text.Word {
	if done == nil {
		if ws := tagMemo.get(words); ws != nil {
			return ws
		}
	}
	ws := mustDefault().TagPrefix(words, done, n)
	if len(ws) == len(words) {
		tagMemo.put(words, ws)
	}
	return ws
}

// ParseTagged implements text.TaggedParser. A sentence parsed before over
// the same tags and lemmas gets that parse again.
func (lazy) ParseTagged(words []string, tags []text.Word) []text.Word {
	if ws := parseMemo.get(words); ws != nil && sameTags(ws, tags) {
		return ws
	}
	ws := mustDefault().ParseTagged(words, tags)
	parseMemo.put(words, ws)
	return ws
}

func mustDefault() *Model {
	m, err := Default()
	if err != nil {
		// The model is embedded in the binary: failing to read it is a
		// broken build, not bad input.
		panic(fmt.Sprintf("annalist: embedded syntax model: %v", err))
	}
	return m
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
