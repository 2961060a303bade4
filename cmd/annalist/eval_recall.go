package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/eval"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/ner"
	"github.com/spf13/cobra"
)

func init() {
	var conll, gold, exclude string
	var seed uint64
	var pick, workers int
	var misses bool
	cmd := &cobra.Command{
		Use:   "recall",
		Short: "Score events on CoNLL-2003 documents against a gold file of every political event they report",
		Long: `Run the pipeline over the CoNLL-2003 documents a recall gold file lists as read
(eval/testdata/recall-conll1.tsv: every political event an annotator found in
them, by byte offsets in the text eval.CoNLLArticles rebuilds) and report what
the extractor misses: recall of the gold events (an event of any modality on
the gold trigger or in its sentence), recall by events an events table
carries, type accuracy of the events found, actor, target and ACLED sub-event
accuracy, and precision against the gold (events in the documents read that
match no gold event).

--misses prints each gold event missed or found with another type, with its
sentence. --pick N draws N documents for a new gold file by --seed, leaving out
every document a judgement file of --exclude holds an event of or a recall
gold file of it lists as read, and prints them for an
annotator (paragraph index and byte offset); nothing is scored.`,
		Example: `  annalist eval recall
  annalist eval recall --misses
  annalist eval recall --pick 40 --seed 4041`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ds, err := ner.ReadCoNLLFile(conll)
			if err != nil {
				return fmt.Errorf("eval recall: %w", err)
			}
			arts := eval.CoNLLArticles(ds, "conll-"+strings.TrimPrefix(filepath.Ext(conll), "."))
			out := cmd.OutOrStdout()
			if pick > 0 {
				skip := map[string]bool{}
				for _, path := range strings.Split(exclude, ",") {
					f, err := os.Open(path)
					if err != nil {
						return fmt.Errorf("eval recall: %w", err)
					}
					ids, err := eval.ReadDocIDs(f, path)
					f.Close()
					if err != nil {
						return fmt.Errorf("eval recall: %w", err)
					}
					for _, id := range ids {
						skip[id] = true
					}
				}
				ids := make([]string, len(arts))
				byID := map[string]*annalist.Article{}
				for i, a := range arts {
					ids[i], byID[a.ID] = a.ID, a
				}
				for _, id := range eval.PickDocs(ids, skip, seed, pick) {
					a := byID[id]
					eval.PrintForAnnotation(out, a.ID, a.Title, a.Text)
				}
				return nil
			}
			f, err := os.Open(gold)
			if err != nil {
				return fmt.Errorf("eval recall: %w", err)
			}
			g, err := eval.ReadRecallGold(f, gold)
			f.Close()
			if err != nil {
				return fmt.Errorf("eval recall: %w", err)
			}
			todo, texts, err := g.Select(arts)
			if err != nil {
				return fmt.Errorf("eval recall: %s, %s: %w", gold, conll, err)
			}
			var produced []eval.ProducedEvent
			err = extract.Default().Run(workers, func(submit func(*annalist.Article, error) error) error {
				for _, a := range todo {
					if err := submit(a, nil); err != nil {
						return err
					}
				}
				return nil
			}, func(res extract.Result) error {
				if res.Err != nil {
					if res.Article != nil && (errors.Is(res.Err, extract.ErrNoPageText) || errors.Is(res.Err, extract.ErrNoBodyText)) {
						return nil
					}
					return res.Err
				}
				// Cleaning may change a document's text (a table's
				// layout); the gold offsets are in the text as rebuilt.
				if res.Record.Text != texts[res.Record.ID] && g.HasEvents(res.Record.ID) {
					return fmt.Errorf("%s: the record's text is not the document's: the gold offsets would not hold", res.Record.ID)
				}
				produced = append(produced, eval.AllEvents(res.Record)...)
				return nil
			})
			if err != nil {
				return fmt.Errorf("eval recall: %w", err)
			}
			s := eval.ScoreRecall(g, texts, produced)
			fmt.Fprintf(out, "%d documents read\n", len(g.Docs))
			s.Print(out)
			if misses {
				s.PrintMisses(out, texts)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&conll, "conll", "../shared/eval/ner-conll2003/eng.train", "the CoNLL-2003 file the gold file's documents come from")
	cmd.Flags().StringVar(&gold, "gold", "eval/testdata/recall-conll1.tsv", "the recall gold file")
	cmd.Flags().BoolVar(&misses, "misses", false, "print the gold events missed or mistyped")
	cmd.Flags().IntVar(&pick, "pick", 0, "draw this many documents for an annotator and print them")
	cmd.Flags().Uint64Var(&seed, "seed", 2003, "with --pick: the draw's seed")
	cmd.Flags().StringVar(&exclude, "exclude", "eval/testdata/judged-conll.tsv,eval/testdata/judged-conll-odd.tsv,eval/testdata/judged-conll-odd7.tsv,eval/testdata/judged-conll20.tsv,eval/testdata/judged-conll25.tsv,eval/testdata/recall-conll1.tsv",
		"with --pick: judgement files and recall gold files whose documents are left out")
	cmd.Flags().IntVar(&workers, "workers", runtime.GOMAXPROCS(0), "articles analysed in parallel")
	evalCmd.AddCommand(cmd)
}
