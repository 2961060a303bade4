package event

import (
	_ "embed"
	"slices"
	"strings"
	"unicode"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/internal/wordlist"
	"github.com/annalist/annalist/text"
)

//go:embed data/context.txt
var contextFile []byte

var contextWords = wordlist.MustSections("data/context.txt", contextFile, "disaster", "crime", "armed", "claim",
	"cause", "site", "imperative", "elsewhere", "party", "business", "money", "corporate", "private", "sportname", "work", "opinion", "media", "telling", "remember",
	"fiction", "drill", "ago", "era", "tally", "strife", "grievance", "crush", "perish", "ballot", "currency", "campaign", "action", "market", "legal",
	"arena", "contest", "forum", "screen", "job", "electoral", "public", "stump", "relief", "court", "sports", "law", "player", "writing", "charity",
	"content", "war", "case", "motive", "vice", "outdone", "populace", "inquiry", "ceremony", "poll", "charge", "lawforce", "liberty", "measure", "comply", "press", "harm")

// politicalKinds are the actor kinds that make violence or coercion a
// political event (ACLED's actors other than civilians).
var politicalKinds = map[string]bool{"state_forces": true, "rebels": true, "political_militia": true,
	"identity_militia": true, "external_forces": true, "government": true, "protesters": true, "rioters": true}

func political(a *annalist.Arg) bool {
	return a != nil && politicalKinds[a.Kind] && !strings.HasSuffix(a.CAMEO, "CRM")
}

// unforcedTaking reports a phrase that takes people only when a force does
// it (lexicon flag f: "pick up", "carry off", "snatch" a person) with an
// actor found of no political kind: parents who picked up their children,
// floodwaters that carried off a child, a bus that picked up passengers.
func unforcedTaking(f *found, m *Mention) bool {
	return f.e.force && m.Actor != nil && !political(m.Actor)
}

// privateHost reports a meeting that is one only when its host is of a
// political kind (lexicon flag h: a meal held for or invited to) with a
// host found of none: a bank's lunch for investors, a club's dinner for
// its players. A pronoun's host is left to the sentence that names him.
func privateHost(f *found, m *Mention) bool {
	return f.e.host && m.Actor != nil && !political(m.Actor) && !personalPronouns[strings.ToLower(m.Actor.Text)]
}

// diedOfAnother reports the dictionary's bare "die" (CAMEO's FIGHT) whose
// cause the words after it name ("died after being shot by police",
// "died of his wounds", "died from injuries"): the toll of that act, which
// its own trigger reports, not a fight.
func (s *sentence) diedOfAnother(f *found, m *Mention) bool {
	if m.Type != "FIGHT" || len(f.e.words) != 1 || f.e.words[0] != "die" || f.j+1 >= len(s.lower) {
		return false
	}
	w, n := s.lower[f.j], s.lower[f.j+1]
	return w == "after" && (n == "being" || n == "he" || n == "she" || n == "they") ||
		(w == "of" || w == "from") && (n == "his" || n == "her" || n == "their" || n == "wounds" || n == "injuries" || n == "gunshot")
}

// policeInquiry reports violence (ASSAULT, COERCE) told in a sentence of
// the police's inquiry ([inquiry] with the police or detectives) with no
// word of arms but the police's, no word of [motive] and no party of a
// political kind or named by party words: ordinary crime, which ACLED
// leaves to the police ("police are investigating after a car was set
// alight"). The police are no doer of a crime their inquiry names
// ("detectives launched a murder inquiry"), but what they do by a verb
// stays theirs ("police shot dead a protester").
func (s *sentence) policeInquiry(f *found, m *Mention) bool {
	if m.Type != "ASSAULT" && m.Type != "COERCE" || !s.has("inquiry") || s.has("motive") || s.armedButPolice() {
		return false
	}
	police := s.has("inquiry") && slices.ContainsFunc(s.lower, func(w string) bool { return policeWords[w] || w == "detectives" || w == "detective" })
	if !police || mobJustice(m) || s.mobOnAccused(m) || partyWords(m.Target) || partyWords(m.Actor) || political(m.Target) && !countryOnly(m.Target) {
		return false
	}
	a := m.Actor
	return a == nil || !politicalParty(a) || countryOnly(a) || !f.verb && (lawActor(a) || mentionsAny(a.Text, policeWords) || mentionsAny(a.Text, contextWords["inquiry"]))
}

// adviceToPublic reports a warning or an appeal (THREATEN, DEMAND) to the
// public at large ([public]: "warned motorists to expect delays") or, by
// no armed party, to the people of a place ([populace]: "officials urged
// residents to boil water"): advice, no threat nor demand on a party.
// Rebels or soldiers who warn residents threaten them.
func adviceToPublic(m *Mention) bool {
	if m.Type != "THREATEN" && m.Type != "DEMAND" || m.Target == nil || coded(m.Target) {
		return false
	}
	w := firstHeadWord(m.Target)
	if contextWords["public"][w] {
		return true
	}
	if !contextWords["populace"][w] || m.Actor != nil && mentionsAny(m.Actor.Text, contextWords["armed"]) {
		return false
	}
	return m.Actor == nil || !political(m.Actor) || m.Actor.Kind == "government"
}

// firstHeadWord is headWord but for a trailing word the parse ran into
// the target ("parents not"): the last word of the head that is no
// function word.
func firstHeadWord(a *annalist.Arg) string {
	ws := argWords(head(a.Text))
	for k := len(ws) - 1; k >= 0; k-- {
		if !functionWords[ws[k]] {
			return ws[k]
		}
	}
	return ""
}

var functionWords = set(`not never to the a an of and or that who which`)

// intransitiveHarm reports a verb of bombing or burning told of a thing or
// a place with nothing it is done to: "the album bombed", "Hong Kong is
// burning": a flop or a figure of speech. Someone bombs or burns
// something ("warplanes bombed the town", "protesters burned tyres"); a
// weapon explodes, which is another verb.
func (s *sentence) intransitiveHarm(f *found, m *Mention) bool {
	if m.Type != "ASSAULT" && m.Type != "COERCE" || !f.verb || m.Actor == nil || len(f.e.words) != 1 {
		return false
	}
	w := s.lower[f.i]
	if !lemmaIs(w, "bomb") && !lemmaIs(w, "burn") {
		return false
	}
	// Something after the verb is its object, but for a phrase of
	// manner or place ("bombed at the box office", "burning with
	// excitement").
	if f.j < len(s.lower) && isWordish(s.lower[f.j]) && !prepositions[s.lower[f.j]] && !clauseEnders[s.lower[f.j]] {
		return false
	}
	place := countryOnly(m.Actor) && len(cuesOf(m.Actor.Text)) == 0
	return place || thingActor(m.Actor)
}

var clauseEnders = set(`and but , . ; as while`)

// notPolitical reports a mention that reports no political event. First,
// a violent or contentious trigger that nothing attests is none
// (unattested); a court's act on a private party and police work on
// ordinary crime are none. A violent or coercive mention (ASSAULT, FIGHT,
// COERCE) whose actor and target are of no political or armed kind is
// none where its sentence tells of a disaster, an accident, a disease,
// ordinary crime or a private quarrel, or only claims or denies
// responsibility for an attack, or of sport, fire brigades or animals, or
// where its agent is a cause such as a fire, or where its trigger is a
// dictionary verb and nothing in the sentence is armed or political ("the
// cult that surrounded him"). A mention of another type whose parties are
// of no political kind is none where its sentence tells of sport, fire
// brigades or animals, or of a disaster (but for aid: "rescue teams pulled
// survivors from the rubble"): "aid agencies warn of hunger", "firefighters
// rescued a family", "hundreds of runners took to the streets for the
// marathon". Deaths in such sentences stay counts.
func (s *sentence) notPolitical(f *found, m *Mention) bool {
	// Labour action (reading.go) is people's protest, whatever the
	// sentence's other words ("walked out after talks on pay collapsed"),
	// but for sport ("the striker walked off").
	if s.blow(f, m) || s.outsideNews(f, m) || tallyTarget(m) || s.figurativeObject(f, m) || s.forecast(f, m) || s.striving(f, m) || againstIll(m) ||
		s.deployedAgainstIll(m) || s.filmed(f, m) || privateSuit(f, m) || s.townSuit(f, m) || calledOffOther(f, m) || currencyTarget(m) ||
		s.campaignPledge(f, m) || s.figurativeContest(f, m) || s.verbalClash(m) || s.ballotContest(m) || s.obligation(m) || s.ransomRelease(m) || s.thingLets(f) || s.bailRelease(f, m) || s.electoralRally(f, m) ||
		s.productRecall(f, m) || s.bannedThing(f, m) || s.releasedThing(f, m) || s.mobilizedNothing(f, m) ||
		publicAppeal(m) || adviceToPublic(m) || s.policeInquiry(f, m) || s.crimeCase(m) || s.intransitiveHarm(f, m) || s.marketUnder(f, m) || s.aftermath(f, m) || s.afterAccident(m) && !s.reliefAppeal(f, m) || weaponBacked(m) ||
		s.protestPurpose(f, m) || healthCampaign(f, m) || s.policeRescue(m) || s.thingWarning(f, m) || s.mereWish(f, m) ||
		s.blamedThing(f, m) || s.quantityObject(f, m) || s.investigatedIll(f, m) || s.threatenedWithState(f, m) ||
		unforcedTaking(f, m) || privateHost(f, m) || s.diedOfAnother(f, m) || s.allegedCrime(f, m) || s.selfInflicted(f, m) || s.ceremonialMarch(m) || s.accidentCasualties(m) || s.reliefDeployment(m) || s.votingAtPolls(f, m) || s.rulingOnPast(f, m) || s.ownMeasure(f, m) || s.failedToDo(f, m) || s.retirement(f, m) || s.standingState(f) || s.denial(f, m) || s.departure(f, m) || s.pollFinding(m) || f.verb && s.ownWords(f.e, f.i, f.j) {
		return true
	}
	// "Strikers" in a sport story's squad list are forwards ([player]).
	if s.labourStrike(f, m) && !s.hasCommon("elsewhere") && !(s.sportStory() && mentionsAny(m.Trigger.Text, contextWords["player"])) {
		return false
	}
	if s.sportStory() && !s.has("armed") && s.sportSide(m.Actor) && s.sportSide(m.Target) && !s.interstateSanctions(f, m) {
		return true
	}
	if s.unattested(m) || s.modifier(f, m) || s.personModifier(f, m) || s.attributive(f) || s.aboutWork(f) || s.privateCase(m) || s.commercialCase(m) || s.policing(m) ||
		s.prosecution(m) || s.mediaRelease(f, m) {
		return true
	}
	// A "strike" in a sentence of disaster or sport is a blow ("lightning
	// struck a house"), not a labour strike.
	strike := m.Type == "PROTEST" && m.Mode == "strike"
	violent := m.Type == "ASSAULT" || m.Type == "FIGHT" || m.Type == "COERCE" || strike
	// Sport's names and scores count for violent words only, sport's
	// metaphors: "the Soviet Union boycotted the Olympic Games" is a
	// state's measure.
	offField := s.hasCommon("elsewhere") || violent && s.offField()
	// But a crowd that hurts or kills at a match riots ("supporters of
	// rival clubs clashed outside the stadium, leaving dozens injured").
	if offField && (violent || m.Type == "PROTEST") && m.Actor != nil && cuesOf(m.Actor.Text)["mob"] &&
		s.hurt() {
		offField = false
	}
	if violent && s.claimOnly(f) {
		return true // whoever claims it: a claim reports no event
	}
	if (violent || m.Mode == "riot") && s.crowdInDisaster(m) ||
		violent && mentionsAny(m.Trigger.Text, contextWords["perish"]) && (s.has("disaster") || s.agedAfter(f) || s.naturalDeath(f, m)) ||
		violent && m.Actor == nil && s.byCause(f) || violent && s.disasterToll(f, m) {
		return true
	}
	// A trigger that is itself a word of disaster or accident ("the ferry
	// sank off Sulawesi", "the bus plunged") tells of one, whatever place
	// the arguments took, unless a political or armed party acts ("the navy
	// sank a smuggling boat"). An armed force's vehicle is a thing that
	// overturns or crashes ("their army truck overturned").
	if violent && (!political(m.Actor) || commonThingHead(m.Actor)) && s.disasterTrigger(f) {
		return true
	}
	// A team's name in a sentence of sport with no armed word is no armed
	// group's, though the dictionaries know one of that name ("the Tigers
	// crushed the Rovers in the cup final", "Real Madrid beat Barcelona
	// 3-1"); a country's or its people's is the national side ("a fierce
	// Australian pace attack").
	sport := offField && !s.has("armed")
	team := func(a *annalist.Arg) bool {
		return sport && (s.named(a) || violent && countryOnly(a) || a != nil && mentionsAny(a.Text, contextWords["player"]))
	}
	// What is done to a thing or a being of sport, science or animals,
	// short of force, is none of politics, whoever does it ("the space
	// agency launched a probe to study the asteroid belt", "the minister
	// praised the marathon runners").
	if !violent && m.Type != "PROTEST" && elsewhereTarget(m.Target) {
		return true
	}
	// An order, a talk or a hand-over is the police's work or the
	// criminals' there too ("the detective ordered the men to lie down",
	// "we want to talk to him").
	if (violent && !strike || !violent && m.Type != "PROTEST") && s.ordinaryCrime(m) {
		return true
	}
	if politicalParty(m.Actor) && !team(m.Actor) || politicalParty(m.Target) && !team(m.Target) {
		return false
	}
	if !violent {
		// Criminals' demands and deals are crime for gain ("hackers
		// demanded a ransom"); a charity's appeals and gifts are its drive
		// ("volunteers collected food during the Christmas appeal").
		if m.Type != "PROTEST" && m.Actor != nil && !political(m.Actor) && contextWords["crime"][headWord(m.Actor)] {
			return true
		}
		if m.Type != "PROTEST" && s.has("charity") && !coded(m.Actor) && !coded(m.Target) {
			return true
		}
		// An employer's discipline: a suspension or an escort out of the
		// building in a sentence of a job, between parties of no political
		// kind ("a worker suspended for arguing with a supervisor").
		if (m.Type == "SANCTION" || m.Type == "AID") && s.has("job") && !political(m.Actor) && !political(m.Target) && !coded(m.Actor) && !coded(m.Target) {
			return true
		}
		// Film and screen business: talks, deals and exits of directors,
		// actors and studios ("in negotiations to direct the sequel",
		// "pulled out of talks to star in the remake").
		if m.Type != "PROTEST" && s.has("screen") && !political(m.Actor) && !political(m.Target) && !coded(m.Actor) && !coded(m.Target) {
			return true
		}
		// A cause is no crowd ("a gas explosion in an apartment block").
		if m.Type == "PROTEST" && m.Actor != nil && mentionsAny(m.Actor.Text, contextWords["cause"]) {
			return true
		}
		// A protest's actor is the protesters whatever the dictionaries
		// say ("youths", "residents"), unless it is an agent outside
		// politics ("hundreds of runners took to the streets"); an
		// organisation the dictionaries code (a union, the UN) is a party.
		if m.Type == "PROTEST" && (m.Actor == nil || !s.elsewhere(m.Actor)) || coded(m.Actor) || coded(m.Target) {
			return false
		}
		return offField && !s.interstateSanctions(f, m) || m.Type != "AID" && !s.reliefAppeal(f, m) && s.has("disaster")
	}
	if s.has("disaster") || offField || s.accidentalBlast() || m.Actor == nil && s.causeSubject() {
		return true
	}
	// Ordinary crime and private quarrels make no labour strike a blow: "a
	// dispute over safety rules" is a labour dispute. But a crowd's
	// violence on people it accuses of a crime is mob justice, which ACLED
	// codes ("villagers lynched two men suspected of cattle theft").
	if !strike && (s.has("crime") || s.has("private") || s.crimeLead() && !s.armedButPolice() || s.ransom() && !s.armedButPolice()) && !mobJustice(m) && !s.mobOnAccused(m) {
		return true
	}
	// A cause that is no actor kills ("a fire at a factory killed 15
	// workers") or explodes ("a gas explosion destroyed a block of flats").
	if (f.e.outcome || m.Mode == "explosives") && m.Actor != nil && mentionsAny(head(m.Actor.Text), contextWords["cause"]) {
		return true
	}
	if strike {
		return false
	}
	return f.e.cameo && !s.has("armed")
}

// agedAfter reports an age told a few words after the trigger ("died at
// his home aged 91", "has died at the age of 80"): an obituary's natural
// death, not a death in fighting, unless a trigger comes between ("died
// in clashes aged 19").
func (s *sentence) agedAfter(f *found) bool {
	for k := f.i + 1; k < len(s.lower) && k <= f.i+8; k++ {
		if s.triggerAt(k) || isClauseBreak(s.lower[k]) {
			return false
		}
		if s.lower[k] == "aged" && k+1 < len(s.lower) && digits(s.lower[k+1]) ||
			s.lower[k] == "age" && s.lower[k-1] == "the" && k+1 < len(s.lower) && s.lower[k+1] == "of" {
			return true
		}
	}
	return false
}

// naturalDeath reports a death verb in a sentence that names nothing
// armed and no other violent or contentious trigger: a death of illness,
// age or in custody ("died peacefully in her sleep", "has died of heart
// failure", "died in a prison hospital on Monday"), no death in fighting,
// whatever kind the dictionaries give the one who died or the place. A
// death in fighting is told by what killed ("died in clashes", "died when
// gunmen opened fire") or by who died ("two soldiers died").
//
// An armed word in the name of one who died that tells of a past role
// ("a former police chief serving a life sentence") describes him, and
// tells nothing of how he died.
func (s *sentence) naturalDeath(f *found, m *Mention) bool {
	for i, w := range s.lower {
		if contextWords["armed"][w] && !(m.Actor != nil && s.toks[i].Start >= m.Actor.Start && s.toks[i].End <= m.Actor.End && pastRole(m.Actor)) {
			return false
		}
	}
	for k := range s.lower {
		if k >= f.i && k < f.j {
			continue
		}
		// (A verb-only word read as a noun is none: "died at a
		// maximum-security jail".)
		if e, _ := s.match(k); e != nil && contentiousTypes[e.category] && (e.pos != verbOnly || s.isVerb(e, k)) {
			return false
		}
	}
	return true
}

// pastRole reports a person named by a role he no longer holds: a
// former or retired one, or one serving a sentence.
func pastRole(a *annalist.Arg) bool {
	return mentionsAny(a.Text, pastRoles)
}

var pastRoles = set(`former retired ex late convicted serving jailed`)

// contentiousTypes are the violent and contentious types: a trigger of one
// beside a death tells how the death came.
var contentiousTypes = map[string]bool{"ASSAULT": true, "FIGHT": true, "COERCE": true, "PROTEST": true, "THREATEN": true}

// striving reports "fight" or "battle" with a to-infinitive in a sentence
// with no armed word: to struggle to do something ("the central bank
// fought to defend the rupee"), no fight. Where forces fight to do
// something, they fight ("its forces were battling to dislodge the
// enemy").
func (s *sentence) striving(f *found, m *Mention) bool {
	// The noun entry "fighting" is a progressive after a form of "be" ("are
	// fighting to keep the boy").
	progressive := f.i > 0 && inflection(s.lower[f.i]) == "ing" && be[s.lower[f.i-1]]
	// A crowd's "battle" read as a riot strives too ("health workers
	// battled to contain the outbreak").
	riot := m.Type == "PROTEST" && m.Mode == "riot" && f.e.category == "FIGHT"
	if m.Type != "FIGHT" && !riot || !f.verb && !progressive || f.j+1 >= len(s.lower) || s.lower[f.j] != "to" || s.has("armed") {
		return false
	}
	if tg := s.tagsTo(f.j + 2); tg != nil {
		return tg[f.j+1].XPOS == "VB"
	}
	w := s.lower[f.j+1]
	return s.common(f.j+1) && isWordish(w) && !attrDeterminers[w] && !isNumber(w) && !determiners[w]
}

