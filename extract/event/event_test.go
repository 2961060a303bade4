package event

import (
	"strings"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/text"
)

func TestLemmas(t *testing.T) {
	tests := map[string]string{
		"protested": "protest", "rallies": "rally", "banned": "ban", "stopped": "stop",
		"agreed": "agree", "cancelled": "cancel", "shelled": "shell", "met": "meet",
		"fought": "fight", "criticised": "criticise", "demonstrators": "demonstrator",
		"clashes": "clash", "suing": "sue", "withdrew": "withdraw",
		"found": "find", "brought": "bring", "torn": "tear",
	}
	for w, want := range tests {
		found := false
		for _, l := range lemmas(w) {
			found = found || l == want
		}
		if !found {
			t.Errorf("lemmas(%q) = %v, want %q among them", w, lemmas(w), want)
		}
	}
}

// mainEvent runs the extractor on one sentence and returns its main event.
func mainEvent(s string) *Mention {
	d := text.Analyze(s, "")
	ms := Mentions(d, &annalist.Record{Text: s})
	if k := Main(ms); k >= 0 {
		return &ms[k]
	}
	return nil
}

// checkMainTypes checks the main event's type of each {type, sentence}
// ("NONE": no event) and returns how many were wrong.
func checkMainTypes(t *testing.T, cases [][2]string) (fails int) {
	t.Helper()
	for _, c := range cases {
		m := mainEvent(c[1])
		got, trig := "NONE", ""
		if m != nil {
			got, trig = m.Type, m.Trigger.Text
		}
		if got != c[0] {
			fails++
			t.Errorf("%q: main event %s [%s], want %s", c[1], got, trig, c[0])
		}
	}
	return fails
}

func TestMainEvent(t *testing.T) {
	tests := []struct {
		sentence, typ, modality, trigger, actor, target string
	}{
		{"Thousands of workers protested against the new labour law on Monday.", "PROTEST", "", "protested", "workers", "new labour law"},
		{"Police arrested 40 students in the capital.", "COERCE", "", "arrested", "Police", "40 students"},
		{"The government imposed a curfew in the north.", "COERCE", "", "curfew", "government", ""},
		{"The rebels shelled the town overnight.", "FIGHT", "", "shelled", "rebels", "town"},
		{"Two journalists were detained by security forces.", "COERCE", "", "detained", "security forces", "journalists"},
		{"The union threatened to strike if wages were not raised.", "THREATEN", "", "threatened", "union", ""},
		{"The opposition did not protest the result.", "PROTEST", "negated", "protest", "opposition", ""},
		{"The minister resigned after the scandal.", "RETREAT", "", "resigned", "minister", ""},
		{"The president stepped down on Friday.", "RETREAT", "", "stepped down", "president", ""},
		{"The two leaders held talks in Geneva.", "CONSULT", "", "talks", "two leaders", ""},
		{"The European Union imposed sanctions on the regime.", "SANCTION", "", "sanctions", "European Union", "regime"},
		{"Activists said they will boycott the vote.", "THREATEN", "", "will boycott", "Activists", ""},
		{"Japan will give the country a loan of 50 million dollars.", "AGREE", "", "will give", "Japan", ""},
		{"The ministry said it would not accept the proposal.", "REJECT", "", "would not accept", "ministry", ""},
		{"The council condemned the attack on the mosque.", "DISAPPROVE", "", "condemned", "council", "attack"},
		{"A car bombing killed 12 people in the market.", "ASSAULT", "", "", "", ""},
		{"Government troops killed five rebels in a gunbattle near the border.", "FIGHT", "", "killed", "Government troops", "five rebels"},
		{"The Red Cross delivered medicine to the besieged city.", "AID", "", "delivered", "Red Cross", ""},
		{"Protesters blocked the main road to the airport.", "PROTEST", "", "blocked", "Protesters", "main road"},
		{"The court refused to release the opposition leader.", "REJECT", "", "refused", "court", ""},
		{"The prime minister demanded that the army withdraw.", "DEMAND", "", "demanded", "prime minister", ""},
		{"Police in the capital cracked down on demonstrators.", "COERCE", "", "cracked down", "Police in the capital", "demonstrators"},
		{"The police crackdown on demonstrators left many wounded.", "ASSAULT", "", "", "", ""},
		{"A curfew was imposed on the town by the army.", "COERCE", "", "curfew", "army", "town"},
		{"Protesters clashed with police in the capital.", "PROTEST", "", "clashed", "Protesters", "police"},
	}
	for _, tt := range tests {
		m := mainEvent(tt.sentence)
		if m == nil {
			t.Errorf("%q: no event, want %s", tt.sentence, tt.typ)
			continue
		}
		if m.Type != tt.typ || m.Modality != tt.modality || tt.trigger != "" && m.Trigger.Text != tt.trigger {
			t.Errorf("%q: main event %s %q [%s], want %s %q [%s]", tt.sentence, m.Type, m.Modality, m.Trigger.Text, tt.typ, tt.modality, tt.trigger)
		}
		if tt.actor != "" && (m.Actor == nil || !strings.Contains(m.Actor.Text, tt.actor)) {
			t.Errorf("%q: actor %v, want it to contain %q", tt.sentence, m.Actor, tt.actor)
		}
		if tt.target != "" && (m.Target == nil || !strings.Contains(m.Target.Text, tt.target)) {
			t.Errorf("%q: target %v, want it to contain %q", tt.sentence, m.Target, tt.target)
		}
	}
}

