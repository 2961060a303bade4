package syntax

import (
	"reflect"
	"testing"

	"github.com/annalist/annalist/text"
)

// TestLazyMemoGivesTheSameWords checks that a sentence Lazy analyses again
// gets exactly the Words of its first analysis, as a copy of its own (a
// caller's change to one does not show in the other), and from the memo.
func TestLazyMemoGivesTheSameWords(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sents := prefixSentences(t)
	if len(sents) > 40 {
		sents = sents[:40]
	}
	lz := Lazy.(lazy)
	for _, words := range sents {
		want := m.Parse(words)
		wantTags := m.Tag(words)
		for round := range 2 {
			th, ph := tagMemo.hits, parseMemo.hits
			tags := lz.TagPrefix(words, nil, 1)
			if round == 1 && (tagMemo.hits != th+1 || len(tags) != len(words)) {
				t.Fatalf("%q: the second tagging did not come whole from the memo", words)
			}
			tags = lz.TagPrefix(words, tags, len(words))
			if !reflect.DeepEqual(tags, wantTags) {
				t.Fatalf("%q round %d: tags differ from the model's", words, round)
			}
			got := lz.ParseTagged(words, tags)
			if round == 1 && parseMemo.hits != ph+1 {
				t.Fatalf("%q: the second parse did not come from the memo", words)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%q round %d: parse differs from the model's", words, round)
			}
			got[0].Lemma, tags[0].UPOS = "changed", "X"
		}
	}
	// Tags of another tagger are parsed over, not answered from the memo.
	words := sents[0]
	tags := m.Tag(words)
	tags[0].UPOS, tags[0].XPOS = "X", "FW"
	want := m.ParseTagged(words, tags)
	if got := lz.ParseTagged(words, tags); !reflect.DeepEqual(got, want) {
		t.Errorf("%q: a parse over other tags came from the memo", words)
	}
}

// TestMemoKeepsTheLatest checks that the memo holds at most memoSize
// sentences, the latest, and tells apart word sequences that join alike.
func TestMemoKeepsTheLatest(t *testing.T) {
	mm := newMemo()
	ws := func(i int) []text.Word { return []text.Word{{Lemma: string(rune('a' + i%26))}, {Head: i}} }
	key := func(i int) []string { return []string{"w", string(rune(i))} }
	for i := range memoSize + 10 {
		mm.put(key(i), ws(i))
	}
	if len(mm.tab) != memoSize {
		t.Fatalf("%d kept, want %d", len(mm.tab), memoSize)
	}
	if mm.get(key(5)) != nil {
		t.Error("an old sentence is still kept")
	}
	if got := mm.get(key(memoSize + 9)); !reflect.DeepEqual(got, ws(memoSize+9)) {
		t.Errorf("latest: got %v", got)
	}
	mm.put([]string{"ab", "c"}, []text.Word{{Lemma: "x"}, {Lemma: "y"}})
	if mm.get([]string{"a", "bc"}) != nil {
		t.Error("words that join alike share a key")
	}
}