// againstIll reports violence aimed at a disaster, a disease or a cause
// such as fire (the target's head a word of [disaster] or [cause]): a
// campaign against an ill, no fight ("nurses deployed to fight a dengue
// outbreak", "crews battled the flames"); or at a legal act ([legal]: "would
// fight the ruling in the appeals court"), a legal challenge.
//
// Violence or cooperation aimed at an abstract thing (abstractTarget: "attacked
// the problem", "an attack on common sense", "shared the optimism",
// "backed the notion") is a figure of speech.
func againstIll(m *Mention) bool {
	switch m.Type {
	case "FIGHT":
		return illWord(m.Target) || legalAct(m.Target) || viceTarget(m.Target) || abstractTarget(m.Target) || saidTarget(m.Target)
	case "COOPERATE", "SUPPORT":
		// Backing a quality of something ("vouched for the integrity of
		// the election") is backing that thing: the bare abstraction only.
		return abstractTarget(m.Target) && !strings.Contains(m.Target.Text, " of ")
	case "ASSAULT", "COERCE":
		if m.Type == "ASSAULT" && (abstractTarget(m.Target) || saidTarget(m.Target)) {
			return true
		}
		// Torching, shredding or burying a plan, a budget or a proposal
		// (the lexicon's <abstract> class: what people decide or say) is
		// a figure of speech; property burns.
		if m.Type == "COERCE" && m.Mode == "destroy" && m.Target != nil && wordIsClass(headWord(m.Target), "<abstract>") {
			return true
		}
		// A crackdown on a vice ([vice]: "a crackdown on corruption") is
		// the state's policy, not coercion of a party; its doers
		// ("suspects") are left to the readings of policing.
		// So is a curb on an economic quantity ([market]: "to curb
		// inflation", "capped prices"): a measure of the economy.
		return illWord(m.Target) || m.Type == "COERCE" && (contextWords["vice"][headWord(m.Target)] || contextWords["market"][headWord(m.Target)])
	case "THREATEN":
		// "would fight the ruling": a fight to come, its target a legal act;
		// "vowed to fight corruption and poverty": a policy against a
		// vice or an ill ([vice], illWord).
		fight := m.ent != nil && m.ent.category == "FIGHT" || lemmaIs(strings.ToLower(lastWord(m.Trigger.Text)), "fight")
		return fight && (legalAct(m.Target) || illWord(m.Target)) || viceTarget(m.Target)
	}
	return false
}

// wordIsClass reports a word one of whose lemmas is in the lexicon's word
// class c.
func wordIsClass(w, c string) bool {
	for _, l := range lemmas(strings.ToLower(w)) {
		if wordClasses[c][l] {
			return true
		}
	}
	return false
}

// abstractTarget reports an argument whose head is an abstract thing by
// WordNet's first sense (data/abstract.txt: noun.cognition, noun.feeling,
// noun.attribute, noun.state), with no person, group, place or name in it:
// "the problem", "common sense"; not "the frustration of the players",
// "the sovereignty of Ukraine".
func abstractTarget(a *annalist.Arg) bool {
	return lexTarget(a, loadActors().abstract)
}

// saidTarget reports an argument whose head is what is said or written
// by WordNet's first sense (data/abstract.txt [communication]: "the
// report", "forecasts", "the headlines"), on abstractTarget's terms: no
// target of violence ("attacked the report as biased", "output beat
// forecasts"). A protest or an election ([motive], [grievance]) is an
// event, which violence can hit ("police attacked the protest").
func saidTarget(a *annalist.Arg) bool {
	w := headWord(a)
	return !contextWords["motive"][w] && !contextWords["grievance"][w] && lexTarget(a, loadActors().communication)
}

// lexTarget is abstractTarget for the nouns of a WordNet list.
func lexTarget(a *annalist.Arg, list map[string]bool) bool {
	if a == nil || a.Entity != "" || party(a) || !mereThing(a) {
		return false
	}
	w := headWord(a)
	abstract := list[w]
	for _, l := range lemmas(w) {
		// a plural's noun, not a verb's ("wanted": want)
		abstract = abstract || strings.HasSuffix(w, "s") && list[l]
	}
	if !abstract {
		return false
	}
	ws := strings.Fields(a.Text)
	for _, x := range ws[min(1, len(ws)):] {
		if r := []rune(x); unicode.IsUpper(r[0]) {
			return false // a name: "the sovereignty of Ukraine"
		}
	}
	for _, x := range argWords(a.Text) {
		if !thingWord(strings.ToLower(x)) {
			return false // "two militants wanted for the bombing"
		}
	}
	return true
}

// threatenedWithState reports a passive "threatened with" whose object
// is no hostile act ("species threatened with extinction", "a mill
// threatened with closure"): a danger, not a threat someone made; a
// threat of an act stays ("threatened with arrest", "with a knife").
func (s *sentence) threatenedWithState(f *found, m *Mention) bool {
	if m.Type != "THREATEN" || !f.verb || f.j+1 >= len(s.lower) || s.lower[f.j] != "with" {
		return false
	}
	for k := f.j + 1; k < len(s.lower) && k <= f.j+4 && !isClauseBreak(s.lower[k]) && !prepositions[s.lower[k]]; k++ {
		if s.triggerAt(k) || contextWords["armed"][s.lower[k]] || inClass(s.lower[k], "<cameo-weapon>") {
			return false
		}
	}
	return true
}

// investigatedIll reports an investigation of a fire ("police are
// investigating a blaze at a warehouse"): the work of fire investigators,
// not CAMEO's investigation of crime, corruption or abuses. Arson stays an
// investigation of a crime; an inquiry a governor or a ministry orders
// into a fire or a disaster is the state's.
func (s *sentence) investigatedIll(f *found, m *Mention) bool {
	if m.Type != "INVESTIGATE" || m.Actor != nil && m.Actor.Kind == "government" && !strings.EqualFold(headWord(m.Actor), "officials") {
		return false // a governor's or a ministry's inquiry is the state's
	}
	if contextWords["cause"][headWord(m.Target)] || s.objectIn(f, "cause") {
		return true
	}
	// An accident or a blast a cause names ("an investigation into a gas
	// explosion", "into the derailment") in a sentence with no armed word
	// but the police's is an inquiry into a mishap; a bomb blast stays.
	if !s.armedButPolice() && (s.inquiredInto(f, "cause") || s.inquiredInto(f, "disaster")) {
		return true
	}
	// A participle closing a clause after the things studied ("in all
	// the samples examined"), with no party nor political agent in the
	// sentence, is research or routine: an inquiry is someone's.
	return s.trailingParticiple(f) && !party(m.Actor) && !party(m.Target) &&
		(m.Actor == nil || mereThing(m.Actor)) && (m.Target == nil || mereThing(m.Target)) && !s.namesPoliticalAgent()
}

// legalAct reports an argument whose head names a legal act ([legal]:
// "the ruling", "the ban").
func legalAct(a *annalist.Arg) bool {
	if a == nil {
		return false
	}
	return mentionsAny(head(a.Text), contextWords["legal"])
}

