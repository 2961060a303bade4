package main

import (
	"fmt"
	"time"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/eval"
	"github.com/annalist/annalist/extract"
	"github.com/spf13/cobra"
)

func init() {
	var errors bool
	cmd := &cobra.Command{
		Use:   "quotes DIR",
		Short: "Score quotes and their speakers on PolNeAR attribution annotations",
		Long: `Runs the whole extraction pipeline (without cleaning, so offsets stay the
article's) over each article of a PolNeAR split (DIR/text/*.txt with
DIR/attributions/*.ann, brat standoff; the first annotator where there are
several) and prints:

  - direct quotes found: precision, recall and F1 against the runs between double
    quotation marks inside the annotated contents (overlap);
  - direct quotes with the right speaker, end to end, over gold quotes whose source
    is a name or a noun phrase; by source class (named, nominal, pronoun, none),
    how many were found and given the right, a wrong or no speaker (pronoun
    sources are counted apart: PolNeAR does not say whom a pronoun means);
  - reported speech found: precision, recall and F1 of indirect and mixed quotes
    against the contents that are not direct quotes (overlap), and the right
    speaker among those found.

Develop on the train split; report on dev. --errors lists every miss.`,
		Example: `  annalist eval quotes ../shared/eval/polnear/dev
  annalist eval quotes --errors ../shared/eval/polnear/train | grep 'wrong speaker'`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			docs, err := eval.ReadPolNeAR(args[0])
			if err != nil {
				return fmt.Errorf("eval quotes: %w", err)
			}
			p := extract.Default()
			p.NoClean = true
			find := func(text, date string) (*annalist.Record, error) {
				return p.Process(&annalist.Article{Text: text, FallbackDate: date})
			}
			start := time.Now()
			s, err := eval.ScoreQuotes(docs, find)
			if err != nil {
				return fmt.Errorf("eval quotes: %s: %w", args[0], err)
			}
			s.Report(cmd.OutOrStdout(), errors)
			el := time.Since(start)
			fmt.Fprintf(cmd.OutOrStdout(), "%d articles in %v (%.0f articles/s, whole pipeline)\n", s.Articles, el.Round(time.Millisecond), float64(s.Articles)/el.Seconds())
			return nil
		},
	}
	cmd.Flags().BoolVar(&errors, "errors", false, "list every miss: document, kind, quote, gold source, speaker given")
	evalCmd.AddCommand(cmd)
}
