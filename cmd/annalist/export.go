package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/export"
	"github.com/annalist/annalist/gazetteer"
	"github.com/annalist/annalist/store"
)

func init() {
	var (
		opt    store.SearchOptions
		format string
		out    string
	)
	cmd := &cobra.Command{
		Use:   "export [flags] [QUERY...]",
		Short: "Write stored records as JSON Lines, an events table (CSV, Parquet, GeoJSON) or a GKG-style table",
		Long: `Export writes the stored records that match a query (every record without
one), oldest first, with the same query language and --from/--to as search.

Formats:
  jsonl       one record a line, as annalist extract writes them
  events-csv  one event a row, ACLED-like columns: event_id, event_date,
              time_precision (1 day, 2 week, 3 month or coarser), event_type
              (PLOVER), sub_event_type, actor1, actor2, country, iso (ISO 3166-1
              alpha-2), admin1, location, latitude, longitude, geo_precision
              (1 town, 2 region, 3 country), fatalities, source, source_url,
              notes (the sentence). Negated, hypothetical and future events are
              not rows.
  parquet     the same events table as Parquet, for pandas, DuckDB or Spark
  geojson     the events that have a place with coordinates as a GeoJSON
              FeatureCollection of points (longitude, latitude; RFC 7946), the
              table's other columns as properties, for QGIS and other GIS tools
  gkg         a GDELT GKG 2.1-style tab-separated table, one article a row:
              GKGRECORDID, DATE, SourceCommonName, DocumentIdentifier, V2Counts,
              V2Themes, V2Locations, V2Persons, V2Organizations, V2Tone,
              V2.1Dates, V2.1Quotations, with GDELT's delimiters and character
              offsets (country codes are ISO, where GDELT uses FIPS)`,
		Example: `  annalist export --format events-csv > events.csv
  annalist export --format parquet -o protests.parquet protest --from 2022-01
  annalist export --format gkg opec > opec.gkg.tsv
  annalist export --format geojson -o events.geojson`,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := openExisting(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			dst := cmd.OutOrStdout()
			var file *os.File
			if out != "" && out != "-" {
				if file, err = os.Create(out); err != nil {
					return err
				}
				defer file.Close()
				dst = file
			}
			buf := bufio.NewWriterSize(dst, 1<<16)
			w, err := export.New(format, buf, export.Options{CountryName: countryName})
			if err != nil {
				return err
			}
			n := 0
			err = st.Records(cmd.Context(), strings.Join(args, " "), opt, func(r *annalist.Record) error {
				n++
				return w.Write(r)
			})
			if err != nil {
				return err
			}
			if err := w.Close(); err != nil {
				return err
			}
			if err := buf.Flush(); err != nil {
				return err
			}
			if file != nil {
				if err := file.Close(); err != nil {
					return err
				}
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "exported %d articles as %s\n", n, format)
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&format, "format", "jsonl", "jsonl, events-csv, parquet, geojson or gkg")
	fl.StringVarP(&out, "output", "o", "", "write to this file instead of standard output")
	fl.StringVar(&opt.From, "from", "", "earliest publication date: YYYY, YYYY-MM or YYYY-MM-DD")
	fl.StringVar(&opt.To, "to", "", "latest publication date, inclusive")
	storeFlag(cmd)
	root.AddCommand(cmd)
}

// countryName names a country by its ISO code from the gazetteer.
func countryName(iso string) string {
	if p, ok := gazetteer.Default().Country(iso); ok {
		return p.Name
	}
	return iso
}
