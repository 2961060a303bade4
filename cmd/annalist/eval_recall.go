package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/eval"
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
		Long: `Measure what the event extractor MISSES on real news. eval judged scores only
the precision of the events it exports; a recall gold file lists every political
event an annotator found in whole documents, so events left out count too.

The command rebuilds the CoNLL-2003 documents of --conll as eval.CoNLLArticles
does (headline as title, each CoNLL sentence a paragraph), runs the pipeline over
the documents the gold file lists as read, and reports:
  - recall: gold events found by a produced event of any modality on the gold
    trigger or, failing that, in its sentence (one to one, a gold type first);
    and the recall of happened events by events an events table carries;
  - type accuracy of the found events, and their actor, target and ACLED
    sub-event accuracy where the gold gives one;
  - precision against the gold: events produced in the documents read that
    match no gold event are false alarms.

Gold file (tab-separated, # comments; eval/testdata/recall-conll1.tsv):
  STORY  read      a document read in full, before its events (STORY: the id
                   --pick prints, conll-train-0 for eng.train's first)
  STORY  TRIGGER  TRIGGER_END  TYPE  ACLED  ACTOR  ACTOR_END  TARGET  TARGET_END  HAPPENED
     byte offsets in the rebuilt text; TYPE a PLOVER type ("A|B": either is
     right); ACLED the sub-event type or -; -1 -1 for no actor or target;
     HAPPENED yes or no (planned, future, demanded, alleged).
A malformed line fails with the file name and line.

--misses prints each gold event missed or found with another type, each argument
missed and each false alarm, with its sentence. --pick N draws N documents for a
new gold file by --seed, leaving out every document a judgement file of
--exclude holds an event of or a recall gold file of it lists as read, and
prints them for an annotator (paragraph index and byte offset); nothing is
scored.`,
		Example: `  annalist eval recall
  annalist eval recall --misses
  annalist eval recall --gold my-gold.tsv --conll ../shared/eval/ner-conll2003/eng.testa
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
				skip, err := readExcluded(exclude)
				if err != nil {
					return fmt.Errorf("eval recall: %w", err)
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
			g, err := eval.ReadRecallGoldFile(gold)
			if err != nil {
				return fmt.Errorf("eval recall: %w", err)
			}
			todo, texts, err := g.Select(arts)
			if err != nil {
				return fmt.Errorf("eval recall: %s, %s: %w", gold, conll, err)
			}
			var produced []eval.ProducedEvent
			_, err = eachRecord(workers, submitEach(todo), func(r *annalist.Record) error {
				// Cleaning may change a document's text (a table's
				// layout); the gold offsets are in the text as rebuilt.
				if r.Text != texts[r.ID] && g.HasEvents(r.ID) {
					return fmt.Errorf("%s: the record's text is not the document's: the gold offsets would not hold", r.ID)
				}
				produced = append(produced, eval.AllEvents(r)...)
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
	cmd.Flags().BoolVar(&misses, "misses", false, "print the gold events missed or mistyped, the arguments missed and the false alarms, with their sentences")
	cmd.Flags().IntVar(&pick, "pick", 0, "draw this many documents for an annotator and print them")
	cmd.Flags().Uint64Var(&seed, "seed", 2003, "with --pick: the draw's seed")
	cmd.Flags().StringVar(&exclude, "exclude", "eval/testdata/judged-conll.tsv,eval/testdata/judged-conll-odd.tsv,eval/testdata/judged-conll-odd7.tsv,eval/testdata/judged-conll20.tsv,eval/testdata/judged-conll25.tsv,eval/testdata/recall-conll1.tsv",
		"with --pick: judgement files and recall gold files whose documents are left out")
	cmd.Flags().IntVar(&workers, "workers", runtime.GOMAXPROCS(0), "articles analysed in parallel")
	evalCmd.AddCommand(cmd)
}

// readExcluded reads the documents that the judgement files and recall
// gold files of the comma-separated list paths have read: the documents a
// fresh draw leaves out.
func readExcluded(paths string) (map[string]bool, error) {
	skip := map[string]bool{}
	if paths == "" {
		return skip, nil
	}
	for _, path := range strings.Split(paths, ",") {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		ids, err := eval.ReadDocIDs(f, path)
		f.Close()
		if err != nil {
			return nil, err
		}
		for _, id := range ids {
			skip[id] = true
		}
	}
	return skip, nil
}
