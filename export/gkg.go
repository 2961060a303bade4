package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/annalist/annalist"
)

// GKGColumns are the columns of the GKG 2.1-style table, a subset of
// GDELT's own in its order, with GDELT's delimiters inside each field:
// ';' between blocks, '#' (or ',') between a block's fields, '|' inside
// quotations. Offsets are character offsets, as GDELT counts them.
// Country codes are ISO 3166-1 alpha-2, where GDELT uses FIPS 10-4.
var GKGColumns = []string{"GKGRECORDID", "DATE", "SourceCommonName", "DocumentIdentifier",
	"V2Counts", "V2Themes", "V2Locations", "V2Persons", "V2Organizations", "V2Tone",
	"V2.1Dates", "V2.1Quotations"}

type gkgWriter struct {
	w      *bufio.Writer
	header bool
}

func newGKG(w io.Writer) *gkgWriter { return &gkgWriter{w: bufio.NewWriter(w)} }

// gkgCountTypes maps count kinds to GDELT's count types where it has one.
var gkgCountTypes = map[string]string{
	"killed": "KILL", "injured": "WOUND", "arrested": "ARREST", "displaced": "DISPLACED",
	"protesters": "PROTEST", "missing": "MISSING", "troops": "TROOPS",
}

// gkgLocationTypes maps geo kinds to GDELT's location types.
var gkgLocationTypes = map[string]int{
	annalist.GeoCountry: 1, annalist.GeoCity: 4, annalist.GeoAdmin1: 5, annalist.GeoAdmin2: 5,
}

func (g *gkgWriter) Write(r *annalist.Record) error {
	if !g.header {
		g.header = true
		g.w.WriteString(strings.Join(GKGColumns, "\t") + "\n")
	}
	g.w.WriteString(strings.Join(GKGRow(r), "\t"))
	return g.w.WriteByte('\n')
}

func (g *gkgWriter) Close() error {
	if !g.header {
		g.header = true
		g.w.WriteString(strings.Join(GKGColumns, "\t") + "\n")
	}
	return g.w.Flush()
}

// GKGRow returns one record's fields in GKGColumns order.
func GKGRow(r *annalist.Record) []string {
	off := func(b int) string { return strconv.Itoa(utf8.RuneCountInString(r.Text[:clamp(b, len(r.Text))])) }
	date := ""
	if t, err := time.Parse("2006-01-02", r.Published); err == nil {
		date = t.Format("20060102150405")
	}
	doc := r.URL
	if doc == "" {
		doc = r.ID
	}

	var counts []string
	for _, c := range r.Counts {
		typ := gkgCountTypes[c.Kind]
		if typ == "" {
			typ = strings.ToUpper(c.Kind)
		}
		counts = append(counts, strings.Join([]string{typ, strconv.Itoa(c.Number), clean(c.Text), "0", "", "", "", "", "", "", off(c.Start)}, "#"))
	}

	var locs, persons, orgs []string
	for _, e := range r.Entities {
		for _, m := range e.Mentions {
			switch {
			case e.Type == annalist.Location && e.Geo != nil:
				g := e.Geo
				locs = append(locs, strings.Join([]string{strconv.Itoa(gkgLocationTypes[g.Kind]), clean(e.Name), g.Country, "", "",
					ftoa(g.Lat), ftoa(g.Lon), idOrEmpty(g.GeonamesID), off(m.Start)}, "#"))
			case e.Type == annalist.Person:
				persons = append(persons, clean(e.Name)+","+off(m.Start))
			case e.Type == annalist.Organization:
				orgs = append(orgs, clean(e.Name)+","+off(m.Start))
			}
		}
	}

	tone := ""
	if t := r.Tone; t != nil {
		// Activity and self-reference densities are not measured: empty.
		tone = fmt.Sprintf("%s,%s,%s,%s,,,%d", ftoa(t.Tone), ftoa(t.Positive), ftoa(t.Negative), ftoa(t.Polarity), t.Words)
	}

	var dates []string
	for _, t := range r.Times {
		if t.Type != annalist.Date {
			continue
		}
		if d, ok := gkgDate(t.Value); ok {
			dates = append(dates, d+"#"+off(t.Start))
		}
	}

	var quotes []string
	for _, q := range r.Quotes {
		quotes = append(quotes, strings.Join([]string{off(q.Start), strconv.Itoa(utf8.RuneCountInString(q.Text)), clean(q.Cue), clean(q.Text)}, "|"))
	}

	return []string{r.ID, date, sourceName(r), clean(doc),
		strings.Join(counts, ";"), strings.Join(r.Themes, ";"), strings.Join(locs, ";"),
		strings.Join(persons, ";"), strings.Join(orgs, ";"), tone,
		strings.Join(dates, ";"), strings.Join(quotes, "#")}
}

// gkgDate turns a TIMEX3 date into GDELT's resolution#month#day#year.
func gkgDate(v string) (string, bool) {
	if t, err := time.Parse("2006-01-02", v); err == nil {
		return fmt.Sprintf("3#%d#%d#%d", t.Month(), t.Day(), t.Year()), true
	}
	if t, err := time.Parse("2006-01", v); err == nil {
		return fmt.Sprintf("2#%d#0#%d", t.Month(), t.Year()), true
	}
	if t, err := time.Parse("2006", v); err == nil {
		return fmt.Sprintf("1#0#0#%d", t.Year()), true
	}
	return "", false
}

// clean keeps GDELT's delimiters, tabs and line breaks out of free text.
var cleaner = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ", ";", ",", "#", " ", "|", " ")

func clean(s string) string { return cleaner.Replace(s) }

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func idOrEmpty(id int) string {
	if id == 0 {
		return ""
	}
	return strconv.Itoa(id)
}

func clamp(b, n int) int {
	if b < 0 {
		return 0
	}
	if b > n {
		return n
	}
	return b
}
