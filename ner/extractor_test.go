package ner

import (
	"encoding/json"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/annalist/annalist/internal/shared"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/text"
)

func extractText(t testing.TB, body string) *annalist.Record {
	e, err := NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	r := &annalist.Record{Text: body}
	e.Extract(text.Analyze(body, ""), r)
	for _, en := range r.Entities {
		for _, m := range en.Mentions {
			if body[m.Start:m.End] != m.Text {
				t.Fatalf("mention %q of %s does not match its offsets", m.Text, en.Name)
			}
		}
	}
	return r
}

func findEntity(r *annalist.Record, name string) *annalist.Entity {
	for i := range r.Entities {
		if r.Entities[i].Name == name {
			return &r.Entities[i]
		}
	}
	return nil
}

func dump(r *annalist.Record) string {
	var b strings.Builder
	for _, e := range r.Entities {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Text)
		}
		b.WriteString(e.ID + " " + e.Type + " " + e.Name + " [" + e.Role + "] " + strings.Join(ms, "|") + "\n")
	}
	return b.String()
}

func TestSeedArticle(t *testing.T) {
	body, _ := shared.Seed(t)
	var expected struct {
		People struct {
			Must []struct {
				Name        string   `json:"name"`
				MinMentions int      `json:"min_mentions"`
				Texts       []string `json:"mention_texts"`
			} `json:"must"`
			Should []struct {
				Name string `json:"name"`
				Role string `json:"role"`
			} `json:"should"`
			MustNot []string `json:"must_not_be_people"`
		} `json:"people"`
	}
	ej, err := os.ReadFile(shared.Require(t, "seed/kazakhstan-2023-01-05.expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(ej, &expected); err != nil {
		t.Fatal(err)
	}
	r := extractText(t, body)
	t.Logf("entities:\n%s", dump(r))
	for _, p := range expected.People.Must {
		e := findEntity(r, p.Name)
		if e == nil || e.Type != annalist.Person {
			t.Errorf("no PERSON %q", p.Name)
			continue
		}
		if len(e.Mentions) < p.MinMentions {
			t.Errorf("%s: %d mentions, want at least %d", p.Name, len(e.Mentions), p.MinMentions)
		}
		for _, m := range e.Mentions {
			ok := false
			for _, want := range p.Texts {
				ok = ok || m.Text == want
			}
			if !ok {
				t.Errorf("%s: unexpected mention %q", p.Name, m.Text)
			}
		}
	}
	for _, p := range expected.People.Should {
		if e := findEntity(r, p.Name); e != nil && e.Role != p.Role {
			t.Logf("should: %s role %q, want %q", p.Name, e.Role, p.Role)
		}
	}
	for _, e := range r.Entities {
		if e.Type != annalist.Person {
			continue
		}
		for _, bad := range expected.People.MustNot {
			for _, m := range e.Mentions {
				if strings.EqualFold(m.Text, bad) {
					t.Errorf("%q tagged as a person", m.Text)
				}
			}
		}
	}
}

// Mixed-case modern news, an all-caps headline, hyphenated and
// transliterated names: people merged with their surnames, roles read.
func TestExtractorModernNews(t *testing.T) {
	cases := []struct {
		text     string
		name     string
		role     string
		mentions []string
	}{
		{"UKRAINE'S ZELENSKYY MEETS BIDEN IN WASHINGTON\nUkrainian President Volodymyr Zelenskyy met US President Joe Biden at the White House on Wednesday. Zelenskyy’s visit was his first trip abroad since the war began. Biden promised more aid.",
			"Volodymyr Zelenskyy", "president", []string{"ZELENSKYY", "Volodymyr Zelenskyy", "Zelenskyy"}},
		{"UKRAINE'S ZELENSKYY MEETS BIDEN IN WASHINGTON\nUkrainian President Volodymyr Zelenskyy met US President Joe Biden at the White House on Wednesday. Biden promised more aid.",
			"Joe Biden", "president", []string{"BIDEN", "Joe Biden", "Biden"}},
		{"Syrian President Bashar al-Assad said on Tuesday that the government in Damascus would not negotiate. Assad spoke to the state news agency SANA. Al-Assad has ruled since 2000.",
			"Bashar al-Assad", "president", []string{"Bashar al-Assad", "Assad", "Al-Assad"}},
		{"The European Central Bank raised rates. ECB president Christine Lagarde told reporters in Frankfurt that inflation remained too high. Lagarde's remarks moved markets.",
			"Christine Lagarde", "president", []string{"Christine Lagarde", "Lagarde"}},
		{"Prime Minister Narendra Modi's Bharatiya Janata Party won the state election in Gujarat, the Election Commission said. Modi thanked voters.",
			"Narendra Modi", "prime minister", []string{"Narendra Modi", "Modi"}},
		{"Russian Foreign Minister Sergei Lavrov arrived in Ankara on Monday. Lavrov met Turkish officials.",
			"Sergei Lavrov", "foreign minister", []string{"Sergei Lavrov", "Lavrov"}},
		{"Egypt's security forces answer to President Abdel Fattah el-Sisi.",
			"Abdel Fattah el-Sisi", "president", []string{"Abdel Fattah el-Sisi"}},
	}
	for _, c := range cases {
		r := extractText(t, c.text)
		e := findEntity(r, c.name)
		if e == nil || e.Type != annalist.Person {
			t.Errorf("no PERSON %q in\n%s", c.name, dump(r))
			continue
		}
		var got []string
		for _, m := range e.Mentions {
			got = append(got, m.Text)
		}
		if strings.Join(got, "|") != strings.Join(c.mentions, "|") || e.Role != c.role {
			t.Errorf("%s: mentions %q role %q, want %q %q", c.name, got, e.Role, c.mentions, c.role)
		}
	}
}

func TestEntityOrderAndIDs(t *testing.T) {
	r := extractText(t, "Microsoft hired John Smith in Seattle. Smith said Microsoft would grow.")
	want := "e1 ORGANIZATION Microsoft [] Microsoft|Microsoft\ne2 PERSON John Smith [] John Smith|Smith\ne3 LOCATION Seattle [] Seattle\n"
	if got := dump(r); got != want {
		t.Errorf("entities:\n%s\nwant\n%s", got, want)
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("Kazakhstan’s president, Kassym-Jomart Tokayev, met ‘Bloody January’ (Qandy Qantar, in Kazakh) protesters.")
	f.Add("PRESIDENT SMITH'S VISIT\n\nMr. Smith's")
	f.Add("(")
	e, err := NewExtractor()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := &annalist.Record{Text: s}
		e.Extract(text.Analyze(s, ""), r)
		for i, en := range r.Entities {
			if en.ID != "e"+strconv.Itoa(i+1) || len(en.Mentions) == 0 || en.Name == "" {
				t.Fatalf("bad entity %+v", en)
			}
			for _, m := range en.Mentions {
				if m.Start < 0 || m.End > len(s) || m.Start >= m.End || s[m.Start:m.End] != m.Text {
					t.Fatalf("bad mention %+v of %q", m, s)
				}
			}
		}
	})
}

