package main

import (
	"fmt"
	"runtime"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/annalist/annalist/eval"
	"github.com/annalist/annalist/ner"
)

func init() {
	var conll string
	var noConsistency bool
	var modelFile string
	cmd := &cobra.Command{
		Use:   "ner",
		Short: "Score the name tagger on CoNLL-2003 or GUM (phrase-level exact match)",
		Long: `Tag every document of a CoNLL-2003 file with the embedded model (ignoring the
gold POS and chunk columns) and print precision, recall and F1 per type and
overall, counted as conlleval counts them, and the tagging speed.

A file ending in .conllu is read as UD English GUM: its named people, places
and organisations are the gold names (PER, LOC, ORG), and the tagger's MISC
names are dropped before scoring, since GUM has no such type.`,
		Example: `  annalist eval ner --conll ../shared/eval/ner-conll2003/eng.testa
  annalist eval ner --conll ../shared/eval/ud-english-gum/en_gum-ud-dev.conllu

  # a model trained without the dev file, as the development figures are made
  annalist train ner --train ../shared/eval/ner-conll2003/eng.train --dev "" --out /tmp/ner.bin.gz
  annalist eval ner --model /tmp/ner.bin.gz --conll ../shared/eval/ner-conll2003/eng.testa`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			docs, err := ner.ReadTrainingFile(conll)
			if err != nil {
				return err
			}
			t0 := time.Now()
			tg, err := ner.Default()
			if modelFile != "" {
				tg, err = ner.LoadTagger(modelFile)
			}
			if err != nil {
				return err
			}
			tg.TagDocument([][]string{{"Paris"}}) // loads the lexicons and gazetteer
			load := time.Since(t0)
			tg.Consistency = !noConsistency
			sents := make([][][]string, len(docs))
			for i, d := range docs {
				for _, s := range d.Sentences {
					sents[i] = append(sents[i], s.Words)
				}
			}
			gum := strings.HasSuffix(conll, ".conllu")
			t0 = time.Now()
			preds := make([][][]ner.Span, len(docs))
			for i := range docs {
				preds[i] = tg.TagDocument(sents[i])
			}
			elapsed := time.Since(t0)
			sc := eval.NewCoNLL()
			for i, d := range docs {
				for k, s := range d.Sentences {
					pred := preds[i][k]
					if gum {
						pred = withoutMISC(pred)
					}
					if err := sc.Add(s.Tags, spansToIOB2(pred, len(s.Words))); err != nil {
						return fmt.Errorf("%s: document %d sentence %d: %w", conll, i+1, k+1, err)
					}
				}
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "%s: %d documents, %d tokens\n", conll, len(docs), sc.Tokens)
			sc.Report(out)
			fmt.Fprintf(out, "speed: %.0f tokens/s (%s, GOMAXPROCS %d); model and gazetteer loaded in %s\n",
				float64(sc.Tokens)/elapsed.Seconds(), elapsed.Round(time.Millisecond), maxProcs(), load.Round(time.Millisecond))
			return nil
		},
	}
	cmd.Flags().StringVar(&conll, "conll", "../shared/eval/ner-conll2003/eng.testa", "CoNLL-2003 file with gold tags")
	cmd.Flags().BoolVar(&noConsistency, "no-consistency", false, "turn off the document-level consistency pass")
	cmd.Flags().StringVar(&modelFile, "model", "", "a model written by `annalist train ner` (default: the embedded one)")
	evalCmd.AddCommand(cmd)
}

func spansToIOB2(spans []ner.Span, n int) []string {
	tags := make([]string, n)
	for i := range tags {
		tags[i] = "O"
	}
	for _, s := range spans {
		tags[s.Start] = "B-" + s.Type
		for i := s.Start + 1; i < s.End; i++ {
			tags[i] = "I-" + s.Type
		}
	}
	return tags
}

func withoutMISC(spans []ner.Span) []ner.Span {
	var out []ner.Span
	for _, s := range spans {
		if s.Type != ner.MISC {
			out = append(out, s)
		}
	}
	return out
}

func maxProcs() int { return runtime.GOMAXPROCS(0) }
