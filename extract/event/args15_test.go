package event_test

import (
	"strings"
	"testing"
)

// TestArgs15Readings checks, with the embedded parser, the readings the
// args15 dev set's misses (and args14's left) showed, each on sentences
// written for it (not the dev sets'): the main event's trigger, actor and
// target ("" is not checked).
func TestArgs15Readings(t *testing.T) {
	for _, c := range []struct{ text, trigger, actor, target string }{
		// meeting someone is the event, whatever it is for (a trip to a
		// place gives way to its purpose: TestVisitPurpose)
		{"The Kenyan president met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Friday to push for a ceasefire in Sudan.", "met", "Kenyan president", "Ethiopian Prime Minister Abiy Ahmed"},
		{"Egypt's foreign minister met his Qatari counterpart in Cairo on Sunday to press for a truce in Gaza.", "met", "Egypt's foreign minister", "his Qatari counterpart"},
		// a pact signed by coordinated subjects is made between them
		{"Ghana and Togo signed a deal on Monday to share intelligence on militants in the north.", "signed", "Ghana", "Togo"},
		// in a mutual act the other side outranks a party deeper in the
		// clause, and what is agreed to is no side
		{"Armenia and Azerbaijan exchanged 40 detained soldiers on Sunday in a handover overseen by the Red Cross.", "exchanged", "Armenia", "Azerbaijan"},
		{"Ethiopia and Eritrea agreed to exchange prisoners under a plan drawn up by the African Union.", "agreed", "Ethiopia", "Eritrea"},
		// the victims of a participle of outcome give way to what the
		// act was aimed at
		{"Houthi forces struck a fuel depot near Jizan with a drone on Tuesday, killing two workers, Saudi officials said.", "struck", "Houthi forces", "fuel depot"},
		{"An attacker blew himself up at a funeral in Jalalabad on Saturday, killing 18 mourners.", "blew himself up", "attacker", "funeral"},
		{"A suicide bomber blew himself up among soldiers at a base in Kidal, killing 12 of them.", "blew himself up", "suicide bomber", "soldiers"},
		// a stance whose target is its own act governed is aimed at
		// whom that act is (the parser made the act the root)
		{"The Georgian parliament threatened on Friday to break relations with Moscow unless Russia withdrew its peacekeepers.", "threatened", "Georgian parliament", "Moscow"},
		{"Kenya's opposition threatened on Monday to break off talks with the government unless the electoral body was reformed.", "threatened", "Kenya's opposition", "government"},
		// who went or gathered for a demonstration holds it
		{"Thousands of Kenyans from across the country were converging on Nairobi on Thursday for a rally to protest against the new tax law.", "rally", "Thousands of Kenyans", ""},
		{"Hundreds of teachers were gathering Monday for a march in Lilongwe over unpaid salaries.", "", "Hundreds of teachers", ""},
		// an outcome participle tells the result of its verb's act: the
		// second of coordinated outcomes is subordinate too, and an
		// outcome that is the main event is aimed where the act was
		{"Syrian troops directed artillery fire at rebel-held villages near Idlib, killing or wounding 25, activists said.", "artillery fire", "Syrian troops", "rebel-held villages"},
		{"Government forces unleashed a barrage against rebel positions outside Aleppo, killing 30.", "killing", "Government forces", "rebel positions"},
		// who comes under an act undergoes it, as who faces it
		{"An army checkpoint near Timbuktu came under attack from jihadist fighters on Saturday.", "attack", "jihadist fighters", "army checkpoint"},
		{"The health minister came under sharp criticism from doctors' unions over the reforms.", "criticism", "unions", "health minister"},
		// a projectile is the means: who fired it, or where from, acts
		{"Three rockets fired from Gaza hit the Israeli city of Ashkelon on Tuesday.", "", "Gaza", ""},
		// an act agreed on that names a party only through its phrase is
		// no side: the other of the coordinated subjects is
		{"Ethiopia and Sudan agreed on Monday on the return of Sudanese refugees from Tigray.", "agreed", "Ethiopia", "Sudan"},
		{"Chad and Niger reached agreement on the deployment of Nigerien troops along their border.", "reached agreement", "Chad", "Niger"},
		// what a noun trigger's own phrase closes or bans is its target
		{"The interior ministry ordered the closure of two Kurdish newspapers in Diyarbakir on Friday.", "closure", "interior ministry", "two Kurdish newspapers"},
		// whom a host receives is the one its phrase names, not the hall
		{"The Kenyan president received the Ugandan defence minister at State House on Monday.", "received", "Kenyan president", "Ugandan defence minister"},
		// a stance on an act owned by a party is aimed at the owner, over a
		// party in the act's content
		{"Morocco backed Algeria's call for an emergency African Union summit.", "backed", "Morocco", "Algeria"},
		// a message that urges, demands or warns speaks for its sender
		// to whom it was sent
		{"The Chinese premier sent a message to the Japanese prime minister urging calm over the disputed islands.", "urging", "Chinese premier", "Japanese prime minister"},
		{"The Sultan of Oman sent a letter to the Yemeni president demanding the release of fishermen.", "demanding", "Sultan of Oman", "Yemeni president"},
	} {
		m := mainMention(t, c.text, c.trigger)
		if m == nil {
			continue
		}
		if got := argText(m.Actor); c.actor != "" && !strings.Contains(got, c.actor) {
			t.Errorf("%q [%s]: actor %q, want %q", c.text, m.Trigger.Text, got, c.actor)
		}
		if got := argText(m.Target); c.target != "" && !strings.HasPrefix(got, c.target) {
			t.Errorf("%q [%s]: target %q, want %q", c.text, m.Trigger.Text, got, c.target)
		}
	}
}
