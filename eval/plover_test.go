package eval

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/annalist/annalist/internal/shared"
)

const ploverSample = `[
{
    "id": "PLOVER-GSR01-DOCUMENT-0001",
    "event": "DOCUMENT",
    "comment": "documentation, with a comma, ] and } inside"
},
{
    "id": "PLOVER-GSR01-ASSAULT-0001",
    "source": [{"actorText": "Burundian militiamen", "code": "BDI"}, ],
    "target": "",
    "event": "ASSAULT",
    "dead": "156",
    "text": "Militiamen attacked the camp, killing at least 156 people.",
    "textInfo": "(SRC: Militiamen) (EVT: attacked)",
},
{
    "id": "PLOVER-GSR01-AGREE-0007",
    "source": [{"actorText": "Turkish", "code": "TUR", "sector": "GOV"}],
    "target": "diplomatic",
    "eventLoc": {"name": "Geneva", "country code": "CH"},
    "event": "AGREE",
    "textInfo": {"markup": "(SRC: Turkish)"},
    "text": "Quoted \"word,\" and a \\ backslash, ]",
},
]`

func TestParsePLOVER(t *testing.T) {
	recs, err := ParsePLOVER([]byte(ploverSample))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 {
		t.Fatalf("got %d records, want 2 (DOCUMENT dropped)", len(recs))
	}
	a := recs[0]
	if a.ID != "PLOVER-GSR01-ASSAULT-0001" || a.Dead != "156" || a.Event != "ASSAULT" {
		t.Errorf("first record = %+v", a)
	}
	if len(a.Source) != 1 || a.Source[0].Text != "Burundian militiamen" || a.Target != nil {
		t.Errorf("actors = %+v / %+v", a.Source, a.Target)
	}
	if a.TextInfo.Markup == "" {
		t.Errorf("markup lost")
	}
	b := recs[1]
	if b.TextInfo.Markup != "(SRC: Turkish)" {
		t.Errorf("markup = %q", b.TextInfo.Markup)
	}
	if b.Target != nil || b.Location == nil || b.Location.Country != "CH" {
		t.Errorf("second record = %+v", b)
	}
	if b.Text != `Quoted "word," and a \ backslash, ]` {
		t.Errorf("text changed inside a string: %q", b.Text)
	}
}

func TestParsePLOVERErrors(t *testing.T) {
	for _, in := range []string{``, `{`, `[{"id": 3}]`, `[{"source": 5}]`} {
		if _, err := ParsePLOVER([]byte(in)); err == nil {
			t.Errorf("ParsePLOVER(%q): no error", in)
		}
	}
}

// TestReadPLOVERFile reads the real gold file when ../shared is there.
func TestReadPLOVERFile(t *testing.T) {
	path := shared.Require(t, "eval/plover/PLOVER_GSR_CAMEO.txt")
	recs, err := ReadPLOVER(path)
	if err != nil {
		t.Fatal(err)
	}
	dead, injured := 0, 0
	for _, r := range recs {
		if r.Event == "DOCUMENT" || r.Text == "" && r.ID != "" && r.Event == "" {
			t.Errorf("record %s kept: %+v", r.ID, r)
		}
		if r.Dead != "" {
			dead++
		}
		if r.Injured != "" {
			injured++
		}
	}
	if len(recs) != 322 || dead != 15 || injured != 3 {
		t.Errorf("got %d records, %d dead, %d injured; want 322, 15, 3", len(recs), dead, injured)
	}
}

// FuzzStripTrailingCommas checks that stripping never breaks valid JSON,
// and that ParsePLOVER never panics.
func FuzzStripTrailingCommas(f *testing.F) {
	f.Add([]byte(ploverSample))
	f.Add([]byte(`[1, 2, ]`))
	f.Add([]byte(`{"a": "x,]", "b": [",}" , ], }`))
	f.Add([]byte(`"\\",]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = ParsePLOVER(b)
		if json.Valid(b) {
			s := StripTrailingCommas(b)
			var x, y bytes.Buffer
			if err := json.Compact(&y, s); err != nil {
				t.Fatalf("valid JSON %q became invalid %q: %v", b, s, err)
			}
			_ = json.Compact(&x, b)
			if x.String() != y.String() {
				t.Fatalf("stripping changed %q into %q", x.String(), y.String())
			}
		}
	})
}

// TestParseTypeLines reads a "category | sentence" set as typed records,
// and eval events and train events read such a file as they read JSON.
func TestParseTypeLines(t *testing.T) {
	in := "# header\n\nPROTEST | Farmers blocked the highway.\nAGREE|The parties signed an accord.\n"
	recs, err := ParseTypeLines([]byte(in))
	if err != nil || len(recs) != 2 {
		t.Fatalf("ParseTypeLines: %v, %d records", err, len(recs))
	}
	if recs[0].Event != "PROTEST" || recs[0].Text != "Farmers blocked the highway." || recs[1].ID != "LINE-0004" {
		t.Errorf("records %+v", recs)
	}
	exs, err := PLOVERTypeExamples(strings.NewReader(in), "all")
	if err != nil || len(exs) != 2 || exs[1].Type != "AGREE" {
		t.Errorf("PLOVERTypeExamples: %v %+v", err, exs)
	}
	if _, err := ParseTypeLines([]byte("no label here\n")); err == nil {
		t.Error("a line without '|' should be an error")
	}
}
