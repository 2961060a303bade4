package tmpdbg

import (
	"fmt"
	"github.com/annalist/annalist/clean"
	"github.com/annalist/annalist/eval"
	"testing"
)

func TestDiff(t *testing.T) {
	pages, _ := eval.LoadArticleGold("/work/shared/eval/article-extraction")
	for _, p := range pages {
		m, _ := clean.MainText(p.HTML, p.URL)
		r := clean.Text(m)
		a := eval.ScoreArticles([]string{p.Body}, []string{m})
		b := eval.ScoreArticles([]string{p.Body}, []string{r.Text})
		if b.F1 < a.F1-0.003 {
			fmt.Printf("%s %.3f -> %.3f\n", p.ID[:8], a.F1, b.F1)
			for _, d := range r.Dropped {
				fmt.Printf("   %s %q\n", d.Reason, d.Text)
			}
		}
	}
}
