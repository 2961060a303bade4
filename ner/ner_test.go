package ner

import (
	"bytes"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/annalist/annalist/internal/cputime"
	"github.com/annalist/annalist/internal/shared"
)

func TestChunksAndBILOU(t *testing.T) {
	cases := []struct {
		tags string
		want []Span
	}{
		{"O O", nil},
		{"I-PER I-PER O I-LOC", []Span{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"I-PER B-PER I-PER", []Span{{0, 1, "PER"}, {1, 3, "PER"}}},
		{"B-ORG I-ORG I-LOC O", []Span{{0, 2, "ORG"}, {2, 3, "LOC"}}},
		{"I-MISC I-MISC I-MISC", []Span{{0, 3, "MISC"}}},
	}
	for _, c := range cases {
		tags := strings.Fields(c.tags)
		got := Chunks(tags)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Chunks(%s) = %v, want %v", c.tags, got, c.want)
		}
		if back := decodeBILOU(encodeBILOU(got, len(tags))); !reflect.DeepEqual(back, c.want) {
			t.Errorf("BILOU round trip of %s = %v", c.tags, back)
		}
	}
}

func TestChunksAsConlleval(t *testing.T) {
	cases := []struct {
		tags string
		want []Span
	}{
		{"O O", nil},
		{"I-PER I-PER O I-LOC", []Span{{0, 2, "PER"}, {3, 4, "LOC"}}}, // IOB1
		{"I-PER B-PER I-PER", []Span{{0, 1, "PER"}, {1, 3, "PER"}}},   // IOB1 adjacent names
		{"B-ORG I-ORG I-LOC", []Span{{0, 2, "ORG"}, {2, 3, "LOC"}}},   // type change
		{"B-MISC I-MISC", []Span{{0, 2, "MISC"}}},                     // IOB2
		{"S-PER B-LOC E-LOC", []Span{{0, 1, "PER"}, {1, 3, "LOC"}}},   // IOBES
		{"O I-PER", []Span{{1, 2, "PER"}}},                            // open at the end
		{"B-PER O B-PER I-PER", []Span{{0, 1, "PER"}, {2, 4, "PER"}}}, //
		{"I-ORG I-ORG B-ORG O", []Span{{0, 2, "ORG"}, {2, 3, "ORG"}}}, //
		{"garbage I-LOC", []Span{{1, 2, "LOC"}}},                      // malformed tags are O
	}
	for _, c := range cases {
		if got := Chunks(strings.Fields(c.tags)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Chunks(%s) = %v, want %v", c.tags, got, c.want)
		}
	}
}

func TestTransitions(t *testing.T) {
	b, i, l, u := tagOf(0, posB), tagOf(0, posI), tagOf(0, posL), tagOf(0, posU)
	otherI := tagOf(1, posI)
	cases := []struct {
		prev, next int
		ok         bool
	}{
		{numTags, b, true}, {numTags, i, false}, {b, i, true}, {b, l, true}, {b, tagO, false},
		{i, otherI, false}, {l, u, true}, {u, l, false}, {tagO, tagO, true},
	}
	for _, c := range cases {
		if allowed[c.prev][c.next] != c.ok {
			t.Errorf("allowed[%d][%d] = %v", c.prev, c.next, !c.ok)
		}
	}
	if allowedEnd[b] || !allowedEnd[l] || !allowedEnd[tagO] {
		t.Error("wrong sentence ends")
	}
}

const tinyCoNLL = `-DOCSTART- -X- O O

Peter NNP I-NP I-PER
Blackburn NNP I-NP I-PER
visited VBD I-VP O
Paris NNP I-NP I-LOC
. . O O

-DOCSTART- -X- O O

The DT I-NP O
European NNP I-NP I-ORG
Commission NNP I-NP I-ORG
met VBD I-VP O
German JJ I-NP I-MISC
farmers NNS I-NP O
in IN I-PP O
Bonn NNP I-NP I-LOC
. . O O

Mary NNP I-NP I-PER
Smith NNP I-NP I-PER
of IN I-PP O
Acme NNP I-NP I-ORG
Corp NNP I-NP I-ORG
said VBD I-VP O
so RB I-ADVP O
. . O O
`

func TestReadCoNLL(t *testing.T) {
	docs, err := ReadCoNLL(strings.NewReader(tinyCoNLL))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || len(docs[1].Sentences) != 2 || Tokens(docs) != 22 {
		t.Fatalf("got %d documents, %d tokens", len(docs), Tokens(docs))
	}
	if s := docs[1].Sentences[1]; s.Words[3] != "Acme" || s.Tags[3] != "I-ORG" {
		t.Errorf("sentence %v %v", s.Words, s.Tags)
	}
	for _, bad := range []string{"word\n", "word NN X-PER\n"} {
		if _, err := ReadCoNLL(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadCoNLL(%q) did not fail", bad)
		}
	}
}

func FuzzReadCoNLL(f *testing.F) {
	f.Add(tinyCoNLL)
	f.Add("a O\n\nb B-X\n-DOCSTART-\n")
	f.Fuzz(func(t *testing.T, s string) {
		docs, err := ReadCoNLL(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, sent := range d.Sentences {
				if len(sent.Words) != len(sent.Tags) || len(sent.Words) == 0 {
					t.Fatalf("bad sentence %v %v", sent.Words, sent.Tags)
				}
				for _, sp := range Chunks(sent.Tags) {
					if sp.Start < 0 || sp.End > len(sent.Words) || sp.Start >= sp.End {
						t.Fatalf("bad span %v", sp)
					}
				}
			}
		}
	})
}

