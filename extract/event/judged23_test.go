package event_test

import (
	"slices"
	"testing"

	"github.com/annalist/annalist"
)

// Readings that the judged web pages (eval/testdata/judged-pages.tsv, the
// judged23 round) showed missing. Sentences written for these tests.

// TestMobilizedNothing: PLOVER's mobilisation is of armed forces; an
// alert, a deployment or a build-up of anything else, between parties of
// no political kind and with no armed word, is another sense. Troops,
// police and a state's forces stay.
func TestMobilizedNothing(t *testing.T) {
	noneIn(t, []string{"MOBILIZE"},
		"Once the protein binds to a gut cell, it triggers the release of a signal, which alerts the immune system to the problem.",
		"The sensors give nurses critical readings and alert them when a doctor is needed.",
		"Many cities have made progress by enforcing clean-air rules and deploying cleaner buses.",
		"Both of which build up the robot's character as a curious, brave little machine.",
	)
	for _, c := range []struct{ s, want string }{
		{"The army deployed two battalions to the northern border on Sunday.", "MOBILIZE"},
		{"Russia put its nuclear forces on high alert on Monday.", "MOBILIZE"},
	} {
		wantIn(t, c.s, c.want)
	}
}

// TestRecallMemory: "recalled" with nothing recalled is memory, not a
// state recalling its envoy, which names the envoy.
func TestRecallMemory(t *testing.T) {
	noneIn(t, []string{"SANCTION"},
		"\u201cWe had nothing but a kettle and a radio,\u201d the old farmer recalled.",
		"Her brother recalled in a letter that the winters were long.",
	)
	wantIn(t, "Poland recalled its ambassador from Minsk on Friday.", "SANCTION")
}

// TestReleasedThing: a release of a thing (a product, a letter, a gas) is
// no release of captives; people, a number of them and names stay.
func TestReleasedThing(t *testing.T) {
	noneIn(t, []string{"RETREAT"},
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
		wantIn(t, s, "RETREAT")
	}
}

// TestGadgetContext: sentences of consumer technology, motoring and games
// ([elsewhere]) report no political event between parties of no political
// kind; a state's act on a product stays.
func TestGadgetContext(t *testing.T) {
	noneIn(t, []string{"AID", "COERCE", "CONCEDE", "SUPPORT", "DISAPPROVE"},
		"A smartphone app will support cabin heating, remote charging control and other features.",
		"It has a 300-horsepower motor, but a second motor could be fitted for all-wheel-drive, giving the car 400 horsepower.",
		"As one of many owners of broken laptop keyboards, I welcome the new design.",
	)
	// A car's suspension and a player's are no state's measure.
	noneIn(t, []string{"SANCTION"},
		"The front suspension has also been reworked to cut unsprung weight.",
		"The sport model has 19-inch wheels and air suspension as standard.",
		"The brawl led to multi-game suspensions for Denver pass rusher Tom Reed and Chicago center Al Diaz.",
	)
	wantIn(t, "The European Union announced the suspension of aid to the junta on Monday.", "SANCTION")
	wantIn(t, "The government banned the messaging app across the country after the protests.", "COERCE")
}

// TestPageIdioms: fixed expressions of the web's copy that hold a trigger
// word: a reporter's "request for comment", "supply and demand", "for
// free". A demand of a party stays.
func TestPageIdioms(t *testing.T) {
	noneIn(t, []string{"DEMAND", "RETREAT"},
		"The senator's office didn't respond to a request for comment.",
		"Beijing wants supply and demand to dictate purchases of farm goods.",
		"Visitors get a drink for free.",
	)
	wantIn(t, "The opposition demanded the resignation of the interior minister.", "DEMAND")
}

// TestRapeCase: rape between private people is ordinary crime ([crime]),
// as ACLED leaves it; sexual violence by soldiers or militiamen stays.
func TestRapeCase(t *testing.T) {
	noneIn(t, []string{"ASSAULT"},
		"The singer was accused of rape by a former assistant and sexual assault by a second woman.",
		"A 32-year-old man raped a jogger in a city park, police said.",
	)
	wantIn(t, "Soldiers raped dozens of women in the village during the offensive, a rights group said.", "ASSAULT")
}

// TestScoreLine: a result written as names and scores ("Hawks 4, Rangers
// 2:") is sport, whose "beat" is no blow; a beating by police stays.
func TestScoreLine(t *testing.T) {
	noneIn(t, []string{"ASSAULT", "FIGHT"},
		"Falcons 5, Comets 1: Ivan Roik had a goal and an assist, and Denver beat Toronto for a third straight win.",
	)
	wantIn(t, "Police beat dozens of protesters outside parliament on Monday.", "ASSAULT")
}

// reportedOnly keeps the events reported as having happened, as the
// exports carry them.
func reportedOnly(evs []annalist.Event) []annalist.Event {
	var out []annalist.Event
	for _, e := range evs {
		if e.Modality == "" {
			out = append(out, e)
		}
	}
	return out
}

// noneIn fails t if a sentence, through the whole pipeline (names and
// places as a page gets them), reports an event of one of types.
func noneIn(t *testing.T, types []string, sentences ...string) {
	t.Helper()
	for _, s := range sentences {
		for _, e := range reportedOnly(pipelineEvents(s)) {
			if slices.Contains(types, e.Type) {
				t.Errorf("%q: got %s %q, want none of %v", s, e.Type, e.Trigger.Text, types)
			}
		}
	}
}

// wantIn fails t unless s, through the whole pipeline, reports an event of
// type want.
func wantIn(t *testing.T, s, want string) {
	t.Helper()
	var got []string
	for _, e := range reportedOnly(pipelineEvents(s)) {
		if e.Type == want {
			return
		}
		got = append(got, e.Type+" "+e.Trigger.Text)
	}
	t.Errorf("%q: no %s event in %v", s, want, got)
}