// lastWord is the last word of a phrase.
func lastWord(p string) string {
	f := strings.Fields(p)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// deployedAgainstIll reports people of no political or armed kind sent
// out in a sentence of disaster or disease with no armed word: "the
// health ministry deployed 300 nurses to fight a dengue outbreak" is
// relief, not a mobilisation of forces.
func (s *sentence) deployedAgainstIll(m *Mention) bool {
	return m.Type == "MOBILIZE" && m.Target != nil && !political(m.Target) && s.has("disaster") && !s.has("armed")
}

// filmed reports "shoot" in the sense of filming: a one-word trigger of
// the verb whose patient is a thing, no person or group by WordNet's first
// sense (data/parties.txt) nor an armed word, in a sentence that counts no
// one hurt: "the battle scenes were shot in the mountains", "she shot a
// documentary in Gaza". ("Shot down" and people shot keep their sense.)
func (s *sentence) filmed(f *found, m *Mention) bool {
	if m.Type != "ASSAULT" && m.Type != "FIGHT" || f.j != f.i+1 || !slices.Contains(s.lem[f.i], "shoot") {
		return false
	}
	return thing(m.Target) && !s.hurt()
}

// thing reports an argument whose head names a thing: no person or group
// by WordNet's first sense (data/parties.txt), no armed word, no party the
// dictionaries code.
func thing(a *annalist.Arg) bool {
	return thingWord(headWord(a)) && !political(a) && !coded(a)
}

// thingWord reports a head word that names a thing: no person or group by
// WordNet's first sense, no armed word, no cue of the dictionaries.
func thingWord(w string) bool {
	if w == "" {
		return false
	}
	d := loadActors()
	for _, l := range lemmas(w) {
		if d.parties[l] {
			return false
		}
	}
	return !d.parties[w] && !contextWords["armed"][w] && len(cuesOf(w)) == 0
}

// hurt reports a sentence that counts or names people killed or hurt.
func (s *sentence) hurt() bool {
	return s.hasCount(annalist.CountKilled, annalist.CountInjured) || s.hasAny(casualtyWords)
}

// productRecall reports "recall" of a thing ("recalled a blood pressure
// medicine", "recalls 40,000 cars"): a maker's recall, not a state
// recalling its envoy (CAMEO 161).
//
// A "recall" with nothing recalled is memory ("the coach recalled.", "she
// recalled in an email"): recalling an envoy names the envoy.
func (s *sentence) productRecall(f *found, m *Mention) bool {
	return m.Type == "SANCTION" && slices.Contains(s.lem[f.i], "recall") && (m.Target == nil || thing(m.Target)) && !s.envoyAfter(f.j)
}

// envoyAfter reports an envoy or a mission (<mission>) within the three
// tokens from j: what a recall names when its target is the place the
// envoy left ("recalled its ambassador from Kestovia").
func (s *sentence) envoyAfter(j int) bool {
	for k := j; k < len(s.lem) && k < j+3; k++ {
		for _, l := range s.lem[k] {
			if wordClasses["<mission>"][l] {
				return true
			}
		}
	}
	return false
}

// bannedThing reports a ban (SANCTION or COERCE) whose object is a mere
// thing ("banned the sale of a painkiller", "bans plastic bags", "banned
// the use of an antibiotic in pig feed"), with no armed word and no word
// of the press ([press]: a newspaper banned is censored) nor an
// organisation ("banned 17 organisations"): a state's
// regulation of goods, as a maker's recall is no recall of an
// envoy. A ban on a party, on a country's goods ("imports of Iranian
// oil": coded; goods "from" a place) or on protests is left to stand.
func (s *sentence) bannedThing(f *found, m *Mention) bool {
	// A ban as COERCE is a regulation only as a verb ("banned the use of
	// an antibiotic"); a ban imposed on something ("imposed a ban on the
	// ships") is a state's measure against its owners.
	if m.Type != "SANCTION" && (m.Type != "COERCE" || !f.verb) || s.has("armed") || m.Target == nil || !mereThing(m.Target) || mentionsAny(m.Target.Text, contextWords["press"]) || namesOrg(m.Target.Text) {
		return false
	}
	// Goods from somewhere make the ban a measure against their source
	// ("a ban on imports of goods from the neighbouring country").
	if slices.Contains(s.lower[f.j:], "from") {
		return false
	}
	return slices.Contains(s.lem[f.i], "ban") || slices.Contains(s.lem[f.i], "prohibit")
}

// releasedThing reports a release of a thing, no captive: its target's
// head a common noun (written in lower case) that is no person or group
// by WordNet's first sense, no armed word and no party ("released a beta
// version of its app", "the water vapour being released"). A number
// ("all but four were released") or a name is left to stand for people.
//
// A verb's own object, right after it, decides first, whatever the target
// search took ("released a letter from his doctor").
func (s *sentence) releasedThing(f *found, m *Mention) bool {
	if m.Type != "RETREAT" || m.Mode != "release" {
		return false
	}
	// A part of something ("the last of the 42 schoolgirls") is left to
	// the target.
	if k := s.objectEnd(f); k > f.j && (k >= len(s.lower) || s.lower[k] != "of") {
		ws := make([]string, 0, k-f.j)
		for _, t := range s.toks[f.j:k] {
			ws = append(ws, t.Text)
		}
		return thingPhrase(ws)
	}
	return thing(m.Target) && thingPhrase(strings.Fields(head(m.Target.Text)))
}

// thingPhrase reports a noun phrase all of whose words are common words
// of things: no name, number, pronoun, person or group ("the two hostages
// unharmed", "200 prisoners arrested" hold people).
func thingPhrase(ws []string) bool {
	n := 0
	for _, w := range ws {
		if determiners[w] {
			continue
		}
		if w != strings.ToLower(w) || unicode.IsDigit([]rune(w)[0]) || numberWords[w] || w == "all" || w == "both" ||
			freedPronouns[w] || !thingWord(w) {
			return false
		}
		n++
	}
	return n > 0
}

// pronouns a release may free.
var freedPronouns = set(`him her them us me you it`)

// objectEnd is the end of a verb trigger's object right after it: the
// token before the first preposition or break within a few words, f.j
// for none.
func (s *sentence) objectEnd(f *found) int {
	if !f.verb {
		return f.j
	}
	k := f.j
	for k < len(s.lower) && k < f.j+6 && !isClauseBreak(s.lower[k]) && !prepositions[s.lower[k]] && s.lower[k] != "of" && !timeWords[s.lower[k]] && isWordish(s.lower[k]) {
		k++
	}
	if k < len(s.lower) && k == f.j+6 {
		return f.j // too long to be one noun phrase
	}
	return k
}

// mobilizedNothing reports a MOBILIZE mention with no force to mobilise:
// no armed word nor troops counted in the sentence, and no party of a
// political kind or coded by the dictionaries on either side. PLOVER's
// mobilisation is of armed forces; an alert, a deployment or a build-up of
// anything else is another sense ("the app alerts the caregiver",
// "deploying cleaner technology", "build up his character"). A phrase
// that names the force by its class ("order * <forces> to the": "ordered
// two battalions to the Gulf", "sent a carrier") has one.
func (s *sentence) mobilizedNothing(f *found, m *Mention) bool {
	if m.Type != "MOBILIZE" || s.has("armed") || s.hasCount(annalist.CountTroops) || slices.Contains(f.e.words, "<forces>") {
		return false
	}
	for _, a := range []*annalist.Arg{m.Actor, m.Target} {
		if political(a) || coded(a) || a != nil && mentionsAny(a.Text, contextWords["armed"]) {
			return false
		}
	}
	return true
}

// figurativeContest reports violence or a threat in a sentence that names
// a contest in a court, a market or a boardroom (a word of [arena] before
// one of [contest]: "a court battle", "a proxy fight", "a price war") and
// no armed word nor anyone hurt: the contest's figures of speech ("won its
// court battle against the state", "fired the first shot in a price
// war", "threatened a proxy fight").
func (s *sentence) figurativeContest(f *found, m *Mention) bool {
	if m.Type != "ASSAULT" && m.Type != "FIGHT" && m.Type != "THREATEN" || s.has("armed") || s.hurt() {
		return false
	}
	// A noun of violence "in" or "of" what is traded or priced ([money],
	// [market], [business]) is a sudden rise or fall ("an explosion in
	// online sales", "a bloodbath in bank shares").
	if !f.verb && f.j+1 < len(s.lower) && (s.lower[f.j] == "in" || s.lower[f.j] == "of") {
		for k := f.j + 1; k < len(s.lower) && k <= f.j+4 && isWordish(s.lower[k]) && !prepositions[s.lower[k]]; k++ {
			if w := s.lower[k]; contextWords["money"][w] || contextWords["market"][w] || contextWords["business"][w] {
				return true
			}
		}
	}
	for k := 0; k+1 < len(s.lower); k++ {
		if contextWords["arena"][s.lower[k]] && contextWords["contest"][s.lower[k+1]] {
			return true
		}
		// A war on a thing, no person or group ("vowed to wage war on
		// potholes", "a war on waste").
		if contextWords["contest"][s.lower[k]] && (s.lower[k+1] == "on" || s.lower[k+1] == "against") && s.thingAfter(k+2) {
			return true
		}
	}
	return false
}

// thingAfter reports a noun phrase from token i whose head (its last
// word before a preposition, a comma or the end) names a thing (thing).
func (s *sentence) thingAfter(i int) bool {
	j := i
	for j < len(s.lower) && isWordish(s.lower[j]) && !prepositions[s.lower[j]] {
		j++
	}
	if j == i {
		return false
	}
	a := &annalist.Arg{Text: strings.Join(s.lower[i:j], " ")}
	return thing(a)
}

// verbalClash reports fighting by no crowd in a sentence of a forum of
// talk ([forum]: a debate, a meeting, talks) with no armed word and no one
// hurt: a quarrel of words ("lawmakers clashed over the budget in a heated
// debate"), no fight.
func (s *sentence) verbalClash(m *Mention) bool {
	if m.Type != "FIGHT" || m.Actor != nil && cuesOf(m.Actor.Text)["mob"] {
		return false
	}
	return s.has("forum") && !s.has("armed") && !s.hurt()
}

// bailRelease reports a release or a freeing "on bail" (or on bond, on
// parole: provisional) of someone of no political kind and no party, in a
// sentence with no word of a political motive ([motive]): a step in a
// case of crime ("the actor was arrested for drunk driving and later
// released on bail"), no captive let go. An opposition leader freed on
// bail stays.
func (s *sentence) bailRelease(f *found, m *Mention) bool {
	if m.Type != "RETREAT" || m.Mode != "release" || political(m.Actor) && !lawActor(m.Actor) || political(m.Target) ||
		partyWords(m.Actor) || partyWords(m.Target) || slices.ContainsFunc(s.lower, func(w string) bool { return contextWords["motive"][w] }) {
		return false
	}
	for k := f.j; k+1 < len(s.lower) && k <= f.j+3; k++ {
		if s.lower[k] == "on" && provisional[s.lower[k+1]] {
			return true
		}
	}
	return false
}

// provisional are the terms on which a court lets an accused or a convict
// go: "on bail", "on bond", "on parole".
var provisional = set(`bail bond parole probation`)

// thingLets reports a trigger in what a thing lets, allows or enables
// someone do ("a security flaw that let attackers take over phones", "the
// loophole allows firms to dodge tax"): what the thing makes
// possible, not an act the sentence reports, where nothing armed is
// named. People who let others act ("the army allowed protesters to
// march") are left to the lexicon.
func (s *sentence) thingLets(f *found) bool {
	if s.has("armed") {
		return false
	}
	for k := f.i - 1; k >= 1 && k >= f.i-5; k-- {
		if isClauseBreak(s.lower[k]) {
			return false
		}
		if !letting[s.lower[k]] {
			continue
		}
		n := k - 1
		if s.lower[n] == "that" || s.lower[n] == "which" {
			n--
		}
		// The thing is a noun after a determiner, with at most one
		// modifier between ("a security flaw that let"): no pronoun, no
		// adverb ("so let them shoot").
		det := n >= 1 && determiners[s.lower[n-1]] || n >= 2 && determiners[s.lower[n-2]]
		return det && isWordish(s.lower[n]) && !s.isProper(n) && !pronouns[s.lower[n]] && thing(&annalist.Arg{Text: s.lower[n]})
	}
	return false
}

// letting are the verbs whose object does what follows them.
var letting = set(`let lets allow allows allowed allowing enable enables enabled enabling permit permits permitted`)

// ransom reports a sentence of a ransom: people held for gain.
func (s *sentence) ransom() bool {
	return slices.ContainsFunc(s.lower, func(w string) bool { return lemmaIs(w, "ransom") })
}

// ransomRelease reports a release or a rescue of someone of no political
// kind, by no one named or by the police, in a sentence of a ransom with
// nothing armed but the police: the end of a kidnapping for gain ("a
// businessman kidnapped for ransom was freed after his family paid"), as
// the police's rescue of crime's victims is (policeRescue). Captors who
// free their captives release them (CAMEO 084: "the kidnappers freed the
// engineers after a ransom was paid"), and bandits' and rebels' captives
// stay.
func (s *sentence) ransomRelease(m *Mention) bool {
	if m.Type != "AID" && !(m.Type == "RETREAT" && m.Mode == "release") || political(m.Target) || partyWords(m.Target) ||
		m.Actor != nil && !lawActor(m.Actor) {
		return false
	}
	return s.ransom() && !s.armedButPolice()
}

// obligation reports a "must" whose subject is of no political kind, no
// coded organisation and no party in common words, in a sentence that
// names no political agent but a court: a rule or a ruling on private
// parties ("airlines must refund passengers within seven days",
// "landlords must give two months' notice, the court ruled"), no one's
// demand. A state or a party that must do something is told so ("Israel
// must withdraw") and stays a demand. A pronoun's "must" of no political
// agent is most often a duty or an inference ("it must be the cost of
// flying those rolls").
func (s *sentence) obligation(m *Mention) bool {
	if m.Type != "DEMAND" || !lemmaIs(strings.ToLower(m.Trigger.Text), "must") || m.Actor == nil ||
		political(m.Actor) || coded(m.Actor) || partyWords(m.Actor) || s.has("armed") {
		return false
	}
	return !s.namesPoliticalAgent() || s.has("court")
}

// ballotContest reports a defeat or a beating ([outdone]) by no crowd in
// a sentence of votes ([ballot]) with no armed word and no one hurt: an
// election won or lost ("the challenger defeated the mayor by 500
// votes"), no fight.
func (s *sentence) ballotContest(m *Mention) bool {
	if m.Type != "FIGHT" && m.Type != "ASSAULT" || m.Actor != nil && cuesOf(m.Actor.Text)["mob"] ||
		!mentionsAny(m.Trigger.Text, contextWords["outdone"]) {
		return false
	}
	return s.has("ballot") && !s.has("armed") && !s.hurt()
}

// marketUnder reports a trigger that the subject of its clause "came
// under" where the subject is a currency or shares ([currency], [business]:
// "the dollar came under attack", "bank shares came under pressure"):
// selling in a market, whose subject befalls it as the target, no
// political event.
func (s *sentence) marketUnder(f *found, m *Mention) bool {
	if m.Target != nil || s.has("armed") {
		return false
	}
	u := f.i - 1
	if u >= 1 && s.lower[u] != "under" {
		u-- // "came under heavy attack"
	}
	if u >= 0 && s.lower[u] == "under" && f.j+1 < len(s.lower) && (s.lower[f.j] == "from" || s.lower[f.j] == "by") {
		// Under siege or attack from companies: their rivals' business
		// ("local shops are under siege from online retailers").
		for k := f.j + 1; k < len(s.lower) && k <= f.j+4; k++ {
			w := s.lower[k]
			if contextWords["corporate"][w] || contextWords["business"][w] {
				return true
			}
			if prepositions[w] || isClauseBreak(w) || !isWordish(w) {
				break
			}
		}
	}
	if u < 2 || s.lower[u] != "under" || !slices.Contains(s.lem[u-1], "come") {
		return false
	}
	// The subject: the parse's, or the word before the verb (the head of
	// a subject that ends there) where no parse runs.
	sub := u - 2
	if ws := s.parse(); ws != nil && f.i < len(ws) {
		sub = s.child(ws, ws[f.i].Head, "nsubj")
	}
	return sub >= 0 && (contextWords["currency"][s.lower[sub]] || contextWords["business"][s.lower[sub]])
}

// publicAppeal reports a demand of the public at large (the target's
// head a word of [public]: "urged the public to get vaccinated"): an
// appeal, no demand on a party.
func publicAppeal(m *Mention) bool {
	if m.Type != "DEMAND" || m.Target == nil {
		return false
	}
	return contextWords["public"][headWord(m.Target)] && !coded(m.Target)
}

// reliefAppeal reports a demand followed in its sentence by a word of
// relief ([relief]): "appealed to donors for $400 million to feed drought
// victims" asks for aid, as political as the aid given.
func (s *sentence) reliefAppeal(f *found, m *Mention) bool {
	if m.Type != "DEMAND" {
		return false
	}
	for _, w := range s.lower[f.i+1:] {
		if contextWords["relief"][w] {
			return true
		}
	}
	return false
}

// electoralRally reports a protest noun modified by a word of elections
// ([electoral]: "a campaign rally", "an election rally"): a candidate's or
// a party's meeting, no protest.
func (s *sentence) electoralRally(f *found, m *Mention) bool {
	return m.Type == "PROTEST" && f.i > 0 && contextWords["electoral"][s.lower[f.i-1]]
}

// privateSuit reports a lawsuit ("sue", "lawsuit") between parties of no
// political kind that no dictionary codes as an organisation of public
// life: "the family sued the hospital for negligence" is a private case,
// "the opposition sued the electoral commission" a political act.
//
// So is any complaint a company makes of a party of no political kind
// ("the steelmaker accused its rival of dumping steel"): a trade dispute
// between firms.
func privateSuit(f *found, m *Mention) bool {
	if m.Type != "DISAPPROVE" || !slices.Contains(f.e.words, "sue") && !slices.Contains(f.e.words, "lawsuit") && !corporate(m.Actor) {
		return false
	}
	for _, a := range []*annalist.Arg{m.Actor, m.Target} {
		if political(a) || coded(a) || a != nil && mentionsAny(a.Text, contextWords["party"]) {
			return false
		}
	}
	return true
}

// townSuit reports a lawsuit brought by a town or a city ("Detroit sued
// three drugmakers") against a party of no political kind that no
// dictionary codes: a civil case, though the town's name reads as its
// government; a town suing a state, a ministry or a party stays.
func (s *sentence) townSuit(f *found, m *Mention) bool {
	if m.Type != "DISAPPROVE" || !slices.Contains(f.e.words, "sue") && !slices.Contains(f.e.words, "lawsuit") ||
		m.Actor == nil || m.Target == nil || political(m.Target) || coded(m.Target) || partyWords(m.Target) {
		return false
	}
	span := [2]int{-1, -1}
	for i, t := range s.toks {
		if t.Start >= m.Actor.Start && t.End <= m.Actor.End {
			if span[0] < 0 {
				span[0] = i
			}
			span[1] = i + 1
		}
	}
	return span[0] >= 0 && s.townModifier(span)
}

// calledOffOther reports "call off" of something that is no act the
// lexicon knows, no public action of [action] nor a party: "police called
// off the search", "the couple called off the wedding". Calling off a
// strike, an offensive, an operation or talks yields (CAMEO 08); calling
// off anything else is no political event.
func calledOffOther(f *found, m *Mention) bool {
	if m.Type != "CONCEDE" || len(f.e.words) != 2 || f.e.words[0] != "call" || f.e.words[1] != "off" || m.Target == nil {
		return false
	}
	w := headWord(m.Target)
	if w == "" {
		return false
	}
	for _, l := range lemmas(w) {
		if len(lexicon[l]) > 0 || contextWords["action"][l] {
			return false
		}
	}
	return !political(m.Target) && !coded(m.Target)
}

// currencyTarget reports a mention whose target is a currency, not an
// amount of it ([currency]: "defend the rupee", "propped up the peso"), or
// support whose target is what a market makes or pays ([market]: "defend
// prices"): a central bank's or a market's dealing, no political event.
func currencyTarget(m *Mention) bool {
	if m.Target == nil || contentious[m.Type] {
		return false
	}
	// Support for what a market makes or pays is the same dealing
	// ("cut production to defend prices").
	ws := argWords(head(m.Target.Text))
	if len(ws) == 0 || !contextWords["currency"][ws[len(ws)-1]] && (m.Type != "SUPPORT" || !contextWords["market"][ws[len(ws)-1]]) {
		return false
	}
	// An amount is money given or pledged ("50 million dollars in aid"),
	// not the currency itself.
	for _, w := range ws {
		if isNumber(w) || numberValue(w) > 0 || w == "million" || w == "billion" || w == "thousand" {
			return false
		}
	}
	return true
}

// campaignPledge reports a promise made on condition of an election ("if
// elected", "if she wins"), and what is promised in it: a campaign pledge,
// not an agreement nor a threat of anything yet.
//
// A promise or a threat told in a campaign's setting (a word of
// [electoral] before one of [stump]: "told a campaign rally that she would
// fight for working families"; "would fight" is read as a threat after
// this test), where nothing is armed and no one hurt ("gunmen attacked a
// campaign rally" stays).
func (s *sentence) campaignPledge(f *found, m *Mention) bool {
	if (f.e.vow || m.Type == "AGREE" || m.Type == "THREATEN" || m.Type == "FIGHT" || s.vowBefore(f.i)) &&
		!s.has("armed") && !s.hurt() {
		for k := 0; k+1 < len(s.lower); k++ {
			if contextWords["electoral"][s.lower[k]] && contextWords["stump"][s.lower[k+1]] {
				return true
			}
		}
	}
	if !f.e.vow && m.Type != "AGREE" && !s.vowBefore(f.i) {
		return false
	}
	for k := f.j; k+1 < len(s.lower); k++ {
		if s.lower[k] != "if" {
			continue
		}
		for n := k + 1; n < len(s.lower) && n <= k+3; n++ {
			if contextWords["campaign"][s.lower[n]] {
				return true
			}
		}
	}
	return false
}

// vowBefore reports a trigger of a vow or a pledge (a promise that
// governs what follows) before token i in the sentence:
// what is promised after it is part of the promise ("vowed to crush
// corruption and rebuild the roads").
func (s *sentence) vowBefore(i int) bool {
	for k := 0; k < i; k++ {
		if e, _ := s.match(k); e != nil && (e.vow || e.category == "AGREE" && e.governs == Future) {
			return true
		}
	}
	return false
}

// illWord reports an argument whose head's last word is a word of
// [disaster] or [cause].
func illWord(a *annalist.Arg) bool {
	w := headWord(a)
	return w != "" && (contextWords["disaster"][w] || contextWords["cause"][w])
}

// headWord is the last word of an argument's head, in lower case ("the
// homes of rebel sympathisers": "homes"); "" for none.
func headWord(a *annalist.Arg) string {
	if a == nil {
		return ""
	}
	ws := argWords(head(a.Text))
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// offField reports a sentence of sport, entertainment, fire brigades or
// animals: a common noun of [elsewhere], a word of [sportname] in any case
// ("the Bledisloe Cup"), or a score ("beat Barcelona 3-1").
func (s *sentence) offField() bool {
	if s.hasCommon("elsewhere") || s.has("sportname") {
		return true
	}
	for _, w := range s.lower {
		if score(w) {
			return true
		}
	}
	return s.scoreLine()
}

// scoreLine reports a game's result written as names and scores ("Hawks
// 4, Rangers 2: ..."): a name, a number of one or two digits, a comma, and
// a name and a number again.
func (s *sentence) scoreLine() bool {
	named := func(k int) bool {
		w := s.toks[k].Text
		return w != s.lower[k] && isWordish(s.lower[k])
	}
	for k := 1; k+3 < len(s.lower); k++ {
		if !digits(s.lower[k]) || !named(k-1) || s.lower[k+1] != "," {
			continue
		}
		for n := k + 3; n < len(s.lower) && n <= k+5; n++ {
			if digits(s.lower[n]) && named(n-1) {
				return true
			}
		}
	}
	return false
}

// score reports a token written as a game's score: two numbers of one or
// two digits joined by a hyphen ("3-1", "4-0").
func score(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && digits(a) && digits(b)
}

func digits(w string) bool {
	if len(w) == 0 || len(w) > 2 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// disasterTrigger reports a trigger that is a word of [disaster]: "sank",
// "crashed", "collapsed".
func (s *sentence) disasterTrigger(f *found) bool {
	for k := f.i; k < f.j && k < len(s.lower); k++ {
		if contextWords["disaster"][s.lower[k]] {
			return true
		}
	}
	return false
}

// accidentalBlast reports a sentence that names an explosion by its cause
// ("a gas explosion", "a boiler blast"): an accident.
func (s *sentence) accidentalBlast() bool {
	for i := 1; i < len(s.lower); i++ {
		switch s.lower[i] {
		case "explosion", "explosions", "blast", "blasts":
			if contextWords["cause"][s.lower[i-1]] {
				return true
			}
		}
	}
	return false
}

// causeSubject reports a sentence that opens with a cause for its subject
// ("A fire broke out at a textile factory, killing 14 workers", "The
// blaze ..."): an article, at most one other word, and a word of [cause].
func (s *sentence) causeSubject() bool {
	if len(s.lower) < 2 || !attrDeterminers[s.lower[0]] {
		return false
	}
	return contextWords["cause"][s.lower[1]] || len(s.lower) > 2 && contextWords["cause"][s.lower[2]]
}

// byCause reports a cause in a phrase of "in" or "by" right after the
// trigger ("destroyed in a fire", "damaged by fire overnight"): a passive
// whose agent is no actor.
func (s *sentence) byCause(f *found) bool {
	if f.j >= len(s.lower) || s.lower[f.j] != "in" && s.lower[f.j] != "by" {
		return false
	}
	for k := f.j + 1; k < len(s.lower) && k <= f.j+3 && !isClauseBreak(s.lower[k]); k++ {
		if contextWords["cause"][s.lower[k]] {
			return !s.has("armed")
		}
	}
	return false
}

// prosecution reports the justice system's work on ordinary crime: a
// charge, a sentence or a measure (DISAPPROVE, SANCTION, DEMAND, COERCE)
// whose actor is none, the courts or the police (CAMEO JUD, COP), on a
// target of no political kind and no party word, in a sentence with a
// word of crime or private matters ("two men were charged with murder after a robbery", "a
// court sentenced a former bank manager for embezzlement").
func (s *sentence) prosecution(m *Mention) bool {
	switch m.Type {
	case "DISAPPROVE", "SANCTION", "DEMAND", "COERCE":
	default:
		return false
	}
	if m.Actor != nil && !lawActor(m.Actor) {
		return false
	}
	t := m.Target
	if t == nil || political(t) || mentionsAny(t.Text, contextWords["party"]) || !s.has("crime") && !s.has("private") && !s.judgedPrivately(m) || s.demonstration() {
		return false
	}
	// A target named by a political motive is judged for politics ("an
	// apartheid killer", "a rebel bomber found guilty of murder"); a
	// pronoun stands for one its sentence names ("the apartheid killer ...
	// a day after he was convicted").
	if p := strings.ToLower(t.Text); (personalPronouns[p] || objectPronouns[p]) && s.has("motive") {
		return false
	}
	return !cuesOf(t.Text)["political"] && !mentionsAny(t.Text, contextWords["motive"])
}

// demonstration reports a sentence that names a demonstration (the crowd
// cue: "vendors who were protesting against their eviction"): police and
// courts acting on its people act on a protest, not on ordinary crime or
// a private case.
func (s *sentence) demonstration() bool {
	sent := s.d.Sentences[s.index]
	return cuesOf(s.d.Text[sent.Start:sent.End])["crowd"]
}

// judgedPrivately reports a court's judgement (a sentence or a
// conviction) in a sentence with no word that makes a crime political or
// armed ([motive], [armed] other than the police's): what it judges is a
// private wrong, though no word of [crime] names it ("sentenced a man to
// death for killing his business partner", "upheld the conviction of a
// nurse who poisoned patients"). A protester's or a rebel's sentence
// stays.
func (s *sentence) judgedPrivately(m *Mention) bool {
	if m.Type != "DISAPPROVE" || !mentionsAny(m.Trigger.Text, judgements) || s.armedButPolice() {
		return false
	}
	return !slices.ContainsFunc(s.lower, func(w string) bool { return contextWords["motive"][w] })
}

// judgements are the words of a court's judgement on a person.
var judgements = set(`sentence sentenced sentences sentencing convict convicted convicts conviction convictions jail jailed imprison imprisoned`)

// allegedCrime reports violence someone is accused, suspected, charged,
// convicted or arrested for ("accused of murdering two women", "charged
// with the Kraft shooting of her co-workers"): a case of crime for the
// police and courts, between parties of no political kind and no party
// word. Soldiers accused of killing villagers, or a man charged with
// shooting two police officers, stay: a political party takes part.
func (s *sentence) allegedCrime(f *found, m *Mention) bool {
	if m.Type != "ASSAULT" || political(m.Actor) || political(m.Target) || partyWords(m.Actor) || partyWords(m.Target) {
		return false
	}
	k := f.i - 1
	for k >= 0 && k >= f.i-4 && s.lower[k] != "of" && (determiners[s.lower[k]] || s.isProperName(k)) {
		k-- // "the Kraft shooting", "the 1967 killing" stays a case of crime
	}
	if k < 1 || s.lower[k] != "of" && s.lower[k] != "with" && s.lower[k] != "for" {
		return false
	}
	return allegers[s.lower[k-1]]
}

// selfInflicted reports a killing or a blow the doer turns on himself
// ("hanged himself in his cell", "shot herself"): a suicide, no event.
// The bomber who blew himself up and a man who set himself on fire are
// read apart (blewSelfUp, the protest readings).
func (s *sentence) selfInflicted(f *found, m *Mention) bool {
	if m.Type != "ASSAULT" && m.Type != "FIGHT" || !f.verb || f.j >= len(s.lower) || !reflexives[s.lower[f.j]] {
		return false
	}
	return !lemmaIs(s.lower[f.i], "blow") && !lemmaIs(s.lower[f.i], "set")
}

// allegers are the words of a case of crime before "of", "with" or "for".
var allegers = set(`accused suspected convicted guilty charged arrested indicted jailed sentenced acquitted`)

// partyWords reports an argument that names a party in words the actor
// dictionaries leave uncoded: a word of [party] or a political cue ("the
// strikers", "an opposition activist").
func partyWords(a *annalist.Arg) bool {
	return a != nil && (mentionsAny(a.Text, contextWords["party"]) || cuesOf(a.Text)["political"])
}

// lawActor reports the justice system or the police: an argument the
// dictionaries code judiciary or police (JUD, COP), or one headed by a
// word of [law] ("Albanian authorities", "the prosecutors"), which act on
// ordinary crime as the police do ("authorities arrested and charged a
// man for abusing two boys").
func lawActor(a *annalist.Arg) bool {
	return a != nil && (strings.HasSuffix(a.CAMEO, "JUD") || strings.HasSuffix(a.CAMEO, "COP") || contextWords["law"][headWord(a)])
}

// mediaRelease reports a release of a medium, not of captives: the word
// before the trigger or the target's head is one of [media] ("in a video
// released on Saturday", "released a statement").
func (s *sentence) mediaRelease(f *found, m *Mention) bool {
	// A medium given or granted is words, no aid ("granted interviews to
	// reporters"), whether or not the tagger read the verb.
	if m.Type == "AID" && (f.verb || inflection(s.lower[f.i]) == "ed") {
		g := *f
		g.verb = true
		if s.objectIn(&g, "media") {
			return true
		}
	}
	if m.Type != "RETREAT" || m.Mode != "release" {
		return false
	}
	if f.i > 0 && contextWords["media"][s.lower[f.i-1]] {
		return true
	}
	return s.objectIn(f, "media") || contextWords["media"][headWord(m.Target)]
}

// objectIn reports a word of the context class in a verb trigger's object
// right after it, before a preposition or a break ("released an emergency
// security patch on Wednesday", "investigating a fire at a supermarket"),
// whatever the target search took.
func (s *sentence) objectIn(f *found, class string) bool {
	return f.verb && s.classInPhrase(f.j, class)
}

// classInPhrase reports a word of the context class among the six words
// from k, before a clause break or a preposition: the phrase a trigger
// governs.
func (s *sentence) classInPhrase(k int, class string) bool {
	for end := k + 6; k < len(s.lower) && k < end; k++ {
		w := s.lower[k]
		if isClauseBreak(w) || prepositions[w] {
			break
		}
		if contextWords[class][w] {
			return true
		}
	}
	return false
}

// casualtyWords tell of people hurt or killed where no count was found
// ("leaving dozens injured").
var casualtyWords = set(`injured wounded killed dead died hurt hospitalised hospitalized`)

// countryOnly reports an argument coded by its country alone (a CAMEO code
// of three letters: "Australia", "a fierce Australian pace attack").
func countryOnly(a *annalist.Arg) bool {
	return a != nil && len(a.CAMEO) == 3 && isoOf(loadActors(), a.CAMEO) != ""
}

// blow reports a "strike" that is no labour strike: "struck down" or
// "struck off" (a law annulled, a name removed, a man killed), or struck
// by a disaster or a cause ("a magnitude 6.4 quake struck eastern
// Taiwan").
func (s *sentence) blow(f *found, m *Mention) bool {
	if m.Type != "PROTEST" || m.Mode != "strike" || !blowWord(m.Trigger.Text) {
		return false
	}
	if f.j < len(s.lower) && (s.lower[f.j] == "down" || s.lower[f.j] == "off") {
		return true
	}
	return m.Actor != nil && (mentionsAny(m.Actor.Text, contextWords["disaster"]) || mentionsAny(head(m.Actor.Text), contextWords["cause"]))
}

// mobJustice reports violence by a crowd (the actor a cue of mob: "a mob",
// "villagers", "residents") on people accused or suspected of something:
// ACLED's Mob violence, not ordinary crime.
func mobJustice(m *Mention) bool {
	if m.Type != "ASSAULT" || m.Actor == nil || m.Target == nil || !cuesOf(m.Actor.Text)["mob"] && !crowdOf(m.Actor) {
		return false
	}
	return accusedText(m.Target.Text)
}

// accusedText reports people said to be accused or suspected of something.
func accusedText(text string) bool {
	t := strings.ToLower(text)
	return strings.Contains(t, "suspect") || strings.Contains(t, "accuse") || strings.Contains(t, "alleged")
}

// forecast reports a warning that something may happen which its speaker
// does not say it will do: "warn that" followed by a subject other than a
// pronoun, by a speaker of no political kind nor organisation
// ("scientists warned that rising seas could displace millions"): a
// forecast, not a threat ("the army warned that it would strike", "the
// prime minister warned that the army would crush any attempt").
//
// So is a warning put after what it says ("fighting could spread to the
// capital, analysts warned") whose words before the speaker hold a modal
// of possibility and no pronoun of the speaker's own.
func (s *sentence) forecast(f *found, m *Mention) bool {
	if m.Type != "THREATEN" || !lemmaIs(s.lower[f.i], "warn") || political(m.Actor) || coded(m.Actor) {
		return false
	}
	if f.j >= len(s.lower) || !isWordish(s.lower[f.j]) {
		// The speaker's words run back from the verb to the break
		// before them: the pronoun that is the speaker ("..., he
		// warned") is none of what is said.
		said := f.i
		for said > 0 && isWordish(s.lower[said-1]) {
			said--
		}
		possible := false
		for k := 0; k < said; k++ {
			switch w := s.lower[k]; {
			case subjectPronouns[w]:
				return false
			case w == "could" || w == "might" || w == "may" && !s.isTime[k] && !s.isProperName(k):
				possible = true
			}
		}
		return possible
	}
	if f.j+1 >= len(s.lower) || s.lower[f.j] != "that" {
		return false
	}
	return !subjectPronouns[s.lower[f.j+1]]
}

// mereWish reports "want" that is no demand: a party of political or
// public kind that wants an act done demands it, the act named by a noun
// of an act or a participle after the object ("the unions want a
// renegotiation of the deal", "Israel wanted the offices closed");
// shoppers who want cheaper bread, a state that wants market forces to
// set prices, only wish.
func (s *sentence) mereWish(f *found, m *Mention) bool {
	if m.Type != "DEMAND" || !f.verb || !lemmaIs(s.lower[f.i], "want") {
		return false
	}
	if !political(m.Actor) && !coded(m.Actor) && !partyWords(m.Actor) {
		return true
	}
	ws := s.tagsTo(min(f.j+7, len(s.toks)))
	for k := f.j; k < len(s.toks) && k < f.j+7; k++ {
		w := s.lower[k]
		if w == "'s" {
			continue // "the minister's resignation"
		}
		if !isWordish(w) || w == "to" || w == "that" {
			break
		}
		if actNoun(w) {
			return false
		}
		if k > f.j && ws != nil && ws[k].UPOS == "VERB" && inflection(w) == "ed" {
			return false
		}
	}
	return true
}

// actNoun reports a noun of an act: WordNet's (data/nominal.txt) or one of
// the nominalising suffixes ("renegotiation", "resignation",
// "disarmament"); not the lexicon's triggers, which name forces and goods
// as well ("market forces", "supply and demand").
func actNoun(w string) bool {
	if len(w) > 6 && (strings.HasSuffix(w, "tion") || strings.HasSuffix(w, "sion") || strings.HasSuffix(w, "ment")) {
		return true
	}
	for _, l := range lemmas(w) {
		if actNouns[l] {
			return true
		}
	}
	return false
}

// subjectPronouns are the pronouns a speaker names itself by.
var subjectPronouns = set(`it they he she we i`)

// crowdOf reports an actor that is many people of no political or armed
// kind: a plural of civilians ("traders in a market", "motorists").
func crowdOf(a *annalist.Arg) bool {
	h := strings.Fields(strings.ToLower(head(a.Text)))
	for i, w := range h {
		if i > 0 && headStops[w] {
			h = h[:i]
			break
		}
	}
	return a.Kind == "civilians" && len(h) > 0 && strings.HasSuffix(h[len(h)-1], "s") && !strings.HasSuffix(h[len(h)-1], "ss")
}

// attributive reports a one-word trigger in the past participle between a
// determiner and the words of its noun: an attribute of the noun ("the
// jailed opposition leader", "the besieged city"), which tells of a state
// the report takes as known, not of an event it reports. It reads the
// words alone, as the tags may be missing: a verb cannot follow "the".
func (s *sentence) attributive(f *found) bool {
	if f.light >= 0 || f.j != f.i+1 || f.i == 0 || f.j >= len(s.lower) || !attrDeterminers[s.lower[f.i-1]] && !s.possessiveAt(f.i-1) {
		return false
	}
	w, next := s.lower[f.i], s.lower[f.j]
	return strings.HasSuffix(w, "ed") && isWordish(next) && !headStops[next] && next != "by"
}

// possessiveAt reports a possessive ending at token k ("Tibet's exiled
// leader", "the rebels' captured weapons"), which opens a noun phrase as a
// determiner does; after a pronoun "'s" is "is" or "has" ("he's arrested").
func (s *sentence) possessiveAt(k int) bool {
	switch s.lower[k] {
	case "'s", "’s", "'", "’":
		return k > 0 && !contractionHosts[s.lower[k-1]]
	}
	return false
}

var contractionHosts = set(`he she it that there here who what where when how`)

// attrDeterminers open a noun phrase.
var attrDeterminers = set(`the a an his her their its our my your this that these those`)

// aboutWork reports a noun trigger that is the topic of a work or a
// commemoration: after a word of [work] and "about", "on" or "of" within a
// few words ("a film about the siege of Sarajevo", "the anniversary of the
// massacre"), or after a verb of telling in a sentence of a work and no
// armed word ("the novelist's new book recounts the bombing of Dresden").
func (s *sentence) aboutWork(f *found) bool {
	if f.verb && (f.i == 0 || !attrDeterminers[s.lower[f.i-1]]) {
		// A verb, unless a determiner makes it a noun ("the bombing"),
		// or a participle after the noun it qualifies, just after a
		// verb of remembering ("to honour soldiers killed at Gallipoli").
		return s.rememberedParticiple(f)
	}
	for k := f.i - 1; k >= 1 && k >= f.i-10; k-- {
		switch s.lower[k] {
		case "about", "on", "of":
			// "about" reaches across the topic's own words ("a film
			// about a tank crew in the first weeks of the invasion");
			// "on" and "of" only a few.
			if contextWords["work"][s.lower[k-1]] && (s.lower[k] == "about" || k >= f.i-4) ||
				s.lower[k] == "about" && contextWords["writing"][s.lower[k-1]] {
				return true
			}
		}
		if k >= f.i-6 && contextWords["telling"][s.lower[k]] && s.hasAny(contextWords["work"]) && !s.armedBesides(f) {
			return true
		}
		if isClauseBreak(s.lower[k]) {
			return false
		}
	}
	// What is remembered, a few words further back; and whose victims
	// are named in a sentence of remembrance ("buried newly identified
	// victims of the Srebrenica massacre on the anniversary").
	remembrance := s.hasAny(contextWords["remember"]) || s.hasAny(contextWords["work"])
	for k := f.i - 1; k >= 0 && k >= f.i-6; k-- {
		if contextWords["remember"][s.lower[k]] {
			return true
		}
		if remembrance && s.lower[k] == "victims" && k+1 < f.i && s.lower[k+1] == "of" {
			return true
		}
		if isClauseBreak(s.lower[k]) {
			return false
		}
	}
	return false
}

// rememberedParticiple reports a one-word trigger in -ed after a noun
// (by its tag a past participle, where the sentence has tags) that follows
// a verb of remembering within three words: "honour soldiers killed at
// Gallipoli", "mourned the students shot in 1968".
func (s *sentence) rememberedParticiple(f *found) bool {
	if f.j != f.i+1 || f.i < 2 || !strings.HasSuffix(s.lower[f.i], "ed") || !isWordish(s.lower[f.i-1]) ||
		beforeParticiple[s.lower[f.i-1]] || !s.common(f.i-1) {
		return false
	}
	if tg := s.tagsTo(f.i + 1); tg != nil && tg[f.i].XPOS != "VBN" {
		return false
	}
	for k := f.i - 2; k >= 0 && k >= f.i-4; k-- {
		if contextWords["remember"][s.lower[k]] {
			return true
		}
		if !isWordish(s.lower[k]) || isClauseBreak(s.lower[k]) {
			return false
		}
	}
	return false
}

// beforeParticiple are the forms of "be", "have" and "get" and the pronouns
// before a past participle or tense that make it no reduced relative.
var beforeParticiple = set(`is are was were be been being has have had get got gets he she they it we i you who`)

// armedBesides reports a word of [armed] outside the trigger.
func (s *sentence) armedBesides(f *found) bool {
	for k, w := range s.lower {
		if (k < f.i || k >= f.j) && contextWords["armed"][w] {
			return true
		}
	}
	return false
}

// named reports an argument written as a name: each word of its head
// capitalised, articles aside ("the Tigers").
func (s *sentence) named(a *annalist.Arg) bool {
	if a == nil {
		return false
	}
	seen := false
	for i, t := range s.toks {
		if t.Start < a.Start || t.End > a.End || !isWordish(s.lower[i]) || s.lower[i] == "the" {
			continue
		}
		if s.lower[i] == "of" {
			break
		}
		if t.Text == s.lower[i] {
			return false
		}
		seen = true
	}
	return seen
}

// modifier reports a noun trigger without arguments that the parse makes
// a modifier of a noun after it ("the appeals court", "attack
// helicopters"): it names a kind of thing, not an event. Not a protest's:
// "the strike headquarters", "protest leaders" tell of one going on,
// but a protest word before a work ([work]: "protest songs", "a strike
// memorial") names the work's kind.
func (s *sentence) modifier(f *found, m *Mention) bool {
	if m.Type == "PROTEST" && !f.verb && f.light < 0 && f.j == f.i+1 && f.j < len(s.lower) && contextWords["work"][s.lower[f.j]] {
		return true
	}
	// An actor right before a one-word trigger is part of the compound
	// ("blood pressure medicine"), no agent, where the parse says so.
	inCompound := m.Actor != nil && f.j == f.i+1 && m.Trigger.Start-m.Actor.End <= 1
	if f.verb || f.light >= 0 || m.Actor != nil && !inCompound || m.Target != nil || m.Type == "PROTEST" {
		return false
	}
	ws := s.parse()
	k := f.j - 1
	if ws == nil || k >= len(ws) || ws[k].Rel != "compound" || ws[k].Head <= k {
		return false
	}
	if inCompound && (f.i == 0 || ws[f.i-1].Rel != "compound" || ws[f.i-1].Head != k) {
		return false
	}
	h := ws[ws[k].Head]
	return h.UPOS == "NOUN" && !s.triggerAt(ws[k].Head)
}

// personModifier reports a noun trigger that only names what a person
// does or is in charge of, the parse's compound before a noun of one
// person (WordNet's noun.person) that is no trigger itself: "finance
// minister", "aid workers", "defence secretary". The person is the phrase's
// head, whatever arguments the trigger took. Groups act ("rescue teams
// pulled survivors out"); a protest word is left to the protest readings
// ("strike leaders") but before the forces sent against protests.
func (s *sentence) personModifier(f *found, m *Mention) bool {
	if f.light >= 0 {
		return false
	}
	// A protest word before the forces sent against protests names
	// their unit or kit ("riot police", "riot squads", "in riot gear"),
	// no riot; the parse often misses it at a sentence's start.
	if m.Type == "PROTEST" {
		if f.j != f.i+1 || f.j >= len(s.lower) || f.verb {
			return false
		}
		next := s.lower[f.j]
		return policeWords[next] || forceWords[next] || unitWords[next]
	}
	ws := s.parse()
	k := f.j - 1
	if ws == nil || k >= len(ws) || ws[k].UPOS != "NOUN" || ws[k].Rel != "compound" || ws[k].Head <= k {
		return false
	}
	h := ws[k].Head
	if ws[h].UPOS != "NOUN" || s.triggerAt(h) {
		return false
	}
	return loadActors().persons[strings.ToLower(ws[h].Lemma)]
}

var unitWords = set(`squad squads gear`)

// politicalParty is an argument of a political kind (political) that is
// no agent outside politics: not firefighters, athletes or animals ("the
// fire brigade", coded a government service).
func politicalParty(a *annalist.Arg) bool {
	return political(a) && !mentionsAny(a.Text, contextWords["elsewhere"])
}

// coded reports an argument the dictionaries code as an organisation of
// public life other than a business (an IGO, an NGO, a party, a union:
// kind other), which makes an event political though no armed or state
// party takes part ("the European Union gave aid to flood victims").
func coded(a *annalist.Arg) bool {
	return a != nil && a.Kind == "other" && a.CAMEO != "" && !business(a)
}

// elsewhere reports an argument that names an agent outside politics (an
// athlete, a fire brigade, an animal) in common nouns.
func (s *sentence) elsewhere(a *annalist.Arg) bool {
	for i, t := range s.toks {
		if t.Start >= a.Start && t.End <= a.End && contextWords["elsewhere"][s.lower[i]] && s.common(i) {
			return true
		}
	}
	return false
}

// hasCommon is has for common nouns: a word of the class in a name ("the
// Arab League", "Champions Bank") is no evidence.
func (s *sentence) hasCommon(class string) bool {
	for i, w := range s.lower {
		if contextWords[class][w] && s.common(i) && !s.inTriggerPhrase(i) {
			return true
		}
	}
	return false
}

// inTriggerPhrase reports a word that ends a lexicon phrase begun by the
// word before it, whose sense the phrase decides ("a hunger striker" is
// no forward).
func (s *sentence) inTriggerPhrase(i int) bool {
	if i == 0 {
		return false
	}
	e, j := s.match(i - 1)
	return e != nil && j == i+1
}

// common reports a token written in lower case, or a sentence's first
// word outside the names the name tagger found ("Firefighters rescued").
func (s *sentence) common(i int) bool {
	return s.toks[i].Text == s.lower[i] || i == 0 && !s.inName(0, 1)
}

// privateCase reports a court's act (an actor the dictionaries code
// judiciary, JUD: "a judge", "the High Court") in a sentence of private
// matters (a dispute, a lawsuit, an eviction) on a party of no political
// kind, no party word and no political title ("the singer", "the
// landlord's appeal"). A court's act on a policy ("cancelled
// restrictions"), on an office holder ("ordered former president X to
// appear") or outside private matters stays.
func (s *sentence) privateCase(m *Mention) bool {
	t := m.Target
	if m.Actor == nil || !strings.HasSuffix(m.Actor.CAMEO, "JUD") || t == nil || political(t) ||
		mentionsAny(t.Text, contextWords["party"]) || !s.has("private") {
		return false
	}
	d := loadActors()
	words := argWords(head(t.Text))
	for i := range words {
		for n := 1; n <= d.maxWords && i+n <= len(words); n++ {
			if ag, ok := d.agents[strings.Join(words[i:i+n], " ")]; ok && politicalKinds[ag.kind] {
				return false
			}
		}
	}
	return true
}

// commercialCase reports a court's work on companies: a demand, a
// measure, a charge or a complaint (DEMAND, COERCE, SANCTION, DISAPPROVE)
// in a sentence with a word of a court ([court]) and one of a company
// ([corporate]), whose actor and target are of no political kind (the
// court itself aside) and whose sentence names no party of people nor
// anything armed: "a court fined the energy company 50 million euros",
// "a judge ordered the drug maker to pay", "ruled that the company must
// pay back taxes", "the airline lost its appeal against a ruling". A
// court's act on a state, an office holder, workers or a union stays, and
// so does any in a sentence that names a country ("ordered the state oil
// company to halt exports to South Africa"), but for the country in the
// court's own name ("the U.S. District Court"). So is a court's leave or
// inquiry (CONCEDE, INVESTIGATE: "the court eased restrictions on the
// phone companies").
func (s *sentence) commercialCase(m *Mention) bool {
	switch m.Type {
	case "DEMAND", "COERCE", "SANCTION", "DISAPPROVE", "CONCEDE", "INVESTIGATE":
	default:
		return false
	}
	var court *annalist.Arg
	if m.Actor != nil && strings.HasSuffix(m.Actor.CAMEO, "JUD") {
		court = m.Actor
	}
	if !s.has("court") || !s.has("corporate") || s.has("party") || s.has("armed") || s.namesCountryOutside(court) {
		return false
	}
	if political(m.Actor) && !strings.HasSuffix(m.Actor.CAMEO, "JUD") || political(m.Target) {
		return false
	}
	return !partyWords(m.Actor) && !partyWords(m.Target)
}

// elsewhereTarget reports a target whose head has a common noun of
// [elsewhere] (sport, science, animals, entertainment), written in lower
// case, and that no dictionary codes: "the asteroid belt", "the marathon
// runners"; the Arab League is a party.
func elsewhereTarget(a *annalist.Arg) bool {
	if a == nil || coded(a) || political(a) {
		return false
	}
	// The birth or arrival of a being is as the being ("welcomed the
	// birth of twin panda cubs").
	words := head(a.Text)
	if lifeEvents[headWord(a)] {
		words = a.Text
	}
	for _, w := range strings.Fields(words) {
		w = strings.Trim(w, ".,;:'\"()")
		if w != "" && !startsUpper(w) && contextWords["elsewhere"][w] {
			return true
		}
	}
	return false
}

var lifeEvents = set(`birth births hatching arrival arrivals`)

// thingYields reports a yielding or withdrawing (CONCEDE, RETREAT) whose
// subject is a thing, done to no party: a trend, not an act ("inflation
// eased to 3 percent", "would ease next year", "prices retreated"). A
// market's sense, left to the pipeline as businessContext is: the trainer
// keeps such mentions to teach the model NONE.
//
// Whatever the verb, a thing that releases or allows a thing, or nothing,
// yields nothing: a substance set free ("radiation released by the reactor"),
// a text or a state of things that permits ("as far as the evidence
// allows"). Only someone frees prisoners or allows observers in.
func (s *sentence) thingYields(f *found, m *Mention) bool {
	if m.Type != "CONCEDE" && m.Type != "RETREAT" || m.Actor == nil || party(m.Target) || s.nameInside(m.Actor) {
		return false
	}
	if !trendVerb(f) && (!f.verb || !mereThing(m.Actor) || m.Target != nil && !mereThing(m.Target)) {
		return false
	}
	return thingActor(m.Actor) && !mentionsAny(m.Actor.Text, contextWords["party"])
}

// nameInside reports an argument that opens with a capitalised word
// after the sentence's first: a name, someone, whatever the dictionaries
// know of it ("President Daniel arap Moi gave in": Moi), where a
// capitalised thing opens its sentence ("Inflation eased").
func (s *sentence) nameInside(a *annalist.Arg) bool {
	ws := strings.Fields(a.Text)
	return len(ws) > 0 && startsUpper(ws[0]) && a.Start > s.d.Sentences[s.index].Start
}

// trailingParticiple reports a one-word trigger that is a past participle
// (VBN) closing its clause right after a noun ("in all the cases
// examined", "the data analysed."): a modifier of what was done to, no
// clause of its own.
func (s *sentence) trailingParticiple(f *found) bool {
	if !f.verb || f.j != f.i+1 || f.i == 0 || f.j < len(s.lower) && !isClauseBreak(s.lower[f.j]) && s.lower[f.j] != "." {
		return false
	}
	p := s.lower[f.i-1]
	if !isWordish(p) || auxiliaries[p] || be[p] || pronouns[p] || p == "and" || p == "or" {
		return false
	}
	ws := s.tagsTo(f.j)
	return ws != nil && f.i < len(ws) && ws[f.i].XPOS == "VBN"
}

// mereThing is thing for every reading of the phrase's head: the last
// part of a compound ("hostage-takers": takers) and the noun a count is
// of ("four of the passengers": passengers) must name things too.
func mereThing(a *annalist.Arg) bool {
	if !thing(a) {
		return false
	}
	if h := headWord(a); strings.Contains(h, "-") && !thing(&annalist.Arg{Text: h[strings.LastIndexByte(h, '-')+1:]}) {
		return false
	}
	if k := strings.LastIndex(a.Text, " of "); k >= 0 && !thing(&annalist.Arg{Text: a.Text[k+4:]}) {
		return false
	}
	return true
}

// commodityGift reports a gift or loan (AID) of a measured amount of a
// good that is no aid's (material: food, fuel, arms), between no parties
// in a sentence that names no political agent: a trade or a dose ("the
// trading house lent 5,000 tonnes of aluminium to the exchange",
// "volunteers were given 300 milligrams of the extract a day"). "Sent
// 2,000 tonnes of rice to North Korea" stays aid. Left to the pipeline, as
// thingYields is.
func (s *sentence) commodityGift(f *found, m *Mention) bool {
	// A measured amount of a good taken in a sentence with nothing armed
	// is bought, whoever takes it ("Egypt has taken 200,000 tonnes of
	// French wheat"); rebels or police who seize tonnes of it take it.
	if m.Type == "COERCE" && f.verb && !s.has("armed") && !political(m.Actor) || m.Type == "COERCE" && m.Actor != nil && m.Actor.Kind == "government" && !s.has("armed") {
		return s.measuredAfter(f)
	}
	// A measured amount of a good cancelled or suspended is trade called
	// off ("cancelled 30,000 tonnes of wheat purchases"), no sanction;
	// tonnes of aid or relief halted stay one.
	if m.Type == "SANCTION" && !s.has("armed") {
		return s.measuredTrade(f)
	}
	if m.Type != "AID" || party(m.Actor) || party(m.Target) || s.namesPoliticalAgent() {
		return false
	}
	for k := f.j; k+2 < len(s.lower) && k < f.j+6; k++ {
		if !isNumber(s.lower[k]) || !measureUnits[s.lower[k+1]] {
			continue
		}
		of := k + 2
		if s.lower[of] != "of" {
			// A bare amount ("shipped only 126,000 tonnes altogether")
			// is a trade figure, unless the sentence tells of relief.
			return !s.has("relief")
		}
		for g := of + 1; g < len(s.lower) && g <= of+3; g++ {
			for _, l := range s.lem[g] {
				if material[l] {
					return false
				}
			}
		}
		return true
	}
	return false
}

// measuredTrade reports an amount in measure units of a good within the
// trigger's phrase or right after it ("cancelled 50,000 tonnes of soybean
// oil purchases"), with no word of [relief] in the few words of its "of"
// phrase (tonnes of food aid).
func (s *sentence) measuredTrade(f *found) bool {
	for k := f.i + 1; k+2 < len(s.lower) && k < f.j+4; k++ {
		if !isNumber(s.lower[k]) || !measureUnits[s.lower[k+1]] || s.lower[k+2] != "of" {
			continue
		}
		for g := k + 3; g < len(s.lower) && g <= k+6; g++ {
			if contextWords["relief"][s.lower[g]] {
				return false
			}
		}
		return true
	}
	return false
}

// measuredAfter reports an amount in measure units of something ("200,000
// tonnes of wheat") within a few words after the trigger.
func (s *sentence) measuredAfter(f *found) bool {
	for k := f.j; k+2 < len(s.lower) && k < f.j+4; k++ {
		if isNumber(s.lower[k]) && measureUnits[s.lower[k+1]] && s.lower[k+2] == "of" {
			return true
		}
	}
	return false
}

var measureUnits = set(`tonnes tonne tons ton barrels barrel ounces ounce bushels bushel milligrams milligram
	grams gram kilograms kilogram kilos kilo lbs pounds cubic litres liters gallons`)

// thingActor reports an actor that is a thing (thing) and names no one: a
// name or a pronoun is someone ("Smith eased", "he retreated"); a
// sentence's first word is capitalised whatever it is.
func thingActor(a *annalist.Arg) bool {
	for k, w := range strings.Fields(a.Text) {
		if startsUpper(w) && k > 0 || personalPronouns[strings.ToLower(w)] {
			return false
		}
	}
	return thing(a)
}

// thingActs reports a threat, a backing or a refusal (THREATEN, SUPPORT,
// REJECT) told by a verb whose subject is a thing: a thing endangers,
// bears out or breaks down; only someone threatens, backs or refuses ("the
// dispute has threatened the coalition deal", "the testimony backed up the
// charges", "the scheme failed"), nor does strife ([strife]). Only
// someone cooperates, by verb or noun: a good's exports to a country are
// trade ("Chile's copper exports to China rose"). The thing's owner is no actor ("the
// party's stance threatened its place"), but a statement or a report
// ([media]) speaks for its author ("a statement threatened reprisals").
// Left to the pipeline, as thingYields is.
func thingActs(f *found, m *Mention) bool {
	if m.Type != "THREATEN" && m.Type != "SUPPORT" && m.Type != "REJECT" && m.Type != "COOPERATE" || !f.verb && m.Type != "COOPERATE" || m.Actor == nil ||
		mentionsAny(head(m.Actor.Text), contextWords["media"]) || contextWords["party"][strings.ToLower(headWord(m.Actor))] {
		return false
	}
	// A name is someone, at a sentence's start too ("Kremlin rejected").
	if w := lastWord(head(m.Actor.Text)); w != "" && startsUpper(w) {
		return false
	}
	// Strife is a happening, no one's threat ("the fighting has
	// threatened the peace plan").
	if contextWords["strife"][strings.ToLower(headWord(m.Actor))] && !politicalParty(m.Actor) {
		return true
	}
	// A good is no cooperating party, whoever owns it: the country of
	// "Chile's copper" codes the phrase, not its head.
	if m.Type == "COOPERATE" {
		return strings.Contains(m.Actor.Text, "'s ") && thingWord(headWord(m.Actor)) && !mentionsAny(m.Actor.Text, contextWords["party"])
	}
	return thingActor(m.Actor)
}

// trendVerb reports a trigger of one word that also tells a level's
// fall: "ease", "retreat", "soften", "relax".
func trendVerb(f *found) bool {
	if len(f.e.words) != 1 {
		return false
	}
	switch f.e.words[0] {
	case "ease", "retreat", "soften", "relax", "loosen":
		return true
	}
	return false
}

// blamedThing reports a blame laid on a thing with no party named after
// it in its sentence: a cause given, no accusation ("cut 4,000 jobs,
// blaming weak demand for electric vehicles"; "blamed the attack on
// rebels" stays).
func (s *sentence) blamedThing(f *found, m *Mention) bool {
	if m.Type != "DISAPPROVE" || len(f.e.words) != 1 || f.e.words[0] != "blame" || party(m.Target) ||
		!s.thingAfter(f.j) || s.namesPoliticalAgent() {
		return false
	}
	for k := f.j; k < len(s.lower); k++ {
		if s.isProperName(k) || contextWords["party"][s.lower[k]] {
			return false
		}
	}
	return true
}

// healthCampaign reports a vaccination by a country's own health
// service (no international or foreign body): public health, no aid to
// another party ("health workers vaccinated 20,000 children", "the
// ministry launched a drive to vaccinate schoolgirls", "nurses gave
// 40,000 doses of a new vaccine").
func healthCampaign(f *found, m *Mention) bool {
	if m.Type != "AID" {
		return false
	}
	jab := slices.Contains(f.e.words, "vaccinate") || m.Target != nil && mentionsAny(m.Target.Text, vaccineWords)
	if !jab || political(m.Target) && m.Target.Kind != "government" {
		return false
	}
	a := m.Actor
	return a == nil || !strings.HasPrefix(a.CAMEO, "IGO") && !strings.HasPrefix(a.CAMEO, "NGO") && a.Country == ""
}

var vaccineWords = set(`vaccine vaccines doses jabs`)

// policeRescue reports the police's rescue or release of people of no
// political kind in a sentence of crime for gain, or their inquiry into
// such a crime or a death: police work, as their arrests are ("police
// rescued a businessman held by kidnappers", "police are investigating
// the death of a man found in a river"). An inquiry into the killing of
// an activist or an official stays (a political cue in the target).
func (s *sentence) policeRescue(m *Mention) bool {
	inquiry := m.Type == "INVESTIGATE"
	if m.Type != "AID" && !inquiry && !(m.Type == "RETREAT" && m.Mode == "release") || political(m.Target) {
		return false
	}
	if m.Actor != nil && !strings.HasSuffix(m.Actor.CAMEO, "COP") || m.Actor == nil && !s.hasAny(policeWords) {
		return false
	}
	if inquiry && m.Target != nil {
		if partyWords(m.Target) {
			return false
		}
		if mentionsAny(head(m.Target.Text), deathWords) {
			return true
		}
	}
	return s.has("crime") || s.forGain()
}

var deathWords = set(`death deaths body bodies disappearance drowning`)

// thingWarning reports a warning named by a thing before it ("an engine
// warning", "a profit warning", "a storm warning"): what is warned of, no
// threat of a party.
func (s *sentence) thingWarning(f *found, m *Mention) bool {
	if m.Type != "THREATEN" || f.verb || f.i == 0 || !s.common(f.i-1) || !isWordish(s.lower[f.i-1]) {
		return false
	}
	// The thing is a noun before the warning: a verb there takes the
	// warning for its object ("issued warnings of a strike", "faces
	// threats of a walkout"), as a determiner would.
	if ws := s.tagsTo(f.i); ws != nil && ws[f.i-1].UPOS != "NOUN" && ws[f.i-1].UPOS != "PROPN" {
		return false
	}
	w := s.lower[f.i-1]
	return !attrDeterminers[w] && thing(&annalist.Arg{Text: w})
}

// businessTrigger reports a trigger that is itself a word of companies'
// dealings ([business]: "regulators approved the merger of the two radio
// operators") whose parties are of no political kind (a state's organs
// aside: its dealings in companies are no political event, as for
// dealTarget) and no party word; armed groups or parties that merge
// change their group.
func businessTrigger(f *found, m *Mention) bool {
	if m.Type != "COOPERATE" && m.Type != "AGREE" {
		return false // "recalled its ambassador" is a state's measure
	}
	biz := false
	for _, w := range f.e.words {
		if contextWords["business"][w] {
			biz = true
		}
	}
	if !biz || political(m.Actor) && m.Actor.Kind != "government" || political(m.Target) {
		return false
	}
	for _, a := range []*annalist.Arg{m.Actor, m.Target} {
		if a != nil && mentionsAny(a.Text, contextWords["party"]) {
			return false
		}
	}
	return true
}

// namesCountry reports a country's name or adjective anywhere in the
// sentence (the actor dictionaries' countries, which hold capitals too),
// but for the place of a thing ("a court in Paris").
func (s *sentence) namesCountry() bool { return s.namesCountryOutside(nil) }

// namesCountryOutside is namesCountry for the words outside a.
func (s *sentence) namesCountryOutside(a *annalist.Arg) bool {
	d := loadActors()
	for i := range s.lower {
		if i > 0 && (s.lower[i-1] == "in" || s.lower[i-1] == "at") {
			continue
		}
		if a != nil && s.toks[i].Start >= a.Start && s.toks[i].End <= a.End {
			continue
		}
		for n := 1; n <= 4 && i+n <= len(s.lower); n++ {
			if _, ok := d.countries[strings.Join(s.lower[i:i+n], " ")]; ok {
				return true
			}
		}
	}
	return false
}

// policing reports the police's coercion of suspects of ordinary crime
// ("detectives arrested four suspects over a string of burglaries"):
// a COERCE mention whose actor is police (CAMEO COP), whose target is of
// no political kind and no party, in a sentence with a word of crime and
// no other armed actor, and no figure of public life taken (ACLED's
// arrests of political figures, data/acled.txt: "the company's chairman").
// ACLED codes arrests only of political actors.
func (s *sentence) policing(m *Mention) bool {
	if m.Type != "COERCE" {
		return false
	}
	// A criminal group held, whoever holds it ("a kidnapping gang was
	// arrested"), and drugs or contraband seized by any of the state's
	// forces ("soldiers seized 800 kilograms of methamphetamine") are
	// police work too.
	// An arrest whose actor the dictionaries code as criminal (CAMEO CRM:
	// "the Mafia boss arrested in a police raid") names whom it took, or
	// one whose target is a criminal, is police work on crime.
	// Soldiers taking cartel gunmen fight organised armed groups.
	if m.Mode == "arrest" && (criminal(m.Actor) && (!political(m.Target) || countryOnly(m.Target)) || criminal(m.Target) && (!political(m.Actor) || lawActor(m.Actor))) {
		armed := false
		for _, w := range s.lower {
			armed = armed || contextWords["armed"][w] && !policeWords[w]
		}
		return !armed
	}
	if m.Target != nil && (criminalGroup(m.Target.Text) ||
		m.Actor != nil && m.Actor.Kind == "state_forces" && cuesOf(m.Target.Text)["crime"] && !cuesOf(m.Target.Text)["political"]) {
		return true
	}
	if m.Actor == nil || !lawActor(m.Actor) ||
		!(m.Target != nil && s.judgedPerson(m.Target)) && (political(m.Target) ||
			partyWords(m.Target)) ||
		!s.has("crime") && !s.has("private") && !s.forGain() || s.demonstration() {
		return false
	}
	for _, w := range s.lower {
		if contextWords["armed"][w] && !mentionsAny(m.Actor.Text, map[string]bool{w: true}) && !policeWords[w] {
			return false
		}
	}
	return true
}

// criminal reports an argument the dictionaries code as criminal (CAMEO
// CRM: "Mafia boss", "drug cartel").
func criminal(a *annalist.Arg) bool {
	return a != nil && strings.HasSuffix(a.CAMEO, "CRM")
}

// contentious are the types that make a row of an ACLED-like table, whose
// false alarms cost most.
var contentious = map[string]bool{"ASSAULT": true, "FIGHT": true, "COERCE": true, "PROTEST": true}

// attestingCues are the cues of data/acled.txt that tell of violence:
// weapons, armed men, force.
var attestingCues = []string{"chemical", "air", "suicide", "shelling", "grenade", "explosive", "sexual", "abduct",
	"armed", "repression", "force", "riotous", "riotgear", "mob", "arms"}

// senseCues are the cues that the trigger may be in another sense:
// "rally" and "battle" attest a crowd or a fight only beside another
// trigger ("prices rallied", "a takeover battle").
var senseCues = []string{"crowd", "fight"}

// unattested reports a violent or contentious mention whose arguments
// name no party to a political event, and whose sentence gives no other
// evidence of one: no casualties nor crowd counted, no word of armed
// violence, no cue of ACLED's sub-events besides the trigger itself, no
// party of a political kind anywhere (the dictionaries' state forces,
// armed groups, governments, protesters, unions). Such a trigger is most
// often a word in another sense, its arguments things or companies:
// "prices rallied", "a strike price of 50 dollars", "the bank fought off a
// takeover bid", "a fire destroyed 300 stalls", "the striker scored". A
// mention without arguments is left alone ("fierce fighting raged in the
// city", "thousands marched"): the gate judges what the arguments show,
// and there is nothing to judge. Nor is a mention not reported as having
// happened, or governed by another trigger: it is no row of a table, and
// it carries the threat or promise of its sentence ("vowed to strike").
func (s *sentence) unattested(m *Mention) bool {
	if !contentious[m.Type] || m.Modality != "" || m.Governed ||
		m.Actor == nil && m.Target == nil || party(m.Target) || !m.Weak && party(m.Actor) {
		return false
	}
	// Measures only authorities take attest themselves ("a curfew was
	// imposed on the town"); people attest a protest ("truck drivers
	// staged a strike").
	if m.Type == "COERCE" && stateMeasures[m.Mode] || m.Type == "PROTEST" && (s.people(m) || s.protestAgainst(m)) {
		return false
	}
	// A phrase of the hand lexicon that names its object's class is no
	// word in another sense: "took him from his home" (<home>).
	if specificPhrase(m.ent) {
		return false
	}
	if s.hasCount(annalist.CountKilled, annalist.CountInjured, annalist.CountProtesters, annalist.CountTroops) ||
		s.has("armed") || s.has("party") {
		return false
	}
	sent := s.d.Sentences[s.index]
	cs := cuesOf(s.d.Text[sent.Start:sent.End])
	for _, c := range attestingCues {
		if cs[c] {
			return false
		}
	}
	// The sense cues outside the trigger.
	text := []byte(s.d.Text[sent.Start:sent.End])
	for k := m.Trigger.Start - sent.Start; k < m.Trigger.End-sent.Start && k < len(text); k++ {
		if k >= 0 {
			text[k] = ' '
		}
	}
	cs = cuesOf(string(text))
	for _, c := range senseCues {
		if cs[c] {
			return false
		}
	}
	return !s.namesPoliticalAgent()
}

// protestAgainst reports a protest named by a noun of no other sense,
// "protest" or "demonstration", followed by "against": "a demonstration
// against the new mining law drew 2,000 people" (not "rallied against the
// dollar", nor "a demonstration of the new engine").
func (s *sentence) protestAgainst(m *Mention) bool {
	k := m.end - s.first
	if k <= 0 || k >= len(s.lower) || s.lower[k] != "against" {
		return false
	}
	for _, l := range s.lem[k-1] {
		if l == "protest" || l == "demonstration" {
			return true
		}
	}
	return false
}

// specificPhrase reports a lexicon entry written by hand (not compiled
// from CAMEO) of three words or more, one of them a word class.
func specificPhrase(e *entry) bool {
	if e == nil || e.cameo || len(e.words) < 3 {
		return false
	}
	for _, w := range e.words {
		if strings.HasPrefix(w, "<") {
			return true
		}
	}
	return false
}

// stateMeasures are the COERCE modes of the lexicon that only authorities
// take, whoever the sentence names.
var stateMeasures = map[string]bool{"curfew": true, "martial-law": true}

// people reports a mention whose actor's head noun (the last word before a
// preposition or clause) is a person or social group by WordNet's first
// sense (data/parties.txt: "truck drivers across the country", "nurses"),
// in a sentence that names no agent outside politics (athletes, fire
// brigades, animals), and not the trigger itself ("the striker scored").
func (s *sentence) people(m *Mention) bool {
	a := m.Actor
	if a == nil || s.hasCommon("elsewhere") || a.Start <= m.Trigger.Start && m.Trigger.End <= a.End {
		return false
	}
	return peopleArg(a)
}

// peopleArg reports an argument whose head noun is a person or social
// group by WordNet's first sense (data/parties.txt).
func peopleArg(a *annalist.Arg) bool {
	words := argWords(a.Text)
	n := len(words)
	for i, w := range words {
		if i > 0 && headStops[w] {
			n = i
			break
		}
	}
	// A group or a count of people is its people: "a group of
	// pensioners", "hundreds of nurses".
	if n > 0 && n+1 < len(words) && words[n] == "of" && (collectives[words[n-1]] || numberWords[words[n-1]]) {
		m := len(words)
		for i := n + 1; i < len(words); i++ {
			if headStops[words[i]] {
				m = i
				break
			}
		}
		if m > n+1 {
			n = m
		}
	}
	if n == 0 {
		return false
	}
	d := loadActors()
	for _, l := range lemmas(words[n-1]) {
		if d.parties[l] {
			return true
		}
	}
	return false
}

// headStops end a noun phrase's head.
var headStops = map[string]bool{"of": true, "at": true, "in": true, "across": true, "from": true, "on": true,
	"for": true, "with": true, "to": true, "who": true, "that": true, "which": true, "and": true, "near": true}

// party reports an argument that names a party to a political event: of a
// known kind or coded by the dictionaries, not a business, and not an
// agent outside politics ("firefighters", "the striker", "the champions").
func party(a *annalist.Arg) bool {
	return a != nil && (a.Kind != "" || a.CAMEO != "") && !business(a) && !mentionsAny(head(a.Text), contextWords["elsewhere"])
}

// namesPoliticalAgent reports a phrase of the actor dictionaries of a
// political kind anywhere in the sentence ("the authorities", "riot
// police"), whether or not the arguments took it; not firefighters.
func (s *sentence) namesPoliticalAgent() bool {
	if s.agentChecked {
		return s.namesAgent
	}
	s.agentChecked = true
	d := loadActors()
	// N-grams are substrings of one joined string, and a phrase goes on
	// only while it begins some dictionary phrase.
	joined, starts, ends := joinWords(s.lower)
	for i := range s.lower {
		for n := 1; n <= d.maxWords && i+n <= len(s.lower); n++ {
			g := joined[starts[i]:ends[i+n-1]]
			if ag, ok := d.agents[g]; ok && politicalKinds[ag.kind] && !contextWords["elsewhere"][s.lower[i+n-1]] {
				s.namesAgent = true
				return true
			}
			if !d.prefixes[g] {
				break
			}
		}
	}
	return false
}

// hasCount reports a count of one of the kinds in the sentence.
func (s *sentence) hasCount(kinds ...string) bool {
	sent := s.d.Sentences[s.index]
	for _, ci := range s.x.counts[s.index] {
		c := s.r.Counts[ci]
		if c.Start >= sent.Start && c.End <= sent.End && slices.Contains(kinds, c.Kind) {
			return true
		}
	}
	return false
}

// notReport reports a sentence that tells the reader what to do or speaks
// of the site itself ("Please report offensive comments", "Do not write in
// block capitals", "Comments that attack other readers will be removed"):
// instructions and page chrome report no events.
func (s *sentence) notReport() bool {
	if s.reportChecked {
		return s.notReporting
	}
	s.reportChecked = true
	s.notReporting = s.imperative() || s.has("site") || s.opinion()
	return s.notReporting
}

// opinion reports a sentence of the page's own opinion: it names "our"
// columnist or editorial, or opens with a word of [opinion] and a colon
// ("Opinion: ..."). Another's editorial is news ("the newspaper attacked
// the policy in an editorial").
func (s *sentence) opinion() bool {
	if len(s.lower) > 1 && contextWords["opinion"][s.lower[0]] && s.lower[1] == ":" {
		return true
	}
	for i := 1; i < len(s.lower); i++ {
		if contextWords["opinion"][s.lower[i]] && s.lower[i-1] == "our" {
			return true
		}
		// A columnist or commentator as the speaker: "..., the columnist
		// argued".
		if contextWords["opinion"][s.lower[i]] && (s.lower[i-1] == "the" || s.lower[i-1] == "a") && i+1 < len(s.lower) && opinionVerbs[s.lower[i+1]] {
			return true
		}
	}
	return false
}

var opinionVerbs = set(`argued argues wrote writes said says contended contends suggested suggests`)

// imperative reports a sentence in the imperative: from the parse (with a
// tree), a root in the bare form (VB) without a subject; without one, a
// sentence that opens with a word of the imperative list ("Please", "Do
// not", "Click").
func (s *sentence) imperative() bool {
	if len(s.lower) == 0 {
		return false
	}
	// Only a sentence that opens with a bare verb, by its tags, is worth
	// the tree.
	if bare, tagged := s.opensWithBareVerb(); tagged && !bare {
		return false
	}
	if ws := s.parse(); ws != nil && hasTree(ws) {
		for i, w := range ws {
			if w.Head != -1 {
				continue
			}
			if w.XPOS != "VB" {
				return false
			}
			for _, c := range ws {
				if c.Head == i && strings.HasPrefix(c.Rel, "nsubj") {
					return false
				}
			}
			return !nounPhraseBeforeFinite(ws)
		}
		return false
	}
	first := 0
	for first < len(s.lower) && !isWordish(s.lower[first]) {
		first++
	}
	return first < len(s.lower) && contextWords["imperative"][s.lower[first]]
}

// nounPhraseBeforeFinite reports a sentence whose opening word, with at
// most its noun phrase and a prepositional phrase after it, comes before
// a finite form of "be" or "have" ("Aid to the country was suspended"):
// the word is the subject noun, no imperative, whatever the tagger says.
func nounPhraseBeforeFinite(ws []text.Word) bool {
	for k := 1; k < len(ws) && k <= 7; k++ {
		switch ws[k].UPOS {
		case "AUX":
			return ws[k].XPOS == "VBD" || ws[k].XPOS == "VBZ" || ws[k].XPOS == "VBP"
		case "DET", "ADP", "NOUN", "PROPN", "ADJ", "NUM", "CCONJ":
			continue
		}
		return false
	}
	return false
}

// opensWithBareVerb reports whether the first word, past punctuation and
// "please", "do" or "not", is tagged a verb in its bare form (VB), and
// whether the sentence has tags at all. Only the words up to that one are
// tagged.
func (s *sentence) opensWithBareVerb() (bare, tagged bool) {
	for i, w := range s.lower {
		switch {
		case !isWordish(w), w == "please", w == "do", w == "not", w == "n't":
			continue
		}
		tg := s.tagsTo(i + 1)
		return tg != nil && tg[i].XPOS == "VB", tg != nil
	}
	return false, s.tagsTo(1) != nil
}

// has reports whether a word of the context class is in the sentence, as
// written (the lists hold the inflections they mean: "suspects" but not
// "suspected").
func (s *sentence) has(class string) bool {
	if class == "disaster" {
		if s.hasDisaster() {
			return true
		}
	} else if class == "money" {
		// "A peace deal", "a ceasefire offer" (truces): a state's, not money.
		for k, w := range s.lower {
			if contextWords[class][w] && (k == 0 || s.lower[k-1] != "peace" && !truces[s.lower[k-1]]) {
				return true
			}
		}
	} else if s.hasAny(contextWords[class]) {
		return true
	}
	// A compound's last part counts ("a car-theft ring", "drug-smugglers").
	for _, w := range s.lower {
		if k := strings.LastIndexByte(w, '-'); k > 0 && k < len(w)-1 && contextWords[class][w[k+1:]] {
			return true
		}
	}
	return false
}

// hasDisaster is has("disaster") but for a word of disaster that is also
// a trigger and reads as the act here: a noun with its object after it
// ("days after the seizure of a tanker": no epileptic fit), a verb after
// "to" or a modal ("vowed to storm the city").
func (s *sentence) hasDisaster() bool {
	for k, w := range s.lower {
		if !contextWords["disaster"][w] || s.talksCollapse(k) {
			continue
		}
		if _, trig := lexicon[w]; !trig {
			if _, trig = lexicon[strings.TrimSuffix(w, "s")]; !trig {
				return true
			}
		}
		next, prev := "", ""
		if k+1 < len(s.lower) {
			next = s.lower[k+1]
		}
		if k > 0 {
			prev = s.lower[k-1]
		}
		if next == "of" || prev == "to" || modals[prev] {
			continue
		}
		return true
	}
	return false
}

// talksCollapse reports a word of collapse at token k whose subject is
// talks, a deal, a truce (truces) or a coalition ("talks on the disputed
// islands collapsed"): a failure of politics, no accident. The subject
// stands at most six words before, with no clause break between.
func (s *sentence) talksCollapse(k int) bool {
	if !strings.HasPrefix(s.lower[k], "collaps") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if isClauseBreak(s.lower[j]) {
			return false
		}
		for _, l := range s.lem[j] {
			if wordClasses["<talks>"][l] || wordClasses["<pact>"][l] || truces[l] || l == "coalition" {
				return true
			}
		}
	}
	return false
}

// claimOnly reports a violent trigger that is what someone claims or
// denies responsibility for: a noun after such words ("the group claimed
// responsibility for the attack", "denied involvement in the bombing"), or
// a verb in what a claim says ("claimed it had shot down a drone").
func (s *sentence) claimOnly(f *found) bool {
	for k := f.i - 1; k >= 0 && k >= f.i-5; k-- {
		w := s.lower[k]
		if contextWords["claim"][w] && (!f.verb || strings.HasPrefix(w, "claim")) {
			return true
		}
		if isClauseBreak(w) && !(f.verb && w == "that") {
			return false
		}
	}
	return false
}

// businessOnly reports a mention whose actor is a business (a CAMEO
// business or multinational code: "the company", "Texaco Inc") and whose
// target is no party the dictionaries code: a company's dealings with another company,
// or with what no dictionary codes (an offer, its lenders) is no political
// event ("Chrysler agreed to acquire American Motors"). A company acting on
// a state, its forces, armed groups, workers or protesters stays.
func businessOnly(m *Mention) bool {
	return business(m.Actor) && (m.Target == nil || business(m.Target))
}

// companyDealing reports a company named by a word of [corporate] (no
// one else named with it: companyOnly) acting on nothing, a company or
// what no dictionary codes as a party ("the two airlines signed a
// codeshare agreement"). Like businessContext it is left to the pipeline:
// the trainer keeps such mentions to teach the model NONE.
func companyDealing(m *Mention) bool {
	// A company's halt of flights or trade to a country is a measure
	// (SANCTION: "the airline cancelled all flights to the country"); its
	// suspension of its own people is an employer's discipline ("the
	// carmaker suspended three managers").
	if m.Type == "SANCTION" {
		return companyOnly(m.Actor) && m.Target != nil && personArg(m.Target) && !mentionsAny(m.Target.Text, contextWords["party"])
	}
	// Its withdrawal from a country is a divestment ("Exxon's withdrawal
	// from South Africa"), a state's or an army's a retreat.
	if m.Type == "RETREAT" {
		return companyOnly(m.Actor)
	}
	return companyOnly(m.Actor) && (m.Target == nil || business(m.Target) || corporate(m.Target) || !party(m.Target))
}

// companyProtest reports a company's PROTEST (companyOnly) that is no
// strike nor march of its people: a petition to a court, a regulator or a
// state commission ("the company has petitioned the commission for an
// exemption"). Litigation and filings are a company's business, to
// whomever they go.
func companyProtest(m *Mention) bool {
	return m.Type == "PROTEST" && m.Mode != "strike" && m.Mode != "demonstrate" && m.Actor != nil && companyOnly(m.Actor)
}

// amountItem reports a noun trigger followed right away by an amount,
// with no party to it: a line of accounts or statistics ("loans 1.03
// billion vs 838.5 mln", "aid 40 mln"), a figure, no act. Left to the
// pipeline, as companyDealing is.
func (s *sentence) amountItem(f *found, m *Mention) bool {
	if f.verb || m.Actor != nil || m.Target != nil || f.j >= len(s.lower) {
		return false
	}
	k := f.j
	if currencySigns[s.lower[k]] && k+1 < len(s.lower) {
		k++
	}
	return s.lower[k] != "" && unicode.IsDigit([]rune(s.lower[k])[0])
}

var currencySigns = set(`$ £ € ¥ us$`)

// companyOnly reports an argument named as a company (corporate) in which
// no other person or group is named: no [party] word and no person or
// group noun of WordNet's but the corporate ones ("the mining company and
// community leaders" names people too).
func companyOnly(a *annalist.Arg) bool {
	if !corporate(a) || mentionsAny(a.Text, contextWords["party"]) {
		return false
	}
	d := loadActors()
	for _, w := range argWords(head(a.Text)) {
		if contextWords["corporate"][w] {
			continue
		}
		for _, l := range lemmas(w) {
			if d.parties[l] && !contextWords["corporate"][l] {
				return false
			}
		}
	}
	return true
}

func business(a *annalist.Arg) bool {
	// A multinational's code starts with MNC and may go on with a country
	// and a sector (MNCUSA, MNCUSAMED).
	return a != nil && (strings.HasSuffix(a.CAMEO, "BUS") || strings.HasPrefix(a.CAMEO, "MNC"))
}

// businessContext reports a mention whose arguments name no party to a
// political event (none coded, or businesses: "it", "the offer", "Harbor
// Group", "Northfield Aviation Inc") in a sentence of companies' dealings:
// "the company agreed to sell its stake", "talks on the merger ended",
// "shareholders rejected the offer". The business-only rule (businessOnly)
// needs its actor coded a business; most companies in the news are names
// no dictionary holds, or names the dictionaries code by a place or title
// in them (corporate). A word that names only companies' dealings (shares,
// a stake, a merger, "Inc") is enough, whoever else the sentence names (a
// regulator: "said in a filing with the Securities and Exchange
// Commission"); a word of money or deals ("offer", "deal", "dlrs") only
// in a sentence that names no political agent nor labour, crowds, the
// opposition or parties ("the opposition dismissed the offer of talks").
// A violent or contentious trigger stays beside any of them (a strike at
// a company). In a story whose lead is of companies' dealings (leadHas)
// a sentence needs no business word of its own ("Terms of the agreement
// were not disclosed", "He declined to give further details"), but again
// no political agent nor labour.
func (s *sentence) businessContext(m *Mention) bool {
	// A deal or talks in a sentence of fighting end the fighting; violence
	// in a sentence that names arms or armed men is no dealing ("launched
	// a missile at a commercial vessel, causing a fire on board").
	if !contentious[m.Type] && s.has("strife") || contentious[m.Type] && m.Type != "PROTEST" && s.has("armed") {
		return false
	}
	// A party's sanction is a political measure, on a company too ("the
	// Treasury blacklisted three shipping companies").
	if m.Type == "SANCTION" && party(m.Actor) && !corporate(m.Actor) {
		return false
	}
	// Nor is people's protest over prices or pay a dealing ("truck drivers
	// struck over fuel prices"), unless the people are a company's owners.
	if m.Type == "PROTEST" && s.people(m) && !corporate(m.Actor) {
		return false
	}
	if dealTarget(m) {
		return true
	}
	if s.dealParty(m, m.Actor) || s.dealParty(m, m.Target) {
		return false
	}
	strong := s.has("business")
	if !strong && !s.has("money") && !s.leadHas("business") {
		return false
	}
	if strong && !contentious[m.Type] {
		return true
	}
	return !s.has("party") && !s.namesPoliticalAgent()
}

// dealTarget reports a mention done to a company's dealing ("regulators
// blocked the merger", "the board fought the takeover", "the government
// approved the sale of its stake") or, but for a contentious mention or a
// state's, to what a market makes or pays ("producers agreed to extend
// output cuts"; "farmers protested against fuel prices" and "the
// government scrapped the fuel price increase" stay): a target whose head
// has a word of [business] or [market], and an actor that is neither
// armed nor a crowd (protesters who block a takeover stay). A state's
// dealings in companies are no political event, as its other economic
// measures.
func dealTarget(m *Mention) bool {
	if m.Target == nil || !mentionsAny(head(m.Target.Text), contextWords["business"]) &&
		(contentious[m.Type] || political(m.Actor) || !mentionsAny(head(m.Target.Text), contextWords["market"])) {
		return false
	}
	return m.Actor == nil || !politicalKinds[m.Actor.Kind] || m.Actor.Kind == "government"
}

// quantityObject reports a phrase trigger whose last noun modifies a word
// of [market] right after it ("cutting its prime lending rate", "to cut
// trade deficits"): the phrase names an economic quantity, whoever
// changes it, and the cut or freeze is an economic measure, no sanction.
func (s *sentence) quantityObject(f *found, m *Mention) bool {
	// A gapped phrase may end on one token ("cutting its key lending"):
	// its text tells it is a phrase.
	phrase := f.j > f.i+1 || strings.Contains(m.Trigger.Text, " ")
	return !contentious[m.Type] && phrase && f.j < len(s.lower) && contextWords["market"][s.lower[f.j]]
}

// dealParty reports an argument that makes a mention in a sentence of
// money a political event: a party (party) that is no company (corporate),
// nor, but for a violent or contentious mention, a person whom only
// WordNet's person nouns make civilians and no word of [party] names
// ("economists", "traders", "the carmaker": market participants).
func (s *sentence) dealParty(m *Mention, a *annalist.Arg) bool {
	if !party(a) || corporate(a) {
		return false
	}
	if contentious[m.Type] || a.Kind != "civilians" || mentionsAny(a.Text, contextWords["party"]) {
		return true
	}
	return a.CAMEO != "" && !strings.HasSuffix(a.CAMEO, "PPL") && !strings.HasSuffix(a.CAMEO, "CVL") && !business(a)
}

// corporate reports an argument named as a company or its owners: a word
// of the corporate list before any "of" ("Northfield Aviation Inc", "its
// unit", "the shareholders"), brackets and stops aside, or one coded a
// business of no country (a listed company, a company's officer).
func corporate(a *annalist.Arg) bool {
	if a == nil {
		return false
	}
	if a.CAMEO == "BUS" {
		return true // a listed company (tickedCompany) or a company's officer
	}
	for _, w := range strings.Fields(strings.ToLower(head(a.Text))) {
		if contextWords["corporate"][strings.Trim(w, "<>.,()'\"")] {
			return true
		}
	}
	return false
}

// sportStory reports a story whose headline names a sport ([sports]): a
// report of games, whose sentences name players and teams by names and
// countries with no word of sport of their own ("Philippoussis, whom he
// beat last January", "Hentgen surrendered three doubles").
func (s *sentence) sportStory() bool {
	if s.r == nil || s.r.Title == "" {
		return false
	}
	// The list writes a sport of two words with a hyphen ("motor-racing",
	// "grand-prix"), as a headline may not ("MOTOR RACING - ...").
	prev := ""
	for _, w := range strings.FieldsFunc(strings.ToLower(s.r.Title), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	}) {
		if contextWords["sports"][w] || prev != "" && contextWords["sports"][prev+"-"+w] {
			return true
		}
		prev = w
	}
	return false
}

// ownMeasure reports a state's own legislative, fiscal or administrative
// act told as a pledge, a grant or support ([measure]: the actor a
// government, one of no kind or none, the target none or a thing of no
// kind and no name, no word of [party] in the sentence),
// or aid a state gives as a subsidy ("state aid to a carmaker"). PLOVER
// codes what one party does to another; a government budgeting,
// legislating or reorganising its own services acts on none.
func (s *sentence) ownMeasure(f *found, m *Mention) bool {
	switch m.Type {
	case "AGREE", "AID", "SUPPORT", "COOPERATE":
	default:
		return false
	}
	if m.Type == "AID" && !f.verb && f.i > 0 && s.lower[f.i-1] == "state" {
		return true
	}
	// A party in the sentence may be whom it is done for ("promised to
	// restore fuel subsidies, union leaders said after the meeting").
	if a := m.Actor; a != nil && (a.Kind != "government" && (a.Kind != "" || a.CAMEO != "") || mentionsAny(a.Text, contextWords["party"])) || !s.has("measure") || s.has("party") {
		return false
	}
	t := m.Target
	return t == nil || t.Kind == "" && t.CAMEO == "" && !s.named(t) && !partyWords(t)
}

// sentenceBreaks end a clause for failedToDo's look ahead ("failed for a
// third and final time to elect" goes through "and").
var sentenceBreaks = set(`. ; : but while`)

// failedToDo reports "fail" (REJECT) with a complement that is no
// demand's or obligation's ([comply]): the complement is not done, nobody
// rejects anything ("failed for a third time to elect a president").
func (s *sentence) failedToDo(f *found, m *Mention) bool {
	if m.Type != "REJECT" || !lemmaIs(s.lower[f.i], "fail") {
		return false
	}
	for k := f.j; k+1 < len(s.lower) && k < f.j+8; k++ {
		if sentenceBreaks[s.lower[k]] {
			return false
		}
		if s.lower[k] != "to" {
			continue
		}
		for _, l := range lemmas(s.lower[k+1]) {
			if contextWords["comply"][l] {
				return false
			}
		}
		return !contextWords["comply"][s.lower[k+1]]
	}
	return false
}

// sportSide reports an argument that a sentence of a sport story may give
// a player or a team: no party of public life, or one named by a player's
// role ([player]: "injured defenders", "the Indian captain"), which the
// dictionaries read as strikers on strike or officers.
func (s *sentence) sportSide(a *annalist.Arg) bool {
	return !s.stateParty(a) || mentionsAny(a.Text, contextWords["player"]) && !mentionsAny(a.Text, policeWords)
}

// disasterToll reports a death or a wound told by an outcome verb
// ("killed", "wounded") in a story whose headline names a disaster or an
// accident ([disaster]: "crane collapse", "stampede") and no armed word,
// with no political or coded party and no armed word in the sentence: the
// disaster's toll, whichever of its sentences names no cause ("all those
// who were wounded have been taken to hospital").
func (s *sentence) disasterToll(f *found, m *Mention) bool {
	if !f.e.outcome || s.r == nil || s.has("armed") || political(m.Actor) || coded(m.Actor) || politicalParty(m.Target) {
		return false
	}
	disaster := false
	for _, w := range strings.FieldsFunc(strings.ToLower(s.r.Title), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	}) {
		if contextWords["armed"][w] {
			return false
		}
		disaster = disaster || contextWords["disaster"][w]
		for _, l := range lemmas(w) {
			disaster = disaster || contextWords["disaster"][l] // a headline's "capsizes"
		}
	}
	return disaster
}

