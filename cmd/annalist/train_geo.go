package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/annalist/annalist/eval"
	"github.com/annalist/annalist/gazetteer"
	"github.com/annalist/annalist/geo"
	"github.com/annalist/annalist/ner"
)

func init() {
	var corpora []string
	var out string
	o := geo.DefaultTrainOptions
	cmd := &cobra.Command{
		Use:   "geo",
		Short: "Train the place-candidate ranker on geoparsing gold sets",
		Long: `Train the ranker that orders the places a name may mean (see the geo package)
on geoparsing gold sets (GeoVirus.xml, TR-News.xml): the name tagger and the
resolver run over each article as annalist extract runs them, and every name on a
gold toponym gives its candidates, right or wrong as eval geo judges them. The
same corpora (in the same order) and options give the same file, byte for byte.

To measure it on a corpus it has not seen, train on the other one and score with
eval geo --ranker.`,
		Example: `  # the shipped ranker
  annalist train geo --corpus ../shared/eval/geo/GeoVirus.xml \
      --corpus ../shared/eval/geo/TR-News.xml --out geo/ranker.tsv.gz

  # trained on one corpus, scored on the other
  annalist train geo --corpus ../shared/eval/geo/TR-News.xml --out /tmp/tr.tsv.gz
  annalist eval geo --ranker /tmp/tr.tsv.gz --corpus ../shared/eval/geo/GeoVirus.xml`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if len(corpora) == 0 {
				return fmt.Errorf("train geo: give at least one --corpus FILE")
			}
			t0 := time.Now()
			g := gazetteer.Default()
			names, err := ner.NewExtractor()
			if err != nil {
				return err
			}
			var groups []geo.RankGroup
			for _, path := range corpora {
				f, err := os.Open(path)
				if err != nil {
					return err
				}
				arts, err := eval.ReadGeoCorpus(f)
				f.Close()
				if err != nil {
					return fmt.Errorf("%s: %w", path, err)
				}
				gs := geo.RankGroups(g, arts, names.Extract)
				right, reachable, chose := 0, 0, 0
				for _, g := range gs {
					for _, ok := range g.Correct {
						if ok {
							reachable++
							break
						}
					}
					if g.Chosen >= 0 {
						chose++
						if g.Correct[g.Chosen] {
							right++
						}
					}
				}
				fmt.Fprintf(cmd.ErrOrStderr(), "%s: %d articles, %d names on gold toponyms, %d with a right candidate; the rules resolve %d, %d right\n",
					path, len(arts), len(gs), reachable, chose, right)
				groups = append(groups, gs...)
			}
			m := geo.TrainRanker(groups, o)
			n, err := writeModelFile(out, m)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "wrote %s (%d weights, %d bytes) in %s\n", out, len(m.W), n, time.Since(t0).Round(time.Millisecond))
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&corpora, "corpus", nil, "GeoVirus or TR-News XML file (repeatable)")
	cmd.Flags().StringVar(&out, "out", "geo/ranker.tsv.gz", "where to write the ranker")
	cmd.Flags().IntVar(&o.Epochs, "epochs", o.Epochs, "passes over the training names")
	cmd.Flags().Float64Var(&o.Rate, "rate", o.Rate, "learning rate")
	cmd.Flags().Float64Var(&o.L2, "l2", o.L2, "weight decay")
	trainCmd.AddCommand(cmd)
}

// writeModelFile writes a model to out, creating its folder, for the train
// commands.
func writeModelFile(out string, m io.WriterTo) (int64, error) {
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return 0, err
	}
	f, err := os.Create(out)
	if err != nil {
		return 0, err
	}
	n, err := m.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return n, fmt.Errorf("writing %s: %w", out, err)
	}
	return n, nil
}
