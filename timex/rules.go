package timex

import (
	"time"

	"github.com/annalist/annalist"
)

type rule func(c *ctx, i int) (match, bool)

// coreRules name a date or a time; ruleModified puts "early", "the end
// of" and the like in front of them.
var coreRules []rule

// rules are all the rules tried at each token.
var rules []rule

func init() {
	coreRules = []rule{
		(*ctx).ruleClock, (*ctx).ruleAbsolute, (*ctx).ruleMonth, (*ctx).ruleYear,
		(*ctx).ruleDecade, (*ctx).ruleCentury, (*ctx).ruleSeason, (*ctx).ruleQuarter,
		(*ctx).ruleHoliday, (*ctx).ruleRelativeWord, (*ctx).ruleDeictic,
		(*ctx).ruleWeekday, (*ctx).ruleAnaphoricWord,
	}
	rules = append(append([]rule{}, coreRules...),
		(*ctx).ruleAgo, (*ctx).ruleAnaphoric, (*ctx).ruleModified,
		(*ctx).ruleDuration, (*ctx).ruleSet, (*ctx).ruleVague)
}

// dateMatch builds the match of a resolved calendar point.
func dateMatch(end int, p point, dct bool) match {
	typ := annalist.Date
	if p.g >= gPartOfDay {
		typ = annalist.TimeOfDay
	}
	return match{end: end, typ: typ, val: p.value(), pt: p, dct: dct, setRef: true}
}

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
// earlier in the sentence instead did worse on TimeBank.)
func (c *ctx) yearFor(i, j, m, d int) (y int, dct, ok bool) {
	if !c.hasDCT {
		return 0, true, false
	}
	// The instance nearest the publication date, a year before or after
	// it, with distances against the clause's tense counted double.
	tense := c.tense(i, j)
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
	return best, true, true
}

