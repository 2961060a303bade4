package event

import (
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/syntax"
	"github.com/annalist/annalist/text"
)

// Readings of issue 12's fourth recall round (branch recall4): classes of
// gold events that eval/testdata/recall-conll4.tsv showed missed, and of
// its false alarms, each tested on sentences written for it, not taken
// from the gold file's documents or any evaluation set.

// titledAll extracts body under headline title with the embedded parser
// and keeps the events of every modality (a planned lunch is future).
func titledAll(title, body string) []annalist.Event {
	d := text.Analyze(body, "2024-03-01")
	d.Parser = syntax.Lazy
	r := &annalist.Record{Title: title, Text: body, Published: "2024-03-01"}
	New().Extract(d, r)
	return r.Events
}

// A meal a host gives or invites guests to is a meeting (CONSULT, CAMEO
// 04): "invited X to lunch", "will hold lunches for X", when its host is
// of a political kind or a pronoun (lexicon flag h); a company's lunch for analysts or
// investors and a club's dinner for its players stay none.
func TestMealMeeting(t *testing.T) {
	for _, c := range [][2]string{
		{"invited 20 union leaders to lunch", "The governor has invited 20 union leaders to lunch next week."},
		{"invited 20 union leaders to lunch", "The president said on Monday he has invited 20 union leaders to lunch next week."},
		{"invited the tribal elders to a dinner", "He has invited the tribal elders to a dinner on Friday."},
		{"invited the tribal elders to a dinner", "The president invited the tribal elders to a dinner at his palace on Monday."},
		{"hold regular lunches", "The king will hold regular lunches in his palace for members of the country's minorities."},
	} {
		ok := false
		for _, e := range titledAll("", c[1]) {
			ok = ok || e.Type == "CONSULT" && e.Trigger.Text == c[0]
		}
		if !ok {
			t.Errorf("%q: no CONSULT on %q", c[1], c[0])
		}
	}
	for _, s := range []string{
		"The company invited analysts to lunch after the results.",
		"She had lunch with her sister in a cafe.",
		"The club will hold a dinner for its former players on Saturday.",
		"The bank held a lunch for investors in London.",
	} {
		for _, e := range titledAll("", s) {
			t.Errorf("%q: got %s [%s]", s, e.Type, e.Trigger.Text)
		}
	}
}

// A court's verdict on someone named by a political motive (apartheid, a
// genocide, a rebel cause) judges politics, though the charge is murder.
func TestMotiveVerdict(t *testing.T) {
	checkHasEvent(t, [][3]string{
		{"DISAPPROVE", "found guilty", "The apartheid killer was found guilty of murder on Monday."},
		{"DISAPPROVE", "convicted", "A former genocide planner was convicted of murder by the court."},
	})
	// A pronoun stands for the one its sentence names by the motive.
	n := 0
	for _, e := range titledAll("", "The apartheid killer was found guilty of murder on Tuesday, a day after he was convicted of two other murders.") {
		if e.Type == "DISAPPROVE" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("the apartheid killer's two verdicts: %d DISAPPROVE, want 2", n)
	}
	// A private wrong stays the courts' work on crime.
	noEvent(t, "A nurse was found guilty of murder on Monday.")
	noEvent(t, "A nurse was found guilty of murder on Tuesday, a day after she was convicted of fraud.")
}

// Neither confirming nor denying declines to comment: no REJECT.
func TestNeitherConfirmNorDeny(t *testing.T) {
	for _, s := range []string{
		"A bank spokesman would neither confirm nor deny that the bank was in talks.",
		"The ministry would neither confirm or deny reports of the raid.",
		"A spokesman for the port authority would neither confirm or deny whether the agency planned to raise its fees.",
		"The army would not confirm or deny whether troops were moving to the border.",
	} {
		for _, e := range titledAll("", s) {
			t.Errorf("%q: got %s [%s]", s, e.Type, e.Trigger.Text)
		}
	}
}

// In a story of sport the game's own officials and bodies ("a sporting
// judge", "the football federation's tribunal") act in the game: their
// rulings are no political event, though the dictionaries code a judge.
func TestSportOfficial(t *testing.T) {
	for _, s := range []string{
		"The club's 2-0 win is expected to be overturned by a sporting judge on Friday after it fielded a suspended player.",
		"The football federation's judge banned the goalkeeper for three matches.",
	} {
		for _, e := range titledAll("SOCCER - LEAGUE ROUNDUP", s) {
			t.Errorf("%q: got %s [%s]", s, e.Type, e.Trigger.Text)
		}
	}
}

// Sanctions or an embargo that the words before the noun make states'
// ("international sanctions", "a U.N. arms embargo") are SANCTION, though
// told in a story of sport as the reason a team could not travel; a sport
// body's sanctions on a club stay the game's.
func TestInterstateSanctionsInSport(t *testing.T) {
	for _, s := range []string{
		"The national side could not fly to the qualifier because of flight bans imposed under international sanctions.",
		"The team missed the match because of a U.N. arms embargo on the country.",
	} {
		ok := false
		for _, e := range titledAll("SOCCER - TEAM MISSES QUALIFIER", s) {
			ok = ok || e.Type == "SANCTION"
		}
		if !ok {
			t.Errorf("%q: no SANCTION", s)
		}
	}
	for _, e := range titledAll("SOCCER - CLUB FINED", "The league imposed sanctions on the club after its fans invaded the pitch.") {
		if e.Type == "SANCTION" {
			t.Errorf("a league's sanctions on a club: got %s [%s]", e.Type, e.Trigger.Text)
		}
	}
}

// Two acts of one type that their sentence sets a stretch of time apart ("a
// day after", "two weeks before") are two events, not one told twice.
func TestApartInTime(t *testing.T) {
	for _, s := range []string{
		"The rebel leader was found guilty of treason on Tuesday, a day after he was convicted of sedition.",
		"Police arrested the opposition leader on Tuesday, two weeks after they detained his deputy.",
	} {
		n := 0
		for _, e := range titledAll("", s) {
			if e.Type == "DISAPPROVE" || e.Type == "COERCE" {
				n++
			}
		}
		if n != 2 {
			t.Errorf("%q: %d events of the type, want 2", s, n)
		}
	}
}
