package ner

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/text"
)

// sharedPath finds ../shared/<rel> from the repository root, looking
// upwards from the package folder so that worktrees work too.
func sharedPath(t testing.TB, rel string) string {
	p := sharedPathOK(rel)
	if p == "" {
		t.Skipf("shared/%s not found", rel)
	}
	return p
}

func sharedPathOK(rel string) string {
	dir, _ := os.Getwd()
	for i := 0; i < 5; i++ {
		p := filepath.Join(dir, "shared", rel)
		if _, err := os.Stat(p); err == nil {
			return p
		}
		dir = filepath.Dir(dir)
	}
	return ""
}

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
	raw, err := os.ReadFile(sharedPath(t, "seed/kazakhstan-2023-01-05.txt"))
	if err != nil {
		t.Fatal(err)
	}
	body := regexp.MustCompile(`^\s*date\s+\d{4}-\d{2}-\d{2}\s*`).ReplaceAllString(string(raw), "")
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
	ej, err := os.ReadFile(sharedPath(t, "seed/kazakhstan-2023-01-05.expected.json"))
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
