package event

import "testing"

// Readings of branch fa26 (issue 12, false alarms on check26.txt's
// classes), each on sentences written for it, not the snippets'.

// parsedNoEvent fails t if s, read with the parser, reports an event.
func parsedNoEvent(t *testing.T, s string) {
	t.Helper()
	if es := parsedEvents(s); len(es) > 0 {
		t.Errorf("%q (parsed): got %s [%s]", s, es[0].Type, es[0].Trigger.Text)
	}
}

// parsedWantType fails t unless s, read with the parser, reports an event
// of type want.
func parsedWantType(t *testing.T, s, want string) {
	t.Helper()
	for _, e := range parsedEvents(s) {
		if e.Type == want {
			return
		}
	}
	t.Errorf("%q (parsed): no %s event in %+v", s, want, parsedEvents(s))
}

// TestJudgedPrivately: a court's sentence or conviction in a sentence
// with no word of a political motive or of arms judges a private wrong;
// an activist's sentence for protesting stays.
func TestJudgedPrivately(t *testing.T) {
	noEvent(t, "A judge in Leeds sentenced a lorry driver to nine years for killing a cyclist.")
	noEvent(t, "A court in Lyon convicted a pharmacist who poisoned three customers.")
	wantType(t, "A court in Minsk sentenced an opposition activist to six years for organising protests.", "DISAPPROVE")
	wantType(t, "A court in Lima convicted two guards of torturing inmates.", "DISAPPROVE")
}

// TestBallotContest: beating or defeating someone by votes is an election.
func TestBallotContest(t *testing.T) {
	noEvent(t, "The former footballer beat the sitting governor by 3,000 votes.")
	wantType(t, "Soldiers beat voters outside a polling station in the capital, leaving four injured.", "ASSAULT")
}

// TestObligation: what private parties "must" do is a rule, and a
// pronoun's "must" a duty or an inference; what a state or an armed group
// must do is a demand.
func TestObligation(t *testing.T) {
	noEvent(t, "Restaurants must display calorie counts on their menus from April.")
	wantType(t, "The militia must hand over its weapons by Friday, the prime minister said.", "DEMAND")
	noEvent(t, "They must have left the town before dawn.")
	noEvent(t, "We must be patient, the manager said.")
}

// TestRansom: a kidnapping for ransom with nothing armed but the police
// is crime for gain, its victim's release or rescue too; bandits'
// abductions stay.
func TestRansom(t *testing.T) {
	noEvent(t, "Police rescued a boy who had been kidnapped for ransom in Cali.")
	noEvent(t, "A hotel owner kidnapped for ransom was released after his brother paid.")
	wantType(t, "Bandits abducted 15 travellers on the Kaduna highway and demanded ransom.", "ASSAULT")
	wantType(t, "The abductors released the two tourists once the ransom had been paid.", "RETREAT")
}

// TestPastRoleDeath: a man named by a past armed role who died tells of
// his death, not of fighting; soldiers who died in an attack stay.
func TestPastRoleDeath(t *testing.T) {
	noEvent(t, "A retired army general died in hospital in Cairo on Monday.")
	wantType(t, "Three soldiers died when militants attacked their post in Tillaberi.", "FIGHT")
}

// TestPossessiveOwner: a word before a possessive marker is a noun.
func TestPossessiveOwner(t *testing.T) {
	noEvent(t, "Ships' crews carried food and medicine to the island.")
}

// TestPluralAfterModifier: an "-s" form the tagger reads as a noun after
// an adjective or a preposition is a plural noun, no verb.
func TestPluralAfterModifier(t *testing.T) {
	parsedNoEvent(t, "The shop sold cheap phones to students.")
	parsedNoEvent(t, "Students queued outside the shop for phones.")
}

// TestWordNetCompounds: a court of appeal makes no appeal; a rocket that
// blasts off criticises no one; a sentence served is passed already.
func TestWordNetCompounds(t *testing.T) {
	parsedNoEvent(t, "The appeal court will sit in Kampala next week.")
	noEvent(t, "The rocket blasted off from Baikonur at dawn.")
	noEvent(t, "The former banker, who is serving a ten-year sentence, gave an interview from his cell.")
	wantType(t, "Opposition leaders blasted the government's handling of the crisis.", "DISAPPROVE")
}

// TestJailNoun: "jail" the noun is a building (the verb jails), a
// hyphenated common modifier after a determiner makes a noun phrase, and
// a verb-only word read as a noun tells nothing of how someone died.
func TestJailNoun(t *testing.T) {
	for _, s := range []string{
		"The drug lord died at a maximum-security jail.",
		"The gang leader died at a maximum-security jail in Lima.",
	} {
		noEvent(t, s)
		parsedNoEvent(t, s)
	}
	wantType(t, "A court jailed the opposition leader for five years.", "COERCE")
	wantType(t, "The Mai-Mai fought the army near Butembo.", "FIGHT")
}

// TestThingLets: what a thing lets someone do is possible, not done.
func TestThingLets(t *testing.T) {
	noEvent(t, "Researchers found a flaw that let attackers take over the accounts of bank customers.")
	wantType(t, "The army allowed protesters to march to the square.", "CONCEDE")
	wantType(t, "We will fight on, so let them come and attack us.", "ASSAULT")
	wantType(t, "They said the police let the gang attack the village.", "ASSAULT")
}

// TestBailRelease: a release on bail of a private person is a case's
// step; an opposition leader freed on bail stays.
func TestBailRelease(t *testing.T) {
	noEvent(t, "A magistrate released the businessman on bail.")
	noEvent(t, "The jeweller was charged with fraud and freed on bail.")
	wantType(t, "The opposition leader was released on bail after a week in detention.", "RETREAT")
}

// TestTownSuit (a town suing a company is a civil case) is in
// judged21_test.go: it needs the pipeline's place names.

// TestDispersedGathering: what the police disperse is a crowd, so tear
// gas fired to disperse people is force on protesters.
func TestDispersedGathering(t *testing.T) {
	s := "Police fired tear gas to disperse hundreds of opposition supporters outside the party headquarters in Lusaka."
	if a := SnippetACLED(s, reportedEvents(s)); a == nil || a.SubEventType != "Protest with intervention" {
		t.Errorf("%q: got %+v, want Protest with intervention", s, a)
	}
}

// TestOutdoorSport: climbers and hikers are sport's people.
func TestOutdoorSport(t *testing.T) {
	noEvent(t, "A helicopter airlifted two injured hikers from the mountain.")
}
