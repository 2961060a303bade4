package quote

import (
	"fmt"
	"strings"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/text"
)

type wantSpeaker struct{ text, speaker, kind string }

// Articles written for these tests: nominal speakers, pronouns, merged
// names, places that are never speakers.
var speakerTests = []struct {
	in     string
	people []person
	orgs   []person
	places []person
	want   []wantSpeaker
}{
	// Nominal speakers and their kinds.
	{`“The road is closed,” a police spokesman said.`, nil, nil, nil,
		[]wantSpeaker{{"The road is closed,", "a police spokesman", "person"}}},
	{`“We deny everything,” the ministry said in a statement.`, nil, nil, nil,
		[]wantSpeaker{{"We deny everything,", "the ministry", "organization"}}},
	{`“The shooting went on for an hour,” witnesses told reporters.`, nil, nil, nil,
		[]wantSpeaker{{"The shooting went on for an hour,", "witnesses", "group"}}},
	{`According to officials, “the dam will hold”.`, nil, nil, nil,
		[]wantSpeaker{{"the dam will hold", "officials", "group"}}},
	{`“It was chaos,” said one of the residents.`, nil, nil, nil,
		[]wantSpeaker{{"It was chaos,", "one", "person"}}},
	// A named organisation speaks as its entity.
	{`“Prices will rise,” the Central Bank said.`, nil, []person{{"Central Bank", nil, ""}}, nil,
		[]wantSpeaker{{"Prices will rise,", "Central Bank", ""}}},
	// Where the article names who the role is, the entity.
	{`Interior Ministry spokesman Ivan Petrov spoke on Monday. “Order is restored,” the spokesman said.`,
		[]person{{"Ivan Petrov", []string{"Petrov"}, "spokesman"}}, nil, nil,
		[]wantSpeaker{{"Order is restored,", "Ivan Petrov", ""}}},
	{`“Order is restored,” said Interior Ministry spokesman Ivan Petrov.`,
		[]person{{"Ivan Petrov", []string{"Petrov"}, ""}}, []person{{"Interior Ministry", nil, ""}}, nil,
		[]wantSpeaker{{"Order is restored,", "Ivan Petrov", ""}}},
	{`“We were not warned,” Sen. Ana Ruiz said. Others agreed. “Nobody called us,” the senator added.`,
		[]person{{"Ana Ruiz", []string{"Ruiz"}, ""}}, nil, nil,
		[]wantSpeaker{{"We were not warned,", "Ana Ruiz", ""}, {"Nobody called us,", "Ana Ruiz", ""}}},
	// Title and surname merged with the full name the article gave.
	{`Superintendent Paul Peters led the search. “We found three weapons,” Supt Peters said.`,
		[]person{{"Paul Peters", nil, ""}, {"Supt Peters", nil, ""}}, nil, nil,
		[]wantSpeaker{{"We found three weapons,", "Paul Peters", ""}}},
	// A street is never the speaker.
	{`“They had weapons,” said a man near Baillou Hill Road.`, nil, nil, []person{{"Baillou Hill Road", nil, ""}},
		[]wantSpeaker{{"They had weapons,", "a man", "person"}}},
	{`“They had weapons,” said near Baillou Hill Road.`, nil, nil, nil,
		[]wantSpeaker{{"They had weapons,", "", ""}}},
	{`“They had weapons,” Nassau said.`, nil, nil, []person{{"Nassau", nil, ""}},
		[]wantSpeaker{{"They had weapons,", "", ""}}},
	// Pronouns: gender from first names and titles, number.
	{`John Smith met Mary Jones on Friday. “It went well,” she said.`, []person{smith, jones}, nil, nil,
		[]wantSpeaker{{"It went well,", "Mary Jones", ""}}},
	{`Mary Jones met John Smith on Friday. “It went well,” she said.`, []person{smith, jones}, nil, nil,
		[]wantSpeaker{{"It went well,", "Mary Jones", ""}}},
	{`Mrs. Okafor met Mr. Adeyemi. “It went badly,” he said.`,
		[]person{{"Okafor", nil, ""}, {"Adeyemi", nil, ""}}, nil, nil,
		[]wantSpeaker{{"It went badly,", "Adeyemi", ""}}},
	{`Mr. Adeyemi met Mrs. Okafor. “It went badly,” she said.`,
		[]person{{"Okafor", nil, ""}, {"Adeyemi", nil, ""}}, nil, nil,
		[]wantSpeaker{{"It went badly,", "Okafor", ""}}},
	{`“We will march again,” the protesters said. Mary Jones watched. “We are not afraid,” they added.`,
		[]person{jones}, nil, nil,
		[]wantSpeaker{{"We will march again,", "the protesters", "group"}, {"We are not afraid,", "the protesters", "group"}}},
	// A quote split by its attribution: one speaker for both pieces.
	{`“We will not leave,” he said, “until the law is changed.” John Smith had arrived at dawn.`,
		[]person{smith}, nil, nil,
		[]wantSpeaker{{"We will not leave,", "", ""}, {"until the law is changed.", "", ""}}},
	{`John Smith arrived at dawn. “We will not leave,” he said, “until the law is changed.”`,
		[]person{smith}, nil, nil,
		[]wantSpeaker{{"We will not leave,", "John Smith", ""}, {"until the law is changed.", "John Smith", ""}}},
	// A quote over paragraphs: the opening mark without a closing one.
	{"A spokeswoman for the union said: “The strike goes on.\n\n“We will meet again on Monday.”\n\nTalks failed.", nil, nil, nil,
		[]wantSpeaker{{"The strike goes on.", "A spokeswoman", "person"}, {"We will meet again on Monday.", "A spokeswoman", "person"}}},
	// Scare quotes and names keep no speaker.
	{`Smith said the group, which calls itself “the Vanguard”, had grown.`, []person{smith}, nil, nil,
		[]wantSpeaker{{"the Vanguard", "", ""}}},
	{`Supporters chanted “Lock Her Up” outside, Smith said.`, []person{smith}, nil, nil,
		[]wantSpeaker{{"Lock Her Up", "", ""}}},
}

