package event

import "testing"

// Readings of branch acled26 (issue 12, ACLED sub-event types on
// check27.txt's misses, by class), each on sentences written for it, not
// the snippets'.

// TestSubjectOfHandVerb: a no-event pattern of the CAMEO dictionary that
// puts a subject before a verb the hand lexicon has ("police * defuse *
// <cameo-weapon>") hides it no more than the pattern without the subject.
func TestSubjectOfHandVerb(t *testing.T) {
	wantACLED(t, "Police defused a bomb hidden under a bridge in Peshawar.", "Disrupted weapons use")
	wantACLED(t, "Soldiers defused a bomb hidden under a bridge in Peshawar.", "Disrupted weapons use")
}

// TestObjectAfterName: a bare verb form after "the" and a name is a verb
// when a count opens its object, as a determiner does; a count of time
// after a noun phrase does not.
func TestObjectAfterName(t *testing.T) {
	wantType(t, "Fighters of the Zanbara beat three traders at a checkpoint near Ndele.", "ASSAULT")
	wantType(t, "Fighters of the Zanbara beat several traders at a checkpoint near Ndele.", "ASSAULT")
}

// TestPartyTarget: violence on the opposition or a party (CAMEO OPP, PTY)
// is political whoever does it.
func TestPartyTarget(t *testing.T) {
	wantACLED(t, "Young men in party colours beat up three opposition activists outside a school in Ndele.", "Attack")
}

// TestAircraftHit: warplanes and drones that hit a place strike it from
// the air.
func TestAircraftHit(t *testing.T) {
	wantACLED(t, "Turkish drones hit a convoy of fuel trucks near Qamishli on Friday.", "Air/drone strike")
}

// TestCouncillor: a local councillor is an office holder, as a mayor is.
func TestCouncillor(t *testing.T) {
	wantACLED(t, "A municipal councillor was shot dead in front of his shop in Acapulco.", "Attack")
}

// TestGatherGrievance: people who gather or assemble beside a grievance
// demonstrate; who sit before a seat of power stage a sit-in; a gathering
// with no grievance is none.
func TestGatherGrievance(t *testing.T) {
	wantACLED(t, "Several hundred people gathered at a roundabout in Omdurman to denounce the military rulers.", "Peaceful protest")
	wantACLED(t, "Widows of soldiers sat outside the defence ministry in Kyiv for a second day.", "Peaceful protest")
	noEvent(t, "Hundreds of mourners gathered at the cemetery for the funeral of the poet.")
}

// TestPushBack: forcing a crowd back is repression; pushing back against
// a measure is objecting to it.
func TestPushBack(t *testing.T) {
	wantACLED(t, "Riot police pushed back hundreds of students marching on the presidency in Dakar.", "Protest with intervention")
	wantType(t, "Farmers' unions pushed back against the reform of land titles.", "DISAPPROVE")
}

// TestCoupWords: mutinies and a government dissolved by force are coups
// (ACLED's Other) when nobody fights.
func TestCoupWords(t *testing.T) {
	wantACLED(t, "Mutinous soldiers took over the national radio station in Ouagadougou on Sunday.", "Other")
}

// TestChemicalFired: chlorine or sarin fired or dropped is a chemical
// weapon used.
func TestChemicalFired(t *testing.T) {
	wantACLED(t, "Government helicopters dropped chlorine on the besieged district, rescue workers said.", "Chemical weapon")
}

// TestCurbQuantity: a curb on an economic quantity is a measure of the
// economy, no coercion.
func TestCurbQuantity(t *testing.T) {
	noEvent(t, "The central bank moved to curb inflation after the currency fell.")
}

// TestGatheringDispersed: a gathering of people that force meets is a
// crowd: force on it is force on protesters.
func TestGatheringDispersed(t *testing.T) {
	wantACLED(t, "Soldiers dispersed a gathering of displaced families with tear gas in Goma.", "Protest with intervention")
}

// TestCommunalClash: communities of faith that fight each other are
// rioters (ACLED's Mob violence).
func TestCommunalClash(t *testing.T) {
	wantACLED(t, "Sunni and Shia groups clashed outside a shrine in Parachinar, leaving five people hurt.", "Mob violence")
}

// TestAttributiveTaken: a place described as occupied or captured tells
// of no taking.
func TestAttributiveTaken(t *testing.T) {
	wantACLED(t, "Russian forces fired missiles at a fuel depot in occupied Melitopol.", "Shelling/artillery/missile attack")
	wantACLED(t, "Rebels captured the town of Kalehe after a day of fighting with the army.", "Non-state actor overtakes territory")
}

