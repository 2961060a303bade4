package event_test

import (
	"strings"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/extract/event"
	"github.com/annalist/annalist/syntax"
	"github.com/annalist/annalist/text"
)

// TestParsedConstructions reads sentences written for this test as the
// pipeline does (names, places, times and counts, then events with the
// embedded parser), and checks the actor and target
// of the event at the trigger: each row is one construction the argument
// rules rely on. Spans keep a phrase's nmods ("in Cairo"), as the PLOVER
// gold often does. An empty want is not checked.
func TestParsedConstructions(t *testing.T) {
	cases := []struct{ text, trigger, actor, target string }{
		// a nominal predicate: "of" is the patient, "by" the agent
		{"The killing of three protesters by police sparked outrage across the country.", "killing", "police", "three protesters"},
		// a light verb: its subject acts, the noun's "on" phrase is hit
		{"Rebels carried out an attack on an army base in the north on Sunday.", "attack", "Rebels", "army base"},
		// control: the subject of "moved" disperses
		{"Police moved to disperse the crowd outside parliament.", "disperse", "Police", "crowd outside parliament"},
		// a person's possessive is the patient of an arrest
		{"Violent protests broke out as a result of Khan's arrest on corruption charges.", "arrest", "", "Khan"},
		// a title and a name the parser split are one phrase
		{"Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow on Monday.", "met", "Russian President Vladimir Putin", "Chinese leader Xi Jinping in Moscow"},
		{"Iran's supreme leader Ayatollah Ali Khamenei warned the United States against any attack.", "warned", "Iran's supreme leader Ayatollah Ali Khamenei", "United States"},
		// DEMAND "called on X to"
		{"The United Nations called on Israel to halt settlement construction in the West Bank.", "called on", "United Nations", "Israel"},
		// a passive subject is the target, the by-agent the actor
		{"Three journalists were arrested by security forces in Cairo on Wednesday.", "arrested", "security forces in Cairo", "Three journalists"},
		// a common noun of people is a party: the object stays the target
		// rather than the place or the kidnappers ("50 schoolgirls", "a
		// local chief")
		{"Nigeria's military said it had rescued 50 schoolgirls kidnapped by Boko Haram.", "rescued", "Nigeria's military", "50 schoolgirls"},
		{"Armed men abducted a local chief in the Niger Delta on Monday.", "abducted", "Armed men", "local chief in the Niger Delta"},
		{"The president pardoned 200 political prisoners on Friday.", "pardoned", "president", "200 political prisoners"},
		// the two sides of "between X and Y"
		{"Fighting between government troops and rebels killed 30 people in the east.", "Fighting", "government troops", "rebels"},
		// a compound of the trigger or of no party is no agent
		{"Indian police fired tear gas at stone-throwing protesters in Kashmir.", "tear gas", "Indian police", "protesters"},
		// a phrase aimed at a party that modifies the object comes first
		{"President Bush has threatened further action against Russia in a television program beamed to 50 countries.", "threatened", "President Bush", "Russia"},
		// coordinated subjects of an agreement: the second is the other
		// side; the parser's participle reading of "signed" is undone
		{"The government and the rebels signed a peace agreement in Khartoum.", "agreement", "government", "rebels"},
		{"The Philippine government and communist rebels agreed on Tuesday to resume peace talks in Oslo next month, a government negotiator said.", "agreed", "Philippine government", "communist rebels"},
		// the subject of an "if" clause, where no other party is
		{"Russia threatened to halt the talks if the United States deploys new missiles.", "threatened", "Russia", "United States"},
		// what a force holds is a party; an occasion is not
		{"Angry villagers attacked a police post and set it on fire.", "attacked", "Angry villagers", "police post"},
		{"Police used live ammunition to break up a rally by supporters of the opposition candidate.", "break up", "Police", "supporters of the opposition candidate"},
		// the troops a verb moves are its means; the target is where
		// they are aimed
		{"The army deployed troops along the border with Syria.", "deployed", "army", "Syria"},
		// a stance on an act is aimed at its doer, not at what the act asks
		{"The Kremlin on Tuesday rejected a proposal by German Chancellor Olaf Scholz for a Christmas truce.", "rejected", "Kremlin", "German Chancellor Olaf Scholz"},
		{"Israel on Sunday rejected a call by Pope Leo for a Gaza ceasefire.", "rejected", "Israel", "Pope Leo"},
		{"Moscow rejected a demand by Finnish President Alexander Stubb for a Ukraine peace conference.", "rejected", "Moscow", "Finnish President Alexander Stubb"},
		// a name joined to a participle tells who brokered it, not whom
		{"Armenia and Azerbaijan agreed to a U.S.-brokered peace framework on Friday.", "agreed", "Armenia", "Azerbaijan"},
		// a purpose clause done to no one of its own is aimed at whom the
		// verb it serves names
		{"Egyptian President Abdel Fattah al-Sisi hosted Jordan's King Abdullah in Cairo on Sunday to discuss the crisis.", "discuss", "", "Jordan's King Abdullah in Cairo"},
		// a subordinate clause the parser read as a phrase ("after suspected
		// rebels") still gives its verb's subject
		{"Families fled the village of Mutarule after suspected militiamen killed four herders on Monday.", "killed", "suspected militiamen", "four herders"},
		{"Traders shut their shops in Goma after unknown gunmen shot a money changer.", "shot", "unknown gunmen", "money changer"},
		// the town named in a phrase of place is where it happened; those
		// the blast killed are hit
		{"A car bomb exploded near a police station in the Syrian city of Manbij on Saturday, killing at least 20 people.", "car bomb", "", "least 20 people"},
		// a place is where it happened; a thing is looked through to the
		// party it concerns, even with the preposition hung on a modifier
		{"The activist staged a hunger strike in prison in protest against the widespread human rights violations by the security forces.", "staged", "activist", "security forces"},
		// a verb sharing the subject shares the target, however deep
		{"Doctors from two American aid groups donated and personally delivered $50,000 worth of goods to Baghdad University Medical School.", "donated", "Doctors from two American aid groups", "Baghdad University Medical School"},
		// an arrest without its agent: the state where it was made
		{"A Christian missionary from Calgary was arrested in Lebanon on Friday.", "arrested", "Lebanon", "Christian missionary from Calgary"},
		// pronouns: a relative pronoun stands for its noun, a subject
		// pronoun for the subject above it that agrees, an object pronoun
		// for the one who reports the clause
		{"Economic analysts said the strike was of serious concern to the government, which has already had to suspend interest payments on part of Brazil's foreign debt.", "suspend", "government", "Brazil"},
		{"Last month the Ivory Coast informed its creditors it had to suspend payments on its foreign debt.", "suspend", "Ivory Coast", "payments"},
		{"The opposition leader said police had beaten him during the protest.", "beaten", "police", "opposition leader"},
		// a stance in a reported clause with no actor of its own is the
		// reporter's
		{"The minister said Vietnam is committed to opening up the economy.", "committed to", "minister", "Vietnam"},
		// those "engaged in" or "locked in" it take part
		{"The two sides have been locked in talks with the mediators since Monday.", "talks", "two sides", "mediators"},
		// the frame that reports it is not searched for the target
		{"Uzbekistan opened the border bridge to allow the delivery of grain to Afghanistan, reports the United Nations.", "opened", "Uzbekistan", "Afghanistan"},
		// a title with the name in apposition
		{"Kosovo's prime minister, Albin Kurti, accused Serbia on Wednesday of massing troops along the border.", "accused", "Kosovo's prime minister, Albin Kurti", "Serbia"},
		// coordinated sides the parser split into two subjects, or a
		// demonym split off as a subject of its own; the other side
		// before a place where they met or fought
		{"The United States and Vietnam signed a long-awaited trade accord on Monday.", "accord", "United States", "Vietnam"},
		{"Indian and Pakistani troops exchanged fire across the Line of Control overnight.", "exchanged fire", "Indian", "Pakistani"},
		{"Greek and Turkish officials met in the resort of Kos to discuss fishing rights.", "met", "Greek", "Turkish"},
		// support is aimed behind someone
		{"African leaders rallied behind Ethiopia at a summit in Addis Ababa on Sunday.", "rallied behind", "African leaders", "Ethiopia"},
		// a stated clause is about its subject before what it did
		{"The opposition condemned the decision, saying the government had broken the law.", "condemned", "opposition", "government"},
		// "its" list is the subject's
		{"The Council added three Russian banks to its sanctions list on Friday.", "sanctions", "Council", "three Russian banks"},
		// what a protest is against, before the place it filled
		{"Thousands of farmers took to the streets of Lisbon to protest against cuts in subsidies.", "took to the streets", "Thousands of farmers", "cuts in subsidies"},
	}
	for _, c := range cases {
		d := text.Analyze(c.text, "2024-03-01")
		d.Parser = syntax.Lazy
		r := &annalist.Record{Text: c.text, Published: "2024-03-01"}
		for _, x := range extract.DefaultExtractors() {
			if x.Name() == "event" {
				break
			}
			x.Extract(d, r)
		}
		var m *event.Mention
		ms := event.Mentions(d, r)
		for i := range ms {
			if strings.HasPrefix(ms[i].Trigger.Text, c.trigger) {
				m = &ms[i]
				break
			}
		}
		if m == nil {
			t.Errorf("%q: no %q trigger in %+v", c.text, c.trigger, ms)
			continue
		}
		if got := argText(m.Actor); c.actor != "" && got != c.actor {
			t.Errorf("%q [%s]: actor %q, want %q", c.text, c.trigger, got, c.actor)
		}
		if got := argText(m.Target); c.target != "" && got != c.target {
			t.Errorf("%q [%s]: target %q, want %q", c.text, c.trigger, got, c.target)
		}
	}
}

