package event

import "testing"

// Fixes of the review25 round, each on sentences written for it.

// TestForecastAfterPronoun: a possibility told before "..., he warned" is
// a forecast as it is before "..., economists warned"; the speaker's
// pronoun is no pronoun of what is said. One in what is said ("we could")
// keeps the threat.
func TestForecastAfterPronoun(t *testing.T) {
	noEvent(t, "Fighting could spread to the capital, he warned.")
	noEvent(t, "Inflation may soar next year, she warned.")
	wantType(t, "We could strike the capital within days, he warned.", "THREATEN")
}