func TestFixSpans(t *testing.T) {
	cases := []struct {
		words string
		in    []Span
		want  []Span
	}{
		{"President Abdel Fattah el-Sisi spoke", []Span{{1, 3, "PER"}, {3, 4, "MISC"}}, []Span{{1, 4, "PER"}}},
		{"Amnesty International and Human Rights Watch said", []Span{{0, 6, "ORG"}}, []Span{{0, 2, "ORG"}, {3, 6, "ORG"}}},
		{"Procter and Gamble said", []Span{{0, 3, "ORG"}}, []Span{{0, 3, "ORG"}}},
		{"since Bloody January began", []Span{{1, 2, "PER"}}, []Span{{1, 3, "MISC"}}},
		{"Smith Tuesday said", []Span{{0, 1, "PER"}}, []Span{{0, 1, "PER"}}},
		{"the anti-Nazarbayev protests", []Span{{1, 2, "MISC"}}, []Span{{1, 2, "MISC"}}},
	}
	for _, c := range cases {
		if got := fixSpans(strings.Fields(c.words), c.in, DefaultLexicons()); !reflect.DeepEqual(got, c.want) {
			t.Errorf("fixSpans(%q) = %v, want %v", c.words, got, c.want)
		}
	}
}

func TestAcronyms(t *testing.T) {
	r := extractText(t, "The European Central Bank raised rates on Thursday. The ECB said inflation was too high in the United States and the U.S. economy would slow.")
	for _, c := range []struct{ name, mentions string }{
		{"European Central Bank", "European Central Bank|ECB"},
		{"United States", "United States|U.S."},
	} {
		e := findEntity(r, c.name)
		if e == nil {
			t.Errorf("no entity %q in\n%s", c.name, dump(r))
			continue
		}
		var got []string
		for _, m := range e.Mentions {
			got = append(got, m.Text)
		}
		if strings.Join(got, "|") != c.mentions {
			t.Errorf("%s: mentions %q, want %s", c.name, got, c.mentions)
		}
	}
	for _, c := range []struct {
		short, long string
		want        bool
	}{
		{"ecb", "european central bank", true}, {"u.s.", "united states", true},
		{"imf", "international monetary fund", true}, {"bbc", "british broadcasting corporation", true},
		{"pm", "prime minister of india", false}, {"a", "al qaeda", false},
	} {
		if got := isAcronym([]string{c.short}, strings.Fields(c.long)); got != c.want {
			t.Errorf("isAcronym(%q, %q) = %v", c.short, c.long, got)
		}
	}
}

// The extractor is safe for concurrent use (run with -race).
func TestExtractConcurrently(t *testing.T) {
	const body = "Microsoft hired John Smith in Seattle. Smith said Microsoft would grow."
	want := dump(extractText(t, body))
	done := make(chan string)
	for i := 0; i < 4; i++ {
		go func() {
			e, _ := NewExtractor()
			r := &annalist.Record{Text: body}
			e.Extract(text.Analyze(body, ""), r)
			done <- dump(r)
		}()
	}
	for i := 0; i < 4; i++ {
		if got := <-done; got != want {
			t.Errorf("concurrent run gave\n%s\nwant\n%s", got, want)
		}
	}
}
