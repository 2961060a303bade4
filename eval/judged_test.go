package eval

import (
	"fmt"
	"math"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/annalist/annalist"
)

// invented is a record made up for the tests: no Reuters text.
func invented() *annalist.Record {
	text := "Troops shelled the village. Rebels may attack the town. The mayor met the envoy."
	return &annalist.Record{ID: "story-1", Title: "Invented", Text: text, Events: []annalist.Event{
		{Type: "FIGHT", Trigger: annalist.Span{Start: 7, End: 14, Text: "shelled"},
			Actor:    &annalist.Arg{Text: "Troops", Start: 0, End: 6},
			Target:   &annalist.Arg{Text: "the village", Start: 15, End: 26},
			Sentence: annalist.Span{Start: 0, End: 27}, ACLED: &annalist.ACLED{EventType: "Battles", SubEventType: "Armed clash"}},
		{Type: "ASSAULT", Modality: "hypothetical", Trigger: annalist.Span{Start: 39, End: 45, Text: "attack"},
			Sentence: annalist.Span{Start: 28, End: 55}},
		{Type: "CONSULT", Trigger: annalist.Span{Start: 65, End: 68, Text: "met"},
			Actor:    &annalist.Arg{Text: "The mayor", Start: 56, End: 65},
			Sentence: annalist.Span{Start: 56, End: 81}},
	}}
}

func TestExportedKeepsWhatHappened(t *testing.T) {
	evs := Exported(invented())
	if len(evs) != 2 || evs[0].Type != "FIGHT" || evs[1].Type != "CONSULT" {
		t.Fatalf("exported %+v, want the FIGHT and the CONSULT (the hypothetical ASSAULT left out)", evs)
	}
	if e := evs[0]; e.Sentence != "Troops shelled the village." || e.Actor != 0 || e.Target != 15 || e.ACLED != "Battles / Armed clash" {
		t.Errorf("FIGHT as %+v", e)
	}
	if evs[1].Target != -1 {
		t.Errorf("an event without a target has target offset %d, want -1", evs[1].Target)
	}
	var r EventRates
	r.Add(invented())
	r.Add(&annalist.Record{ID: "story-2", Text: "Prices rose."})
	if r.Stories != 2 || r.WithEvent != 1 || r.WithViolent != 1 || r.Types["FIGHT"] != 1 || r.Types["ASSAULT"] != 0 {
		t.Errorf("rates %+v", r)
	}
}

func TestSampleIsStratifiedAndStable(t *testing.T) {
	var evs []ProducedEvent
	for i := 0; i < 30; i++ {
		evs = append(evs, ProducedEvent{Story: fmt.Sprint("s", i), Trigger: i, Type: "ASSAULT"},
			ProducedEvent{Story: fmt.Sprint("s", i), Trigger: 100 + i, Type: "AGREE"})
	}
	got := Sample(evs, 7, 5, 2)
	n := map[string]int{}
	for _, e := range got {
		n[e.Type]++
	}
	if n["ASSAULT"] != 5 || n["AGREE"] != 2 {
		t.Fatalf("sampled %v, want 5 ASSAULT (contentious) and 2 AGREE", n)
	}
	// New events of another type leave the picks of this one alone.
	more := append(append([]ProducedEvent(nil), evs...), ProducedEvent{Story: "new", Trigger: 1, Type: "AGREE"})
	if a, b := ofType(got, "ASSAULT"), ofType(Sample(more, 7, 5, 2), "ASSAULT"); fmt.Sprint(a) != fmt.Sprint(b) {
		t.Fatalf("ASSAULT picks moved: %v then %v", a, b)
	}
	if other := Sample(evs, 8, 5, 2); fmt.Sprint(other) == fmt.Sprint(got) {
		t.Error("another seed drew the same sample")
	}
}

func ofType(evs []ProducedEvent, typ string) []string {
	var keys []string
	for _, e := range evs {
		if e.Type == typ {
			keys = append(keys, e.Key())
		}
	}
	return keys
}

const judgedFile = `# invented judgements
story-1	7	FIGHT	0	15	yes	yes	no	args
story-1	65	CONSULT	56	-1	yes	yes	none	ok
story-2	4	ASSAULT	-1	-1	no	none	none	not-event
story-3	9	PROTEST	0	12	no	yes	yes	not-event
story-4	3	THREATEN	-1	-1	no	none	none	other-type
story-5	3	AGREE	0	-1	no	yes	none	not-event
`