// typed builds entities of one type by string search.
func typed(s string, ps []person, t string, from int) []annalist.Entity {
	es := entities(s, ps)
	for i := range es {
		es[i].Type = t
		es[i].ID = fmt.Sprintf("%s%d", strings.ToLower(t[:1]), from+i)
	}
	return es
}

func TestSpeakers(t *testing.T) {
	for _, tt := range speakerTests {
		ents := append(entities(tt.in, tt.people), typed(tt.in, tt.orgs, annalist.Organization, 1)...)
		ents = append(ents, typed(tt.in, tt.places, annalist.Location, 1)...)
		var got []wantSpeaker
		for _, q := range Find(text.Analyze(tt.in, ""), ents) {
			if q.Type == "direct" {
				got = append(got, wantSpeaker{q.Text, q.Speaker, q.SpeakerKind})
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q:\n got  %v\n want %v", tt.in, got, tt.want)
		}
	}
}

type wantReported struct{ typ, text, speaker string }

func TestReported(t *testing.T) {
	for _, tt := range []struct {
		in     string
		people []person
		want   []wantReported
	}{
		{`The minister said that the border would reopen next week.`, nil,
			[]wantReported{{"indirect", "the border would reopen next week", "The minister"}}},
		{`John Smith said on Monday the talks had failed.`, []person{smith},
			[]wantReported{{"indirect", "the talks had failed", "John Smith"}}},
		{`Mary Jones told reporters that she would stand again.`, []person{jones},
			[]wantReported{{"indirect", "she would stand again", "Mary Jones"}}},
		{`Mary Jones told reporters the vote was rigged.`, []person{jones},
			[]wantReported{{"indirect", "the vote was rigged", "Mary Jones"}}},
		{`The army accused the rebels of shelling the town.`, nil,
			[]wantReported{{"indirect", "shelling the town", "The army"}}},
		{`The talks have failed, the ministry said on Tuesday.`, nil,
			[]wantReported{{"indirect", "The talks have failed", "the ministry"}}},
		{`The talks have failed, said John Smith.`, []person{smith},
			[]wantReported{{"indirect", "The talks have failed", "John Smith"}}},
		{`Smith said the reform was “a disaster” for farmers.`, []person{smith},
			[]wantReported{{"mixed", "the reform was “a disaster” for farmers", "John Smith"}, {"direct", "a disaster", "John Smith"}}},
		{`That would involve, the minister said, new forms of participation.`, nil,
			[]wantReported{{"indirect", "That would involve, the minister said, new forms of participation", "the minister"}}},
		// A direct quote with its attribution is no reported speech.
		{`“The talks have failed,” the ministry said.`, nil,
			[]wantReported{{"direct", "The talks have failed,", "the ministry"}}},
		{`Smith said: “The talks have failed.”`, []person{smith},
			[]wantReported{{"direct", "The talks have failed.", "John Smith"}}},
		// No subject, no reported speech.
		{`It is said that the talks have failed.`, nil, nil},
	} {
		var got []wantReported
		for _, q := range Find(text.Analyze(tt.in, ""), entities(tt.in, tt.people)) {
			got = append(got, wantReported{q.Type, q.Text, q.Speaker})
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q:\n got  %v\n want %v", tt.in, got, tt.want)
		}
	}
}

// treeParser is a Parser for one sentence, given by its tree: it stands
// for the language layer's parser in tests of how the speaker is read
// from a parse.
type treeParser map[string][]text.Word

func (p treeParser) Parse(words []string) []text.Word { return p[strings.Join(words, " ")] }

// TestParsedSubject: with a parse, the subject is the cue's nsubj, where
// the words alone point at the nearest name.
func TestParsedSubject(t *testing.T) {
	s := `The woman who met Smith said: “We stay.”`
	ents := entities(s, []person{smith})
	d := text.Analyze(s, "")
	qs := Find(d, ents)
	if len(qs) != 1 || qs[0].Speaker != "John Smith" {
		t.Fatalf("without a parse: %+v (the words alone give the nearest name)", qs)
	}
	var ws []string
	for _, tok := range d.SentenceTokens(0) {
		ws = append(ws, tok.Text)
	}
	if strings.Join(ws, " ") != "The woman who met Smith said : “ We stay . ”" {
		t.Fatalf("tokens %q", ws)
	}
	// The woman who met Smith said : “ We stay . ”
	tree := []text.Word{
		{UPOS: "DET", Head: 1, Rel: "det"}, {UPOS: "NOUN", Lemma: "woman", Head: 5, Rel: "nsubj"},
		{UPOS: "PRON", Head: 3, Rel: "nsubj"}, {UPOS: "VERB", Lemma: "meet", Head: 1, Rel: "acl:relcl"},
		{UPOS: "PROPN", Head: 3, Rel: "obj"}, {UPOS: "VERB", Lemma: "say", Head: -1, Rel: "root"},
		{UPOS: "PUNCT", Head: 5, Rel: "punct"}, {UPOS: "PUNCT", Head: 9, Rel: "punct"},
		{UPOS: "PRON", Head: 9, Rel: "nsubj"}, {UPOS: "VERB", Lemma: "stay", Head: 5, Rel: "ccomp"},
		{UPOS: "PUNCT", Head: 9, Rel: "punct"}, {UPOS: "PUNCT", Head: 9, Rel: "punct"},
	}
	d = text.Analyze(s, "")
	d.Parser = treeParser{strings.Join(ws, " "): tree}
	qs = Find(d, ents)
	if len(qs) != 1 || qs[0].Speaker != "The woman who met Smith" && qs[0].Speaker != "The woman" || qs[0].SpeakerKind != "person" {
		t.Errorf("with a parse: %+v, want the woman", qs)
	}
}
