package eval_test

import (
	"errors"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/eval"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/internal/shared"
	"github.com/annalist/annalist/ner"
)

// The recall gold files over CoNLL-2003 documents, scored as `annalist eval
// recall` scores them: a change that loses gold events, or gives found ones a
// wrong type or arguments, fails here.
//   - recall-conll1.tsv: floors at the figures its header records after
//     branch recall1's readings;
//   - recall-conll2.tsv: first run at main 3f12af4 (recall 31/37, right
//     type 26, actor 11, target 12, precision 0.419) was the held-out
//     figure; floors after branch recall2's readings (35/37, 30, 14, 12,
//     0.455);
//   - recall-conll3.tsv, a measurement only: its first run at main 141e97c
//     (recall 16/28, right type 14, actor 6, target 4, precision 0.471) is
//     the held-out figure, and the floors;
//   - recall-conll4.tsv: first run at main 04ddcb0 (recall 0/5, precision
//     0/2) was the held-out figure; floors after branch recall4's readings
//     (5/5, right type 5, actor 2, target 4, precision 0.833).
func TestRecallCoNLLFloors(t *testing.T) {
	for _, c := range []struct {
		file                                  string
		gold, found, typeRight, actor, target int
		precision                             float64
	}{
		{"recall-conll1.tsv", 67, 54, 47, 0, 16, 0.48},
		{"recall-conll2.tsv", 37, 35, 30, 14, 12, 0.45},
		{"recall-conll3.tsv", 28, 16, 14, 6, 4, 0.46},
		{"recall-conll4.tsv", 5, 5, 5, 2, 4, 0.8},
	} {
		t.Run(c.file, func(t *testing.T) {
			s := scoreRecallFile(t, c.file)
			if s.Gold != c.gold {
				t.Errorf("%d gold events, want %d", s.Gold, c.gold)
			}
			if s.Found < c.found || s.TypeRight < c.typeRight || s.ActorRight < c.actor || s.TargetRight < c.target || s.Precision() < c.precision {
				t.Errorf("found %d (floor %d), of the right type %d (floor %d), actors right %d (floor %d), targets right %d (floor %d), precision %.3f (floor %.2f)",
					s.Found, c.found, s.TypeRight, c.typeRight, s.ActorRight, c.actor, s.TargetRight, c.target, s.Precision(), c.precision)
			}
		})
	}
}

// scoreRecallFile scores a recall gold file of testdata as `annalist eval
// recall` does; it skips when ../shared holds no CoNLL-2003 training file.
func scoreRecallFile(t *testing.T, name string) eval.RecallScore {
	t.Helper()
	path := shared.Require(t, "eval/ner-conll2003/eng.train")
	ds, err := ner.ReadCoNLLFile(path)
	if err != nil {
		t.Fatal(err)
	}
	g, err := eval.ReadRecallGoldFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	todo, texts, err := g.Select(eval.CoNLLArticles(ds, "conll-train"))
	if err != nil {
		t.Fatal(err)
	}
	var produced []eval.ProducedEvent
	err = extract.Default().Run(2, func(submit func(*annalist.Article, error) error) error {
		for _, a := range todo {
			if err := submit(a, nil); err != nil {
				return err
			}
		}
		return nil
	}, func(res extract.Result) error {
		if res.Err != nil {
			if errors.Is(res.Err, extract.ErrNoBodyText) || errors.Is(res.Err, extract.ErrNoPageText) {
				return nil
			}
			return res.Err
		}
		produced = append(produced, eval.AllEvents(res.Record)...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	s := eval.ScoreRecall(g, texts, produced)
	t.Logf("%s: recall %.3f (%d/%d), type accuracy %.3f (%d/%d), precision %.3f (%d/%d)", name,
		s.Recall(), s.Found, s.Gold, s.TypeAccuracy(), s.TypeRight, s.Found, s.Precision(), s.Matched, s.Produced)
	return s
}
