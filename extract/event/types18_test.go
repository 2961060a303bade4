package event

import "testing"

// Readings of issue 12's fourteenth round (branch types18), each tested on
// sentences written for it, not taken from testdata/plover/check21.txt or
// any evaluation set.

// Of two verbs of one clause, a hand trigger is the event before a bare
// verb of the compiled CAMEO dictionary, whose senses are broad (CAMEO's
// "break" is DESTROY, a battle).
func TestHandVerbBeforeCAMEOVerb(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"ASSAULT", "Bandits broke into a village school at night and kidnapped 30 pupils, a police spokesman said."},
	})
}

// What a giving verb delivers is material when it is a weapon system, a
// battery or shells, or a shipment or batch of anything.
func TestDeliveredMaterial(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"AID", "France delivered a new batch of air defence systems to Moldova on Monday, the French defence ministry said, amid a wave of drone strikes on power stations."},
		{"AID", "Washington delivered a shipment of howitzer shells to Kyiv on Friday."},
	})
}

// An "-ed" form between a number or a determiner and a noun modifies the
// noun, whatever the tagger says: no finite verb that a phrase's gap may
// not span ("handed over 12 captured soldiers": hand over * <captive>).
func TestAttributiveParticipleInGap(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"RETREAT", "The militia handed over 12 captured soldiers to tribal elders on Friday, a local official said."},
	})
}

// A force's own exercise named by its service or weapon is a show of force
// (MOBILIZE); a joint one stays cooperation.
func TestForceExercise(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"MOBILIZE", "The North Korean army held artillery drills near the border on Wednesday, state media reported."},
		{"MOBILIZE", "The Greek navy staged naval exercises off Crete on Tuesday."},
		{"COOPERATE", "Russian and Chinese warships began joint naval drills in the Sea of Japan on Friday."},
	})
}

// A word of disaster that is also a trigger and reads as the act ("the
// seizure of a trawler") is no illness that makes the sentence a disaster's.
func TestSeizureOfNoFit(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"MOBILIZE", "The coast guard put its patrol boats on high alert in the strait on Sunday, two days after the seizure of a trawler."},
	})
}

// A day after the object fills a phrase's gap without using it up, as a
// day inside a phrasal verb does.
func TestDayInGap(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"INVESTIGATE", "Detectives questioned the former mayor on Tuesday about payments to a building contractor, his lawyer said."},
	})
}

// Revoking a licence, an accreditation or a passport is an administrative
// sanction (COERCE); revoking a measure a concession.
func TestRevokeLicence(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"COERCE", "The media authority revoked the licence of an opposition radio station on Wednesday, citing unpaid fees."},
		{"COERCE", "The interior ministry revoked the accreditation of two foreign correspondents on Friday."},
		{"CONCEDE", "The government revoked the decree on fuel prices on Monday."},
	})
}

// Whoever a participle of capture qualifies is a captive ("handed over
// the kidnapped engineers": hand over * <captive>, a release).
func TestCaptiveParticiple(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"RETREAT", "The militia handed over the kidnapped engineers to tribal elders on Sunday."},
	})
}

// A light verb governs no noun across another verb: "began investigating
// the massacre" is an inquiry, no massacre begun.
func TestLightVerbAcrossVerb(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"INVESTIGATE", "A U.N. commission began investigating the massacre of civilians in the eastern province."},
		{"PROTEST", "Thousands of workers began a strike on Monday."},
	})
}

// A plural possessive fills a phrase's gap as "'s" does: "agreed to the
// strikers' demand" accedes to it (CAMEO 083).
func TestPluralPossessiveInGap(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"CONCEDE", "The government agreed to the strikers' demand for a 20 percent pay rise."},
	})
}

// Slitting or cutting throats is killing (CAMEO 1823).
func TestSlitThroats(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"ASSAULT", "Armed men slit the throats of nine farmers in a village south of the capital overnight, security sources said."},
	})
}

// The time a questioning took ("for six hours") fills a phrase's gap
// without using it up, as a day does.
func TestDurationInGap(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"INVESTIGATE", "Magistrates questioned the former interior minister for five hours about secret payments, his lawyer said."},
	})
}

