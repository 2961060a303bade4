package story

import (
	"slices"
	"testing"

	"github.com/annalist/annalist"
)

// A figure written with a thousands separator is no year: "2,000
// supporters" in one report would otherwise name the year 2000, and years
// are what two groups of reports conflict by.
func TestFactsThousandsAreNoYear(t *testing.T) {
	fs := facts(&annalist.Record{}, map[string]float64{}, Words("about 2,000 supporters in 2008, 1,950 of them students"))
	for _, want := range []string{numberPrefix + "2000", numberPrefix + "1950", yearPrefix + "2008"} {
		if !slices.Contains(fs, want) {
			t.Errorf("facts %v: want %s", fs, want)
		}
	}
	for _, no := range []string{yearPrefix + "2000", yearPrefix + "1950"} {
		if slices.Contains(fs, no) {
			t.Errorf("facts %v: %s read from a figure", fs, no)
		}
	}
}
