package timex

import (
	"time"

	"github.com/annalist/annalist"
)

// monthAt reads a month name at i. Abbreviations ("Jan.", "Sept") must be
// capitalised; abbr tells them apart, since alone they are too ambiguous.
func (c *ctx) monthAt(i int) (m, j int, abbr, ok bool) {
	t := c.t
	if !t.alpha(i) {
		return 0, i, false, false
	}
	w := t.low(i)
	if m, ok := months[w]; ok {
		if ambiguousMonths[w] && !t.capital(i) {
			return 0, i, false, false
		}
		return m, i + 1, false, true
	}
	if m, ok := monthAbbr[w]; ok && t.capital(i) {
		return m, t.dot(i + 1), true, true
	}
	return 0, i, false, false
}

// dayAt reads a day of the month: "5", "05", "5th".
func (c *ctx) dayAt(i int) (d, j int, ok bool) {
	t := c.t
	if !t.digit(i) || len(t[i].s) > 2 || t[i].num < 1 || t[i].num > 31 {
		return 0, i, false
	}
	j = i + 1
	if t.is(j, "st", "nd", "rd", "th") && t.glued(j) {
		j++
	}
	// "5.30", "5:30", "5-6", "5,000" are not days.
	if t.is(j, ".", ":", "-", "/", ",") && t.glued(j) && t.digit(j+1) && t.glued(j+1) {
		return 0, i, false
	}
	if t.alpha(j) && t.glued(j) {
		return 0, i, false
	}
	return t[i].num, j, true
}

// yearAt reads a four-digit year.
func (c *ctx) yearAt(i int) (y, j int, ok bool) {
	t := c.t
	if !t.digit(i) || len(t[i].s) != 4 || t[i].num < 1000 || t[i].num > 2199 {
		return 0, i, false
	}
	j = i + 1
	if (t.alpha(j) || t.digit(j)) && t.glued(j) {
		return 0, i, false
	}
	if t.is(j, ",", ".") && t.glued(j) && t.digit(j+1) && t.glued(j+1) {
		return 0, i, false
	}
	return t[i].num, j, true
}

// yearFor picks the year of a month (d == 0) or day named without one, from
// the publication date and the tense of the clause. (Taking a year named
// earlier in the sentence instead did worse on TimeBank news.)
func (c *ctx) yearFor(i, j, m, d int) (y int, dct, ok bool) {
	if !c.hasDCT {
		// Without a publication date, a narrative's own year carries
		// ("In 1941 ... On December 7"), as HeidelTime does for narratives.
		if c.ref.ok() && c.ref.g >= gYear && !c.refDCT {
			return c.ref.y, false, true
		}
		return 0, true, false
	}
	// The tense may cost a parse: it is asked only when it changes the
	// year, which for most months it does not.
	best := c.nearestYear(m, d, 0)
	if c.nearestYear(m, d, -1) != best || c.nearestYear(m, d, 1) != best {
		best = c.nearestYear(m, d, c.tense(i, j))
	}
	return best, true, true
}

// nearestYear is the year of the instance of month m (and day d, 0 for the
// month) nearest the publication date, a year before or after it, with
// distances against the clause's tense counted double.
func (c *ctx) nearestYear(m, d, tense int) int {
	best, bestCost := c.dct.Year(), -1.0
	for y := c.dct.Year() - 1; y <= c.dct.Year()+1; y++ {
		dd := d
		if dd == 0 {
			dd = 15
		}
		cand := time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
		days := cand.Sub(c.dct).Hours() / 24
		cost := days
		if cost < 0 {
			cost = -cost
		}
		if d == 0 && cost < 16 {
			cost = 0 // the month of publication itself
		}
		if tense < 0 && days > 7 || tense > 0 && days < -7 {
			cost *= 2
		}
		if bestCost < 0 || cost < bestCost {
			best, bestCost = y, cost
		}
	}
	return best
}

