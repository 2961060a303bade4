package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/bench"
	"github.com/annalist/annalist/eval"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/extract/event"
	"github.com/annalist/annalist/load"
	"github.com/annalist/annalist/ner"
	"github.com/annalist/annalist/syntax"
	"github.com/spf13/cobra"
)

func init() {
	var dir, judgements, conll, docs, exclude, ecbplus, timeml, pages, gum string
	var seed uint64
	var contentious, other, workers int
	var list bool
	var typeModel string
	cmd := &cobra.Command{
		Use:   "judged",
		Short: "Score events on Reuters-21578 against a person's judgements of a fixed sample",
		Long: `Run the pipeline over the Reuters-21578 stories (1987 newswire nobody tuned the
extractor on) as 'annalist extract' does, keep the events an events table carries
(those reported as having happened) and report the share of stories with any
event and with a violent one (ASSAULT, FIGHT, COERCE), and the events by type.

Then score the events against the judgements (eval/testdata/judged-reuters.tsv):
a person read a sample of events, drawn by a fixed seed with more of the violent
and contentious types, against the PLOVER codebook and ACLED's notion of a
political event. Printed: the share of judged events still produced whose type
is right, the share that are no political event at all (false alarms: a price
war, a strike price, a bill killed), actor and target precision, and how many
current events nobody has judged.

--list prints the sample with each sentence, type, ACLED type, actor and target,
and for events not yet judged a line to fill in and add to the file: story,
trigger offset, type, actor and target offsets (-1: none), then type_ok (yes/no),
actor_ok and target_ok (yes/no/none) and a reason (ok, not-event, other-type,
not-happened, args).

--conll reads CoNLL-2003 English documents (1996 Reuters world news, rebuilt
from their tokens by eval.CoNLLArticles) in place of Reuters-21578, with the
judgements in eval/testdata/judged-conll.tsv; --docs even or odd keeps the
documents of even or odd index, so a second sample can be drawn from documents
the first never read; --exclude leaves out the documents that judgement files
or recall gold files (comma-separated) have read, so a fresh sample reads none.

--ecbplus reads the documents of ECB+'s training topics (ECB_Train_corpus.txt
in the folder: 2000s and 2010s news of shootings, arrests, bombings,
earthquakes, accidents, trials, tech and business) as 'annalist eval stories'
does, with the judgements in eval/testdata/judged-ecbplus.tsv. The dev topics
are never read here: they measure the story join.

--timeml reads the TimeML (.tml) documents of a folder (TimeBank: 1990s news of
ABC, CNN, AP, NYT, VOA, the timex evaluation's documents) with the DCT as
publication date, with the judgements in eval/testdata/judged-timebank.tsv;
AQUAINT's documents (1998-2000 AP, NYT and Xinhua news, the timex check set)
are judged in eval/testdata/judged-aquaint.tsv: pass it with --judgements.

--pages reads web pages (.html or .html.gz) of a folder, or of its html/ folder
(the article-extraction benchmark's layout: 2019 pages, mostly news, with their
navigation, captions and teasers), each as 'annalist extract' reads a web page:
the main text extracted and cleaned, then the pipeline. A ground-truth.json
beside them gives each page's URL. Events are keyed "page-" and the file's name;
the judgements are in eval/testdata/judged-pages.tsv. A page with no article
text is skipped, as extract skips it, and counted.

--gum reads the news documents (GUM_news_*: Wikinews stories of the 2000s and
2010s) of the .conllu files of a UD English GUM folder, each rebuilt from its
sentences' text by eval.GUMArticles with its dateCreated as publication date,
with the judgements in eval/testdata/judged-wikinews.tsv.`,
		Example: `  annalist eval judged
  annalist eval judged --list > sample.txt
  annalist eval judged --conll ../shared/eval/ner-conll2003/eng.train --docs even --list
  annalist eval judged --ecbplus ../shared/eval/ecbplus --list
  annalist eval judged --timeml ../shared/eval/timeml-tbaq/TimeBank --list
  annalist eval judged --timeml ../shared/eval/timeml-tbaq/AQUAINT --judgements eval/testdata/judged-aquaint.tsv
  annalist eval judged --pages ../shared/eval/article-extraction --list
  annalist eval judged --gum ../shared/eval/ud-english-gum --list`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if conll != "" && !cmd.Flags().Changed("judgements") {
				judgements = "eval/testdata/judged-conll.tsv"
			}
			if ecbplus != "" && !cmd.Flags().Changed("judgements") {
				judgements = "eval/testdata/judged-ecbplus.tsv"
			}
			if timeml != "" && !cmd.Flags().Changed("judgements") {
				judgements = "eval/testdata/judged-timebank.tsv"
			}
			if pages != "" && !cmd.Flags().Changed("judgements") {
				judgements = "eval/testdata/judged-pages.tsv"
			}
			if gum != "" && !cmd.Flags().Changed("judgements") {
				judgements = "eval/testdata/judged-wikinews.tsv"
			}
			js, err := readJudgementFiles(judgements)
			if err != nil {
				return fmt.Errorf("eval judged: %w", err)
			}
			if typeModel != "" {
				mf, err := os.Open(typeModel)
				if err != nil {
					return fmt.Errorf("eval judged: %w", err)
				}
				m, err := event.ReadTypeModel(mf)
				mf.Close()
				if err != nil {
					return fmt.Errorf("eval judged: %s: %w", typeModel, err)
				}
				event.UseTypeModel(m)
			}
			start := time.Now()
			if ecbplus != "" {
				ds, err := eval.ReadECB(ecbplus, "ECB_Train")
				if err != nil {
					return fmt.Errorf("eval judged: reading ECB+ (the shared data's eval/ecbplus folder): %w", err)
				}
				arts := make([]*annalist.Article, len(ds))
				for i, d := range ds {
					arts[i] = &annalist.Article{ID: d.ID, Text: d.Text}
				}
				return judgedArticles(cmd, arts, js, workers, list, seed, contentious, other)
			}
			if timeml != "" {
				arts, err := eval.TimeMLArticles(timeml)
				if err != nil {
					return fmt.Errorf("eval judged: %w", err)
				}
				return judgedArticles(cmd, arts, js, workers, list, seed, contentious, other)
			}
			if pages != "" {
				arts, err := pageArticles(pages)
				if err != nil {
					return fmt.Errorf("eval judged: %w", err)
				}
				return judgedArticles(cmd, arts, js, workers, list, seed, contentious, other)
			}
			if gum != "" {
				arts, err := gumArticles(gum)
				if err != nil {
					return fmt.Errorf("eval judged: %w", err)
				}
				return judgedArticles(cmd, arts, js, workers, list, seed, contentious, other)
			}
			if conll != "" {
				skip, err := readExcluded(exclude)
				if err != nil {
					return fmt.Errorf("eval judged: %w", err)
				}
				return judgedCoNLL(cmd, conll, docs, skip, js, workers, list, seed, contentious, other)
			}
			rates, err := eventRates(workers, func(submit func(*annalist.Article, error) error) error {
				return bench.WalkReuters(dir, submit)
			})
			if err != nil {
				return fmt.Errorf("eval judged: reading Reuters-21578 (the shared data's corpus/reuters21578 folder): %w", err)
			}
			topics, err := readTopics(dir)
			if err != nil {
				return fmt.Errorf("eval judged: %w", err)
			}
			out := cmd.OutOrStdout()
			rates.Print(out)
			for _, t := range eval.NoEventTopics {
				rates.ByTopic(topics, t).Print(out)
			}
			// The test split's alone: the training split's teach the
			// event-type model NONE (annalist train events).
			test, err := testSplit(dir, topics)
			if err != nil {
				return fmt.Errorf("eval judged: %w", err)
			}
			for _, t := range eval.NoEventTopics {
				tr := rates.ByTopic(test, t)
				tr.Within = "Lewis's test split"
				tr.Print(out)
			}
			scoreJudged(out, rates, js, list, seed, contentious, other)
			fmt.Fprintf(out, "%d stories analysed in %v\n", rates.Stories, time.Since(start).Round(time.Millisecond))
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "reuters", bench.DefaultCorpus, "folder of Reuters-21578 .sgm files")
	cmd.Flags().StringVar(&judgements, "judgements", "eval/testdata/judged-reuters.tsv", "the judgement file")
	cmd.Flags().Uint64Var(&seed, "seed", 1987, "the sample's seed")
	cmd.Flags().IntVar(&contentious, "contentious", 16, "events sampled of each violent or contentious type")
	cmd.Flags().IntVar(&other, "other", 5, "events sampled of each other type")
	cmd.Flags().StringVar(&typeModel, "type-model", "", "event-type model file (annalist train events --out) instead of the embedded one")
	cmd.Flags().BoolVar(&list, "list", false, "print the sample for a judge")
	cmd.Flags().StringVar(&conll, "conll", "", "CoNLL-2003 file whose documents to read in place of Reuters-21578")
	cmd.Flags().StringVar(&ecbplus, "ecbplus", "", "ECB+ folder whose training topics' documents to read in place of Reuters-21578")
	cmd.Flags().StringVar(&timeml, "timeml", "", "folder of TimeML (.tml) documents to read in place of Reuters-21578")
	cmd.Flags().StringVar(&pages, "pages", "", "folder of web pages (.html, .html.gz; or its html/ folder) to read in place of Reuters-21578")
	cmd.Flags().StringVar(&gum, "gum", "", "UD English GUM folder whose news documents to read in place of Reuters-21578")
	cmd.Flags().StringVar(&docs, "docs", "all", "with --conll: the documents of all, even or odd index")
	cmd.Flags().StringVar(&exclude, "exclude", "", "with --conll: judgement files and recall gold files (comma-separated) whose documents are left out")
	// One corpus at a time: each has its own default judgement file.
	cmd.MarkFlagsMutuallyExclusive("conll", "ecbplus", "timeml", "pages", "gum")
	cmd.Flags().IntVar(&workers, "workers", runtime.GOMAXPROCS(0), "articles analysed in parallel")
	evalCmd.AddCommand(cmd)
}