func TestGovernedComplement(t *testing.T) {
	s := "The union threatened to strike next week."
	d := text.Analyze(s, "")
	ms := Mentions(d, &annalist.Record{Text: s})
	var strike *Mention
	for i := range ms {
		if ms[i].Type == "PROTEST" {
			strike = &ms[i]
		}
	}
	if strike == nil || strike.Modality != Future || !strike.Governed {
		t.Fatalf("strike in %q: %+v, want a governed future PROTEST", s, strike)
	}
}

func TestNotTriggers(t *testing.T) {
	for _, s := range []string{
		"Sign up now for the free newsletter.",
		"According to the report, the economy grew.",
		"The Peace Council and Human Rights Watch published a report.",
	} {
		if m := mainEvent(s); m != nil {
			t.Errorf("%q: event %s [%s], want none", s, m.Type, m.Trigger.Text)
		}
	}
}

// TestArguments builds the upstream facts by hand: entities, times, counts.
func TestArguments(t *testing.T) {
	body := "Riot police fired tear gas at protesters in Lagos on 3 May 2021, killing 4 people. The rally drew thousands."
	at := func(s string) annalist.Span {
		i := strings.Index(body, s)
		return annalist.Span{Start: i, End: i + len(s), Text: s}
	}
	r := &annalist.Record{Text: body, Focus: &annalist.Focus{Country: "NG"}}
	r.Entities = []annalist.Entity{{ID: "e1", Type: annalist.Location, Name: "Lagos", Mentions: []annalist.Span{at("Lagos")},
		Geo: &annalist.Geo{Kind: annalist.GeoCity, Country: "NG", Lat: 6.45, Lon: 3.39}}}
	sp := at("3 May 2021")
	r.Times = []annalist.Time{{Start: sp.Start, End: sp.End, Text: sp.Text, Type: annalist.Date, Value: "2021-05-03"}}
	sp = at("killing 4 people")
	r.Counts = []annalist.Count{{Start: sp.Start, End: sp.End, Text: sp.Text, Kind: "killed", Number: 4}}
	New().Extract(text.Analyze(body, ""), r)

	var repression, protest *annalist.Event
	for i := range r.Events {
		switch r.Events[i].Type {
		case "ASSAULT":
			repression = &r.Events[i]
		case "PROTEST":
			protest = &r.Events[i]
		}
	}
	if repression == nil {
		t.Fatalf("no ASSAULT in %+v", r.Events)
	}
	if repression.Fatalities != 4 || repression.Date != "2021-05-03" || repression.Place == nil ||
		repression.Place.Entity != "e1" || repression.Place.Country != "NG" {
		t.Errorf("ASSAULT = %+v, want 4 dead on 2021-05-03 in Lagos (e1, NG)", repression)
	}
	if repression.Actor == nil || !strings.Contains(repression.Actor.Text, "police") {
		t.Errorf("ASSAULT actor = %+v, want police", repression.Actor)
	}
	if protest == nil || protest.Date != "2021-05-03" || len(protest.Sentences) != 2 {
		t.Errorf("PROTEST = %+v, want one event on 2021-05-03 mentioned in both sentences", protest)
	}
}

