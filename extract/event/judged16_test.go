package event

import "testing"

// Readings prompted by the false alarms judged on ECB+'s training topics
// (eval/testdata/judged-ecbplus.tsv); every sentence here was written for
// this test.

// checkNone and checkType run each sentence as a story body under no
// headline.
func checkNone(t *testing.T, sents []string) {
	t.Helper()
	for _, s := range sents {
		if evs := titledEvents("", s); len(evs) > 0 {
			t.Errorf("%q: got %s %q, want no event", s, evs[0].Type, evs[0].Trigger.Text)
		}
	}
}

func checkType(t *testing.T, cases [][2]string) {
	t.Helper()
	for _, c := range cases {
		if evs := titledEvents("", c[0]); !hasType(evs, c[1]) {
			t.Errorf("%q: got %v, want a %s", c[0], typesOf(evs), c[1])
		}
	}
}

// TestDeathWithoutViolence: a death verb in a sentence with nothing armed and no
// violent trigger is a death of illness, age or in custody, whatever the
// place's or the person's kind; soldiers who died, or deaths told with
// what killed, stay.
func TestDeathWithoutViolence(t *testing.T) {
	checkNone(t, []string{
		"The novelist Marta Ilves died quietly at her home in Tartu on Sunday, her publisher said.",
		"Former union boss Ray Cullen has died in a hospital wing of the state prison in Ohio.",
		"Singer Joe Delaney died of a stroke on Tuesday in Nashville, his manager announced.",
	})
	checkType(t, [][2]string{
		{"Two soldiers died in the Helmand valley on Tuesday, the ministry said.", "FIGHT"},
		{"Four villagers died when gunmen opened fire on a market in Zamfara.", "ASSAULT"},
	})
}

// TestSoftwareRelease: a release whose object is software or a medium
// frees no one, however the target search read the sentence.
func TestSoftwareRelease(t *testing.T) {
	checkNone(t, []string{
		"Oracle on Tuesday released an urgent security patch for its database server software.",
		"The firm released a critical update to its mobile banking app after complaints from users.",
	})
	checkType(t, [][2]string{
		{"The rebels released twelve hostages in northern Mali on Tuesday.", "RETREAT"},
	})
}

// TestScreenBusiness: talks, deals and exits of film people in a sentence
// of the screen trade are no political event; a state party's act on a
// film stays.
func TestScreenBusiness(t *testing.T) {
	checkNone(t, []string{
		"Director Lena Ortiz is in talks to direct the sequel to the studio's spy thriller.",
		"Actor Sam Reyes has pulled out of negotiations to star in the remake of the western.",
		"The studio offered the screenwriter a three-picture deal after the film's opening weekend.",
	})
	checkType(t, [][2]string{
		{"The Chinese government banned the film after it mocked the party leadership.", "COERCE"},
	})
}

// TestEmployerDiscipline: a suspension or an escort out of a workplace
// between private people is the employer's; a state's suspension stays.
func TestEmployerDiscipline(t *testing.T) {
	checkNone(t, []string{
		"A warehouse employee who had been suspended for arguing with a supervisor was escorted from the site on Monday.",
		"The bus driver was suspended from his job pending an internal review.",
	})
	checkType(t, [][2]string{
		{"The European Union suspended aid to the junta after the coup.", "SANCTION"},
	})
}

// TestDestroyedByCause: what a fire or a blaze destroyed, with no agent
// and nothing armed, was not destroyed by anyone; troops who burned a
// village did.
func TestDestroyedByCause(t *testing.T) {
	checkNone(t, []string{
		"A furniture store in Leeds was destroyed in a fire early on Sunday.",
		"Two warehouses were damaged by fire overnight, the fire service said.",
	})
	checkType(t, [][2]string{
		{"Soldiers destroyed dozens of homes in the village on Sunday, residents said.", "COERCE"},
	})
}

// TestInvestigatedFire: police or investigators looking into a fire or an
// accident investigate no crime, corruption or abuse; an investigation of
// an attack stays.
func TestInvestigatedFire(t *testing.T) {
	checkNone(t, []string{
		"Detectives are investigating a blaze that gutted a bowling alley in Swindon.",
		"Officials are still investigating the fire at the Harlow warehouse.",
	})
	checkType(t, [][2]string{
		{"The United Nations is investigating the massacre of 40 villagers by militiamen.", "INVESTIGATE"},
	})
}

// TestNoEventIdioms: voters voting in an election, a plea in court and
// sport's rosters and positions are no events; a parliament's vote on a
// measure stays.
func TestNoEventIdioms(t *testing.T) {
	checkNone(t, []string{
		"The people of Moldova have voted in the first presidential election since independence.",
		"The accountant pleaded guilty to tax evasion in a Leeds court.",
		"The Falcons placed their starting running back on injured reserve.",
	})
	checkType(t, [][2]string{
		{"Parliament voted to approve the peace treaty with Armenia.", "AGREE"},
	})
}

// TestThreatenedWithState: "threatened with" a state rather than a
// hostile act tells of a danger; a threat of arrest or with a weapon
// stays.
func TestThreatenedWithState(t *testing.T) {
	checkNone(t, []string{
		"Dozens of wetland bird species are threatened with extinction, the survey found.",
		"The paper mill in Kemi is threatened with closure after its orders fell.",
	})
	checkType(t, [][2]string{
		{"The opposition leader was threatened with arrest by the interior minister.", "THREATEN"},
	})
}

// TestCriminalArrests: an arrest of someone the dictionaries code as a
// criminal, however the parse read who acted, is police work on crime;
// arson by no political party is crime; an opposition leader's arrest
// stays.
func TestCriminalArrests(t *testing.T) {
	checkNone(t, []string{
		"A reputed Mafia boss arrested last week near Naples was found dead in his cell.",
		"A chapel in Dorset was nearly destroyed by arsonists on Sunday night.",
	})
	checkType(t, [][2]string{
		{"Police arrested the opposition leader in Harare on Monday.", "COERCE"},
	})
}

// TestCartelArrestByTroops: soldiers who take members of a cartel act on
// an organised armed group.
func TestCartelArrestByTroops(t *testing.T) {
	checkType(t, [][2]string{
		{"Soldiers arrested a drug cartel leader after a gun battle in Sinaloa.", "COERCE"},
	})
}

// TestAidWorkersStay: aid workers' deliveries are aid whatever the job
// words; a journalist held while colleagues speak stays held.
func TestAidWorkersStay(t *testing.T) {
	checkType(t, [][2]string{
		{"Aid workers delivered food and medicine to refugees in the camp on Tuesday.", "AID"},
		{"A journalist spent a third day in police custody on Friday, his colleagues said.", "COERCE"},
	})
}
