package quote

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/annalist/annalist/internal/shared"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/text"
)

// person is a PERSON entity for a test: its name, the forms it is
// mentioned by, and its role.
type person struct {
	name  string
	forms []string
	role  string
}

// entities builds PERSON entities by string search, longest forms first,
// as the name extractor would give them.
func entities(s string, people []person) []annalist.Entity {
	taken := make([]bool, len(s))
	var out []annalist.Entity
	for i, p := range people {
		e := annalist.Entity{ID: fmt.Sprintf("e%d", i+1), Type: annalist.Person, Name: p.name, Role: p.role}
		forms := append([]string{p.name}, p.forms...)
		for _, f := range forms {
			for off := 0; ; {
				j := strings.Index(s[off:], f)
				if j < 0 {
					break
				}
				a, b := off+j, off+j+len(f)
				off = b
				if taken[a] || boundary(s, a, b) {
					continue
				}
				for k := a; k < b; k++ {
					taken[k] = true
				}
				e.Mentions = append(e.Mentions, annalist.Span{Start: a, End: b, Text: f})
			}
		}
		out = append(out, e)
	}
	return out
}

// boundary reports whether s[a:b] is glued to a letter on either side.
func boundary(s string, a, b int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:a])
	q, _ := utf8.DecodeRuneInString(s[b:])
	return a > 0 && unicode.IsLetter(r) || b < len(s) && unicode.IsLetter(q)
}

type wantQuote struct{ text, speaker, cue string }

func (w wantQuote) String() string { return fmt.Sprintf("%q by %q cue %q", w.text, w.speaker, w.cue) }

var tokayev = person{"Kassym-Jomart Tokayev", []string{"Tokayev"}, ""}
var smith = person{"John Smith", []string{"Smith"}, ""}
var jones = person{"Mary Jones", []string{"Jones"}, ""}

