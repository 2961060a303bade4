package event

import "testing"

// Readings of branch fa24 (issue 12, false alarms on check24.txt's
// classes), each on sentences written for it, not the snippets'.

// TestSportPlayers: strikers in a sentence of sport are players; on a
// picket line they are people on strike.
func TestSportPlayers(t *testing.T) {
	noEvent(t, "Their strikers bombarded the visitors' goal all afternoon, but the goalkeeper saved everything.")
	wantType(t, "Strikers blocked the gates of the car plant in Pune for a third day.", "PROTEST")
}

// TestBoutsOfIllness: bouts of an illness are "attacks" by no one.
func TestBoutsOfIllness(t *testing.T) {
	noEvent(t, "Asthma attacks among the elderly doubled during the smog, doctors said.")
	wantType(t, "Militants attacked a police post in Kunar, killing two officers.", "ASSAULT")
}

// TestCriminalsDemand: what fraudsters and hackers demand is crime for
// gain; what protesters demand is a demand.
func TestCriminalsDemand(t *testing.T) {
	noEvent(t, "Scammers demanded payment in gift cards from elderly victims, police said.")
	wantType(t, "Protesters demanded the release of the jailed opposition leader.", "DEMAND")
}

// TestWroteAbout: a trigger noun that someone wrote or sang about is a
// topic.
func TestWroteAbout(t *testing.T) {
	noEvent(t, "The journalist, who wrote about the siege of Sarajevo, received a lifetime award.")
}

// TestNaturalDeath: "died ... aged 88" is an obituary's death; dying in
// clashes is fighting.
func TestNaturalDeath(t *testing.T) {
	noEvent(t, "The former minister died at his home in Lahore aged 79.")
	wantType(t, "Three soldiers died in clashes with rebels near Beni.", "FIGHT")
}

// TestInspectorGeneral: an inspector general is an office, no inspection.
func TestInspectorGeneral(t *testing.T) {
	noEvent(t, "The inspector general of police opened a new station in Kisumu.")
	wantType(t, "The agency said its inspectors would inspect the nuclear plant next week.", "INVESTIGATE")
}

// TestCharityDrive: a charity's appeal is its drive; an organisation of
// public life that appeals makes a demand.
func TestCharityDrive(t *testing.T) {
	noEvent(t, "Donations poured in after the charity appealed for toys for sick children.")
	wantType(t, "The charity appealed to the government to release two detained aid workers.", "DEMAND")
}

// TestScreenFinale: "in the season finale," frames a plot.
func TestScreenFinale(t *testing.T) {
	noEvent(t, "In the season finale, soldiers storm the castle and kill the king.")
}

// TestColumnistSpeaker: a columnist's argument is opinion; an opposition
// leader's is a demand.
func TestColumnistSpeaker(t *testing.T) {
	noEvent(t, "The army must withdraw from the cities, the columnist wrote.")
	wantType(t, "The army must withdraw from the cities, the opposition leader said.", "DEMAND")
}

// TestAnimalBirth: what is done to the birth of animals is no politics.
func TestAnimalBirth(t *testing.T) {
	noEvent(t, "The mayor praised the birth of three tiger cubs at the city zoo.")
}