func BenchmarkExtract(b *testing.B) {
	body := strings.Repeat("Thousands of workers protested against the new labour law on Monday, and police arrested 40 of them. "+
		"The government said it will not accept the union's demands, while the opposition threatened to boycott the vote.\n", 20)
	d := text.Analyze(body, "")
	b.SetBytes(int64(len(body)))
	loadActors() // once per process: the dictionaries' parse is not per article
	for b.Loop() {
		r := &annalist.Record{Text: body}
		New().Extract(d, r)
	}
}

// FuzzExtract checks that any text, with times and counts at arbitrary
// offsets, is read without panicking and yields spans inside the text.
func FuzzExtract(f *testing.F) {
	f.Add("Police arrested 40 students who protested against the law.", 0, 6)
	f.Add("They said they would not accept it, unless the army withdrew.", 5, 40)
	f.Add("lay down their arms\n\nto", 3, 3)
	f.Fuzz(func(t *testing.T, body string, a, b int) {
		n := len(body)
		if a < 0 || b < a || b > n {
			a, b = 0, 0
		}
		r := &annalist.Record{Text: body,
			Times:  []annalist.Time{{Start: a, End: b, Type: annalist.Date, Value: "2020-01-01"}},
			Counts: []annalist.Count{{Start: a, End: b, Kind: "killed", Number: 1}}}
		New().Extract(text.Analyze(body, ""), r)
		for _, e := range r.Events {
			if e.Trigger.Start < 0 || e.Trigger.End > n || e.Trigger.Text != body[e.Trigger.Start:e.Trigger.End] {
				t.Fatalf("trigger %+v outside or unlike the text %q", e.Trigger, body)
			}
			for _, a := range []*annalist.Arg{e.Actor, e.Target} {
				if a != nil && a.Text != body[a.Start:a.End] {
					t.Fatalf("argument %+v unlike the text %q", a, body)
				}
			}
		}
	})
}

