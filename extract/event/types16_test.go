package event

import "testing"

// Readings of issue 12's eleventh round (branch types16), each tested on
// sentences written for it, not taken from testdata/plover/check18.txt.

// An "-ing" trigger between a determiner (or the sentence's start) and its
// noun describes the party ("Striking nurses", "the protesting students"),
// as an agent noun does: the clause's verb is the event.
func TestIngAttributive(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"CONSULT", "Striking nurses met health ministry officials on Thursday to discuss their pay claim."},
		{"AGREE", "Striking dockers voted on Monday to accept the employers' improved pay offer, union officials said."},
		{"FIGHT", "Troops were attacking rebel positions near the border on Monday, a spokesman said."},
	})
}

// An ultimatum with a date ("gave the rebels until Friday to") or an
// alternative ("register by June or face fines") is a threat (CAMEO 139).
func TestUltimatumUntil(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"THREATEN", "The army gave the rebels until Friday to surrender their weapons."},
		{"THREATEN", "Landlords were told to register their properties by June or face heavy fines, the housing ministry said on Monday."},
		// An "-ed" form after a noun in a long object modifies it.
		{"THREATEN", "The police gave the protesters camped outside parliament 48 hours to leave the square."},
		{"THREATEN", "Troops gave the fighters trapped in the old quarter two days to lay down their arms, a commander said."},
	})
}

// The dissolution of a party or a parliament is the noun of "dissolve"
// (COERCE ban, CAMEO 1722), so an order of it is the act.
func TestDissolution(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"COERCE", "The sultan ordered the dissolution of parliament on Tuesday after a row over the budget."},
		{"COERCE", "The constitutional court on Friday ordered the dissolution of the Islamist party for anti-secular activities."},
	})
}

// Money deposited in another state's central bank is economic aid (CAMEO
// 071); CAMEO's "deposit" is a synonym of lodging and codes nothing.
func TestCentralBankDeposit(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"AID", "The United Arab Emirates has deposited 1 billion dollars in Egypt's central bank, Egyptian officials said on Sunday."},
		{"AID", "Qatar deposited 3 billion dollars with the central bank of Turkey on Sunday."},
		{"NONE", "Savers deposited more money in banks last month, the central bank said."},
	})
}

// A verb in the "that" clause of a noun of [content] ("allegations that
// police beat detainees") says what is alleged: it counts a clause deeper,
// with what hangs on it, however the parse attached it.
func TestContentClause(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"INVESTIGATE", "The justice ministry said on Monday it had appointed a judge to examine allegations that prison guards beat inmates during a riot in March."},
		{"INVESTIGATE", "The interior ministry said on Thursday it had formed a committee to examine allegations that police officers beat students during last week's protests in the north."},
	})
}

// Gathering or collecting evidence is investigating (CAMEO 09, as
// CAMEO's "gather * data").
func TestGatherEvidence(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"INVESTIGATE", "Forensic teams collected evidence at the site of the massacre on Wednesday."},
		{"INVESTIGATE", "UN experts were gathering evidence on the bombing of the market, a spokesman said on Friday."},
	})
}

// Withdrawing a planned increase, tax or measure yields (CAMEO 08), as
// withdrawing a bill or a plan does; forces withdrawing stay RETREAT.
func TestWithdrawMeasure(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"CONCEDE", "The finance ministry withdrew the planned tax on mobile money transfers on Friday after traders closed their shops in protest."},
		{"CONCEDE", "The city council withdrew a proposed increase in water charges after residents marched on the town hall."},
		{"RETREAT", "Rebels withdrew from the town on Sunday."},
	})
}
