package eval

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/story"
	"github.com/annalist/annalist/text"
)

// Syndicate makes the copy another outlet would run of a wire story: its
// own header and footer, the dateline removed, and one sentence dropped
// (not the first). The same seed gives the same copy.
func Syndicate(body string, seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	body = dateline.ReplaceAllString(strings.TrimSpace(body), "")
	d := text.Analyze(body, "")
	var kept []string
	drop := -1
	if n := len(d.Sentences); n > 2 {
		drop = 1 + rng.IntN(n-1)
	}
	for i, s := range d.Sentences {
		if i != drop {
			kept = append(kept, body[s.Start:s.End])
		}
	}
	outlet := outlets[rng.IntN(len(outlets))]
	header := fmt.Sprintf(headers[rng.IntN(len(headers))], outlet)
	footer := fmt.Sprintf(footers[rng.IntN(len(footers))], outlet)
	return header + "\n\n" + strings.Join(kept, " ") + "\n\n" + footer
}

// dateline is a wire story's opening place and date: "NEW YORK, March 3 - ".
var dateline = regexp.MustCompile(`^[A-Z][A-Z .,'-]{1,40}(, [A-Z][a-z]+\.? \d{1,2})? (-|–|—) `)

var (
	outlets = []string{"The Daily Courier", "Evening Herald", "Metro Business Journal", "The Valley Times", "Northern Gazette"}
	headers = []string{
		"%s | Business desk | Staff and wire reports",
		"From our wire services. Published by %s. Share this article on social media.",
		"%s — Markets. Sign up for our morning briefing to get news like this in your inbox.",
	}
	footers = []string{
		"Copyright %s. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
		"Reporting by wire staff; additional reporting by %s. Follow us for more business news.",
		"Read more stories like this at %s. Comments are closed for this article.",
	}
)

// DuplicateScore is how well near-copies were told from different
// stories.
type DuplicateScore struct {
	Originals, Copies int
	Found             int // copies marked a copy of their original
	Marked            int // articles marked a copy of anything
	Wrong             int // marked a copy of an article they do not copy
	MarkedOriginals   int // of the marks, originals marked a copy of another
}

// Recall is the share of copies found; Precision the share of marks that
// are right.
func (s DuplicateScore) Recall() float64    { return ratio(s.Found, s.Copies) }
func (s DuplicateScore) Precision() float64 { return ratio(s.Marked-s.Wrong, s.Marked) }

// EvaluateDuplicates ingests the originals one after another into a fresh
// story.Index, then a syndicated copy of every other original, and counts
// how many copies are marked duplicate_of their original and how many
// marks are wrong. Originals are compared with each other too: one marked a
// copy of another counts as wrong unless the two bodies are the same text
// after white space, so that the corpus's own repeats count for nothing.
func EvaluateDuplicates(originals []*annalist.Article, opt story.Options) DuplicateScore {
	idx := story.NewIndex(opt)
	var sc DuplicateScore
	orig := map[string]string{} // id → body
	root := map[string]string{} // id → the original it copies, or itself
	for _, a := range originals {
		r := &annalist.Record{ID: a.ID, Text: a.Text, Published: a.Published, Title: a.Title}
		idx.Assign(r)
		sc.Originals++
		orig[a.ID] = a.Text
		root[a.ID] = a.ID
		if r.DuplicateOf != "" {
			root[a.ID] = r.DuplicateOf
		}
		if r.DuplicateOf != "" {
			sc.Marked++
			sc.MarkedOriginals++
			if exactContainment(orig[r.DuplicateOf], a.Text) < 0.5 {
				sc.Wrong++
			}
		}
	}
	for i, a := range originals {
		if i%2 == 1 {
			continue
		}
		r := &annalist.Record{ID: a.ID + "-copy", Text: Syndicate(a.Text, uint64(i)), Published: a.Published}
		idx.Assign(r)
		sc.Copies++
		if r.DuplicateOf == "" {
			continue
		}
		sc.Marked++
		// A copy of a story the corpus itself repeats is a copy of the
		// first issue.
		if r.DuplicateOf == a.ID || r.DuplicateOf == root[a.ID] {
			sc.Found++
		} else {
			sc.Wrong++
		}
	}
	return sc
}

// exactContainment is the share of the smaller text's distinct word
// shingles that the other holds, counted exactly.
func exactContainment(a, b string) float64 {
	sa, sb := wordTriples(a), wordTriples(b)
	if len(sa) > len(sb) {
		sa, sb = sb, sa
	}
	if len(sa) == 0 {
		return 0
	}
	n := 0
	for s := range sa {
		if sb[s] {
			n++
		}
	}
	return float64(n) / float64(len(sa))
}

// wordTriples is the set of story.Words shingles of three, as the sketch
// uses them.
func wordTriples(s string) map[string]bool {
	w := story.Words(s)
	out := map[string]bool{}
	for i := 0; i+3 <= len(w); i++ {
		out[strings.Join(w[i:i+3], " ")] = true
	}
	return out
}