// ruleAbsolute: "5 January 2022", "Wednesday, January 5, 2022", "Jan. 5",
// "2022-01-05", "05.01.2022", "1/5/2022".
func (c *ctx) ruleAbsolute(i int) (match, bool) {
	t := c.t
	k := i
	if _, ok := weekdays[t.low(i)]; ok {
		k = t.comma(i + 1)
		if t.is(k, "the") {
			k++
		}
	}
	// ISO 8601.
	if t.digit(k) && len(t[k].s) == 4 && t.is(k+1, "-") && t.glued(k+1) && t.digit(k+2) && len(t[k+2].s) == 2 &&
		t.glued(k+2) && t.is(k+3, "-") && t.glued(k+3) && t.digit(k+4) && len(t[k+4].s) == 2 && t.glued(k+4) &&
		!(t.glued(k+5) && (t.digit(k+5) || t.alpha(k+5) && !t.is(k+5, "t"))) {
		y, m, d := t[k].num, t[k+2].num, t[k+4].num
		if validDate(y, m, d) {
			// "2022-01-05T15:00"
			if e := k + 5; t.is(e, "t") && t.glued(e) && t.digit(e+1) && t.glued(e+1) && t.is(e+2, ":") && t.glued(e+2) &&
				t.digit(e+3) && t.glued(e+3) && t[e+1].num < 24 && t[e+3].num < 60 {
				end := e + 4
				for t.is(end, ":") && t.glued(end) && t.digit(end+1) && t.glued(end+1) {
					end += 2 // seconds, dropped from the value
				}
				return dateMatch(end, point{g: gClock, y: y, m: m, d: d, hh: t[e+1].num, mm: t[e+3].num}, false), true
			}
			return dateMatch(k+5, point{g: gDay, y: y, m: m, d: d}, false), true
		}
	}
	// Numeric day.month.year (European) and month/day/year (US).
	if t.digit(k) && len(t[k].s) <= 2 && t.is(k+1, ".", "/") && t.glued(k+1) && t.digit(k+2) && len(t[k+2].s) <= 2 &&
		t.glued(k+2) && t.low(k+3) == t.low(k+1) && t.glued(k+3) && t.digit(k+4) && t.glued(k+4) &&
		(len(t[k+4].s) == 4 || len(t[k+4].s) == 2) && !(t.glued(k+5) && (t.digit(k+5) || t.is(k+5, "/"))) {
		a, b, y := t[k].num, t[k+2].num, t[k+4].num
		if len(t[k+4].s) == 2 {
			y += 1900
			if y < 1950 {
				y += 100
			}
		}
		d, m := a, b
		if t.low(k+1) == "/" && a <= 12 {
			d, m = b, a
		}
		if validDate(y, m, d) {
			return dateMatch(k+5, point{g: gDay, y: y, m: m, d: d}, false), true
		}
	}
	var d, m, j int
	var ok bool
	if d, j, ok = c.dayAt(k); ok {
		if t.is(j, "of") {
			j++
		}
		if m, j, _, ok = c.monthAt(j); !ok {
			return match{}, false
		}
	} else if m, j, _, ok = c.monthAt(k); ok {
		if t.is(j, "the") {
			j++
		}
		if d, j, ok = c.dayAt(j); !ok {
			return match{}, false
		}
	} else {
		return match{}, false
	}
	if y, yend, ok := c.yearAt(t.comma(j)); ok && validDate(y, m, d) {
		return dateMatch(yend, point{g: gDay, y: y, m: m, d: d}, false), true
	}
	y, dct, ok := c.yearFor(i, j, m, d)
	if !ok {
		return match{end: j, typ: annalist.Date, dct: true}, true
	}
	if !validDate(y, m, d) {
		return match{}, false
	}
	return dateMatch(j, point{g: gDay, y: y, m: m, d: d}, dct), true
}

// monthCue words before a lone "May", "March" or "August" make it a month.
var monthCue = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "early": true,
	"late": true, "mid": true, "last": true, "next": true, "this": true, "of": true,
	"from": true, "during": true, "through": true, "to": true, "and": true, "between": true,
	"before": true, "after": true, "-": true, "or": true, "throughout": true, "end": true,
}

// ruleMonth: "January 2022", "January of 1998", "January", "in May".
func (c *ctx) ruleMonth(i int) (match, bool) {
	t := c.t
	m, j, abbr, ok := c.monthAt(i)
	if !ok {
		return match{}, false
	}
	k := j
	if t.is(k, "of") || t.is(k, ",") {
		k++
	}
	if y, end, ok := c.anyYearAt(k); ok {
		return dateMatch(end, point{g: gMonth, y: y, m: m}, false), true
	}
	if t.is(k, "this", "last", "next") && t.is(k+1, "year") && c.hasDCT {
		y := c.dct.Year()
		if t.is(k, "last") {
			y--
		} else if t.is(k, "next") {
			y++
		}
		return dateMatch(k+2, point{g: gMonth, y: y, m: m}, true), true
	}
	if abbr || !t.capital(i) && !monthCue[t.low(i-1)] {
		return match{}, false
	}
	if ambiguousMonths[t.low(i)] && !monthCue[t.low(i-1)] {
		return match{}, false
	}
	y, dct, ok := c.yearFor(i, j, m, 0)
	if !ok {
		return match{end: j, typ: annalist.Date, dct: true}, true
	}
	return dateMatch(j, point{g: gMonth, y: y, m: m}, dct), true
}

