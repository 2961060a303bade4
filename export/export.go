// Package export writes records in the formats users load into their own
// tools: JSON Lines, an ACLED-like events table (CSV, Parquet or GeoJSON), and a
// GDELT GKG 2.1-style table. Every writer streams: one record in, rows out.
package export

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/annalist/annalist"
)

// Formats are the values of `annalist export --format`.
var Formats = []string{"jsonl", "events-csv", "gkg", "parquet", "geojson"}

// Writer writes records one at a time; Close flushes what is buffered.
type Writer interface {
	Write(r *annalist.Record) error
	Close() error
}

// Options tune what the writers print.
type Options struct {
	// CountryName turns an ISO 3166-1 code into a name for the events
	// table's "country" column; nil leaves the code.
	CountryName func(iso string) string
}

// New returns a writer of format to w.
func New(format string, w io.Writer, opt Options) (Writer, error) {
	switch format {
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return jsonlWriter{enc}, nil
	case "events-csv":
		return newEventsCSV(w, opt), nil
	case "gkg":
		return newGKG(w), nil
	case "parquet":
		return newEventsParquet(w, opt), nil
	case "geojson":
		return newGeoJSON(w, opt), nil
	}
	return nil, fmt.Errorf("unknown export format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

type jsonlWriter struct{ enc *json.Encoder }

func (j jsonlWriter) Write(r *annalist.Record) error { return j.enc.Encode(r) }
func (j jsonlWriter) Close() error                   { return nil }
