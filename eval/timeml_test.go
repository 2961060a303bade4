package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annalist/annalist"
)

const sampleTML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST.0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">08/07/1998</TIMEX3></DCT>
<TITLE>Blasts</TITLE>
<TEXT>
Bombs <EVENT eid="e1">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> &amp; killed dozens over <TIMEX3 tid="t2" type="DURATION" value="PT1H" mod="APPROX">about an hour</TIMEX3>.
</TEXT>
</TimeML>`

func TestReadTimeML(t *testing.T) {
	doc, err := ReadTimeML(strings.NewReader(sampleTML))
	if err != nil {
		t.Fatal(err)
	}
	if doc.DCT != "1998-08-07" || doc.ID != "TEST.0001" {
		t.Errorf("DCT %q ID %q, want 1998-08-07 TEST.0001", doc.DCT, doc.ID)
	}
	if len(doc.Gold) != 2 {
		t.Fatalf("%d gold expressions, want 2 (the DCT is not one): %v", len(doc.Gold), doc.Gold)
	}
	want := []annalist.Time{
		{Text: "Friday", Type: "DATE", Value: "1998-08-07"},
		{Text: "about an hour", Type: "DURATION", Value: "PT1H", Mod: "APPROX"},
	}
	for i, g := range doc.Gold {
		w := want[i]
		if g.Text != w.Text || g.Type != w.Type || g.Value != w.Value || g.Mod != w.Mod {
			t.Errorf("gold %d = %+v, want %+v", i, g, w)
		}
		if doc.Text[g.Start:g.End] != g.Text {
			t.Errorf("gold %d: offsets give %q, want %q", i, doc.Text[g.Start:g.End], g.Text)
		}
	}
	if !strings.Contains(doc.Text, "Bombs exploded Friday & killed") {
		t.Errorf("text not stripped of tags and entities: %q", doc.Text)
	}
}

func TestReadTimeMLErrors(t *testing.T) {
	for _, s := range []string{"", "<TimeML><DCT></DCT></TimeML>", "not xml at all"} {
		if _, err := ReadTimeML(strings.NewReader(s)); err == nil {
			t.Errorf("ReadTimeML(%q): no error", s)
		}
	}
}

func TestTimexScore(t *testing.T) {
	gold := []annalist.Time{
		{Start: 0, End: 6, Type: "DATE", Value: "1998-08-07"},
		{Start: 10, End: 23, Type: "DURATION", Value: "PT1H"},
		{Start: 30, End: 35, Type: "DATE", Value: "199X"},
	}
	pred := []annalist.Time{
		{Start: 0, End: 6, Type: "DATE", Value: "1998-08-07"}, // strict, right
		{Start: 16, End: 23, Type: "DURATION", Value: "PT2H"}, // relaxed, wrong value
		{Start: 26, End: 35, Type: "DATE", Value: "199"},      // relaxed, same value once normalised
		{Start: 40, End: 45, Type: "DATE", Value: "1998"},     // spurious
	}
	var s TimexScore
	s.Add(gold, pred)
	if s.Strict != 1 || s.Relaxed != 3 || s.TypeOK != 3 || s.ValueOK != 2 || s.ValueExact != 1 {
		t.Errorf("score %+v", s)
	}
	if p, r, _ := s.RelaxedPRF(); p != 0.75 || r != 1 {
		t.Errorf("relaxed P %v R %v, want 0.75 1", p, r)
	}
}

func TestNormalizeValue(t *testing.T) {
	for in, want := range map[string]string{
		"1949-XX": "1949", "199X": "199", "1998-W08": "1998-W8", "1998-W12": "1998-W12",
		"P1Y": "P1Y", "PXY": "PXY", "1998-10-XX": "1998-10", "1989-WXX": "1989", "present_ref": "PRESENT_REF",
	} {
		if got := NormalizeValue(in); got != want {
			t.Errorf("NormalizeValue(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTimeBankFiles reads every TimeML file of the shared set, when present.
func TestTimeBankFiles(t *testing.T) {
	var dir string
	wd, _ := os.Getwd()
	for d := wd; d != filepath.Dir(d); d = filepath.Dir(d) {
		if p := filepath.Join(d, "shared", "eval", "timeml-tbaq"); dirExists(p) {
			dir = p
			break
		}
	}
	if dir == "" {
		t.Skip("shared/eval/timeml-tbaq not found")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.tml"))
	n := 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ReadTimeML(fh)
		fh.Close()
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if doc.DCT == "" {
			t.Errorf("%s: no DCT", f)
		}
		n += len(doc.Gold)
	}
	if n < 1800 {
		t.Errorf("%d gold expressions in %d files, want about 1,822", n, len(files))
	}
}

func dirExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

func FuzzReadTimeML(f *testing.F) {
	f.Add(sampleTML)
	f.Add("<TEXT><TIMEX3 type=\"DATE\">a<TIMEX3>b</TIMEX3></TIMEX3></TEXT>")
	f.Add("<TEXT></TIMEX3><TIMEX3>")
	f.Add("<DCT><TIMEX3 value=\"1998\">x</TIMEX3></DCT><TEXT>&amp;&lt;</TEXT>")
	f.Fuzz(func(t *testing.T, s string) {
		doc, err := ReadTimeML(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, g := range doc.Gold {
			if g.Start < 0 || g.End < g.Start || g.End > len(doc.Text) || doc.Text[g.Start:g.End] != g.Text {
				t.Fatalf("gold %+v out of text of %d bytes", g, len(doc.Text))
			}
		}
	})
}
