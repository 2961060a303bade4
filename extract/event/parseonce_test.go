package event_test

import (
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract/event"
	"github.com/annalist/annalist/syntax"
	"github.com/annalist/annalist/text"
)

// callCounter is the embedded parser with a count of the trees it builds.
type callCounter struct{ calls int }

func (c *callCounter) Parse(words []string) []text.Word {
	c.calls++
	return syntax.Lazy.Parse(words)
}

func (c *callCounter) ParseTagged(words []string, tags []text.Word) []text.Word {
	c.calls++
	return syntax.Lazy.(text.TaggedParser).ParseTagged(words, tags)
}

func (c *callCounter) TagPrefix(words []string, done []text.Word, n int) []text.Word {
	return syntax.Lazy.(text.PrefixTagger).TagPrefix(words, done, n)
}

func (c *callCounter) Tag(words []string) []text.Word {
	return syntax.Lazy.(text.Tagger).Tag(words)
}

// TestParsedOnce checks that the event extractor builds one tree for a
// sentence whose misread nouns it re-tags (decided from the tags before
// the parse) and for a dateline's clause (the whole sentence's tree is not
// needed), not a parse and a re-parse; the readings those give are
// checked in TestArgs13Readings and the dateline tests. And none where no
// rule could read it.
func TestParsedOnce(t *testing.T) {
	// The extractor probes a parser type once for trees: not counted.
	probe := text.Analyze("Police arrested protesters.", "2024-03-01")
	probe.Parser = &callCounter{}
	event.Mentions(probe, &annalist.Record{Text: probe.Text})
	for _, body := range []string{
		"Four soldiers were wounded when gunmen ambushed their patrol in Zamfara state.",
		"Zambian nurses went on strike on Tuesday to press the government for higher pay.",
		"KABUL, March 3 (Reuters) - Gunmen ambushed a police convoy near the city.",
	} {
		n, calls := countedParses(body)
		if n == 0 {
			t.Errorf("%q: no mention", body)
		}
		if calls > 1 {
			t.Errorf("%q: %d parses, want at most 1", body, calls)
		}
	}
	// No tree where nothing could read one: a passive with no word that
	// its phrase's subject could be ("impose * <sanction>"); a trigger
	// with no stop verb after it that passiveCessation could read, in a
	// sentence the extractor then drops (the page's own opinion).
	for _, body := range []string{
		"The new rules were imposed on the market last year.",
		"Opinion: the protest drew a crowd.",
	} {
		if _, calls := countedParses(body); calls > 0 {
			t.Errorf("%q: %d parses, want none", body, calls)
		}
	}
}

// countedParses runs the event extractor over body after the stages
// before it, and returns its mentions and the parses it asked for.
func countedParses(body string) (mentions, calls int) {
	d := text.Analyze(body, "2024-03-01")
	d.Parser = syntax.Lazy
	r := &annalist.Record{Text: body, Published: "2024-03-01"}
	beforeEvents(d, r)
	c := &callCounter{}
	d.Parser = c
	return len(event.Mentions(d, r)), c.calls
}
