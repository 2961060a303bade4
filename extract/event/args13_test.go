package event_test

import (
	"strings"
	"testing"
)

// TestArgs13Readings checks, with the embedded parser, the readings the
// args13 dev set's misses showed, each on sentences written for it (not
// the dev set's): the main event's trigger, actor and target ("" is not
// checked).
func TestArgs13Readings(t *testing.T) {
	for _, c := range []struct{ text, trigger, actor, target string }{
		// a plural noun of people the tagger read as a verb before the
		// finite verb is its subject
		{"Four soldiers were wounded when gunmen ambushed their patrol in Zamfara state.", "wounded", "gunmen", "Four soldiers"},
		{"Zambian nurses went on strike on Tuesday to press the government for higher pay.", "went on strike", "Zambian nurses", ""},
		// an "agent" without "by" is the object of a verb the parser
		// read as a participle on its subject
		{"Nicaragua's top court barred opposition candidate Cristiana Chamorro from running for president.", "barred", "Nicaragua's top court", "opposition candidate Cristiana Chamorro"},
		// the possessor of a body money goes to, not of a place, is whom
		// the aid is for; a phrase with no party after it does not replace it
		{"Qatar deposited $2 billion in Egypt's central bank to ease a shortage of hard currency, the cabinet said.", "deposited", "Qatar", "Egypt"},
		// "beside" a party is aimed at it, as "near" is
		{"A militant blew himself up beside a patrol of Malian soldiers in the Gao region on Monday, the army said.", "blew himself up", "militant", "Malian soldiers"},
		// a trigger that holds its own object ("set fire") is done to
		// its "to" phrase, before the town it happened in
		{"Masked men set fire to a voter registration centre in the village of Kuntaur overnight, officials said.", "set fire", "Masked men", "voter registration centre"},
		// a free relative "what" names its thing in its own clause
		{"Workers protested on Friday against what they called an unfair pension reform.", "protested", "Workers", "unfair pension reform"},
		{"Armenia condemned what its foreign ministry described as an unprovoked assault by Azerbaijani forces.", "condemned", "Armenia", "Azerbaijani forces"},
		// a common adjective names no party: no actor
		{"Rebels with a record of successful raids against army convoys have ties to Kinshasa.", "raids", "-", "army convoys"},
		// the forces of a buildup make it
		{"The buildup of Russian troops near the border alarmed Kyiv.", "buildup", "Russian troops near the border", ""},
		// coordinated subjects act together unless the act is mutual
		{"Greece and Cyprus imposed a ban on the ships.", "ban", "Greece and Cyprus", "ships"},
		{"Morocco and Algeria traded accusations over the border incident.", "accusations", "Morocco", "Algeria"},
	} {
		m := mainMention(t, c.text, c.trigger)
		if m == nil {
			continue
		}
		if got := argText(m.Actor); c.actor != "" && got != strings.TrimPrefix(c.actor, "-") {
			t.Errorf("%q [%s]: actor %q, want %q", c.text, m.Trigger.Text, got, c.actor)
		}
		if got := argText(m.Target); c.target != "" && got != c.target {
			t.Errorf("%q [%s]: target %q, want %q", c.text, m.Trigger.Text, got, c.target)
		}
	}
}
