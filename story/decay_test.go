package story

import (
	"math"
	"testing"
)

// A report a week after a story's last keeps about two thirds of its
// odds, three weeks after a sixth; dates that overlap or lie within three
// days, or that one side lacks, cost nothing.
func TestGapDecay(t *testing.T) {
	for _, c := range []struct {
		a1, a2, b1, b2 string
		want           float64
	}{
		{"2026-03-10", "2026-03-10", "2026-03-01", "2026-03-03", math.Exp(-0.4)},
		{"2026-03-24", "2026-03-24", "2026-03-01", "2026-03-03", math.Exp(-1.8)},
		{"2026-03-01", "2026-03-03", "2026-03-24", "2026-03-30", math.Exp(-1.8)},
		{"2026-03-02", "2026-03-20", "2026-03-10", "2026-03-12", 1},
		{"2026-03-05", "2026-03-05", "2026-03-01", "2026-03-02", 1},
		{"", "", "2026-03-01", "2026-03-02", 1},
	} {
		if got := gapDecay(c.a1, c.a2, c.b1, c.b2); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("gapDecay(%s..%s, %s..%s) = %.4f, want %.4f", c.a1, c.a2, c.b1, c.b2, got, c.want)
		}
	}
}