var (
	useNamedYear = false
	againstTense = 10.0
)

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
	if yj := t.comma(j); true {
		if y, yend, ok := c.yearAt(yj); ok && validDate(y, m, d) {
			return dateMatch(yend, point{g: gDay, y: y, m: m, d: d}, false), true
		}
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
	if y, end, ok := c.yearAt(k); ok {
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
	if next := t.low(j); t.alpha(j) && !t.capital(j) && !yearFollow[next] && !strongYearCue[prev] && k == i {
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
	if y, end, ok := c.yearAt(k); ok {
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
	if yy, end, ok := c.yearAt(t.comma(j)); ok && !(t.is(j, ",") && false) {
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

// ruleRelativeWord: yesterday, today, tomorrow, tonight, last night, this
// morning, yesterday afternoon, the day before yesterday.
func (c *ctx) ruleRelativeWord(i int) (match, bool) {
	t := c.t
	off, j := 0, i
	part := ""
	switch {
	case t.is(i, "today"):
		j = i + 1
	case t.is(i, "yesterday"):
		off, j = -1, i+1
	case t.is(i, "tomorrow"):
		off, j = 1, i+1
	case t.is(i, "tonight"):
		part, j = "NI", i+1
	case t.is(i, "last") && t.is(i+1, "night"):
		off, part, j = -1, "NI", i+2
	case t.is(i, "the") && t.is(i+1, "weekend"):
		if !c.hasDCT {
			return match{end: i + 2, typ: annalist.Date, dct: true}, true
		}
		sat := weekday(c.dct, time.Saturday, c.tense(i, i+2), false)
		return dateMatch(i+2, at(sat, gWeekend), true), true
	case t.is(i, "this") && partsOfDay[t.low(i+1)] != "":
		part, j = partsOfDay[t.low(i+1)], i+2
	case t.is(i, "the", "on") && t.is(i+1, "day") && t.is(i+2, "before") && t.is(i+3, "yesterday"):
		off, j = -2, i+4
	case t.is(i, "the", "on") && t.is(i+1, "day") && t.is(i+2, "after") && t.is(i+3, "tomorrow"):
		off, j = 2, i+4
	default:
		return match{}, false
	}
	if t.is(i, "on") {
		i++
	}
	if part == "" && (t.is(i, "yesterday", "tomorrow", "today")) {
		if p, ok := partsOfDay[t.low(j)]; ok {
			part, j = p, j+1
		}
	}
	if !c.hasDCT {
		typ := annalist.Date
		if part != "" {
			typ = annalist.TimeOfDay
		}
		return match{end: j, typ: typ, dct: true}, true
	}
	p := at(c.dct.AddDate(0, 0, off), gDay)
	if part != "" {
		p.g, p.tod = gPartOfDay, part
	}
	return dateMatch(j, p, true), true
}

// ruleDeictic: this/last/next/coming + week, month, year, quarter,
// weekend, a weekday, a month or a season.
func (c *ctx) ruleDeictic(i int) (match, bool) {
	t := c.t
	dir := 0
	j := i + 1
	switch {
	case t.is(i, "this") && t.is(i+1, "past"):
		dir, j = -1, i+2
	case t.is(i, "this", "current"):
	case t.is(i, "last", "previous") && !t.is(i-1, "the"):
		dir = -1
	case t.is(i, "next", "coming") && !t.is(i-1, "the"):
		dir = 1
	default:
		return match{}, false
	}
	w := t.low(j)
	end := j + 1
	if !c.hasDCT {
		if units[w] != uNone || weekdays[w] != 0 || w == "sunday" || months[w] != 0 || seasons[w] != "" {
			return match{end: end, typ: annalist.Date, dct: true}, true
		}
		return match{}, false
	}
	dct := c.dct
	if u, ok := units[w]; ok && !plural(w) {
		switch u {
		case uWeek:
			return dateMatch(end, at(add(dct, dir, uWeek), gWeek), true), true
		case uWeekend:
			return dateMatch(end, at(add(dct, dir, uWeek), gWeekend), true), true
		case uMonth:
			return dateMatch(end, at(add(dct, dir, uMonth), gMonth), true), true
		case uQuarter:
			return dateMatch(end, at(add(dct, dir, uQuarter), gQuarter), true), true
		case uYear:
			return dateMatch(end, at(add(dct, dir, uYear), gYear), true), true
		case uDecade:
			p := point{g: gDecade, y: add(dct, dir, uDecade).Year()}
			return match{end: end, typ: annalist.Date, val: p.value(), pt: p, dct: true}, true
		case uCentury:
			p := point{g: gCentury, y: add(dct, dir, uCentury).Year()}
			return match{end: end, typ: annalist.Date, val: p.value(), pt: p, dct: true}, true
		}
		return match{}, false
	}
	if wd, ok := weekdays[w]; ok {
		var d time.Time
		switch dir {
		case -1:
			d = weekday(dct, wd, -1, true)
		case 1:
			d = weekday(dct, wd, 1, true)
		default:
			d = weekday(dct, wd, c.tense(i, end), false)
		}
		p := at(d, gDay)
		if part, ok := partsOfDay[t.low(end)]; ok {
			p.g, p.tod, end = gPartOfDay, part, end+1
		}
		return dateMatch(end, p, true), true
	}
	if m, ok := months[w]; ok {
		y, dm := dct.Year(), int(dct.Month())
		switch {
		case dir < 0 && m >= dm:
			y--
		case dir > 0 && m <= dm:
			y++
		}
		return dateMatch(end, point{g: gMonth, y: y, m: m}, true), true
	}
	if s, ok := seasons[w]; ok {
		cur := at(dct, gSeason)
		y := dct.Year()
		start := seasonMonth[s]
		switch {
		case dir == 0:
			if cur.season == s {
				y = cur.y
			}
		case dir < 0:
			if s == cur.season || start > int(dct.Month()) {
				y--
			}
		case dir > 0:
			if s == cur.season || start <= int(dct.Month()) {
				y++
			}
		}
		return dateMatch(end, point{g: gSeason, y: y, season: s}, true), true
	}
	return match{}, false
}

// ruleWeekday: "Friday", "Wednesday night", resolved against the
// publication date, back or forward as the clause's tense says.
func (c *ctx) ruleWeekday(i int) (match, bool) {
	t := c.t
	wd, ok := weekdays[t.low(i)]
	if !ok || weekdayNotDate[t.low(i+1)] {
		return match{}, false
	}
	j := i + 1
	part := ""
	if p, ok := partsOfDay[t.low(j)]; ok {
		part, j = p, j+1
	}
	if !c.hasDCT {
		return match{end: j, typ: annalist.Date, dct: true}, true
	}
	d := weekday(c.dct, wd, c.tense(i, j), false)
	p := at(d, gDay)
	if part != "" {
		p.g, p.tod = gPartOfDay, part
	}
	return dateMatch(j, p, true), true
}

// ruleAnaphoricWord: "the next day", "the following year", "the previous
// week", "that day", "the same day", "the day before": dates counted from
// the time the text is talking about.
func (c *ctx) ruleAnaphoricWord(i int) (match, bool) {
	t := c.t
	dir, j := 0, i
	switch {
	case t.is(i, "the") && t.is(i+1, "next", "following") && !t.is(i-1, "over", "during", "within", "for", "in", "throughout"):
		dir, j = 1, i+2
	case t.is(i, "the") && t.is(i+1, "previous", "preceding") && !t.is(i-1, "over", "during", "within", "for", "in", "throughout"):
		dir, j = -1, i+2
	case t.is(i, "the") && t.is(i+1, "same"):
		j = i + 2
	case t.is(i, "that") && t.is(i+1, "same"):
		j = i + 2
	case t.is(i, "that"):
		j = i + 1
	case t.is(i, "the") && t.is(i+1, "day") && t.is(i+2, "before", "after") && (t.punct(i+3) || i+3 >= len(t)):
		dir, j = 1, i+3
		if t.is(i+2, "before") {
			dir = -1
		}
		return c.fromAnchor(i, j, dir, uDay, "")
	default:
		return match{}, false
	}
	u, ok := units[t.low(j)]
	part := ""
	if !ok {
		p, isPart := partsOfDay[t.low(j)]
		if !isPart || t.is(i, "that") && p != "NI" && p != "MO" {
			return match{}, false
		}
		u, part = uDay, p
	}
	if plural(t.low(j)) || u < uDay || u == uWeekend || u == uFortnight {
		return match{}, false
	}
	return c.fromAnchor(i, j+1, dir, u, part)
}

// fromAnchor resolves a date n units away from the reference time.
func (c *ctx) fromAnchor(i, end, n int, u unit, part string) (match, bool) {
	ref, dct, ok := c.anchor()
	if !ok {
		return match{end: end, typ: annalist.Date, dct: true}, true
	}
	g := u.gran()
	if u == uWeek && ref.g >= gDay {
		g = gDay
	}
	if n != 0 && ref.g < gDay && ref.g > g {
		g = ref.g // a month, quarter or season moved by years stays one
	}
	p := shift(ref, n, u, g)
	if part != "" {
		p.g, p.tod = gPartOfDay, part
	}
	mt := dateMatch(end, p, dct)
	mt.ref = true
	return mt, true
}

// quantifier reads "more than", "about", "at least" and the like before a
// count; mod is the TIMEX3 mod it stands for.
func (c *ctx) quantifier(i int) (mod string, j int) {
	t := c.t
	two := func(a, b, m string) bool {
		if t.is(i, a) && t.is(i+1, b) {
			mod, j = m, i+2
			return true
		}
		return false
	}
	if two("more", "than", "MORE_THAN") || two("longer", "than", "MORE_THAN") ||
		two("less", "than", "LESS_THAN") || two("fewer", "than", "LESS_THAN") ||
		two("at", "least", "EQUAL_OR_MORE") || two("at", "most", "EQUAL_OR_LESS") ||
		two("up", "to", "EQUAL_OR_LESS") || two("close", "to", "APPROX") ||
		two("just", "over", "MORE_THAN") || two("just", "under", "LESS_THAN") {
		return mod, j
	}
	if t.is(i, "no") && t.is(i+1, "more") && t.is(i+2, "than") {
		return "EQUAL_OR_LESS", i + 3
	}
	switch t.low(i) {
	case "about", "around", "approximately", "roughly", "some", "circa", "nearly", "almost":
		// "some" is only a quantifier before a number: "some 30 years".
		if t.is(i, "some") && !(t.digit(i+1) || smallNumbers[t.low(i+1)] > 0) {
			return "", i
		}
		if t.is(i, "nearly", "almost") {
			return "LESS_THAN", i + 1
		}
		return "APPROX", i + 1
	case "over":
		if t.digit(i+1) || smallNumbers[t.low(i+1)] > 0 || t.is(i+1, "a", "an") {
			return "MORE_THAN", i + 1
		}
	case "under":
		if t.digit(i+1) || smallNumbers[t.low(i+1)] > 0 {
			return "LESS_THAN", i + 1
		}
	}
	return "", i
}

// ruleAgo: "two days ago", "about five years ago", "a decade ago".
func (c *ctx) ruleAgo(i int) (match, bool) {
	t := c.t
	mod, k := c.quantifier(i)
	n, u, j, ok := c.amount(k)
	if !ok {
		// "years ago", "months ago"
		if w := t.low(k); units[w] != uNone && plural(w) && t.is(k+1, "ago") {
			return match{end: k + 2, typ: annalist.Date, val: "PAST_REF", mod: mod}, true
		}
		return match{}, false
	}
	if !t.is(j, "ago") {
		return match{}, false
	}
	j++
	if n < 0 {
		return match{end: j, typ: annalist.Date, val: "PAST_REF", mod: mod}, true
	}
	if !c.hasDCT {
		return match{end: j, typ: annalist.Date, mod: mod, dct: true}, true
	}
	k2, u2 := whole(n, u)
	p := shift(at(c.dct, gDay), -k2, u2, u.gran())
	mt := dateMatch(j, p, true)
	mt.mod = mod
	return mt, true
}

// ruleAnaphoric: "five years before", "a year later", "one year on", "two
// days earlier": counted from the time the sentence is about.
func (c *ctx) ruleAnaphoric(i int) (match, bool) {
	t := c.t
	mod, k := c.quantifier(i)
	n, u, j, ok := c.amount(k)
	if !ok || n < 0 {
		return match{}, false
	}
	dir := 0
	switch t.low(j) {
	case "later", "afterwards", "afterward", "hence":
		dir = 1
	case "earlier", "previously":
		dir = -1
	case "on", "after", "before", "prior":
		// Only as adverbs ("one year on, ..."), not as prepositions ("five
		// years before the war").
		if next := j + 1; next < len(t) && !t.punct(next) && !t.is(next, "and", "but", "when", "as") {
			return match{}, false
		}
		dir = 1
		if t.is(j, "before", "prior") {
			dir = -1
		}
	default:
		return match{}, false
	}
	k2, u2 := whole(n, u)
	mt, ok := c.fromAnchor(i, j+1, dir*k2, u2, "")
	mt.mod = mod
	return mt, ok
}

// modPrefix reads "early", "late", "mid-", "the start of", "the end of",
// "earlier"/"later" (before this/that) and the like.
func (c *ctx) modPrefix(i int) (mod string, j int) {
	t := c.t
	switch {
	case t.is(i, "early"):
		return "START", i + 1
	case t.is(i, "late"):
		return "END", i + 1
	case t.is(i, "mid"):
		if t.is(i+1, "-") && t.glued(i+1) {
			return "MID", i + 2
		}
		return "MID", i + 1
	case t.is(i, "earlier") && t.is(i+1, "this", "that"):
		return "START", i + 1
	case t.is(i, "later") && t.is(i+1, "this", "that"):
		return "END", i + 1
	case t.is(i, "the") && t.is(i+2, "of"):
		switch t.low(i + 1) {
		case "start", "beginning", "dawn", "outset":
			return "START", i + 3
		case "end", "close":
			return "END", i + 3
		case "middle", "height":
			return "MID", i + 3
		}
	case t.is(i, "around", "about", "circa", "approximately", "roughly"):
		return "APPROX", i + 1
	}
	return "", i
}

// ruleModified: a date with "early", "the end of" or the like in front.
func (c *ctx) ruleModified(i int) (match, bool) {
	t := c.t
	mod, k := c.modPrefix(i)
	if mod == "" {
		return match{}, false
	}
	best := match{end: -1}
	for _, r := range coreRules {
		if m, ok := r(c, k); ok && m.end > best.end {
			best = m
		}
	}
	if best.end <= k && t.is(k, "the") && (mod == "START" || mod == "END" || mod == "MID") {
		// "the end of the year": the period of publication.
		var g gran
		switch t.low(k + 1) {
		case "year":
			g = gYear
		case "month":
			g = gMonth
		case "week":
			g = gWeek
		case "quarter":
			g = gQuarter
		default:
			return match{}, false
		}
		if !c.hasDCT {
			return match{end: k + 2, typ: annalist.Date, mod: mod, dct: true}, true
		}
		best = dateMatch(k+2, at(c.dct, g), true)
	}
	if best.end <= k || best.typ != annalist.Date && best.typ != annalist.TimeOfDay {
		return match{}, false
	}
	// "late Friday" and "early Monday" are parts of a day in TimeML.
	best.mod = mod
	return best, true
}

// ruleClock: "3 p.m.", "10:35 a.m.", "15:00 GMT", "noon", "midnight",
// optionally followed by the day: "10 p.m. Wednesday", "noon Thursday".
func (c *ctx) ruleClock(i int) (match, bool) {
	t := c.t
	hh, mm, j := -1, 0, i
	switch {
	case t.is(i, "noon", "midday"):
		hh, j = 12, i+1
	case t.is(i, "midnight"):
		hh, j = 24, i+1
	case t.digit(i) && len(t[i].s) <= 2 && !(t.glued(i) && t.is(i-1, ".", ":", ",", "$", "/")):
		h := t[i].num
		j = i + 1
		hasMin := false
		if t.is(j, ":", ".") && t.glued(j) && t.digit(j+1) && t.glued(j+1) && len(t[j+1].s) == 2 && t[j+1].num < 60 {
			mm, j, hasMin = t[j+1].num, j+2, true
		}
		if ap, k := c.meridiem(j); ap != "" {
			if h < 1 || h > 12 {
				return match{}, false
			}
			if ap == "pm" && h < 12 {
				h += 12
			} else if ap == "am" && h == 12 {
				h = 0
			}
			hh, j = h, k
		} else if t.is(j, "o") && t.is(j+1, "'") && t.is(j+2, "clock") && h >= 1 && h <= 12 {
			hh, j = h, j+3
		} else if hasMin && h < 24 && t.is(j-2, ":") {
			if !c.timeZone(j) && !t.is(i-1, "at", "by", "from", "until", "till", "before", "after", "around", "about", "since") {
				return match{}, false
			}
			hh = h
		} else if !hasMin && t.is(j, "in") && t.is(j+1, "the") && partsOfDay[t.low(j+2)] != "" && h >= 1 && h <= 12 {
			if p := partsOfDay[t.low(j+2)]; (p == "AF" || p == "EV" || p == "NI" && h >= 6) && h < 12 {
				h += 12
			}
			hh, j = h, j+3
		} else {
			return match{}, false
		}
	case t.digit(i) && len(t[i].s) == 4 && t[i].num%100 < 60 && t[i].num/100 < 24 && t.is(i+1, "gmt", "utc", "hrs", "hours") && t.is(i-1, "at", "by", "from", "until", "before", "after", "around"):
		hh, mm, j = t[i].num/100, t[i].num%100, i+1
	default:
		return match{}, false
	}
	if c.timeZone(j) {
		if t.is(j, "local") {
			j += 2
		} else {
			j++
		}
	}
	// The day it falls on, when named right after.
	k := t.comma(j)
	if t.is(k, "on") {
		k++
	}
	var day point
	dct := false
	for _, r := range []rule{(*ctx).ruleAbsolute, (*ctx).ruleWeekday, (*ctx).ruleRelativeWord} {
		if m, ok := r(c, k); ok && m.pt.g >= gDay {
			day, dct, j = m.pt, m.dct, m.end
			break
		}
	}
	if !day.ok() {
		if !c.hasDCT {
			return match{end: j, typ: annalist.TimeOfDay, dct: true}, true
		}
		day, dct = c.day(i)
	}
	p := point{g: gClock, y: day.y, m: day.m, d: day.d, hh: hh, mm: mm}
	return dateMatch(j, p, dct), true
}

// meridiem reads "a.m.", "pm", "p.m" at i.
func (c *ctx) meridiem(i int) (string, int) {
	t := c.t
	if t.is(i, "am", "pm") {
		return t.low(i), i + 1
	}
	if t.is(i, "a", "p") && t.is(i+1, ".") && t.glued(i+1) && t.is(i+2, "m") && t.glued(i+2) {
		j := i + 3
		if t.is(j, ".") && t.glued(j) && !c.endsSentence(j) {
			j++
		}
		return t.low(i) + "m", j
	}
	return "", i
}

// endsSentence reports whether the period at i closes its sentence, in
// which case TimeML leaves it out of "p.m".
func (c *ctx) endsSentence(i int) bool {
	s := c.sentence(i)
	return i+1 >= len(c.t) || s >= 0 && c.sentHi[s] == i+1
}

func (c *ctx) timeZone(i int) bool {
	t := c.t
	switch t.low(i) {
	case "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "eet", "eest", "msk":
		return t[i].s == t[i].low || t[i].s[0] >= 'A' && t[i].s[0] <= 'Z'
	case "local":
		return t.is(i+1, "time")
	}
	return false
}

// ruleDuration: "30 years", "six-month", "more than four decades", "the
// past two months", "the next few days", "recent years", "for weeks".
func (c *ctx) ruleDuration(i int) (match, bool) {
	t := c.t
	k := i
	if t.is(k, "the") && t.is(k+1, "past", "last", "next", "first", "coming", "previous", "following") {
		k += 2
	} else if t.is(k, "past", "recent", "coming") && !t.is(k-1, "the") {
		k++
	}
	framed := k > i
	mod, k2 := c.quantifier(k)
	n, u, j, ok := c.amount(k2)
	if !ok {
		mod = ""
		// "the past year", "recent years", "for decades": no count.
		w := t.low(k)
		u2, isUnit := units[w]
		switch {
		case isUnit && framed && u2 != uWeekend:
			n, u, j = 1, u2, k+1
			if plural(w) {
				n = -1
			}
			if t.is(i+1, "next", "following") && !t.is(i-1, "over", "during", "within", "for", "in", "throughout", "the") {
				return match{}, false
			}
		case isUnit && plural(w) && t.is(i-1, "for", "within", "over", "after", "took", "lasted", "last", "spent", "take") && u2 != uWeekend:
			n, u, j = -1, u2, k+1
		default:
			return match{}, false
		}
	}
	if u == uWeekend {
		return match{}, false
	}
	// "a day" after "twice", "times" or a rate is a set, not a duration.
	if t.is(k2, "a", "an", "per") && n == 1 && t.is(i-1, "times", "once", "twice", "thrice") {
		return match{}, false
	}
	return match{end: j, typ: annalist.Duration, val: durationValue(n, u), mod: mod}, true
}

// ruleSet: "every week", "each year", "every two days", "every Monday",
// "daily", "annually", "twice a year".
func (c *ctx) ruleSet(i int) (match, bool) {
	t := c.t
	switch t.low(i) {
	case "daily", "nightly":
		return match{end: i + 1, typ: annalist.Set, val: "P1D"}, true
	case "weekly":
		return match{end: i + 1, typ: annalist.Set, val: "P1W"}, true
	case "monthly":
		return match{end: i + 1, typ: annalist.Set, val: "P1M"}, true
	case "annually", "yearly":
		return match{end: i + 1, typ: annalist.Set, val: "P1Y"}, true
	case "hourly":
		return match{end: i + 1, typ: annalist.Set, val: "PT1H"}, true
	}
	if t.is(i, "every", "each") {
		j := i + 1
		if t.is(j, "other") {
			if u, ok := units[t.low(j+1)]; ok && !plural(t.low(j+1)) {
				return match{end: j + 2, typ: annalist.Set, val: durationValue(2, u)}, true
			}
		}
		if n, u, end, ok := c.amount(j); ok && n > 0 {
			return match{end: end, typ: annalist.Set, val: durationValue(n, u)}, true
		}
		w := t.low(j)
		if u, ok := units[w]; ok && !plural(w) {
			return match{end: j + 1, typ: annalist.Set, val: durationValue(1, u)}, true
		}
		if wd, ok := weekdays[w]; ok || w == "sunday" {
			v := "XXXX-WXX-" + string(rune('0'+isoWeekday(wd)))
			end := j + 1
			if p, ok := partsOfDay[t.low(end)]; ok {
				v, end = v+"T"+p, end+1
			}
			return match{end: end, typ: annalist.Set, val: v}, true
		}
		if m, _, abbr, ok := c.monthAt(j); ok && !abbr {
			return match{end: j + 1, typ: annalist.Set, val: point{g: gMonth, m: m}.setValue()}, true
		}
		if s, ok := seasons[w]; ok {
			return match{end: j + 1, typ: annalist.Set, val: "XXXX-" + s}, true
		}
		if p, ok := partsOfDay[w]; ok {
			return match{end: j + 1, typ: annalist.Set, val: "XXXX-XX-XXT" + p}, true
		}
		return match{}, false
	}
	// "twice a year", "three times a week", "once a month".
	j := i
	switch {
	case t.is(i, "once", "twice", "thrice"):
		j = i + 1
	default:
		if _, k, ok := c.number(i); ok && t.is(k, "times") {
			j = k + 1
		} else if t.is(i, "a", "per") && units[t.low(i+1)] != uNone && !plural(t.low(i+1)) && t.is(i-1, "hours", "days", "times", "weeks", "months") {
			return match{end: i + 2, typ: annalist.Set, val: durationValue(1, units[t.low(i+1)])}, true
		} else {
			// "on Mondays": a weekday in the plural.
			w := t.low(i)
			if len(w) > 6 && w[len(w)-1] == 's' {
				if wd, ok := weekdays[w[:len(w)-1]]; ok && t.capital(i) {
					return match{end: i + 1, typ: annalist.Set, val: "XXXX-WXX-" + string(rune('0'+isoWeekday(wd)))}, true
				}
			}
			return match{}, false
		}
	}
	if t.is(j, "a", "per", "each", "every") {
		if u, ok := units[t.low(j+1)]; ok && !plural(t.low(j+1)) {
			return match{end: j + 2, typ: annalist.Set, val: durationValue(1, u)}, true
		}
	}
	return match{}, false
}

func isoWeekday(wd time.Weekday) int {
	if wd == time.Sunday {
		return 7
	}
	return int(wd)
}

func (p point) setValue() string {
	return "XXXX-" + string(rune('0'+p.m/10)) + string(rune('0'+p.m%10))
}

// ruleVague: now, currently, recently, the future, soon.
func (c *ctx) ruleVague(i int) (match, bool) {
	t := c.t
	v, j := "", i+1
	switch t.low(i) {
	case "now", "currently", "nowadays", "presently":
		v = "PRESENT_REF"
		if t.is(i, "now") && (t.is(i+1, "-") && t.glued(i+1) || t.is(i+1, "that")) {
			return match{}, false
		}
	case "recently", "lately":
		v = "PAST_REF"
	case "soon":
		v = "FUTURE_REF"
		if t.is(i+1, "after") {
			return match{}, false
		}
	case "these":
		if t.is(i+1, "days") {
			v, j = "PRESENT_REF", i+2
		}
	case "the":
		switch {
		case t.is(i+1, "future"):
			v, j = "FUTURE_REF", i+2
		case t.is(i+1, "near") && t.is(i+2, "future", "term"), t.is(i+1, "short") && t.is(i+2, "term"):
			v, j = "FUTURE_REF", i+3
		case t.is(i+1, "past") && (t.punct(i+2) || t.is(i+2, "and", "but", "when", "as", "or")):
			v, j = "PAST_REF", i+2
		case t.is(i+1, "moment") && t.is(i-1, "at"):
			v, j = "PRESENT_REF", i+2
		}
	case "future":
		if t.is(i-1, "in") {
			v = "FUTURE_REF"
		}
	case "present":
		if t.is(i-1, "at") {
			v = "PRESENT_REF"
		}
	}
	if v == "" {
		return match{}, false
	}
	return match{end: j, typ: annalist.Date, val: v}, true
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
