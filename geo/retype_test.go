package geo

import (
	"fmt"
	"strings"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/text"
)

// tagged builds a record as a tagger would give it: each entity is
// "TYPE:name", its mentions every occurrence of name in body.
func tagged(body string, ents ...string) *annalist.Record {
	rec := &annalist.Record{Text: body}
	for i, te := range ents {
		typ, name, _ := strings.Cut(te, ":")
		e := annalist.Entity{ID: "e" + string(rune('1'+i)), Type: typ, Name: name}
		for off := 0; ; {
			k := strings.Index(body[off:], name)
			if k < 0 {
				break
			}
			s := off + k
			e.Mentions = append(e.Mentions, annalist.Span{Start: s, End: s + len(name), Text: name})
			off = s + len(name)
		}
		rec.Entities = append(rec.Entities, e)
	}
	return rec
}

func TestRetype(t *testing.T) {
	tests := []struct {
		body, entity, want string // want: the entity's type after Retype
	}{
		{"Fighting in Darfur went on for a week.", "PERSON:Darfur", annalist.Location},
		{"Floods hit NSW on Monday.", "ORGANIZATION:NSW", annalist.Location},
		{"Storms hit Dallas County overnight.", "ORGANIZATION:Dallas County", annalist.Location},
		{"She moved to a farm near Esperance last year.", "ORGANIZATION:Esperance", annalist.Location},
		{"The fair in Tyler, Texas, opened.", "PERSON:Tyler", annalist.Location},
		{"Hinton said the model works.", "PERSON:Hinton", annalist.Person},
		{"The EU said it would act.", "ORGANIZATION:EU", annalist.Organization},
		{"Georgia said she would run.", "PERSON:Georgia", annalist.Person},
		{"Mr. Denver said he would run.", "PERSON:Denver", annalist.Person},
		{"Messi won in the Ballon d'Or voting.", "MISC:Ballon", annalist.Misc},
		{"Germans voted.", "MISC:Germans", annalist.Misc},
		{"INNISFAIL - A girl skated.", "ORGANIZATION:INNISFAIL", annalist.Location},
		{"She skates in Red Deer, Innisfail and Edmonton.", "ORGANIZATION:Innisfail", annalist.Location},
		{"Since 2010 the Cairns police force has run it.", "MISC:Cairns", annalist.Location},
	}
	r := New(nil)
	for _, tt := range tests {
		rec := tagged(tt.body, tt.entity, "LOCATION:Red Deer", "LOCATION:Edmonton")
		r.Retype(rec)
		if got := rec.Entities[0].Type; got != tt.want {
			t.Errorf("%q: %s is %s, want %s", tt.body, tt.entity, got, tt.want)
		}
	}
	// A retyped name joins the LOCATION of the same name.
	rec := tagged("Rain fell in NSW. NSW police said", "LOCATION:NSW.", "ORGANIZATION:NSW")
	rec.Entities[0].Name, rec.Entities[0].Mentions = "NSW", rec.Entities[1].Mentions[:1]
	rec.Entities[1].Mentions = rec.Entities[1].Mentions[1:]
	if r.Retype(rec); len(rec.Entities) != 1 || len(rec.Entities[0].Mentions) != 2 {
		t.Errorf("NSW not merged: %+v", rec.Entities)
	}
}

