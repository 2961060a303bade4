package quote

import (
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
	f.Fuzz(func(t *testing.T, s string) {
		ents := entities(s, []person{smith, jones, {"He", nil, "president"}})
		ents = append(ents, annalist.Entity{ID: "bad", Type: annalist.Person, Name: "Bad",
			Mentions: []annalist.Span{{Start: -1, End: 3}, {Start: 2, End: 1}, {Start: 0, End: len(s) + 5}}})
		end := 0
		for _, q := range Find(text.Analyze(s, ""), ents) {
			if q.Start < end || q.End > len(s) || q.Start >= q.End {
				t.Fatalf("quote %+v out of bounds or overlapping in %q", q, s)
			}
			end = q.End
			if s[q.Start:q.End] != q.Text {
				t.Fatalf("quote %+v: text is not s[%d:%d] of %q", q, q.Start, q.End, s)
			}
			if q.Speaker != "" && q.SpeakerEntity == "" || q.SpeakerEntity == "bad" {
				t.Fatalf("quote %+v: bad speaker in %q", q, s)
			}
		}
	})
}
