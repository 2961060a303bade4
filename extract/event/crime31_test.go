package event_test

import "testing"

// Readings for the law's work on ordinary crime (issue 12, branch crime31;
// extract/event/ACLED.md, crime31 round: crimeCase). Sentences written for
// these tests.

// TestLawTakesOrdinaryCrime: an arrest, a detention or a raid by the
// police or the courts, or by no one named, in a sentence of an ordinary
// crime ([charge] by lemma: "murders", "dealers", "smuggling") is police
// work; the same arrests on a political charge or of a political figure,
// or by soldiers hunting jihadists, stay.
func TestLawTakesOrdinaryCrime(t *testing.T) {
	mentionNone(t, []string{"COERCE", "ASSAULT", "FIGHT"},
		"Police arrested three men on suspicion of smuggling fuel into Benin.",
		"Officers detained two suspected drug dealers outside a school in Bristol.",
		"Two women were arrested for poaching elephants in Hwange.",
		"Detectives arrested a carer accused of poisoning an elderly patient.",
		"Police in Cali arrested a gang leader wanted for three murders.",
	)
	wantIn(t, "Police arrested three opposition activists on charges of sedition.", "COERCE")
	wantIn(t, "Soldiers detained dozens of men accused of helping jihadist fighters.", "COERCE")
	wantIn(t, "Police arrested the opposition leader on his way to a rally in Lusaka.", "COERCE")
}

// TestBorderGuardsTakeMigrants: border and customs guards ([lawforce])
// who catch people crossing without papers or smugglers do police work;
// migrants held at a protest are a protest's, and immigrants expelled a
// state's measure.
func TestBorderGuardsTakeMigrants(t *testing.T) {
	mentionNone(t, []string{"COERCE"},
		"Border guards detained 40 migrants who crossed illegally from Serbia.",
		"Customs officers arrested a lorry driver carrying contraband cigarettes.",
	)
	wantIn(t, "Police detained dozens of migrants who were protesting outside the interior ministry.", "COERCE")
	wantIn(t, "The authorities expelled thousands of illegal immigrants.", "COERCE")
}

// TestPoliceForceOnRobbers: the police's force on people named only by a
// crime's role, or a gunfight of the police with them, is no political
// violence (ACLED codes none between police and criminals); the police's
// shooting of protesters is, and so is a gunfight with gangs (organised
// armed groups, kinds.txt).
func TestPoliceForceOnRobbers(t *testing.T) {
	mentionNone(t, []string{"ASSAULT", "FIGHT"},
		"Police shot dead two armed robbers who had held up a petrol station in Accra.",
		"Three suspected bank robbers were killed in a gunfight with police in Kaduna.",
	)
	wantIn(t, "Police shot dead two protesters in Accra.", "ASSAULT")
	wantIn(t, "Police officers exchanged fire with gangs near the port of Cap-Haitien.", "FIGHT")
}
