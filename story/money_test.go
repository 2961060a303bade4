package story

import (
	"fmt"
	"testing"

	"github.com/annalist/annalist/extract/count"
)

func sums(vs ...any) []count.Sum {
	var out []count.Sum
	for i := 0; i+1 < len(vs); i += 2 {
		out = append(out, count.Sum{Value: vs[i].(float64), Currency: vs[i+1].(string)})
	}
	return out
}

func TestSumsAgree(t *testing.T) {
	for _, c := range []struct {
		a, b []count.Sum
		want bool
	}{
		{sums(87.9e6, "USD"), sums(88e6, "USD"), true},             // rounded
		{sums(85e6, "EUR"), sums(108e6, "USD"), true},              // converted
		{sums(2e6, "EUR"), sums(85e6, "EUR", 74e6, "GBP"), false},  // two heists
		{sums(310e6, "EUR"), sums(95e6, "EUR"), false},             // two fines
		{sums(1.2e9, "USD", 38.0, "USD"), sums(38.0, "USD"), true}, // one share price
		{sums(1e6, "USD"), sums(1.6e6, "USD"), false},              // past an estimate
	} {
		if got := anyAgree(c.a, c.b); got != c.want {
			t.Errorf("anyAgree(%v, %v) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestSumsConflict(t *testing.T) {
	heist := []member{{sums: sums(85e6, "EUR")}, {}, {sums: sums(108e6, "USD")}}
	if !sumsConflict(sums(2e6, "EUR", 2.6e6, "USD"), heist) {
		t.Error("a two-million-euro heist joins the 85-million one")
	}
	if sumsConflict(sums(74e6, "GBP"), heist) {
		t.Error("the 85-million heist in pounds is told apart from itself")
	}
	if sumsConflict(nil, heist) || sumsConflict(sums(2e6, "EUR"), heist[:2]) {
		t.Error("silence, or one report's sum, conflicts")
	}
	quakes := []member{{sums: sums(5.6, magnitude, 1e6, "USD")}, {sums: sums(5.6, magnitude)}}
	if !sumsConflict(sums(6.4, magnitude, 1e6, "USD"), quakes) || sumsConflict(sums(1e6, "USD"), quakes) {
		t.Error("sumsConflict: want magnitudes and money compared apart")
	}
	if sumsConflict(sums(5.9, magnitude), quakes) {
		t.Error("a quake that another agency put three tenths higher is another quake")
	}
	other := []member{{sums: sums(2e6, "EUR")}, {sums: sums(2.6e6, "USD")}, {}}
	if !sumsApart(heist, other) || sumsApart(heist, append(other, member{sums: sums(80e6, "EUR")})) {
		t.Error("sumsApart: want apart only while no sum of one agrees with the other's")
	}
}

func TestRivals(t *testing.T) {
	ms := []member{
		{sums: sums(85e6, "EUR")}, {}, {sums: sums(108e6, "USD")}, // one heist
		{sums: sums(2e6, "EUR")}, {}, {sums: sums(2.6e6, "USD"), facts: factSet{}}, // another
		{sums: sums(35e3, "USD")}, // a reward, alone
	}
	if got := fmt.Sprint(rivals(ms)); got != "[[0 1 2 4 6] [3 5]]" {
		t.Errorf("rivals = %s, want [[0 1 2 4 6] [3 5]]", got)
	}
	if got := rivals(ms[:4]); got != nil {
		t.Errorf("rivals of one sum against two = %v, want none", got)
	}
	ms[4].sums = sums(80e6, "EUR", 2e6, "EUR") // a report naming both joins them
	if got := rivals(ms); got != nil {
		t.Errorf("rivals with a bridge = %v, want none", got)
	}
}