// stateParty reports an argument that names a party in common words, of a
// political kind, coded by the dictionaries or headed by a word of [party]
// ("the government", "riot police", "dock workers led by the club's
// owner", "Miners led by Cozma" at a sentence's start): in a story of sport
// names are players and teams, countries the national sides, but such a
// party is in politics still.
func (s *sentence) stateParty(a *annalist.Arg) bool {
	if a == nil || countryOnly(a) || sportOfficial(a) {
		return false
	}
	return mentionsAny(head(a.Text), contextWords["party"]) || (politicalParty(a) || coded(a)) && !s.named(a)
}

// interstateSanctions reports sanctions or an embargo that the words
// before the noun make states' ("international sanctions", "a U.N. arms
// embargo", "internationally-sponsored sanctions"): a measure between
// states, though told in a story of sport as the reason a team could not
// travel; a sport body's sanctions on a club have no such word.
func (s *sentence) interstateSanctions(f *found, m *Mention) bool {
	if m.Type != "SANCTION" || f.j <= f.i || !slices.ContainsFunc(lemmas(s.lower[f.j-1]), func(l string) bool { return l == "sanction" || l == "embargo" }) {
		return false
	}
	for k := f.j - 2; k >= 0 && k >= f.i-3 && !isClauseBreak(s.lower[k]); k-- {
		if strings.HasPrefix(s.lower[k], "international") || interstateWords[s.lower[k]] {
			return true
		}
	}
	return false
}

