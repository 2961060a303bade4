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
