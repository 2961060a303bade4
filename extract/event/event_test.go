package event

import (
	"strings"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/text"
)

func TestLemmas(t *testing.T) {
	tests := map[string]string{
		"protested": "protest", "rallies": "rally", "banned": "ban", "stopped": "stop",
		"agreed": "agree", "cancelled": "cancel", "shelled": "shell", "met": "meet",
		"fought": "fight", "criticised": "criticise", "demonstrators": "demonstrator",
		"clashes": "clash", "suing": "sue", "withdrew": "withdraw",
	}
	for w, want := range tests {
		found := false
		for _, l := range lemmas(w) {
			found = found || l == want
		}
		if !found {
			t.Errorf("lemmas(%q) = %v, want %q among them", w, lemmas(w), want)
		}
	}
}

// mainEvent runs the extractor on one sentence and returns its main event.
func mainEvent(s string) *Mention {
	d := text.Analyze(s, "")
	ms := Mentions(d, &annalist.Record{Text: s})
	if k := Main(ms); k >= 0 {
		return &ms[k]
	}
	return nil
}

func TestMainEvent(t *testing.T) {
	tests := []struct {
		sentence, typ, modality, trigger, actor, target string
	}{
		{"Thousands of workers protested against the new labour law on Monday.", "PROTEST", "", "protested", "workers", "new labour law"},
		{"Police arrested 40 students in the capital.", "COERCE", "", "arrested", "Police", "40 students"},
		{"The government imposed a curfew in the north.", "COERCE", "", "curfew", "government", ""},
		{"The rebels shelled the town overnight.", "FIGHT", "", "shelled", "rebels", "town"},
		{"Two journalists were detained by security forces.", "COERCE", "", "detained", "security forces", "journalists"},
		{"The union threatened to strike if wages were not raised.", "THREATEN", "", "threatened", "union", ""},
		{"The opposition did not protest the result.", "PROTEST", "negated", "protest", "opposition", ""},
		{"The minister resigned after the scandal.", "RETREAT", "", "resigned", "minister", ""},
		{"The president stepped down on Friday.", "RETREAT", "", "stepped down", "president", ""},
		{"The two leaders held talks in Geneva.", "CONSULT", "", "talks", "two leaders", ""},
		{"The European Union imposed sanctions on the regime.", "SANCTION", "", "sanctions", "European Union", "regime"},
		{"Activists said they will boycott the vote.", "THREATEN", "", "will boycott", "Activists", ""},
		{"Japan will give the country a loan of 50 million dollars.", "AGREE", "", "will give", "Japan", ""},
		{"The ministry said it would not accept the proposal.", "REJECT", "", "would not accept", "ministry", ""},
		{"The council condemned the attack on the mosque.", "DISAPPROVE", "", "condemned", "council", "attack"},
		{"A car bombing killed 12 people in the market.", "ASSAULT", "", "", "", ""},
		{"Government troops killed five rebels in a gunbattle near the border.", "FIGHT", "", "killed", "Government troops", "five rebels"},
		{"The Red Cross delivered medicine to the besieged city.", "AID", "", "delivered", "Red Cross", ""},
		{"Protesters blocked the main road to the airport.", "PROTEST", "", "blocked", "Protesters", "main road"},
		{"The court refused to release the opposition leader.", "REJECT", "", "refused", "court", ""},
		{"The prime minister demanded that the army withdraw.", "DEMAND", "", "demanded", "prime minister", ""},
		{"Police in the capital cracked down on demonstrators.", "COERCE", "", "cracked down", "Police in the capital", "demonstrators"},
		{"The police crackdown on demonstrators left many wounded.", "ASSAULT", "", "", "", ""},
	}
	for _, tt := range tests {
		m := mainEvent(tt.sentence)
		if m == nil {
			t.Errorf("%q: no event, want %s", tt.sentence, tt.typ)
			continue
		}
		if m.Type != tt.typ || m.Modality != tt.modality || tt.trigger != "" && m.Trigger.Text != tt.trigger {
			t.Errorf("%q: main event %s %q [%s], want %s %q [%s]", tt.sentence, m.Type, m.Modality, m.Trigger.Text, tt.typ, tt.modality, tt.trigger)
		}
		if tt.actor != "" && (m.Actor == nil || !strings.Contains(m.Actor.Text, tt.actor)) {
			t.Errorf("%q: actor %v, want it to contain %q", tt.sentence, m.Actor, tt.actor)
		}
		if tt.target != "" && (m.Target == nil || !strings.Contains(m.Target.Text, tt.target)) {
			t.Errorf("%q: target %v, want it to contain %q", tt.sentence, m.Target, tt.target)
		}
	}
}