var interstateWords = set(`economic trade arms oil u.n. un un-imposed multilateral western`)

// sportOfficial reports an argument named by a word of sport: the game's
// own officials and bodies ("a sporting judge", "the football
// federation's tribunal"), whom the dictionaries code as the courts or an
// organisation, act in the game, not in politics.
func sportOfficial(a *annalist.Arg) bool {
	return mentionsAny(a.Text, contextWords["sports"]) || mentionsAny(a.Text, sportingWords)
}

var sportingWords = set(`sporting`)

// leadHas reports a story whose first sentence has a word of the context
// class: of companies' dealings (business: a story of a merger or a
// stake, whose later sentences speak of "the talks" or "the agreement"
// without naming the business again), or of a disaster, an accident or a
// disease (disaster).
func (s *sentence) leadHas(class string) bool {
	if len(s.d.Sentences) == 0 {
		return false
	}
	for _, t := range s.d.SentenceTokens(0) {
		if contextWords[class][strings.ToLower(t.Text)] {
			return true
		}
	}
	return false
}

// protestPurpose reports a demand that is what a protest is for: "marched
// through the capital to demand a rerun of the vote" is one event, the
// march, whose demand is its cause.
func (s *sentence) protestPurpose(f *found, m *Mention) bool {
	if m.Type != "DEMAND" || f.i == 0 || s.lower[f.i-1] != "to" {
		return false
	}
	ws := s.parse()
	if ws == nil || f.i >= len(ws) || ws[f.i].Head < 0 {
		return false
	}
	e, _ := s.match(ws[f.i].Head)
	return e != nil && e.category == "PROTEST"
}