func TestScoreJudged(t *testing.T) {
	js, err := ReadJudgements(strings.NewReader(judgedFile), "invented.tsv")
	if err != nil {
		t.Fatal(err)
	}
	current := Exported(invented()) // FIGHT (args as judged) and CONSULT
	current = append(current,
		ProducedEvent{Story: "story-2", Trigger: 4, Type: "ASSAULT", Actor: -1, Target: -1},  // judged false alarm, still there
		ProducedEvent{Story: "story-4", Trigger: 3, Type: "SANCTION", Actor: -1, Target: -1}, // judged THREATEN, now retyped
		ProducedEvent{Story: "story-5", Trigger: 3, Type: "AGREE", Actor: 5, Target: -1},     // actor moved since judged
		ProducedEvent{Story: "story-6", Trigger: 1, Type: "COERCE", Actor: -1, Target: -1},   // never judged
	) // story-3's PROTEST is gone
	s := ScoreJudged(current, js)
	want := JudgedScore{Judgements: 6, Still: 4, TypeRight: 2, FalseAlarms: 2,
		ActorJudged: 2, ActorRight: 2, TargetJudged: 1, TargetRight: 0,
		ContentiousStill: 2, ContentiousRight: 1, ContentiousFalse: 1,
		Dropped: 1, DroppedFalse: 1, Retyped: 1, Unjudged: 2}
	s.UnjudgedByType, s.ByType = nil, nil
	if !reflect.DeepEqual(s, want) {
		t.Errorf("score\n %+v\nwant\n %+v", s, want)
	}
	s = ScoreJudged(current, js)
	if s.UnjudgedByType["SANCTION"] != 1 || s.UnjudgedByType["COERCE"] != 1 {
		t.Errorf("unjudged by type %v", s.UnjudgedByType)
	}
	// The AGREE's actor moved, so it is not judged, but the event's type is:
	// a false alarm whatever its actor.
	if s.ByType["AGREE"].FalseAlarms != 1 || s.ActorChanged != 0 {
		t.Errorf("AGREE tally %+v, actor changed %d", *s.ByType["AGREE"], s.ActorChanged)
	}
	// Weighted by type counts: 10 ASSAULT (all false alarms in the sample),
	// 30 FIGHT (right), 60 CONSULT (right), and 100 MOBILIZE never judged.
	p, fa, share := s.Weighted(map[string]int{"ASSAULT": 10, "FIGHT": 30, "CONSULT": 60, "MOBILIZE": 100})
	if math.Abs(p-0.9) > 1e-9 || math.Abs(fa-0.1) > 1e-9 || math.Abs(share-0.5) > 1e-9 {
		t.Errorf("weighted precision %.3f, false alarms %.3f, share %.3f; want 0.9, 0.1, 0.5", p, fa, share)
	}
}

func TestActorChangedIsNotJudged(t *testing.T) {
	js, err := ReadJudgements(strings.NewReader("story-1\t7\tFIGHT\t0\t15\tyes\tyes\tno\targs\n"), "x")
	if err != nil {
		t.Fatal(err)
	}
	e := Exported(invented())[0]
	e.Actor, e.Target = 3, -1 // a new actor; the target now none
	s := ScoreJudged([]ProducedEvent{e}, js)
	if s.ActorChanged != 1 || s.ActorJudged != 0 || s.TargetChanged != 1 || s.TargetJudged != 0 || s.TypeRight != 1 {
		t.Errorf("score %+v", s)
	}
}

