package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/parquet-go/parquet-go"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/story"
)

// IncidentRow is one incident: a happening with the number of articles
// that report it, its most conservative death toll and every source's
// figure, so that a count of rows counts happenings, not coverage.
type IncidentRow struct {
	IncidentID    string   `parquet:"incident_id"`
	Story         string   `parquet:"story"`
	EventDate     *string  `parquet:"event_date,optional"`
	EventType     string   `parquet:"event_type"`
	Country       *string  `parquet:"country,optional"`
	ISO           *string  `parquet:"iso,optional"`
	Admin1        *string  `parquet:"admin1,optional"`
	Location      *string  `parquet:"location,optional"`
	Latitude      *float64 `parquet:"latitude,optional"`
	Longitude     *float64 `parquet:"longitude,optional"`
	Fatalities    *int32   `parquet:"fatalities,optional"`     // the most conservative figure
	FatalitiesMax *int32   `parquet:"fatalities_max,optional"` // the largest
	Figures       string   `parquet:"figures"`                 // "238 (officials); 225 (the prosecutor's office)"
	Sources       int32    `parquet:"sources"`
	Articles      string   `parquet:"articles"` // ids, space-separated
	SourceURLs    string   `parquet:"source_urls"`
}

// IncidentColumns are the incidents table's header, in order.
var IncidentColumns = []string{"incident_id", "story", "event_date", "event_type", "country", "iso", "admin1",
	"location", "latitude", "longitude", "fatalities", "fatalities_max", "figures", "sources", "articles", "source_urls"}

// IncidentRows turns collected incidents into rows.
func IncidentRows(ins []*story.Incident, opt Options) []IncidentRow {
	rows := make([]IncidentRow, 0, len(ins))
	for _, in := range ins {
		row := IncidentRow{IncidentID: in.ID, Story: in.Story, EventType: in.Type, EventDate: optional(in.Date),
			Sources: int32(in.Sources())}
		if p := in.Place; p != nil {
			row.Location, row.ISO, row.Admin1 = optional(p.Name), optional(p.Country), optional(p.Admin1)
			if p.Country != "" {
				name := p.Country
				if opt.CountryName != nil {
					name = opt.CountryName(p.Country)
				}
				row.Country = &name
			}
			if p.Lat != 0 || p.Lon != 0 {
				lat, lon := p.Lat, p.Lon
				row.Latitude, row.Longitude = &lat, &lon
			}
		}
		if lo, hi := in.Fatalities(); hi > 0 {
			l, h := int32(lo), int32(hi)
			row.Fatalities, row.FatalitiesMax = &l, &h
		}
		var figures, articles, urls []string
		for _, r := range in.Reports {
			articles = append(articles, r.Article)
			if r.URL != "" {
				urls = append(urls, r.URL)
			}
			if r.Fatalities > 0 {
				f := strconv.Itoa(r.Fatalities)
				if r.Claimant != "" {
					f += " (" + r.Claimant + ")"
				}
				figures = append(figures, f)
			}
		}
		row.Figures = strings.Join(figures, "; ")
		row.Articles = strings.Join(articles, " ")
		row.SourceURLs = strings.Join(urls, " ")
		rows = append(rows, row)
	}
	return rows
}

// incidentsWriter collects every record's incidents and writes them at
// Close: an incident is known whole only when all its reports are in.
type incidentsWriter struct {
	c     *story.Collector
	w     io.Writer
	opt   Options
	write func(io.Writer, []IncidentRow) error
}

func (x *incidentsWriter) Write(r *annalist.Record) error { x.c.Add(r); return nil }

func (x *incidentsWriter) Close() error {
	return x.write(x.w, IncidentRows(x.c.Incidents(), x.opt))
}

func newIncidents(w io.Writer, opt Options, write func(io.Writer, []IncidentRow) error) *incidentsWriter {
	return &incidentsWriter{c: story.NewCollector(), w: w, opt: opt, write: write}
}

func writeIncidentsCSV(w io.Writer, rows []IncidentRow) error {
	c := csv.NewWriter(w)
	c.Write(IncidentColumns)
	f := func(p *float64) string {
		if p == nil {
			return ""
		}
		return strconv.FormatFloat(*p, 'f', 5, 64)
	}
	n := func(p *int32) string {
		if p == nil {
			return ""
		}
		return strconv.Itoa(int(*p))
	}
	for _, r := range rows {
		c.Write([]string{r.IncidentID, r.Story, deref(r.EventDate), r.EventType, deref(r.Country), deref(r.ISO), deref(r.Admin1),
			deref(r.Location), f(r.Latitude), f(r.Longitude), n(r.Fatalities), n(r.FatalitiesMax), r.Figures,
			strconv.Itoa(int(r.Sources)), r.Articles, r.SourceURLs})
	}
	c.Flush()
	return c.Error()
}

func writeIncidentsParquet(w io.Writer, rows []IncidentRow) error {
	pw := parquet.NewGenericWriter[IncidentRow](w)
	if len(rows) > 0 {
		if _, err := pw.Write(rows); err != nil {
			return err
		}
	}
	return pw.Close()
}
