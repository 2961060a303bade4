package story

import (
	"bytes"
	"math"
	"slices"
	"testing"

	"github.com/annalist/annalist"
)

// A model trained on examples where the words tell the kind and the
// people tell the happening ranks them so.
func TestTrainJoinLearns(t *testing.T) {
	person := slices.Index(PairFeatures, "person_mine")
	conflict := slices.Index(PairFeatures, "person_conflict")
	pair := func(cos, mine float64) []float64 {
		f := make([]float64, len(PairFeatures))
		f[0], f[1], f[person] = 1, cos, mine
		f[conflict] = flag(mine == 0)
		return f
	}
	var ex []JoinExample
	for i := 0; i < 40; i++ {
		c := 0.2 + 0.01*float64(i%10)
		ex = append(ex,
			JoinExample{Kind: []float64{1, c, c + 0.1}, Pairs: [][]float64{pair(c, 1)}, SameKind: true, Joins: true},
			JoinExample{Kind: []float64{1, c, c + 0.1}, Pairs: [][]float64{pair(c, 0)}, SameKind: true, Joins: i%10 == 0},
			JoinExample{Kind: []float64{1, c / 8, c / 6}, Pairs: [][]float64{pair(c/8, 0)}, SameKind: i%20 == 0},
		)
	}
	m := TrainJoin(ex, 0.1)
	same := m.Score([]float64{1, 0.25, 0.35}, [][]float64{pair(0.25, 1)})
	other := m.Score([]float64{1, 0.25, 0.35}, [][]float64{pair(0.25, 0)})
	unrelated := m.Score([]float64{1, 0.03, 0.04}, [][]float64{pair(0.03, 1)})
	if !(same > 0.7 && other < 0.4 && unrelated < 0.3) {
		t.Errorf("same happening %.2f, other happening of the kind %.2f, other kind %.2f", same, other, unrelated)
	}
}

func TestJoinModelRoundTrip(t *testing.T) {
	m := DefaultJoinModel()
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	again, err := ReadJoinModel(&b)
	if err != nil {
		t.Fatal(err)
	}
	for i := range m.Same {
		if math.Abs(m.Same[i]-again.Same[i]) > 1e-4 {
			t.Errorf("same.%s: %v, read back %v", PairFeatures[i], m.Same[i], again.Same[i])
		}
	}
	for i := range m.Gate {
		if math.Abs(m.Gate[i]-again.Gate[i]) > 1e-4 {
			t.Errorf("gate.%s: %v, read back %v", GateFeatures[i], m.Gate[i], again.Gate[i])
		}
	}
	if _, err := ReadJoinModel(bytes.NewBufferString("same.nonsense\t1\n")); err == nil {
		t.Error("a feature the model does not have was read")
	}
}

func TestFactsOfAnArticle(t *testing.T) {
	r := &annalist.Record{
		Text:  "A magnitude 6.1 earthquake killed 3 people on its 81st day, the worst since 2004; 1,200 homes fell.",
		Times: []annalist.Time{{Type: annalist.Date, Value: "XXXX-12-14"}},
		Entities: []annalist.Entity{
			{Type: annalist.Person, Name: "Hasim Rahman"},
			{Type: "ORGANIZATION", Name: "Red Cross"},
		},
		Events: []annalist.Event{{Trigger: annalist.Span{Text: "killed"}}},
	}
	got := facts(r, map[string]float64{}, Words(r.Text))
	for _, want := range []string{"#:6.1", "#:3", "#:81", "#:1200", "y:2004", "p:rahman", "n:red cross", "e:killed", "d:12-14"} {
		if !slices.Contains(got, want) {
			t.Errorf("facts %v lack %q", got, want)
		}
	}
}

// Two articles sharing one man's name are alike in that kind of
// specific; two naming two men conflict.
func TestCompareSpecifics(t *testing.T) {
	x := NewIndex(Options{Model: Untrained()})
	set := func(fs ...string) factSet { return x.factSet(profile{facts: fs}) }
	a := set("p:rahman", "#:7")
	if s := a.compare(set("p:rahman", "#:7")); s.jaccard[0] != 1 || s.conflict[0] != 0 {
		t.Errorf("one man: %+v", s)
	}
	if s := a.compare(set("p:thompson", "#:6")); s.jaccard[0] != 0 || s.conflict[0] != 1 || s.conflict[3] != 1 {
		t.Errorf("two men, two rounds: %+v", s)
	}
}

// What a newcomer names that none of a story's articles names is novel,
// kind by kind; a kind the story never names tells nothing.
func TestNovelty(t *testing.T) {
	x := NewIndex(Options{Model: Untrained()})
	set := func(fs ...string) factSet { return x.factSet(profile{facts: fs}) }
	story := []member{{facts: set("p:klitschko", "p:rahman", "g:mannheim")}, {facts: set("p:klitschko", "#:6")}}
	nov := set("p:klitschko", "p:thompson", "#:6", "y:2012").novelty(story)
	person, number, yr := kindOf(personPrefix), kindOf(numberPrefix), kindOf(yearPrefix)
	if nov[person] <= 0.3 || nov[person] >= 0.7 {
		t.Errorf("one of two men new: person novelty %.2f, want about half", nov[person])
	}
	if nov[number] != 0 {
		t.Errorf("a number the story gives: novelty %.2f, want 0", nov[number])
	}
	if nov[yr] != 0 {
		t.Errorf("a year where the story gives none: novelty %.2f, want 0", nov[yr])
	}
}

func TestDayOf(t *testing.T) {
	for v, want := range map[string]string{"2008-12-14": "12-14", "XXXX-12-14": "12-14", "2008-12-14T10:00": "12-14", "2008-12": "", "2008-W50": "", "PRESENT_REF": ""} {
		if got := dayOf(v); got != want {
			t.Errorf("dayOf(%q) = %q, want %q", v, got, want)
		}
	}
}
