package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/annalist/annalist/ner"
)

// trainCmd groups the commands that rebuild the committed models.
var trainCmd = &cobra.Command{
	Use:   "train",
	Short: "Rebuild a committed model from its training data",
	Long: `Train rebuilds a model that the binary embeds, from data that is not committed
(the training text's licence forbids it), deterministically: the same data and
flags give the same file, byte for byte.`,
	Example: `  annalist train ner --train ../shared/eval/ner-conll2003/eng.train --out ner/model.bin.gz`,
}

func init() {
	var trainFiles []string
	var devFile, out string
	var epochs int
	var seed uint64
	cmd := &cobra.Command{
		Use:   "ner",
		Short: "Train the name tagger (averaged perceptron) on CoNLL-2003 and GUM",
		Long: `Train the named-entity tagger on CoNLL-2003 files and GUM's entity annotation
(UD English GUM CoNLL-U files, *.conllu: its named people, places and
organisations; the words it leaves untyped are left open) and write the model
that the ner package embeds. The same data, epochs and seed give the same
model, byte for byte. With --dev, the development F1 is printed after each
epoch.`,
		Example: `  # a development run: train on CoNLL train, score on CoNLL dev after each epoch
  annalist train ner --train ../shared/eval/ner-conll2003/eng.train \
      --dev ../shared/eval/ner-conll2003/eng.testa --out /tmp/ner.bin.gz

  # the committed model (see ner/MODEL.md)
  annalist train ner --train ../shared/eval/ner-conll2003/eng.train,../shared/eval/ner-conll2003/eng.testa \
      --train ../shared/eval/ud-english-gum/en_gum-ud-train.conllu --dev "" --out ner/model.bin.gz`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var docs []ner.Document
			for _, name := range trainFiles {
				d, err := ner.ReadTrainingFile(name)
				if err != nil {
					return err
				}
				docs = append(docs, d...)
			}
			var dev []ner.Document
			if devFile != "" {
				var err error
				if dev, err = ner.ReadTrainingFile(devFile); err != nil {
					return err
				}
			}
			t0 := time.Now()
			m, err := ner.Train(docs, ner.TrainOptions{
				Epochs: epochs, Seed: seed, Dev: dev, Lex: ner.DefaultLexicons(), Log: cmd.ErrOrStderr(),
			})
			if err != nil {
				return err
			}
			n, err := writeModelFile(out, m)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "wrote %s (%.1f MB) in %s\n", out, float64(n)/1e6, time.Since(t0).Round(time.Second))
			return nil
		},
	}
	cmd.Flags().StringSliceVar(&trainFiles, "train", []string{"../shared/eval/ner-conll2003/eng.train"}, "training files, CoNLL-2003 or GUM CoNLL-U (*.conllu); repeat or separate with commas")
	cmd.Flags().StringVar(&devFile, "dev", "../shared/eval/ner-conll2003/eng.testa", "development file (CoNLL-2003 or GUM *.conllu), scored after each epoch (empty to skip)")
	cmd.Flags().StringVar(&out, "out", "ner/model.bin.gz", "where to write the model")
	cmd.Flags().IntVar(&epochs, "epochs", ner.DefaultEpochs, "passes over the training data")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "seed for the order of training sentences")
	trainCmd.AddCommand(cmd)
	root.AddCommand(trainCmd)
}