var findTests = []struct {
	in     string
	people []person
	want   []wantQuote
}{
	// The speaker after the quote.
	{`"We will not give up," Smith said.`, []person{smith},
		[]wantQuote{{"We will not give up,", "John Smith", "said"}}},
	{`“We will not give up,” said Smith.`, []person{smith},
		[]wantQuote{{"We will not give up,", "John Smith", "said"}}},
	{`“We will not give up,” said Prime Minister John Smith on Monday.`, []person{smith},
		[]wantQuote{{"We will not give up,", "John Smith", "said"}}},
	{`“We will not give up,” Smith told reporters.`, []person{smith},
		[]wantQuote{{"We will not give up,", "John Smith", "told"}}},
	{`“We will not give up,” Smith, the union leader, said on Friday.`, []person{smith},
		[]wantQuote{{"We will not give up,", "John Smith", "said"}}},
	{`“It is over!” Smith insisted.`, []person{smith},
		[]wantQuote{{"It is over!", "John Smith", "insisted"}}},
	{`John Smith spoke first. “We will win,” he added.`, []person{smith},
		[]wantQuote{{"We will win,", "John Smith", "added"}}},
	{`“There will be no more delays,” the minister warned.`, []person{{"John Smith", []string{"Smith"}, "minister"}},
		[]wantQuote{{"There will be no more delays,", "the minister", "warned"}}},
	// The speaker before the quote.
	{`Smith said: “The law will change.”`, []person{smith},
		[]wantQuote{{"The law will change.", "John Smith", "said"}}},
	{`Smith also said the reform was “a disaster”.`, []person{smith},
		[]wantQuote{{"a disaster", "John Smith", "said"}}},
	{`In the aftermath, Tokayev made veiled references to the need to “break with the old regime” and more.`,
		[]person{tokayev}, []wantQuote{{"break with the old regime", "Kassym-Jomart Tokayev", "made veiled references to"}}},
	{`According to Smith, “nothing has changed”.`, []person{smith},
		[]wantQuote{{"nothing has changed", "John Smith", "According to"}}},
	{`Jones called for “an end to impunity”.`, []person{jones},
		[]wantQuote{{"an end to impunity", "Mary Jones", "called for"}}},
	{`Jones urged voters to “stay calm”.`, []person{jones},
		[]wantQuote{{"stay calm", "Mary Jones", "urged"}}},
	{`Jones vowed to “fight to the end”.`, []person{jones},
		[]wantQuote{{"fight to the end", "Mary Jones", "vowed"}}},
	{`She described it as ‘a turning point’.`, []person{jones},
		[]wantQuote{{"a turning point", "", "described"}}},
	{`Mary Jones arrived late. She described it as ‘a turning point’.`, []person{jones},
		[]wantQuote{{"a turning point", "Mary Jones", "described"}}},
	// Roles point back to the last person of that title.
	{`Kazakhstan’s president, Kassym-Jomart Tokayev, spoke. “We need reform,” the president said.`, []person{tokayev},
		[]wantQuote{{"We need reform,", "Kassym-Jomart Tokayev", "said"}}},
	{`President Smith and former president Jones met. “It went well,” the president said.`, []person{smith, jones},
		[]wantQuote{{"It went well,", "John Smith", "said"}}},
	{`President Smith and former president Jones met. “It went badly,” the former president said.`, []person{smith, jones},
		[]wantQuote{{"It went badly,", "Mary Jones", "said"}}},
	{`Smith met Jones. “It went well,” the minister said.`,
		[]person{smith, {"Mary Jones", []string{"Jones"}, "foreign minister"}},
		[]wantQuote{{"It went well,", "Mary Jones", "said"}}},
	// Two pieces around a reporting clause, and a following quote.
	{`“We came,” Smith said, “and we will stay.”`, []person{smith},
		[]wantQuote{{"We came,", "John Smith", "said"}, {"and we will stay.", "John Smith", "said"}}},
	{"“We came,” Smith said. “And we will stay here until the end.”", []person{smith},
		[]wantQuote{{"We came,", "John Smith", "said"}, {"And we will stay here until the end.", "John Smith", ""}}},
	// A quote over two paragraphs.
	{"Smith said: “The first part of it.\n\n“The second part of it.”\n\nOther news.", []person{smith},
		[]wantQuote{{"The first part of it.", "John Smith", "said"}, {"The second part of it.", "John Smith", "said"}}},
	{`Union leader Mary Jones said she “strongly recommends” new talks be held “at the earliest possible time.”`, []person{jones},
		[]wantQuote{{"strongly recommends", "Mary Jones", "said"}, {"at the earliest possible time.", "Mary Jones", "said"}}},
	{`“A number of details have still to be finalized,” one senior banker said.`, nil,
		[]wantQuote{{"A number of details have still to be finalized,", "one senior banker", "said"}}},
	{`“We are optimistic,” central bank president Francisco Gros said.`, []person{{"Francisco Gros", []string{"Gros"}, ""}},
		[]wantQuote{{"We are optimistic,", "Francisco Gros", "said"}}},
	{`“We are optimistic,” Sen. David Boren (D-Okla.) said.`, []person{{"David Boren", []string{"Boren"}, ""}},
		[]wantQuote{{"We are optimistic,", "David Boren", "said"}}},
	{`Oil minister Ali al-Sabah was quoted by the daily al-Qabas as saying: “None of the members asked for a meeting.”`,
		[]person{{"Ali al-Sabah", nil, ""}},
		[]wantQuote{{"None of the members asked for a meeting.", "Ali al-Sabah", "saying"}}},
	{`The senior banker opposed the plan, saying: “There must be one solution.”`, nil,
		[]wantQuote{{"There must be one solution.", "The senior banker", "saying"}}},
	{`Smith opposed the plan, saying: “There must be one solution.”`, []person{smith},
		[]wantQuote{{"There must be one solution.", "John Smith", "saying"}}},
	{"Mary Jones spoke. “John Smith is wrong,” she said. “Smith will lose this time.”\n\n“We will win,” she added.", []person{smith, jones},
		[]wantQuote{{"John Smith is wrong,", "Mary Jones", "said"}, {"Smith will lose this time.", "Mary Jones", ""}, {"We will win,", "Mary Jones", "added"}}},
	{`President Smith arrived. “We will rebuild,” the President said.`, []person{smith},
		[]wantQuote{{"We will rebuild,", "John Smith", "said"}}},
	{`“We will rebuild,” said Smith, the president.`, []person{smith},
		[]wantQuote{{"We will rebuild,", "John Smith", "said"}}},
	{`Smith, who was re-elected in May, said “we won”.`, []person{smith},
		[]wantQuote{{"we won", "John Smith", "said"}}},
	{`“He told me ‘never again’ and left,” Jones said.`, []person{jones},
		[]wantQuote{{"He told me ‘never again’ and left,", "Mary Jones", "said"}}},
	{`“We will rebuild,” the European Commission said.`, []person{smith},
		[]wantQuote{{"We will rebuild,", "the European Commission", "said"}}},
	// Slogans and scare quotes: no speaker.
	{`For years, people in Kazakhstan shouted ‘Shal, ket!’ (Old man, leave!) as they grew frustrated.`, nil,
		[]wantQuote{{"Shal, ket!", "", "shouted"}}},
	{`Phrases like the ‘demonopolisation of political power’ and ‘de-Nazarbayevisation’ began to circulate, and Jones promised more.`,
		[]person{jones}, []wantQuote{{"demonopolisation of political power", "", ""}, {"de-Nazarbayevisation", "", ""}}},
	{`In the year since ‘Bloody January’ (Qandy Qantar), Smith’s reforms stalled.`, []person{smith},
		[]wantQuote{{"Bloody January", "", ""}}},
	{`Police said the group, which calls itself "the Movement", had 200 members.`, nil,
		[]wantQuote{{"the Movement", "", "calls"}}},
	// Apostrophes are not quote marks.
	{`The students’ demands weren’t met, and Kazakhstan’s leaders don’t care.`, nil, nil},
	{`The students' demands weren't met in the '90s.`, nil, nil},
	{`He called the students’ demands ‘unrealistic’ on Monday.`, nil, []wantQuote{{"unrealistic", "", "called"}}},
	{`She said the plan was ‘the workers’ last hope’ for change.`, []person{jones},
		[]wantQuote{{"the workers’ last hope", "", "said"}}},
	{`Jones said it was 'a step back' for the country.`, []person{jones},
		[]wantQuote{{"a step back", "Mary Jones", "said"}}},
	// Unbalanced marks yield nothing.
	{`"It's a gloomy outlook, said David Wyss. "I'm impressed by the drop," he said.`, []person{{"David Wyss", []string{"Wyss"}, ""}},
		[]wantQuote{{"I'm impressed by the drop,", "David Wyss", "said"}}},
	{`He said “this is not closed. Then “this is,” Smith said.`, []person{smith},
		[]wantQuote{{"this is,", "John Smith", "said"}}},
	{`He said “this is not closed.`, nil, nil},
	{`A “”, an empty quote.`, nil, nil},
}

