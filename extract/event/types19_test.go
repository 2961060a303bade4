package event

import "testing"

// Readings of issue 12's sixteenth round (branch types19), each tested on
// sentences written for it, not taken from testdata/plover/check22.txt or
// any evaluation set.

// A decision that a light verb takes or announces is the act, as
// "decided to" is: its infinitive is no clause under the noun, and it
// outranks a participle clause after it.
func TestDecisionToAct(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"COERCE", "The cabinet took the decision to shut down the private television channel Canal Libre on Monday, accusing it of inciting hatred."},
	})
}

// A noun of an act that WordNet derives from a verb takes the verb's
// object phrases in its "of" phrase (data/nominal.txt): the expulsion of
// traders is a deportation, the withdrawal of monitors a reduction of
// relations, where the nouns' own entries say otherwise.
func TestNominalisedObjectPhrase(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"COERCE", "The expulsion of some 200 Nigerian traders from the market town was ordered by the district commissioner on Monday, traders' leaders said."},
		{"SANCTION", "The withdrawal of the European monitors from the border crossing was announced in Brussels on Tuesday after two of them were wounded."},
	})
}

// Stripping someone of a licence, a citizenship or immunity is an
// administrative restriction (CAMEO 172), whatever stands between.
func TestStripOf(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"COERCE", "The electoral commission stripped the veteran opposition deputy Ivan Petrov of his parliamentary immunity on Wednesday."},
	})
}

// A passive subject named by its compound takes a phrasal verb's object
// phrase: utilities cut off are withheld from people (COERCE), not trade
// stopped with a state.
func TestPassivePhrasalCompound(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"COERCE", "Electricity and telephone services to the besieged northern suburbs were cut off by security forces on Sunday, residents said."},
	})
}

// Staff pulled out (an embassy's, an agency's) is a withdrawal of a
// mission (CAMEO 166), as diplomats are; troops pulled out retreat.
func TestStaffWithdrawn(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"SANCTION", "The Red Cross pulled its foreign staff out of the northern region on Friday after one of its convoys was ambushed."},
		{"RETREAT", "The army pulled its troops out of the northern region on Friday."},
	})
}

// An army put on a war footing is readied (CAMEO 15).
func TestWarFooting(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"MOBILIZE", "The junta placed the armed forces on a war footing on Monday after a border incident."},
	})
}

// Armed forces moving from a place toward another deploy (CAMEO 15); a
// ferry does not.
func TestMoveFromToward(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"MOBILIZE", "Two destroyers of the Iranian navy steamed from Bandar Abbas toward the Gulf of Aden on Tuesday, state television said."},
		{"NONE", "The ferry sailed from Dover toward Calais on Tuesday morning."},
	})
}

// Training armed forces is military aid (CAMEO 072) whatever the
// determiner; training its own stays a show of force.
func TestTrainForces(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"AID", "American special forces are training Malian army units in counter-insurgency tactics, the Pentagon said."},
		{"MOBILIZE", "The militia trained its own fighters in the hills for months, residents said."},
	})
}

// Handing someone something material is giving it (CAMEO 07).
func TestHandMaterial(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"AID", "Kuwait handed the Lebanese government $20 million on Sunday for the reconstruction of the southern villages."},
	})
}

// A collective before its "of" ("a team of", "a group of") counts what
// the phrase's noun names and fills a gap without using it up.
func TestCollectiveInGap(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"RETREAT", "The government admitted a team of African Union human rights monitors into the country on Thursday."},
	})
}

// A ceasefire or a custom that takes hold seizes nothing (CAMEO's "take").
func TestTakeHold(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"RETREAT", "Calm took hold in the capital on Sunday after the army withdrew from the streets."},
		{"NONE", "A fragile calm took hold in the border district on Tuesday, the police chief said."},
	})
}

// Talks, a deal or a truce that collapse make no disaster of the sentence:
// its acts stay political.
func TestTalksCollapse(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"MOBILIZE", "The junta put the armed forces on a war footing on Monday as talks on the disputed islands collapsed."},
	})
}

