package main

import (
	"fmt"
	"os"
	"path/filepath"
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
	var trainFile, devFile, out string
	var epochs int
	var seed uint64
	cmd := &cobra.Command{
		Use:   "ner",
		Short: "Train the name tagger (averaged perceptron) on CoNLL-2003",
		Long: `Train the named-entity tagger on a CoNLL-2003 file and write the model that
the ner package embeds. The same data, epochs and seed give the same model, byte
for byte. With --dev, the development F1 is printed after each epoch.`,
		Example: `  annalist train ner --train ../shared/eval/ner-conll2003/eng.train \
      --dev ../shared/eval/ner-conll2003/eng.testa --out ner/model.bin.gz`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			docs, err := ner.ReadCoNLLFile(trainFile)
			if err != nil {
				return err
			}
			var dev []ner.Document
			if devFile != "" {
				if dev, err = ner.ReadCoNLLFile(devFile); err != nil {
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
			if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
				return err
			}
			f, err := os.Create(out)
			if err != nil {
				return err
			}
			n, err := m.WriteTo(f)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return fmt.Errorf("writing %s: %w", out, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "wrote %s (%.1f MB) in %s\n", out, float64(n)/1e6, time.Since(t0).Round(time.Second))
			return nil
		},
	}
	cmd.Flags().StringVar(&trainFile, "train", "../shared/eval/ner-conll2003/eng.train", "CoNLL-2003 training file")
	cmd.Flags().StringVar(&devFile, "dev", "../shared/eval/ner-conll2003/eng.testa", "CoNLL-2003 development file, scored after each epoch (empty to skip)")
	cmd.Flags().StringVar(&out, "out", "ner/model.bin.gz", "where to write the model")
	cmd.Flags().IntVar(&epochs, "epochs", ner.DefaultEpochs, "passes over the training data")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "seed for the order of training sentences")
	trainCmd.AddCommand(cmd)
	root.AddCommand(trainCmd)
}
