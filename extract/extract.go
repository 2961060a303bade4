// Package extract runs the extractors over an analysed document. Each
// extractor reads the text.Doc and what earlier extractors put in the
// Record (names before places, places and times before events) and adds
// its own facts.
package extract

import (
	"github.com/annalist/annalist"
	"github.com/annalist/annalist/text"
)

// Extractor adds one kind of fact to a record.
type Extractor interface {
	// Name is a short label for benchmarks and errors ("ner", "timex").
	Name() string
	// Extract reads d (whose Text is r.Text) and fills its part of r.
	Extract(d *text.Doc, r *annalist.Record)
}
