package event

import "testing"

// Readings prompted by the false alarms of the fourth judged CoNLL-2003
// sample (eval/testdata/judged-conll20.tsv); every sentence here was written
// for this test.

// TestPersonPlural: a trigger word read as a plural noun whose first WordNet
// sense is a person names people ("exiles", "conscripts"), not the act; the
// verb and the act's own noun stay.
func TestPersonPlural(t *testing.T) {
	noneOf(t, []string{"COERCE", "MOBILIZE"},
		"The ministry blamed the killings of two Chilean exiles in Paris on a rogue unit.",
		"Exiles living in London held a vigil outside the embassy on Sunday.",
		"The young conscripts complained about the food at the camp.",
	)
	someOf(t, map[string]string{
		"The military junta exiled the former president to a remote island.": "COERCE",
		"The regime exiles its critics to the desert provinces.":             "COERCE",
	})
}

// TestCrimeLead: in a story whose lead tells of ordinary crime and of
// nothing armed but the police, the inquiry's routine (investigations,
// evidence gathered by prosecutors) and coercion between private people
// continue the case; an inquiry into a party of public life, or a story that
// opens with armed men, stays.
func TestCrimeLead(t *testing.T) {
	for _, c := range []struct{ title, body string }{
		{"Teacher charged in Lyon", "A Lyon prosecutor charged a music teacher with molesting three pupils, police said on Monday. The prosecutor said no trial date could be set until investigations had been completed."},
		{"Dutch prosecutors bring fraud case", "Rotterdam prosecutors said on Friday they had charged two accountants with fraud and money-laundering. Prosecutors said gathering evidence in three countries had taken two years."},
		{"Student blackmailer caught", "A Czech student blackmailed his landlord with letters threatening to burn down the house, police said. The 19-year-old tried to extort 5,000 crowns from the landlord, a police spokesman said."},
	} {
		if evs := titledEvents(c.title, c.body); len(evs) > 0 {
			for _, e := range evs {
				if e.Type == "INVESTIGATE" || e.Type == "COERCE" {
					t.Errorf("%q: got %s %q, want no inquiry or coercion", c.body, e.Type, e.Trigger.Text)
				}
			}
		}
	}
	for _, c := range []struct{ title, body, want string }{
		{"Minister questioned in fraud case", "Prosecutors charged two officials with fraud on Monday. Police are investigating the defence minister over the contracts.", "INVESTIGATE"},
		{"Rebels seize smugglers' boat", "Rebels seized a boat carrying heroin on Monday, police said. The rebels took the crew hostage and demanded a ransom.", "ASSAULT"},
	} {
		if evs := titledEvents(c.title, c.body); !hasType(evs, c.want) {
			t.Errorf("%q: got %v, want a %s", c.body, typesOf(evs), c.want)
		}
	}
}

// TestTakeIdioms: WordNet's "take for granted" assumes and "take centre
// stage" is prominence: no aid granted, no place taken. A grant made and a
// town taken stay.
func TestTakeIdioms(t *testing.T) {
	noneOf(t, []string{"AID", "FIGHT", "COERCE"},
		"The minister said voters should not take his party's support for granted.",
		"The premier warned that no one could take peace for granted in the region.",
		"Security took centre stage as the leaders met in Geneva on Monday.",
	)
	someOf(t, map[string]string{
		"The European Union granted Bosnia 20 million ecus in reconstruction aid.": "AID",
		"Rebels took the town of Kenema after a day of fighting.":                  "FIGHT",
	})
}

// TestOwnWords: denying one's own act ("denied having said", CAMEO's deny
// responsibility) and conceding a fact are statements, no rejection and no
// concession; a denial of a request and a conceded defeat stay.
func TestOwnWords(t *testing.T) {
	noneOf(t, []string{"REJECT"},
		"The central bank governor denied having said that interest rates would rise.",
		"He denied having said in an interview last week that the peg could be dropped.",
		"The governor denied having said that the currency would be devalued.",
		"The suspect admitted the theft but denied planning the attack on the guard.",
	)
	// The denied act stays denied: no fight in a pact "broken".
	noneOf(t, []string{"REJECT", "FIGHT"},
		"The ministry denied breaking the trade pact with Seoul.",
	)
	noneOf(t, []string{"CONCEDE"},
		"The senator conceded his son is working for a rival campaign.",
		"The minister conceded that the figures had been wrong.",
	)
	someOf(t, map[string]string{
		"The junta denied the opposition's request for a meeting.":           "REJECT",
		"The opposition candidate conceded defeat in the presidential race.": "CONCEDE",
	})
}

// TestCrackdownOnVice: a crackdown on a vice is a state's policy, not
// coercion of a party; one on dissidents stays.
func TestCrackdownOnVice(t *testing.T) {
	noneOf(t, []string{"COERCE", "ASSAULT"},
		"The new president ordered a crackdown on corruption in the customs service.",
		"Beijing launched a fresh crackdown on graft last month, state media said.",
	)
	someOf(t, map[string]string{
		"The army launched a crackdown on opposition activists in the capital.": "COERCE",
	})
}

// TestTravelNotAid: a vehicle after "by" is how the traveller came, not what
// was given; aid flown in stays.
func TestTravelNotAid(t *testing.T) {
	noneOf(t, []string{"AID"},
		"The president flew in by helicopter from Camp David after a two-day tour of the Midwest.",
		"The envoy flew in by plane from Nairobi on Tuesday for the funeral.",
	)
	someOf(t, map[string]string{
		"The air force flew in 40 tonnes of food by helicopter to the flooded villages.": "AID",
	})
}

// TestDeclineToAddress: declining to address or discuss a matter is CAMEO's
// decline comment, a statement; refusing a demand stays a rejection.
func TestDeclineToAddress(t *testing.T) {
	noneOf(t, []string{"REJECT"},
		"The senator declined to address the charges in his statement on Monday.",
		"A ministry spokesman declined to discuss the report.",
	)
	someOf(t, map[string]string{
		"The government refused the rebels' demand for a new constitution.": "REJECT",
	})
}

// TestInterviewGranted: an interview granted is words, no aid; a grant of
// money stays aid.
func TestInterviewGranted(t *testing.T) {
	noneOf(t, []string{"AID"},
		"Masked rebel commanders have granted interviews to foreign reporters in the jungle.",
		"The exiled general granted an interview to a French television crew on Sunday.",
	)
	someOf(t, map[string]string{
		"The World Bank granted Ghana a $50 million loan for roads.": "AID",
	})
}
