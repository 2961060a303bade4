package eval

import (
	"strings"
	"testing"

	"github.com/annalist/annalist/internal/shared"
	"github.com/annalist/annalist/syntax"
)

// An invented document in GUM's layout, between two that are no news.
func TestGUMArticlesRebuildText(t *testing.T) {
	word := func(id, form string) string {
		return id + "\t" + form + "\t_\tX\tX\t_\t0\troot\t_\t_\n"
	}
	conllu := "# newdoc id = GUM_bio_someone\n# text = Born.\n" + word("1", "Born.") + "\n" +
		"# newdoc id = GUM_news_rebels\n# meta::dateCreated = 2011-03-02\n# meta::title = Rebels seize town\n" +
		"# newpar\n# text = Rebels seize town\n" + word("1", "Rebels") + "\n" +
		"# newpar\n# text = Rebels seized the town on Monday.\n" + word("1", "Rebels") + "\n" +
		"# text = The mayor fled.\n" + word("1", "mayor") + "\n" +
		"# newpar\n# text = Talks resume today.\n" + word("1", "Talks") + "\n" +
		"# newdoc id = GUM_voyage_town\n# meta::title = Town\n# text = Visit.\n" + word("1", "Visit.") + "\n"
	sents, err := syntax.ReadCoNLLU(strings.NewReader(conllu), "test")
	if err != nil {
		t.Fatal(err)
	}
	arts := GUMArticles(sents)
	if len(arts) != 1 {
		t.Fatalf("%d articles, want the news one alone", len(arts))
	}
	a := arts[0]
	want := "Rebels seized the town on Monday. The mayor fled.\n\nTalks resume today."
	if a.ID != "gum-GUM_news_rebels" || a.Title != "Rebels seize town" || a.Published != "2011-03-02" || a.Text != want {
		t.Errorf("got id %q title %q published %q text %q", a.ID, a.Title, a.Published, a.Text)
	}
}

// The shared data's news documents, when present.
func TestGUMArticlesShared(t *testing.T) {
	path := shared.Require(t, "eval/ud-english-gum/en_gum-ud-dev.conllu")
	sents, err := syntax.ReadCoNLLUFile(path)
	if err != nil {
		t.Fatal(err)
	}
	arts := GUMArticles(sents)
	if len(arts) != 2 {
		t.Fatalf("%d news documents in GUM dev, want 2", len(arts))
	}
	for _, a := range arts {
		if a.Published == "" || a.Title == "" || strings.HasPrefix(a.Text, a.Title) {
			t.Errorf("%s: published %q title %q text begins %.60q", a.ID, a.Published, a.Title, a.Text)
		}
	}
}
