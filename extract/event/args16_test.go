package event_test

import (
	"strings"
	"testing"
)

// TestArgs16Readings checks, with the embedded parser, the readings the
// args16 dev set's misses and probes of wire copy showed, each on
// sentences written for it (not the dev sets'): the main event's trigger,
// actor and target ("" is not checked).
func TestArgs16Readings(t *testing.T) {
	for _, c := range []struct{ text, trigger, actor, target string }{
		// a noun the parser made a clause of its own beside the verb
		// (its relative clause between them) is the verb's subject
		{"Tuareg rebels who crossed the border from Libya last month were fighting government troops near Gao on Sunday, officials said.", "fighting", "Tuareg rebels", "government troops"},
		// and so is the subject of a participle it read as a finite
		// verb beside the verb; an open-class word the tagger read as a
		// pronoun ("hunger(PRP$) strike") is a noun
		{"Hundreds of Kurdish prisoners held in Turkish jails went on hunger strike on Monday to protest against solitary confinement, a lawyers' group said.", "hunger strike", "Hundreds of Kurdish prisoners", ""},
		// a plural noun of people the tagger read as a verb before a
		// participle or adjective that modifies it
		{"Somali pirates armed with automatic rifles hijacked a Greek tanker in the Gulf of Aden on Monday.", "hijacked", "Somali pirates", "Greek tanker"},
		// a light verb under a raising or control predicate shares its
		// subject ("is due to hold talks")
		{"The Chinese foreign minister, who arrived in Tokyo on Sunday, is due to hold talks with his Japanese counterpart on Monday.", "talks", "Chinese foreign minister", "his Japanese counterpart"},
		// coordinated subjects the parser cut at a flattened relative
		// clause are both sides, whether the verb after it was left
		// without a subject or read as a participle on its phrase
		{"The Ugandan government and the LRA, who have fought since 1987, agreed on Monday to attend peace talks in Juba next month, southern Sudanese mediators said.", "agreed", "Ugandan government", "LRA"},
		{"The Colombian government and the ELN, which have fought for more than four decades, agreed on Tuesday to open peace talks in Quito, officials said.", "agreed", "Colombian government", "ELN"},
		// a clause the word rules took for the target gives the party it
		// is aimed at, through a particle's phrase ("hand power back to")
		{"Lesotho's King Letsie agreed on Friday to hand executive power back to political parties.", "agreed", "Lesotho's King Letsie", "political parties"},
		// forces counted by a quantity noun are moved, not aimed at: the
		// place they go to is the target
		{"The government deployed hundreds of soldiers across Dhaka on Sunday ahead of the verdict.", "deployed", "government", "Dhaka"},
		// "at the request of" says why, not at whom
		{"Senegal sent troops into Gambia on Thursday at the request of the regional bloc.", "sent troops", "Senegal", "Gambia"},
		// an object shifted after a one-word "as" phrase, quoted
		{"The government on Monday dismissed as \"baseless\" a report by Transparency International that ranked it among the most corrupt.", "dismissed", "government", "Transparency International"},
		// a pronoun's antecedent in an adverbial clause before it
		{"After the rebels seized the town, they executed twelve policemen.", "executed", "rebels", "twelve policemen"},
		{"As the army advanced on Kismayo, it shelled the port.", "shelled", "army", "port"},
		// a name with a word the tagger read as a verb is re-tagged
		{"Human Rights Watch accused Ethiopian troops of executing civilians in the Ogaden region.", "accused", "Human Rights Watch", "Ethiopian troops"},
		// a word tagged as a gerund without -ing is a noun
		{"Human rights watchdog Amnesty International urged Bahrain to free jailed doctors.", "urged", "Amnesty International", "Bahrain"},
		// an age set off by commas is no subject
		{"Yeltsin, 66, signed a decree on Tuesday ordering Russian troops to leave Chechnya.", "", "Yeltsin", ""},
		// whom the actor spoke to is the audience, no target
		{"Addressing parliament on Tuesday, the prime minister accused the opposition of sabotaging the peace talks.", "accused", "prime minister", "opposition"},
		// who receives an act undergoes it; its "from" phrase acts
		{"The Kenyan president received a warning from the IMF over his spending.", "warning", "IMF", "Kenyan president"},
		// a speaker's own government or party acts for the speaker
		{"Opposition leader Kizza Besigye said his party would boycott the elections.", "", "Kizza Besigye", ""},
		// a noun the parser coordinated with the verb is a second object,
		// and the phrase aimed from the forces moved or their conjuncts
		// comes before a purpose clause's object
		{"The United States said it would send 1,000 Marines and a hospital ship to Liberia to help with relief efforts.", "", "United States", "Liberia"},
		{"France said it would send 300 soldiers and two warships to Ivory Coast to protect its citizens.", "", "France", "Ivory Coast"},
		// an opening quotation's "we" is who the reporting verb names
		{"\"We will retaliate,\" the army chief said on Monday.", "", "army chief", ""},
		// a light verb's subject read as an "after" phrase before it
		// comes before one inherited through coordination (a guard)
		{"Thousands of villagers fled their homes after government troops launched an offensive against the rebels.", "offensive", "government troops", "rebels"},
	} {
		checkMainHolds(t, c.text, c.trigger, c.actor, c.target)
	}
}

// checkMainHolds checks that the main event of sent, as the embedded parser
// reads it, has a trigger starting with trigger and an actor and target
// whose texts hold actor and target ("" is not checked).
func checkMainHolds(t *testing.T, sent, trigger, actor, target string) {
	t.Helper()
	m := mainMention(t, sent, trigger)
	if m == nil {
		return
	}
	if got := argText(m.Actor); actor != "" && !strings.Contains(got, actor) {
		t.Errorf("%q [%s]: actor %q, want %q", sent, m.Trigger.Text, got, actor)
	}
	if got := argText(m.Target); target != "" && !strings.Contains(got, target) {
		t.Errorf("%q [%s]: target %q, want %q", sent, m.Trigger.Text, got, target)
	}
}