// strongYearCue words make any following four-digit number a year.
var strongYearCue = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "during": true,
	"before": true, "after": true, "early": true, "late": true, "mid": true, "fiscal": true,
	"year": true, "throughout": true, "circa": true,
}

// ruleYear: "2019", "fiscal 1998", "FY2022", "the year 2000".
func (c *ctx) ruleYear(i int) (match, bool) {
	t := c.t
	k := i
	switch {
	case t.is(i, "fiscal"):
		k = i + 1
	case t.is(i, "fy") && t.capital(i):
		k = i + 1
	}
	y, j, ok := c.yearAt(k)
	if !ok {
		if y, j, ok = c.spokenYear(k); ok {
			return dateMatch(j, point{g: gYear, y: y}, false), true
		}
		return match{}, false
	}
	prev := t.low(k - 1)
	if t.glued(k) && !t.is(k-1, "-", "(", "fy", "'", "\"") {
		return match{}, false
	}
	if t.is(j, "gmt", "utc", "hours", "hrs", "h", "%", "percent", "per") {
		return match{}, false
	}
	if y < 1900 && !yearCue[prev] && k == i {
		return match{}, false
	}
	// "the 1995 shooting", "a 1998 law": a year used as an adjective.
	adjective := (t.is(k-1, "the", "that", "this", "a", "its", "his", "her", "their") || t.is(k-1, "s") && t.is(k-2, "'")) && y >= 1900 && y < 2100 ||
		t.is(k-1, "-", "/") && t.glued(k) && len(t.low(k-2)) == 4 && t.digit(k-2) // "2008-2009"
	if next := t.low(j); t.alpha(j) && !t.capital(j) && !yearFollow[next] && !strongYearCue[prev] && !adjective && k == i {
		return match{}, false
	}
	if t.is(k-1, "$", "£", "€", "#", "no", "number") {
		return match{}, false
	}
	return dateMatch(j, point{g: gYear, y: y}, false), true
}

// ruleDecade: "the 1990s", "the '90s", "the nineties".
func (c *ctx) ruleDecade(i int) (match, bool) {
	t := c.t
	if t.digit(i) && len(t[i].s) == 4 && t[i].num%10 == 0 && t.is(i+1, "s") && t.glued(i+1) {
		return decadeMatch(i+2, t[i].num), true
	}
	if t.is(i, "'") && t.digit(i+1) && t.glued(i+1) && len(t[i+1].s) == 2 && t[i+1].num%10 == 0 &&
		t.is(i+2, "s") && t.glued(i+2) {
		y := 1900 + t[i+1].num
		if t[i+1].num < 30 {
			y += 100
		}
		return decadeMatch(i+3, y), true
	}
	if n, ok := decadeWords[t.low(i)]; ok && t.is(i-1, "the", "early", "mid", "late", "-") {
		return decadeMatch(i+1, 1900+10*n), true
	}
	return match{}, false
}

func decadeMatch(end, y int) match {
	return match{end: end, typ: annalist.Date, val: point{g: gDecade, y: y}.value(), pt: point{g: gDecade, y: y}}
}

// ruleCentury: "the 20th century", "the nineteenth century".
func (c *ctx) ruleCentury(i int) (match, bool) {
	t := c.t
	n, j := 0, i
	if t.digit(i) && t.is(i+1, "st", "nd", "rd", "th") && t.glued(i+1) {
		n, j = t[i].num, i+2
	} else if v, ok := ordinals[t.low(i)]; ok {
		n, j = v, i+1
	}
	if n < 1 || n > 30 || !t.is(j, "century") {
		return match{}, false
	}
	p := point{g: gCentury, y: (n - 1) * 100}
	return match{end: j + 1, typ: annalist.Date, val: p.value(), pt: p}, true
}

