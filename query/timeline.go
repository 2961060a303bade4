// Package query aggregates stored records: timelines of events by period
// and type, for the CLI and the HTTP API.
package query

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/annalist/annalist"
)

// Granularities a timeline can be counted by.
var Granularities = []string{"day", "week", "month", "year"}

// Timeline counts events by period and PLOVER type. Events whose date is
// coarser than the period (a month-dated event in a daily timeline) or
// missing are not placed on a day they may not have happened: they are
// counted in Coarser and Undated.
type Timeline struct {
	By      string                    `json:"by"`
	Periods []string                  `json:"periods"` // every period from first to last, gaps included
	Types   []string                  `json:"types"`   // by total, largest first
	Counts  map[string]map[string]int `json:"counts"`  // type → period → events
	Totals  map[string]int            `json:"totals"`  // period → events
	// Fatalities sums the events' dead by period.
	Fatalities map[string]int `json:"fatalities"`
	Coarser    int            `json:"coarser"` // dated less precisely than By
	Undated    int            `json:"undated"`
	// Negated, hypothetical and future events are left out.
}

// NewTimeline returns an empty timeline counted by "day", "week", "month" or "year".
func NewTimeline(by string) (*Timeline, error) {
	for _, g := range Granularities {
		if g == by {
			return &Timeline{By: by, Counts: map[string]map[string]int{}, Totals: map[string]int{}, Fatalities: map[string]int{}}, nil
		}
	}
	return nil, fmt.Errorf("unknown granularity %q (want one of %s)", by, strings.Join(Granularities, ", "))
}

// Add counts the events of one record.
func (t *Timeline) Add(r *annalist.Record) {
	for _, e := range r.Events {
		if e.Modality != "" {
			continue
		}
		t.AddCount(e.Type, e.Date, 1, e.Fatalities)
	}
}

// AddCount counts n events of one type and date (a TIMEX3 value, "" when
// undated) with their fatalities, for callers that have grouped events.
func (t *Timeline) AddCount(typ, date string, n, fatalities int) {
	if date == "" {
		t.Undated += n
		return
	}
	p, ok := period(date, t.By)
	if !ok {
		t.Coarser += n
		return
	}
	if t.Counts[typ] == nil {
		t.Counts[typ] = map[string]int{}
	}
	t.Counts[typ][p] += n
	t.Totals[p] += n
	t.Fatalities[p] += fatalities
}

// Finish fills the list of periods, gaps included, and orders the types.
func (t *Timeline) Finish() {
	t.Periods = nil
	var first, last string
	for p := range t.Totals {
		if first == "" || p < first {
			first = p
		}
		if p > last {
			last = p
		}
	}
	if first != "" {
		for p := first; p <= last; p = next(p, t.By) {
			t.Periods = append(t.Periods, p)
			if len(t.Periods) > 100000 { // a stray far date must not exhaust memory
				break
			}
		}
	}
	total := map[string]int{}
	t.Types = t.Types[:0]
	for typ, byPeriod := range t.Counts {
		for _, n := range byPeriod {
			total[typ] += n
		}
		t.Types = append(t.Types, typ)
	}
	sort.Slice(t.Types, func(i, j int) bool {
		a, b := t.Types[i], t.Types[j]
		if total[a] != total[b] {
			return total[a] > total[b]
		}
		return a < b
	})
}

// Series returns the counts of one type (or of all, for "") over Periods.
func (t *Timeline) Series(typ string) []int {
	src := t.Totals
	if typ != "" {
		src = t.Counts[typ]
	}
	out := make([]int, len(t.Periods))
	for i, p := range t.Periods {
		out[i] = src[p]
	}
	return out
}

// period maps a TIMEX3 date to its period at granularity by, when the date
// is at least that precise.
func period(v, by string) (string, bool) {
	t, prec, ok := annalist.ParseDateValue(v)
	if !ok || rank(prec) > rank(by) || (prec == annalist.PrecisionWeek && by == "month") {
		return "", false
	}
	return format(t, by), true
}

func format(t time.Time, by string) string {
	switch by {
	case "day":
		return t.Format("2006-01-02")
	case "week":
		y, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case "month":
		return t.Format("2006-01")
	}
	return t.Format("2006")
}

func rank(g string) int {
	for i, x := range Granularities {
		if x == g {
			return i
		}
	}
	return len(Granularities)
}

// next returns the period after p.
func next(p, by string) string {
	t, _, _ := annalist.ParseDateValue(p)
	switch by {
	case "day":
		t = t.AddDate(0, 0, 1)
	case "week":
		t = t.AddDate(0, 0, 7)
	case "month":
		t = t.AddDate(0, 1, 0)
	default:
		t = t.AddDate(1, 0, 0)
	}
	return format(t, by)
}

// Squeeze sums runs of adjacent values so that the series fits in width
// columns, and says how many values each column holds.
func Squeeze(values []int, width int) ([]int, int) {
	per := 1
	if width > 0 && len(values) > width {
		per = (len(values) + width - 1) / width
	}
	out := make([]int, 0, (len(values)+per-1)/per)
	for i := 0; i < len(values); i += per {
		sum := 0
		for _, v := range values[i:min(i+per, len(values))] {
			sum += v
		}
		out = append(out, sum)
	}
	return out, per
}

// Sparkline draws values as a row of block characters, the tallest full.
func Sparkline(values []int) string {
	const bars = "▁▂▃▄▅▆▇█"
	blocks := []rune(bars)
	max := 0
	for _, v := range values {
		if v > max {
			max = v
		}
	}
	var b strings.Builder
	for _, v := range values {
		switch {
		case v == 0:
			b.WriteRune(blocks[0])
		default:
			b.WriteRune(blocks[(v*(len(blocks)-1)+max-1)/max])
		}
	}
	return b.String()
}