// A number of years, months or days after a giving verb is a term, no
// amount given: a sentence handed down is no aid.
func TestTermNoMaterial(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"NONE", "A Nairobi magistrate handed the former port manager eight years in jail on Thursday for embezzlement."},
	})
}

// A sentence that opens with a noun the tagger reads as a bare verb,
// before a finite "be" or "have" ("Aid to the country was suspended"), is
// no imperative: its events stand.
func TestOpeningNounBeforeFinite(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"SANCTION", "Aid to the northern provinces was suspended by the donors on Friday after the massacre."},
	})
}

// A verb that is a trigger only with its object reads its passive subject
// as the object: "flights were halted" (halt * <trade>).
func TestPassiveObjectOnlyVerb(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"SANCTION", "Exports of oil to the island were halted by Venezuela on Thursday, the energy ministry said."},
	})
}

// An "-ing" form is the verb's, no lemma of a noun idiom: "the storming
// of" is an assault on a place, no "storm of" protest.
func TestGerundNoNounIdiom(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"FIGHT", "The storming of the rebel stronghold by government troops left dozens dead, the army said."},
	})
}

// The call-up of reservists, the recall of an envoy.
func TestCallUpRecall(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"MOBILIZE", "The call-up of 15,000 reservists was announced by the defence ministry on Tuesday."},
		{"SANCTION", "The recall of the Dutch ambassador from Ankara was announced on Friday amid a row over a rally."},
	})
}

// An act ordered through a light verb's noun ("ordered the imposition of
// a curfew", "the declaration of a state of emergency was ordered") is
// the act.
func TestOrderedLightNominal(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"COERCE", "The governor ordered the imposition of a dusk-to-dawn curfew on the port city on Saturday."},
		{"COERCE", "The imposition of a curfew on the three districts was ordered by the military commander on Friday."},
	})
}

// A state's naval force attacking a ship fights (CAMEO 190): a vessel is
// no civilian, whoever owns it.
func TestNavalAttackOnShip(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"FIGHT", "Iraqi gunboats attacked a Greek-owned freighter off the Kuwaiti coast on Monday, Lloyd's said."},
	})
}

// A military presence stepped up or increased is a deployment (CAMEO 15).
func TestMilitaryPresenceIncreased(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"MOBILIZE", "Turkey has stepped up its military presence along the Iraqi border after a series of rebel raids, officials said."},
	})
}

// Mediation abandoned or suspended is a withdrawal from it (CAMEO 166).
func TestMediationAbandoned(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"SANCTION", "Algerian envoys abandoned their mediation between the warring clans on Sunday as the shelling of the port went on."},
	})
}

// Hackers' attacks and break-ins are cyber attacks (CAMEO 176, COERCE),
// no combat.
func TestHackers(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"COERCE", "Hackers linked to the Iranian government broke into the computer systems of two Saudi ministries last week, investigators said."},
	})
}

// Armed forces preparing to attack, as a trailing attribution reports it,
// show force (CAMEO 15); a preparation they state is a threat.
func TestPreparingReported(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"MOBILIZE", "Government troops were preparing to launch a new assault on the rebel enclave, military sources said."},
	})
}

// Treating the wounded is humanitarian aid (CAMEO 073).
func TestTreatWounded(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"AID", "Jordanian army doctors treated dozens of wounded Syrians at a field hospital near the border, a spokesman said."},
	})
}

// Blocking a loan or aid to a state, denying landing rights: reductions of
// economic relations (CAMEO 163, 164), no obstruction by a crowd.
func TestBlockLoanLandingRights(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"SANCTION", "Britain blocked a European Union loan of 200 million euros to Belarus on Monday, diplomats said."},
		{"SANCTION", "Canada denied landing rights to the state airline of Iran on Friday."},
	})
}

// A truce that takes hold or comes into force is observed (CAMEO 0871,
// RETREAT ceasefire), no agreement reached; a law that takes effect
// seizes nothing.
func TestTruceInForce(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"RETREAT", "A truce between the army and the tribal fighters took hold on Wednesday, local officials said."},
		{"RETREAT", "A ceasefire brokered by Qatar came into force at midnight on Sunday."},
		{"NONE", "The new press law took effect on Monday."},
	})
}
