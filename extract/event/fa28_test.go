package event_test

import (
	"slices"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract/event"
	"github.com/annalist/annalist/syntax"
	"github.com/annalist/annalist/text"
)

// mentionNone fails t if the extractor alone (no date resolution, as the
// snippet sets run it) gives a sentence a mention of one of types.
func mentionNone(t *testing.T, types []string, sentences ...string) {
	t.Helper()
	for _, s := range sentences {
		d := text.Analyze(s, "2024-03-01")
		d.Parser = syntax.Lazy
		for _, m := range event.Mentions(d, &annalist.Record{Text: s, Published: "2024-03-01"}) {
			if slices.Contains(types, m.Type) {
				t.Errorf("%q: got %s %q, want none of %v", s, m.Type, m.Trigger.Text, types)
			}
		}
	}
}

// Readings for hard non-events that share the words of conflict (issue
// 12, branch fa28; extract/event/ACLED.md, fa28 round). Sentences written
// for these tests.

// TestCeremonialMarch: a march, a parade or a procession in a sentence of
// a ceremony with no word of a grievance is the ceremony's; marchers who
// denounce something at a parade protest.
func TestCeremonialMarch(t *testing.T) {
	noneIn(t, []string{"PROTEST"},
		"Sailors marched through the harbour town in the jubilee parade.",
		"The regiment's pipers led the funeral procession at the memorial service.",
	)
	wantIn(t, "Hundreds of farmers marched in the harvest parade to denounce the new land tax.", "PROTEST")
}

// TestAccidentCasualties: people hurt with no one hurting them in a
// sentence of an accident, with armed words only on the victims or their
// vehicles, are the accident's toll; soldiers hurt when rebels ambush
// them stay.
func TestAccidentCasualties(t *testing.T) {
	noneIn(t, []string{"ASSAULT", "FIGHT", "COERCE"},
		"Three policemen were hurt when their patrol car skidded off an icy road.",
		"Five soldiers were injured after a military lorry collided with a tractor.",
		"Their army truck overturned on the motorway.",
	)
	wantIn(t, "Five soldiers were injured when rebels ambushed their convoy near the border.", "FIGHT")
}

// TestTrainingAccident: violence in a sentence of practice ("during an
// exercise") that no party does is an accident, though someone is hurt;
// militants who attack troops at an exercise stay.
func TestTrainingAccident(t *testing.T) {
	noneIn(t, []string{"ASSAULT", "FIGHT"},
		"A mortar round detonated early during a training exercise, wounding two cadets.",
	)
	wantIn(t, "Militants attacked soldiers during a training exercise, wounding two officers.", "FIGHT")
}

// TestPastDecadeAndEra: "a decade ago" and "during the revolt of 1920"
// date what a clause tells to history.
func TestPastDecadeAndEra(t *testing.T) {
	mentionNone(t, []string{"ASSAULT", "COERCE", "PROTEST", "FIGHT"},
		"Striking miners were beaten by mounted police outside the pit a decade ago.",
		"Mutineers burned the governor's house during the rising of 1857.",
	)
	wantIn(t, "Strikers were beaten by mounted police in the square on Monday.", "ASSAULT")
}

// TestReliefDeployment: troops sent out in a sentence of a disaster with
// no armed word but their own do relief work; troops sent against rebels
// after a flood are mobilised.
func TestReliefDeployment(t *testing.T) {
	noneIn(t, []string{"MOBILIZE"},
		"Soldiers were sent to stack sandbags as the river burst its banks after heavy rain.",
	)
	wantIn(t, "Hundreds of troops were deployed to the north after rebels overran a garrison.", "MOBILIZE")
}

// TestVotingAtPolls: people who go to the polls vote; they consult no one.
func TestVotingAtPolls(t *testing.T) {
	noneIn(t, []string{"CONSULT", "MOBILIZE"},
		"Millions of Indonesians went to the polls on Wednesday.",
		"Voters went to the polls in Chile on Sunday.",
	)
}

// TestRulingOnPast: violence or protest told in the "that" clause of a
// court's or an inquiry's ruling is what the ruling judged, no event the
// sentence reports; the same acts told outright stay.
func TestRulingOnPast(t *testing.T) {
	noneIn(t, []string{"ASSAULT", "COERCE", "PROTEST", "FIGHT"},
		"A tribunal ruled that the detention of the striking dockers had breached their rights.",
		"The judge found that soldiers beat the detainees in the barracks.",
	)
	wantIn(t, "Soldiers beat the detainees in the barracks, a rights group said.", "ASSAULT")
}

// TestRetirement: one person who retires ends a career; troops who retire
// from a position retreat.
func TestRetirement(t *testing.T) {
	noneIn(t, []string{"RETREAT", "CONCEDE"},
		"The admiral retired last month after a career of 35 years at sea.",
	)
	wantIn(t, "The rebels retired from the hills after two days of shelling.", "RETREAT")
}

// TestFightVice: a vow to fight a vice or an ill is a policy pledge; a vow
// to fight the rebels threatens them.
func TestFightVice(t *testing.T) {
	noneIn(t, []string{"THREATEN", "FIGHT"},
		"The new governor pledged to fight graft and unemployment in the province.",
		"The mayor vowed on Monday to combat crime and illiteracy.",
		"The mayor vowed in an interview to fight graft and unemployment.",
	)
	wantIn(t, "The new governor pledged to fight the rebels in the province.", "THREATEN")
}
