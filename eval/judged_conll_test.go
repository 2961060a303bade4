package eval

import (
	"os"
	"strings"
	"testing"

	"github.com/annalist/annalist/ner"
)

// An invented document in CoNLL's layout: headline, byline, dateline, body.
func TestCoNLLArticlesRebuildText(t *testing.T) {
	conll := `-DOCSTART- -X- O O

Rebels X X O
seize X X O
town X X O
. X X O

Jane B-PER
Doe I-PER

KUTAR X X B-LOC
1996-09-02 X X O

The X X O
army X X O
said X X O
( X X O
on X X O
Monday X X O
) X X O
rebels X X O
did X X O
n't X X O
leave X X O
the X X O
mayor X X O
's X X O
office X X O
, X X O
" X X O
a X X O
siege X X O
" X X O
. X X O

Talks X X O
follow X X O
. X X O
`
	docs, err := ner.ReadCoNLL(strings.NewReader(conll))
	if err != nil {
		t.Fatal(err)
	}
	arts := CoNLLArticles(docs, "conll-test")
	if len(arts) != 1 {
		t.Fatalf("%d articles, want 1", len(arts))
	}
	a := arts[0]
	want := `KUTAR 1996-09-02 - The army said (on Monday) rebels didn't leave the mayor's office, "a siege".` + "\n\nTalks follow."
	if a.ID != "conll-test-0" || a.Title != "Rebels seize town." || a.Published != "1996-09-02" || a.Text != want {
		t.Errorf("got %q %q %q\n%q\nwant text\n%q", a.ID, a.Title, a.Published, a.Text, want)
	}
}

// The CoNLL judgement files read without error and hold what their
// headers say.
func TestCoNLLJudgementFiles(t *testing.T) {
	for name, want := range map[string]int{"testdata/judged-conll.tsv": 120, "testdata/judged-conll-odd.tsv": 75, "testdata/judged-timebank.tsv": 86, "testdata/judged-aquaint.tsv": 101, "testdata/judged-aquaint2.tsv": 46} {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		js, err := ReadJudgements(f, name)
		f.Close()
		if err != nil || len(js) != want {
			t.Errorf("%s: %d judgements, %v; want %d", name, len(js), err, want)
		}
	}
}

// A hand-built document with an empty sentence or word rebuilds without a
// panic.
func TestCoNLLArticlesEmpty(t *testing.T) {
	docs := []ner.Document{{Sentences: []ner.Sentence{
		{Words: []string{"Rebels", "seize", "town"}, Tags: []string{"O", "O", "O"}},
		{},
		{Words: []string{"", "Fighting", "", "resumed", "."}, Tags: []string{"O", "O", "O", "O", "O"}},
	}}}
	arts := CoNLLArticles(docs, "conll-test")
	if len(arts) != 1 || arts[0].Title != "Rebels seize town" || !strings.Contains(arts[0].Text, "Fighting resumed.") {
		t.Fatalf("got %+v", arts)
	}
}