// An economic or trade blockade is an embargo (SANCTION), a naval one a
// use of force; a closure on a territory is lifted as a blockade is.
func TestBlockadeKinds(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"SANCTION", "The neighbouring states imposed an economic blockade on the country after the coup."},
		{"FIGHT", "The navy imposed a blockade on the rebel-held port."},
		{"RETREAT", "The army lifted on Friday a week-long closure on the occupied territories, officials said."},
	})
}

// A name's word is no rallying verb: "the United Nations" unites no one
// against anybody, so a request to it stays a request.
func TestUnitedNationsNoRally(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"DEMAND", "Bosnia asked the United Nations for air strikes against Serb artillery around the enclave."},
		{"DISAPPROVE", "The president called on Africans to unite against the rebels."},
	})
}

// Troops sent to help or assist others are military aid (CAMEO 072, 074),
// as troops sent to protect them are; troops sent to a border mobilise.
func TestTroopsSentToHelp(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"AID", "Ghana sent 800 troops to Sierra Leone to help the regional force restore order."},
		{"MOBILIZE", "Ghana sent 800 troops to its northern border after the clashes."},
	})
}

// An act ordered by name in the passive is that act, as in the active
// ("an inquiry was ordered into", "the arrest of the mayor was ordered").
func TestPassiveOrderedAct(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"INVESTIGATE", "An inquiry was ordered on Friday into the deaths of three inmates at the prison."},
		{"COERCE", "The arrest of the former governor was ordered by the prosecutor on Monday."},
	})
}

// Aircraft or artillery striking in a sentence that names a suicide
// bombing strike back: their attack stays FIGHT; the bomber's is ASSAULT.
func TestRetaliationForSuicideBombing(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"FIGHT", "Israeli planes bombarded militia headquarters in the city in retaliation for the suicide bombing."},
		{"ASSAULT", "A suicide bomber attacked an army post near the border on Monday, killing four soldiers."},
	})
}

// Held "without charge" is detention, no accusation.
func TestWithoutCharge(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"COERCE", "Police held dozens of suspected militants without charge in a sweep after the bombing."},
	})
}

// Reducing contacts or the level of relations, stopping deliveries to a
// state: reductions of relations (CAMEO 161, 163).
func TestReducedContactsAndDeliveries(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"SANCTION", "The bloc decided to reduce the level of its diplomatic contacts with the government over the jailing of dissidents."},
		{"SANCTION", "Moscow stopped gas deliveries to its neighbour on Sunday in a dispute over prices."},
	})
}

// Police or troops stopping a march repress it (COERCE); its organisers
// calling it off concede.
func TestPoliceStoppedMarch(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"COERCE", "Riot police stopped a march by opposition supporters from reaching the palace on Saturday."},
		{"CONCEDE", "The union called off the march planned for Saturday."},
	})
}

// Investigators let into a region are observers admitted (CAMEO 086,
// RETREAT); armed forces ordered to a place are sent there (MOBILIZE);
// goods and clothing given are material.
func TestInvestigatorsTroopsGoods(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"RETREAT", "The government let a team of U.N. investigators into the region on Sunday after months of refusals."},
		{"MOBILIZE", "The president ordered troops to the border on Sunday, accusing the neighbour of preparing an attack."},
		{"DEMAND", "The president ordered troops to withdraw from the capital."},
		{"AID", "Saudi Arabia sent winter clothing to the refugees in the northern camps."},
	})
}

// People who occupy a place to protest are protesting (CAMEO 14), not
// conquering it; armed men who do so fight.
func TestOccupiedToProtest(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"PROTEST", "Hundreds of Kurds occupied the Greek embassy in Vienna to protest the arrest of their leader."},
		{"FIGHT", "Rebels occupied the town on Monday to press their demand for autonomy."},
	})
}

// Dispatching something material is giving it, as delivering it is.
func TestDispatchedAid(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"AID", "The ministry said it had dispatched 15 tonnes of medicines and two field hospitals to the flooded province."},
	})
}
