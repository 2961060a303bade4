package event_test

import (
	"os"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/eval"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/text"
)

// TestArgsDevSentences scores the actor and target of the main event on
// the dev sets testdata/plover/args7.txt, args8.txt, args9.txt, args10.txt,
// args11.txt, args12.txt, args12b.txt, args13.txt, args14.txt, args15.txt, args16.txt
// and args17.txt
// (invented sentences, one construction each) as 'annalist eval events'
// scores the PLOVER records, with its matcher. Their first runs, before the
// argument rules were changed for them, are the honest estimates: args7
// actor 0.852 (69/81), target 0.857 (66/77); args8 actor 0.951 (78/82),
// target 0.815 (66/81); args9 actor 0.882 (90/102), target 0.865 (90/104);
// args10 (wire-style sentences in the mix of wire news, not by
// construction) actor 0.886 (70/79), target 0.769 (60/78); args11 (wire
// style, attributions, metonymy, nominal and subordinate events) actor
// 0.930 (93/100), target 0.835 (81/97); args12 (wire style, weighted to
// passives, nominalisations, light verbs, relative clauses, reported
// speech and headlines) actor 0.938 (60/64), target 0.892 (58/65). All are
// dev sets since (args8 now
// 0.963, 0.926; args9 0.931, 0.923; args10 0.911, 0.833; args11 0.940,
// 0.887; args12 0.953, 0.938). args12b (25 more, written after the
// args12 readings in their constructions) first run actor 0.880,
// target 0.720 (branch point 0.720, 0.640); 0.880, 0.800 since. args13
// (wire style, weighted to targets against places, times, instruments
// and beneficiaries) first run actor 0.889 (72/81), target 0.867
// (72/83); 0.926, 0.928 since (0.938, 0.940 with the args14 model).
// args14 (wire style, several event words a sentence: the main event
// and its arguments) first run actor 0.951 (58/61), target 0.836
// (51/61); 0.967, 0.885 since (0.967, 0.951 after args15). args15 (wire
// style, weighted to passives, nominalisations, light verbs, reported
// speech, two-sided acts, control verbs and outcome participles) first
// run actor 0.955 (84/88), target 0.886 (78/88); 0.955, 0.932 since.
// args16 (103 long wire sentences written hard: datelines, titles,
// possessive and conjoined actors, prepositional targets, nominal
// predicates, relative clauses, control, reported speech, passives,
// pronouns, several events) first run actor 0.903 (93/103), target 0.804
// (82/102); 0.951, 0.863 since. args17 (106 long wire sentences in the
// source and target conventions of real records: trailing attributions,
// reported acts, agentless passives, nominalisations, appositions,
// control, pronouns, nationality adjectives, prepositional targets,
// statements about a third party) first run actor 0.868 (92/106), target
// 0.825 (85/103); 0.934, 0.854 since.
func TestArgsDevSentences(t *testing.T) {
	for _, c := range []struct {
		file                string
		minActor, minTarget float64 // a little under those measured
	}{
		{"args7.txt", 0.92, 0.88},
		{"args8.txt", 0.94, 0.88},
		{"args9.txt", 0.91, 0.90},
		{"args10.txt", 0.89, 0.81},
		{"args11.txt", 0.93, 0.87},
		{"args12.txt", 0.94, 0.92},
		// 0.84, 0.76 since recall1: in "The arrest of a rapper by X has
		// drawn criticism from rights groups" the main event is the
		// criticism (the gold codes the arrest), whose arguments are now
		// its own (rights groups against X), not the arrest's by accident.
		{"args12b.txt", 0.83, 0.75},
		{"args13.txt", 0.91, 0.91},
		{"args14.txt", 0.95, 0.93},
		{"args15.txt", 0.94, 0.91},
		{"args16.txt", 0.94, 0.85},
		{"args17.txt", 0.92, 0.84},
	} {
		f, err := os.Open("testdata/plover/" + c.file)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := eval.EvaluateEvents(f, "all", beforeEvents)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		actor := float64(rep.ActorMatch) / float64(rep.ActorGold)
		target := float64(rep.TargetMatch) / float64(rep.TargetGold)
		t.Logf("%s: actor %.3f (%d/%d), target %.3f (%d/%d)", c.file, actor, rep.ActorMatch, rep.ActorGold, target, rep.TargetMatch, rep.TargetGold)
		if actor < c.minActor || target < c.minTarget {
			t.Errorf("%s: actor %.3f, target %.3f; want >= %.2f, %.2f", c.file, actor, target, c.minActor, c.minTarget)
		}
	}
}

// beforeEvents runs the default extractors that come before the event
// extractor, as the pipeline does.
func beforeEvents(d *text.Doc, r *annalist.Record) {
	for _, x := range extract.DefaultExtractors() {
		if x.Name() == "event" {
			return
		}
		x.Extract(d, r)
	}
}
