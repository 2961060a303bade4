package timex

import (
	"math"
	"strconv"
	"strings"
)

// number reads a count at i: digits ("30", "1.5", "5 1/2"), words ("thirty",
// "twenty-five", "a", "a couple of", "one and a half") or a vague amount
// ("several", "a few"), which gives n < 0. j is the index after it.
func (c *ctx) number(i int) (n float64, j int, ok bool) {
	t := c.t
	switch {
	case t.digit(i) && len(t[i].s) <= 3:
		if t.glued(i) && (t.digit(i-1) || t.is(i-1, ".", ",", "/", ":", "$", "£", "€")) {
			return 0, i, false
		}
		n, j = float64(t[i].num), i+1
		if t.is(j, ".") && t.glued(j) && t.digit(j+1) && t.glued(j+1) {
			f, err := strconv.ParseFloat(t[i].s+"."+t[j+1].s, 64)
			if err == nil {
				n, j = f, j+2
			}
		}
		if t.is(j, ",") && t.glued(j) && t.digit(j+1) && t.glued(j+1) {
			return 0, i, false // 1,000: too large for a time and often money
		}
		if t.digit(j) && !t.glued(j) && t[j].num < t.numAt(j+2) && t.is(j+1, "/") && t.glued(j+1) && t.glued(j+2) {
			n += float64(t[j].num) / float64(t.numAt(j+2))
			j += 3
		}
	case t.is(i, "a", "an"):
		switch {
		case t.is(i+1, "few"):
			n, j = -1, i+2
		case t.is(i+1, "couple"):
			n, j = 2, i+2
			if t.is(j, "of") {
				j++
			}
		case t.is(i+1, "dozen"):
			n, j = 12, i+2
		case t.is(i+1, "half"):
			n, j = 0.5, i+2
		default:
			n, j = 1, i+1
		}
	case t.is(i, "half") && t.is(i+1, "a", "an"):
		n, j = 0.5, i+2
	case t.is(i, "several", "few", "many", "some", "numerous"):
		n, j = -1, i+1
	case t.is(i, "couple") && t.is(i+1, "of"):
		n, j = 2, i+2
	case t.is(i, "dozens", "hundreds", "tens") && t.is(i+1, "of"):
		n, j = -1, i+2
	default:
		v, found := smallNumbers[t.low(i)]
		if !found {
			return 0, i, false
		}
		n, j = float64(v), i+1
		if v >= 20 && v%10 == 0 {
			// "twenty-five", or "twenty five" as transcripts write it.
			k := j
			if t.is(k, "-") && t.glued(k) && t.glued(k+1) {
				k++
			}
			if u, ok := smallNumbers[t.low(k)]; ok && u > 0 && u < 10 {
				n, j = n+float64(u), k+1
			}
		}
	}
	if t.is(j, "hundred") {
		n, j = n*100, j+1
	}
	if n >= 0 && t.is(j, "and") && t.is(j+1, "a") && t.is(j+2, "half") {
		n, j = n+0.5, j+3
	}
	return n, j, true
}

func (t toks) numAt(i int) int {
	if !t.digit(i) {
		return -1
	}
	return t[i].num
}

// unitAt reads a unit word at i, or the "-hour" of "16-hour"; glued tells
// the adjectival form.
func (c *ctx) unitAt(i int) (u unit, w string, j int, glued bool) {
	t := c.t
	if t.is(i, "-") && t.glued(i) && t.glued(i+1) {
		if u, ok := units[t.low(i+1)]; ok {
			return u, t.low(i + 1), i + 2, true
		}
		return uNone, "", i, false
	}
	if u, ok := units[t.low(i)]; ok && !(len(t[i].s) > 1 && t[i].s == strings.ToUpper(t[i].s)) {
		return u, t.low(i), i + 1, false
	}
	return uNone, "", i, false
}