// TestHackedToDeath: "hacked" is a blade's as often as a computer's: no
// word of crime for gain.
func TestHackedToDeath(t *testing.T) {
	wantType(t, "A pastor was hacked to death by suspected herdsmen on his farm near Makurdi.", "ASSAULT")
	wantType(t, "A village elder was hacked to death in Kasai on Monday.", "ASSAULT")
}

// TestDemonymPlural: a country's people named by their plural are its
// people, not its state: a crowd of them demonstrates.
func TestDemonymPlural(t *testing.T) {
	wantACLED(t, "Thousands of Israelis marched in Jerusalem on Saturday against the judicial overhaul.", "Peaceful protest")
}

// TestBurnedAlive: people burned alive or to death are killed, not
// property destroyed; arson that kills by armed men is an attack.
func TestBurnedAlive(t *testing.T) {
	wantACLED(t, "Militiamen burned alive six villagers in a raid near Djugu.", "Attack")
	wantACLED(t, "Armed men set fire to houses in a village near Bangassou, killing two women.", "Attack")
}

// TestDetainedDemonstrators: people detained beside a demonstration they
// staged are a crowd held; not beside one only called for or charged.
func TestDetainedDemonstrators(t *testing.T) {
	wantACLED(t, "Police detained dozens of climate activists who had blocked a bridge in Oslo.", "Protest with intervention")
	wantACLED(t, "Soldiers detained nine opposition activists who had called for a boycott of the census.", "Arrests")
	wantACLED(t, "Police arrested an outspoken opposition lawyer in Lilongwe and accused him of inciting unrest.", "Arrests")
}

// TestStormAndAbduct: armed men who storm a place and take people away
// abduct them.
func TestStormAndAbduct(t *testing.T) {
	wantACLED(t, "Bandits stormed a boarding school in Zamfara and abducted dozens of pupils.", "Abduction/forced disappearance")
}

// TestCauseLeadsNot: what angered a crowd, or what armed men answered, is
// the cause; the act the report tells of leads.
func TestCauseLeadsNot(t *testing.T) {
	wantACLED(t, "Youths angered by the death of a taxi driver in police custody torched a police station in Bauchi.", "Violent demonstration")
}

// TestGroupOfPeople: a group or a count of people is its people: they
// attest a demonstration.
func TestGroupOfPeople(t *testing.T) {
	wantACLED(t, "A group of pensioners demonstrated outside the pension fund's offices in Maputo to demand unpaid benefits.", "Peaceful protest")
}

// TestStrikeLength: how long a strike lasts is no doer of it; people
// observe a strike as they stage one.
func TestStrikeLength(t *testing.T) {
	wantACLED(t, "Bakers in Kano observed a two-day strike to press for cheaper flour.", "Peaceful protest")
}

// TestStateEmployeesStrike: a state's employees who strike are
// protesters.
func TestStateEmployeesStrike(t *testing.T) {
	wantACLED(t, "Civil servants in Bangui began an indefinite strike on Monday over salary arrears.", "Peaceful protest")
}

// TestRetaliationCause: property destroyed in retaliation for a killing
// is the destruction the report tells of; the killing is its cause, and
// no death the arson caused.
func TestRetaliationCause(t *testing.T) {
	wantACLED(t, "Militiamen set fire to 30 market stalls in Bunia in retaliation for the killing of their commander by soldiers.", "Looting/property destruction")
}

// TestPeopleFought: people of no known kind whom armed men fight are a
// side (a clash), not a place stormed; a place of worship stormed where
// people were killed is an attack.
func TestPeopleFought(t *testing.T) {
	wantACLED(t, "Militants clashed with members of the Sahel Liberation Front near Menaka, leaving nine dead.", "Armed clash")
	wantACLED(t, "Gunmen stormed a mosque in Tillaberi and killed nine worshippers.", "Attack")
}

// TestRoadsideDevice: a roadside device is an explosive.
func TestRoadsideDevice(t *testing.T) {
	wantACLED(t, "Two soldiers died when a roadside device went off near Gao.", "Remote explosive/landmine/IED")
}

// TestProtestersArrested: police who arrest people who were protesting
// act on a protest, not on ordinary crime or a private case.
func TestProtestersArrested(t *testing.T) {
	wantACLED(t, "Police in Lilongwe arrested 12 hawkers who were protesting against their eviction from the bus depot.", "Protest with intervention")
}

// TestRefuseToWork: people who refuse to work strike; refusing to work
// with someone rejects them.
func TestRefuseToWork(t *testing.T) {
	wantACLED(t, "Street sweepers in Dakar refused to work for a second day over unpaid wages.", "Peaceful protest")
	wantType(t, "The party refused to work with the new coalition.", "REJECT")
}