// ruleSeason: "summer 1998", "the summer of 2019", "in spring".
func (c *ctx) ruleSeason(i int) (match, bool) {
	t := c.t
	s, ok := seasons[t.low(i)]
	if !ok {
		return match{}, false
	}
	j := i + 1
	k := j
	if t.is(k, "of") || t.is(k, ",") {
		k++
	}
	if y, end, ok := c.anyYearAt(k); ok {
		return dateMatch(end, point{g: gSeason, y: y, season: s}, false), true
	}
	if !t.is(i-1, "in", "during", "by", "until", "since", "early", "late", "mid", "-", "over") {
		return match{}, false
	}
	y, dct, ok := c.yearFor(i, j, seasonMonth[s], 0)
	if !ok {
		return match{end: j, typ: annalist.Date, dct: true}, true
	}
	return dateMatch(j, point{g: gSeason, y: y, season: s}, dct), true
}

// ruleQuarter: "the third quarter", "third-quarter", "the first quarter
// of 1998", "Q3", "Q3 2022", "the second half of last year".
func (c *ctx) ruleQuarter(i int) (match, bool) {
	t := c.t
	k := i
	if t.is(k, "the") {
		k++
	}
	if t.is(k, "fiscal") {
		k++
	}
	var n int
	g := gQuarter
	switch {
	case t.low(k) == "q" && t.capital(k) && t.digit(k+1) && t.glued(k+1) && t[k+1].num >= 1 && t[k+1].num <= 4 && len(t[k+1].s) == 1:
		n, k = t[k+1].num, k+2
	case t.is(k, "h") && t.capital(k) && t.digit(k+1) && t.glued(k+1) && t[k+1].num >= 1 && t[k+1].num <= 2 && len(t[k+1].s) == 1:
		n, k, g = t[k+1].num, k+2, gHalf
	default:
		if t.digit(k) && t.is(k+1, "st", "nd", "rd", "th") && t.glued(k+1) {
			n, k = t[k].num, k+2
		} else if v, ok := ordinals[t.low(k)]; ok {
			n, k = v, k+1
		} else if t.is(k, "final") && t.is(k+1, "quarter") {
			n, k = 4, k+1
		} else if t.is(k, "last") && t.is(k+1, "quarter") && t.is(k+2, "of") {
			n, k = 4, k+1
		} else if t.is(k, "latest", "last", "past") && t.is(k+1, "quarter") && t.is(i, "the") || t.is(k, "most") && t.is(k+1, "recent") && t.is(k+2, "quarter") {
			// The last quarter completed before publication.
			for !t.is(k, "quarter") {
				k++
			}
			if !c.hasDCT {
				return match{end: k + 1, typ: annalist.Date, dct: true}, true
			}
			return dateMatch(k+1, at(add(c.dct, -1, uQuarter), gQuarter), true), true
		} else {
			return match{}, false
		}
		if t.is(k, "fiscal") {
			k++
		}
		if t.is(k, "-") && t.glued(k) {
			k++
		}
		switch {
		case t.is(k, "quarter"):
		case t.is(k, "half"):
			g = gHalf
		default:
			return match{}, false
		}
		k++
	}
	if g == gQuarter && (n < 1 || n > 4) || g == gHalf && (n < 1 || n > 2) {
		return match{}, false
	}
	// The year: given after it, or "of last year", or the publication year.
	j := k
	y, dct, known := 0, true, false
	if yy, end, ok := c.yearAt(t.comma(j)); ok {
		y, j, dct, known = yy, end, false, true
	} else if t.is(j, "of") {
		if yy, end, ok := c.yearAt(j + 1); ok {
			y, j, dct, known = yy, end, false, true
		} else if t.is(j+1, "this", "last", "next") && t.is(j+2, "year") && c.hasDCT {
			y, j, known = c.dct.Year(), j+3, true
			if t.is(j-2, "last") {
				y--
			} else if t.is(j-2, "next") {
				y++
			}
		}
	}
	if !known && c.hasDCT {
		y, known = c.dct.Year(), true
		per := 3
		if g == gHalf {
			per = 6
		}
		if cur := 1 + (int(c.dct.Month())-1)/per; n > cur && c.tense(i, j) < 0 {
			y--
		}
	}
	if !known {
		return match{end: j, typ: annalist.Date, dct: true}, true
	}
	return dateMatch(j, point{g: g, y: y, part: n}, dct), true
}

