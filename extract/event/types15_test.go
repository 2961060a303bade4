package event

import (
	"strings"
	"testing"

	"github.com/annalist/annalist/syntax"
)

// Readings of issue 12's ninth round (branch types15), each tested on
// sentences written for it, not taken from testdata/plover/check15.txt.

// An amount or a collective before a phrase's head noun does not use up
// its gap: "wrote off $2 billion of Sudan's debt".
func TestGapAmounts(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"AID", "The Paris Club wrote off $2 billion of Sudan's foreign debt on Friday."},
		{"AID", "Western governments wrote off 3.5 billion euros of the country's bilateral debt at a meeting in Paris."},
		{"RETREAT", "The junta allowed a team of Red Cross prison inspectors into the military jail."},
		{"RETREAT", "The authorities admitted a group of foreign election observers to the count in the north."},
	})
}

// A CAMEO object pattern of a hand verb ("cut * supplies") is not blocked
// by a verb-only hand entry of its object noun ("supply", to give).
func TestObjectNounNoTrigger(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"SANCTION", "Russia cut oil supplies to Belarus in a row over prices."},
		{"SANCTION", "Kyiv cut electricity supplies to the breakaway region on Tuesday, officials said."},
	})
}

// The nouns of CAMEO's "express * X" disapproval patterns are
// disapproval after "voice" and "express" too.
func TestDisapprovalNouns(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"DISAPPROVE", "The foreign ministry voiced deep frustration with the pace of the inquiry into the shooting."},
		{"DISAPPROVE", "Farmers' leaders expressed strong discontent over the talks on the new trade pact."},
	})
}

// Joint manoeuvres and patrols of two forces, and resumed or restored
// trade, are cooperation (COOPERATE).
func TestCooperationJointAndTrade(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"COOPERATE", "French and Indian navies began joint naval manoeuvres in the Arabian Sea on Monday."},
		{"COOPERATE", "The two armies staged a joint counter-terrorism drill near the border."},
		{"COOPERATE", "Turkey and Armenia resumed direct flights between Istanbul and Yerevan after a break of two years."},
		{"COOPERATE", "The neighbours restored rail links that had been cut during the war, officials said."},
		{"MOBILIZE", "The army held a military drill near the border on Saturday."},
	})
}

// Armed forces sent, dispatched or massed are a move of force
// (MOBILIZE); weapons sent to another state are aid.
func TestForcesSent(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"MOBILIZE", "Moscow dispatched two frigates and a submarine to the eastern Mediterranean."},
		{"MOBILIZE", "The rebels massed fighters near the airport ahead of the talks, residents said."},
		{"MOBILIZE", "Ankara sent hundreds of commandos to the border province overnight."},
		{"AID", "Germany sent 14 tanks and ammunition to Ukraine."},
	})
}

// A host receiving a person of rank holds talks (CAMEO 043).
func TestReceiveDignitary(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"CONSULT", "The king received the French president at his palace in Rabat on Wednesday."},
		{"CONSULT", "Xi received his Brazilian counterpart in Beijing for a state visit."},
	})
}

// Visa bans and asset freezes are sanctions (CAMEO 163).
func TestVisaBans(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"SANCTION", "Britain imposed visa bans on six generals over the massacre."},
		{"SANCTION", "Canada announced an asset freeze on 20 members of the ruling family."},
	})
}

// An appeal for relief in a sentence of disaster asks for aid (CAMEO
// 0233), no routine after an accident.
func TestReliefAppeal(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"DEMAND", "The United Nations appealed for $200 million in aid for victims of the cyclone."},
		{"DEMAND", "After the earthquake the Red Crescent appealed to donors for tents and medicine."},
	})
}

// A sentence that opens with a name of two capitalised words does not
// open with a trigger ("Amnesty International said").
func TestNameOpens(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"NONE", "Amnesty International published its annual report on Monday."},
		{"RETREAT", "Amnesty International said the government had released 40 political prisoners."},
		{"DEMAND", "Amnesty International urged the authorities to free the detained lawyers."},
		{"DISAPPROVE", "Solidarity Center officials condemned the dismissal of the union organisers."},
		{"PROTEST", "Protest leaders marched to the ministry on Friday."},
	})
}

// Cancelled purchases are cut trade (CAMEO 163 embargo, SANCTION), and
// CAMEO's verbs of criticism are disapproval.
func TestPurchasesAndCriticism(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"SANCTION", "Beijing cancelled its purchases of American soybeans in the dispute over tariffs."},
		{"DISAPPROVE", "The auditor general faulted the defence ministry for the missing funds."},
		{"DISAPPROVE", "The UN envoy chastised the junta for the long delay in the elections."},
	})
}

// A noun coordinated with a noun of the trigger's phrase is more of the
// means, not the target: "sent dozens of frigates and submarines toward
// the strait".
func TestTriggerConjunctNoTarget(t *testing.T) {
	for s, want := range map[string][3]string{
		"Russia sent dozens of bombers and warships toward Japan on Tuesday.":          {"sent dozens of bombers", "Russia", "Japan"},
		"The army massed hundreds of soldiers and tanks near Kashmir, officials said.": {"massed hundreds of soldiers", "army", "Kashmir"},
	} {
		found := false
		for _, e := range eventsAsReported(s, syntax.Lazy) {
			if e.Trigger.Text == want[0] {
				found = true
				if !strings.Contains(argText(e.Actor), want[1]) || !strings.Contains(argText(e.Target), want[2]) {
					t.Errorf("%q: actor %q target %q, want %q and %q", s, argText(e.Actor), argText(e.Target), want[1], want[2])
				}
			}
		}
		if !found {
			t.Errorf("%q: no %q event", s, want[0])
		}
	}
}
