package timex

import (
	"strings"
	"testing"

	"github.com/annalist/annalist/text"
)

// wednesday is the date of the invented articles below: Wednesday 8
// November 2023.
const wednesday = "2023-11-08"

// TestTense: a weekday, "X last", a bare month and a time of day read by
// the tense of the verb that governs them, in invented articles.
func TestTense(t *testing.T) {
	for _, tt := range []struct{ text, expr, want string }{
		// past tense: the day before, not the Tuesday after
		{"Voters approved the school levy on Tuesday, which will raise taxes next year.", "Tuesday", "2023-11-07"},
		{"On Tuesday, voters approved the levy that will fund schools.", "Tuesday", "2023-11-07"},
		{"The council has voted on Monday to close the bridge.", "Monday", "2023-11-06"},
		{"Voters will decide whether the levy passed on Tuesday.", "Tuesday", "2023-11-07"},
		// future tense
		{"The council will vote on Tuesday, officials said.", "Tuesday", "2023-11-14"},
		{"The minister is meeting farmers on Friday.", "Friday", "2023-11-10"},
		{"The minister met farmers, and she will report to parliament on Friday.", "Friday", "2023-11-10"},
		// "X last", "X next": last week's, next week's
		{"The minister spoke on Thursday last.", "Thursday last", "2023-11-02"},
		{"The minister spoke on Wednesday last.", "Wednesday last", "2023-11-01"},
		{"The minister speaks on Wednesday next.", "Wednesday next", "2023-11-15"},
		// bare months
		{"In March, the plant closed.", "March", "2023-03"},
		{"The plant will reopen in March.", "March", "2024-03"},
		// the day the sentence is about
		{"On March 3, 2019, the plant closed and said it would reopen on Friday.", "Friday", "2019-03-08"},
		{"On March 3, 2019, the plant closed; it had opened on Friday.", "Friday", "2019-03-01"},
	} {
		got := ""
		for _, x := range Find(tt.text, wednesday) {
			if x.Text == tt.expr {
				got = x.Value
			}
		}
		if got != tt.want {
			t.Errorf("%q: %q = %q, want %q", tt.text, tt.expr, got, tt.want)
		}
	}
}

// fixedParser gives the analyses of known sentences: the parse the
// language layer's parser would give, written out, so the governing-verb
// reading is tested before the trained parser lands.
type fixedParser map[string][]text.Word

func (p fixedParser) Parse(words []string) []text.Word { return p[strings.Join(words, " ")] }

// TestParseTense: with a parse, the verb the weekday hangs from decides,
// not the nearest cue word ("will" is nearer to Tuesday than "approved").
func TestParseTense(t *testing.T) {
	s := "Voters approved the plan that officials will fund on Tuesday ."
	w := func(upos, xpos string, head int, rel string) text.Word {
		return text.Word{UPOS: upos, XPOS: xpos, Head: head, Rel: rel}
	}
	parses := fixedParser{
		s: {
			w("NOUN", "NNS", 1, "nsubj"), w("VERB", "VBD", -1, "root"), w("DET", "DT", 3, "det"),
			w("NOUN", "NN", 1, "obj"), w("PRON", "WDT", 7, "obj"), w("NOUN", "NNS", 7, "nsubj"),
			w("AUX", "MD", 7, "aux"), w("VERB", "VB", 3, "acl:relcl"), w("ADP", "IN", 9, "case"),
			w("PROPN", "NNP", 1, "obl"), w("PUNCT", ".", 1, "punct"),
		},
	}
	body := strings.ReplaceAll(s, " .", ".")
	d := text.Analyze(body, wednesday)
	d.Parser = parses
	if d.Parse(0) == nil {
		t.Fatalf("the fixture does not match the tokens of %q", body)
	}
	got := ""
	for _, x := range findDoc(d, nil) {
		if x.Text == "Tuesday" {
			got = x.Value
		}
	}
	if got != "2023-11-07" {
		t.Errorf("Tuesday governed by \"approved\": %q, want 2023-11-07", got)
	}
}
