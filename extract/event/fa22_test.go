package event

import "testing"

// Readings of branch fa22 (issue 12, false alarms on check22.txt's
// classes), each on sentences written for it, not the snippets'.

// TestPastEra: a year after "during the" and a word of a past era on a
// trigger noun date what their clause tells in history; a place of an era
// does not.
func TestPastEra(t *testing.T) {
	for _, s := range []string{
		"A plaque marks the bridge where three students were shot by soldiers during the 1968 uprising.",
		"The museum shows the swords of knights killed in a medieval siege of the town.",
		"Divers found the wreck of a warship sunk in a Napoleonic battle off the cape.",
	} {
		noEvent(t, s)
	}
	wantType(t, "Soldiers fired on protesters during the strike, killing two.", "ASSAULT")
	wantType(t, "Rebels shelled the ancient city of Palmyra on Monday, killing four civilians.", "FIGHT")
}

// TestNounModality: a noun trigger that people are in need of, or that
// "could take place", has not happened; one said to last has.
func TestNounModality(t *testing.T) {
	for _, s := range []string{
		"Talks between the two sides could take place in Doha next month, a mediator said.",
		"Hospitals in the north are in urgent need of medical aid, the charity said.",
		"A second round of negotiations may go ahead in Addis Ababa in the spring.",
	} {
		noEvent(t, s)
	}
	wantType(t, "The strike could last a week, the union said.", "PROTEST")
	wantType(t, "Talks between the two sides took place in Doha on Monday.", "CONSULT")
}

// TestCommercialCase: a court's work on companies is no political event;
// its work on a state or on workers is.
func TestCommercialCase(t *testing.T) {
	for _, s := range []string{
		"A judge ordered the oil company to pay 40 million dollars to landowners.",
		"The tribunal fined the carmaker for rigging emissions tests.",
		"The court ruled that the retailer must pay its suppliers within 30 days.",
		"The steelmaker lost its appeal against an injunction on its new furnace.",
	} {
		noEvent(t, s)
	}
	for _, s := range []string{
		"A court ordered the company to reinstate 200 sacked workers.",
		"The court ordered the government to compensate the company for the seized land.",
		"The Supreme Court ordered the state oil company to halt exports to South Africa.",
	} {
		if len(reportedEvents(s)) == 0 {
			t.Errorf("%q: no event", s)
		}
	}
}

// TestCompanyOfficer: a company's officer is no official of the state.
func TestCompanyOfficer(t *testing.T) {
	noEvent(t, "The airline's chairman resigned after a safety scandal.")
	noEvent(t, "The airline's chief executive stepped down on Friday after a string of safety failures.")
	wantType(t, "The finance minister resigned after a corruption scandal.", "RETREAT")
}

// TestPosingAs: what someone poses or is dressed as is not who acts.
func TestPosingAs(t *testing.T) {
	noEvent(t, "Robbers posing as police officers stole cash from a bank van in Durban.")
	for _, e := range reportedEvents("Gunmen disguised as soldiers killed 12 villagers in the district.") {
		if e.Actor == nil || e.Actor.Text != "Gunmen" {
			t.Errorf("actor %+v, want Gunmen", e.Actor)
		}
	}
}

// TestPayBack: paying back a debt backs no one.
func TestPayBack(t *testing.T) {
	noEvent(t, "The company paid back its debts to the banks two years early.")
	for _, e := range reportedEvents("The government paid back the loan to the IMF in full.") {
		if e.Type == "SUPPORT" {
			t.Errorf("paid back: SUPPORT [%s]", e.Trigger.Text)
		}
	}
}

// TestCompanyStaff: a company's pilots or guards are no state forces,
// and its people on strike protest.
func TestCompanyStaff(t *testing.T) {
	for _, s := range []string{
		"Airline pilots at the national carrier staged a one-day strike over pay.",
		"The airline's pilots began a strike over pay on Monday.",
	} {
		es := reportedEvents(s)
		if len(es) == 0 || es[0].Type != "PROTEST" || es[0].Actor == nil || es[0].Actor.Kind == "state_forces" {
			t.Errorf("%q: %+v, want a PROTEST by no state forces", s, es)
		}
	}
}

