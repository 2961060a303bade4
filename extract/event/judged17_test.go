package event

import "testing"

// Readings prompted by the false alarms of the second ECB+ sample
// (eval/testdata/judged-ecbplus2.tsv); every sentence here was written for
// this test.

// TestAllegedCrime: violence someone is accused, charged or convicted of,
// between parties of no political kind, is a case of crime; soldiers or a
// party of politics keep it an event.
func TestAllegedCrime(t *testing.T) {
	checkNone(t, []string{
		"A Fresno man accused of stabbing his landlord appeared in court on Tuesday.",
		"The woman charged with the Dayton shooting of two neighbours is due in court on Monday.",
		"Police say the teenager suspected of beating a shopkeeper with a bat lives in the next street.",
	})
	checkType(t, [][2]string{
		{"Soldiers accused of killing twelve villagers in Ituri appeared before a military court.", "ASSAULT"},
		{"Gunmen shot dead two farmers near Jos on Sunday, police said.", "ASSAULT"},
	})
}

// TestAmericanGames: the words of baseball and American football tell a
// sentence of sport, whose offers and gifts are the game's.
func TestAmericanGames(t *testing.T) {
	checkNone(t, []string{
		"The Mariners offered the veteran shortstop a four-year contract on Thursday.",
		"His late touchdown pass gave the Packers a 24-17 win over the Bears.",
		"The slugger agreed to a two-year deal with the Padres, the club said.",
	})
}

// TestSoftwareFix: a fix released is software, as a patch is.
func TestSoftwareFix(t *testing.T) {
	checkNone(t, []string{
		"Adobe released a temporary fix for the flaw in its PDF reader on Monday.",
		"Apple releases fix for iPhone alarm bug",
	})
	checkType(t, [][2]string{
		{"The kidnappers released two aid workers in Darfur on Friday.", "RETREAT"},
	})
}

// TestSelfInflicted: a killing the doer turns on himself is a suicide;
// a bomber who blew himself up among others attacked them.
func TestSelfInflicted(t *testing.T) {
	checkNone(t, []string{
		"A former bank director hanged himself in his cell in Porto on Sunday.",
		"The retired colonel shot himself at his farm near Tula, his family said.",
	})
	checkType(t, [][2]string{
		{"A suicide bomber blew himself up at a checkpoint in Mosul, killing six soldiers.", "ASSAULT"},
		{"The gunman shot four worshippers at the mosque before killing himself.", "ASSAULT"},
	})
}

// TestBaseFormAfterDeterminer: a verb-only trigger's base form after a
// determiner or a quantifier is a noun ("several phone tips"), whatever
// the tagger says; the verb stays.
func TestBaseFormAfterDeterminer(t *testing.T) {
	checkNone(t, []string{
		"Officers have followed up many phone leads since the robbery in Derby.",
	})
	checkType(t, [][2]string{
		{"The two presidents spoke by phone on Friday about the trade accord.", "CONSULT"},
	})
}