// TestCategoryExamples checks one or more self-written sentences for each
// PLOVER category, in the manner of the CAMEO codebook's examples.
func TestCategoryExamples(t *testing.T) {
	checkMainTypes(t, [][2]string{
		{"SUPPORT", "The foreign minister praised the new government's efforts to fight corruption."},
		{"SUPPORT", "France endorsed the candidacy of the former prime minister."},
		{"SUPPORT", "The president expressed support for the peace initiative."},
		{"SUPPORT", "Egypt and Israel restored full diplomatic relations on Tuesday."},
		{"SUPPORT", "The United States recognized the new government of Kosovo."},
		{"RETREAT", "The government released 200 political prisoners on Sunday."}, // release, CAMEO 084: RETREAT in PLOVER
		{"CONCEDE", "The junta eased restrictions on the press after weeks of pressure."},
		{"CONCEDE", "Authorities lifted the state of emergency in the capital."},
		{"CONCEDE", "The teachers' union suspended its strike after talks with the ministry."},
		{"CONCEDE", "The parliament repealed the controversial media law."},
		{"RETREAT", "Government forces withdrew from the northern town on Monday."},
		{"RETREAT", "Hundreds of rebels surrendered to the army."},
		{"RETREAT", "The interior minister resigned amid a corruption scandal."},
		{"AGREE", "The rebels agreed to disarm and demobilize their fighters."},
		{"SANCTION", "The European Union imposed an arms embargo on the country."},
		{"SANCTION", "Canada recalled its ambassador from Riyadh."},
		{"SANCTION", "Washington suspended military aid to the junta."},
		{"SANCTION", "The two countries severed diplomatic ties in 2017."},
		{"SANCTION", "The government broke off negotiations with the rebels."},
		{"COERCE", "Police detained dozens of opposition supporters in the capital."},
		{"COERCE", "The authorities banned the main opposition party."},
		{"COERCE", "Security forces raided the offices of an independent newspaper."},
		{"COERCE", "The government declared a state of emergency in three provinces."},
		{"COERCE", "Soldiers demolished dozens of homes in the village."},
		{"COERCE", "The country deported 300 migrants last week."},
		{"ASSAULT", "Gunmen kidnapped three aid workers in the south."},
		{"ASSAULT", "A suicide bomber blew himself up at a checkpoint, killing six."},
		{"ASSAULT", "Militants assassinated a provincial governor on Friday."},
		{"ASSAULT", "Police tortured detainees at the station, a rights group said."},
		{"ASSAULT", "Unknown attackers stabbed a journalist outside his home."},
		{"AID", "Japan sent 500 tons of rice to the flood victims."},
		{"AID", "The World Bank approved a 200 million dollar loan for the country."},
		{"AID", "Germany granted asylum to the dissident."},
		{"AID", "Aid agencies delivered food and water to the refugees."},
		{"FIGHT", "Government troops clashed with rebels near the border."},
		{"FIGHT", "Warplanes bombed rebel positions overnight."},
		{"FIGHT", "The army launched an offensive against the insurgents."},
		{"FIGHT", "Troops fired mortars at the rebel stronghold."},
		{"DISAPPROVE", "The ministry denounced the report as biased."},
		{"DISAPPROVE", "Rights groups accused the army of war crimes."},
		{"DISAPPROVE", "The opposition criticized the budget."},
		{"REJECT", "The rebels rejected the peace proposal."},
		{"REJECT", "The president refused to meet the opposition leaders."},
		{"THREATEN", "The union warned it would strike if wages were cut."},
		{"THREATEN", "The militants threatened to kill the hostages."},
		{"DEMAND", "The opposition called for early elections."},
		{"DEMAND", "Protesters demanded the resignation of the prime minister."},
		{"PROTEST", "Thousands marched through the capital on Saturday."},
		{"PROTEST", "Students staged a sit-in outside the ministry."},
		{"MOBILIZE", "The army deployed troops along the border."},
		{"MOBILIZE", "The government put the armed forces on high alert."},
		{"CONSULT", "The two presidents met in Paris on Friday."},
		{"CONSULT", "The foreign minister visited Beijing last week."},
		{"AGREE", "The two sides agreed to a ceasefire."},
		{"AGREE", "The government promised to hold elections next year."},
		{"INVESTIGATE", "Prosecutors opened an investigation into the killings."},
		{"COOPERATE", "The two navies held joint exercises in the Black Sea."},
	})
}

