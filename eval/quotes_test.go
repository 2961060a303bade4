package eval

import (
	"strings"
	"testing"

	"github.com/annalist/annalist"
)

func TestReadPolNeAR(t *testing.T) {
	docs, err := ReadPolNeAR("testdata/polnear")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("%d documents, want 1 (the first annotator only)", len(docs))
	}
	d := docs[0]
	if d.Date != "2020-05-01" || len(d.Attributions) != 3 {
		t.Fatalf("date %q, %d attributions", d.Date, len(d.Attributions))
	}
	// Character offsets after the curly apostrophe become byte offsets.
	if got := fragsText(d.Text, d.Attributions[0].Source); got != "Mayor Ana Ruiz" {
		t.Errorf("source %q", got)
	}
	if got := fragsText(d.Text, d.Attributions[1].Content); got != "the work would start in May" {
		t.Errorf("content %q", got)
	}
	for i, want := range []string{SourceNamed, SourceNominal, SourcePronoun} {
		if got := sourceClass(d.Text, d.Attributions[i].Source); got != want {
			t.Errorf("attribution %d: class %q, want %q", i, got, want)
		}
	}
	if _, err := ReadPolNeAR("testdata"); err == nil {
		t.Error("a folder without attributions/ read without error")
	}
}

func TestQuotedRuns(t *testing.T) {
	s := "“One,” he said. \"Two\" and ''three'' and ``four''.\n“open to the end\nit's 'single'"
	var got []string
	for _, r := range quotedRuns(s) {
		got = append(got, s[r[0]:r[1]])
	}
	if strings.Join(got, "|") != "One,|Two|three|four|open to the end" {
		t.Errorf("runs %q", got)
	}
}

// record builds the record a finder would return for the test article.
func record(text string, speaker1, kind2 string) *annalist.Record {
	span := func(sub string) (int, int) {
		i := strings.Index(text, sub)
		return i, i + len(sub)
	}
	var r annalist.Record
	r.Text = text
	a, b := span("Ana Ruiz")
	r.Entities = []annalist.Entity{{ID: "e1", Type: annalist.Person, Name: "Ana Ruiz",
		Mentions: []annalist.Span{{Start: a, End: b, Text: "Ana Ruiz"}}}}
	q := func(sub, typ, speaker, entity, kind string) annalist.Quote {
		a, b := span(sub)
		return annalist.Quote{Start: a, End: b, Text: sub, Type: typ, Speaker: speaker, SpeakerEntity: entity, SpeakerKind: kind}
	}
	ent := ""
	if speaker1 == "Ana Ruiz" {
		ent = "e1"
	}
	r.Quotes = []annalist.Quote{
		q("We will rebuild the bridge,", "direct", speaker1, ent, ""),
		q("the work would start in May", "indirect", "a city spokesman", "", kind2),
		q("It is too late,", "direct", "Ana Ruiz", "e1", ""), // a pronoun source: counted apart
		q("vanity project", "direct", "", "", ""),            // no attribution, no speaker: neutral
	}
	return &r
}

func TestScoreQuotes(t *testing.T) {
	docs, err := ReadPolNeAR("testdata/polnear")
	if err != nil {
		t.Fatal(err)
	}
	s, err := ScoreQuotes(docs, func(text, date string) (*annalist.Record, error) {
		return record(text, "Ana Ruiz", "person"), nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if p, r, _ := s.DirectDetection(); p != 1 || r != 1 {
		t.Errorf("detection P %.2f R %.2f, want 1 and 1 (%+v)", p, r, s)
	}
	if p, r, _ := s.Speaker(); p != 1 || r != 1 {
		t.Errorf("speaker P %.2f R %.2f, want 1 and 1", p, r)
	}
	if p, r, _ := s.Reported(); p != 1 || r != 1 || s.ReportedSpeakerRight != 1 {
		t.Errorf("reported P %.2f R %.2f, speaker right %d", p, r, s.ReportedSpeakerRight)
	}
	if c := s.Class[SourcePronoun]; c.Gold != 1 || c.Found != 1 {
		t.Errorf("pronoun class %+v", c)
	}

	// A wrong speaker is a false positive and a miss.
	s, err = ScoreQuotes(docs, func(text, date string) (*annalist.Record, error) {
		return record(text, "Bob Stone", ""), nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if p, r, _ := s.Speaker(); p != 0 || r != 0 || s.Class[SourceNamed].Wrong != 1 {
		t.Errorf("wrong speaker: P %.2f R %.2f, class %+v", p, r, s.Class[SourceNamed])
	}
}
