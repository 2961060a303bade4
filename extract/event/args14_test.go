package event_test

import (
	"strings"
	"testing"
)

// TestArgs14Readings checks, with the embedded parser, the readings the
// args14 dev set's misses showed, each on sentences written for it (not
// the dev set's): the main event's trigger, actor and target ("" is not
// checked).
func TestArgs14Readings(t *testing.T) {
	for _, c := range []struct{ text, trigger, actor, target string }{
		// whom an inquiry into an allegation or a report concerns is the
		// subject of what is alleged, however the parser hung the clause
		{"The ombudsman opened an inquiry into claims that prison guards tortured inmates in Mombasa.", "", "ombudsman", "prison guards"},
		{"Prosecutors began an investigation into allegations that soldiers had beaten villagers near Gao.", "", "Prosecutors", "soldiers"},
		// who faces or suffers an act undergoes it; its "from" phrase
		// or the clause beside it names who does it
		{"The governor faced protests on Monday as thousands demanded his resignation over fuel shortages.", "protests", "thousands", "governor"},
		{"The mayor faced sharp criticism from opposition councillors over the budget.", "criticism", "opposition councillors", "mayor"},
		// a target owned by "his" or "her" and naming no party is aimed
		// at the person the pronoun stands for, one person named before
		// it other than the actor
		{"When the governor visited the camp, residents denounced her failure to deliver food.", "denounced", "residents", "governor"},
		{"When the mayor toured the market, traders criticised his plan to raise stall fees.", "criticised", "traders", "mayor"},
		// curbs imposed are restrictions (WordNet: curb, a restraint):
		// the matrix act, not the clash in its "after" phrase
		{"The government imposed curbs on foreign media on Friday, days after deadly clashes in the capital.", "imposed curbs", "government", "foreign media"},
	} {
		m := mainMention(t, c.text, c.trigger)
		if m == nil {
			continue
		}
		if got := argText(m.Actor); c.actor != "" && !strings.Contains(got, strings.TrimPrefix(c.actor, "-")) {
			t.Errorf("%q [%s]: actor %q, want %q", c.text, m.Trigger.Text, got, c.actor)
		}
		if got := argText(m.Target); c.target != "" && !strings.HasPrefix(got, c.target) {
			t.Errorf("%q [%s]: target %q, want %q", c.text, m.Trigger.Text, got, c.target)
		}
	}
}