// TestCategoryExamplesMore varies the wording of TestCategoryExamples.
func TestCategoryExamplesMore(t *testing.T) {
	checkMainTypes(t, [][2]string{
		{"SUPPORT", "Moscow welcomed the decision of the court."},
		{"SUPPORT", "The prime minister apologised to the victims' families."},
		{"SUPPORT", "The leaders signed a friendship treaty in Beijing."},
		{"SUPPORT", "The party backed the president's reform plan."},
		{"SUPPORT", "Several governments congratulated the winner of the election."},
		{"RETREAT", "The regime freed the jailed opposition leader."}, // release, CAMEO 084: RETREAT in PLOVER
		{"CONCEDE", "The government gave in to the demands of the striking miners."},
		{"CONCEDE", "Officials relaxed the curfew in the city."},
		{"CONCEDE", "The army called off its operation in the valley."},
		{"CONCEDE", "The government scrapped the fuel price increase after the protests."},
		{"RETREAT", "The kidnappers released the two hostages unharmed."}, // release, CAMEO 084: RETREAT in PLOVER
		{"RETREAT", "The prime minister stepped down after losing the vote."},
		{"RETREAT", "The militia pulled out of the city."},
		{"RETREAT", "Occupation troops completed their withdrawal from the region."},
		{"RETREAT", "The besieged garrison surrendered on Friday."},
		{"SANCTION", "The bank froze the assets of three officials."},
		{"SANCTION", "Brussels halted all development aid to the country."},
		{"SANCTION", "The government expelled four diplomats for spying."},
		{"SANCTION", "The union cut ties with the ruling party."},
		{"SANCTION", "Washington imposed new sanctions on Tehran."},
		{"COERCE", "Police arrested the opposition leader at his home."},
		{"COERCE", "The authorities jailed three journalists for insulting the president."},
		{"COERCE", "Officials confiscated the newspaper's printing equipment."},
		{"COERCE", "The regime imposed a curfew after the riots."},
		{"COERCE", "The military government dissolved parliament."},
		{"COERCE", "Soldiers set fire to dozens of houses."},
		{"COERCE", "Riot police dispersed the crowd with tear gas."},
		{"ASSAULT", "Gunmen opened fire on a bus, killing 12 passengers."},
		{"ASSAULT", "A roadside bomb killed two soldiers."},
		{"ASSAULT", "Militants beheaded a hostage."},
		{"ASSAULT", "Attackers hurled grenades into the market."},
		{"ASSAULT", "The gang abducted a local official."},
		{"AID", "The United Nations airlifted supplies to the stranded villagers."},
		{"AID", "China provided 50 million dollars in aid to the island."},
		{"AID", "Rescuers evacuated hundreds of residents from the flooded area."},
		{"FIGHT", "Fighting between the army and rebels killed 30 people."},
		{"FIGHT", "Rebels captured the town after two days of fighting."},
		{"FIGHT", "Artillery pounded the outskirts of the city."},
		{"FIGHT", "The two armies exchanged fire across the border."},
		{"FIGHT", "Troops stormed the rebel headquarters."},
		{"DISAPPROVE", "The government condemned the attack as cowardly."},
		{"DISAPPROVE", "Activists filed a lawsuit against the ministry."},
		{"DISAPPROVE", "The embassy complained about the treatment of its citizens."},
		{"REJECT", "The opposition dismissed the offer of talks."},
		{"REJECT", "The government denied the accusations."},
		{"REJECT", "The court turned down the appeal."},
		{"REJECT", "Parliament vetoed the budget."},
		{"THREATEN", "The general warned of a military response."},
		{"THREATEN", "Rebels vowed to continue fighting."},
		{"DEMAND", "The union urged the government to raise wages."},
		{"DEMAND", "The UN appealed for calm."},
		{"PROTEST", "Workers went on strike at the car plant."},
		{"PROTEST", "Farmers blocked highways with tractors."},
		{"PROTEST", "Youths rioted in the suburbs overnight."},
		{"PROTEST", "Supporters held a rally in the capital."},
		{"MOBILIZE", "The country mobilized its reservists."},
		{"MOBILIZE", "Russia massed troops on the border."},
		{"CONSULT", "The envoy held talks with rebel leaders."},
		{"CONSULT", "The two ministers discussed the crisis by telephone."},
		{"AGREE", "The parties reached an agreement on power sharing."},
		{"AGREE", "The rebels accepted the ceasefire proposal."},
		{"INVESTIGATE", "The commission is investigating allegations of fraud."},
		{"AGREE", "The two countries agreed to share intelligence."},
		{"COOPERATE", "Police in both countries cooperated to dismantle the network."},
		{"DISAPPROVE", "Serbia protested to Albania over the border incident."},
		{"COERCE", "Police arrested 20 people in the town where two officers were killed last year."},
		{"PROTEST", "Demonstrators marched on the parliament, and police opened fire, killing six."},
		{"SANCTION", "The government declared two diplomats persona non grata."},
		{"SANCTION", "The country banned imports of beef from the region."},
		{"RETREAT", "The militia disbanded its units in the north."},
		{"CONCEDE", "The president commuted the death sentences of three activists."},
		{"COERCE", "The authorities placed the opposition leader under house arrest."},
	})
}

