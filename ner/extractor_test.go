package ner

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/text"
)

var _ extract.Extractor = (*Extractor)(nil)

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
