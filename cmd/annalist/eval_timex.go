package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/eval"
	"github.com/annalist/annalist/syntax"
	"github.com/annalist/annalist/text"
	"github.com/annalist/annalist/timex"
)

func init() {
	var errors int
	var noParse bool
	cmd := &cobra.Command{
		Use:   "timex [DIR...]",
		Short: "Score time expressions against TimeML (.tml) documents",
		Long: `Run the time expression tagger over every .tml file in each DIR (TimeBank,
AQUAINT), with the document creation time as the publication date, and compare
with the gold TIMEX3 inside <TEXT> (the DCT itself is not scored). Prints
strict (same offsets) and relaxed (overlapping) precision, recall and F1, the
accuracy of type and value over relaxed matches, and the speed. Without DIR it
scores ../shared/eval/timeml-tbaq/TimeBank (the development set) and AQUAINT
(held out).

Value accuracy compares values after eval.NormalizeValue ("1949-XX" = "1949",
"199X" = "199", "W08" = "W8"); the exact-string figure is printed beside it.

The documents are parsed as annalist extract parses them (the language layer),
so that a bare weekday or month is read by the tense of its governing verb;
--no-parse reads the clause's verb group instead (see the timex package).`,
		Example: `  annalist eval timex ../shared/eval/timeml-tbaq/TimeBank
  annalist eval timex --errors 40 ../shared/eval/timeml-tbaq/AQUAINT`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				base := filepath.Join("..", "shared", "eval", "timeml-tbaq")
				args = []string{filepath.Join(base, "TimeBank"), filepath.Join(base, "AQUAINT")}
			}
			for _, dir := range args {
				if err := evalTimexDir(cmd.OutOrStdout(), dir, errors, !noParse); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&errors, "errors", 0, "print up to this many misses, spurious and wrong values")
	cmd.Flags().BoolVar(&noParse, "no-parse", false, "without the language layer's parse")
	evalCmd.AddCommand(cmd)
}

func evalTimexDir(w io.Writer, dir string, maxErrors int, parse bool) error {
	files, err := eval.Files(dir, "*.tml")
	if err != nil {
		return fmt.Errorf("eval timex: %w", err)
	}
	score := &eval.TimexScore{KeepMismatches: maxErrors > 0}
	var elapsed time.Duration
	bytes := 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return err
		}
		doc, err := eval.ReadTimeML(fh)
		fh.Close()
		if err != nil {
			return fmt.Errorf("eval timex: %s: %w", f, err)
		}
		start := time.Now()
		d := text.Analyze(doc.Text, doc.DCT)
		if parse {
			d.Parser = syntax.Lazy
		}
		var rec annalist.Record
		timex.Extractor{}.Extract(d, &rec)
		pred := rec.Times
		elapsed += time.Since(start)
		bytes += len(doc.Text)
		score.Add(doc.Gold, pred)
	}
	sp, sr, sf := score.StrictPRF()
	rp, rr, rf := score.RelaxedPRF()
	fmt.Fprintf(w, "%s: %d documents, %d gold, %d predicted\n", dir, len(files), score.Gold, score.Pred)
	fmt.Fprintf(w, "  strict   P %.3f  R %.3f  F1 %.3f\n", sp, sr, sf)
	fmt.Fprintf(w, "  relaxed  P %.3f  R %.3f  F1 %.3f\n", rp, rr, rf)
	fmt.Fprintf(w, "  type accuracy %.3f  value accuracy %.3f (exact strings %.3f)  value F1 %.3f\n",
		score.TypeAccuracy(), score.ValueAccuracy(), score.ValueAccuracyExact(), score.ValueF1())
	secs := elapsed.Seconds()
	if secs > 0 {
		fmt.Fprintf(w, "  speed %.0f KB/s, %.0f expressions/s\n", float64(bytes)/1024/secs, float64(score.Pred)/secs)
	}
	if maxErrors > 0 {
		show := func(title string, ts []string) {
			fmt.Fprintf(w, "  %s (%d):\n", title, len(ts))
			for i, s := range ts {
				if i == maxErrors {
					break
				}
				fmt.Fprintln(w, "    "+s)
			}
		}
		var lines []string
		for _, m := range score.Mismatches {
			lines = append(lines, fmt.Sprintf("%q %s %s  ->  %q %s %s", m.Gold.Text, m.Gold.Type, m.Gold.Value, m.Pred.Text, m.Pred.Type, m.Pred.Value))
		}
		show("wrong type or value", lines)
		lines = lines[:0]
		for _, g := range score.Missed {
			lines = append(lines, fmt.Sprintf("%q %s %s", g.Text, g.Type, g.Value))
		}
		show("missed", lines)
		lines = lines[:0]
		for _, p := range score.Spurious {
			lines = append(lines, fmt.Sprintf("%q %s %s", p.Text, p.Type, p.Value))
		}
		show("spurious", lines)
	}
	return nil
}