// weaponBacked reports support whose giver is a weapon: "troops backed
// by artillery" tells how they fought, and weapons back no one.
func weaponBacked(m *Mention) bool {
	if m.Type != "SUPPORT" || m.Actor == nil {
		return false
	}
	w := headWord(m.Actor)
	return heavyWeapons[w] || aerial[w]
}

// afterAccident reports the routine of a story whose lead tells of a
// disaster or an accident: an inquiry into it or an appeal for witnesses
// by the police, investigators or the story's unnamed "we" ("officers are
// appealing for dashcam footage", "investigators examined the scene"),
// with nothing armed in the sentence and no other party of public life.
// So too in a story whose lead tells of ordinary crime and of nothing
// armed but the police (crimeLead), where prosecutors and courts ([law])
// do the police's work ("investigations must be completed before a trial",
// "prosecutors struggle to gather evidence abroad").
func (s *sentence) afterAccident(m *Mention) bool {
	if m.Type != "INVESTIGATE" && m.Type != "DEMAND" {
		return false
	}
	crime := s.crimeLead()
	if !crime && !s.leadHas("disaster") {
		return false
	}
	if s.armedButPolice() {
		return false
	}
	police := func(a *annalist.Arg) bool {
		return a != nil && (strings.HasSuffix(a.CAMEO, "COP") || mentionsAny(a.Text, policeWords) || crime && lawActor(a))
	}
	for _, a := range []*annalist.Arg{m.Actor, m.Target} {
		if a != nil && !police(a) && (politicalParty(a) || coded(a)) {
			return false
		}
	}
	return true
}

