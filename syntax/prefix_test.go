package syntax

import (
	"reflect"
	"strings"
	"testing"

	"github.com/annalist/annalist/internal/shared"
	"github.com/annalist/annalist/text"
)

// prefixSentences are sentences to tag piecemeal: EWT dev when the shared
// data is there, else a few written here.
func prefixSentences(t *testing.T) [][]string {
	var out [][]string
	if path, ok := shared.Path("eval/ud-english-ewt/en_ewt-ud-dev.conllu"); ok {
		gold, err := ReadCoNLLUFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range gold[:300] {
			out = append(out, s.Forms())
		}
		return out
	}
	for _, s := range []string{
		"Click here to read more .",
		"Police fired tear gas at protesters who had gathered outside parliament on Tuesday .",
		"Do not write in block capitals",
		"The minister , who resigned , said talks would resume .",
	} {
		out = append(out, strings.Fields(s))
	}
	return out
}

// TestTagPrefixIsTag checks that tagging a sentence a few words at a time
// gives exactly the tags of tagging it whole, and that parsing over those
// tags gives exactly the parse.
func TestTagPrefixIsTag(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, words := range prefixSentences(t) {
		whole := m.Tag(words)
		var got []text.Word
		for n := 1; n <= len(words); n += 1 + n%3 {
			got = m.TagPrefix(words, got, n)
			if len(got) != n || !reflect.DeepEqual(got, whole[:n]) {
				t.Fatalf("%q: first %d tags %v, want %v", words, n, got, whole[:n])
			}
		}
		got = m.TagPrefix(words, got, len(words)+5)
		if !reflect.DeepEqual(got, whole) {
			t.Fatalf("%q: tags %v, want %v", words, got, whole)
		}
		if p, want := m.ParseTagged(words, got), m.Parse(words); !reflect.DeepEqual(p, want) {
			t.Fatalf("%q: parse over tags %v, want %v", words, p, want)
		}
	}
	if got := m.Tag(nil); got == nil || len(got) != 0 {
		t.Errorf("empty sentence: %#v", got)
	}
}

// TestDocTagsTo checks the document's side: tags asked for a few words,
// then all of them, then the parse over them, are what the model gives
// the whole sentence.
func TestDocTagsTo(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	d := text.Analyze("Police fired tear gas at protesters on Tuesday. Click here to read more.", "2024-01-02")
	d.Parser = m
	for i := range d.Sentences {
		var words []string
		for _, tk := range d.SentenceTokens(i) {
			words = append(words, tk.Text)
		}
		if got := d.TagsTo(i, 2); len(got) < 2 || !reflect.DeepEqual(got[:2], m.Tag(words)[:2]) {
			t.Errorf("sentence %d: first tags %v", i, got)
		}
		if got := d.Tags(i); !reflect.DeepEqual(got, m.Tag(words)) {
			t.Errorf("sentence %d: tags %v, want %v", i, got, m.Tag(words))
		}
		if got := d.Parse(i); !reflect.DeepEqual(got, m.Parse(words)) {
			t.Errorf("sentence %d: parse %v, want %v", i, got, m.Parse(words))
		}
	}
}
