package ner

import (
	"reflect"
	"strings"
	"testing"

	"github.com/annalist/annalist/internal/shared"
)

// Two sentences in GUM's CoNLL-U, cut to the columns the reader uses.
const tinyGUM = "# newdoc id = GUM_bio_test\n" +
	"# sent_id = 1\n" +
	"1\tByron\tByron\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(3-person-new-sssss-cf1-1-coref-Lord_Byron)\n" +
	"2\tentered\tenter\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
	"3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\tEntity=(8-organization-new-nnsnn-cf3-2,4,6-coref\n" +
	"4\tschool\tschool\tNOUN\tNN\t_\t2\tobj\t_\t_\n" +
	"5\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_\n" +
	"6\tDr.\tDr.\tPROPN\tNNP\t_\t7\tnmod\t_\tEntity=(9-person-new-nnnnn-cf4-1,2,3-sgl-William_Glennie\n" +
	"7\tWilliam\tWilliam\tPROPN\tNNP\t_\t4\tnmod\t_\t_\n" +
	"8\tGlennie\tGlennie\tPROPN\tNNP\t_\t7\tflat\t_\tEntity=9)\n" +
	"9\tin\tin\tADP\tIN\t_\t10\tcase\t_\t_\n" +
	"10\tDulwich\tDulwich\tPROPN\tNNP\t_\t4\tnmod\t_\tEntity=(10-place-new-nnsnn-cf7-1-sgl-Dulwich)8)\n" +
	"11\twith\twith\tADP\tIN\t_\t12\tcase\t_\t_\n" +
	"12\tEnglish\tEnglish\tADJ\tJJ\t_\t13\tamod\t_\tEntity=(11-person-new-nnnnn-cf1-1-sgl\n" +
	"13\tfriends\tfriend\tNOUN\tNNS\t_\t2\tobl\t_\tEntity=11)\n" +
	"14\tin\tin\tADP\tIN\t_\t16\tcase\t_\t_\n" +
	"15\tUnited\tUnite\tVERB\tVBN\t_\t16\tamod\t_\tEntity=(12-place-new-nnnnn-cf1-1-sgl-United_States\n" +
	"16\tStates\tState\tPROPN\tNNPS\t_\t2\tobl\t_\tEntity=12)\n" +
	"17\tand\tand\tCCONJ\tCC\t_\t18\tcc\t_\t_\n" +
	"18\tHarrow\tHarrow\tPROPN\tNNP\t_\t16\tconj\t_\t_\n" +
	"\n"

func TestReadGUM(t *testing.T) {
	docs, err := ReadGUM(strings.NewReader(tinyGUM))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || len(docs[0].Sentences) != 1 {
		t.Fatalf("got %d documents", len(docs))
	}
	s := docs[0].Sentences[0]
	// Byron; William Glennie without his title and not the school (no
	// identity, not all name); Dulwich; the United States ("United" a
	// verb in UD); not "English friends" (not a name).
	want := []Span{{0, 1, PER}, {6, 8, PER}, {9, 10, LOC}, {14, 16, LOC}}
	if got := Chunks(s.Tags); !reflect.DeepEqual(got, want) {
		t.Errorf("names %v, want %v", got, want)
	}
	// "Dr." and "Harrow" (proper nouns outside a typed name) are unknown;
	// "English" may be MISC or nothing; lower-case words are given.
	if s.Open[5] != AnyTag || s.Open[17] != AnyTag || s.Open[11] != OorMISC || s.Open[1] != Given || s.Open[0] != Given {
		t.Errorf("openness %v", s.Open)
	}
}

func TestReadGUMErrors(t *testing.T) {
	for _, in := range []string{
		"1\tA\tA\tPROPN\n\n", // too few columns
		"1\tA\tA\tPROPN\tNNP\t_\t0\troot\t_\tEntity=(3-person-new\n\n",                                     // never closed
		"1\tA\tA\tPROPN\tNNP\t_\t0\troot\t_\tEntity=4)\n\n",                                                // closed, never opened
		"1\tA\tA\tPROPN\tNNP\t_\t0\troot\t_\tEntity=(x\n2\tB\tB\tPROPN\tNNP\t_\t0\troot\t_\tEntity=x)\n\n", // bad id
	} {
		if _, err := ReadGUM(strings.NewReader(in)); err == nil {
			t.Errorf("ReadGUM(%q): no error", in)
		}
	}
}

