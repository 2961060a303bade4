package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/bench"
	"github.com/annalist/annalist/clean"
	"github.com/annalist/annalist/eval"
	"github.com/annalist/annalist/extract/event"
	"github.com/annalist/annalist/ner"
	"github.com/annalist/annalist/syntax"
)

func init() {
	var rtypes string
	var rtw float64
	var plover, petr, table, out, reuters string
	var judgements []string
	var weak float64
	var folds int
	var coded bool
	var judged []string
	var jw float64
	var jconll, jecb, jtimeml, jhold string
	var invented []string
	var iw float64
	o := event.DefaultTrainTypeOptions
	cmd := &cobra.Command{
		Use:   "events",
		Short: "Train the event-type model on the PLOVER odd records and PETRARCH2's records",
		Long: `Train the model that decides each event mention's PLOVER type (extract/event,
MODEL.md): the extractor runs with its rules alone over each training sentence,
as the pipeline reads text, and the sentence's main mention is labelled with the
sentence's gold type (NONE where the record codes no PLOVER event). Training
data: the ODD records of the PLOVER gold file (the even ones are held out for
eval events) and the no-event sentences of PETRARCH2's unit-test records (with
--petr-coded, their coded events too, mapped to PLOVER by CAMEO2PLOVER; they
were coded with PETRARCH's test dictionary, whose senses are not CAMEO's). The same data and options give the same file, byte for
byte. With --cv K, it prints K-fold cross-validation accuracy on the training
data instead of writing a model.

--judged also learns from a reader's verdicts on exported real-news events
(eval/testdata/judged-*.tsv): the judged mention of each story teaches NONE
where it is no political event, its type where the type is right. Measure it by
leaving one file out (--judged-holdout, then annalist eval judged --type-model);
the committed model does not use it (MODEL.md).

--invented also learns from the project's invented labelled sets (the plover
check, args and codebook files of extract/event/testdata/plover), every
sentence typed by its gold label; measure it by leaving sets out of the list
and scoring them with annalist eval events --plover FILE --half all --type-model.`,
		Example: `  # the committed model
  annalist train events

  # trained without PLOVER, scored on the even half
  annalist train events --plover "" --petr-coded --out /tmp/petr.txt.gz
  annalist eval events --half even --type-model /tmp/petr.txt.gz

  # with the judged samples but CoNLL's first, scored on that one
  annalist train events --judged eval/testdata/judged-reuters.tsv,eval/testdata/judged-timebank.tsv \
    --judged-holdout eval/testdata/judged-conll.tsv --out /tmp/j.txt.gz
  annalist eval judged --conll ../shared/eval/ner-conll2003/eng.train --docs even --type-model /tmp/j.txt.gz`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			t0 := time.Now()
			var exs []event.TypeExample
			if plover != "" {
				f, err := os.Open(plover)
				if err != nil {
					return err
				}
				pe, err := eval.PLOVERTypeExamples(f, "odd")
				f.Close()
				if err != nil {
					return fmt.Errorf("%s: %w", plover, err)
				}
				exs = append(exs, pe...)
			}
			if petr != "" {
				rf, err := os.Open(petr)
				if err != nil {
					return err
				}
				defer rf.Close()
				tf, err := os.Open(table)
				if err != nil {
					return err
				}
				defer tf.Close()
				pe, err := event.ReadPETRExamples(rf, tf, coded)
				if err != nil {
					return fmt.Errorf("%s: %w", petr, err)
				}
				exs = append(exs, pe...)
			}
			if reuters != "" {
				re, err := reutersNoEvents(reuters, judgements, weak)
				if err != nil {
					return err
				}
				exs = append(exs, re...)
			}
			if rtypes != "" {
				dir := reuters
				if dir == "" {
					dir = bench.DefaultCorpus
				}
				re, err := reutersTypes(dir, rtypes)
				if err != nil {
					return err
				}
				for i := range re {
					re[i].Weight = rtw
				}
				exs = append(exs, re...)
			}
			if len(judged) > 0 {
				je, err := judgedExamples(judged, jhold, reuters, jconll, jecb, jtimeml, jw)
				if err != nil {
					return err
				}
				exs = append(exs, je...)
			}
			ie, err := inventedExamples(invented, iw)
			if err != nil {
				return err
			}
			exs = append(exs, ie...)
			o.Parser = syntax.Lazy
			if folds > 1 {
				sc, err := event.CrossValidateTypes(exs, o, folds)
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%d-fold cross-validation over %d examples: on the %d gold mentions model %.3f, rules %.3f; of the %d Reuters no-event mentions the model drops %.3f\n",
					folds, len(exs), sc.Gold, sc.Model, sc.Rules, sc.Weak, sc.WeakDropped)
				gs := make([]string, 0, len(sc.Groups))
				for g := range sc.Groups {
					gs = append(gs, g)
				}
				sort.Strings(gs)
				for _, g := range gs {
					c := sc.Groups[g]
					fmt.Fprintf(cmd.OutOrStdout(), "  %-8s %4d gold mentions: model %.3f, rules %.3f\n", g, c[0], float64(c[1])/float64(c[0]), float64(c[2])/float64(c[0]))
				}
				return nil
			}
			m, st, err := event.TrainTypes(exs, o)
			if err != nil {
				return err
			}
			n, err := writeModelFile(out, m)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%d examples, %d with a mention (rules right on %d), %d features; wrote %s (%d bytes) in %s\n",
				st.Examples, st.Used, st.RulesRight, st.Features, out, n, time.Since(t0).Round(time.Millisecond))
			return nil
		},
	}
	cmd.Flags().StringVar(&plover, "plover", "../shared/eval/plover/PLOVER_GSR_CAMEO.txt", `PLOVER gold file: its odd records train ("" for none)`)
	cmd.Flags().StringVar(&petr, "petr", "../shared/lexicons/petrarch2/PETR.UnitTest.records.xml", `PETRARCH2 unit-test records ("" for none)`)
	cmd.Flags().StringVar(&table, "cameo2plover", "../shared/lexicons/plover/CAMEO2PLOVER-2021.txt", "CAMEO to PLOVER table")
	cmd.Flags().StringVar(&out, "out", "extract/event/data/typemodel.txt.gz", "where to write the model")
	cmd.Flags().StringVar(&reuters, "reuters", bench.DefaultCorpus, `Reuters-21578 folder: its training-split stories labelled only earn or acq teach NONE ("" for none)`)
	cmd.Flags().StringSliceVar(&judgements, "judgements", eval.ReutersJudgementFiles, "judged Reuters samples, whose stories are left out of training")
	cmd.Flags().Float64Var(&weak, "reuters-weight", event.DefaultReutersWeight, "weight of each Reuters no-event mention against a gold record's 1")
	cmd.Flags().BoolVar(&coded, "petr-coded", false, "also learn from the PETRARCH records' coded events, not only their no-event sentences")
	cmd.Flags().StringVar(&rtypes, "reuters-types", "", `also learn from labelled Reuters-21578 sentences, e.g. extract/event/testdata/reuters-types.tsv (MODEL.md)`)
	cmd.Flags().Float64Var(&rtw, "reuters-types-weight", 1, "weight of each labelled Reuters sentence against a gold record's 1")
	cmd.Flags().StringSliceVar(&judged, "judged", nil, `also learn from judged real-news events, e.g. eval/testdata/judged-conll.tsv (a false alarm teaches NONE, a right type its type; MODEL.md)`)
	cmd.Flags().StringVar(&jhold, "judged-holdout", "", "a judgement file whose stories are left out of the --judged examples (leave one file out)")
	cmd.Flags().Float64Var(&jw, "judged-weight", 1, "weight of each judged event against a gold record's 1")
	cmd.Flags().StringVar(&jconll, "judged-conll", "../shared/eval/ner-conll2003/eng.train", "CoNLL-2003 file of the judged conll-train stories")
	cmd.Flags().StringVar(&jecb, "judged-ecbplus", "../shared/eval/ecbplus", "ECB+ folder of the judged ECB+ training-topic stories")
	cmd.Flags().StringVar(&jtimeml, "judged-timeml", "../shared/eval/timeml-tbaq/TimeBank", "TimeML folder of the judged timeml stories")
	cmd.Flags().StringSliceVar(&invented, "invented", nil, `also learn from the project's invented labelled sets, e.g. extract/event/testdata/plover/check7.txt,...: "category | sentence" files or PLOVER-format records, every one (never a final*.txt; MODEL.md)`)
	cmd.Flags().Float64Var(&iw, "invented-weight", 1, "weight of each invented sentence against a gold record's 1")
	cmd.Flags().IntVar(&folds, "cv", 0, "print K-fold cross-validation accuracy instead of training")
	cmd.Flags().IntVar(&o.Epochs, "epochs", o.Epochs, "passes of gradient descent")
	cmd.Flags().Float64Var(&o.Rate, "rate", o.Rate, "AdaGrad step")
	cmd.Flags().Float64Var(&o.L2, "l2", o.L2, "weight decay")
	cmd.Flags().Float64Var(&o.Margin, "margin", o.Margin, "how much more than the rules' type another type must score to replace it")
	cmd.Flags().Float64Var(&o.NoneMargin, "none-margin", o.NoneMargin, "the same for NONE, which drops the mention (0: --margin)")
	trainCmd.AddCommand(cmd)
}