// TestLongSentences has the reporting clauses, fronted phrases and several
// events of real news sentences; PLOVER codes a stated future meeting as
// AGREE and an agreement to act as AGREE.
func TestLongSentences(t *testing.T) {
	checkMainTypes(t, [][2]string{
		{"SANCTION", "Following the coup, the European Union suspended all cooperation with the military government, a spokesman said on Tuesday."},
		{"CONCEDE", "Under pressure from the unions, the government on Monday withdrew its controversial pension bill."},
		{"RETREAT", "Rebel fighters began pulling out of the besieged city on Sunday under a deal brokered by the United Nations."},
		{"AID", "The World Food Programme said it had delivered 2,000 tonnes of food to displaced families in the east."},
		{"COERCE", "Police in the capital detained at least 50 people who had gathered to protest against the election results."},
		{"ASSAULT", "Unidentified gunmen shot dead a prominent human rights lawyer outside his office on Thursday, police said."},
		{"SUPPORT", "The foreign ministry issued a statement praising the agreement as a step towards peace."},
		{"DISAPPROVE", "The opposition leader accused the ruling party of rigging the vote, calling for an independent inquiry."},
		{"REJECT", "The government has rejected calls from opposition parties for an early election, saying the vote will take place as planned."},
		{"THREATEN", "The prime minister warned that the army would crush any attempt to seize power."},
		{"DEMAND", "Human rights groups have urged the authorities to release the detained activists immediately."},
		{"FIGHT", "Heavy fighting broke out between government forces and rebels in the north on Saturday, residents said."},
		{"MOBILIZE", "The defence ministry said it had sent additional troops to the border region after the clashes."},
		{"PROTEST", "Tens of thousands of people took to the streets of the capital on Sunday to demand the president's resignation."},
		{"AGREE", "The Secretary-General will meet leaders of both sides in Geneva next week, his spokesman said."},
		{"INVESTIGATE", "A United Nations team arrived in the capital to investigate reports of mass graves."},
		{"SUPPORT", "The warring factions signed a ceasefire agreement on Wednesday after weeks of negotiations."},
		{"AGREE", "The two countries have agreed to exchange intelligence on militant groups operating along their border."},
		{"COERCE", "The military junta has banned all political activity and imposed a nightly curfew."},
		{"SANCTION", "The United States has frozen the assets of five senior officials accused of corruption."},
		{"RETREAT", "The long-serving leader announced his resignation on state television on Friday."},
		{"RETREAT", "Authorities freed 200 prisoners arrested during last month's protests."}, // release, CAMEO 084: RETREAT in PLOVER
	})
}

// TestCAMEOStyle has sentences in the style of the CAMEO codebook's
// examples; stopping an event (halting aid, ending a curfew) is coded as
// what the stop amounts to, and pledges and orders as AGREE and DEMAND.
func TestCAMEOStyle(t *testing.T) {
	checkMainTypes(t, [][2]string{
		{"SANCTION", "Iraq has ordered all U.N. relief workers to leave the country within 48 hours."}, // expel aid agencies, CAMEO 1663
		{"SANCTION", "Britain has reduced its diplomatic presence in Tehran to a minimum."},
		{"SANCTION", "The Arab League voted to suspend Syria's membership."},
		{"SANCTION", "Japan halted economic assistance to Burma after the crackdown."},
		{"SANCTION", "Kenya closed its border with Somalia on Monday."},
		{"SANCTION", "The IMF has stopped lending to the country."},
		{"RETREAT", "Israeli troops pulled back from two West Bank towns on Tuesday."},
		{"RETREAT", "The guerrillas handed over their weapons to U.N. peacekeepers."},
		{"RETREAT", "Iraq allowed U.N. weapons inspectors to return."},
		{"DEMAND", "The government ordered its forces to halt the offensive."},
		{"CONCEDE", "The regime agreed to the opposition's demand for a new constitution."}, // accede to demands, CAMEO 083
		{"CONCEDE", "The military government announced an amnesty for political prisoners."},
		{"CONCEDE", "Authorities ended the state of emergency imposed in March."},
		{"AGREE", "Saudi Arabia pledged 100 million dollars for the reconstruction of Lebanon."},
		{"AID", "The Red Cross distributed blankets and food to the refugees."},
		{"AGREE", "France will train and equip the new Afghan army."},
		{"DISAPPROVE", "Chinese authorities have sentenced a dissident to ten years in prison."},
		{"COERCE", "Troops seized control of the state television building."},
		{"COERCE", "The government shut down three opposition newspapers."},
		{"COERCE", "Police used tear gas to break up a demonstration in the capital."},
		{"DISAPPROVE", "The opposition charged that the election was rigged."},
		{"DISAPPROVE", "Greece protested strongly to Turkey over the violation of its airspace."},
		{"DISAPPROVE", "Iran summoned the British ambassador to protest."},
		{"INVESTIGATE", "The U.N. sent a fact-finding mission to the region."},
		{"INVESTIGATE", "Police are looking into the cause of the explosion."},
		{"SUPPORT", "The Pope expressed solidarity with the victims."},
		{"SUPPORT", "Egypt's president voiced his backing for the peace plan."},
		{"SUPPORT", "Bonn defended its decision to recognize Croatia."},
		{"ASSAULT", "Militants massacred 30 villagers overnight."},
		{"ASSAULT", "The hijackers killed a passenger."},
		{"FIGHT", "Government aircraft bombed rebel positions in the north."},
		{"FIGHT", "Rebels ambushed an army convoy, killing 10 soldiers."},
		{"MOBILIZE", "Turkey massed 10,000 troops along its border with Iraq."},
		{"MOBILIZE", "The government declared a general mobilization."},
		{"THREATEN", "Iraq threatened to shoot down U.S. planes."},
		{"THREATEN", "North Korea warned of war if sanctions were imposed."},
		{"REJECT", "Serbia rejected the ultimatum."},
		{"REJECT", "The rebels ignored the ceasefire call."},
		{"DEMAND", "The Security Council called on both sides to halt the fighting."},
		{"DEMAND", "Washington asked Pakistan to extradite the suspect."},
	})
}

