package theme

import (
	"slices"
	"testing"

	"github.com/annalist/annalist/internal/shared"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/text"
)

func TestStem(t *testing.T) {
	for _, group := range [][]string{
		{"protest", "protests", "protesters", "protesting", "protested"},
		{"election", "elections"},
		{"reform", "reforms"},
		{"demonstrations", "demonstrators"},
	} {
		want := stem(group[0])
		for _, w := range group[1:] {
			if got := stem(w); got != want {
				t.Errorf("stem(%q) = %q, want %q like stem(%q)", w, got, want, group[0])
			}
		}
	}
}

func TestAssign(t *testing.T) {
	police := &annalist.Arg{Text: "riot police"}
	students := &annalist.Arg{Text: "students"}
	tests := []struct {
		name   string
		text   string
		events []annalist.Event
		want   []string // must be among the themes
		not    []string // must not be
	}{
		{"election", "Voters went to the polls on Sunday in a presidential election. Turnout was low and the opposition candidate disputed the vote.",
			nil, []string{"ELECTION"}, []string{"PROTEST"}},
		{"one passing mention is not a theme", "The minister spoke about the budget. He did not mention the protest.",
			nil, nil, []string{"PROTEST"}},
		{"events imply themes", "Riot police beat students in the capital.",
			[]annalist.Event{{Type: "ASSAULT", Actor: police, Target: students}, {Type: "PROTEST"}},
			[]string{"REPRESSION", "PROTEST"}, nil},
		{"a hypothetical event implies nothing", "Workers may walk out.",
			[]annalist.Event{{Type: "PROTEST", Modality: "hypothetical"}}, nil, []string{"PROTEST"}},
		{"phrases", "Human rights groups condemned the torture of detainees; human rights lawyers and Amnesty International called for an inquiry.",
			nil, []string{"HUMAN_RIGHTS"}, nil},
	}
	for _, tt := range tests {
		got := Assign(text.Tokenize(tt.text), tt.events)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: themes %v lack %s", tt.name, got, w)
			}
		}
		for _, w := range tt.not {
			if slices.Contains(got, w) {
				t.Errorf("%s: themes %v include %s", tt.name, got, w)
			}
		}
	}
}

func TestTaxonomySize(t *testing.T) {
	if n := len(taxonomy); n < 35 || n > 50 {
		t.Errorf("taxonomy has %d themes, want about forty", n)
	}
	seen := map[string]bool{}
	for _, th := range taxonomy {
		if seen[th.name] {
			t.Errorf("theme %s twice", th.name)
		}
		seen[th.name] = true
	}
}

// TestSeedThemes runs on the seed article with the events the event
// extractor finds there (crackdown by police on protesters, protests).
func TestSeedThemes(t *testing.T) {
	body, _ := shared.Seed(t)
	events := []annalist.Event{
		{Type: "ASSAULT", Actor: &annalist.Arg{Text: "police"}, Target: &annalist.Arg{Text: "protesters"}},
		{Type: "PROTEST", Actor: &annalist.Arg{Text: "protesters"}},
	}
	scores, words := Score(text.Analyze(body, "").Tokens, events)
	t.Logf("%d words, min hits %.1f, scores %v", words, MinHits(words), scores)
	got := Assign(text.Analyze(body, "").Tokens, events)
	if !slices.Contains(got, "PROTEST") {
		t.Errorf("seed themes %v lack PROTEST", got)
	}
	if !slices.Contains(got, "REPRESSION") && !slices.Contains(got, "POLITICAL_REFORM") && !slices.Contains(got, "INEQUALITY") {
		t.Errorf("seed themes %v lack all of REPRESSION, POLITICAL_REFORM, INEQUALITY", got)
	}
}

func BenchmarkAssign(b *testing.B) {
	body, _ := shared.Seed(b)
	toks := text.Analyze(body, "").Tokens
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		Assign(toks, nil)
	}
}