func FuzzReadGUM(f *testing.F) {
	f.Add(tinyGUM)
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := ReadGUM(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, s := range d.Sentences {
				if len(s.Tags) != len(s.Words) || len(s.Open) != len(s.Words) {
					t.Fatalf("sentence of %d words with %d tags, %d marks", len(s.Words), len(s.Tags), len(s.Open))
				}
			}
		}
	})
}

// The GUM files read whole, with a fair share of named people, places and
// organisations.
func TestReadGUMShared(t *testing.T) {
	p := shared.Require(t, "eval/ud-english-gum/en_gum-ud-dev.conllu")
	docs, err := ReadGUMFile(p)
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			for _, c := range Chunks(s.Tags) {
				n[c.Type]++
			}
		}
	}
	if len(docs) < 10 || n[PER] < 100 || n[LOC] < 100 || n[ORG] < 40 {
		t.Errorf("%d documents, names %v", len(docs), n)
	}
}

// Training on partly annotated sentences learns what is given and is not
// pushed towards O where nothing is said.
func TestTrainPartial(t *testing.T) {
	docs, err := ReadGUM(strings.NewReader(tinyGUM))
	if err != nil {
		t.Fatal(err)
	}
	m, err := Train(docs, TrainOptions{Epochs: 5, Bits: 16, Seed: 3, Lex: DefaultLexicons()})
	if err != nil {
		t.Fatal(err)
	}
	got := NewTagger(m).TagDocument([][]string{docs[0].Sentences[0].Words})[0]
	for _, w := range []Span{{0, 1, PER}, {6, 8, PER}, {9, 10, LOC}} {
		found := false
		for _, g := range got {
			found = found || g == w
		}
		if !found {
			t.Errorf("%v not learnt: tagged %v", w, got)
		}
	}
}

func TestDemonymsNotPeople(t *testing.T) {
	sents := [][]string{
		{"Uzbekistanis", "and", "Tajiks", "crossed", "."},
		{"Dawn", "French", "met", "Afghans", "."},
		{"French", "laughed", "."},
	}
	spans := [][]Span{
		{{0, 1, PER}, {2, 3, PER}},
		{{0, 2, PER}, {3, 4, PER}},
		{{0, 1, PER}},
	}
	demonymsNotPeople(sents, spans, gazetteerPlaces)
	want := [][]Span{
		{{0, 1, MISC}, {2, 3, MISC}},
		{{0, 2, PER}, {3, 4, MISC}},
		{{0, 1, PER}}, // Dawn French's surname
	}
	if !reflect.DeepEqual(spans, want) {
		t.Errorf("got %v\nwant %v", spans, want)
	}
}

func TestDocumentContext(t *testing.T) {
	dc := newDocCase([][]string{
		strings.Fields("Audrey Peters said the Halyk Bank branch in Almaty closed ."),
		strings.Fields("Supt Peters spoke ."),
	})
	for w, want := range map[string]uint16{
		"peters": ctxAfterFirstName | ctxAfterTitle | ctxSaid | ctxInRun,
		"halyk":  ctxOrgCueAhead | ctxInRun,
		"almaty": ctxAfterLocPrep | ctxAlone,
	} {
		if got := dc[w] &^ (seenCapMid | seenLower); got != want {
			t.Errorf("%s: context %b, want %b", w, got, want)
		}
	}
}

func TestActorSpans(t *testing.T) {
	fz := &featurizer{mask: 1<<16 - 1, lex: DefaultLexicons()}
	ts := fz.prepare(strings.Fields("Officials of the International Committee of the Red Cross met Madeleine Albright ."), docCase{}, nil)
	var got []string
	for _, tk := range ts {
		got = append(got, tk.actor)
	}
	want := []string{"", "", "", "ORG-B", "ORG-I", "ORG-I", "ORG-I", "ORG-I", "ORG-L", "", "PER-B", "PER-L", ""}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("actor marks %q\nwant %q", got, want)
	}
}
