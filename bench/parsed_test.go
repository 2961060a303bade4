package bench

import (
	"strings"
	"testing"

	"github.com/annalist/annalist"
	cleaner "github.com/annalist/annalist/clean"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/syntax"
	"github.com/annalist/annalist/text"
)

// countingParser is the pipeline's parser with a note of every sentence
// parsed (its words joined), to see which parses the records use.
type countingParser struct {
	calls  int
	parsed map[string]bool
}

func (c *countingParser) note(words []string) {
	c.calls++
	c.parsed[strings.Join(words, " ")] = true
}

func (c *countingParser) Parse(words []string) []text.Word {
	c.note(words)
	return syntax.Lazy.Parse(words)
}

func (c *countingParser) ParseTagged(words []string, tags []text.Word) []text.Word {
	c.note(words)
	return syntax.Lazy.(text.TaggedParser).ParseTagged(words, tags)
}

func (c *countingParser) Tag(words []string) []text.Word {
	return syntax.Lazy.(text.Tagger).Tag(words)
}

func (c *countingParser) TagPrefix(words []string, done []text.Word, n int) []text.Word {
	return syntax.Lazy.(text.PrefixTagger).TagPrefix(words, done, n)
}

// BenchmarkParsedWithoutEvent reports, over Reuters, how many sentences the
// extractors parse, how many parse calls that takes (more calls than
// sentences would be a sentence parsed twice), and how many parsed sentences
// hold no exported event, in sentences and in words (the parse's cost grows
// with the words): the most that a check made before the parse could save. Each article goes through the default extractors as in
// extract.Pipeline.Process (English text, cleaned).
func BenchmarkParsedWithoutEvent(b *testing.B) {
	arts, _ := reuters(b)
	xs := extract.DefaultExtractors()
	var calls, parsed, noEvent, toks, tokNoEvent int
	for b.Loop() {
		calls, parsed, noEvent, toks, tokNoEvent = 0, 0, 0, 0, 0
		for _, a := range arts {
			c := cleaner.Text(a.Text)
			if strings.TrimSpace(c.Text) == "" || extract.Language(c.Text) != "en" {
				continue
			}
			r := &annalist.Record{ID: a.ID, Title: a.Title, Published: a.Published, Text: c.Text}
			d := text.Analyze(r.Text, r.Published)
			cp := &countingParser{parsed: map[string]bool{}}
			d.Parser = cp
			for _, x := range xs {
				x.Extract(d, r)
			}
			withEvent := map[int]bool{}
			for _, e := range r.Events {
				withEvent[e.Sentence.Start] = true
				for _, s := range e.Sentences {
					withEvent[s.Start] = true
				}
			}
			calls += cp.calls
			for i, s := range d.Sentences {
				st := d.SentenceTokens(i)
				words := make([]string, len(st))
				for j, t := range st {
					words[j] = t.Text
				}
				if !cp.parsed[strings.Join(words, " ")] {
					continue
				}
				parsed++
				toks += len(st)
				if !withEvent[s.Start] {
					noEvent++
					tokNoEvent += len(st)
				}
			}
		}
	}
	b.ReportMetric(float64(parsed), "parsed-sentences")
	b.ReportMetric(float64(calls), "parse-calls")
	b.ReportMetric(float64(noEvent), "parsed-without-event")
	b.ReportMetric(float64(toks), "parsed-words")
	b.ReportMetric(float64(tokNoEvent), "words-without-event")
}
