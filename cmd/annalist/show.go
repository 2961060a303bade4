package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/annalist/annalist"
)

// Colours of annotations in the text, by kind.
var showColours = map[string]string{
	annalist.Person:       "\x1b[36m", // cyan
	annalist.Organization: "\x1b[35m", // magenta
	annalist.Location:     "\x1b[32m", // green
	annalist.Misc:         "\x1b[33m", // yellow
	"time":                "\x1b[34m", // blue
	"count":               "\x1b[31m", // red
	"quote":               "\x1b[3m",  // italic
	"trigger":             "\x1b[4m",  // underline
}

func init() {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show [flags] ID",
		Short: "Show one stored record: its facts, and its text with them marked",
		Long: `Show prints the stored record with this id (as search lists them) for a
reader: title, date and source; entities by type, with roles; places with what
they resolved to; time expressions with their values; counts; quotes with their
speakers; events with actor, target, date, place and casualties. Then the text,
with every annotation coloured by kind when the output is a terminal.

--json prints the record itself, as annalist extract writes it.`,
		Example: `  annalist show reuters-1
  annalist show reuters-1 --json | jq .entities
  annalist search cocoa --json | jq -r '.[0].id' | xargs annalist show`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := openExisting(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			r, err := st.Get(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				return printJSON(out, r)
			}
			showRecord(out, r, isTerminal(out))
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the record as JSON")
	storeFlag(cmd)
	root.AddCommand(cmd)
}

// showRecord writes r for a reader, in colour when colour is set.
func showRecord(w io.Writer, r *annalist.Record, colour bool) {
	style := func(s, code string) string {
		if !colour || code == "" {
			return s
		}
		return code + s + ansiReset
	}
	title := r.Title
	if title == "" {
		title = "(no title)"
	}
	fmt.Fprintln(w, style(title, ansiBold))
	meta := []string{r.ID}
	for _, s := range []string{r.Published, r.Language, r.URL} {
		if s != "" {
			meta = append(meta, s)
		}
	}
	fmt.Fprintln(w, style(strings.Join(meta, "  "), ansiDim))

	section := func(name string, n int) bool {
		if n == 0 {
			return false
		}
		fmt.Fprintf(w, "\n%s\n", style(name, ansiBold))
		return true
	}
	byType := map[string][]annalist.Entity{}
	var places []annalist.Entity
	for _, e := range r.Entities {
		byType[e.Type] = append(byType[e.Type], e)
		if e.Geo != nil {
			places = append(places, e)
		}
	}
	if section("Entities", len(r.Entities)) {
		for _, t := range []string{annalist.Person, annalist.Organization, annalist.Location, annalist.Misc} {
			if len(byType[t]) == 0 {
				continue
			}
			var names []string
			for _, e := range byType[t] {
				n := e.Name
				if e.Role != "" {
					n += " (" + e.Role + ")"
				}
				if len(e.Mentions) > 1 {
					n += fmt.Sprintf(" ×%d", len(e.Mentions))
				}
				names = append(names, n)
			}
			fmt.Fprintf(w, "  %s %s\n", style(fmt.Sprintf("%-13s", t), showColours[t]), strings.Join(names, "; "))
		}
	}
	if section("Places", len(places)) {
		for _, e := range places {
			g := e.Geo
			where := []string{g.Kind}
			for _, s := range []string{g.Admin1, g.Country} {
				if s != "" {
					where = append(where, s)
				}
			}
			fmt.Fprintf(w, "  %s: %s  (%.4f, %.4f)", e.Name, strings.Join(where, ", "), g.Lat, g.Lon)
			if g.GeonamesID != 0 {
				fmt.Fprintf(w, "  geonames %d", g.GeonamesID)
			}
			fmt.Fprintln(w)
		}
	}
	if section("Times", len(r.Times)) {
		for _, t := range r.Times {
			v := t.Value
			if t.Mod != "" {
				v += " " + t.Mod
			}
			fmt.Fprintf(w, "  %q  %s %s\n", t.Text, t.Type, v)
		}
	}
	if section("Counts", len(r.Counts)) {
		for _, c := range r.Counts {
			q := ""
			if c.Qualifier != "" {
				q = c.Qualifier + " "
			}
			fmt.Fprintf(w, "  %s %s%d  %q\n", c.Kind, q, c.Number, c.Text)
		}
	}
	if section("Quotes", len(r.Quotes)) {
		for _, q := range r.Quotes {
			who := q.Speaker
			if who == "" {
				who = "(no speaker)"
			}
			if q.Cue != "" {
				who += ", " + q.Cue
			}
			fmt.Fprintf(w, "  %q  — %s\n", q.Text, who)
		}
	}
	if section("Events", len(r.Events)) {
		for _, e := range r.Events {
			line := e.Type
			if e.Modality != "" {
				line += " (" + e.Modality + ")"
			}
			line += fmt.Sprintf(" %q", e.Trigger.Text)
			if e.Actor != nil {
				line += "  actor: " + e.Actor.Text
			}
			if e.Target != nil {
				line += "  target: " + e.Target.Text
			}
			if e.Date != "" {
				line += "  date: " + e.Date
			}
			if e.Place != nil {
				line += "  place: " + e.Place.Name
				if e.Place.Country != "" {
					line += " (" + e.Place.Country + ")"
				}
			}
			for _, n := range []struct {
				label string
				n     int
			}{{"killed", e.Fatalities}, {"injured", e.Injuries}, {"arrested", e.Arrests}, {"size", e.Size}} {
				if n.n != 0 {
					line += fmt.Sprintf("  %s: %d", n.label, n.n)
				}
			}
			fmt.Fprintln(w, " ", line)
		}
	}
	fmt.Fprintf(w, "\n%s\n", style("Text", ansiBold))
	if !colour {
		fmt.Fprintln(w, r.Text)
		return
	}
	var legend []string
	for _, k := range []string{annalist.Person, annalist.Organization, annalist.Location, annalist.Misc, "time", "count", "quote", "trigger"} {
		legend = append(legend, style(strings.ToLower(k), showColours[k]))
	}
	fmt.Fprintln(w, style("(", ansiDim)+strings.Join(legend, " ")+style(")", ansiDim))
	fmt.Fprintln(w, highlight(r.Text, annotations(r), showColours))
}

// mark is an annotated stretch of text and its kind.
type mark struct {
	start, end int
	kind       string
}

// annotations lists every fact of r that points into its text.
func annotations(r *annalist.Record) []mark {
	var ms []mark
	for _, e := range r.Entities {
		for _, m := range e.Mentions {
			ms = append(ms, mark{m.Start, m.End, e.Type})
		}
	}
	for _, t := range r.Times {
		ms = append(ms, mark{t.Start, t.End, "time"})
	}
	for _, c := range r.Counts {
		ms = append(ms, mark{c.Start, c.End, "count"})
	}
	for _, q := range r.Quotes {
		ms = append(ms, mark{q.Start, q.End, "quote"})
	}
	for _, e := range r.Events {
		ms = append(ms, mark{e.Trigger.Start, e.Trigger.End, "trigger"})
	}
	return ms
}

// highlight colours each marked stretch of text. Where marks overlap (a name
// inside a quote) the innermost wins; marks out of range or cutting a UTF-8
// character are ignored.
func highlight(text string, ms []mark, colours map[string]string) string {
	valid := ms[:0:0]
	for _, m := range ms {
		if m.start < 0 || m.end > len(text) || m.start >= m.end || colours[m.kind] == "" ||
			!boundary(text, m.start) || !boundary(text, m.end) {
			continue
		}
		valid = append(valid, m)
	}
	if len(valid) == 0 {
		return text
	}
	cuts := []int{0, len(text)}
	for _, m := range valid {
		cuts = append(cuts, m.start, m.end)
	}
	sort.Ints(cuts)
	// Marks by start, so that those covering a segment are found by a scan
	// that stops at the first mark starting after it.
	sort.Slice(valid, func(i, j int) bool { return valid[i].start < valid[j].start })
	var b strings.Builder
	for i := 0; i+1 < len(cuts); i++ {
		lo, hi := cuts[i], cuts[i+1]
		if lo == hi {
			continue
		}
		best := -1
		for j, m := range valid {
			if m.start > lo {
				break
			}
			if m.end >= hi && (best < 0 || m.end-m.start < valid[best].end-valid[best].start) {
				best = j
			}
		}
		if best < 0 {
			b.WriteString(text[lo:hi])
			continue
		}
		b.WriteString(colours[valid[best].kind])
		b.WriteString(text[lo:hi])
		b.WriteString(ansiReset)
	}
	return b.String()
}

func boundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }
