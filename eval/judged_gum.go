package eval

import (
	"strings"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/syntax"
)

// UD English GUM's news documents (GUM_news_*) are Wikinews stories of the
// 2000s and 2010s. No event evaluation reads them, so the events exported
// on them are one more corpus of real news for judged events. The
// judgement file keys each event by "gum-" and the document's name
// ("gum-GUM_news_flag") and the trigger's byte offset in the text rebuilt
// here; it holds no text.

// GUMArticles rebuilds the documents of sents whose newdoc id holds
// "_news_" as articles: the meta::title is the title (the first sentence,
// the heading that repeats it, is left out of the text), meta::dateCreated
// the publication date (none if absent), each sentence its "text ="
// comment (the original spacing), and a "newpar" comment opens a paragraph.
func GUMArticles(sents []syntax.Sentence) []*annalist.Article {
	var out []*annalist.Article
	var a *annalist.Article
	var paras []string
	var para []string
	flush := func() {
		if len(para) > 0 {
			paras = append(paras, strings.Join(para, " "))
			para = nil
		}
	}
	finish := func() {
		if a != nil {
			flush()
			a.Text = strings.Join(paras, "\n\n")
			out = append(out, a)
		}
		a, paras, para = nil, nil, nil
	}
	for _, s := range sents {
		text := ""
		for _, c := range s.Comments {
			k, v, ok := strings.Cut(c, " = ")
			switch {
			case ok && k == "newdoc id":
				finish()
				if strings.Contains(v, "_news_") {
					a = &annalist.Article{ID: "gum-" + v, Language: "en"}
				}
			case a == nil:
			case ok && k == "meta::title":
				a.Title = v
			case ok && k == "meta::dateCreated":
				a.Published = v
			case c == "newpar" || strings.HasPrefix(c, "newpar "):
				flush()
			case ok && k == "text":
				text = v
			}
		}
		if a == nil {
			continue
		}
		if text == "" {
			text = strings.Join(s.Forms(), " ")
		}
		if len(paras) == 0 && len(para) == 0 && text == a.Title {
			continue // the heading
		}
		para = append(para, text)
	}
	finish()
	return out
}
