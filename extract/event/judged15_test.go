package event

import "testing"

// Readings prompted by the false alarms judged on a third sample of 1996
// Reuters world news (eval/testdata/judged-conll-odd7.tsv); every sentence
// here was written for this test.

// noneOf fails for each sentence that yields an event of one of types.
func noneOf(t *testing.T, types []string, sentences ...string) {
	t.Helper()
	for _, s := range sentences {
		for _, e := range parsedEvents(s) {
			for _, ty := range types {
				if e.Type == ty {
					t.Errorf("%q: got %s %q, want none of %v", s, e.Type, e.Trigger.Text, types)
				}
			}
		}
	}
}

// someOf fails for each sentence whose events hold no event of type want.
func someOf(t *testing.T, cases map[string]string) {
	t.Helper()
	for s, want := range cases {
		if evs := parsedEvents(s); !hasType(evs, want) {
			t.Errorf("%q: got %v, want a %s", s, typesOf(evs), want)
		}
	}
}

// TestThingActs: a thing endangers, bears out or breaks down; only someone
// threatens, backs or refuses. A statement speaks for its author.
func TestThingActs(t *testing.T) {
	noneOf(t, []string{"THREATEN", "SUPPORT", "REJECT"},
		"The dispute has threatened a fragile coalition deal between the two parties.",
		"He said the party's stance was threatening its place in the cabinet.",
		"The scheme failed because of a lack of funds.",
		"His engine failed on the final lap.",
		"The testimony backed up the prosecutors' claims against the minister.",
		"Renewed violence in the north has threatened the ceasefire agreed in May.",
		"The clashes threaten a fragile truce between the two clans.",
	)
	someOf(t, map[string]string{
		"The rebels threatened to shell the capital.":            "THREATEN",
		"A statement threatened reprisals against the settlers.": "THREATEN",
		"Egypt failed to comply with the resolution.":            "REJECT",
		"Moscow on Friday rejected the peace plan.":              "REJECT",
	})
}

// TestDeclineComment: declining to comment is a statement (CAMEO 011),
// which PLOVER does not code, and a word on a report's accuracy is none;
// refusing a demand stays REJECT.
func TestDeclineComment(t *testing.T) {
	noneOf(t, []string{"REJECT", "SUPPORT"},
		"The finance minister declined to say when the tax would be cut.",
		"A spokesman declined to comment on the report.",
		"The ministry declined further comment.",
		"The agency has not verified the reports and does not vouch for their accuracy.",
		"The president refused to say whether he would run again.",
	)
	someOf(t, map[string]string{
		"The rebels refused to lay down their arms.":       "REJECT",
		"The government declined to extend the ceasefire.": "REJECT",
	})
}

// TestPossessiveAttribute: a participle between a possessive and its noun
// is an attribute ("Tibet's exiled leader"), as after "the"; after a
// pronoun "'s" is "has".
func TestPossessiveAttribute(t *testing.T) {
	noneOf(t, []string{"COERCE"},
		"Tibet's exiled leader will visit Oslo next month.",
		"The cabinet's exiled leader will visit Oslo next month.",
	)
	someOf(t, map[string]string{"Police say he's arrested three men.": "COERCE"})
}

// TestPluralSubject: a plural form right before a finite verb is a noun
// ("Dutch shares ended lower"); a verb with its object stays.
func TestPluralSubject(t *testing.T) {
	noneOf(t, []string{"COOPERATE"},
		"Dutch shares ended slightly lower amid profit-taking, dealers said.",
		"Spanish shares closed up 1.2 percent on Friday.",
	)
	someOf(t, map[string]string{
		"Turkey shares intelligence with Iraq on the rebels.": "COOPERATE",
		"The junta arrests opposition leader.":                "COERCE",
		"Police raids continued in the south on Monday.":      "COERCE",
	})
}

// TestAlertInforms: to alert the police or the authorities, or to be
// alerted to a thing, is to be told (<informed>), no putting of forces on
// alert.
func TestAlertInforms(t *testing.T) {
	noneOf(t, []string{"MOBILIZE"},
		"A fisherman found the wreckage and alerted the coastguard.",
		"Neighbours alerted police after hearing shots.",
		"Border guards were alerted to the smugglers by a farmer.",
	)
	someOf(t, map[string]string{"The army was put on alert after the border incident.": "MOBILIZE"})
}

// TestGappedRatePhrase: a gapped phrase that ends before a rate is an
// economic quantity however many words its gap holds ("cutting its key
// lending rate").
func TestGappedRatePhrase(t *testing.T) {
	noneOf(t, []string{"SANCTION"},
		"The central bank is cutting its key lending rate by a quarter point.",
		"The bank said it was cutting its fixed home lending rates from Monday.",
	)
}

// TestWarToll: the dead of a war fought by armed sides, told with no
// killer or with the war as killer, fell in combat (FIGHT); a named
// killer of villagers assaults them, and a drug war is no war.
func TestWarToll(t *testing.T) {
	someOf(t, map[string]string{
		"More than 30,000 people have been killed in the war between the army and separatist rebels since 1990.": "FIGHT",
		"The civil war has killed more than 100,000 people.":                                                     "FIGHT",
		"Some 20,000 people have been killed in the conflict between rebels and government troops.":              "FIGHT",
		"Rebels killed 12 villagers in the north during the civil war.":                                          "ASSAULT",
	})
	noneOf(t, []string{"FIGHT"}, "Four people were killed in the drug war between rival gangs.")
}

// TestCommodityGift: a measured amount of a good that is no aid's, lent
// or given between no parties, is a trade or a dose; food sent to a
// country, or given by the UN, is aid.
func TestCommodityGift(t *testing.T) {
	noneOf(t, []string{"AID"},
		"The trading house lent 5,000 tonnes of aluminium to the exchange last year.",
		"Volunteers in the trial were given 300 milligrams of the extract a day.",
	)
	someOf(t, map[string]string{
		"Japan sent 2,000 tonnes of rice to North Korea.":                  "AID",
		"The United Nations gave 10,000 tonnes of wheat to flood victims.": "AID",
		"Germany lent 40,000 tonnes of copper to Zambia.":                  "AID",
	})
}
