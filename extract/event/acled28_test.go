package event

import "testing"

// Readings of branch acled28 (issue 12, ACLED sub-event types on
// check32.txt's misses, by class), each on sentences written for it, not
// the snippets'.

// TestCountBoundInGap: the words that bound a count ("at least", "up
// to", "more than") fill a lexicon phrase's gap as the number does.
func TestCountBoundInGap(t *testing.T) {
	wantACLED(t, "Militiamen hacked at least six villagers to death near Djugu on Friday.", "Attack")
	wantACLED(t, "Gunmen hacked more than ten farmers to death in Benue.", "Attack")
}

// TestWireVerbs: waylay (ambush), strafe (attack from low-flying aircraft)
// and "down their tools" (a strike with a possessive inside).
func TestWireVerbs(t *testing.T) {
	wantACLED(t, "Troops waylaid a convoy of jihadist fighters near Menaka, killing nine of the militants.", "Armed clash")
	wantACLED(t, "Military jets strafed rebel trenches outside Lashio overnight.", "Air/drone strike")
	wantACLED(t, "Dock workers in Mombasa downed their tools on Tuesday over unpaid allowances.", "Peaceful protest")
}

// TestPersonObjectVerbs: phrasal verbs whose sense turns on a person as
// object (<person>: WordNet's person nouns): "picked up a journalist", not
// "picked up the pace"; people carried off or marched away are abducted.
func TestPersonObjectVerbs(t *testing.T) {
	wantACLED(t, "Police picked up an opposition councillor at his home in Bulawayo on Monday.", "Arrests")
	wantACLED(t, "Bandits carried off the headmaster and two teachers from a school near Gusau.", "Abduction/forced disappearance")
	wantACLED(t, "Armed men marched the villagers into the bush near Kajuru.", "Abduction/forced disappearance")
	noEvent(t, "Growth picked up the pace in the second quarter, the statistics office said.")
}

// TestMenByDress: armed men named only by their dress are an unidentified
// armed group, so their raid is an attack and what they "pick up" is taken,
// not arrested (only the state arrests).
func TestMenByDress(t *testing.T) {
	wantACLED(t, "Men in uniform raided a camp for displaced people near Bunia, hacking four residents to death.", "Attack")
	wantACLED(t, "Men in plain clothes picked up a human rights lawyer outside a court in Dhaka.", "Abduction/forced disappearance")
}

// TestGraveInjuries: force that leaves protesters gravely hurt is
// excessive force, as lethal force is; a death the crowd marched over is
// its grievance, not its toll.
func TestGraveInjuries(t *testing.T) {
	wantACLED(t, "Police beat students at a sit-in in Dhaka with batons, leaving several seriously injured.", "Excessive force against protesters")
	wantACLED(t, "Police clubbed students at a sit-in in Dhaka with batons.", "Protest with intervention")
	wantACLED(t, "Traders protesting against the murder of a colleague in Onitsha were dispersed by police with tear gas.", "Protest with intervention")
}

// TestDrivenVehicleBomb: an attacker who drives a vehicle bomb into its
// target dies with it: a suicide bombing.
func TestDrivenVehicleBomb(t *testing.T) {
	wantACLED(t, "A militant drove an explosive-laden truck into a police compound in Bannu and detonated it, killing six officers.", "Suicide bomb")
}

// TestWingDissolved: an armed group that dissolves or disbands its armed
// wing changes its activity.
func TestWingDissolved(t *testing.T) {
	wantACLED(t, "The separatist movement announced that it had disbanded its armed wing.", "Change to group/activity")
}

// TestFarAgent: the agent of a passive after a time, a place and a
// "while" clause, and a group or a count of armed men coded as the men.
func TestFarAgent(t *testing.T) {
	wantACLED(t, "A health worker was shot on Tuesday while vaccinating children in a village near Bannu by a group of armed men.", "Attack")
}

// TestFiguresAndFestivities: a plan or a budget torched is a figure of
// speech; a crowd out to celebrate is no demonstration; a lorry whose
// brakes failed is an accident.
func TestFiguresAndFestivities(t *testing.T) {
	wantACLED(t, "Opposition MPs torched the government's reform proposal during a stormy session.", "none")
	wantACLED(t, "Thousands of supporters took to the streets of Lusaka to celebrate the club's promotion.", "none")
	wantACLED(t, "A bus ploughed into a queue of passengers at a terminal in Ibadan after its brakes failed, killing four.", "none")
	wantACLED(t, "Thousands took to the streets of Lusaka to denounce the election results.", "Peaceful protest")
}

// TestPronounTaken: armed men of no force who "take" someone named by a
// pronoun take a person (Abduction), not a place.
func TestPronounTaken(t *testing.T) {
	wantACLED(t, "A trade unionist vanished after men in uniform took him from a bus stop in Kinshasa.", "Abduction/forced disappearance")
}

