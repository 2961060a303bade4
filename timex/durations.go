package timex

import (
	"time"

	"github.com/annalist/annalist"
)

// ruleDuration: "30 years", "six-month", "more than four decades", "the
// past two months", "the next few days", "recent years", "for weeks".
func (c *ctx) ruleDuration(i int) (match, bool) {
	t := c.t
	k := i
	if t.is(k, "the") && t.is(k+1, "past", "last", "next", "first", "coming") {
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
		case isUnit && plural(w) && u2 != uWeekend && (t.is(i-1, "for", "within", "over", "after", "took", "lasted", "last", "spent", "take") ||
			t.is(i-1, "in") && (t.punct(i+1) || i+1 >= len(t))):
			n, u, j = -1, u2, k+1
		default:
			return match{}, false
		}
	}
	if u == uWeekend {
		return match{}, false
	}
	// "a day" after "twice", "times" or a rate is a set, not a duration.
	if t.is(k2, "a", "an", "per") && n == 1 && k2 == i && (t.is(i-1, "times", "once", "twice", "thrice") || t.is(i, "per") || rateBefore(t, i-1)) {
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
		if t.is(i-1, "-") && t.is(i-2, "semi", "bi") {
			return match{end: i + 1, typ: annalist.Set, val: "P6M"}, true
		}
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
		} else if t.is(i, "a", "per") && units[t.low(i+1)] != uNone && !plural(t.low(i+1)) && (t.is(i, "per") || rateBefore(t, i-1)) {
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
		if t.is(i, "now") && t.is(i+1, "-") && t.glued(i+1) {
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
		case t.is(i+1, "past") && (t.punct(i+2) || i+2 >= len(t) || t.is(i+2, "and", "but", "when", "as", "or") ||
			t.is(i-1, "in") && !t.digit(i+2) && units[t.low(i+2)] == uNone && smallNumbers[t.low(i+2)] == 0 && !t.is(i+2, "few", "several", "couple", "many", "decade")):
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

// rateBefore reports whether token i reads like the quantity of a rate,
// "24 hours a day", "1,000 barrels a day", "$5 a week", so that the "a
// day" after it is a set.
func rateBefore(t toks, i int) bool {
	if t.digit(i) {
		return true
	}
	w := t.low(i)
	if !t.alpha(i) || t.capital(i) || len(w) < 4 || w[len(w)-1] != 's' || w[len(w)-2] == 's' {
		return false
	}
	switch w {
	case "this", "thus", "perhaps", "always", "sometimes", "towards", "afterwards", "besides", "whereas", "lasts", "takes", "needs", "spends":
		return false
	}
	return true
}
