package event

import "testing"

// Readings for the false alarms of sport, ordinary crime and a state's own
// acts judged on 1996 Reuters world news (issue 12, branch fa33;
// eval/testdata/judged-conll33.tsv; extract/event/ACLED.md). Every
// sentence here was written for these tests.

// noneOfTitled fails t if body under headline title reports an event of
// one of types.
func noneOfTitled(t *testing.T, types []string, title, body string) {
	t.Helper()
	for _, e := range titledEvents(title, body) {
		for _, ty := range types {
			if e.Type == ty {
				t.Errorf("%q / %q: got %s %q, want none of %v", title, body, e.Type, e.Trigger.Text, types)
			}
		}
	}
}

// wantTitled fails t unless body under headline title reports an event of
// type want.
func wantTitled(t *testing.T, want, title, body string) {
	t.Helper()
	evs := titledEvents(title, body)
	if !hasType(evs, want) {
		t.Errorf("%q / %q: got %v, want a %s", title, body, typesOf(evs), want)
	}
}

// TestSportOfTwoWords: a headline naming a sport of two words ("MOTOR
// RACING", "grand prix") makes a sport story as one word does; armed
// violence there is still violence.
func TestSportOfTwoWords(t *testing.T) {
	noneOfTitled(t, []string{"REJECT"}, "MOTOR RACING - DUTCH GRAND PRIX RESULT.", "Did not start (failed to complete one lap):")
	noneOfTitled(t, []string{"CONSULT"}, "MOTOR RACING - ITALIAN GRAND PRIX PRACTICE TIMES.",
		"Leading times after Saturday's opening practice sessions for Sunday's Italian Grand Prix motor race:")
	wantTitled(t, "ASSAULT", "MOTOR RACING - Rally goes on under guard", "Gunmen attacked the team bus on the road from the airport, killing a driver.")
}

// TestSportPlayerRoles: in a sport story, an argument named by a player's
// role ("defenders", "strikers", "captain") is a team's, though the
// dictionaries read strikers on strike and captains as officers; the
// police taking a captain act.
func TestSportPlayerRoles(t *testing.T) {
	noneOfTitled(t, []string{"ASSAULT"}, "SOCCER - PSV HELD AT HOME.",
		"PSV, without injured defenders Erik Bos and Kees Lam and strikers Ruud Vink and Tom Dekker, pressed forward after the break.")
	noneOfTitled(t, []string{"REJECT"}, "CRICKET - YOUNG SEAMER SHINES ON DEBUT.",
		"His father began his test career in 1981 by dismissing Indian captain Sunil Rao with a yorker.")
	wantTitled(t, "COERCE", "SOCCER - Coach quits", "Police detained the team captain and two strikers at the airport.")
}

// TestCrimeHeadline: a story whose headline names an ordinary crime or its
// doers is one of crime though its sentences name the crime no more: the
// police's arrests and orders there are police work. A political word in
// the headline or the story keeps the arrest.
func TestCrimeHeadline(t *testing.T) {
	noneOfTitled(t, []string{"COERCE"}, "Kenyan police catch ivory smugglers.",
		"NAIROBI 1996-08-29 - Kenyan police have arrested six men who were trying to sell two tonnes of tusks, the Daily Nation said on Thursday.")
	noneOfTitled(t, []string{"DEMAND"}, "Texas deputy posing as beggar nabs robbers.",
		"Deputy Sam Ortiz, dressed in rags, ordered the men to lie face down on the pavement.")
	noneOfTitled(t, []string{"AGREE", "CONSULT"}, "Police hunt suspects in Miami jewel theft.",
		"\"We want to talk to him,\" Ray Diaz said of the man.")
	noneOfTitled(t, []string{"RETREAT"}, "Egypt police catch manuscript thieves.",
		"The newspaper said the manuscript had been relinquished to the Islamic Museum in Cairo.")
	wantTitled(t, "COERCE", "Opposition leader held over smuggling.", "Police arrested the opposition leader in Nairobi on Thursday.")
	wantTitled(t, "COERCE", "Police catch car thieves.", "Police also arrested six opposition activists at a rally in the capital.")
}

// TestOwnMeasure: a government's pledge, grant or support done to no party
// in a sentence of its budget, decrees or reforms is its own act; a pledge
// to another party stays, and so does aid to another country.
func TestOwnMeasure(t *testing.T) {
	for _, s := range []string{
		"In its budget announced on Tuesday, the Canadian government pledged to return the budget to surplus by 1999.",
		"The minister promised a major overhaul of the provincial police next month.",
		"Police reform is an ongoing task, Jorge Alvarez said, promising a major overhaul of the provincial police next month.",
		"The Spanish cabinet on Friday granted a reprieve to the country's largest bank with a decree extending the current rules until March.",
		"The Commission said there had been no progress in the dispute with France over state aid to Renault.",
	} {
		noneOfTitled(t, []string{"AGREE", "AID", "SUPPORT"}, "", s)
	}
	wantTitled(t, "AGREE", "", "The government pledged in its budget speech to hold talks with the rebels.")
	wantTitled(t, "AGREE", "", "The minister promised the unions a reform of pensions.")
	wantTitled(t, "AGREE", "", "The labour minister pledged to scrap the new payroll tax, striking dockers said after the talks.")
	wantTitled(t, "AGREE", "", "The two parties struck a deal on the budget.")
}

// TestFailedToDo: "fail" to do something that is no demand's or
// obligation's reports it not done; failing to comply or to withdraw
// rejects.
func TestFailedToDo(t *testing.T) {
	noneOfTitled(t, []string{"REJECT"}, "", "The Latvian parliament failed for a second time to elect a new president on Monday.")
	noneOfTitled(t, []string{"REJECT"}, "", "The Latvian parliament failed for a third and final time to elect a new president on Monday.")
	wantTitled(t, "REJECT", "", "The militia failed to withdraw from the town by the deadline set by the United Nations.")
	wantTitled(t, "REJECT", "", "Egypt failed to comply with the resolution.")
}