// crowdInDisaster reports a crowd that crushed or tramples people (the
// crush list) in a story whose lead tells of a disaster or an accident,
// with nothing armed in its sentence and no political party on either
// side: the crush of a stampede ("those who fell were crushed by the crowd
// behind them"), not a riot. A mob that beats or lynches ("a mob beat the
// driver after the crash") is mob violence still.
func (s *sentence) crowdInDisaster(m *Mention) bool {
	a := m.Actor
	if a == nil || a.Entity != "" || a.CAMEO != "" || !cuesOf(a.Text)["mob"] || m.Target == nil || politicalParty(m.Target) {
		return false
	}
	return mentionsAny(m.Trigger.Text, contextWords["crush"]) && !s.has("armed") && s.leadHas("disaster")
}

// triggerAt reports a lexicon trigger that starts at token i ("bomb
// attack": the attack is the event the modifier qualifies).
func (s *sentence) triggerAt(i int) bool {
	e, _ := s.match(i)
	return e != nil && e.category != notATrigger
}

// ordinaryCrime reports violence or coercion in an article told as crime
// and policing (crimeFrame) on no real political party: the dictionaries'
// kinds of a place ("the Oregon bank"), a gang or a criminal make none.
// Its doer is no party either: none named, no political kind, a gang, or
// the police or the law arresting or jailing a suspect (police work). A
// shooting by the police or by a state's forces stays, and so do an attack
// on an officer ("a man shot dead a sheriff's deputy"), the arrest of a
// figure of public life ("the company's chairman") and a crowd's violence
// on people it accuses (mob justice). So are talk, orders and hand-overs
// there, by the police, the criminals, someone named of no known kind or
// no one.
func (s *sentence) ordinaryCrime(m *Mention) bool {
	if !s.crimeFrame() || s.realParty(m.Target) || partyWords(m.Target) || m.Target != nil && cuesOf(m.Target.Text)["figure"] || mobJustice(m) || s.mobOnAccused(m) {
		return false
	}
	a := m.Actor
	law := a != nil && (lawActor(a) || mentionsAny(a.Text, policeWords))
	if !contentious[m.Type] {
		// Talk, orders and hand-overs: the police's, the criminals' or a
		// named one's of no kind the dictionaries know; a charge is the
		// case's own (a regulator "charged the brokerage" accuses it).
		if !crimeTalk[m.Type] || coded(m.Target) || countryOnly(m.Target) {
			return false
		}
		return a == nil || law || gangArg(a) || crimeRole(a, false) || a.Kind == "" && a.CAMEO == "" && s.named(a)
	}
	return a == nil || !politicalParty(a) || gangArg(a) || m.Type != "ASSAULT" && m.Type != "FIGHT" && law
}