// TestPassiveOfObjectPattern: a verb known only by its phrases with a
// person as object reads the passive's subject as that object, with a
// phrasal verb's particle ("was picked up by security agents", "was
// snatched by men"); only a force takes people so (flag f): parents who
// pick up children, a bus that picks up passengers, floodwaters that carry
// off a child take no one.
func TestPassiveOfObjectPattern(t *testing.T) {
	wantACLED(t, "An opposition senator was picked up by security agents outside his home in Lilongwe, his party said.", "Arrests")
	wantACLED(t, "Two nuns were snatched from their convent near Enugu by gunmen.", "Abduction/forced disappearance")
	noEvent(t, "The children were picked up by their parents at noon.")
	noEvent(t, "A bus picked up forty passengers at the border post.")
	noEvent(t, "Floodwaters carried off two children near Chikwawa.")
	// A present passive tells a standing state.
	noEvent(t, "Marines are stationed at the base on the island.")
}

// TestBomberOwnCharge: a bomber who sets off his own charge among people
// is a suicide bomber; a political figure detained is an arrest, though a
// demonstration he organised is named.
func TestBomberOwnCharge(t *testing.T) {
	wantACLED(t, "A bomber detonated his explosives at a checkpoint in Quetta, killing three policemen.", "Suicide bomb")
	wantACLED(t, "Police detained an opposition MP who had led last month's protests in Nairobi.", "Arrests")
}

// TestDescribedActors: an act inside another event's actor phrase says
// who the actors are ("widows of soldiers killed in the war"); what they
// did leads the report.
func TestDescribedActors(t *testing.T) {
	wantACLED(t, "Mothers of students abducted by gunmen in Kebbi blocked the highway on Monday to demand their release.", "Peaceful protest")
	wantACLED(t, "Widows of policemen killed by the insurgents held a vigil outside the interior ministry in Maiduguri.", "Peaceful protest")
}

// TestRecaptureNoun: the noun of recapturing names a place retaken, after
// "following" too when nothing else in the report is coded; "the armed
// forces" are a state's (kinds.txt over the Phoenix agents' UAF).
func TestRecaptureNoun(t *testing.T) {
	wantACLED(t, "Following the recapture of Damasak by the armed forces, traders reopened the market, residents said.", "Government regains territory")
}

// TestSecondProbeClasses: crowds that fill an avenue or a road beside a
// grievance; a passive participle joined by "and" with its agent after it
// ("was dragged ... and killed by a mob"); fighters who hand over or give
// up their weapons change their activity; a gathering broken up or
// dispersed in the passive is a crowd.
func TestSecondProbeClasses(t *testing.T) {
	wantACLED(t, "Thousands of farmers filled the main road into Lahore on Friday to demand higher wheat prices.", "Peaceful protest")
	wantACLED(t, "A suspected thief was pulled from a police van in Ikorodu and beaten to death by a mob.", "Mob violence")
	wantACLED(t, "Some 80 fighters of a Mai-Mai faction gave up their weapons to the army in Uvira, officials said.", "Change to group/activity")
	wantACLED(t, "The gathering outside the ministry was dispersed by riot police, who detained six activists.", "Protest with intervention")
}

// TestThirdProbeClasses: an assassination is an armed act whoever did it;
// an editor is a journalist (kinds.txt), whose arrest is political; the
// state's gunfire at a demonstration is force on it; a crowd that burns an
// electoral office turns on the state (a violent demonstration).
func TestThirdProbeClasses(t *testing.T) {
	wantACLED(t, "An opposition councillor was assassinated outside his home in Beira on Friday.", "Attack")
	wantACLED(t, "The editor of a weekly paper was arrested in Bujumbura on Monday, his colleagues said.", "Arrests")
	wantACLED(t, "A schoolboy died after being shot by soldiers during a demonstration against the curfew in Conakry.", "Excessive force against protesters")
	wantACLED(t, "Supporters of the losing candidate set fire to the electoral commission's office in Bukavu.", "Violent demonstration")
}

// TestTollFirst: casualties told first with no one doing it are the toll
// of the act in the "when" clause after them, which leads.
func TestTollFirst(t *testing.T) {
	wantACLED(t, "A soldier was killed and three wounded when insurgents attacked an army camp in Baramulla.", "Armed clash")
}

// TestParticipialSubject: the doer of an -ing clause after a comma is the
// subject of the main verb before it ("militiamen arrived ..., hacking
// eleven people to death").
func TestParticipialSubject(t *testing.T) {
	wantACLED(t, "Militiamen arrived in Kitshanga at night, hacking eleven people to death with machetes.", "Attack")
}