func trainTiny(t *testing.T, docs []Document) *Model {
	t.Helper()
	m, err := Train(docs, TrainOptions{Epochs: 3, Bits: 16, Seed: 3, Lex: DefaultLexicons()})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func modelBytes(t *testing.T, m *Model) []byte {
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Training is deterministic, and a model survives writing and reading.
func TestTrainDeterministic(t *testing.T) {
	docs, err := ReadCoNLL(strings.NewReader(tinyCoNLL))
	if err != nil {
		t.Fatal(err)
	}
	if p, ok := shared.Path("eval/ner-conll2003/eng.train"); ok {
		if all, err := ReadCoNLLFile(p); err == nil {
			docs = all[:20] // a slice of real data
		}
	}
	if p, ok := shared.Path("eval/ud-english-gum/en_gum-ud-train.conllu"); ok {
		if all, err := ReadGUMFile(p); err == nil {
			docs = append(docs, all[:2]...) // and of partly annotated data
		}
	}
	a, b := trainTiny(t, docs), trainTiny(t, docs)
	if !reflect.DeepEqual(a.W, b.W) || a.Trans != b.Trans {
		t.Fatal("two trainings on the same data differ")
	}
	ab, bb := modelBytes(t, a), modelBytes(t, b)
	if !bytes.Equal(ab, bb) {
		t.Fatal("two trainings wrote different files")
	}
	c, err := ReadModel(bytes.NewReader(ab), DefaultLexicons())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a.W, c.W) || a.Trans != c.Trans || a.Bits != c.Bits {
		t.Fatal("model changed in a write and read")
	}
	if _, err := ReadModel(bytes.NewReader(ab[:len(ab)/2]), nil); err == nil {
		t.Error("a truncated model was read without error")
	}
	if _, err := ReadModel(strings.NewReader("not a model"), nil); err == nil {
		t.Error("garbage was read as a model")
	}
}

// A model learns its own training data.
func TestTrainLearns(t *testing.T) {
	docs, _ := ReadCoNLL(strings.NewReader(tinyCoNLL))
	tg := NewTagger(trainTiny(t, docs))
	if f := Score(tg, docs); f < 0.99 {
		t.Errorf("F1 on the training data %.2f", f)
	}
}

func TestConsistency(t *testing.T) {
	sents := [][]string{
		{"Bill", "Clinton", "met", "Jordan", "officials"},
		{"Clinton", "said", "Jordan", "would", "help"},
		{"Jordan", "agreed", "with", "Clinton"},
	}
	spans := [][]Span{
		{{0, 2, "PER"}, {3, 4, "LOC"}},
		{{0, 1, "ORG"}, {2, 3, "LOC"}},
		{{0, 1, "PER"}},
	}
	consistency(sents, spans)
	want := [][]Span{
		{{0, 2, "PER"}, {3, 4, "LOC"}},
		{{0, 1, "PER"}, {2, 3, "LOC"}}, // a surname of a person
		{{0, 1, "LOC"}, {3, 4, "PER"}}, // Jordan by majority; Clinton found again
	}
	if !reflect.DeepEqual(spans, want) {
		t.Errorf("consistency:\n got %v\nwant %v", spans, want)
	}
}

func TestShape(t *testing.T) {
	cases := []struct{ w, shape, short string }{
		{"Kassym-Jomart", "Xxxxxx-Xxx", "Xx-Xx"},
		{"NATO", "XXXX", "X"},
		{"1996-08-22", "dddd-dd-dd", "d-d-d"},
		{"McDonald's", "XxXxxxxx'x", "XxXx'x"},
		{"Zelenskyy", "Xxxxxxxxx", "Xx"},
	}
	for _, c := range cases {
		if s, ss := shapeOf(c.w); s != c.shape || ss != c.short {
			t.Errorf("shapeOf(%q) = %q, %q; want %q, %q", c.w, s, ss, c.shape, c.short)
		}
	}
}

func TestDefaultLoads(t *testing.T) {
	t0 := time.Now()
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// Timing is for benchmarks (BenchmarkLoad): a busy machine must not
	// fail a test.
	t.Logf("model loaded in %s", time.Since(t0))
	got := tg.TagDocument([][]string{strings.Fields("Angela Merkel flew to Washington to meet Microsoft executives .")})
	want := []Span{{0, 2, "PER"}, {4, 5, "LOC"}, {7, 8, "ORG"}}
	if !reflect.DeepEqual(got[0], want) {
		t.Errorf("tagged %v, want %v", got[0], want)
	}
}

// BenchmarkTag measures tagging speed on one core: go test -bench Tag ./ner
func BenchmarkTag(b *testing.B) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	tg, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	var docs [][][]string
	if p, ok := shared.Path("eval/ner-conll2003/eng.testa"); ok {
		dev, err := ReadCoNLLFile(p)
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range dev {
			docs = append(docs, docWords(d))
		}
	} else {
		s := strings.Fields("The European Commission said on Thursday it disagreed with German advice to consumers to shun British lamb until scientists determine whether mad cow disease can be transmitted to sheep .")
		docs = [][][]string{{s, s, s, s}}
	}
	tokens := 0
	for _, d := range docs {
		for _, s := range d {
			tokens += len(s)
		}
	}
	tg.TagDocument(docs[0]) // loads the gazetteer
	b.ResetTimer()
	cpu0 := cputime.Process()
	for b.Loop() {
		for _, d := range docs {
			tg.TagDocument(d)
		}
	}
	b.ReportMetric(float64(tokens*b.N)/b.Elapsed().Seconds(), "tokens/s")
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(tokens*b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

// BenchmarkLoad measures reading the embedded model (the lexicons, loaded
// once, are not counted).
func BenchmarkLoad(b *testing.B) {
	lex := DefaultLexicons()
	for b.Loop() {
		if _, err := ReadModel(bytes.NewReader(modelData), lex); err != nil {
			b.Fatal(err)
		}
	}
}
