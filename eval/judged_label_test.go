package eval

import (
	"strings"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract/event"
)

// A judged false alarm teaches NONE and a right type its type at the
// judged trigger; a wrong type of unknown right type teaches nothing.
func TestJudgedTypeExamples(t *testing.T) {
	js, err := ReadJudgements(strings.NewReader("s1\t10\tFIGHT\t-1\t-1\tno\tnone\tnone\tnot-event\n"+
		"s1\t40\tPROTEST\t-1\t-1\tyes\tnone\tnone\tok\n"+
		"s1\t60\tAGREE\t-1\t-1\tno\tnone\tnone\tother-type\n"+
		"s1\t80\tASSAULT\t-1\t-1\tno\tnone\tnone\tassault-fight\n"+
		"s2\t5\tCOERCE\t-1\t-1\tyes\tnone\tnone\tnot-happened\n"), "test")
	if err != nil {
		t.Fatal(err)
	}
	arts := []*annalist.Article{{ID: "s1", Text: "\n  one\n"}, {ID: "s3", Text: "three"}}
	exs := JudgedTypeExamples(arts, js, 2, strings.TrimSpace)
	if len(exs) != 1 || exs[0].ID != "judged-s1" || exs[0].Weight != 2 {
		t.Fatalf("examples %+v, want one for s1 of weight 2", exs)
	}
	// The text the pipeline reads, whose offsets the judge saw.
	if exs[0].Text != "one" {
		t.Errorf("text %q, want it as read gives it: %q", exs[0].Text, "one")
	}
	want := map[int]string{10: "NONE", 40: "PROTEST", 80: "FIGHT"}
	if len(exs[0].Labels) != len(want) {
		t.Fatalf("labels %v, want %v", exs[0].Labels, want)
	}
	for k, v := range want {
		if exs[0].Labels[k] != v {
			t.Errorf("label at %d = %q, want %q", k, exs[0].Labels[k], v)
		}
	}
}

// A labelled example teaches the mention at its offset only.
func TestJudgedTypeExamplesTrain(t *testing.T) {
	text := "Police arrested the striker after the match. Rebels attacked the town."
	ex := event.TypeExample{ID: "judged-x", Text: text, Labels: map[int]string{7: "NONE"}}
	_, st, err := event.TrainTypes([]event.TypeExample{ex}, event.DefaultTrainTypeOptions)
	if err != nil {
		t.Fatal(err)
	}
	if st.Used != 1 {
		t.Errorf("used %d mentions, want 1 (the judged one)", st.Used)
	}
}
