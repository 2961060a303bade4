package story

import (
	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract/count"
)

// sumsOf is the sums of money r's title and text name, however written
// ("$137-million", "two million euros", "$2 . 6 - million").
func sumsOf(r *annalist.Record) []count.Sum {
	return count.Sums(r.Title + "\n" + r.Text)
}

// agree reports whether two sums may be one amount: in one currency within
// a rounding or an estimate of each other, in two within what a conversion
// between the major currencies gives. A second heist, fine or takeover of
// one kind is seldom within that of the first: "85 million euros" and
// "two million euros" are two jewel heists.
func agree(a, b count.Sum) bool {
	lo, hi := min(a.Value, b.Value), max(a.Value, b.Value)
	if a.Currency == b.Currency {
		return hi <= sameCurrency*lo
	}
	return hi <= otherCurrency*lo
}

const (
	sameCurrency  = 1.5
	otherCurrency = 2.0
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
// happening than a story's latest articles ms by them: at least minGroup
// of ms name sums, and none of those sums agrees with any of the
// article's. One report's silence hides nothing; two reports that name
// sums, all of them far from the article's, are of another happening.
func sumsConflict(sums []count.Sum, ms []member) bool {
	if len(sums) == 0 {
		return false
	}
	n := 0
	for i := range ms {
		if len(ms[i].sums) == 0 {
			continue
		}
		if anyAgree(sums, ms[i].sums) {
			return false
		}
		n++
	}
	return n >= minGroup
}

// sumsApart reports whether two groups of articles tell of different
// happenings by their sums: each has at least minGroup articles naming
// sums, and no sum of one agrees with any of the other's.
func sumsApart(a, b []member) bool {
	if withSums(a) < minGroup || withSums(b) < minGroup {
		return false
	}
	for i := range a {
		for j := range b {
			if anyAgree(a[i].sums, b[j].sums) {
				return false
			}
		}
	}
	return true
}

// withSums counts the articles of ms that name a sum.
func withSums(ms []member) int {
	n := 0
	for i := range ms {
		if len(ms[i].sums) > 0 {
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
	comp := make([]int, len(ms)) // component of each member naming sums, else -1
	for i := range comp {
		comp[i] = -1
	}
	var groups [][]int
	for i := range ms {
		if len(ms[i].sums) == 0 {
			continue
		}
		// Joined to every component it agrees with.
		c := -1
		for j := 0; j < i; j++ {
			if comp[j] < 0 || !anyAgree(ms[i].sums, ms[j].sums) {
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
