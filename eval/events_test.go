package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annalist/annalist"
)

const sample = `[
{
    "id": "PLOVER-GSR01-DOCUMENT-0001",
    "event": "DOCUMENT",
    "comment": "documentation, not a record",
},
{
    "id": "PLOVER-GSR01-PROTEST-0001",
    "source": [{"actorText": "Thousands of workers", "code": "LAB"},],
    "target": "",
    "event": "PROTEST",
    "text": "Thousands of workers protested against the labour law on Monday, a union said.",
},
{
    "id": "PLOVER-GSR01-COERCE-0002",
    "source": [{"actorText": "Police"}],
    "target": [{"actorText": "students"}],
    "event": "COERCE",
    "text": "Police arrested 40 students, the \"ministry\" said, {quoting} ]a, b,]."
},
{
    "id": "PLOVER-GSR01-ASSAULT-0003",
    "event": "ASSAULT",
    "text": "Police arrested 40 students, the \"ministry\" said, {quoting} ]a, b,]."
},
]`

func TestReadPLOVERRecords(t *testing.T) {
	recs, dropped, err := readPLOVERRecords(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 || dropped != 1 {
		t.Fatalf("got %d records, %d dropped; want 2 records (DOCUMENT and the repeated sentence left out), 1 dropped", len(recs), dropped)
	}
	if recs[0].Event != "PROTEST" || recs[0].number() != 1 || len(recs[0].Sources) != 1 || recs[0].Targets != nil {
		t.Errorf("first record = %+v", recs[0])
	}
	if recs[1].Text != `Police arrested 40 students, the "ministry" said, {quoting} ]a, b,].` {
		t.Errorf("text inside strings was changed: %q", recs[1].Text)
	}
	if recs[1].Targets[0] != "students" {
		t.Errorf("targets = %v", recs[1].Targets)
	}
}

func TestReadPLOVERRecordsErrors(t *testing.T) {
	if _, _, err := readPLOVERRecords(strings.NewReader(`[{"id": "x",`)); err == nil {
		t.Error("truncated input: no error")
	}
}

func TestCodeMatches(t *testing.T) {
	isrGov := []PLOVERActor{{Text: "Israel", Code: "ISR", Sector: "GOV"}}
	tests := []struct {
		code string
		gold []PLOVERActor
		want bool
	}{
		{"ISRGOV", isrGov, true},
		{"ISR", isrGov, true},
		{"ISRMIL", isrGov, false},
		{"PSE", isrGov, false},
		{"IGOUNO", []PLOVERActor{{Code: "IGO"}}, false},
		{"", isrGov, false},
	}
	for _, tt := range tests {
		if got := codeMatches(&annalist.Arg{CAMEO: tt.code}, tt.gold); got != tt.want {
			t.Errorf("codeMatches(%q, %v) = %v, want %v", tt.code, tt.gold, got, tt.want)
		}
	}
	if codeMatches(nil, isrGov) {
		t.Error("codeMatches(nil) = true")
	}
}

func TestArgMatches(t *testing.T) {
	tests := []struct {
		got  string
		gold []string
		want bool
	}{
		{"Senior Hungarian and Romanian officials", []string{"Hungarian", "Romanian"}, true},
		{"police", []string{"Turkish police"}, true},
		{"U.S. and Russian negotiators", []string{"U.S. ... negotiators"}, true},
		{"the army", []string{"rebels"}, false},
		{"", []string{"rebels"}, false},
	}
	for _, tt := range tests {
		if got := argMatches(tt.got, tt.gold); got != tt.want {
			t.Errorf("argMatches(%q, %q) = %v, want %v", tt.got, tt.gold, got, tt.want)
		}
	}
}

func TestEvaluateEventsSample(t *testing.T) {
	rep, err := EvaluateEvents(strings.NewReader(sample), "all", nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Records != 2 || rep.Correct != 2 || rep.ActorMatch != 2 || rep.ActorGold != 2 {
		t.Errorf("report = %+v, want both records right with matching actors", rep)
	}
	if _, err := EvaluateEvents(strings.NewReader(sample), "third", nil); err == nil {
		t.Error("bad half: no error")
	}
}

func readShared(rel string) (*os.File, error) {
	dir, _ := filepath.Abs(".")
	for {
		f, err := os.Open(filepath.Join(dir, "shared", rel))
		if err == nil {
			return f, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil, err
		}
		dir = parent
	}
}

// TestPLOVERFile checks the reader on the real file and logs the scores.
func TestPLOVERFile(t *testing.T) {
	f, err := readShared("eval/plover/PLOVER_GSR_CAMEO.txt")
	if err != nil {
		t.Skip("PLOVER gold file not available:", err)
	}
	defer f.Close()
	recs, dropped, err := readPLOVERRecords(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs)+dropped != 322 {
		t.Errorf("%d records + %d dropped, want the 322 non-DOCUMENT records", len(recs), dropped)
	}
	for _, half := range []string{"odd", "even"} {
		f.Seek(0, 0)
		rep, err := EvaluateEvents(f, half, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s half: accuracy %.3f macro-F1 %.3f (%d categories) / %.3f (%d)", half,
			ratio(rep.Correct, rep.Records), rep.MacroF1, rep.MacroCats, rep.MacroF1Half, rep.MacroCatsH)
	}
}
