package quote

import (
	"strings"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/text"
)

// FuzzFind checks that any text yields quotes whose spans are in bounds,
// do not overlap and equal their text, and whose speakers are entities.
func FuzzFind(f *testing.F) {
	for _, tt := range findTests {
		f.Add(tt.in)
	}
	f.Add("“open\n\n“and open\n\n")
	f.Add("'a' 'b 'c' ‘d’ ’e‘")
	f.Add("\"\"\"")
	f.Add("a00, sAid") // a cue that ends the text: no word after it
	f.Fuzz(func(t *testing.T, s string) {
		ents := entities(s, []person{smith, jones, {"He", nil, "president"}})
		ents = append(ents, annalist.Entity{ID: "bad", Type: annalist.Person, Name: "Bad",
			Mentions: []annalist.Span{{Start: -1, End: 3}, {Start: 2, End: 1}, {Start: 0, End: len(s) + 5}}})
		end := 0
		start := 0
		for _, q := range Find(text.Analyze(s, ""), ents) {
			if q.Start < start || q.End > len(s) || q.Start >= q.End {
				t.Fatalf("quote %+v out of bounds or out of order in %q", q, s)
			}
			start = q.Start
			if q.Type == "direct" {
				// Direct quotes do not overlap; reported clauses may hold them.
				if q.Start < end {
					t.Fatalf("direct quote %+v overlaps another in %q", q, s)
				}
				end = q.End
			} else if q.Type != "indirect" && q.Type != "mixed" {
				t.Fatalf("quote %+v: type %q", q, q.Type)
			}
			if s[q.Start:q.End] != q.Text {
				t.Fatalf("quote %+v: text is not s[%d:%d] of %q", q, q.Start, q.End, s)
			}
			if q.SpeakerEntity == "bad" || q.Speaker != "" && q.SpeakerEntity == "" && !strings.Contains(s, q.Speaker) {
				t.Fatalf("quote %+v: bad speaker in %q", q, s)
			}
		}
	})
}