func TestFind(t *testing.T) {
	for _, tt := range findTests {
		ents := entities(tt.in, tt.people)
		qs := Find(text.Analyze(tt.in, ""), ents)
		var got []wantQuote
		for _, q := range qs {
			if tt.in[q.Start:q.End] != q.Text {
				t.Errorf("%q: quote text %q is not text[%d:%d]", tt.in, q.Text, q.Start, q.End)
			}
			if q.Type != "direct" {
				continue // reported speech: TestReported
			}
			if q.Speaker != "" && q.SpeakerEntity == "" {
				if !strings.Contains(tt.in, q.Speaker) {
					t.Errorf("%q: speaker phrase %q is not in the text", tt.in, q.Speaker)
				}
			} else if q.Speaker != "" {
				found := false
				for _, e := range ents {
					if e.ID == q.SpeakerEntity && e.Name == q.Speaker {
						found = true
					}
				}
				if !found {
					t.Errorf("%q: speaker %q has no entity %q", tt.in, q.Speaker, q.SpeakerEntity)
				}
			}
			got = append(got, wantQuote{q.Text, q.Speaker, q.Cue})
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q:\n got  %v\n want %v", tt.in, got, tt.want)
		}
	}
}

func TestSeed(t *testing.T) {
	body, date := shared.Seed(t)
	r := annalist.Record{Text: body, Entities: entities(body, []person{
		tokayev, {"Nursultan Nazarbayev", []string{"Nazarbayev"}, ""},
	})}
	New().Extract(text.Analyze(body, date), &r)
	want := map[string]string{
		"Shal, ket!":                          "",
		"break with the old regime":           "Kassym-Jomart Tokayev",
		"demonopolisation of political power": "",
		"de-Nazarbayevisation":                "",
	}
	for _, q := range r.Quotes {
		t.Logf("%+v", q)
		if sp, ok := want[q.Text]; ok {
			if q.Speaker != sp {
				t.Errorf("quote %q: speaker %q, want %q", q.Text, q.Speaker, sp)
			}
			delete(want, q.Text)
		}
	}
	for q := range want {
		t.Errorf("quote %q not found", q)
	}
}

// BenchmarkFind measures throughput on the test phrasings joined into one
// long document.
func BenchmarkFind(b *testing.B) {
	var sb strings.Builder
	var people []person
	for sb.Len() < 200000 {
		for _, tt := range findTests {
			sb.WriteString(tt.in)
			sb.WriteString(" It was a quiet day in the city, and nothing much else was reported by the agency.\n\n")
		}
	}
	for _, p := range []person{smith, jones, tokayev} {
		people = append(people, p)
	}
	s := sb.String()
	d := text.Analyze(s, "")
	ents := entities(s, people)
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for b.Loop() {
		Find(d, ents)
	}
}

// TestMentionInsideToken: a mention need not match the tokenizer's
// boundaries.
func TestMentionInsideToken(t *testing.T) {
	s := `“We will stay,” said Jones-Smith.`
	i := strings.Index(s, "Jones")
	ents := []annalist.Entity{{ID: "e1", Type: annalist.Person, Name: "Mary Jones-Smith",
		Mentions: []annalist.Span{{Start: i, End: i + 5, Text: "Jones"}}}}
	qs := Find(text.Analyze(s, ""), ents)
	if len(qs) != 1 || qs[0].SpeakerEntity != "e1" {
		t.Errorf("quotes = %+v", qs)
	}
}