// reutersNoEvents reads the no-event training examples of the Reuters
// folder (eval.ReutersNoEventExamples), leaving out the judged stories.
func reutersNoEvents(dir string, judgements []string, w float64) ([]event.TypeExample, error) {
	js, err := readJudgementFiles(judgements...)
	if err != nil {
		return nil, err
	}
	files, err := bench.Files(dir)
	if err != nil {
		return nil, err
	}
	return eval.ReutersNoEvents(files, bench.Open, js, w)
}

// reutersTypes reads the labelled Reuters sentences of file from the
// corpus in dir.
func reutersTypes(dir, file string) ([]event.TypeExample, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	ls, err := eval.ReadReutersTypeLabels(f, file)
	f.Close()
	if err != nil {
		return nil, err
	}
	files, err := bench.Files(dir)
	if err != nil {
		return nil, err
	}
	return eval.ReutersTypeExamples(files, bench.Open, ls)
}

// judgedExamples reads the judgement files and the stories they judge
// (eval.JudgedTypeExamples), each corpus read once and only if a story of
// it is judged: Reuters-21578 (reuters-), CoNLL-2003 (conll-train-),
// TimeML (timeml-), and ECB+'s training topics (any other id). The
// stories of holdout are left out, so that scoring that file measures
// text the model never read.
func judgedExamples(files []string, holdout, reuters, conll, ecb, timeml string, w float64) ([]event.TypeExample, error) {
	js, err := readJudgementFiles(files...)
	if err != nil {
		return nil, err
	}
	if holdout != "" {
		hs, err := readJudgementFiles(holdout)
		if err != nil {
			return nil, err
		}
		skip := eval.JudgedStories(hs)
		js = slices.DeleteFunc(js, func(j eval.Judgement) bool { return skip[j.Story] })
	}
	need := map[string]bool{}
	for _, j := range js {
		switch {
		case strings.HasPrefix(j.Story, "reuters-"):
			need["reuters"] = true
		case strings.HasPrefix(j.Story, "conll-train-"):
			need["conll"] = true
		case strings.HasPrefix(j.Story, "timeml-"):
			need["timeml"] = true
		default:
			need["ecb"] = true
		}
	}
	stories := eval.JudgedStories(js)
	var arts []*annalist.Article
	keep := func(as []*annalist.Article) {
		for _, a := range as {
			if stories[a.ID] {
				arts = append(arts, a)
			}
		}
	}
	if need["reuters"] {
		err := bench.WalkReuters(reuters, func(a *annalist.Article, err error) error {
			if err == nil && stories[a.ID] {
				arts = append(arts, a)
			}
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("judged Reuters stories: %w", err)
		}
	}
	if need["conll"] {
		ds, err := ner.ReadCoNLLFile(conll)
		if err != nil {
			return nil, err
		}
		keep(eval.CoNLLArticles(ds, "conll-"+strings.TrimPrefix(filepath.Ext(conll), ".")))
	}
	if need["timeml"] {
		as, err := eval.TimeMLArticles(timeml)
		if err != nil {
			return nil, err
		}
		keep(as)
	}
	if need["ecb"] {
		ds, err := eval.ReadECB(ecb, "ECB_Train")
		if err != nil {
			return nil, err
		}
		for _, d := range ds {
			keep([]*annalist.Article{{ID: d.ID, Text: d.Text}})
		}
	}
	return eval.JudgedTypeExamples(arts, js, w, func(s string) string { return clean.Text(s).Text }), nil
}

// inventedExamples reads the invented labelled sets as type examples of
// weight w, their ids prefixed "invented-FILE-" (a group of their own in
// --cv). The measurement-only sets (final*) are refused.
func inventedExamples(files []string, w float64) ([]event.TypeExample, error) {
	var out []event.TypeExample
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
		if strings.HasPrefix(name, "final") {
			return nil, fmt.Errorf("--invented %s: the final sets are for measurement only", file)
		}
		f, err := os.Open(file)
		if err != nil {
			return nil, err
		}
		exs, err := eval.PLOVERTypeExamples(f, "all")
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		for i := range exs {
			exs[i].ID = "invented-" + name + "-" + exs[i].ID
			exs[i].Weight = w
		}
		out = append(out, exs...)
	}
	return out, nil
}