func TestGovernedComplement(t *testing.T) {
	s := "The union threatened to strike next week."
	d := text.Analyze(s, "")
	ms := Mentions(d, &annalist.Record{Text: s})
	var strike *Mention
	for i := range ms {
		if ms[i].Type == "PROTEST" {
			strike = &ms[i]
		}
	}
	if strike == nil || strike.Modality != Future || !strike.Governed {
		t.Fatalf("strike in %q: %+v, want a governed future PROTEST", s, strike)
	}
}

func TestNotTriggers(t *testing.T) {
	for _, s := range []string{
		"Sign up now for the free newsletter.",
		"According to the report, the economy grew.",
		"The Peace Council and Human Rights Watch published a report.",
	} {
		if m := mainEvent(s); m != nil {
			t.Errorf("%q: event %s [%s], want none", s, m.Type, m.Trigger.Text)
		}
	}
}

// TestArguments builds the upstream facts by hand: entities, times, counts.
func TestArguments(t *testing.T) {
	body := "Riot police fired tear gas at protesters in Lagos on 3 May 2021, killing 4 people. The rally drew thousands."
	at := func(s string) annalist.Span {
		i := strings.Index(body, s)
		return annalist.Span{Start: i, End: i + len(s), Text: s}
	}
	r := &annalist.Record{Text: body, Focus: &annalist.Focus{Country: "NG"}}
	r.Entities = []annalist.Entity{{ID: "e1", Type: annalist.Location, Name: "Lagos", Mentions: []annalist.Span{at("Lagos")},
		Geo: &annalist.Geo{Kind: annalist.GeoCity, Country: "NG", Lat: 6.45, Lon: 3.39}}}
	sp := at("3 May 2021")
	r.Times = []annalist.Time{{Start: sp.Start, End: sp.End, Text: sp.Text, Type: annalist.Date, Value: "2021-05-03"}}
	sp = at("killing 4 people")
	r.Counts = []annalist.Count{{Start: sp.Start, End: sp.End, Text: sp.Text, Kind: "killed", Number: 4}}
	New().Extract(text.Analyze(body, ""), r)

	var repression, protest *annalist.Event
	for i := range r.Events {
		switch r.Events[i].Type {
		case "ASSAULT":
			repression = &r.Events[i]
		case "PROTEST":
			protest = &r.Events[i]
		}
	}
	if repression == nil {
		t.Fatalf("no ASSAULT in %+v", r.Events)
	}
	if repression.Fatalities != 4 || repression.Date != "2021-05-03" || repression.Place == nil ||
		repression.Place.Entity != "e1" || repression.Place.Country != "NG" {
		t.Errorf("ASSAULT = %+v, want 4 dead on 2021-05-03 in Lagos (e1, NG)", repression)
	}
	if repression.Actor == nil || !strings.Contains(repression.Actor.Text, "police") {
		t.Errorf("ASSAULT actor = %+v, want police", repression.Actor)
	}
	if protest == nil || protest.Date != "2021-05-03" || len(protest.Sentences) != 2 {
		t.Errorf("PROTEST = %+v, want one event on 2021-05-03 mentioned in both sentences", protest)
	}
}

func BenchmarkExtract(b *testing.B) {
	body := strings.Repeat("Thousands of workers protested against the new labour law on Monday, and police arrested 40 of them. "+
		"The government said it will not accept the union's demands, while the opposition threatened to boycott the vote.\n", 20)
	d := text.Analyze(body, "")
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		r := &annalist.Record{Text: body}
		New().Extract(d, r)
	}
}

// FuzzExtract checks that any text, with times and counts at arbitrary
// offsets, is read without panicking and yields spans inside the text.
func FuzzExtract(f *testing.F) {
	f.Add("Police arrested 40 students who protested against the law.", 0, 6)
	f.Add("They said they would not accept it, unless the army withdrew.", 5, 40)
	f.Add("lay down their arms\n\nto", 3, 3)
	f.Fuzz(func(t *testing.T, body string, a, b int) {
		n := len(body)
		if a < 0 || b < a || b > n {
			a, b = 0, 0
		}
		r := &annalist.Record{Text: body,
			Times:  []annalist.Time{{Start: a, End: b, Type: annalist.Date, Value: "2020-01-01"}},
			Counts: []annalist.Count{{Start: a, End: b, Kind: "killed", Number: 1}}}
		New().Extract(text.Analyze(body, ""), r)
		for _, e := range r.Events {
			if e.Trigger.Start < 0 || e.Trigger.End > n || e.Trigger.Text != body[e.Trigger.Start:e.Trigger.End] {
				t.Fatalf("trigger %+v outside or unlike the text %q", e.Trigger, body)
			}
			for _, a := range []*annalist.Arg{e.Actor, e.Target} {
				if a != nil && a.Text != body[a.Start:a.End] {
					t.Fatalf("argument %+v unlike the text %q", a, body)
				}
			}
		}
	})
}
