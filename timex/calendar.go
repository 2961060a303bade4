package timex

import (
	"fmt"
	"time"
)

// gran is the precision of a calendar point, coarse to fine.
type gran int

const (
	gNone gran = iota
	gCentury
	gDecade
	gYear
	gHalf
	gQuarter
	gSeason
	gMonth
	gWeek
	gWeekend
	gDay
	gPartOfDay // 2022-01-05TNI
	gClock     // 2022-01-05T15:00
)

// point is a calendar date at some precision: the year, and below it what
// the precision calls for. It is the value of a DATE or TIME being built.
type point struct {
	g      gran
	y      int
	m, d   int    // month 1-12 and day 1-31 for gMonth and finer
	part   int    // half 1-2 or quarter 1-4
	season string // SP, SU, FA, WI
	tod    string // MO, AF, EV, NI for gPartOfDay
	hh, mm int    // for gClock
}

func (p point) ok() bool { return p.g != gNone }

// date is the first day the point covers, the basis for arithmetic.
func (p point) date() time.Time {
	m, d := 1, 1
	switch p.g {
	case gHalf:
		m = 1 + 6*(p.part-1)
	case gQuarter:
		m = 1 + 3*(p.part-1)
	case gSeason:
		m = seasonMonth[p.season]
	case gMonth:
		m = p.m
	case gWeek, gWeekend, gDay, gPartOfDay, gClock:
		m, d = p.m, p.d
	}
	if m < 1 {
		m = 1
	}
	if d < 1 {
		d = 1
	}
	return time.Date(p.y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}

var seasonMonth = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// at gives the point of day t at precision g.
func at(t time.Time, g gran) point {
	p := point{g: g, y: t.Year(), m: int(t.Month()), d: t.Day()}
	switch g {
	case gHalf:
		p.part = 1 + (p.m-1)/6
	case gQuarter:
		p.part = 1 + (p.m-1)/3
	case gSeason:
		p.season = seasonOf(p.m)
		if p.m <= 2 { // January and February belong to the winter that began in December
			p.y--
		}
	}
	return p
}

func seasonOf(m int) string {
	switch {
	case m >= 3 && m <= 5:
		return "SP"
	case m >= 6 && m <= 8:
		return "SU"
	case m >= 9 && m <= 11:
		return "FA"
	}
	return "WI"
}

// value is the TIMEX3 value of p.
func (p point) value() string {
	switch p.g {
	case gCentury:
		return fmt.Sprintf("%02d", p.y/100)
	case gDecade:
		return fmt.Sprintf("%03d", p.y/10)
	case gYear:
		return fmt.Sprintf("%04d", p.y)
	case gHalf:
		return fmt.Sprintf("%04d-H%d", p.y, p.part)
	case gQuarter:
		return fmt.Sprintf("%04d-Q%d", p.y, p.part)
	case gSeason:
		return fmt.Sprintf("%04d-%s", p.y, p.season)
	case gMonth:
		return fmt.Sprintf("%04d-%02d", p.y, p.m)
	case gWeek, gWeekend:
		y, w := p.date().ISOWeek()
		if p.g == gWeekend {
			return fmt.Sprintf("%04d-W%02d-WE", y, w)
		}
		return fmt.Sprintf("%04d-W%02d", y, w)
	case gDay:
		return fmt.Sprintf("%04d-%02d-%02d", p.y, p.m, p.d)
	case gPartOfDay:
		return fmt.Sprintf("%04d-%02d-%02dT%s", p.y, p.m, p.d, p.tod)
	case gClock:
		return fmt.Sprintf("%04d-%02d-%02dT%02d:%02d", p.y, p.m, p.d, p.hh, p.mm)
	}
	return ""
}

// unit is a calendar unit of arithmetic and of durations.
type unit int

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uWeekend
	uFortnight
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
)

// gran is the precision a date counted in u has ("two weeks ago" is a week).
func (u unit) gran() gran {
	switch u {
	case uSecond, uMinute, uHour, uDay:
		return gDay
	case uWeek, uWeekend, uFortnight:
		return gWeek
	case uMonth:
		return gMonth
	case uQuarter:
		return gQuarter
	case uYear:
		return gYear
	case uDecade, uCentury:
		return gYear
	}
	return gNone
}

// add moves t by n units.
func add(t time.Time, n int, u unit) time.Time {
	switch u {
	case uSecond, uMinute, uHour:
		return t // below a day: the date stays
	case uDay:
		return t.AddDate(0, 0, n)
	case uWeek, uWeekend:
		return t.AddDate(0, 0, 7*n)
	case uFortnight:
		return t.AddDate(0, 0, 14*n)
	case uMonth:
		return t.AddDate(0, n, 0)
	case uQuarter:
		return t.AddDate(0, 3*n, 0)
	case uYear:
		return t.AddDate(n, 0, 0)
	case uDecade:
		return t.AddDate(10*n, 0, 0)
	case uCentury:
		return t.AddDate(100*n, 0, 0)
	}
	return t
}

// shift moves p by n units and gives the result at precision g. A
// season, quarter or half keeps its kind when moved by whole years.
func shift(p point, n int, u unit, g gran) point {
	if g == p.g && (g == gSeason || g == gQuarter || g == gHalf) && (u == uYear || u == uDecade || u == uCentury) {
		q := p
		q.y = add(time.Date(p.y, 1, 1, 0, 0, 0, 0, time.UTC), n, u).Year()
		return q
	}
	return at(add(p.date(), n, u), g)
}

// weekday gives the date of weekday wd nearest to anchor in direction dir:
// -1 the latest on or before it, +1 the earliest on or after it. strict
// excludes the anchor itself ("last Friday" said on a Friday).
func weekday(anchor time.Time, wd time.Weekday, dir int, strict bool) time.Time {
	diff := int(wd) - int(anchor.Weekday())
	if dir < 0 {
		back := (-diff + 7) % 7
		if back == 0 && strict {
			back = 7
		}
		return anchor.AddDate(0, 0, -back)
	}
	fwd := (diff + 7) % 7
	if fwd == 0 && strict {
		fwd = 7
	}
	return anchor.AddDate(0, 0, fwd)
}

// nthWeekday is the n-th weekday wd of a month (n < 0 counts from its end).
func nthWeekday(y int, m time.Month, wd time.Weekday, n int) time.Time {
	if n < 0 {
		last := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
		return weekday(last, wd, -1, false)
	}
	first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	return weekday(first, wd, 1, false).AddDate(0, 0, 7*(n-1))
}

// easter is Easter Sunday of year y (the anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}