// amount reads "30 years", "six-month", "an hour and a half", "several
// weeks": a count and a unit. It refuses ages ("30-year-old", "30 years
// old").
func (c *ctx) amount(i int) (n float64, u unit, j int, ok bool) {
	t := c.t
	n, j, ok = c.number(i)
	if !ok {
		return 0, uNone, i, false
	}
	// "20 more years", "two additional weeks"
	if t.is(j, "more", "additional", "extra", "further") && n > 0 {
		if u, _, _, _ := c.unitAt(j + 1); u != uNone {
			j++
		}
	}
	// A range, "two to three weeks", "12 to 18 months": the lower bound.
	if t.is(j, "to", "or") {
		if _, k, ok := c.number(j + 1); ok && k > j+1 {
			if u, _, _, _ := c.unitAt(k); u != uNone {
				j = k
			}
		}
	}
	u, w, k, glued := c.unitAt(j)
	if u == uNone || glued && (plural(w) || t.is(i, "a", "an")) {
		return 0, uNone, i, false // "three-quarters" is a share
	}
	if t.is(k, "-") && t.glued(k) && t.is(k+1, "on", "end", "ago", "earlier", "old", "to", "by", "over") {
		return 0, uNone, i, false // "year-on-year", "year-end"
	}
	if t.digit(i) && t.capital(k-1) {
		return 0, uNone, i, false // "60 Minutes" is a name
	}
	if u == uQuarter && (t.is(k, "of", "point", "percentage", "pct", "percent", "mile", "hour") || t.is(k, "-") && t.glued(k)) {
		return 0, uNone, i, false // "a quarter of the vote", "a quarter point"
	}
	if n == 1 && t.is(i, "a", "an") && (plural(w) || w == "second") {
		return 0, uNone, i, false
	}
	j = k
	if t.is(j, "-") && t.glued(j) && t.is(j+1, "old", "olds") || t.is(j, "old", "olds") {
		return 0, uNone, i, false
	}
	if n >= 0 && t.is(j, "and") && t.is(j+1, "a") && t.is(j+2, "half") {
		n, j = n+0.5, j+3
	}
	// "a year or so", "a year or two": the same amount, roughly.
	if t.is(j, "or") && (t.is(j+1, "so") || t.is(j+1, "two", "three") && n == 1) {
		j += 2
	}
	return n, u, j, true
}

// durationValue is the TIMEX3 value of n units; n < 0 is an unknown count.
func durationValue(n float64, u unit) string {
	if n < 0 {
		switch u {
		case uSecond:
			return "PTXS"
		case uMinute:
			return "PTXM"
		case uHour:
			return "PTXH"
		case uDay, uWeekend:
			return "PXD"
		case uWeek, uFortnight:
			return "PXW"
		case uMonth:
			return "PXM"
		case uQuarter:
			return "PXQ"
		case uCentury:
			return "PXC"
		}
		return "PXY"
	}
	// A fraction goes to the next smaller unit: 2 1/2 years is P2Y6M.
	if n != math.Trunc(n) {
		whole := math.Trunc(n)
		var small unit
		var per float64
		switch u {
		case uYear:
			small, per = uMonth, 12
		case uDecade:
			n, u, small, per = n*10, uYear, uMonth, 12
			whole = math.Trunc(n)
		case uCentury:
			n, u, small, per = n*100, uYear, uMonth, 12
			whole = math.Trunc(n)
		case uWeek:
			small, per = uDay, 7
		case uDay:
			small, per = uHour, 24
		case uHour:
			small, per = uMinute, 60
		case uMinute:
			small, per = uSecond, 60
		default:
			return durationPrefix(u) + strconv.FormatFloat(n, 'f', -1, 64) + durationCode(u)
		}
		rest := math.Round((n - whole) * per)
		if n == math.Trunc(n) {
			return durationValue(n, u)
		}
		if whole == 0 {
			return durationValue(rest, small)
		}
		a, b := durationValue(whole, u), durationValue(rest, small)
		// Join "P2Y" and "P6M", or "PT1H" and "PT30M", or "P1D" and "PT12H".
		switch {
		case strings.HasPrefix(a, "PT") && strings.HasPrefix(b, "PT"):
			return a + b[2:]
		case strings.HasPrefix(b, "PT"):
			return a + b[1:]
		}
		return a + b[1:]
	}
	k := int(n)
	switch u {
	case uSecond:
		return "PT" + strconv.Itoa(k) + "S"
	case uMinute:
		return "PT" + strconv.Itoa(k) + "M"
	case uHour:
		return "PT" + strconv.Itoa(k) + "H"
	case uWeekend:
		return "P" + strconv.Itoa(2*k) + "D"
	case uFortnight:
		return "P" + strconv.Itoa(2*k) + "W"
	case uQuarter:
		return "P" + strconv.Itoa(3*k) + "M"
	case uDecade:
		return "P" + strconv.Itoa(10*k) + "Y"
	case uCentury:
		return "P" + strconv.Itoa(100*k) + "Y"
	}
	return "P" + strconv.Itoa(k) + durationCode(u)
}

// durationPrefix is "PT" for units below a day.
func durationPrefix(u unit) string {
	if u == uSecond || u == uMinute || u == uHour {
		return "PT"
	}
	return "P"
}

func durationCode(u unit) string {
	switch u {
	case uSecond:
		return "S"
	case uMinute:
		return "M"
	case uHour:
		return "H"
	case uDay:
		return "D"
	case uWeek:
		return "W"
	case uMonth:
		return "M"
	}
	return "Y"
}

// whole turns a fractional count into whole smaller units for date
// arithmetic ("one and a half years ago" is 18 months ago).
func whole(n float64, u unit) (int, unit) {
	for n != math.Trunc(n) {
		switch u {
		case uYear:
			n, u = n*12, uMonth
		case uDecade:
			n, u = n*10, uYear
		case uCentury:
			n, u = n*100, uYear
		case uWeek:
			n, u = n*7, uDay
		case uMonth:
			n, u = math.Round(n*30), uDay
		default:
			return int(math.Round(n)), u
		}
	}
	return int(n), u
}