func argText(a *annalist.Arg) string {
	if a == nil {
		return ""
	}
	return a.Text
}

// TestParsedMainChoice checks the main event and the modality where the
// parse decides them: a noun deep in prepositional phrases ("over his
// campaign of intimidation") is context, not the main event; a negation
// inside a condition ("if its fighters do not withdraw") is no refusal
// that happened.
func TestParsedMainChoice(t *testing.T) {
	for _, c := range []struct{ text, main string }{
		{"Prosecutors placed the governor under investigation over his long-running campaign of intimidation against journalists.", "INVESTIGATE"},
		{"Hamas will face consequences if its fighters do not withdraw from the city, the defence minister said.", "THREATEN"},
	} {
		d := text.Analyze(c.text, "2024-03-01")
		d.Parser = syntax.Lazy
		r := &annalist.Record{Text: c.text, Published: "2024-03-01"}
		beforeEvents(d, r)
		ms := event.Mentions(d, r)
		if i := event.Main(ms); i < 0 || ms[i].Type != c.main {
			t.Errorf("%q: main %d of %+v, want %s", c.text, i, ms, c.main)
		}
		for _, m := range ms {
			if m.Type == "REJECT" {
				t.Errorf("%q: a refusal %q in a condition", c.text, m.Trigger.Text)
			}
		}
	}
}
