package story_test

import (
	"slices"
	"testing"

	"github.com/annalist/annalist/story"
)

// Two reports of one kind of happening (a supermarket fire in England)
// that name towns far apart: the same model learns that two reports whose
// towns and regions never agree are seldom of one happening (locals_apart),
// which the most named place alone misses when one report names the town
// and the other its street or county. Invented for stories10.
func TestLocalsApartLowersTheJoin(t *testing.T) {
	const (
		story1 = `A fire destroyed a supermarket in Harrogate in North Yorkshire overnight, and police said they were treating it as suspicious. Twelve fire crews fought the blaze in Harrogate for six hours. Nobody was hurt, North Yorkshire Fire and Rescue said.`
		story2 = `Police in Harrogate arrested a man on suspicion of arson on Monday after the fire that gutted a supermarket in the North Yorkshire town. The store's manager said it would stay shut for months.`
		same   = `Fire investigators returned to the burnt-out supermarket in Harrogate on Tuesday, as North Yorkshire police questioned a second man over the blaze.`
		far    = `A fire gutted a supermarket in Truro in Cornwall overnight, and police said they were treating it as suspicious. Eight fire crews fought the blaze in Truro for five hours. Nobody was hurt, Cornwall Fire and Rescue said.`
	)
	i := slices.Index(story.PairFeatures, "locals_apart")
	if i < 0 {
		t.Fatal("no locals_apart among the pair features")
	}
	m := story.DefaultJoinModel()
	if m.Same[i] >= 0 {
		t.Fatalf("same.locals_apart weighs %.3f, want it learnt negative", m.Same[i])
	}
	x := story.NewIndex(story.Options{})
	x.Assign(analyse(t, "h1", "", story1))
	x.Assign(analyse(t, "h2", "", story2))
	apart := func(id, body string) (float64, float64) {
		t.Helper()
		for _, c := range x.Candidates(analyse(t, id, "", body)) {
			if c.Story != "h1" {
				continue
			}
			n := 0.0
			for _, p := range c.Pairs {
				n += p[i]
			}
			// The score the model gives without the feature, for the
			// comparison.
			var without [][]float64
			for _, p := range c.Pairs {
				q := slices.Clone(p)
				q[i] = 0
				without = append(without, q)
			}
			return n / float64(len(c.Pairs)), m.Score(c.Kind, c.Pairs) - m.Score(c.Kind, without)
		}
		t.Fatalf("%s: the Harrogate story is no candidate", id)
		return 0, 0
	}
	if a, d := apart("same", same); a != 0 || d != 0 {
		t.Errorf("a report from the same town: locals_apart %.2f (score change %.3f), want 0", a, d)
	}
	if a, d := apart("far", far); a != 1 || d >= 0 {
		t.Errorf("a report from Truro: locals_apart %.2f (score change %.3f), want 1 and a lower score", a, d)
	}
}
