package eval

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/ner"
)

// CoNLL-2003's English documents are Reuters world news of 1996 (RCV1),
// tokenised one word a line. No event evaluation reads them, so the events
// the exports carry on them are a second corpus of real news for judged
// events, of politics and war rather than 1987's markets. The judgement
// file keys each event by "conll-train-N" (the N-th document of the file,
// from 0) and the trigger's byte offset in the text rebuilt here; it holds
// no Reuters text, as the corpus may not be redistributed.

// conllDate is the date a dateline ends with ("BRUSSELS 1996-08-22").
var conllDate = regexp.MustCompile(`^\d{4}-\d\d-\d\d$`)

// CoNLLArticles rebuilds each document as an article: the first sentence is
// the headline, a sentence of only a person's name the byline (left out),
// a sentence ending in a date the dateline, which opens the lead as a wire
// dateline does ("BRUSSELS 1996-08-22 - The European ..."), and every
// other sentence a paragraph. prefix names the file in the ids
// ("conll-train").
func CoNLLArticles(docs []ner.Document, prefix string) []*annalist.Article {
	out := make([]*annalist.Article, 0, len(docs))
	for i, d := range docs {
		a := &annalist.Article{ID: prefix + "-" + strconv.Itoa(i), Language: "en"}
		var paras []string
		dateline := ""
		for k, s := range d.Sentences {
			text := joinTokens(s.Words)
			switch {
			case k == 0:
				a.Title = text
				continue
			case k <= 2 && len(paras) == 0 && dateline == "" && allPerson(s.Tags):
				continue
			case len(paras) == 0 && dateline == "" && len(s.Words) > 0 && len(s.Words) <= 6 && conllDate.MatchString(s.Words[len(s.Words)-1]):
				dateline = text
				a.Published = s.Words[len(s.Words)-1]
				continue
			}
			if dateline != "" && len(paras) == 0 {
				text = dateline + " - " + text
			}
			paras = append(paras, text)
		}
		if len(paras) == 0 && dateline != "" {
			paras = append(paras, dateline)
		}
		a.Text = strings.Join(paras, "\n\n")
		out = append(out, a)
	}
	return out
}

func allPerson(tags []string) bool {
	for _, t := range tags {
		if !strings.HasSuffix(t, "-PER") {
			return false
		}
	}
	return len(tags) > 0
}

// joinTokens undoes the tokenisation: no space before closing punctuation
// and clitics, none after an opening bracket or currency sign, and quotes
// alternately opening and closing.
func joinTokens(words []string) string {
	var b strings.Builder
	quoteOpen := false
	noSpace := true
	for _, w := range words {
		if w == "" {
			continue // none from ReadCoNLL; a hand-built document may hold one
		}
		attach := false
		switch {
		case w == `"`:
			attach = quoteOpen
			quoteOpen = !quoteOpen
		case strings.ContainsAny(w[:1], ".,;:!?)]}%") && w != "...":
			attach = true
		case w == "'s" || w == "'" || w == "n't" || w == "'re" || w == "'ve" || w == "'ll" || w == "'d" || w == "'m":
			attach = true
		}
		if b.Len() > 0 && !attach && !noSpace {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		noSpace = w == "(" || w == "[" || w == "$" || (w == `"` && quoteOpen)
	}
	return b.String()
}
