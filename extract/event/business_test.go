package event

import "testing"

// TestBusinessContext: companies' dealings whose parties no dictionary
// codes as political are no events; a state's dealings in a sentence of
// money stay. Sentences written for this test.
func TestBusinessContext(t *testing.T) {
	for _, s := range []string{
		"Harlow Widgets Inc said it agreed to sell its 40 pct stake in Brenton Tools to a group of investors.",
		"The company rejected the offer as inadequate, its chairman said.",
		"Talks on the proposed merger of the two companies ended without agreement.",
		"Kestrel Holdings Plc said its board had approved the deal.",
		"Harlow Widgets Inc said it is in talks to buy a stake in Brenton Tools. Brenton declined to comment on the talks.",
		"The brewer agreed to pay 30 million dollars to settle claims from its distributors.",
		"Dealers said producers agreed to hold back supplies until prices recover.",
		"Regulators blocked the takeover on competition grounds.",
		"The ministry approved the sale of its stake in the steelmaker.",
	} {
		noEvent(t, s)
	}
	for _, s := range []string{
		"The government signed a deal with the rebels on Monday.",
		"Police arrested the company's chairman over the takeover bribes.",
		"Harlow Widgets Inc sold its stake in Brenton Tools. Police arrested two of its managers on Monday.",
		"Dairy farmers protested against low milk prices outside parliament.",
		"Dock workers agreed to end their strike after the port raised wages by 5 pct.",
	} {
		if len(reportedEvents(s)) == 0 {
			t.Errorf("%q: no event", s)
		}
	}
}
