package event_test

import "testing"

// Readings for the false alarms left on web pages (issue 12, branch fa27;
// extract/event/ACLED.md, fa27 round). Sentences written for these tests.

// TestAdviceToPublic: a warning or an appeal to the public at large, or by
// no armed party to the people of a place, is advice; rebels who warn
// residents and police who warn protesters threaten.
func TestAdviceToPublic(t *testing.T) {
	noneIn(t, []string{"THREATEN", "DEMAND"},
		"Forecasters warned hikers to stay off the mountain ridge.",
		"The water board urged residents to boil tap water until Friday.",
		"Doctors warned parents not to let toddlers near the pond.",
	)
	wantIn(t, "Rebels warned residents to leave the town or face attack.", "THREATEN")
	wantIn(t, "Police warned protesters to disperse.", "THREATEN")
}

// TestIntransitiveHarm: a thing or a place that "bombs" or "is burning"
// with nothing bombed or burned is a flop or a figure of speech; warplanes
// bomb a town and protesters burn tyres.
func TestIntransitiveHarm(t *testing.T) {
	noneIn(t, []string{"ASSAULT", "COERCE", "FIGHT"},
		"The film flopped and the album bombed.",
		"Paris is burning with excitement.",
	)
	wantIn(t, "Warplanes bombed the town.", "FIGHT")
	wantIn(t, "Protesters burned tyres in Nairobi.", "PROTEST")
}

// TestPoliceInquiry: violence the police investigate, with no party of a
// political kind, no party word and no word of arms or motive, is
// ordinary crime; the killing of an opposition activist and soldiers who
// burn homes stay, whoever investigates.
func TestPoliceInquiry(t *testing.T) {
	noneIn(t, []string{"ASSAULT", "COERCE"},
		"Police are investigating after a shed was set on fire in Wigan.",
		"Detectives opened a murder inquiry after a man was found dead in a canal.",
	)
	wantIn(t, "Police are investigating the killing of an opposition activist in Harare.", "ASSAULT")
	wantIn(t, "Police are investigating after soldiers burned homes in the village.", "COERCE")
}

// TestGameResult: a game's words with no score line (a tiebreak, overtime,
// a trophy, a tournament's name) make a "crushed" or "defeated" sport;
// troops who crush rebels, and decorated soldiers who attack a village,
// stay.
func TestGameResult(t *testing.T) {
	noneIn(t, []string{"FIGHT", "ASSAULT"},
		"Nadal crushed his Italian opponent in a tiebreak.",
		"The French cyclist crushed his rivals to take the trophy.",
		"The Polish teenager destroyed her Russian opponent at Wimbledon.",
	)
	wantIn(t, "Government troops crushed the rebels in overtime fighting.", "FIGHT")
	wantIn(t, "Soldiers who won a medal for bravery attacked a village in Darfur.", "ASSAULT")
}