// TestYearsAfter: an act after a span of years and "after" is history;
// "the number of" counts; "a number of" attacks are attacks.
func TestYearsAfter(t *testing.T) {
	noEvent(t, "Twenty years after the genocide, the country held a week of mourning.")
	noEvent(t, "The number of murders in the capital rose last year, the police chief said.")
	wantType(t, "A number of attacks were carried out on army posts in the north overnight.", "ASSAULT")
}

// TestMergeAndScience: companies merging deal in a market; rebels
// merging change their group; what is done to a being of science is none.
func TestMergeAndScience(t *testing.T) {
	noEvent(t, "The two brewers agreed to merge, creating the largest beer maker in Africa.")
	noEvent(t, "The president congratulated the astronomers who discovered the comet.")
	wantType(t, "Two rebel factions agreed to merge into a single armed movement.", "AGREE")
}

// TestPublicService: a country's own vaccination drive and the police's
// rescue of crime victims are no political events; a state's vaccine sent
// abroad and soldiers' rescue of rebels' hostages are.
func TestPublicService(t *testing.T) {
	for _, s := range []string{
		"Nurses vaccinated 3,000 children against polio in the camp last month.",
		"Detectives rescued a girl held by a kidnapping gang in a flat in Lagos.",
	} {
		noEvent(t, s)
	}
	wantType(t, "Japan sent 200,000 doses of vaccine to the flooded country.", "AID")
	wantType(t, "Soldiers rescued 20 hostages held by rebels in the north.", "AID")
}

// TestThingsNamed: a warning named by a thing, a merger of companies and
// a player sent off are none.
func TestThingsNamed(t *testing.T) {
	for _, s := range []string{
		"The plane returned to Nairobi after a fuel warning, the carrier said.",
		"Regulators approved the merger of the two radio operators after a year-long review.",
		"The captain was sent off for a late tackle in the 80th minute.",
	} {
		noEvent(t, s)
	}
	wantType(t, "The army warned residents to leave the town before the offensive.", "THREATEN")
}

// TestRecallStays: a state's recall of its envoy is no company's dealing.
func TestRecallStays(t *testing.T) {
	wantType(t, "Ghana recalled its ambassador from Lome after the border incident.", "SANCTION")
}

// TestPoliceInquiry: the police's inquiry into a death or a theft is
// police work; into the killing of an activist it is an event.
func TestPoliceInquiry(t *testing.T) {
	noEvent(t, "Detectives are investigating the death of a man whose body was found in the Thames.")
	noEvent(t, "Police launched an investigation into the theft of paintings from the museum.")
	wantType(t, "Police are investigating the killing of an opposition activist in Harare.", "INVESTIGATE")
}

// TestCheck23Classes: readings for the classes check23's first run
// showed, on sentences written for them.
func TestCheck23Classes(t *testing.T) {
	for _, s := range []string{
		// under siege from companies
		"Small shops are under siege from big retailers, a survey found.",
		// what an exhibition tells, a few words on
		"The museum's new exhibition recounts the history of the siege of Sarajevo through photographs.",
		// victims of a named massacre in a sentence of remembrance
		"Relatives reburied victims of the Katyn massacre at a ceremony on the anniversary.",
		// a political figure's property broken into by thieves
		"Thieves broke into the governor's residence and stole paintings.",
		// a trend of a thing
		"Inflation eased to 3 percent in May.",
		"The central bank said inflation would ease next year.",
		// a meeting yet to come
		"The upcoming summit of African leaders will focus on trade.",
		// a cause given
		"Sales fell by 10 percent last quarter, the retailer said, blaming bad weather.",
		// companies' own deals
		"The two carmakers signed an agreement on battery research.",
		// a market's demand
		"Steel output fell because of weak demand from builders.",
	} {
		noEvent(t, s)
	}
	wantType(t, "Police blamed the attack on rebels in the hills.", "DISAPPROVE")
	wantType(t, "Rebels besieged the town of Kidal, cutting off food supplies.", "FIGHT")
	wantType(t, "The Taliban attacked a checkpoint in Helmand, killing four policemen.", "ASSAULT")
	for _, e := range reportedEvents("The Contras attack villages near the border almost every week.") {
		if e.Target == nil {
			t.Errorf("the Contras attack villages: no target, the verb read as a noun")
		}
	}
}

// TestCourtInCapital: a court in a capital is a place, no state named.
func TestCourtInCapital(t *testing.T) {
	noEvent(t, "A court in Nairobi fined the bottling company for polluting a river.")
}
