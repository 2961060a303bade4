package event_test

import (
	"strings"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract/event"
	"github.com/annalist/annalist/syntax"
	"github.com/annalist/annalist/text"
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
		d := text.Analyze(c.text, "2024-03-01")
		d.Parser = syntax.Lazy
		r := &annalist.Record{Text: c.text, Published: "2024-03-01"}
		beforeEvents(d, r)
		ms := event.Mentions(d, r)
		i := event.Main(ms)
		if i < 0 || !strings.HasPrefix(ms[i].Trigger.Text, c.trigger) {
			t.Errorf("%q: main %d of %+v, want %q", c.text, i, ms, c.trigger)
			continue
		}
		if got := argText(ms[i].Actor); c.actor != "" && !strings.Contains(got, strings.TrimPrefix(c.actor, "-")) {
			t.Errorf("%q [%s]: actor %q, want %q", c.text, ms[i].Trigger.Text, got, c.actor)
		}
		if got := argText(ms[i].Target); c.target != "" && !strings.HasPrefix(got, c.target) {
			t.Errorf("%q [%s]: target %q, want %q", c.text, ms[i].Trigger.Text, got, c.target)
		}
	}
}
