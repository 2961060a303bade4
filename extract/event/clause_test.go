package event

import (
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/syntax"
	"github.com/annalist/annalist/text"
)

// checkParsedMainTypes is checkMainTypes with the parser, as the pipeline
// and the PLOVER evaluation read a sentence.
func checkParsedMainTypes(t *testing.T, cases [][2]string) {
	t.Helper()
	checkParsed(t, cases, currentTypeModel())
}

// checkParsed reads with the type model tm (nil: the rules alone).
func checkParsed(t *testing.T, cases [][2]string, tm *TypeModel) {
	t.Helper()
	for _, c := range cases {
		d := text.Analyze(c[1], "2024-03-01")
		d.Parser = syntax.Lazy
		ms := mentionsWith(d, &annalist.Record{Text: c[1], Published: "2024-03-01"}, tm)
		got, trig := "NONE", ""
		if k := Main(ms); k >= 0 {
			got, trig = ms[k].Type, ms[k].Trigger.Text
		}
		if got != c[0] {
			t.Errorf("%q: main event %s [%s], want %s", c[1], got, trig, c[0])
		}
	}
}

// TestClauseDepth: the main event is the main clause's, by the parse: a
// verb in a relative or complement clause under a noun of the main clause
// does not beat that noun, and a noun that only modifies another noun
// ("riot police") is no predicate. Sentences written for this test.
func TestClauseDepth(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"INVESTIGATE", "Lawmakers set up a committee of inquiry into allegations that ministers took money from arms dealers."},
		{"COERCE", "Riot police fired tear gas to break up a sit-in outside the ministry."},
	})
}

// TestGapSpansNoVerb: a phrase's gap does not span a finite verb: in
// "Protest leaders rejected an invitation to talks" the phrase
// "protest * to" (a formal protest) does not match across "rejected".
func TestGapSpansNoVerb(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"REJECT", "Strike leaders rejected an invitation to talks with the transport ministry."},
		{"REJECT", "Protest organisers rejected an invitation to talks with the mayor on Monday."},
	})
}

// TestIntentByComplement: a statement of intent is typed by what is
// intended (CAMEO 03 against 13): a vow to do what names no hostile act
// promises it; a readiness or pledge to use force threatens; "on" before a
// date ("vowed on Monday to") governs nothing, as "insisted on" does. The rules
// alone, with the model.
func TestIntentByComplement(t *testing.T) {
	cases := [][2]string{
		{"AGREE", "The governor vowed on Monday to repair every school damaged by the storm before the new term."},
		{"THREATEN", "The militia commander said his men were ready to use force against anyone who crossed the river."},
		{"THREATEN", "The rebels vowed to fight on until the regime falls."},
		{"AGREE", "The mayor promised protesting nurses that their overtime would be paid in full."},
	}
	checkParsed(t, cases, nil)
	checkParsedMainTypes(t, cases)
}

// TestPassiveObject: a passive subject is the verb's object for the
// phrases that name one ("monitors were allowed in": allow * <mission>,
// RETREAT 086; "reporters were expelled": expel * <civilian>, COERCE 174)
// and for stopping an event ("the stoppage was called off": CONCEDE; "aid
// was suspended": SANCTION); a participle after the object is no person
// the object word qualifies ("expelled reporters accused of"). The rules
// alone.
func TestPassiveObject(t *testing.T) {
	checkParsed(t, [][2]string{
		{"RETREAT", "Foreign inspectors were allowed to enter the plant on Tuesday."},
		{"COERCE", "Four foreign reporters were expelled from the country on Monday."},
		{"COERCE", "The junta expelled two reporters accused of spreading false news."},
		{"CONCEDE", "The curfew was lifted on Sunday after a week of calm."},
		{"CONCEDE", "The strike was called off after a night of talks with the employers."},
		{"SANCTION", "Military aid to the junta was suspended after the coup."},
	}, nil)
}

// TestLexiconTypes11: entries added in branch types11 (the rules alone).
func TestLexiconTypes11(t *testing.T) {
	checkParsed(t, [][2]string{
		{"RETREAT", "The police chief stepped aside on Friday while prosecutors examine the case."},
		{"FIGHT", "Enemy artillery hit the outskirts of the town overnight."},
		{"INVESTIGATE", "The ombudsman said he would send a team to look into the complaints."},
	}, nil)
}

// TestStoppedEventMood: stopping an event takes the stop verb's mood, so a
// hostile stop that could follow a condition is a threat (CAMEO 13: "could
// freeze aid if"); crowds barricading obstruct (CAMEO 1443). The rules
// alone.
func TestStoppedEventMood(t *testing.T) {
	checkParsed(t, [][2]string{
		{"THREATEN", "The donors said they could suspend aid to the ministry if the arrests continue."},
		{"PROTEST", "Angry villagers barricaded the road to the mine with logs and stones."},
	}, nil)
}

// TestVisitPurpose: a trip's or visit's purpose is the event ("flew to the
// border to inspect the troops": INVESTIGATE); a visit to talk stays a
// visit.
func TestVisitPurpose(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"INVESTIGATE", "The defence minister flew to the border on Sunday to inspect the troops."},
		{"INVESTIGATE", "A team of experts will travel to the province next month to look into the deaths of the prisoners."},
		{"CONSULT", "The foreign minister visited Moscow to discuss the crisis."},
	})
}

// TestLongUltimatum: "give <object> N hours to" is an ultimatum (CAMEO
// 139) however long the object, within the clause.
func TestLongUltimatum(t *testing.T) {
	checkParsed(t, [][2]string{
		{"THREATEN", "Police gave the occupiers of the old customs building 12 hours to leave."},
		{"AID", "The government gave 500 families living near the dam two weeks of food aid."},
	}, nil)
}

// TestFrontedParticiple: a participle clause set off by a comma before its
// verb is subordinate by the parse ("Accused of ..., the general was
// arrested": COERCE, not the accusation).
func TestFrontedParticiple(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"COERCE", "Accused of plotting a coup, the general was arrested at his home."},
		{"COERCE", "Suspected of spying for the rebels, two teachers were detained by soldiers."},
	})
}

// TestObjectBeforeSubject: of two event nouns, the subject and the object
// of one verb, the object is what the clause reports.
func TestObjectBeforeSubject(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"PROTEST", "The arrest of the opposition leader sparked clashes between his supporters and police."},
		{"AGREE", "The talks produced an agreement on prisoner exchanges."},
	})
}

// TestOrdersAndUndertakings: an act ordered by name is that act
// ("ordered an inquiry into": INVESTIGATE); "undertake to" promises, even
// where the tagger reads the irregular past as a noun; receiving a
// delegation hosts a visit. The rules alone.
func TestOrdersAndUndertakings(t *testing.T) {
	checkParsed(t, [][2]string{
		{"INVESTIGATE", "The governor ordered an inquiry into the collapse of the stand that killed nine fans."},
		{"AGREE", "The army commander undertook to return the seized farms to their owners."},
		{"CONSULT", "The prime minister received a delegation of striking miners at his office on Monday."},
		{"ASSAULT", "Two men on a motorbike threw acid at a women's rights activist outside her home."},
	}, nil)
}

// TestCompensation: compensating is material aid (its promise AGREE).
// The rules alone.
func TestCompensation(t *testing.T) {
	checkParsed(t, [][2]string{
		{"AGREE", "The interior minister said his ministry would compensate the families of the 11 people shot dead by police."},
		{"AID", "The mining company compensated 300 families evicted to make way for the pit."},
	}, nil)
}
