package event_test

import (
	"strings"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract/event"
	"github.com/annalist/annalist/syntax"
	"github.com/annalist/annalist/text"
)

// FuzzMentionsParsed runs the whole pipeline before events, the embedded
// parser and a publication date over short and odd texts (FuzzExtract has
// no parser, so the readings on the tree and the re-parse of a plural
// noun of people go untried there): it must not panic, and every mention
// must point into the text. The seeds put the session's readings' words
// at a sentence's start and end.
func FuzzMentionsParsed(f *testing.F) {
	for _, s := range []string{
		"", ".", ":", "what", "What?", "gunmen", "Gunmen attacked.", "nurses went", "Nurses struck",
		"Injured:", "Injured: 4,800", "Killed: 3\n\nInjured: 4", "demonstrated its", "rallied support",
		"protester James", "protester James Kopp", "expelled", "expelled five Iraqis", "Iraq expelled two Cuban",
		"the threat of", "threatened a", "an offer of", "a battle with Cuban", "talks on bilateral trades",
		"against what they called", "what he said was", "condemned what", "are fighting to", "fighting to",
		"called a strike", "called a strike for", "announced a general strike for Monday",
		"the Nairobi bombing", "three Atlanta attacks", "the buildup of", "buildup of U.S. forces",
		"set fire to", "laid siege", "deposited $3 billion in Pakistan's central bank", "beside",
		"barred", "court barred opposition candidate Henrique Capriles from running",
		"each other", "one another", "traded", "exchanged threats", "inspectors visited", "U.N. inspectors visited the site",
		"KABUL, March 3 (Reuters) - gunmen ambushed a convoy", "MOGADISHU (AFP) -- nurses went on strike",
		"WASHINGTON -", "«Gunmen» attacked „the“ village…", "Бойовики атакували село.", "民兵袭击了村庄。",
		"gunmen gunmen gunmen ambushed ambushed", "\u00a0\u200b", "a\n\nb", "protest: 5", ": 5", "a00, sAid",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		if len(body) > 400 {
			return // the parse makes long inputs slow; the readings are local
		}
		d := text.Analyze(body, "2024-03-01")
		d.Parser = syntax.Lazy
		r := &annalist.Record{Text: body, Published: "2024-03-01"}
		beforeEvents(d, r)
		for _, m := range event.Mentions(d, r) {
			if m.Trigger.Start < 0 || m.Trigger.End > len(body) || m.Trigger.Text != body[m.Trigger.Start:m.Trigger.End] {
				t.Fatalf("trigger %+v outside or unlike the text %q", m.Trigger, body)
			}
			for _, a := range []*annalist.Arg{m.Actor, m.Target} {
				if a != nil && (a.Start < 0 || a.End > len(body) || a.Start > a.End || a.Text != body[a.Start:a.End]) {
					t.Fatalf("argument %+v outside or unlike the text %q", a, body)
				}
			}
		}
	})
}

// TestTradeModifierNotMutual checks that "trade" or "exchange" modifying a
// noun makes no act mutual: coordinated subjects of a one-sided act do it
// together ("imposed trade sanctions"), as with "arms sanctions"; a verb of
// exchange still makes them each other's target.
func TestTradeModifierNotMutual(t *testing.T) {
	for _, c := range []struct{ text, trigger, actor, target string }{
		{"Britain and France imposed trade sanctions.", "sanctions", "Britain and France", ""},
		{"Germany and Italy cut the exchange rate subsidy.", "cut", "Germany and Italy", ""},
		{"Morocco and Algeria traded accusations over the border incident.", "accusations", "Morocco", "Algeria"},
	} {
		m := mainMention(t, c.text, c.trigger)
		if m == nil {
			continue
		}
		if a, tg := argText(m.Actor), argText(m.Target); a != c.actor || tg != c.target {
			t.Errorf("%q [%s]: actor %q target %q, want %q %q", c.text, m.Trigger.Text, a, tg, c.actor, c.target)
		}
	}
}

// TestMarchPathIsProtest checks that the object a protest verb leads or
// shows ends its protest reading ("rallied support") but the way a march
// covers does not: with the parser and without one.
func TestMarchPathIsProtest(t *testing.T) {
	for _, c := range []struct {
		text    string
		protest bool
	}{
		{"Hundreds of students marched the streets of Lagos on Monday against the fuel price rise.", true},
		{"Farmers marched the highway to the capital to demand higher prices for grain.", true},
		{"The president rallied support for his budget in parliament on Tuesday.", false},
	} {
		for _, parsed := range []bool{true, false} {
			d := text.Analyze(c.text, "2024-03-01")
			if parsed {
				d.Parser = syntax.Lazy
			}
			r := &annalist.Record{Text: c.text, Published: "2024-03-01"}
			beforeEvents(d, r)
			got := false
			for _, m := range event.Mentions(d, r) {
				if m.Type == "PROTEST" && (strings.HasPrefix(m.Trigger.Text, "march") || strings.HasPrefix(m.Trigger.Text, "rall")) {
					got = true
				}
			}
			if got != c.protest {
				t.Errorf("%q (parsed %v): a march or rally PROTEST %v, want %v", c.text, parsed, got, c.protest)
			}
		}
	}
}
