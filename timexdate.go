package annalist

import (
	"fmt"
	"time"
)

// Precisions of a TIMEX3 date value, finest first.
const (
	PrecisionDay   = "day"
	PrecisionWeek  = "week"
	PrecisionMonth = "month"
	PrecisionYear  = "year"
)

// ParseDateValue reads a TIMEX3 calendar date value ("2022-01-05",
// "2022-W11", "2022-01", "2022") and returns the first day of the period
// it names and its precision. Other values (PAST_REF, 2022-Q1, 199) are
// not calendar dates: ok is false.
func ParseDateValue(v string) (start time.Time, precision string, ok bool) {
	var err error
	switch {
	case len(v) == 10:
		start, err = time.Parse("2006-01-02", v)
		precision = PrecisionDay
	case len(v) == 8 && v[4:6] == "-W":
		var y, w int
		if _, err = fmt.Sscanf(v, "%4d-W%2d", &y, &w); err == nil && w >= 1 && w <= 53 {
			start = ISOWeekStart(y, w)
		} else if err == nil {
			err = fmt.Errorf("week %d", w)
		}
		precision = PrecisionWeek
	case len(v) == 7:
		start, err = time.Parse("2006-01", v)
		precision = PrecisionMonth
	case len(v) == 4:
		start, err = time.Parse("2006", v)
		precision = PrecisionYear
	default:
		return time.Time{}, "", false
	}
	if err != nil {
		return time.Time{}, "", false
	}
	return start, precision, true
}

// ISOWeekStart returns the Monday of ISO week w of year y.
func ISOWeekStart(y, w int) time.Time {
	// Week 1 is the week that holds 4 January.
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	return jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
}
