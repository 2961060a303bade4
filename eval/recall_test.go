package eval

import (
	"strings"
	"testing"
)

// An invented two-document fixture: the first document's two sentences
// hold three gold events, the second none.
const recallText = "Rebels attacked an army post and police arrested two men.\n\nThe minister met envoys in the capital."

// Rebels 0-6, attacked 7-15, an army post 16-28, police 33-39,
// arrested 40-48, two men 49-56; The minister 59-71, met 72-75, envoys 76-82.
const recallGold = `# story	trigger	...
doc-1	read
doc-1	7	15	FIGHT|ASSAULT	Attack	0	6	16	28	yes
doc-1	40	48	COERCE	Arrests	33	39	49	56	yes
doc-1	72	75	CONSULT	-	59	71	76	82	no
doc-2	read
doc-4	read
doc-4	7	12	ASSAULT	-	0	6	16	23	yes
doc-4	30	38	ASSAULT	-	-1	-1	-1	-1	yes
`

func TestScoreRecall(t *testing.T) {
	g, err := ReadRecallGold(strings.NewReader(recallGold), "fixture")
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Docs) != 3 || len(g.Events) != 5 {
		t.Fatalf("read %d documents, %d events; want 3, 5", len(g.Docs), len(g.Events))
	}
	texts := map[string]string{"doc-1": recallText, "doc-2": "Shares rose.", "doc-4": "Troops fired on a crowd.\n\nThe shooting went on."}
	produced := []ProducedEvent{
		// On the first trigger, right type, actor inside the gold span,
		// target elsewhere, ACLED right.
		{Story: "doc-1", Trigger: 7, TriggerText: "attacked", Type: "ASSAULT", ACLED: "Violence against civilians / Attack", Actor: 0, Target: 33},
		// "police arrested" is missed, but an event elsewhere in the
		// first sentence of another type is matched to it.
		{Story: "doc-1", Trigger: 33, TriggerText: "police", Type: "MOBILIZE", Actor: -1, Target: -1},
		// A future meeting: any modality counts for recall, not for
		// the exported figures.
		{Story: "doc-1", Trigger: 68, TriggerText: "minister met", Type: "CONSULT", Modality: "future", Actor: 63, Target: -1},
		// A false alarm in the second document and an event of a
		// document not read, which is not counted.
		{Story: "doc-2", Trigger: 7, TriggerText: "rose", Type: "PROTEST", Actor: -1, Target: -1},
		// An event merged from two tellings: its later sentence (in
		// doc-4, "Troops fired on a crowd.\n\nThe shooting went on.")
		// finds the gold event there, which has no argument scored.
		{Story: "doc-4", Trigger: 7, TriggerText: "fired", Type: "ASSAULT", Also: []int{26}, Actor: 0, Target: 19},
		{Story: "doc-3", Trigger: 0, TriggerText: "x", Type: "FIGHT", Actor: -1, Target: -1},
	}
	s := ScoreRecall(g, texts, produced)
	check := func(name string, got, want int) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %d, want %d", name, got, want)
		}
	}
	check("Gold", s.Gold, 5)
	check("GoldHappened", s.GoldHappened, 4)
	check("Found", s.Found, 5)
	check("OnTrigger", s.OnTrigger, 3) // "minister met" overlaps "met"; the retold shooting is not on its trigger
	check("Exported", s.Exported, 4)   // the MOBILIZE event is exported, though mistyped
	check("TypeRight", s.TypeRight, 4)
	check("ActorGold", s.ActorGold, 3)
	check("ActorRight", s.ActorRight, 3) // 0 in "Rebels" and "Troops", 63 in "The minister"
	check("TargetGold", s.TargetGold, 3)
	check("TargetRight", s.TargetRight, 1) // "crowd" (19) inside "a crowd" (16-23)
	check("ACLEDGold", s.ACLEDGold, 1)
	check("ACLEDRight", s.ACLEDRight, 1)
	check("Produced", s.Produced, 6)
	check("Matched", s.Matched, 5)
	check("ProducedExported", s.ProducedExported, 5)
	check("MatchedExported", s.MatchedExported, 4)
	check("Misses", len(s.Misses), 1)
	check("Unmatched", len(s.Unmatched), 1)
	if len(s.Misses) == 1 && s.Misses[0].Got != "MOBILIZE" {
		t.Errorf("miss %+v, want the arrest typed MOBILIZE", s.Misses[0])
	}
	if tt := s.ByType["FIGHT"]; tt == nil || tt.TypeRight != 1 {
		t.Errorf("ByType[FIGHT] = %+v, want one right (ASSAULT is an accepted reading)", tt)
	}
	var b strings.Builder
	s.Print(&b)
	s.PrintMisses(&b, texts)
	for _, want := range []string{"recall 1.000 (5/5", "type accuracy of found 0.800", "[[arrested]]", "no gold event: PROTEST"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("printout lacks %q:\n%s", want, b.String())
		}
	}
}

