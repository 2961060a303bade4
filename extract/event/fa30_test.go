package event_test

import "testing"

// Readings for non-events of markets, medicine, labour relations, polls,
// commemorations, plans and place-named people and things (issue 12,
// branch fa30; extract/event/ACLED.md, fa30 round). Sentences written for
// these tests.

// TestPollFinding: what a poll or a survey found the public thinks is an
// opinion measured, no act; a junta that bans polls and police who fire
// tear gas beside a poll's finding act.
func TestPollFinding(t *testing.T) {
	noneIn(t, []string{"REJECT", "SUPPORT", "THREATEN", "AID"},
		"Most French voters oppose sending more warships to the Gulf, a new poll showed on Sunday.",
		"Support for the governing party fell to 30 percent, an opinion poll found.",
	)
	wantIn(t, "The junta banned the publication of opinion polls before the vote.", "COERCE")
	wantIn(t, "Police fired tear gas at protesters as a poll showed support for the government falling.", "COERCE")
}

// TestCrowdStriving: people who "battled to" do something strive, though
// the battle of a crowd reads as a riot ("aid workers battled to contain
// a cholera outbreak"); youths who battled police riot.
func TestCrowdStriving(t *testing.T) {
	mentionNone(t, []string{"PROTEST", "FIGHT"},
		"Aid workers battled to contain a cholera outbreak in the camps.",
		"Teachers battled to keep the flooded school open.",
	)
	wantIn(t, "Hundreds of youths battled police in the streets of Nairobi.", "PROTEST")
}

// TestPlannedDeployment: forces to be sent somewhere with no party they
// are sent against are a plan, no threat; troops to be sent against the
// rebels threaten them.
func TestPlannedDeployment(t *testing.T) {
	noneIn(t, []string{"THREATEN"},
		"The alliance will deploy 3,000 more soldiers to Lithuania next spring, its secretary general said.",
		"The ministry said it would send two more warships to the Baltic next month.",
	)
	wantIn(t, "The president said he would send troops against the rebels in the north.", "THREATEN")
}

// TestPartyLeavesPoll: a party that pulls out of "the poll" (an election)
// acts, whatever the poll reading says.
func TestPartyLeavesPoll(t *testing.T) {
	wantIn(t, "Opposition Socialists pulled out of the poll after the arrests.", "RETREAT")
}

// TestPluralNounBeforeCommaOrAuxiliary: an "-s" form the tagger reads as
// a noun before a comma or an auxiliary heads a noun phrase ("Seoul
// shares, helped by chipmakers, ..."), no verb.
func TestPluralNounBeforeCommaOrAuxiliary(t *testing.T) {
	noneIn(t, []string{"COOPERATE"},
		"Seoul shares, helped by chipmakers, extended early gains on Tuesday.",
		"The index of leading Spanish shares had gained 12 points by noon.",
	)
	wantIn(t, "Egypt shares intelligence with Israel on militants in Sinai, officials said.", "COOPERATE")
}

// TestDemonstrateShows: "demonstrate" with a "that" clause or ways of
// doing something shows, no crowd demonstrates; a crowd that
// demonstrated in the capital and marchers on their way protest.
func TestDemonstrateShows(t *testing.T) {
	noneIn(t, []string{"PROTEST"},
		"The ruling demonstrates that the law does not protect threats against judges.",
		"The pilot scheme demonstrated ways to cut hospital waiting lists.",
	)
	wantIn(t, "Thousands demonstrated in the capital against the new law.", "PROTEST")
	wantIn(t, "Protesters marched their way to parliament on Monday.", "PROTEST")
}

// TestFigurativeObject: a verb of fighting whose direct object is a legal
// act or an abstract thing is a figure, though the target search takes a
// name after it ("battling extradition to the United States"); soldiers
// who battled rebels fight.
func TestFigurativeObject(t *testing.T) {
	noneIn(t, []string{"FIGHT", "ASSAULT"},
		"The tycoon is battling extradition to the United States.",
		"Stranded passengers battled boredom at the airport in Frankfurt.",
	)
	wantIn(t, "Soldiers battled Islamist fighters near the border with Niger.", "FIGHT")
}

// TestSaidTarget: violence aimed at what is said or written by WordNet's
// first sense (noun.communication: forecasts, a report) is a figure; an
// attack on a protest or on a radio station stays.
func TestSaidTarget(t *testing.T) {
	noneIn(t, []string{"ASSAULT", "FIGHT"},
		"Norway's oil output beat forecasts in October.",
		"Danish exports beat estimates for a third month.",
	)
	wantIn(t, "Riot police attacked the protest outside the ministry.", "FIGHT")
	wantIn(t, "Soldiers fired on the demonstration in the capital.", "ASSAULT")
}

// TestPollNamedBody: a body named as the actor in a sentence that cites
// a poll acts; the poll counts only the public's opinion.
func TestPollNamedBody(t *testing.T) {
	wantIn(t, "Amnesty International condemned the arrests, a survey of its members showed.", "DISAPPROVE")
	wantIn(t, "The party's standing fell after the ethics commission criticised its leader over the loans, a poll indicates.", "DISAPPROVE")
}
