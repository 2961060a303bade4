package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/annalist/annalist/eval"
	"github.com/annalist/annalist/syntax"
)

func init() {
	var trainFiles, devFiles []string
	var out string
	var o syntax.TrainOptions
	cmd := &cobra.Command{
		Use:   "syntax",
		Short: "Train the tagger, lemmatiser and dependency parser on Universal Dependencies",
		Long: `Train the language layer (UPOS and Penn tags, lemmas, labelled dependencies)
on CoNLL-U treebanks and write the model the syntax package embeds. The same
files, epochs and seed give the same model, byte for byte. With --dev, each dev
file is scored with gold tokens after training.`,
		Example: `  annalist train syntax \
      --train ../shared/eval/ud-english-ewt/en_ewt-ud-train.conllu \
      --train ../shared/eval/ud-english-gum/en_gum-ud-train.conllu \
      --dev ../shared/eval/ud-english-ewt/en_ewt-ud-dev.conllu --out syntax/model.bin.gz`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var sents []syntax.Sentence
			for _, f := range trainFiles {
				s, err := syntax.ReadCoNLLUFile(f)
				if err != nil {
					return err
				}
				sents = append(sents, s...)
			}
			o.Log = cmd.ErrOrStderr()
			t0 := time.Now()
			m, err := syntax.Train(sents, o)
			if err != nil {
				return err
			}
			took := time.Since(t0).Round(time.Second)
			n, err := writeModelFile(out, m)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "wrote %s (%.1f MB) from %d sentences in %s\n", out, float64(n)/1e6, len(sents), took)
			for _, d := range devFiles {
				gold, err := syntax.ReadCoNLLUFile(d)
				if err != nil {
					return err
				}
				pred := make([]syntax.Sentence, len(gold))
				for i := range gold {
					pred[i] = clone(gold[i])
					m.Annotate(&pred[i])
				}
				s, err := eval.ScoreUD(gold, pred)
				if err != nil {
					return fmt.Errorf("%s: %w", d, err)
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%s\n", d)
				s.Print(cmd.OutOrStdout())
			}
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&trainFiles, "train", []string{
		"../shared/eval/ud-english-ewt/en_ewt-ud-train.conllu",
		"../shared/eval/ud-english-gum/en_gum-ud-train.conllu",
	}, "CoNLL-U training file (repeat for several; read in the order given)")
	cmd.Flags().StringArrayVar(&devFiles, "dev", nil, "CoNLL-U file to score after training (repeatable)")
	cmd.Flags().StringVar(&out, "out", "syntax/model.bin.gz", "where to write the model")
	cmd.Flags().IntVar(&o.TagEpochs, "tag-epochs", syntax.DefaultTagEpochs, "passes of the tagger over the training data")
	cmd.Flags().IntVar(&o.ParseEpochs, "parse-epochs", syntax.DefaultParseEpochs, "passes of the parser over the training data")
	cmd.Flags().IntVar(&o.Folds, "folds", syntax.DefaultFolds, "jackknife folds that tag the parser's training data")
	cmd.Flags().IntVar(&o.TagPrune, "tag-prune", syntax.DefaultTagPrune, "drop tagger weights below this many quantisation steps (-1: keep all)")
	cmd.Flags().IntVar(&o.ParsePrune, "parse-prune", syntax.DefaultParsePrune, "drop parser weights below this many quantisation steps (-1: keep all)")
	cmd.Flags().BoolVar(&o.NoParser, "no-parser", false, "train the tagger and lemmatiser only")
	cmd.Flags().Uint64Var(&o.Seed, "seed", 1, "seed for the order of training sentences")
	trainCmd.AddCommand(cmd)
}

// clone copies a sentence so that annotating it leaves the gold untouched.
func clone(s syntax.Sentence) syntax.Sentence {
	s.Words = append([]syntax.Token(nil), s.Words...)
	return s
}
