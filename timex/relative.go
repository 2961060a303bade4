package timex

import (
	"time"

	"github.com/annalist/annalist"
)

// ruleRelativeWord: yesterday, today, tomorrow, tonight, last night, this
// morning, yesterday afternoon, the day before yesterday.
func (c *ctx) ruleRelativeWord(i int) (match, bool) {
	t := c.t
	off, j := 0, i
	part := ""
	switch {
	case t.is(i, "today"):
		if t.capital(i) && t.capital(i-1) && c.sentence(i-1) == c.sentence(i) {
			return match{}, false // "USA Today"
		}
		j = i + 1
	case t.is(i, "yesterday"):
		off, j = -1, i+1
	case t.is(i, "tomorrow"):
		off, j = 1, i+1
	case t.is(i, "tonight"):
		part, j = "NI", i+1
	case t.is(i, "overnight") && !t.alpha(i+1):
		part, j = "NI", i+1
		if c.tense(i, j) < 0 {
			off = -1
		}
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
	// "Thursday last", "Friday next": the one before or after this week's,
	// whatever the tense ("Thursday last week" is another rule's).
	dir, strict := 0, false
	if _, unit := units[t.low(j+1)]; t.is(j, "last", "next") && !unit && !t.is(j+1, "time", "season") {
		dir, strict = 1, true
		if t.is(j, "last") {
			dir = -1
		}
		j++
	}
	if !c.hasDCT {
		return match{end: j, typ: annalist.Date, dct: true}, true
	}
	if dir == 0 {
		dir = c.tense(i, j)
	}
	d := weekday(c.about(i), wd, dir, strict)
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
	case t.is(i, "year") && t.is(i+1, "-") && t.glued(i+1) && t.is(i+2, "ago", "earlier") && t.glued(i+2):
		// "year-ago results", "the year-earlier quarter": a year before
		// the period the text reports on.
		end := i + 3
		if t.is(end, "quarter", "period") {
			end++
		}
		mt, ok := c.fromAnchor(i, end, -1, uYear, "")
		if mt.pt.g > gQuarter && mt.pt.ok() {
			mt.pt = at(mt.pt.date(), gYear)
			mt.val = mt.pt.value()
		}
		return mt, ok
	case t.is(i, "year") && (t.is(i+1, "-") && t.glued(i+1) && t.is(i+2, "end") || t.is(i+1, "end") || t.is(i+1, "'") && t.is(i+2, "s") && t.is(i+3, "end")):
		end := i + 2
		if !t.is(i+1, "end") {
			end = i + 3
		}
		if t.is(i+2, "s") {
			end = i + 4
		}
		if !c.hasDCT {
			return match{end: end, typ: annalist.Date, mod: "END", dct: true}, true
		}
		y := c.dct.Year()
		if c.tense(i, end) < 0 && c.dct.Month() < 6 {
			y--
		}
		mt := dateMatch(end, point{g: gYear, y: y}, true)
		mt.mod = "END"
		return mt, true
	case t.is(i, "that") && t.is(i+1, "same"):
		j = i + 2
	case t.is(i, "that"):
		j = i + 1
	case t.is(i, "earlier", "later") && t.is(i+1, "in") && t.is(i+2, "the") && t.is(i+3, "day", "week", "month", "year"):
		mt, ok := c.fromAnchor(i, i+4, 0, units[t.low(i+3)], "")
		return mt, ok
	case t.is(i, "the") && t.is(i+1, "day") && t.is(i+2, "before", "after") && (t.punct(i+3) || i+3 >= len(t)):
		dir, j = 1, i+3
		if t.is(i+2, "before") {
			dir = -1
		}
		return c.fromAnchor(i, j, dir, uDay, "")
	default:
		return match{}, false
	}
	if wd, isDay := weekdays[t.low(j)]; isDay && dir != 0 && t.is(i, "the") {
		// "the previous Friday", "the following Monday"
		ref, dct, ok := c.anchor()
		if !ok {
			return match{end: j + 1, typ: annalist.Date, dct: true}, true
		}
		mt := dateMatch(j+1, at(weekday(ref.date(), wd, dir, true), gDay), dct)
		return mt, true
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
	// A day moves to the precision of the unit ("five years before" 5
	// January 2022 is 2017); a month, quarter or year keeps its own ("one
	// year on" from January 2022 is January 2023), and "that year" after a
	// month is the year.
	g := u.gran()
	switch {
	case n == 0 && ref.g < g:
		g = ref.g
	case n != 0 && ref.g < gDay:
		g = ref.g
	case u == uWeek:
		g = gDay
	}
	p := shift(ref, n, u, g)
	if part != "" {
		p.g, p.tod = gPartOfDay, part
	}
	mt := dateMatch(end, p, dct)
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
	if !c.hasAgo {
		return match{}, false // most articles have none: skip the numbers
	}
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
