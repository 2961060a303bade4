package main

import (
	"fmt"
	"os"
	"time"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/eval"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/story"
	"github.com/spf13/cobra"
)

func init() {
	var split, model string
	var shuffles int
	var opt story.Options
	cmd := &cobra.Command{
		Use:   "stories [DIR]",
		Short: "Score stories and incidents against ECB+'s happenings",
		Long: `Analyse each ECB+ document, assign it to a story as 'annalist ingest' does (one
article after another, in the corpus's order, with nothing known beforehand),
and compare the stories with ECB+'s happenings (each topic holds two happenings
of one kind): B-cubed precision, recall and F1 over documents. Incidents are
scored over the gold event mentions that an extracted event's trigger overlaps:
MUC, B-cubed, CEAF-e and their mean, the CoNLL F1. With --shuffles N, the
stories are scored again with the documents in N shuffled orders (seeded, so
every run sees the same orders), since an incremental index depends on what
came first.

DIR is the ECB+ folder (ECB_Dev_corpus.txt, ECB_Dev_Event_gold_mentions.json,
and the same for ECB_Train); it comes with the project's shared data.`,
		Example: `  annalist eval stories ../shared/eval/ecbplus
  annalist eval stories --split train --join 0.3 ../shared/eval/ecbplus`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "../shared/eval/ecbplus"
			if len(args) == 1 {
				dir = args[0]
			}
			prefix := map[string]string{"dev": "ECB_Dev", "train": "ECB_Train"}[split]
			if prefix == "" {
				return fmt.Errorf("--split must be dev or train, not %q", split)
			}
			docs, err := eval.ReadECB(dir, prefix)
			if err != nil {
				return fmt.Errorf("reading ECB+ (the shared data's eval/ecbplus folder): %w", err)
			}
			mentions, err := eval.ReadECBMentions(dir, prefix)
			if err != nil {
				return err
			}
			if model != "" {
				f, err := os.Open(model)
				if err != nil {
					return err
				}
				opt.Model, err = story.ReadJoinModel(f)
				f.Close()
				if err != nil {
					return fmt.Errorf("%s: %w", model, err)
				}
			}
			p := extract.Default()
			start := time.Now()
			sc, err := eval.EvaluateStories(docs, mentions, opt, func(d *eval.ECBDoc) (*annalist.Record, error) {
				return p.Process(&annalist.Article{ID: d.ID, Text: d.Text})
			})
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "ECB+ %s: %d documents, %d stories found, %d happenings in the gold\n", split, sc.Docs, sc.Stories, sc.GoldStories)
			fmt.Fprintf(out, "stories   B-cubed  P %.3f  R %.3f  F1 %.3f\n", sc.BCubed.P, sc.BCubed.R, sc.BCubed.F)
			if c := sc.Incidents; c != nil {
				fmt.Fprintf(out, "incidents over %d aligned gold mentions: MUC F1 %.3f, B-cubed F1 %.3f, CEAF-e F1 %.3f, CoNLL F1 %.3f\n",
					c.Mentions, c.MUC.F, c.BCubed.F, c.CEAFe.F, c.CoNLL)
			}
			fmt.Fprintf(out, "analysed and assigned in %v\n", time.Since(start).Round(time.Millisecond))
			if shuffles > 0 {
				recs, err := eval.AnalyseECB(docs, func(d *eval.ECBDoc) (*annalist.Record, error) {
					return p.Process(&annalist.Article{ID: d.ID, Text: d.Text})
				})
				if err != nil {
					return err
				}
				mean := 0.0
				for i, sc := range eval.ShuffledStories(docs, recs, opt, shuffles) {
					fmt.Fprintf(out, "shuffled order %d: stories B-cubed  P %.3f  R %.3f  F1 %.3f\n", i+1, sc.P, sc.R, sc.F)
					mean += sc.F / float64(shuffles)
				}
				fmt.Fprintf(out, "stories B-cubed F1, mean of %d shuffled orders: %.3f\n", shuffles, mean)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&split, "split", "dev", "ECB+ split: dev or train")
	cmd.Flags().Float64Var(&opt.Join, "join", story.DefaultJoin, "least probability the join model gives an article and a story for it to join")
	cmd.Flags().Float64Var(&opt.Gate, "gate", story.DefaultGate, "least probability the gate gives that an article joins the story it fits best rather than start another")
	cmd.Flags().Float64Var(&opt.Split, "revise", story.DefaultSplit, "split a story whose articles fall into groups less alike than this (the same model's mean probability); negative: never")
	cmd.Flags().Float64Var(&opt.Merge, "merge", story.DefaultMerge, "merge two stories an article could join whose articles are this alike (the join model's mean score of one's against the other's); negative: never")
	cmd.Flags().IntVar(&shuffles, "shuffles", 0, "also score stories over this many shuffled orders of the documents")
	cmd.Flags().StringVar(&model, "model", "", "join model written by 'annalist train stories' (default: the embedded one)")
	cmd.Flags().Float64Var(&opt.Duplicate, "duplicate", story.DefaultDuplicate, "least containment for a near-copy")
	evalCmd.AddCommand(cmd)
}
