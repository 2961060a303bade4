package main

import (
	"fmt"
	"time"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/eval"
	"github.com/annalist/annalist/extract/count"
	"github.com/annalist/annalist/text"
	"github.com/spf13/cobra"
)

func init() {
	var plover string
	var misses bool
	cmd := &cobra.Command{
		Use:   "counts",
		Short: "Score killed and injured counts against the PLOVER gold records",
		Long: `Run the count extractor over the text of each PLOVER gold record that gives
deaths or injuries, and report how often the extracted killed and injured counts
equal the gold numbers (precision, recall, F1), on all records and on the odd
(tuning) and even (held-out) halves. Also reports how often the gold "size" is
found among counts of any kind. Few records: a sanity check.`,
		Example: `  annalist eval counts
  annalist eval counts --plover ../shared/eval/plover/PLOVER_GSR_CAMEO.txt --misses`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			recs, err := eval.ReadPLOVER(plover)
			if err != nil {
				return err
			}
			find := func(body, date string) []annalist.Count {
				return count.Find(text.Analyze(body, date))
			}
			out := cmd.OutOrStdout()
			start := time.Now()
			all := eval.ScoreCounts(recs, find)
			elapsed := time.Since(start)
			odd, even := eval.SplitPLOVER(recs)
			all.Report(out, "all")
			eval.ScoreCounts(odd, find).Report(out, "odd (tuning)")
			eval.ScoreCounts(even, find).Report(out, "even (held out)")
			if misses {
				all.ReportMisses(out)
			}
			fmt.Fprintf(out, "%d records read; %d texts with gold analysed and scored in %v (%.0f texts/s)\n",
				len(recs), all.Texts, elapsed.Round(time.Microsecond), float64(all.Texts)/elapsed.Seconds())
			return nil
		},
	}
	cmd.Flags().StringVar(&plover, "plover", "../shared/eval/plover/PLOVER_GSR_CAMEO.txt", "PLOVER gold file")
	cmd.Flags().BoolVar(&misses, "misses", false, "list the records whose counts differ from the gold")
	evalCmd.AddCommand(cmd)
}
