package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/query"
	"github.com/annalist/annalist/store"
)

// sparkWidth is the most columns a sparkline takes; longer timelines are
// summed into fewer, wider columns.
const sparkWidth = 100

func init() {
	var (
		opt    store.SearchOptions
		by     string
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "timeline [flags] [QUERY...]",
		Short: "Count the events of matching articles by day (or week, month, year) and type",
		Long: `Timeline counts the events of the stored articles that match a query (all of
them without one) by the date the events happened, not the date of the report,
and by PLOVER type, and draws a sparkline per type on a terminal.

An event dated less precisely than --by (a month-dated event in a daily
timeline) is not put on a day it may not have happened: it is counted apart,
as are undated events. Negated, hypothetical and future events are left out.
--json writes the periods, types and counts for a chart.`,
		Example: `  annalist timeline protest --from 2022-01 --to 2022-03
  annalist timeline --by month "police OR army"
  annalist timeline strike --json | jq .totals`,
		RunE: func(cmd *cobra.Command, args []string) error {
			tl, err := query.NewTimeline(by)
			if err != nil {
				return err
			}
			st, err := openExisting(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			articles := 0
			err = st.Records(cmd.Context(), strings.Join(args, " "), opt, func(r *annalist.Record) error {
				articles++
				tl.Add(r)
				return nil
			})
			if err != nil {
				return err
			}
			tl.Finish()
			out := cmd.OutOrStdout()
			if asJSON {
				return printJSON(out, tl)
			}
			if len(tl.Periods) == 0 {
				fmt.Fprintf(out, "no dated events in %d matching articles (%d dated less precisely than a %s, %d undated)\n", articles, tl.Coarser, by, tl.Undated)
				return nil
			}
			fmt.Fprintf(out, "%d articles, %s to %s, by %s\n", articles, tl.Periods[0], tl.Periods[len(tl.Periods)-1], by)
			width := len("all")
			for _, t := range tl.Types {
				width = max(width, len(t))
			}
			per := 1
			row := func(name string, series []int) {
				total := 0
				for _, v := range series {
					total += v
				}
				var cols []int
				cols, per = query.Squeeze(series, sparkWidth)
				fmt.Fprintf(out, "%-*s %6d  %s\n", width, name, total, query.Sparkline(cols))
			}
			row("all", tl.Series(""))
			for _, t := range tl.Types {
				row(t, tl.Series(t))
			}
			if per > 1 {
				fmt.Fprintf(out, "one column is %d %ss\n", per, by)
			}
			if tl.Coarser+tl.Undated > 0 {
				fmt.Fprintf(out, "not shown: %d events dated less precisely than a %s, %d undated\n", tl.Coarser, by, tl.Undated)
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&by, "by", "day", "day, week, month or year")
	fl.StringVar(&opt.From, "from", "", "earliest publication date: YYYY, YYYY-MM or YYYY-MM-DD")
	fl.StringVar(&opt.To, "to", "", "latest publication date, inclusive")
	fl.BoolVar(&asJSON, "json", false, "write the timeline as JSON")
	storeFlag(cmd)
	root.AddCommand(cmd)
}