// readTopics reads the topic labels of every story in the corpus folder.
func readTopics(dir string) (map[string][]string, error) {
	files, err := bench.Files(dir)
	if err != nil {
		return nil, err
	}
	topics := map[string][]string{}
	for _, path := range files {
		r, err := bench.Open(path)
		if err != nil {
			return nil, err
		}
		err = eval.ReadReutersTopics(r, topics)
		r.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	return topics, nil
}

// testSplit keeps the topic labels of the stories of Lewis's test split
// (LEWISSPLIT="TEST").
func testSplit(dir string, topics map[string][]string) (map[string][]string, error) {
	files, err := bench.Files(dir)
	if err != nil {
		return nil, err
	}
	split := map[string]string{}
	for _, path := range files {
		r, err := bench.Open(path)
		if err != nil {
			return nil, err
		}
		err = eval.ReutersSplit(r, split)
		r.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	out := map[string][]string{}
	for id, ts := range topics {
		if split[id] == "TEST" {
			out[id] = ts
		}
	}
	return out, nil
}

// judgedCoNLL is eval judged over CoNLL-2003's documents.
func judgedCoNLL(cmd *cobra.Command, path, docs string, skip map[string]bool, js []eval.Judgement, workers int, list bool, seed uint64, contentious, other int) error {
	if docs != "all" && docs != "even" && docs != "odd" {
		return fmt.Errorf("eval judged: --docs %q, want all, even or odd", docs)
	}
	ds, err := ner.ReadCoNLLFile(path)
	if err != nil {
		return fmt.Errorf("eval judged: %w", err)
	}
	prefix := "conll-" + strings.TrimPrefix(filepath.Ext(path), ".")
	var arts []*annalist.Article
	for i, a := range eval.CoNLLArticles(ds, prefix) {
		if docs == "even" && i%2 != 0 || docs == "odd" && i%2 == 0 || skip[a.ID] {
			continue
		}
		arts = append(arts, a)
	}
	return judgedArticles(cmd, arts, js, workers, list, seed, contentious, other)
}

// gumArticles reads the news documents of every .conllu file of dir, in
// name order.
func gumArticles(dir string) ([]*annalist.Article, error) {
	files, err := eval.Files(dir, "*.conllu")
	if err != nil {
		return nil, err
	}
	var arts []*annalist.Article
	for _, path := range files {
		sents, err := syntax.ReadCoNLLUFile(path)
		if err != nil {
			return nil, err
		}
		arts = append(arts, eval.GUMArticles(sents)...)
	}
	return arts, nil
}

// judgedArticles is eval judged over articles read in place of Reuters-21578.
func judgedArticles(cmd *cobra.Command, arts []*annalist.Article, js []eval.Judgement, workers int, list bool, seed uint64, contentious, other int) error {
	start := time.Now()
	rates, err := eventRates(workers, submitEach(arts))
	if err != nil {
		return fmt.Errorf("eval judged: %w", err)
	}
	out := cmd.OutOrStdout()
	rates.Print(out)
	scoreJudged(out, rates, js, list, seed, contentious, other)
	fmt.Fprintf(out, "%d documents analysed in %v\n", rates.Stories, time.Since(start).Round(time.Millisecond))
	return nil
}

// scoreJudged prints the scores of rates' events against the judgements
// js and, with list, the sample drawn for a judge.
func scoreJudged(out io.Writer, rates *eval.EventRates, js []eval.Judgement, list bool, seed uint64, contentious, other int) {
	eval.ScoreJudged(rates.Events, js).Print(out, rates.Types)
	if list {
		eval.PrintSample(out, eval.Sample(rates.Events, seed, contentious, other), js)
	}
}

// eventRates runs the default extractor over the articles walk submits and
// gathers the events of their records.
func eventRates(workers int, walk load.Producer) (*eval.EventRates, error) {
	var rates eval.EventRates
	skipped, err := eachRecord(workers, walk, func(r *annalist.Record) error {
		rates.Add(r)
		return nil
	})
	rates.Skipped = skipped
	return &rates, err
}

// eachRecord runs the default extractor over the articles walk submits and
// hands each record to f. An article the pipeline finds no text in is
// skipped and counted, as extract skips it (a web page without an
// article); read failures and failed analyses stop the run.
func eachRecord(workers int, walk load.Producer, f func(*annalist.Record) error) (skipped int, err error) {
	err = extract.Default().Run(workers, walk, func(res extract.Result) error {
		if res.Err != nil {
			if res.Article == nil || !errors.Is(res.Err, extract.ErrNoPageText) && !errors.Is(res.Err, extract.ErrNoBodyText) {
				return res.Err
			}
			skipped++
			return nil
		}
		return f(res.Record)
	})
	return skipped, err
}

// readJudgementFiles reads the judgement files in turn.
func readJudgementFiles(paths ...string) ([]eval.Judgement, error) {
	var js []eval.Judgement
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		j, err := eval.ReadJudgements(f, path)
		f.Close()
		if err != nil {
			return nil, err
		}
		js = append(js, j...)
	}
	return js, nil
}

// submitEach submits the articles in order.
func submitEach(arts []*annalist.Article) load.Producer {
	return func(submit func(*annalist.Article, error) error) error {
		for _, a := range arts {
			if err := submit(a, nil); err != nil {
				return err
			}
		}
		return nil
	}
}
