package digest

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"
	"time"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/query"
)

func TestPeriod(t *testing.T) {
	now := time.Date(2024, 3, 10, 15, 0, 0, 0, time.UTC)
	for _, c := range []struct{ since, until, from, to string }{
		{"7d", "", "2024-03-04", "2024-03-10"},
		{"1w", "2024-01-07", "2024-01-01", "2024-01-07"},
		{"1m", "2024-03-31", "2024-03-01", "2024-03-31"},
		{"1d", "", "2024-03-10", "2024-03-10"},
	} {
		from, to, err := Period(c.since, c.until, now)
		if err != nil || from != c.from || to != c.to {
			t.Errorf("%s until %q: %s to %s (%v), want %s to %s", c.since, c.until, from, to, err, c.from, c.to)
		}
	}
	for _, bad := range []string{"7", "d", "0d", "7x", "-1d"} {
		if _, _, err := Period(bad, "", now); err == nil {
			t.Errorf("since %q accepted", bad)
		}
	}
}

func sample() *annalist.Record {
	text := "Headline here.\n\nSoldiers killed 5 villagers in Kamba on Monday, officials said. The weather was mild. " +
		"“We will not rest until they are found,” the governor, Ada Obi, said in Kamba."
	at := func(s string) int { return strings.Index(text, s) }
	return &annalist.Record{ID: "s1", Published: "2024-03-05", Text: text,
		Entities: []annalist.Entity{
			{ID: "e1", Type: annalist.Location, Name: "Kamba", Mentions: []annalist.Span{{Start: at("Kamba"), End: at("Kamba") + 5}},
				Geo: &annalist.Geo{Kind: annalist.GeoCity, Country: "NG", Lat: 11.85, Lon: 3.65}},
			{ID: "e2", Type: annalist.Person, Name: "Ada Obi", Mentions: []annalist.Span{{Start: at("Ada Obi"), End: at("Ada Obi") + 7}}},
		},
		Counts: []annalist.Count{{Start: at("killed 5"), End: at("killed 5") + 8, Kind: "killed", Number: 5}},
		Quotes: []annalist.Quote{{Start: at("We will"), End: at(",”"), Text: "We will not rest until they are found", SpeakerEntity: "e2", Speaker: "governor"}},
		Events: []annalist.Event{{Type: "ASSAULT", Trigger: annalist.Span{Start: at("killed"), End: at("killed") + 6}, Fatalities: 5,
			Place: &annalist.Place{Name: "Kamba", Country: "NG"}}},
	}
}

func TestBuildAndWrite(t *testing.T) {
	b := newBuilder(Options{Top: 10})
	b.add(sample())
	d := &Digest{From: "2024-03-04", To: "2024-03-10", Articles: 1}
	b.finish(d)
	if len(d.Events) != 1 || d.Events[0].Fatalities != 5 || d.Events[0].Places[0] != "Kamba" {
		t.Errorf("events %+v", d.Events)
	}
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker != "Ada Obi" {
		t.Errorf("quotes %+v: want the speaker's entity name", d.Quotes)
	}
	if len(d.People) != 1 || len(d.Places) != 1 {
		t.Errorf("people %v places %v", d.People, d.Places)
	}
	s := d.Stories[0].Summary
	if !strings.Contains(s, "Soldiers killed 5 villagers") || strings.Contains(s, "weather") {
		t.Errorf("summary %q: want the sentences with the facts", s)
	}
	for _, f := range Formats {
		var out bytes.Buffer
		if err := Write(&out, d, f, "http://example.org/digest"); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if !strings.Contains(out.String(), "Ada Obi") {
			t.Errorf("%s digest lacks the speaker:\n%s", f, out.String())
		}
		if f == "rss" {
			var v struct {
				Channel struct {
					Items []struct{ Title string } `xml:"item"`
				} `xml:"channel"`
			}
			if err := xml.Unmarshal(out.Bytes(), &v); err != nil || len(v.Channel.Items) != 2 {
				t.Errorf("rss: %v, %d items", err, len(v.Channel.Items))
			}
		}
	}
	if err := Write(&bytes.Buffer{}, d, "pdf", ""); err == nil {
		t.Error("an unknown format was accepted")
	}
	_ = query.Bucket{}
}
