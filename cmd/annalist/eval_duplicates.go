package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/bench"
	"github.com/annalist/annalist/eval"
	"github.com/annalist/annalist/story"
	"github.com/spf13/cobra"
)

func init() {
	var dir string
	var minWords int
	var opt story.Options
	cmd := &cobra.Command{
		Use:   "duplicates",
		Short: "Score near-copy detection on syndicated copies made from Reuters-21578",
		Long: `Read the Reuters-21578 stories, give them one after another to a fresh story
index as 'annalist ingest' does, then give it the copy another outlet would run
of every other story (its own header and footer, the dateline removed, one
sentence dropped; made by a fixed generator, so every run sees the same copies),
and report the share of copies marked duplicate_of their original (recall) and
the share of marks that are right (precision; an original marked a copy of
another original is wrong unless most of the shorter one's word shingles,
counted exactly, are in the other: the corpus repeats some stories itself).

Stories shorter than --min-words (tables of figures, one-line notices) are left
out: they are formulas, not articles that outlets syndicate.`,
		Example: `  annalist eval duplicates
  annalist eval duplicates --reuters ../shared/corpus/reuters21578 --min-words 80`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var arts []*annalist.Article
			err := bench.WalkReuters(dir, func(a *annalist.Article, err error) error {
				if err == nil && len(strings.Fields(a.Text)) >= minWords {
					arts = append(arts, a)
				}
				return nil
			})
			if err != nil {
				return fmt.Errorf("reading Reuters-21578 (the shared data's corpus/reuters21578 folder): %w", err)
			}
			start := time.Now()
			sc := eval.EvaluateDuplicates(arts, opt)
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "%d stories of %d words or more, %d syndicated copies\n", sc.Originals, minWords, sc.Copies)
			fmt.Fprintf(out, "copies found %d (recall %.3f); marks %d (%d of them originals marked a copy of another), wrong %d (precision %.3f)\n",
				sc.Found, sc.Recall(), sc.Marked, sc.MarkedOriginals, sc.Wrong, sc.Precision())
			el := time.Since(start)
			fmt.Fprintf(out, "%d articles sketched and compared in %v (%.0f/s)\n", sc.Originals+sc.Copies, el.Round(time.Millisecond), float64(sc.Originals+sc.Copies)/el.Seconds())
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "reuters", "../shared/corpus/reuters21578", "folder of Reuters-21578 .sgm files")
	cmd.Flags().IntVar(&minWords, "min-words", 50, "leave out stories with fewer words")
	cmd.Flags().Float64Var(&opt.Duplicate, "duplicate", story.DefaultDuplicate, "least containment for a near-copy")
	evalCmd.AddCommand(cmd)
}
