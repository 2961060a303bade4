package timex

import (
	"github.com/annalist/annalist"
)

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
