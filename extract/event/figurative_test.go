package event

import "testing"

// Sentences written for these tests (issue 12, branch fa16): violent and
// contentious words that tell of no political event, beside the events
// the same readings must keep.

// TestStriving: "fight to" with a verb is a struggle to do something; the
// verb carries whatever event there is.
func TestStriving(t *testing.T) {
	noContentious(t, "The treasury fought to shore up the peso after a week of heavy selling.")
	wantType(t, "Government troops fought to retake the airport from the rebels.", "FIGHT")
	wantType(t, "The army said its units were battling to push the insurgents out of the hills.", "FIGHT")
}

// TestAgainstIll: violence aimed at a disease, a disaster or a fire, and
// people of no armed kind sent out against one, are no fighting nor
// mobilisation.
func TestAgainstIll(t *testing.T) {
	for _, s := range []string{
		"The provincial government fought a cholera outbreak in the northern districts.",
		"The ministry deployed 200 doctors to contain an outbreak of measles in the camps.",
	} {
		noEvent(t, s)
	}
	wantType(t, "Soldiers fought the rebels near the camps.", "FIGHT")
}

// TestPlaceOfPhrase: the "of" phrase of a place after a phrase that ends
// in a noun says where, not whom: the city is no target (and no
// government that makes runners political).
func TestPlaceOfPhrase(t *testing.T) {
	if es := reportedEvents("Hundreds of runners took to the streets of Accra for a charity race."); len(es) > 0 {
		t.Errorf("runners: got %s [%s] target %v", es[0].Type, es[0].Trigger.Text, es[0].Target)
	}
	for _, e := range reportedEvents("Students took to the streets of Accra to demand lower fees.") {
		if e.Type == "PROTEST" && e.Target != nil && e.Target.Text == "of Accra" {
			t.Errorf("students: target %q", e.Target.Text)
		}
	}
	wantType(t, "Students took to the streets of Accra to demand lower fees.", "PROTEST")
}

// TestProtestManner: "in protest" is the manner of its clause's verb: a
// state's act stays the state's, people's seizing or blocking with no one
// hurt is their protest, and violence stays violence.
func TestProtestManner(t *testing.T) {
	for _, e := range reportedEvents("Ghana recalled its envoy from Lome in protest at the expulsion of its traders.") {
		if e.Type == "PROTEST" {
			t.Errorf("envoy: PROTEST [%s]", e.Trigger.Text)
		}
	}
	es := reportedEvents("Fishermen occupied the harbour in protest at new fishing quotas.")
	if len(es) == 0 || es[0].Type != "PROTEST" || es[0].Actor == nil {
		t.Errorf("fishermen: %+v", es)
	}
	for _, e := range es {
		if e.Type == "FIGHT" {
			t.Errorf("fishermen: FIGHT [%s]", e.Trigger.Text)
		}
	}
	for _, e := range reportedEvents("Youths torched the council offices in protest at the killing of a trader.") {
		if e.Trigger.Text == "torched" && e.Mode == "demonstrate" {
			t.Errorf("youths: torching read as a peaceful protest")
		}
	}
}

// TestNoPoliticalEvent: readings of everyday news that tell of no
// political event: filming, private lawsuits, calling off what is no
// political act, dealings in a currency, campaign pledges.
func TestNoPoliticalEvent(t *testing.T) {
	for _, s := range []string{
		"A widow sued the airline for damages after her husband died on a delayed flight.",
		"The couple called off their wedding two days before the ceremony.",
		"Traders said the central bank intervened to support the naira on Tuesday.",
		"The senator promised to cut fuel taxes if re-elected in March.",
	} {
		noEvent(t, s)
	}
	for _, e := range reportedEvents("The crew shot the battle sequences in the hills above Split over two months.") {
		if e.Trigger.Text == "shot" {
			t.Errorf("filming read as shooting: %s", e.Type)
		}
	}
	wantType(t, "Police shot two protesters in Lagos on Monday.", "ASSAULT")
	wantType(t, "Unions called off the general strike after the government raised wages.", "CONCEDE")
	wantType(t, "The opposition party sued the electoral commission over the voter roll.", "DISAPPROVE")
}

// TestReason: an event named after "over" as the reason for an earlier
// event of its sentence is not what an ACLED coder codes from it.
func TestReason(t *testing.T) {
	s := "Canada expelled two diplomats over the beating of demonstrators in the capital."
	if a := SnippetACLED(s, reportedEvents(s)); a != nil {
		t.Errorf("%q: %s", s, a.SubEventType)
	}
	s = "Police fired tear gas at students marching over the killing of a classmate."
	if a := SnippetACLED(s, reportedEvents(s)); a == nil {
		t.Errorf("%q: no ACLED event", s)
	}
}

// TestMarketDealing: producers agreeing on output or prices deal in a
// market; states agreeing on a truce do not.
func TestMarketDealing(t *testing.T) {
	s := "Coffee exporters agreed to cut production quotas for the next season."
	noEvent(t, s)
	wantType(t, "The two governments agreed to a prisoner exchange in Geneva.", "AGREE")
}

// TestPriceProtest: people protesting over prices protest.
func TestPriceProtest(t *testing.T) {
	wantType(t, "Thousands of bakers marched in Cairo to protest against flour prices.", "PROTEST")
}

// TestPledgesAndCourts: what a candidate promises if elected, a fight
// against a ruling, and a jury's verdict on ordinary crime are no events;
// a government's threat of force stays.
func TestPledgesAndCourts(t *testing.T) {
	for _, s := range []string{
		"The mayor promised to tackle crime and repair the bridges if re-elected next year.",
		"The governor pledged to cut taxes and rebuild the hospitals if re-elected.",
		"The union said it would fight the ruling all the way to the supreme court.",
		"A jury convicted a pharmacist of fraud after a six-week trial.",
	} {
		for _, e := range reportedEvents(s) {
			t.Errorf("%q: got %s [%s]", s, e.Type, e.Trigger.Text)
		}
	}
	wantType(t, "The general said the army would fight the rebels until they surrendered.", "THREATEN")
}