func TestReadJudgementsRejectsBadLines(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"story-1\t7\tFIGHT\t0\t15\tmaybe\tyes\tno\targs", `type_ok "maybe"`},
		{"story-1\t7\tFIGHT\t0\t15\tyes\tnone\tno\targs", "does not fit actor offset 0"},
		{"story-1\t7\tFIGHT\t-1\t15\tyes\tyes\tno\targs", "does not fit actor offset -1"},
		{"story-1\t7\tFIGHT\t0\t15\tyes\tyes\tno\tbecause", `reason "because" unknown`},
		{"story-1\t7\tFIGHT\t0\t15\tyes\tyes\tno\tnot-event", "reason not-event with type_ok yes"},
		{"story-1\t7\tFIGHT\t0\t15\tno\tyes\tno\tok", "reason ok with type_ok no"},
		{"story-1\tseven\tFIGHT\t0\t15\tyes\tyes\tno\tok", `trigger offset "seven"`},
		{"story-1\t7\tFIGHT\t0\t15\tyes\tyes\tno", "8 tab-separated fields"},
	} {
		_, err := ReadJudgements(strings.NewReader("# header\n"+c.line+"\n"), "j.tsv")
		if err == nil || !strings.Contains(err.Error(), "j.tsv:2: ") || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want j.tsv:2 and %q", c.line, err, c.want)
		}
	}
	twice := "story-1\t7\tFIGHT\t0\t15\tyes\tyes\tno\targs\nstory-1\t7\tASSAULT\t0\t15\tno\tyes\tno\tassault-fight\n"
	if _, err := ReadJudgements(strings.NewReader(twice), "j.tsv"); err == nil || !strings.Contains(err.Error(), "j.tsv:2: story-1@7 judged again (first at line 1)") {
		t.Errorf("a trigger judged twice: %v", err)
	}
}

// The committed judgements read, and cover what the brief of the sample
// asks: about 120 events, at least 60 of the violent or contentious types.
func TestJudgementFileReads(t *testing.T) {
	f, err := os.Open("testdata/judged-reuters.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	js, err := ReadJudgements(f, f.Name())
	if err != nil {
		t.Fatal(err)
	}
	contentious := 0
	for _, j := range js {
		if slices.Contains(Contentious, j.Type) {
			contentious++
		}
	}
	if len(js) < 120 || contentious < 60 {
		t.Errorf("%d judgements, %d of contentious types; want 120 and 60 or more", len(js), contentious)
	}
}

func TestPrintSampleMarksTheTrigger(t *testing.T) {
	text := "Police met protesters; police met them again."
	rec := &annalist.Record{ID: "story-9", Text: text, Events: []annalist.Event{
		{Type: "CONSULT", Trigger: annalist.Span{Start: 30, End: 33, Text: "met"}, Sentence: annalist.Span{Start: 0, End: len(text)}},
		{Type: "CONSULT", Trigger: annalist.Span{Start: 7, End: 10, Text: "met"}, Sentence: annalist.Span{Start: 0, End: len(text)}},
	}}
	js, err := ReadJudgements(strings.NewReader("story-9\t7\tCONSULT\t-1\t-1\tyes\tnone\tnone\tok\n"), "x")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	PrintSample(&b, Exported(rec), js)
	out := b.String()
	for _, want := range []string{
		"story-9\t30\tCONSULT\t-1\t-1\t?\tnone\tnone\t?\n",
		"police [[met]] them again",
		"judged at line 1: type_ok yes, actor none, target none, ok",
		"Police [[met]] protesters",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("sample lacks %q:\n%s", want, out)
		}
	}
}

func TestByTopic(t *testing.T) {
	sgml := `<REUTERS NEWID="1"><TOPICS><D>earn</D></TOPICS><TEXT><BODY>Invented results.</BODY></TEXT></REUTERS>
<REUTERS NEWID="2"><TOPICS><D>earn</D></TOPICS><TEXT><BODY>Invented results again.</BODY></TEXT></REUTERS>
<REUTERS NEWID="3"><TOPICS><D>earn</D><D>acq</D></TOPICS><TEXT><BODY>Both.</BODY></TEXT></REUTERS>
<REUTERS NEWID="4"><TOPICS></TOPICS><TEXT><BODY>None.</BODY></TEXT></REUTERS>`
	topics := map[string][]string{}
	if err := ReadReutersTopics(strings.NewReader(sgml), topics); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(topics["reuters-3"], []string{"earn", "acq"}) || len(topics["reuters-4"]) != 0 {
		t.Fatalf("topics %v", topics)
	}
	var r EventRates
	for _, id := range []string{"reuters-1", "reuters-2", "reuters-3", "reuters-4"} {
		rec := invented() // a FIGHT and a CONSULT
		rec.ID = id
		if id == "reuters-2" {
			rec.Events = nil
		}
		r.Add(rec)
	}
	got := r.ByTopic(topics, "earn")
	if want := (TopicRates{Topic: "earn", Stories: 2, WithEvent: 1, WithViolent: 1}); got != want {
		t.Errorf("earn: %+v, want %+v (story 3 has two topics)", got, want)
	}
}