// A word of a name the name tagger found is no trigger: the oil company
// "Shell" did not shell anyone, while the same word outside a name does;
// nor is a word of a date ("March").
func TestTriggerInsideName(t *testing.T) {
	for _, tc := range []struct {
		body, name, date string
		want             int
	}{
		{"Shell raised its crude oil posted prices by 50 cents a barrel on Monday.", "Shell", "", 0},
		{"Troops shelled the border town on Monday.", "", "", 1},
		{"March exports of rubber rose by 5 pct.", "", "March", 0},
	} {
		r := &annalist.Record{Text: tc.body}
		if tc.name != "" {
			i := strings.Index(tc.body, tc.name)
			r.Entities = []annalist.Entity{{ID: "e1", Type: annalist.Organization, Name: tc.name,
				Mentions: []annalist.Span{{Start: i, End: i + len(tc.name), Text: tc.name}}}}
		}
		if tc.date != "" {
			i := strings.Index(tc.body, tc.date)
			r.Times = []annalist.Time{{Start: i, End: i + len(tc.date), Text: tc.date, Type: annalist.Date, Value: "1987-03"}}
		}
		New().Extract(text.Analyze(tc.body, ""), r)
		if len(r.Events) != tc.want {
			t.Errorf("%q: %d events %+v, want %d", tc.body, len(r.Events), r.Events, tc.want)
		}
	}
}

// A company's dealings with another company are no political event; a
// country word inside a company's name ("American Motors Corp") does not
// make the company a government.
func TestBusinessOnly(t *testing.T) {
	for _, tc := range []struct {
		body string
		want int
	}{
		{"Chrysler Corp agreed to acquire American Motors Corp for 1.1 billion dlrs.", 0},
		{"Police arrested the managers of American Motors Corp.", 1},
	} {
		r := &annalist.Record{Text: tc.body}
		New().Extract(text.Analyze(tc.body, ""), r)
		if len(r.Events) != tc.want {
			t.Errorf("%q: %d events %+v, want %d", tc.body, len(r.Events), r.Events, tc.want)
		}
	}
}

// TestReadingsTypes10 has the readings of branch types10: a hostile act
// its actor could take under a condition is a threat (CAMEO 13); the
// irregular past forms of WordNet's verb.exc find their lexicon verbs; a
// common noun of people that opens a sentence names no state; and a few
// idioms of the wires.
func TestReadingsTypes10(t *testing.T) {
	checkMainTypes(t, [][2]string{
		{"THREATEN", "The government said it could ban the newspaper if it kept publishing the leaks."},
		{"THREATEN", "Rebels might attack the capital unless the army withdraws."},
		{"SANCTION", "The sanctions could hurt exporters, analysts said."},
		{"DISAPPROVE", "The judge found the two officers guilty of torture."},
		{"PROTEST", "Shopkeepers boycotted the new sales tax."},
		{"SANCTION", "Mexico boycotted the summit."},
		{"REJECT", "The senate voted down the peace plan."},
		{"REJECT", "The supreme court threw out the appeal of the former minister."},
		{"THREATEN", "The army gave the gunmen two days to surrender."},
		{"AGREE", "Management and the union came to terms on a wage deal."},
	})
}
