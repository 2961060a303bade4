package eval

import (
	"slices"
	"testing"
)

// TestTopicScores: a topic whose two happenings share a story is scored
// apart from a topic told right, with what each story holds.
func TestTopicScores(t *testing.T) {
	docs := []*ECBDoc{
		{ID: "1a", Topic: "1"}, {ID: "1b", Topic: "1"}, {ID: "1c", Topic: "1"},
		{ID: "2a", Topic: "2"}, {ID: "2b", Topic: "2"},
	}
	gold := map[string]string{"1a": "1_ecb", "1b": "1_ecb", "1c": "1_ecbplus", "2a": "2_ecb", "2b": "2_ecb"}
	pred := map[string]string{"1a": "s1", "1b": "s1", "1c": "s1", "2a": "s2", "2b": "s2"}
	ts := topicScores(docs, gold, pred)
	if len(ts) != 2 || ts[0].Topic != "1" || ts[1].Topic != "2" {
		t.Fatalf("topics %+v, want 1 then 2", ts)
	}
	if ts[0].Score.R != 1 || ts[0].Score.P > 0.6 || !slices.Equal(ts[0].Stories, []string{"1_ecb:2 1_ecbplus:1"}) {
		t.Errorf("topic 1: %+v, want recall 1, precision 5/9, one story holding both", ts[0])
	}
	if ts[1].Score.F != 1 {
		t.Errorf("topic 2: %+v, want F1 1", ts[1])
	}
}
