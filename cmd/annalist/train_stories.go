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
	var out, cv, cvGate, cvSplit, cvMerge string
	var l2 float64
	var folds, shuffles int
	var topics bool
	cmd := &cobra.Command{
		Use:   "stories [DIR]",
		Short: "Train the story join model on ECB+'s training topics",
		Long: `Train the model that decides whether an article joins a story (see the story
package) on the training topics of ECB+ (ECB_Train_corpus.txt in DIR; each topic
two happenings of one kind; the dev topics are never read). Each document is
analysed as annalist ingest analyses it, and the documents go through a story
index in corpus order, each put in its own happening's story; every story the
index offers a document is an example, labelled by whether it is of the
document's topic and whether it is its happening. The gate (whether an
article is the first report of another happening of its best story's kind)
is then trained on the index's own decisions, in corpus order and two
shuffled orders, three rounds. The same data gives the same file, byte for
byte.

With --cv, the join and gate thresholds are chosen instead: the training
topics are dealt into folds, each fold's documents are assigned by a model
trained on the other folds (among the other folds' documents, in their gold
stories), and the B-cubed scores over all of them are printed for each pair
of thresholds, in corpus order and as the mean F1 of --shuffles orders.`,
		Example: `  # the shipped model
  annalist train stories ../shared/eval/ecbplus --out story/join.tsv

  # the shipped thresholds (story.DefaultJoin, story.DefaultGate), by cross-validation
  annalist train stories ../shared/eval/ecbplus --cv 0.15,0.2 --cv-gate 0.2,0.3,0.4,0.5`,
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
				joins, err := thresholds("--cv", cv)
				if err != nil {
					return err
				}
				gates, err := thresholds("--cv-gate", cvGate)
				if err != nil {
					return err
				}
				splits, err := thresholds("--cv-revise", cvSplit)
				if err != nil {
					return err
				}
				merges, err := thresholds("--cv-merge", cvMerge)
				if err != nil {
					return err
				}
				var opts []story.Options
				for _, j := range joins {
					for _, g := range gates {
						for _, sp := range splits {
							for _, mg := range merges {
								opts = append(opts, story.Options{Join: j, Gate: g, Split: sp, Merge: mg})
							}
						}
					}
				}
				for i, sc := range eval.CrossValidateStories(docs, recs, folds, l2, opts, shuffles) {
					fmt.Fprintf(w, "join %.2f gate %.2f revise %.2f merge %.2f  B-cubed P %.3f  R %.3f  F1 %.3f", opts[i].Join, opts[i].Gate, opts[i].Split, opts[i].Merge, sc.Corpus.P, sc.Corpus.R, sc.Corpus.F)
					if shuffles > 0 {
						fmt.Fprintf(w, "  shuffled F1 %.3f", sc.Shuffled)
					}
					fmt.Fprintln(w)
					if topics {
						for _, t := range sc.Topics {
							if t.Score.F < 1 {
								fmt.Fprintf(w, "  topic %s  P %.2f  R %.2f  F1 %.2f  stories: %s\n", t.Topic, t.Score.P, t.Score.R, t.Score.F, strings.Join(t.Stories, " | "))
							}
						}
					}
				}
				return nil
			}
			m := eval.TrainStories(docs, recs, l2, eval.GateRounds, eval.GateShuffles)
			n, err := writeModelFile(out, m)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "wrote %s (%d bytes) from %d documents in %s\n", out, n, len(docs), time.Since(t0).Round(time.Millisecond))
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "story/join.tsv", "where to write the model")
	cmd.Flags().Float64Var(&l2, "l2", story.DefaultL2, "L2 regularisation of the logistic regressions")
	cmd.Flags().StringVar(&cv, "cv", "", "comma-separated join thresholds to cross-validate instead of training")
	cmd.Flags().StringVar(&cvGate, "cv-gate", fmt.Sprint(story.DefaultGate), "comma-separated gate thresholds to cross-validate with each of --cv")
	cmd.Flags().StringVar(&cvSplit, "cv-revise", fmt.Sprint(story.DefaultSplit), "comma-separated split thresholds (see eval stories --revise) to cross-validate with each pair")
	cmd.Flags().StringVar(&cvMerge, "cv-merge", fmt.Sprint(story.DefaultMerge), "comma-separated merge thresholds (see eval stories --merge) to cross-validate with each")
	cmd.Flags().IntVar(&shuffles, "shuffles", 3, "with --cv, also score this many shuffled orders (mean F1)")
	cmd.Flags().IntVar(&folds, "folds", 5, "folds of topics for --cv")
	cmd.Flags().BoolVar(&topics, "cv-topics", false, "with --cv, also list each topic scored below 1 in corpus order and what its stories hold")
	trainCmd.AddCommand(cmd)
}

// thresholds reads a comma-separated list of numbers given to flag.
func thresholds(flag, list string) ([]float64, error) {
	var out []float64
	for _, f := range strings.Split(list, ",") {
		j, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
		if err != nil {
			return nil, fmt.Errorf("%s: %q is no threshold", flag, f)
		}
		out = append(out, j)
	}
	return out, nil
}
