package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/eval"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/story"
)

func init() {
	var out, cv string
	var l2 float64
	var folds int
	cmd := &cobra.Command{
		Use:   "stories [DIR]",
		Short: "Train the story join model on ECB+'s training topics",
		Long: `Train the model that decides whether an article joins a story (see the story
package) on the training topics of ECB+ (ECB_Train_corpus.txt in DIR; each topic
two happenings of one kind; the dev topics are never read). Each document is
analysed as annalist ingest analyses it, and the documents go through a story
index in corpus order, each put in its own happening's story; every story the
index offers a document is an example, labelled by whether it is of the
document's topic and whether it is its happening. The same data gives the
same file, byte for byte.

With --cv, the join threshold is chosen instead: the training topics are dealt
into folds, each fold's documents are assigned by a model trained on the other
folds, and the B-cubed F1 over all of them is printed for each threshold.`,
		Example: `  # the shipped model
  annalist train stories ../shared/eval/ecbplus --out story/join.tsv

  # the shipped join threshold (story.DefaultJoin), by cross-validation
  annalist train stories ../shared/eval/ecbplus --cv 0.1,0.15,0.2,0.25,0.3`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			t0 := time.Now()
			dir := "../shared/eval/ecbplus"
			if len(args) == 1 {
				dir = args[0]
			}
			docs, err := eval.ReadECB(dir, "ECB_Train")
			if err != nil {
				return fmt.Errorf("reading ECB+ (the shared data's eval/ecbplus folder): %w", err)
			}
			p := extract.Default()
			recs, err := eval.AnalyseECB(docs, func(d *eval.ECBDoc) (*annalist.Record, error) {
				return p.Process(&annalist.Article{ID: d.ID, Text: d.Text})
			})
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if cv != "" {
				var joins []float64
				for _, f := range strings.Split(cv, ",") {
					j, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
					if err != nil {
						return fmt.Errorf("--cv: %q is no threshold", f)
					}
					joins = append(joins, j)
				}
				for i, sc := range eval.CrossValidateStories(docs, recs, folds, l2, joins) {
					fmt.Fprintf(w, "join %.2f  B-cubed P %.3f  R %.3f  F1 %.3f\n", joins[i], sc.P, sc.R, sc.F)
				}
				return nil
			}
			ex := eval.StoryJoinExamples(docs, recs)
			m := story.TrainJoin(ex, l2)
			n, err := writeModelFile(out, m)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "wrote %s (%d bytes) from %d documents, %d candidate stories, in %s\n", out, n, len(docs), len(ex), time.Since(t0).Round(time.Millisecond))
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "story/join.tsv", "where to write the model")
	cmd.Flags().Float64Var(&l2, "l2", story.DefaultL2, "L2 regularisation of the logistic regressions")
	cmd.Flags().StringVar(&cv, "cv", "", "comma-separated join thresholds to cross-validate instead of training")
	cmd.Flags().IntVar(&folds, "folds", 5, "folds of topics for --cv")
	trainCmd.AddCommand(cmd)
}
