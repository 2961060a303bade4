package event

import "testing"

// Readings that the judged web pages (eval/testdata/judged-pages.tsv, the
// judged23 round) showed missing. Sentences written for these tests.

// TestMobilizedNothing: PLOVER's mobilisation is of armed forces; an
// alert, a deployment or a build-up of anything else, between parties of
// no political kind and with no armed word, is another sense. Troops,
// police and a state's forces stay.
func TestMobilizedNothing(t *testing.T) {
	noneOf(t, []string{"MOBILIZE"},
		"The new monitor alerts the night nurse when a patient's heart rate drops.",
		"The utility is deploying smarter meters across the county this winter.",
		"Over the season the writers slowly build up the heroine as a reluctant leader.",
		"Residents said they never received the emergency alerts on their phones.",
	)
	for _, c := range []struct{ s, want string }{
		{"The army deployed two battalions to the northern border on Sunday.", "MOBILIZE"},
		{"Russia put its nuclear forces on high alert on Monday.", "MOBILIZE"},
	} {
		wantParsed(t, c.s, c.want)
	}
}

// TestRecallMemory: "recalled" with nothing recalled is memory, not a
// state recalling its envoy, which names the envoy.
func TestRecallMemory(t *testing.T) {
	noneOf(t, []string{"SANCTION"},
		"\u201cWe had nothing but a kettle and a radio,\u201d the old farmer recalled.",
		"Her brother recalled in a letter that the winters were long.",
	)
	wantParsed(t, "Poland recalled its ambassador from Minsk on Friday.", "SANCTION")
}

// TestReleasedThing: a release of a thing (a product, a letter, a gas) is
// no release of captives; people, a number of them and names stay.
func TestReleasedThing(t *testing.T) {
	noneOf(t, []string{"RETREAT"},
		"The studio released a new version of its editing software last spring.",
		"The senator released a letter from her doctor on Thursday.",
		"Scientists measured the methane being released from the thawing soil.",
	)
	for _, s := range []string{
		"The rebels released 12 hostages on Tuesday.",
		"Eleven fishermen were seized last month; all but three have now been released.",
		"Soldiers detained the two reporters at a checkpoint and released them yesterday.",
		"The militia released the prisoners yesterday.",
	} {
		wantParsed(t, s, "RETREAT")
	}
}

// TestFightsIll: fighting, battling or combating an ill or a vice is a
// campaign, no combat; fighting a party or a place stays.
func TestFightsIll(t *testing.T) {
	noneOf(t, []string{"FIGHT"},
		"The county will spend the grant on clinics to fight addiction in rural towns.",
		"The club has been battling injuries all season.",
		"Volunteers in the valley have long fought poverty with food banks.",
	)
	wantParsed(t, "Government troops fought rebels near the town of Gao on Monday.", "FIGHT")
}

// TestGadgetContext: sentences of consumer technology, motoring and games
// ([elsewhere]) report no political event between parties of no political
// kind; a state's act on a product stays.
func TestGadgetContext(t *testing.T) {
	noneOf(t, []string{"AID", "COERCE", "CONCEDE", "SUPPORT", "DISAPPROVE"},
		"A second motor could be fitted for all-wheel-drive, giving the hatchback 300 horsepower.",
		"A smartphone app will support remote charging and climate control.",
		"As a long-suffering owner of laptops with broken keyboards, I welcome the new design.",
	)
	wantParsed(t, "The government banned the messaging app across the country after the protests.", "COERCE")
}

// wantParsed fails t unless s, parsed, reports an event of type want.
func wantParsed(t *testing.T, s, want string) {
	t.Helper()
	evs := parsedEvents(s)
	if !hasType(evs, want) {
		t.Errorf("%q: no %s event in %v", s, want, typesOf(evs))
	}
}