func TestReadRecallGoldErrors(t *testing.T) {
	for _, bad := range []string{
		"doc-1\t7\t15\tFIGHT\t-\t-1\t-1\t-1\t-1\tyes\n",                // no read line
		"doc-1\tread\ndoc-1\tread\n",                                   // listed twice
		"doc-1\tread\ndoc-1\t15\t7\tFIGHT\t-\t-1\t-1\t-1\t-1\tyes\n",   // empty trigger span
		"doc-1\tread\ndoc-1\t7\t15\tFIGHT\t-\t0\t-1\t-1\t-1\tyes\n",    // half an actor span
		"doc-1\tread\ndoc-1\t7\t15\tFIGHT\t-\t-1\t-1\t-1\t-1\tmaybe\n", // happened
		"doc-1\tread\ndoc-1\t7\t15\tFIGHT\t-\t-1\t-1\t-1\n",            // a column short
	} {
		if _, err := ReadRecallGold(strings.NewReader(bad), "bad"); err == nil {
			t.Errorf("read %q without an error", bad)
		}
	}
}

func TestPickDocsFixedAndSpread(t *testing.T) {
	var ids []string
	for i := range 200 {
		ids = append(ids, "conll-train-"+strings.Repeat("1", i%3)+string(rune('0'+i%10))+string(rune('a'+i/10)))
	}
	a := PickDocs(ids, map[string]bool{ids[0]: true}, 7, 20)
	b := PickDocs(append([]string{"extra"}, ids...), nil, 7, 200)
	if len(a) != 20 {
		t.Fatalf("picked %d, want 20", len(a))
	}
	for _, id := range a {
		if id == ids[0] {
			t.Errorf("picked the excluded %s", id)
		}
	}
	// The draw's order does not depend on the rest of the list.
	pos := map[string]int{}
	for i, id := range b {
		pos[id] = i
	}
	for i := 1; i < len(a); i++ {
		if pos[a[i-1]] > pos[a[i]] {
			t.Errorf("%s before %s in one draw, after it in the other", a[i-1], a[i])
		}
	}
}

// A fresh draw leaves out every document a recall gold file read, with
// events or none, as well as those a judgement file holds events of.
func TestReadDocIDs(t *testing.T) {
	ids, err := ReadDocIDs(strings.NewReader(recallGold), "recall.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(ids, ",") != "doc-1,doc-2,doc-4" {
		t.Errorf("recall gold file: %v, want doc-1, doc-2, doc-4", ids)
	}
	judged := "# story\ttrigger\t...\ndoc-7\t12\tAGREE\t0\t20\tno\tyes\tyes\tother-type\ndoc-8\t5\tFIGHT\t0\t9\tno\tyes\tyes\tother-type\n"
	ids, err = ReadDocIDs(strings.NewReader(judged), "judged.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(ids, ",") != "doc-7,doc-8" {
		t.Errorf("judgement file: %v, want doc-7, doc-8", ids)
	}
}
