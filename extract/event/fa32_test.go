package event_test

import "testing"

// Readings for false alarms of markets and business and of other word
// senses (issue 12, branch fa32; eval/testdata/judged-reuters32.tsv;
// extract/event/ACLED.md, fa32 round). Sentences written for these tests.

// TestOwnedObject: force is done to parties, places and made things; a
// verb or noun of force whose object by the parse is what is owned, paid
// or counted by WordNet's first sense (noun.possession, noun.quantity) is
// a figure: rents that explode, a cost that is curbed. Seizing property,
// attacking a convoy and curbing freedom stay.
func TestOwnedObject(t *testing.T) {
	noneIn(t, []string{"ASSAULT", "COERCE"},
		"An explosion in rents has left many young families without a home.",
		"The central bank moved to curb the cost of borrowing.",
	)
	wantIn(t, "Police seized the assets of the banned party.", "COERCE")
	wantIn(t, "The junta moved to curb press freedom.", "COERCE")
	wantIn(t, "Rebels attacked the convoy near the border.", "ASSAULT")
}

// TestCourtLeaveToCompanies: a court's leave to companies (CONCEDE) is its
// work on them, as its orders are; the country in the court's own name
// ("the U.S. District Court") is no country the case involves.
func TestCourtLeaveToCompanies(t *testing.T) {
	noneIn(t, []string{"CONCEDE", "COERCE"},
		"The U.S. District Court eased its restrictions on the regional phone companies.",
		"A federal judge allowed the two airlines to proceed with the merger.",
	)
}

// TestGoodsExported: a good's exports to a country are trade, though the
// country of "Ghana's cocoa" codes the phrase; a state that exports stays.
func TestGoodsExported(t *testing.T) {
	noneIn(t, []string{"COOPERATE"}, "Ghana's cocoa exports to the Netherlands fell by a fifth.")
	wantIn(t, "Canada exports wheat to the Soviet Union under a long-term pact.", "COOPERATE")
}

// TestMeasuredGoodTaken: tonnes of a good taken in a sentence with nothing
// armed are bought; soldiers who seize tonnes of aid take it.
func TestMeasuredGoodTaken(t *testing.T) {
	noneIn(t, []string{"COERCE"}, "Egypt was reported to have taken 200,000 tonnes of French wheat for June shipment.")
	wantIn(t, "Soldiers seized 300 tonnes of food aid from the warehouse.", "COERCE")
}

// TestCompanyDiscipline: a company that suspends its managers disciplines
// them; an airline that suspends flights to a country takes a measure.
func TestCompanyDiscipline(t *testing.T) {
	noneIn(t, []string{"SANCTION"}, "The carmaker suspended three managers and fired its treasurer.")
	wantIn(t, "The airline suspended all flights to the country after the coup.", "SANCTION")
}

// TestAmountItem: a noun of an act followed by an amount with no party is
// a line of accounts; a bank's loans to a country stay aid.
func TestAmountItem(t *testing.T) {
	noneIn(t, []string{"AID"}, "Deposits 2.1 billion vs 1.8 billion; loans 1.03 billion vs 838.5 mln.")
	wantIn(t, "The bank approved loans of 40 million dollars to Ghana.", "AID")
}

// TestFigurativeFight: a verb of fighting tells no fight where the
// parse's object is a pronoun with an impression after it ("struck him
// odd"), where it has no object and what it is over or against, or its
// subject, is an abstract thing, what is said or what is owned ("a dispute
// has broken out", "battled over the budget"), or where its participle
// modifies such a thing ("targeted income payments"). Forces that target
// positions and fighting that breaks out stay.
func TestFigurativeFight(t *testing.T) {
	noneIn(t, []string{"ASSAULT", "FIGHT"},
		"The senator said it struck him odd that nobody had complained.",
		"A bitter dispute over water rights has broken out between the provinces and the federal government.",
		"The two parties have battled over the budget for months.",
		"The unions clashed over the pay offer at the congress.",
		"Farmers would be compensated by the government for the cut with targeted income payments.",
	)
	wantIn(t, "Government forces targeted rebel positions in the hills.", "FIGHT")
	wantIn(t, "Soldiers struck him as he fled the checkpoint.", "ASSAULT")
	wantIn(t, "Fighting has broken out between the army and the rebels in the north.", "FIGHT")
}

// TestTakeAccount: "take account of" is an idiom (lexicon.txt), no
// seizure; rebels who take a town seize it.
func TestTakeAccount(t *testing.T) {
	noneIn(t, []string{"COERCE"}, "The central bank said it had cut its forecast before taking account of the afternoon operations.")
	wantIn(t, "The rebels took the town after a night of fighting.", "FIGHT")
}

// TestBasedIn: "Osaka-based Kinto Trading" is an organisation of Osaka,
// neither Japan's state nor a party the dictionaries code, so a company's
// deal with it is a company's dealing; rebels who attack a Paris-based
// charity's convoy still attack.
func TestBasedIn(t *testing.T) {
	noneIn(t, []string{"AGREE"}, "The company said it has signed a licensing agreement with Osaka-based Kinto Trading to sell its software in Japan.")
	wantIn(t, "Rebels attacked the Paris-based charity's convoy near the border.", "ASSAULT")
}

// TestCoercedAbstract: a coercion whose object is an abstract thing by
// WordNet's first sense coerces no one ("a crackdown on bad debts", its
// noun's phrase though the parse hangs it on the light verb); unrest and
// dissent, the words of events, and liberties ([liberty]) stay what a
// state crushes or curbs.
func TestCoercedAbstract(t *testing.T) {
	noneIn(t, []string{"COERCE"}, "The government is expanding its crackdown on bad debts.")
	wantIn(t, "Police suppressed the dissent with mass arrests.", "COERCE")
	wantIn(t, "The junta moved to curb press freedom.", "COERCE")
}

// TestResultativeNoImpression: a resultative after a pronoun object of a
// violent verb other than "strike" or "hit" is the act's result, no
// impression.
func TestResultativeNoImpression(t *testing.T) {
	wantIn(t, "Unknown attackers shot him dead outside his home.", "ASSAULT")
	wantIn(t, "Two men beat him unconscious in the market.", "ASSAULT")
}
