package eval

import (
	"strings"
	"testing"

	"github.com/annalist/annalist/internal/shared"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract/count"
	"github.com/annalist/annalist/text"
)

func TestScoreCounts(t *testing.T) {
	recs := []PLOVERRecord{
		{ID: "X-0001", Dead: "3", Text: "a"},
		{ID: "X-0002", Dead: "1", Injured: "2", Text: "b"},
		{ID: "X-0003", Size: "Thousands", Text: "c"},
		{ID: "X-0004", Text: "d"}, // no gold: not scored
	}
	fake := map[string][]annalist.Count{
		"a": {{Kind: "killed", Number: 3}, {Kind: "arrested", Number: 5}},
		"b": {{Kind: "killed", Number: 1}, {Kind: "injured", Number: 3}},
		"c": {{Kind: "protesters", Number: 2000, Text: "thousands of protesters"}},
		"d": {{Kind: "killed", Number: 9}},
	}
	s := ScoreCounts(recs, func(body, _ string) []annalist.Count { return fake[body] })
	if s.Records != 2 || s.Gold != 3 || s.Extracted != 3 || s.Matched != 2 || s.SizeRecords != 1 || s.SizeFound != 1 {
		t.Errorf("score = %+v", s)
	}
	if len(s.Misses) != 1 || s.Misses[0].ID != "X-0002" {
		t.Errorf("misses = %+v", s.Misses)
	}
	if p, r := s.Precision(), s.Recall(); p < 0.66 || p > 0.67 || r < 0.66 || r > 0.67 {
		t.Errorf("P %v R %v, want 2/3 each", p, r)
	}
	odd, even := SplitPLOVER(recs)
	if len(odd) != 2 || len(even) != 2 || odd[1].ID != "X-0003" {
		t.Errorf("split = %v / %v", odd, even)
	}
}

// TestCountsOnPLOVER is the sanity check of the count extractor on the
// PLOVER gold records; it fails only on a collapse.
func TestCountsOnPLOVER(t *testing.T) {
	recs, err := ReadPLOVER(shared.Require(t, "eval/plover/PLOVER_GSR_CAMEO.txt"))
	if err != nil {
		t.Fatal(err)
	}
	s := ScoreCounts(recs, func(body, date string) []annalist.Count {
		return count.Find(text.Analyze(body, date))
	})
	var b strings.Builder
	s.Report(&b, "plover")
	s.ReportMisses(&b)
	t.Log(b.String())
	if s.Recall() < 0.7 || s.Precision() < 0.7 {
		t.Errorf("counts on PLOVER fell: %s", b.String())
	}
}
