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
	"github.com/annalist/annalist/extract/event"
)

// EventRow is one event in the manner of an ACLED table. Events reported
// as negated, hypothetical or future are not rows unless
// Options.AllModalities: the table lists what happened. What is unknown is
// empty in CSV and NULL in Parquet (the "optional" columns write their zero
// value as NULL): a missing date, place, count or actor type is never 0.
type EventRow struct {
	EventID       string  `parquet:"event_id"`
	EventDate     string  `parquet:"event_date,optional"`     // YYYY-MM-DD, the first day of the period the text gives
	TimePrecision int32   `parquet:"time_precision,optional"` // 1 day, 2 week, 3 month or coarser
	EventType     string  `parquet:"event_type,optional"`     // ACLED event type, where ACLED codes the event
	SubEventType  string  `parquet:"sub_event_type,optional"` // ACLED sub-event type
	PloverType    string  `parquet:"plover_type"`             // PLOVER category
	PloverMode    string  `parquet:"plover_mode,optional"`
	Modality      string  `parquet:"modality,optional"` // empty for events reported as having happened
	Actor1        string  `parquet:"actor1,optional"`
	Actor1Kind    string  `parquet:"actor1_kind,optional"` // state_forces, rebels, ... (CONTRACT.md)
	Actor1Country string  `parquet:"actor1_country,optional"`
	Actor1CAMEO   string  `parquet:"actor1_cameo,optional"`
	Inter1        int32   `parquet:"inter1,optional"` // ACLED actor type code, 1-8
	Actor2        string  `parquet:"actor2,optional"`
	Actor2Kind    string  `parquet:"actor2_kind,optional"`
	Actor2Country string  `parquet:"actor2_country,optional"`
	Actor2CAMEO   string  `parquet:"actor2_cameo,optional"`
	Inter2        int32   `parquet:"inter2,optional"`
	Interaction   int32   `parquet:"interaction,optional"` // ACLED interaction code (16: state forces and protesters)
	Country       string  `parquet:"country,optional"`
	ISO           string  `parquet:"iso,optional"` // ISO 3166-1 alpha-2 (ACLED uses the numeric code)
	Admin1        string  `parquet:"admin1,optional"`
	Location      string  `parquet:"location,optional"`
	Latitude      float64 `parquet:"latitude,optional"`
	Longitude     float64 `parquet:"longitude,optional"`
	GeoPrecision  int32   `parquet:"geo_precision,optional"` // 1 town, 2 region, 3 country
	Fatalities    int32   `parquet:"fatalities,optional"`    // as reported; NULL when the text gives none
	Source        string  `parquet:"source,optional"`
	SourceURL     string  `parquet:"source_url,optional"`
	Notes         string  `parquet:"notes"`             // the sentence the event came from
	Incident      *string `parquet:"incident,optional"` // the happening this event reports, across articles
	Story         *string `parquet:"story,optional"`
}

// EventColumns are the events table's header, in order.
var EventColumns = []string{"event_id", "event_date", "time_precision", "event_type", "sub_event_type",
	"plover_type", "plover_mode", "modality",
	"actor1", "actor1_kind", "actor1_country", "actor1_cameo", "inter1",
	"actor2", "actor2_kind", "actor2_country", "actor2_cameo", "inter2", "interaction",
	"country", "iso", "admin1", "location", "latitude", "longitude",
	"geo_precision", "fatalities", "source", "source_url", "notes", "incident", "story"}

// EventRows turns a record's events into table rows.
func EventRows(r *annalist.Record, opt Options) []EventRow {
	var rows []EventRow
	for i, e := range r.Events {
		if e.Modality != "" && !opt.AllModalities {
			continue
		}
		row := EventRow{
			EventID:    fmt.Sprintf("%s-%d", r.ID, i+1),
			PloverType: e.Type,
			PloverMode: e.Mode,
			Modality:   e.Modality,
			Fatalities: int32(e.Fatalities),
			Source:     sourceName(r),
			SourceURL:  r.URL,
			Notes:      spanText(r.Text, e.Sentence),
			Incident:   optional(e.Incident),
			Story:      optional(r.Story),
		}
		if e.ACLED != nil {
			row.EventType, row.SubEventType = e.ACLED.EventType, e.ACLED.SubEventType
		}
		row.EventDate, row.TimePrecision = eventDate(e.Date)
		if a := e.Actor; a != nil {
			row.Actor1, row.Actor1Kind, row.Actor1Country, row.Actor1CAMEO = a.Text, a.Kind, a.Country, a.CAMEO
			row.Inter1 = int32(event.Inter(a.Kind))
		}
		if a := e.Target; a != nil {
			row.Actor2, row.Actor2Kind, row.Actor2Country, row.Actor2CAMEO = a.Text, a.Kind, a.Country, a.CAMEO
			row.Inter2 = int32(event.Inter(a.Kind))
		}
		row.Interaction = int32(event.Interaction(int(row.Inter1), int(row.Inter2)))
		if p := e.Place; p != nil {
			row.ISO, row.Admin1, row.Location = p.Country, p.Admin1, p.Name
			row.Country = p.Country
			if opt.CountryName != nil && p.Country != "" {
				row.Country = opt.CountryName(p.Country)
			}
			row.GeoPrecision = geoPrecision(r, p)
			if row.GeoPrecision > 0 && (p.Lat != 0 || p.Lon != 0) {
				row.Latitude, row.Longitude = p.Lat, p.Lon
			}
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

// num writes a number that is unknown when zero as an empty cell.
func num(n int32) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(int(n))
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
		if e.Latitude != 0 || e.Longitude != 0 {
			lat, lon = strconv.FormatFloat(e.Latitude, 'f', 5, 64), strconv.FormatFloat(e.Longitude, 'f', 5, 64)
		}
		if err := c.w.Write([]string{e.EventID, e.EventDate, num(e.TimePrecision), e.EventType, e.SubEventType,
			e.PloverType, e.PloverMode, e.Modality,
			e.Actor1, e.Actor1Kind, e.Actor1Country, e.Actor1CAMEO, num(e.Inter1),
			e.Actor2, e.Actor2Kind, e.Actor2Country, e.Actor2CAMEO, num(e.Inter2), num(e.Interaction),
			e.Country, e.ISO, e.Admin1, e.Location, lat, lon, num(e.GeoPrecision),
			num(e.Fatalities), e.Source, e.SourceURL, e.Notes, deref(e.Incident), deref(e.Story)}); err != nil {
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

// optional is s, or nil (NULL in Parquet) when s is empty.
func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