func TestAddSpottedNested(t *testing.T) {
	body := "Environment Canada warned of storms. The Kentucky State Police and Mayor Paris Smith met. Russia-Turkey talks began."
	rec := tagged(body, "ORGANIZATION:Environment Canada", "ORGANIZATION:Kentucky State Police", "PERSON:Mayor Paris Smith", "MISC:Russia-Turkey")
	New(nil).Extract(text.Analyze(body, ""), rec)
	var got []string
	for _, e := range rec.Entities {
		s := e.Type + " " + e.Name
		if e.Geo != nil {
			s += " " + e.Geo.Kind + " " + e.Geo.Country
		}
		got = append(got, s)
	}
	want := []string{"ORGANIZATION Environment Canada", "ORGANIZATION Kentucky State Police", "PERSON Mayor Paris Smith",
		"MISC Russia-Turkey", "LOCATION Canada country CA", "LOCATION Kentucky admin1 US", "LOCATION Russia country RU", "LOCATION Turkey country TR"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("entities:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestNested(t *testing.T) {
	tests := []struct {
		body, entity string
		want         []string
	}{
		{"A scholar at the University of Michigan Center for Computer Security said.", "ORGANIZATION:University of Michigan Center for Computer Security", []string{"Michigan"}},
		{"He flew Air Berlin.", "ORGANIZATION:Air Berlin", []string{"Berlin"}},
		{"Aleppo Mayor Brita Hagi Hasan spoke.", "PERSON:Aleppo Mayor Brita Hagi Hasan", []string{"Aleppo"}},
		{"Brita Hagi Hasan spoke.", "PERSON:Brita Hagi Hasan", nil},
		{"She played in the Original Texas Playboys.", "MISC:Original Texas Playboys", []string{"Texas"}},
		{"Talks on Turkish-Russian ties.", "MISC:Turkish-Russian", []string{"Turkish", "Russian"}},
		{"He was seen at St. Paul's Hospital.", "LOCATION:St. Paul's Hospital", nil},
		{"A Falcon Heavy rose.", "MISC:Falcon Heavy", nil},
	}
	g := New(nil).Gaz
	for _, tt := range tests {
		rec := tagged(tt.body, tt.entity)
		var got []string
		for _, tp := range Nested(text.Analyze(tt.body, ""), rec, g) {
			got = append(got, tp.Text)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Nested(%s) = %q, want %q", tt.entity, got, tt.want)
		}
	}
}

func TestWiden(t *testing.T) {
	body := "Aid reached the Democratic Republic of the Congo and Congo on Monday."
	rec := tagged(body, "LOCATION:Democratic Republic", "LOCATION:Congo")
	New(nil).Extract(text.Analyze(body, ""), rec)
	var got []string
	for _, e := range rec.Entities {
		s := fmt.Sprintf("%s %q %d", e.Type, e.Name, len(e.Mentions))
		if e.Geo != nil {
			s += " " + e.Geo.Country
		}
		got = append(got, s)
	}
	want := []string{`LOCATION "Congo" 1 CG`, `LOCATION "Democratic Republic of the Congo" 1 CD`}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("entities:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// FuzzExtract feeds the resolver tagger output with any spans, as a buggy
// or foreign tagger might give them: it must not panic.
func FuzzExtract(f *testing.F) {
	f.Add("Environment Canada said rain hit Ky. and the Democratic Republic of the Congo.", 0, 18, 33, 35, 45, 64)
	f.Add("INNISFAIL - Georgia Stevens skated in Red Deer, Innisfail and Edmonton.", 0, 9, 12, 27, 38, 46)
	r := New(nil)
	f.Fuzz(func(t *testing.T, body string, a, b, c, d, e, g int) {
		span := func(s, e int) annalist.Span {
			txt := ""
			if s >= 0 && e <= len(body) && s <= e {
				txt = body[s:e]
			}
			return annalist.Span{Start: s, End: e, Text: txt}
		}
		rec := &annalist.Record{Text: body, Entities: []annalist.Entity{
			{ID: "e1", Type: annalist.Organization, Name: "x", Mentions: []annalist.Span{span(a, b)}},
			{ID: "e2", Type: annalist.Location, Name: span(c, d).Text, Mentions: []annalist.Span{span(c, d)}},
			{ID: "e3", Type: annalist.Person, Name: span(e, g).Text, Mentions: []annalist.Span{span(e, g), span(a, d)}},
		}}
		r.Extract(text.Analyze(body, ""), rec)
	})
}
