package story

import (
	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract/count"
)

// sumsOf is the sums of money r's title and text name, however written
// ("$137-million", "two million euros", "$2 . 6 - million"), and the
// magnitudes of the quakes it gives (as sums in "Mw"): of each, a
// happening has one, which reports agree on.
func sumsOf(r *annalist.Record) []count.Sum {
	s := r.Title + "\n" + r.Text
	out := count.Sums(s)
	for _, m := range count.Magnitudes(s) {
		out = append(out, count.Sum{Value: m, Currency: magnitude})
	}
	return out
}

// magnitude is the unit of a quake's magnitude among sums.
const magnitude = "Mw"

// measures are the classes of sums compared apart: money, whatever its
// currency, and magnitudes.
var measures = []bool{false, true}

// sumsOfClass is the sums of sums that are magnitudes (mag) or money.
func sumsOfClass(sums []count.Sum, mag bool) []count.Sum {
	var out []count.Sum
	for _, s := range sums {
		if (s.Currency == magnitude) == mag {
			out = append(out, s)
		}
	}
	return out
}

// agree reports whether two sums may be one amount: in one currency within
// a rounding or an estimate of each other, in two within what a conversion
// between the major currencies gives. A second heist, fine or takeover of
// one kind is seldom within that of the first: "85 million euros" and
// "two million euros" are two jewel heists.
func agree(a, b count.Sum) bool {
	if (a.Currency == magnitude) != (b.Currency == magnitude) {
		return false
	}
	lo, hi := min(a.Value, b.Value), max(a.Value, b.Value)
	if a.Currency == magnitude {
		return hi-lo <= magnitudeSpread
	}
	if a.Currency == b.Currency {
		return hi <= sameCurrency*lo
	}
	return hi <= otherCurrency*lo
}

const (
	sameCurrency    = 1.5
	otherCurrency   = 2.0
	magnitudeSpread = 0.41 // agencies' figures for one quake differ by up to a few tenths
)

// anyAgree reports whether some sum of a agrees with some sum of b.
func anyAgree(a, b []count.Sum) bool {
	for _, x := range a {
		for _, y := range b {
			if agree(x, y) {
				return true
			}
		}
	}
	return false
}

// sumsConflict reports whether an article naming sums reports another
// happening than a story's latest articles ms by them: for money or
// magnitudes, at least minGroup of ms name some, and none of those agrees
// with any of the article's. One report's silence hides nothing; two
// reports that name sums, all of them far from the article's, are of
// another happening.
func sumsConflict(sums []count.Sum, ms []member) bool {
	for _, mag := range measures {
		a := sumsOfClass(sums, mag)
		if len(a) == 0 {
			continue
		}
		n := 0
		for i := range ms {
			if !hasClass(ms[i].sums, mag) {
				continue
			}
			if anyAgree(a, ms[i].sums) {
				n = -len(ms)
				break
			}
			n++
		}
		if n >= minGroup {
			return true
		}
	}
	return false
}

// sumsApart reports whether two groups of articles tell of different
// happenings by their sums: for money or magnitudes, each has at least
// minGroup articles naming some, and no sum of one agrees with any of the
// other's.
func sumsApart(a, b []member) bool {
outer:
	for _, mag := range measures {
		if withSums(a, mag) < minGroup || withSums(b, mag) < minGroup {
			continue
		}
		for i := range a {
			for j := range b {
				if anyAgree(sumsOfClass(a[i].sums, mag), b[j].sums) {
					continue outer
				}
			}
		}
		return true
	}
	return false
}

// hasClass reports whether sums hold a magnitude (mag) or a sum of money.
func hasClass(sums []count.Sum, mag bool) bool {
	for _, s := range sums {
		if (s.Currency == magnitude) == mag {
			return true
		}
	}
	return false
}

// withSums counts the articles of ms that name a magnitude (mag) or a sum
// of money.
func withSums(ms []member, mag bool) int {
	n := 0
	for i := range ms {
		if hasClass(ms[i].sums, mag) {
			n++
		}
	}
	return n
}

// rivals parts a story's members ms by their sums, for a split: the
// articles naming sums fall into components, those whose sums agree
// (directly or through others); when a component besides the first's has
// minGroup articles or more, and the first has too, each such component
// is a happening of its own (a second heist the model could not tell from
// the first). It returns the groups, the first holding the oldest member
// and those naming no sum, or nil.
func rivals(ms []member) [][]int {
	for _, mag := range measures {
		if g := rivalsOf(ms, mag); g != nil {
			return g
		}
	}
	return nil
}

// rivalsOf is rivals by magnitudes (mag) or sums of money.
func rivalsOf(ms []member, mag bool) [][]int {
	comp := make([]int, len(ms)) // component of each member naming sums, else -1
	for i := range comp {
		comp[i] = -1
	}
	var groups [][]int
	for i := range ms {
		mine := sumsOfClass(ms[i].sums, mag)
		if len(mine) == 0 {
			continue
		}
		// Joined to every component it agrees with.
		c := -1
		for j := 0; j < i; j++ {
			if comp[j] < 0 || !anyAgree(mine, ms[j].sums) {
				continue
			}
			switch cj := comp[j]; {
			case c < 0:
				c = cj
			case cj != c:
				for k := range comp {
					if comp[k] == cj {
						comp[k] = c
					}
				}
			}
		}
		if c < 0 {
			c = len(groups)
			groups = append(groups, nil)
		}
		comp[i] = c
	}
	size := map[int]int{}
	for _, c := range comp {
		if c >= 0 {
			size[c]++
		}
	}
	// The component of the first member naming sums stays.
	stay := -1
	for _, c := range comp {
		if c >= 0 {
			stay = c
			break
		}
	}
	out := [][]int{nil}
	part := map[int]int{}
	for i, c := range comp {
		if c < 0 || c == stay || size[c] < minGroup {
			out[0] = append(out[0], i)
			continue
		}
		if _, ok := part[c]; !ok {
			part[c] = len(out)
			out = append(out, nil)
		}
		out[part[c]] = append(out[part[c]], i)
	}
	if len(out) < 2 || size[stay] < minGroup {
		return nil
	}
	return out
}