// TestCurfewBeforeVerdict: a curfew ahead of a verdict is still imposed;
// only fighting a legal act is a legal challenge.
func TestCurfewBeforeVerdict(t *testing.T) {
	if es := reportedEvents("Police imposed a dusk-to-dawn curfew in the town ahead of the verdict."); len(es) == 0 {
		t.Errorf("curfew: no event")
	}
}

// Sentences written for these tests (issue 12, branch fa17): the readings
// of companies' contests, forums of talk, campaign meetings and product
// recalls, beside the events the same readings must keep.

// TestFigurativeContest: violence and threats in a sentence of a contest
// in a court, a market or a boardroom are its figures of speech.
func TestFigurativeContest(t *testing.T) {
	for _, s := range []string{
		"The brewer said it had lost its court battle with the tax authorities over excise duty.",
		"The investor group threatened a proxy fight unless the board sold the unit.",
		"The two chains fired the opening shots in a pricing war over petrol.",
	} {
		if es := reportedEvents(s); len(es) > 0 {
			t.Errorf("%q: got %s [%s]", s, es[0].Type, es[0].Trigger.Text)
		}
	}
	wantType(t, "Rebels fired rockets at the court building in the capital, wounding two guards.", "FIGHT")
}

// TestVerbalClash: fighting in a sentence of a debate or a meeting, with
// no armed word and no one hurt, is a quarrel of words.
func TestVerbalClash(t *testing.T) {
	if es := reportedEvents("Senators clashed over the farm bill during a tense hearing on Thursday."); len(es) > 0 {
		t.Errorf("senators: got %s [%s]", es[0].Type, es[0].Trigger.Text)
	}
	wantType(t, "Troops clashed with rebels near the town after a meeting of local elders.", "FIGHT")
}

// TestElectoralRally: a campaign rally is no protest.
func TestElectoralRally(t *testing.T) {
	for _, e := range reportedEvents("The candidate addressed an election rally of several thousand supporters in Kano.") {
		if e.Type == "PROTEST" {
			t.Errorf("election rally: PROTEST [%s]", e.Trigger.Text)
		}
	}
	wantType(t, "Thousands of supporters held a rally in Kano to demand the release of their leader.", "PROTEST")
}

// TestCompanyDealings: a maker's product recall and a company's complaint
// of a rival are no political events; a state's recall of its envoy is
// one.
func TestCompanyDealings(t *testing.T) {
	for _, s := range []string{
		"The carmaker recalled 40,000 cars over a fault in the brakes.",
		"The retailer accused its biggest rival of misleading shoppers about prices.",
	} {
		if es := reportedEvents(s); len(es) > 0 {
			t.Errorf("%q: got %s [%s]", s, es[0].Type, es[0].Trigger.Text)
		}
	}
	wantType(t, "Ghana recalled its ambassador from Abuja over the expulsion of its traders.", "SANCTION")
}

// TestPublicAppeal: a demand of the public at large is an appeal; a
// demand of a party stays.
func TestPublicAppeal(t *testing.T) {
	if es := reportedEvents("The health minister urged the public to wash their hands and avoid crowded places."); len(es) > 0 {
		t.Errorf("public: got %s [%s]", es[0].Type, es[0].Trigger.Text)
	}
	wantType(t, "The United Nations urged the government to release the detained journalists.", "DEMAND")
}

// TestCampaignSetting: a promise or a threat told at a campaign rally is
// a pledge; a war on a thing is a figure of speech; an actor inside a
// noun compound is no agent of a trigger that modifies a noun.
func TestCampaignSetting(t *testing.T) {
	for _, s := range []string{
		"The mayor told an election rally that he would fight for cheaper bus fares.",
		"The new chief executive declared war on waste in the group's factories.",
		"The company sold its heart pressure monitors in 30 countries.",
	} {
		if es := reportedEvents(s); len(es) > 0 {
			t.Errorf("%q: got %s [%s]", s, es[0].Type, es[0].Trigger.Text)
		}
	}
	wantType(t, "Troops waged war on the rebels in the north, killing dozens.", "FIGHT")
	wantType(t, "Gunmen opened fire on a campaign rally in Kaduna, wounding six supporters.", "ASSAULT")
}

// TestMarketSupport: support for prices is a market's dealing; what a
// bid or an effort aims at has not happened.
func TestMarketSupport(t *testing.T) {
	for _, s := range []string{
		"Kuwait trimmed its crude exports to support prices, oil traders said.",
		"A judge in Delaware halted the lender's bid to take over the ailing insurer's assets.",
	} {
		if es := reportedEvents(s); len(es) > 0 {
			t.Errorf("%q: got %s [%s]", s, es[0].Type, es[0].Trigger.Text)
		}
	}
	wantType(t, "Soldiers seized the rebel commander's weapons depot in a bid to end the uprising.", "COERCE")
}

// TestMarketUnder: a currency or shares that came under attack are sold
// in a market; a convoy that came under attack was attacked.
func TestMarketUnder(t *testing.T) {
	if es := reportedEvents("The rupee came under renewed attack in Mumbai after the central bank cut rates."); len(es) > 0 {
		t.Errorf("rupee: got %s [%s]", es[0].Type, es[0].Trigger.Text)
	}
	wantType(t, "A UN convoy came under attack near Gao on Monday, the mission said.", "ASSAULT")
}
