package event_test

import "testing"

// Readings for false alarms of markets and business (branch fa34;
// eval/testdata/judged-reuters34.tsv; extract/event/ACLED.md, fa34 round).
// Every sentence here was written for these tests.

// TestTickedCompany: the wire marks a listed company by its stock ticker in
// angle brackets ("KELDON MINING <KLD>"); a phrase with a ticker, or a name
// the story writes before one, is a company though it has no company word,
// so what it does to no party is its business ("Keldon will file to
// overturn the ruling"). A company's acts on a state and the same names
// without a ticker in the story keep their reading.
func TestTickedCompany(t *testing.T) {
	noneOfTitled(t, []string{"THREATEN", "REJECT", "COERCE", "PROTEST"},
		"KELDON MINING <KLD> TO APPEAL ROYALTY RULING",
		"Keldon Mining said it would soon file to prevent enforcement of the royalty order.")
	noneOfTitled(t, []string{"THREATEN", "COERCE"}, "ORE MARKETS",
		"Brenner Oljeselskap <BRN.OL> said it would soon file to prevent enforcement of the royalty order.")
	wantTitled(t, "DEMAND", "MINISTERS MEET",
		"Keldon Mining urged the government to lift the export ban on copper.")
}

// TestCompanyPetition: a company's petition (to a court or a regulator) is
// litigation or a filing, no protest; workers who petition stay.
func TestCompanyPetition(t *testing.T) {
	noneOfTitled(t, []string{"PROTEST"},
		"UTILITY SEEKS FUEL RULE EXEMPTION",
		"The company has petitioned the state commission for an exemption from the fuel rules.")
	wantTitled(t, "PROTEST", "NURSES PETITION",
		"Hundreds of nurses petitioned the health ministry against the closure of the hospital.")
}

// TestMeasuredGoodCancelled: a cancellation or suspension of a measured
// amount of a good ("cancelled 50,000 tonnes of soybean oil purchases") is
// trade, as a measured good taken is bought; a halt of tonnes of aid to a
// country stays a sanction.
func TestMeasuredGoodCancelled(t *testing.T) {
	noneIn(t, []string{"SANCTION"},
		"Pakistan cancelled 50,000 tonnes of soybean oil purchases for May shipment, the Agriculture Department said.",
		"Egypt has suspended 120,000 tonnes of its wheat purchases for the season, exporters said.")
	wantIn(t, "The United States suspended 40,000 tonnes of food aid to the country after the coup.", "SANCTION")
}

// TestMeasuredGoodShipped: a measured amount shipped or supplied with no
// "of" phrase and no party is a trade figure, as tonnes of a good given
// are; tonnes sent to victims, or relief, stay aid.
func TestMeasuredGoodShipped(t *testing.T) {
	noneIn(t, []string{"AID"},
		"But the cooperative shipped only 84,000 tonnes altogether.",
		"It supplied some 12,000 tonnes last season, traders said.")
	wantIn(t, "The agency shipped 20,000 tonnes of relief to the flood victims.", "AID")
}

// TestCompanyWithdrawal: a company's withdrawal from a country is a
// divestment, its business; an army's withdrawal stays a retreat.
func TestCompanyWithdrawal(t *testing.T) {
	noneOfTitled(t, []string{"RETREAT"}, "HALVERSON <HLV> SELLS SOUTH AFRICAN UNIT",
		"The sale follows Halverson's withdrawal from South Africa announced last year.")
	noneIn(t, []string{"RETREAT"}, "The carmaker said it had withdrawn from Iran after two years.")
	wantIn(t, "The army withdrew from the border town after the ceasefire.", "RETREAT")
}
