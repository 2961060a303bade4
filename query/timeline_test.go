package query

import (
	"reflect"
	"testing"

	"github.com/annalist/annalist"
)

func TestTimeline(t *testing.T) {
	tl, err := NewTimeline("day")
	if err != nil {
		t.Fatal(err)
	}
	ev := func(typ, date, modality string) annalist.Event {
		return annalist.Event{Type: typ, Date: date, Modality: modality}
	}
	tl.Add(&annalist.Record{Events: []annalist.Event{
		ev("PROTEST", "2022-01-05", ""), ev("PROTEST", "2022-01-05", ""), ev("ASSAULT", "2022-01-07", ""),
		ev("PROTEST", "2022-01", ""), ev("PROTEST", "", ""), ev("PROTEST", "2022-01-06", "future"),
	}})
	tl.Finish()
	if want := []string{"2022-01-05", "2022-01-06", "2022-01-07"}; !reflect.DeepEqual(tl.Periods, want) {
		t.Errorf("periods %v, want %v", tl.Periods, want)
	}
	if want := []string{"PROTEST", "ASSAULT"}; !reflect.DeepEqual(tl.Types, want) {
		t.Errorf("types %v", tl.Types)
	}
	if got := tl.Series("PROTEST"); !reflect.DeepEqual(got, []int{2, 0, 0}) {
		t.Errorf("PROTEST series %v", got)
	}
	if got := tl.Series(""); !reflect.DeepEqual(got, []int{2, 0, 1}) {
		t.Errorf("total series %v", got)
	}
	if tl.Coarser != 1 || tl.Undated != 1 {
		t.Errorf("coarser %d undated %d", tl.Coarser, tl.Undated)
	}
	if s := Sparkline([]int{2, 0, 1}); s != "█▁▅" {
		t.Errorf("sparkline %q", s)
	}
}

func TestTimelineByWeekAndMonth(t *testing.T) {
	for by, want := range map[string][]string{"week": {"2021-W52", "2022-W01", "2022-W02"}, "month": {"2022-01"}} {
		tl, _ := NewTimeline(by)
		tl.Add(&annalist.Record{Events: []annalist.Event{{Type: "PROTEST", Date: "2022-01-02"}, {Type: "PROTEST", Date: "2022-01-12"}, {Type: "PROTEST", Date: "2022-W02"}}})
		tl.Finish()
		if !reflect.DeepEqual(tl.Periods, want) {
			t.Errorf("by %s: periods %v, want %v", by, tl.Periods, want)
		}
	}
	if _, err := NewTimeline("hour"); err == nil {
		t.Error("unknown granularity accepted")
	}
}

func TestSqueeze(t *testing.T) {
	got, per := Squeeze([]int{1, 2, 3, 4, 5, 6, 7}, 3)
	if per != 3 || !reflect.DeepEqual(got, []int{6, 15, 7}) {
		t.Errorf("Squeeze = %v, %d", got, per)
	}
	if got, per := Squeeze([]int{1, 2}, 10); per != 1 || len(got) != 2 {
		t.Errorf("Squeeze short = %v, %d", got, per)
	}
}
