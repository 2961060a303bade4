package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"

	"github.com/parquet-go/parquet-go"

	"github.com/annalist/annalist"
)

// EventRow is one event in the manner of an ACLED table. Events reported
// as negated, hypothetical or future are not rows: the table lists what
// happened.
type EventRow struct {
	EventID       string  `parquet:"event_id"`
	EventDate     string  `parquet:"event_date"`     // YYYY-MM-DD, the first day of the period the text gives
	TimePrecision int32   `parquet:"time_precision"` // 1 day, 2 week, 3 month or coarser, 0 unknown
	EventType     string  `parquet:"event_type"`     // PLOVER category
	SubEventType  string  `parquet:"sub_event_type"` // PLOVER mode
	Actor1        string  `parquet:"actor1"`
	Actor2        string  `parquet:"actor2"`
	Country       string  `parquet:"country"`
	ISO           string  `parquet:"iso"` // ISO 3166-1 alpha-2 (ACLED uses the numeric code)
	Admin1        string  `parquet:"admin1"`
	Location      string  `parquet:"location"`
	Latitude      float64 `parquet:"latitude,optional"`
	Longitude     float64 `parquet:"longitude,optional"`
	GeoPrecision  int32   `parquet:"geo_precision"` // 1 town, 2 region, 3 country, 0 unknown
	Fatalities    int32   `parquet:"fatalities"`
	Source        string  `parquet:"source"`
	SourceURL     string  `parquet:"source_url"`
	Notes         string  `parquet:"notes"` // the sentence the event came from
}

// EventColumns are the events table's header, in order.
var EventColumns = []string{"event_id", "event_date", "time_precision", "event_type", "sub_event_type",
	"actor1", "actor2", "country", "iso", "admin1", "location", "latitude", "longitude",
	"geo_precision", "fatalities", "source", "source_url", "notes"}

// EventRows turns a record's events into table rows.
func EventRows(r *annalist.Record, opt Options) []EventRow {
	var rows []EventRow
	for i, e := range r.Events {
		if e.Modality != "" {
			continue
		}
		row := EventRow{
			EventID:      fmt.Sprintf("%s-%d", r.ID, i+1),
			EventType:    e.Type,
			SubEventType: e.Mode,
			Fatalities:   int32(e.Fatalities),
			Source:       sourceName(r),
			SourceURL:    r.URL,
			Notes:        spanText(r.Text, e.Sentence),
		}
		row.EventDate, row.TimePrecision = eventDate(e.Date)
		if e.Actor != nil {
			row.Actor1 = e.Actor.Text
		}
		if e.Target != nil {
			row.Actor2 = e.Target.Text
		}
		if p := e.Place; p != nil {
			row.ISO, row.Admin1, row.Location = p.Country, p.Admin1, p.Name
			row.Country = p.Country
			if opt.CountryName != nil && p.Country != "" {
				row.Country = opt.CountryName(p.Country)
			}
			row.Latitude, row.Longitude = p.Lat, p.Lon
			row.GeoPrecision = geoPrecision(r, p)
		}
		rows = append(rows, row)
	}
	return rows
}

// eventDate turns a TIMEX3 date into the first day of its period and an
// ACLED time precision.
func eventDate(v string) (string, int32) {
	t, prec, ok := annalist.ParseDateValue(v)
	if !ok {
		return "", 0
	}
	switch prec {
	case annalist.PrecisionDay:
		return t.Format("2006-01-02"), 1
	case annalist.PrecisionWeek:
		return t.Format("2006-01-02"), 2
	}
	return t.Format("2006-01-02"), 3
}

func geoPrecision(r *annalist.Record, p *annalist.Place) int32 {
	kind := ""
	for _, e := range r.Entities {
		if e.ID == p.Entity && e.Geo != nil {
			kind = e.Geo.Kind
		}
	}
	switch kind {
	case annalist.GeoCity:
		return 1
	case annalist.GeoAdmin1, annalist.GeoAdmin2:
		return 2
	case "":
		if p.Country == "" {
			return 0
		}
	}
	return 3
}

func sourceName(r *annalist.Record) string {
	if u, err := url.Parse(r.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	}
	return ""
}

func spanText(s string, sp annalist.Span) string {
	if sp.Start < 0 || sp.End > len(s) || sp.Start >= sp.End {
		return ""
	}
	return s[sp.Start:sp.End]
}

type eventsCSV struct {
	w      *csv.Writer
	opt    Options
	header bool
}

func newEventsCSV(w io.Writer, opt Options) *eventsCSV {
	return &eventsCSV{w: csv.NewWriter(w), opt: opt}
}

func (c *eventsCSV) Write(r *annalist.Record) error {
	if !c.header {
		c.header = true
		if err := c.w.Write(EventColumns); err != nil {
			return err
		}
	}
	for _, e := range EventRows(r, c.opt) {
		lat, lon := "", ""
		if e.GeoPrecision > 0 && (e.Latitude != 0 || e.Longitude != 0) {
			lat, lon = strconv.FormatFloat(e.Latitude, 'f', 5, 64), strconv.FormatFloat(e.Longitude, 'f', 5, 64)
		}
		prec, geo := "", ""
		if e.TimePrecision > 0 {
			prec = strconv.Itoa(int(e.TimePrecision))
		}
		if e.GeoPrecision > 0 {
			geo = strconv.Itoa(int(e.GeoPrecision))
		}
		if err := c.w.Write([]string{e.EventID, e.EventDate, prec, e.EventType, e.SubEventType,
			e.Actor1, e.Actor2, e.Country, e.ISO, e.Admin1, e.Location, lat, lon, geo,
			strconv.Itoa(int(e.Fatalities)), e.Source, e.SourceURL, e.Notes}); err != nil {
			return err
		}
	}
	return c.w.Error()
}

func (c *eventsCSV) Close() error {
	if !c.header {
		c.header = true
		c.w.Write(EventColumns)
	}
	c.w.Flush()
	return c.w.Error()
}

type eventsParquet struct {
	w   *parquet.GenericWriter[EventRow]
	opt Options
}

func newEventsParquet(w io.Writer, opt Options) *eventsParquet {
	return &eventsParquet{w: parquet.NewGenericWriter[EventRow](w), opt: opt}
}

func (p *eventsParquet) Write(r *annalist.Record) error {
	rows := EventRows(r, p.opt)
	if len(rows) == 0 {
		return nil
	}
	_, err := p.w.Write(rows)
	return err
}

func (p *eventsParquet) Close() error { return p.w.Close() }
