package main

import (
	"fmt"
	"os"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/eval"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/extract/event"
	"github.com/annalist/annalist/text"
	"github.com/spf13/cobra"
)

func init() {
	var plover, half, typeModel string
	var errors, argErrors, rules, confusion bool
	cmd := &cobra.Command{
		Use:   "events",
		Short: "Score event types on the PLOVER gold-standard records",
		Long: `Reads each PLOVER record's text only (its id names the answer), runs the text
analysis, the extractors that events read (names, places, times, counts) and
the event extractor, as 'annalist extract' does, picks the sentence's main event (event.Main)
and prints accuracy, per-category precision, recall and F1, macro-F1 over the
categories with at least 10 records, and how often the main event's actor and
target match the gold source and target. Tune on --half odd, report --half even.`,
		Example: `  annalist eval events --plover ../shared/eval/plover/PLOVER_GSR_CAMEO.txt --half even`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f, err := os.Open(plover)
			if err != nil {
				return fmt.Errorf("eval events: %w", err)
			}
			defer f.Close()
			switch {
			case rules:
				event.UseTypeModel(nil)
			case typeModel != "":
				mf, err := os.Open(typeModel)
				if err != nil {
					return fmt.Errorf("eval events: %w", err)
				}
				m, err := event.ReadTypeModel(mf)
				mf.Close()
				if err != nil {
					return fmt.Errorf("eval events: %s: %w", typeModel, err)
				}
				event.UseTypeModel(m)
			}
			rep, err := eval.EvaluateEvents(f, half, beforeEvents)
			if err != nil {
				return fmt.Errorf("eval events: %s: %w", plover, err)
			}
			rep.Print(cmd.OutOrStdout(), errors, argErrors)
			if confusion {
				rep.PrintConfusion(cmd.OutOrStdout())
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&plover, "plover", "../shared/eval/plover/PLOVER_GSR_CAMEO.txt", "PLOVER gold-standard file")
	cmd.Flags().StringVar(&half, "half", "even", "records to score by id number: odd (tuning), even (reporting) or all")
	cmd.Flags().BoolVar(&errors, "errors", false, "list the misclassified records")
	cmd.Flags().BoolVar(&argErrors, "arg-errors", false, "list the records whose actor or target misses the gold source or target")
	cmd.Flags().StringVar(&typeModel, "type-model", "", "event-type model file (annalist train events --out) instead of the embedded one")
	cmd.Flags().BoolVar(&confusion, "confusion", false, "count the wrong answers by gold and given category (no records listed)")
	cmd.Flags().BoolVar(&rules, "rules", false, "type events by the rules alone, without the model")
	evalCmd.AddCommand(cmd)
}

// beforeEvents runs the default pipeline's extractors that come before the
// event extractor, so that events are scored on what they read in use.
func beforeEvents(d *text.Doc, r *annalist.Record) {
	for _, x := range extract.DefaultExtractors() {
		if x.Name() == "event" {
			return
		}
		x.Extract(d, r)
	}
}
