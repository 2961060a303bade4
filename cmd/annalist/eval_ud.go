package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/annalist/annalist/eval"
	"github.com/annalist/annalist/syntax"
)

func init() {
	cmd := &cobra.Command{
		Use:   "ud FILE.conllu...",
		Short: "Score the tagger, lemmatiser and parser on Universal Dependencies (gold tokens)",
		Long: `Read each gold CoNLL-U file, analyse its words with the embedded model (only
the FORM column is read) and print the share of words whose UPOS, Penn tag
(XPOS) and lemma are right, the unlabelled attachment score (UAS: right head)
and the labelled one (LAS: right head and universal relation; with subtypes in
brackets), and the speed of tagging and parsing together.`,
		Example: `  annalist eval ud ../shared/eval/ud-english-ewt/en_ewt-ud-dev.conllu
  annalist eval ud ../shared/eval/ud-english-gum/en_gum-ud-dev.conllu`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			t0 := time.Now()
			m, err := syntax.Default()
			if err != nil {
				return err
			}
			load := time.Since(t0)
			out := cmd.OutOrStdout()
			for _, path := range args {
				gold, err := syntax.ReadCoNLLUFile(path)
				if err != nil {
					return err
				}
				pred := make([]syntax.Sentence, len(gold))
				t0 := time.Now()
				for i := range gold {
					pred[i] = clone(gold[i])
					m.Annotate(&pred[i])
				}
				elapsed := time.Since(t0)
				s, err := eval.ScoreUD(gold, pred)
				if err != nil {
					return fmt.Errorf("%s: %w", path, err)
				}
				fmt.Fprintf(out, "%s\n", path)
				s.Print(out)
				fmt.Fprintf(out, "speed: %.0f words/s tagged and parsed (%s, GOMAXPROCS %d)\n",
					float64(s.Words)/elapsed.Seconds(), elapsed.Round(time.Millisecond), maxProcs())
			}
			fmt.Fprintf(out, "model loaded in %s\n", load.Round(time.Millisecond))
			return nil
		},
	}
	evalCmd.AddCommand(cmd)
}