// ruleHoliday: fixed and movable feasts news dates things by.
func (c *ctx) ruleHoliday(i int) (match, bool) {
	t := c.t
	var day func(y int) time.Time
	j := i
	fixed := func(m, d int) func(int) time.Time {
		return func(y int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	}
	switch {
	case t.is(i, "christmas") && t.is(i+1, "eve"):
		day, j = fixed(12, 24), i+2
	case t.is(i, "christmas"):
		day, j = fixed(12, 25), i+1
		if t.is(j, "day") {
			j++
		}
	case t.is(i, "new") && t.is(i+1, "year") && t.is(i+2, "'") && t.is(i+3, "s") && t.is(i+4, "day", "eve"):
		if t.is(i+4, "eve") {
			day = fixed(12, 31)
		} else {
			day = fixed(1, 1)
		}
		j = i + 5
	case t.is(i, "halloween"):
		day, j = fixed(10, 31), i+1
	case t.is(i, "valentine") && t.is(i+1, "'") && t.is(i+2, "s") && t.is(i+3, "day"):
		day, j = fixed(2, 14), i+4
	case t.is(i, "thanksgiving"):
		day, j = func(y int) time.Time { return nthWeekday(y, time.November, time.Thursday, 4) }, i+1
		if t.is(j, "day") {
			j++
		}
	case t.is(i, "easter"):
		day, j = easter, i+1
		switch {
		case t.is(j, "sunday"):
			j++
		case t.is(j, "monday"):
			day, j = func(y int) time.Time { return easter(y).AddDate(0, 0, 1) }, j+1
		}
	case t.is(i, "good") && t.is(i+1, "friday"):
		day, j = func(y int) time.Time { return easter(y).AddDate(0, 0, -2) }, i+2
	case t.is(i, "labor", "labour") && t.is(i+1, "day") && t.capital(i):
		day, j = func(y int) time.Time { return nthWeekday(y, time.September, time.Monday, 1) }, i+2
	case t.is(i, "memorial") && t.is(i+1, "day") && t.capital(i):
		day, j = func(y int) time.Time { return nthWeekday(y, time.May, time.Monday, -1) }, i+2
	case t.is(i, "may") && t.is(i+1, "day") && t.capital(i) && t.capital(i+1):
		day, j = fixed(5, 1), i+2
	default:
		return match{}, false
	}
	if !t.capital(i) {
		return match{}, false
	}
	if y, end, ok := c.yearAt(t.comma(j)); ok {
		d := day(y)
		return dateMatch(end, at(d, gDay), false), true
	}
	if !c.hasDCT {
		return match{end: j, typ: annalist.Date, dct: true}, true
	}
	probe := day(c.dct.Year())
	y, dct, _ := c.yearFor(i, j, int(probe.Month()), probe.Day())
	return dateMatch(j, at(day(y), gDay), dct), true
}

// anyYearAt reads a year in digits or in words.
func (c *ctx) anyYearAt(i int) (y, j int, ok bool) {
	if y, j, ok = c.yearAt(i); ok {
		return y, j, ok
	}
	return c.spokenYear(i)
}

// spokenYear reads a year in words, as broadcast transcripts write them:
// "nineteen ninety-six", "nineteen oh five", "two thousand" (after "the
// year" or "in"), "twenty twelve".
func (c *ctx) spokenYear(i int) (y, j int, ok bool) {
	t := c.t
	century := 0
	switch t.low(i) {
	case "nineteen":
		century = 1900
	case "eighteen":
		century = 1800
	case "twenty":
		century = 2000
	case "two":
		if t.is(i+1, "thousand") && t.is(i-1, "year", "in", "since", "until", "by") {
			y, j = 2000, i+2
			if t.is(j, "and") {
				j++
			}
			if n, ok := smallNumbers[t.low(j)]; ok && n > 0 && n < 20 {
				y, j = y+n, j+1
			}
			return y, j, true
		}
		return 0, i, false
	default:
		return 0, i, false
	}
	j = i + 1
	w := t.low(j)
	switch {
	case w == "hundred":
		return century, j + 1, century != 2000
	case w == "oh":
		if n, ok := smallNumbers[t.low(j+1)]; ok && n > 0 && n < 10 {
			return century + n, j + 2, true
		}
		return 0, i, false
	}
	n, ok := smallNumbers[w]
	if !ok || n < 10 || w == "dozen" {
		return 0, i, false
	}
	j++
	if n >= 20 && t.is(j, "-") && t.glued(j) && t.glued(j+1) {
		if u, ok := smallNumbers[t.low(j+1)]; ok && u > 0 && u < 10 {
			n, j = n+u, j+2
		}
	}
	return century + n, j, true
}
