package eval

import (
	"os"
	"path/filepath"
	"testing"
)

// Each .tml file becomes an article named by the file, with the text of
// <TEXT> and the DCT as publication date; other files are left alone.
func TestTimeMLArticles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b.tml", `<TimeML><DOCID>b</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">01/08/1998</TIMEX3></DCT>`+
		`<TEXT>Rebels <EVENT eid="e1">seized</EVENT> the town <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.</TEXT></TimeML>`)
	write("a.tml", `<TimeML><TEXT>Talks resumed.</TEXT></TimeML>`)
	write("notes.txt", "not a document")
	arts, err := TimeMLArticles(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 || arts[0].ID != "timeml-a" || arts[1].ID != "timeml-b" {
		t.Fatalf("got %d articles %+v", len(arts), arts)
	}
	b := arts[1]
	if b.Text != "Rebels seized the town yesterday." || b.Published != "1998-01-08" || arts[0].Published != "" {
		t.Errorf("got %q published %q", b.Text, b.Published)
	}
	if _, err := TimeMLArticles(t.TempDir()); err == nil {
		t.Error("an empty folder read without error")
	}
}