// namesOrg reports a phrase with a word of an organisation ([<org>],
// singular or plural) anywhere in it: the target phrase may run on past
// its head ("17 organisations under the emergency regulations").
func namesOrg(phrase string) bool {
	for _, w := range strings.Fields(strings.ToLower(phrase)) {
		w = strings.Trim(w, `"'.,()`)
		if wordClasses["<org>"][w] || wordClasses["<org>"][strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

// crimeTalk are the types of talk, orders and hand-overs that a crime
// story's police, criminals and bystanders do; an inquiry, a charge, a
// sanction, a refusal or police forces' cooperation is an event of its own
// ("prosecutors opened an investigation into the killings", "police in
// the two countries shared intelligence").
var crimeTalk = set(`AGREE CONSULT DEMAND RETREAT`)

// gangArg reports an argument that names a gang, ring or cartel or a
// criminal (kinds.txt makes organised armed groups of gangs, which in a
// story of crime are criminals).
func gangArg(a *annalist.Arg) bool {
	return a != nil && (criminal(a) || criminalGroup(a.Text) || mentionsAny(a.Text, aftermathWords["group"]))
}

// realParty reports an argument of a political kind (politicalParty) that
// names people, by WordNet's first sense of its head (peopleArg) or as a
// person's name: no
// place, country or thing, no gang, ring or cartel, no criminal.
func (s *sentence) realParty(a *annalist.Arg) bool {
	return politicalParty(a) && !countryOnly(a) && !gangArg(a) && (peopleArg(a) || s.personEntity(a))
}

// personEntity reports an argument that is a person's name ("Deputy Jerry
// Ortiz", coded police by his title).
func (s *sentence) personEntity(a *annalist.Arg) bool {
	for _, e := range s.r.Entities {
		if a.Entity != "" && e.ID == a.Entity {
			return e.Type == annalist.Person
		}
	}
	return false
}

// crimeLead reports a story whose first sentence tells of ordinary crime
// ([crime]: "charged with sexually abusing two boys", "arrested with 4 kg
// of heroin") and of nothing armed but the police: its later sentences'
// inquiries, demands and coercion between private parties continue the
// case, though they name no crime again. The lead itself is left to the
// readings of its own words ("the commission is investigating allegations
// of fraud").
func (s *sentence) crimeLead() bool {
	if s.index == 0 || len(s.d.Sentences) == 0 || !s.leadHas("crime") {
		return false
	}
	for _, t := range s.d.SentenceTokens(0) {
		if armedNotPolice(strings.ToLower(t.Text)) {
			return false
		}
	}
	return true
}

// armedButPolice reports a word of [armed] in the sentence other than the
// police's.
func (s *sentence) armedButPolice() bool {
	return slices.ContainsFunc(s.lower, armedNotPolice)
}

// armedNotPolice reports a word of [armed] that is not the police's.
func armedNotPolice(w string) bool {
	return contextWords["armed"][w] && !policeWords[w]
}

// loneGunmen are the armed words a crime story uses of its criminals.
var loneGunmen = set(`gunman gunmen`)

// crimeFrame reports an article told in the frame of crime and policing:
// at least half of its sentences name a crime or its case ([crime],
// [case]),
// or its headline names one or its doers ("police catch manuscript
// thieves": the story is the case though its sentences name the crime no
// more, "police arrested eight people who were trying to sell it"), and
// none, nor the headline, has a word that makes violence political or
// armed ([motive], [strife], [war], or [armed] other than the police's).
// Murders, robberies and the arrests and trials that follow them are no
// political event (ACLED codes political violence, not crime).
func (s *sentence) crimeFrame() bool {
	if s.x == nil {
		return false
	}
	if s.x.crime == 0 {
		s.x.crime = 2
		breaks := func(w string) bool {
			return contextWords["motive"][w] || contextWords["strife"][w] || contextWords["war"][w] ||
				armedNotPolice(w) && !loneGunmen[w]
		}
		headline, n := false, 0
		if s.r != nil {
			for _, w := range strings.FieldsFunc(strings.ToLower(s.r.Title), func(r rune) bool {
				return !unicode.IsLetter(r) && r != '-'
			}) {
				if breaks(w) {
					return false
				}
				headline = headline || crimeWord(w) || contextWords["case"][w]
			}
		}
		for i := range s.d.Sentences {
			framed, broken := false, false
			for _, t := range s.d.SentenceTokens(i) {
				w := strings.ToLower(t.Text)
				framed = framed || contextWords["crime"][w] || contextWords["case"][w]
				broken = broken || breaks(w) && !(armedNotPolice(w) && s.inPersonName(t.Start, t.End))
			}
			if broken {
				n = -1
				break
			}
			if framed {
				n++
			}
		}
		if n >= 1 && 2*n >= len(s.d.Sentences) || n >= 0 && headline {
			s.x.crime = 1
		}
	}
	return s.x.crime == 1
}

// inPersonName reports a token inside a person's name that the record's
// entities hold: its words are the name's ("police spokesman Umar
// Shelling" names no shelling).
func (s *sentence) inPersonName(start, end int) bool {
	if s.r == nil {
		return false
	}
	for _, e := range s.r.Entities {
		if e.Type != annalist.Person {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start <= start && end <= m.End {
				return true
			}
		}
	}
	return false
}

// ceremonialMarch reports a march, a parade or a procession (PROTEST) in a
// sentence of a ceremony ([ceremony]) with no word of a grievance and no
// one hurt: the ceremony's ("cadets marched in the passing-out parade",
// "the band will lead the procession"). Marchers who demand or denounce
// something at a parade protest.
func (s *sentence) ceremonialMarch(m *Mention) bool {
	return m.Type == "PROTEST" && m.Mode != "strike" && s.has("ceremony") && !s.has("grievance") && !s.hurt()
}

// accidentCasualties reports people hurt or killed with no one doing it (a
// passive with no agent, or a thing for its agent: "hurt when their van
// skidded") in a sentence of an accident or a disaster, with
// no armed word but in the victims' own words or as a modifier of a
// thing ("two soldiers were injured when their army truck overturned", "a
// police car collided with a bus"): the accident's toll, though the
// victims are soldiers. Soldiers killed when rebels ambushed them stay.
func (s *sentence) accidentCasualties(m *Mention) bool {
	if m.Type != "ASSAULT" && m.Type != "FIGHT" || m.Actor != nil && !commonThingHead(m.Actor) || !s.has("disaster") {
		return false
	}
	tg := s.tagsTo(len(s.lower))
	for k, w := range s.lower {
		if !contextWords["armed"][w] {
			continue
		}
		if m.Target != nil && mentionsAny(m.Target.Text, map[string]bool{w: true}) {
			continue
		}
		// "their army truck": a modifier of a noun that is no armed word.
		if k+1 < len(s.lower) && s.thingModifier(k, tg) {
			continue
		}
		return false
	}
	return true
}

// thingModifier reports token k as a modifier of a thing's noun after it:
// by the tagger where the sentence has tags, else after a determiner and
// before a common word that is a thing and no trigger nor verb in -ed
// ("their army truck", "a police car").
func (s *sentence) thingModifier(k int, tg []text.Word) bool {
	n := k + 1
	if n >= len(s.lower) || contextWords["armed"][s.lower[n]] || !s.common(n) {
		return false
	}
	if tg != nil {
		return n < len(tg) && strings.HasPrefix(tg[n].XPOS, "NN")
	}
	w := s.lower[n]
	if _, trig := lexicon[w]; trig || strings.HasSuffix(w, "ed") || !isWordish(w) || !thingWord(w) {
		return false
	}
	return k > 0 && attrDeterminers[s.lower[k-1]]
}

// commonThingHead reports an argument whose head is a common noun
// (written in lower case) of a thing, though a modifier codes it ("their
// army truck"): no name ("Iraq") nor armed word ("its forces").
func commonThingHead(a *annalist.Arg) bool {
	if a == nil {
		return false
	}
	ws := strings.Fields(head(a.Text))
	if len(ws) == 0 || startsUpper(ws[len(ws)-1]) {
		return false
	}
	return thingWord(headWord(a))
}

// reliefDeployment reports troops sent out (MOBILIZE) in a sentence of a
// disaster with no armed word but the troops' own: relief work ("soldiers
// were deployed to fill sandbags as the river rose"). Troops sent against
// rebels after a flood stay.
func (s *sentence) reliefDeployment(m *Mention) bool {
	if m.Type != "MOBILIZE" || !s.has("disaster") {
		return false
	}
	for _, w := range s.lower {
		if !contextWords["armed"][w] {
			continue
		}
		if m.Actor != nil && mentionsAny(m.Actor.Text, map[string]bool{w: true}) || m.Target != nil && mentionsAny(m.Target.Text, map[string]bool{w: true}) {
			continue
		}
		return false
	}
	return true
}

// votingAtPolls reports a meeting or a move whose target is the polls, or
// that the polls follow ("voters went to the polls in Chile"): a vote, no
// consultation.
func (s *sentence) votingAtPolls(f *found, m *Mention) bool {
	if m.Type == "PROTEST" {
		return false
	}
	if m.Target != nil && headWord(m.Target) == "polls" {
		return true
	}
	k := f.j
	if k < len(s.lower) && attrDeterminers[s.lower[k]] {
		k++
	}
	return k < len(s.lower) && s.lower[k] == "polls"
}

// rulings are the verbs of a court's or an inquiry's judgement on what
// happened.
var rulings = set(`ruled rules found finds concluded concludes declared`)

// rulingOnPast reports violence, coercion or protest told in the "that"
// clause of a court's or an inquiry's ruling ("the supreme court ruled
// that the arrests of protesters had been unlawful", "the inquiry found
// that officers used excessive force"): the sentence reports the ruling,
// not the acts it judged, which happened before.
func (s *sentence) rulingOnPast(f *found, m *Mention) bool {
	if !contentious[m.Type] {
		return false
	}
	for k := f.i - 1; k >= 2; k-- {
		if s.lower[k] != "that" {
			continue
		}
		if !rulings[s.lower[k-1]] {
			return false
		}
		for j := k - 2; j >= 0 && j >= k-6; j-- {
			if contextWords["court"][s.lower[j]] || contextWords["inquiry"][s.lower[j]] {
				return true
			}
		}
		return false
	}
	return false
}

// retirement reports one person who retires (RETREAT or CONCEDE by
// "retire", no party for a target, no armed word in the sentence): "the
// general retired after 40 years of service" ends a career; troops retire
// from a position and a commander retires his troops.
func (s *sentence) retirement(f *found, m *Mention) bool {
	if m.Type != "RETREAT" && m.Type != "CONCEDE" || m.Target != nil && (political(m.Target) || coded(m.Target)) || m.Actor == nil || !f.verb || s.has("armed") {
		return false
	}
	retire := false
	for k := f.i; k < f.j && k < len(s.lower); k++ {
		retire = retire || lemmaIs(s.lower[k], "retire")
	}
	if !retire {
		return false
	}
	ws := argWords(head(m.Actor.Text))
	return len(ws) > 0 && singularPerson(ws[len(ws)-1])
}

// singularPerson reports a head word of one person: no plural, no
// collective, no armed or party word ("the general", "Smith"; not "the
// rebels", "the army").
func singularPerson(h string) bool {
	return h != "" && !strings.HasSuffix(h, "s") && !collectives[h] && !contextWords["armed"][h] && !contextWords["party"][h]
}

// viceTarget reports an argument whose head is made of words of [vice],
// after a verb of fighting at most ("corruption and poverty", "fight
// corruption and poverty" where a vow's target takes in its verb): a
// policy's object, no party.
func viceTarget(a *annalist.Arg) bool {
	if a == nil {
		return false
	}
	n := 0
	for _, w := range argWords(head(a.Text)) {
		switch {
		case contextWords["vice"][w]:
			n++
		case w == "and" || w == "fight" || w == "combat" || w == "tackle" || attrDeterminers[w]:
		default:
			return false
		}
	}
	return n > 0
}

// standingStates are the nouns that, after "in" and a verb of being or
// staying, tell of a condition that holds, not of an act: "sanctions remain
// in force", "the treaty has been in force since 1996", "the king has lived
// in exile for decades".
var standingStates = set(`force place exile effect`)

// stativeVerbs are the verbs of being or staying before such a state.
var stativeVerbs = set(`is are was were be been being remain remains remained remaining stay stays stayed live lives lived living still`)

// standingState reports a trigger in, or just before, a clause that tells
// of a condition that holds ("sanctions on Iran remain in force", "who
// lives in exile in London"): a standing state, no event of the sentence.
// A leader sent into exile, or sanctions that came into force, are acts.
func (s *sentence) standingState(f *found) bool {
	for k := 1; k+1 < len(s.lower); k++ {
		if s.lower[k] != "in" || !standingStates[s.lower[k+1]] || !stativeVerbs[s.lower[k-1]] {
			continue
		}
		// The trigger is the state's noun ("exile") or the subject a few
		// words before its verb ("sanctions on Iran remain").
		if f.i == k+1 || f.j <= k && k-f.j <= 4 {
			return true
		}
	}
	return false
}

// inquiredInto reports a word of class in the object of an inquiry, read
// from the words after the trigger ("investigating a fire", "an
// investigation into a boiler explosion at a hotel"), past one "into" or
// "of" and up to the next clause break or preposition.
func (s *sentence) inquiredInto(f *found, class string) bool {
	k := f.j
	if k < len(s.lower) && (s.lower[k] == "into" || s.lower[k] == "of") {
		k++
	}
	return s.classInPhrase(k, class)
}

// denial reports a refusal that is a denial of what is said ("denied
// rumours that the king was ill", "dismissed speculation that he would
// resign", "denied that prices would rise"): a statement (CAMEO 016, which
// PLOVER leaves out), no rejection of a demand or an offer.
func (s *sentence) denial(f *found, m *Mention) bool {
	if m.Type != "REJECT" || !f.verb {
		return false
	}
	if w := s.lower[f.i]; !lemmaIs(w, "deny") && !lemmaIs(w, "dismiss") && !lemmaIs(w, "refute") {
		return false
	}
	// Denying an accusation of violence or wrongdoing rejects it (the
	// project codes it REJECT): "denied that troops had fired".
	if s.has("armed") || slices.ContainsFunc(s.lower, func(w string) bool { return accusationNouns[w] }) {
		return false
	}
	for k := f.j; k < len(s.lower) && k < f.j+3; k++ {
		w := s.lower[k]
		if k == f.j && w == "that" || deniedNouns[w] {
			return true
		}
		if isClauseBreak(w) || prepositions[w] {
			break
		}
	}
	return false
}

// deniedNouns are what is said that a denial answers; accusationNouns
// make it the rejection of a charge.
var deniedNouns = set(`rumour rumours rumor rumors speculation report reports suggestion suggestions`)
var accusationNouns = set(`accusation accusations allegation allegations charge charges claim claims`)

// departure reports a withdrawal that is a journey: someone who departs
// or leaves for somewhere ("departed for Geneva for negotiations", "left
// for talks in Doha") travels, with no armed word in the sentence; troops
// that leave a town withdraw.
func (s *sentence) departure(f *found, m *Mention) bool {
	if m.Type != "RETREAT" || !f.verb || f.j >= len(s.lower) || s.lower[f.j] != "for" || s.has("armed") {
		return false
	}
	w := s.lower[f.i]
	return lemmaIs(w, "depart") || lemmaIs(w, "leave") || w == "left"
}

// pollFinding reports a mention in a sentence that reports an opinion poll
// or a survey ([poll] as a noun, not the voters' "polls" one goes to),
// whose actor is the public it asked (no actor, persons by their head
// noun, a country's people) or the poll itself: an opinion measured, no act ("most voters
// oppose the plan, a poll showed", "support for the leader rose to 41
// percent, a survey found"). A state, an armed party or a political party
// that acts in such a sentence stays ("the government banned the poll",
// "the Socialists pulled out of the poll").
func (s *sentence) pollFinding(m *Mention) bool {
	if m.Type == "PROTEST" || political(m.Actor) || partyWords(m.Actor) || coded(m.Actor) && !contextWords["poll"][headWord(m.Actor)] {
		return false
	}
	for k, w := range s.lower {
		if !contextWords["poll"][w] {
			continue
		}
		// "went to the polls", "at the polls": voting.
		if k >= 2 && s.lower[k-1] == "the" && (s.lower[k-2] == "to" || s.lower[k-2] == "at") {
			continue
		}
		// The public asked: no actor, the people a poll counts ("most
		// voters": persons by WordNet's first sense; "Germans") or the
		// poll itself; a body it names acts ("after the commission
		// criticised him, a poll indicates").
		a := m.Actor
		return a == nil || contextWords["poll"][headWord(a)] || !violentTypes[m.Type] && (personArg(a) || strings.HasSuffix(a.CAMEO, "CVL") || strings.HasSuffix(a.CAMEO, "PPL"))
	}
	return false
}

// figurativeObject is a selectional restriction: force (ASSAULT, FIGHT,
// COERCE, MOBILIZE) is done to or by parties, places and made things, so
// a verb of force whose direct object by the parse, whatever the target
// search took, or a noun of force whose "on", "in" or "against" phrase,
// names no such thing by WordNet's first sense is a figure ("is battling
// extradition to the United States", "combats obesity in schools", "the
// union attacked the job figures", "an explosion in rents", "moved to curb
// the cost of borrowing", "built up stocks"); so is a fighting verb with
// no object whose subject is such a thing ("a dispute has broken out").
// Fighting and attacking take ills, legal acts, vices, abstract things,
// what is said and what is owned or counted; coercion and mobilisation
// only what is owned or counted (rights, unrest and dissent are abstract
// things a state restricts or crushes), and not where the act is a
// seizure or destruction of property ("seized the funds"). A sentence with
// an armed word keeps its reading.
func (s *sentence) figurativeObject(f *found, m *Mention) bool {
	fight := m.Type == "FIGHT" || m.Type == "ASSAULT"
	if !fight && m.Type != "COERCE" && m.Type != "MOBILIZE" || s.has("armed") {
		return false
	}
	if m.Mode == "seize" || m.Mode == "confiscate" || m.Mode == "destroy" {
		return false
	}
	ws := s.parse()
	if ws == nil {
		return false
	}
	h := f.j - 1
	o := -1
	if f.verb {
		// The verb itself, not its particle ("broken out"); an object
		// inside the phrase is the phrase's ("cut the net financing").
		h = f.i
		if fight && s.asJudgement(ws, f.j) {
			return true // "attacked the quotas as unfair"
		}
		o = s.child(ws, h, "obj")
		switch {
		case o >= 0 && o < f.j:
			// "expanding its crackdown on bad debts": the noun's phrase,
			// which the parse may hang on the verb.
			if o = s.forceNounObject(ws, f.j-1, f.j); o < 0 {
				o = s.forceNounObject(ws, h, f.j)
			}
		case o >= 0:
			if w := s.lower[f.i]; (lemmaIs(w, "strike") || lemmaIs(w, "hit")) && s.judgement(ws, o) {
				return true // "it strikes me as odd"
			}
		case ws[h].Rel == "amod":
			o = ws[h].Head // "targeted income payments"
		case fight:
			// No object: what the fight is in, over or against ("engaged
			// in a debate", "battled against inflation"), else the
			// subject ("a dispute has broken out").
			for i, w := range ws {
				if w.Head == h && w.Rel == "obl" && i >= f.j {
					if c := s.caseOf(ws, i); c == "in" || c == "against" || c == "over" {
						o = i
						break
					}
				}
			}
			if n := s.child(ws, h, "nsubj"); o < 0 && n >= 0 && n < f.i {
				o = n
			}
		}
		if s.figurativeAgent(ws, h, f.i, fight && contextWords["harm"][s.lower[h]]) {
			return true
		}
		if o < 0 {
			// A passive's subject is what the force is done to ("the
			// problem is broken up").
			o = s.child(ws, h, "nsubj:pass")
		}
	} else {
		o = s.forceNounObject(ws, h, f.j)
	}
	if o <= 0 || s.isProper(o) || isNumber(s.lower[o]) {
		return false
	}
	a := &annalist.Arg{Text: s.toks[o].Text}
	if ownedTarget(a) {
		return true
	}
	if fight {
		return illWord(a) || legalAct(a) || viceTarget(a) || abstractTarget(a) || saidTarget(a)
	}
	// Coercion crushes unrest and curbs freedoms: an abstract thing that
	// is an event's word or a liberty ([liberty]) stays its object; a
	// crackdown on bad debts or a force that settles an issue is none.
	w := strings.ToLower(s.toks[o].Text)
	return m.Type == "COERCE" && abstractTarget(a) && !s.triggerAt(o) && !contextWords["liberty"][w] &&
		!contextWords["motive"][w] && !contextWords["grievance"][w] && !contextWords["strife"][w]
}

// figurativeAgent reports a verb of force h whose doer, the active
// subject before it (at) or the passive's "by" phrase, is by WordNet's
// first sense a phenomenon or process, or a thing owned, paid or counted,
// or an abstract thing ("Indonesia, hurt by a slump in oil prices", "a
// price climate forcing the central bank", "pressure building up on the
// premier"): force is done by parties, places and made things, and these
// are none. A word of violence or protest stays a doer ("the unrest
// forced", "the fighting hurt"); a demand's word need not ("pressure").
//
// A verb of harm ([harm]: "hurt", "injure") in a sentence with no armed
// word (figurativeObject's condition) takes any doer that is a mere thing,
// no party ("U.S. corn imports injure Canadian farmers", "sales were hurt
// by late snows"); farmers hurt by the police stay.
func (s *sentence) figurativeAgent(ws []text.Word, h, at int, harm bool) bool {
	a := -1
	if s.child(ws, h, "nsubj:pass") >= 0 || s.child(ws, h, "aux:pass") >= 0 || ws[h].XPOS == "VBN" && s.child(ws, h, "nsubj") < 0 {
		// A passive, or a participle on a noun ("Indonesia, hurt by a
		// slump in oil prices").
		a = s.agentOf(ws, h)
	} else if n := s.child(ws, h, "nsubj"); n >= 0 && n < at {
		a = n
	} else if n < 0 && h > 1 && s.lower[h-1] == "," && strings.HasSuffix(s.lower[h], "ing") {
		// A participle after a comma tells the doing of the clause before
		// it, whose subject is its doer ("the climate can deteriorate,
		// forcing the bank into a tighter policy"; "supplies could push
		// prices higher, forcing ...").
		for k, d := h-2, 0; k >= 0 && d < 3 && a < 0; k, d = ws[k].Head, d+1 {
			if n := s.child(ws, k, "nsubj"); n >= 0 && n < k {
				a = n
			}
		}
	}
	if a < 0 || a > 0 && s.isProper(a) || a == 0 && ws[0].XPOS != "NN" && ws[0].XPOS != "NNS" || isNumber(s.lower[a]) {
		return false
	}
	if e, _ := s.match(a); e != nil && contentious[e.category] {
		return false // "the unrest forced", "the fighting hurt"
	}
	w := strings.ToLower(s.toks[a].Text)
	if contextWords["motive"][w] || contextWords["grievance"][w] || contextWords["strife"][w] {
		return false
	}
	arg := &annalist.Arg{Text: s.toks[a].Text}
	if harm && thing(arg) && !personArg(arg) {
		return true
	}
	return lexTarget(arg, loadActors().process) || ownedTarget(arg) || abstractTarget(arg)
}

// asJudgement reports a verb of force whose object, from token from, is
// followed in its clause by "as" and an adjective, bare or after an
// adverb: the verb judges what it names ("attacked the quotas as unfair",
// "fought the plan as too costly"), a criticism, not a blow. "As" before a
// clause ("attacked the marchers as they fled") tells when the blow fell.
// Read on the tokens, not the parse, which hangs a long sentence's "as"
// phrase anywhere.
func (s *sentence) asJudgement(ws []text.Word, from int) bool {
	for k := from; k+1 < len(ws) && k < from+8; k++ {
		w := s.lower[k]
		if w == "," || w == ";" || strings.HasPrefix(ws[k].XPOS, "VB") || subordinators[w] && w != "as" {
			return false
		}
		if w != "as" {
			continue
		}
		n := k + 1
		if strings.HasPrefix(ws[n].XPOS, "RB") && n+1 < len(ws) {
			n++
		}
		return strings.HasPrefix(ws[n].XPOS, "JJ")
	}
	return false
}

// forceNounObject returns the "on", "in" or "against" phrase of h (a noun,
// or a light verb the parse hangs its noun's phrase on) after token from ("a crackdown on bad debts", "an explosion in rents"),
// or -1.
func (s *sentence) forceNounObject(ws []text.Word, h, from int) int {
	for i, w := range ws {
		if w.Head == h && (w.Rel == "nmod" || w.Rel == "obl") && i >= from {
			if c := s.caseOf(ws, i); c == "on" || c == "in" || c == "against" {
				return i
			}
		}
	}
	return -1
}

// judgement reports a verb's object o that is a personal pronoun followed
// by an adjective or by "as" and an adjective or an article: "strike" or
// "hit" that tells an impression ("it strikes me odd", "struck him as a
// poor deal"), not a blow ("struck him as he fled"); other verbs' result
// ("shot him dead", "beat him unconscious") is the act's.
func (s *sentence) judgement(ws []text.Word, o int) bool {
	if w := s.lower[o]; !objectPronouns[w] && w != "me" && w != "us" || o+1 >= len(ws) {
		return false
	}
	n := o + 1
	if s.lower[n] == "as" && n+1 < len(ws) {
		n++
		return strings.HasPrefix(ws[n].XPOS, "JJ") || s.lower[n] == "a" || s.lower[n] == "an" || s.lower[n] == "rather" || s.lower[n] == "very"
	}
	return strings.HasPrefix(ws[n].XPOS, "JJ")
}

// ownedTarget is abstractTarget for what is owned, paid or counted by
// WordNet's first sense (data/abstract.txt [possession]: "the cost",
// "wages", "profits").
func ownedTarget(a *annalist.Arg) bool {
	return lexTarget(a, loadActors().possession)
}

// personArg reports an argument whose head names a person by WordNet's
// first sense (data/parties.txt [person]: "voters", "teachers"), not a
// group ("commission").
func personArg(a *annalist.Arg) bool {
	w, d := headWord(a), loadActors()
	if d.persons[w] {
		return true
	}
	for _, l := range lemmas(w) {
		if d.persons[l] {
			return true
		}
	}
	return false
}
