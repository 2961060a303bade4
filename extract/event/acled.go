package event

import (
	"regexp"
	"slices"
	"strings"

	"github.com/annalist/annalist"
)

// ACLED event types (CONTRACT.md).
const (
	Battles          = "Battles"
	Explosions       = "Explosions/Remote violence"
	ViolenceCivilian = "Violence against civilians"
	Protests         = "Protests"
	Riots            = "Riots"
	Strategic        = "Strategic developments"
)

// SubEventTypes maps each of ACLED's 25 sub-event types to its event type.
var SubEventTypes = map[string]string{
	"Armed clash": Battles, "Government regains territory": Battles, "Non-state actor overtakes territory": Battles,
	"Chemical weapon": Explosions, "Air/drone strike": Explosions, "Suicide bomb": Explosions,
	"Shelling/artillery/missile attack": Explosions, "Remote explosive/landmine/IED": Explosions, "Grenade": Explosions,
	"Sexual violence": ViolenceCivilian, "Attack": ViolenceCivilian, "Abduction/forced disappearance": ViolenceCivilian,
	"Peaceful protest": Protests, "Protest with intervention": Protests, "Excessive force against protesters": Protests,
	"Violent demonstration": Riots, "Mob violence": Riots,
	"Agreement": Strategic, "Arrests": Strategic, "Change to group/activity": Strategic, "Disrupted weapons use": Strategic,
	"Headquarters or base established": Strategic, "Looting/property destruction": Strategic,
	"Non-violent transfer of territory": Strategic, "Other": Strategic,
}

// SnippetACLED is the ACLED type of a short report's events taken as
// one, as ACLED codes a report (text is the report, which the events'
// spans index): the first event in the text that ACLED codes and that is
// not background, since the main clause leads in news ("Soldiers looted
// shops after the fighting ended": the looting). Property destroyed where
// people were attacked is coded as the attack, as ACLED's codebook keeps
// Looting/property destruction for destruction without violence against
// people ("raided the village and burnt houses, killing four").
func SnippetACLED(text string, es []annalist.Event) *annalist.ACLED {
	leads := func(x, y *annalist.Event) bool { // x leads y: in the foreground, or earlier
		if sx, sy := setting(text, x), setting(text, y); sx != sy {
			return sy
		}
		if bx, by := background(text, x) && !tollCause(text, x, es) || cause(text, x, es) || describes(text, x, es) || toll(text, x, es),
			background(text, y) && !tollCause(text, y, es) || cause(text, y, es) || describes(text, y, es) || toll(text, y, es); bx != by {
			return by
		}
		return x.Trigger.Start < y.Trigger.Start
	}
	var best *annalist.Event
	for i := range es {
		if e := &es[i]; e.ACLED != nil && !reason(text, e, es) && (best == nil || leads(e, best)) {
			best = e
		}
	}
	if best == nil {
		return nil
	}
	if best.ACLED.SubEventType == "Looting/property destruction" {
		for i := range es {
			e := &es[i]
			if e.ACLED != nil && e.Sentence == best.Sentence && !background(text, e) && !cause(text, e, es) &&
				(e.ACLED.EventType == ViolenceCivilian || e.ACLED.EventType == Battles || e.ACLED.EventType == Explosions) {
				return e.ACLED
			}
		}
	}
	return best.ACLED
}

// toll reports casualties told first with no one doing it, whose cause a
// clause after "when", "after" or "as" tells ("a soldier was killed and
// two wounded when militants attacked an army post", "seven people died
// when gunmen opened fire"): the act in that clause leads, and the deaths
// are its toll.
func toll(text string, e *annalist.Event, es []annalist.Event) bool {
	return tollOf(text, e, es) != nil
}

// tollCause reports the act whose toll (above) was told first: its
// "when" clause is no background.
func tollCause(text string, e *annalist.Event, es []annalist.Event) bool {
	for i := range es {
		if o := &es[i]; o != e && tollOf(text, o, es) == e {
			return true
		}
	}
	return false
}

// tollOf returns the act that caused the casualties e, or nil.
func tollOf(text string, e *annalist.Event, es []annalist.Event) *annalist.Event {
	if e.Actor != nil || !violent(e) || e.Trigger.End > len(text) {
		return nil
	}
	for i := range es {
		o := &es[i]
		if o == e || o.Sentence != e.Sentence || o.Trigger.Start <= e.Trigger.End || o.Trigger.Start > len(text) || o.Actor == nil ||
			!violent(o) && !(o.Type == "COERCE" && o.Mode == "destroy") {
			continue
		}
		between := strings.Fields(strings.ToLower(text[e.Trigger.End:o.Trigger.Start]))
		if len(between) > 12 || slices.ContainsFunc(between, func(w string) bool { return strings.ContainsAny(w, ",;") }) {
			continue
		}
		for k, w := range between {
			if (w == "when" || w == "after" || w == "as") && k < len(between)-1 {
				return o
			}
		}
	}
	return nil
}

// describes reports an event whose trigger lies inside the actor phrase of
// another event of its sentence, in the "of" complement of a short head
// ("widows of soldiers killed in the war held a vigil", "mothers of
// students abducted by gunmen blocked the road"): it says who the actors
// are, and what they did leads, as after "after". Not where the phrase
// runs over a clause ("security services arrested a politician"): no "of"
// opens the trigger's words.
func describes(text string, e *annalist.Event, es []annalist.Event) bool {
	for i := range es {
		o := &es[i]
		if o == e || o.Sentence != e.Sentence || o.Actor == nil || o.Actor.Start >= e.Trigger.Start || e.Trigger.End > o.Actor.End ||
			e.Trigger.Start > len(text) {
			continue
		}
		ws := strings.Fields(strings.ToLower(text[o.Actor.Start:e.Trigger.Start]))
		of := slices.Index(ws, "of")
		if of >= 1 && of <= 2 && len(ws)-of-1 >= 1 && len(ws)-of-1 <= 3 {
			return true
		}
	}
	return false
}

// reason reports an event named as the reason for another event of its
// sentence that comes before it: a noun phrase after "over" within four
// words ("the EU imposed sanctions on officials over the crackdown on
// protesters"). ACLED codes the act the report tells of (here none), not
// the cause it gives, which was reported when it happened.
func reason(text string, e *annalist.Event, es []annalist.Event) bool {
	earlier := false
	for i := range es {
		if o := &es[i]; o.Sentence == e.Sentence && o.Trigger.Start < e.Trigger.Start && o.Type != e.Type {
			earlier = true
		}
	}
	if !earlier {
		return false
	}
	ws := wordsBefore(text, e)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-4; k-- {
		if ws[k] == "over" {
			return true
		}
		if strings.HasSuffix(ws[k], ",") {
			break
		}
	}
	return false
}

// setting reports a protest named where another event happened: a noun
// after "at" or "during" and a determiner ("detonated his vest in the
// crowd at a political rally", "was shot during a march"). The protest is
// the scene; the event that happened at it leads.
func setting(text string, e *annalist.Event) bool {
	if e.Type != "PROTEST" {
		return false
	}
	ws := wordsBefore(text, e)
	for k := len(ws) - 2; k >= 0 && k >= len(ws)-4; k-- {
		if (ws[k] == "at" || ws[k] == "during") && attrDeterminers[ws[k+1]] {
			return true
		}
	}
	return false
}

// backgroundWords open a clause that tells what came before or around the
// reported event ("after the fighting ended", "since rebels took the town").
var backgroundWords = set(`after before since following until when`)

// background reports an event whose trigger follows one of the
// backgroundWords within three words in its sentence.
func background(text string, e *annalist.Event) bool {
	ws := wordsBefore(text, e)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-3; k-- {
		if backgroundWords[strings.Trim(ws[k], ",;:")] {
			return true
		}
	}
	return false
}

// causeWords name a feeling or a reply, and causeLinks the word after
// them that opens what caused it ("angered by", "in retaliation for").
var (
	causeWords = set(`angered outraged incensed enraged infuriated furious angry retaliation revenge reprisal response`)
	causeLinks = set(`by at over for to`)
)

// cause reports an event named as what angered the actors or what they
// answered, in its clause before its trigger ("youths angered by the
// death of a man in police custody torched a police station", "in
// retaliation for the killing of their leader"): the act the report
// tells of leads, as after "after". The cause is the first event after
// those words; one after it is the act.
func cause(text string, e *annalist.Event, es []annalist.Event) bool {
	ws := wordsBefore(text, e)
	for k := len(ws) - 1; k >= 1 && k >= len(ws)-10; k-- {
		if strings.HasSuffix(ws[k], ",") || strings.HasSuffix(ws[k], ";") {
			return false
		}
		if !causeLinks[ws[k]] || !causeWords[ws[k-1]] {
			continue
		}
		for i := range es {
			if o := &es[i]; o.Sentence == e.Sentence && o.Trigger.Start < e.Trigger.Start && len(wordsBefore(text, o)) > k {
				return false
			}
		}
		return true
	}
	return false
}

// wordsBefore are the lower-case words of e's sentence before its
// trigger, none where the spans do not fit the text.
func wordsBefore(text string, e *annalist.Event) []string {
	if e.Sentence.Start > e.Trigger.Start || e.Trigger.Start > len(text) {
		return nil
	}
	return strings.Fields(strings.ToLower(text[e.Sentence.Start:e.Trigger.Start]))
}

// codeACLED gives each event of the record the ACLED event and sub-event
// type that its PLOVER type and mode, its actors' kinds, the weapons named
// in its sentence, the other events of that sentence and its outcome
// imply (ACLED.md), and settles the kinds that depend on what the actors
// do: a crowd demonstrating is protesters, rioting rioters; armed forces
// of another country are external forces.
func codeACLED(r *annalist.Record) {
	// Each sentence's lower-case text and cues, made once for its events.
	sentText := map[annalist.Span]string{}
	sentCues := map[annalist.Span]cues{}
	aside := make([]bool, len(r.Events))
	for i := range r.Events {
		e := &r.Events[i]
		c, ok := sentCues[e.Sentence]
		if !ok {
			sentText[e.Sentence] = strings.ToLower(spanOf(r.Text, e.Sentence))
			c = cuesOf(sentText[e.Sentence])
			sentCues[e.Sentence] = c
		}
		settleKinds(e, c)
		aside[i] = elsewhere(e, c) // after the kinds: a crowd that kills is rioters
	}
	for i := range r.Events {
		e := &r.Events[i]
		e.ACLED = nil
		if aside[i] {
			continue
		}
		var sibs []*annalist.Event
		for j := range r.Events {
			if j != i && r.Events[j].Sentence == e.Sentence {
				sibs = append(sibs, &r.Events[j])
			}
		}
		e.ACLED = acledType(e, sentCues[e.Sentence], sentText[e.Sentence], sibs)
	}
}

// elsewhere reports an event that ACLED does not code because its
// sentence is about something else: with no political or armed side and
// no armed word, a sentence of sport, fire brigades or animals, or (not
// for demonstrations, which may be about them) of a disaster, an accident,
// a disease or ordinary crime; and a labour "strike" that is a blow
// ("an earthquake struck"), not one that people or a union make ("bus
// drivers walked out after talks collapsed").
func elsewhere(e *annalist.Event, c cues) bool {
	if political(e.Actor) || political(e.Target) || c["armed"] {
		return false
	}
	if c["elsewhere"] {
		return true
	}
	if e.Type == "PROTEST" {
		return e.Mode == "strike" && !labourActor(e.Actor) && c.any("disaster", "crime")
	}
	return c.any("disaster", "crime")
}

func spanOf(s string, sp annalist.Span) string {
	if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
		return ""
	}
	return s[sp.Start:sp.End]
}

// settleKinds sets the actor and target kinds that what the event is
// decides (rioters, protesters, state forces, external forces) and gives a
// generic agent the event's country.
func settleKinds(e *annalist.Event, c cues) {
	a, t := e.Actor, e.Target
	// A crowd that does violence is rioters, as ACLED codes civilians who
	// attack: "a mob", "villagers", "supporters of rival parties".
	if a != nil && (e.Type == "ASSAULT" || e.Type == "FIGHT" || e.Type == "COERCE" && e.Mode == "destroy") &&
		(a.Kind == "" || a.Kind == "civilians" || a.Kind == "other") && cuesOf(a.Text)["mob"] {
		a.Kind = "rioters"
	}
	// So is a crowd armed for the occasion that turns on people it
	// accuses ("villagers armed with machetes attacked a family accused
	// of witchcraft"): mob justice, not a militia's attack.
	if a != nil && violent(e) && a.Kind == "political_militia" && t != nil && accusedText(t.Text) &&
		cuesOf(strings.SplitN(strings.ToLower(a.Text), " armed ", 2)[0])["mob"] && strings.Contains(strings.ToLower(a.Text), " armed ") {
		a.Kind = "rioters"
	}
	// People whom force or coercion meets as strikers or pickets
	// ("dispersed striking garment workers", "shot dead two strikers")
	// are protesters: ACLED codes labour action as Protests, and force
	// against it as force against protesters, not as an attack.
	if t != nil && (violent(e) || e.Type == "COERCE") && (t.Kind == "" || t.Kind == "civilians") && (cuesOf(t.Text)["crowd"] || mentionsAny(t.Text, strikerWords)) {
		t.Kind = "protesters"
	}
	// "riot police" names the police, not a riot.
	riot := e.Mode == "riot" && !c["riotgear"]
	// A "strike" with weapons named is a blow (acledType), and what struck
	// ("three rockets struck open ground") is no crowd.
	blow := e.Type == "PROTEST" && e.Mode == "strike" && blowWord(e.Trigger.Text) && c.any(weapons...)
	if a != nil && e.Type == "PROTEST" && !blow && (a.Kind == "" || a.Kind == "civilians" || a.Kind == "other") {
		a.Kind = "protesters"
	}
	// A state does not strike or march; its employees do ("civil
	// servants began a three-day strike", "judges went on strike"), as
	// ACLED codes them: protesters. Office holders who protest lodge a
	// complaint (the figure cue: ministers, the president).
	if a != nil && e.Type == "PROTEST" && (e.Mode == "strike" || e.Mode == "demonstrate") && a.Kind == "government" &&
		peopleArg(a) && !cuesOf(a.Text)["figure"] {
		a.Kind = "protesters"
	}
	if a != nil && a.Kind == "protesters" && riot {
		a.Kind = "rioters"
	}
	// A state named as the actor of armed violence acts through its
	// forces; one named as its target is met in its forces, but an office
	// holder or a lawyer killed is a person of political life, not the
	// state's forces ("gunmen assassinated a human rights lawyer").
	for _, x := range []*annalist.Arg{a, t} {
		if x != nil && x.Kind == "government" && violent(e) && len(argWords(x.Text)) <= 3 && !strings.Contains(strings.ToLower(x.Text), "government") &&
			(x == a || !cuesOf(x.Text)["political"]) {
			x.Kind = "state_forces"
		}
	}
	// Armed forces of one country fighting in another are external forces;
	// a generic agent with no country named ("police", "protesters") is of
	// the country where the event happened, as ACLED codes it.
	for _, x := range []*annalist.Arg{a, t} {
		if x == nil || x.Country != "" || x.Kind == "" || e.Place == nil || e.Place.Country == "" {
			continue
		}
		x.Country = e.Place.Country
		if c := cameoCountry(loadActors(), x.Country); c != "" && len(x.CAMEO) == 3 {
			x.CAMEO = c + x.CAMEO
		}
	}
	if a != nil && a.Kind == "state_forces" && a.Country != "" && e.Place != nil && e.Place.Country != "" &&
		a.Country != e.Place.Country {
		a.Kind = "external_forces"
	}
}

func kindIs(x *annalist.Arg, kinds ...string) bool {
	if x == nil {
		return false
	}
	for _, k := range kinds {
		if x.Kind == k {
			return true
		}
	}
	return false
}

func armed(x *annalist.Arg) bool {
	return kindIs(x, "state_forces", "rebels", "political_militia", "identity_militia", "external_forces")
}

func ac(event, sub string) *annalist.ACLED {
	return &annalist.ACLED{EventType: event, SubEventType: sub}
}

// blowWord reports a trigger that is the one word "strike", which may
// be a blow; "a stoppage", "downed tools" or "a general strike" are
// labour action only, whoever the dictionaries make their actor.
func blowWord(trigger string) bool {
	ws := strings.Fields(strings.ToLower(trigger))
	if len(ws) != 1 {
		return false
	}
	for _, l := range lemmas(ws[0]) {
		if l == "strike" {
			return true
		}
	}
	return false
}

// strikerWords name people on strike or picketing: not a cue of the
// sentence ("the striker scored"), only of the people force meets.
var strikerWords = set(`striking strikers picketing picketers`)

// weapons are the cues of ACLED's Explosions/Remote violence.
var weapons = []string{"chemical", "air", "suicide", "shelling", "grenade", "explosive"}

func violent(e *annalist.Event) bool { return e.Type == "ASSAULT" || e.Type == "FIGHT" }

// acledType decides an event's ACLED type (ACLED.md has the table); sibs
// are the other events of its sentence, which tell what happened at a
// demonstration ("police fired tear gas" beside "protesters marched").
func acledType(e *annalist.Event, c cues, sent string, sibs []*annalist.Event) *annalist.ACLED {
	if e.Type == "PROTEST" && e.Mode == "strike" && blowWord(e.Trigger.Text) && (c.any(weapons...) || armed(e.Actor)) {
		// "A suicide bomber struck a convoy": the blow, not a labour strike.
		hit := *e
		hit.Type, hit.Mode = "ASSAULT", ""
		return acledType(&hit, c, sent, sibs)
	}
	a, t := e.Actor, e.Target
	state := kindIs(a, "state_forces", "government", "external_forces")
	seize := e.Type == "COERCE" && (e.Mode == "seize" || e.Mode == "confiscate") || e.Type == "FIGHT" && e.Mode == "seize"
	arrest := e.Type == "COERCE" && (e.Mode == "arrest" || e.Mode == "detain")

	// Strategic developments that words decide whatever the PLOVER type.
	switch {
	case c["disrupt"] && c.any(append(weapons, "arms")...) && !kindIs(t, "civilians", "protesters"),
		seize && c["arms"] && !namesPlace(t):
		return ac(Strategic, "Disrupted weapons use")
	case !violent(e) && e.Type != "PROTEST" && c["other"] && !arrest && !saidTypes[e.Type]:
		return ac(Strategic, "Other")
	case !violent(e) && e.Type != "PROTEST" && c["group"] && (armed(a) || c["armed"] || c["political"]):
		return ac(Strategic, "Change to group/activity")
	case !violent(e) && e.Type != "PROTEST" && e.Type != "COERCE" && c["base"] && c["establish"]:
		return ac(Strategic, "Headquarters or base established")
	}

	// What the violence was, before who suffered it.
	if violent(e) || e.Type == "COERCE" {
		switch {
		case e.Mode == "sexual" || c["sexual"] && (violent(e) || arrest):
			return ac(ViolenceCivilian, "Sexual violence")
		case e.Mode == "abduct" || violent(e) && c["abduct"] && e.Mode == "" ||
			// Armed men of no force who "pick up" or "detain" someone
			// take them: only the state arrests (ACLED's Arrests).
			arrest && kindIs(a, "political_militia", "identity_militia") && !kindIs(t, "state_forces", "rebels", "political_militia") ||
			// ... or "take" someone named by a pronoun ("took him from his office").
			seize && !state && t != nil && objectPronouns[strings.ToLower(strings.TrimSpace(t.Text))] ||
			seize && t != nil && (kindIs(t, "civilians") || cuesOf(t.Text)["people"] ||
				peopleArg(t) && kindIs(a, "rebels", "political_militia", "identity_militia")):
			return ac(ViolenceCivilian, "Abduction/forced disappearance")
		}
	}

	// Demonstrations: the crowd's own violence, and force used on it.
	sibRepress, sibForce, sibRiot, sibProtest := false, false, false, false
	for _, s := range sibs {
		// A demonstration beside the coercion, not the state's own
		// ("detained dozens of activists who had blocked a motorway").
		// Not one only called for, charged or said ("called for a
		// boycott", "accused of inciting unrest"): a demonstration that
		// is another event's object.
		sibProtest = sibProtest || s.Type == "PROTEST" && s.Modality == "" && !kindIs(s.Actor, "state_forces", "government", "external_forces") && !objectOf(s, sibs)
		if (s.Type == "COERCE" || s.Type == "ASSAULT") && (kindIs(s.Actor, "state_forces", "government") || kindIs(s.Target, "protesters")) {
			sibRepress = true
			sibForce = sibForce || s.Fatalities > 0 || s.Type == "ASSAULT" && (s.Mode == "kill" || s.Mode == "firearms")
		}
		if (violent(s) || s.Type == "COERCE" && s.Mode == "destroy") && kindIs(s.Actor, "protesters", "rioters") && !kindIs(s.Target, "protesters") {
			sibRiot = true
		}
	}
	// Lethal force, or force that leaves the crowd gravely hurt; a death
	// the crowd marched over is its grievance, not its toll ("marching
	// against the killing of a pastor").
	lethal := e.Fatalities > 0 || sibForce || c.any("force", "injury") || c["death"] && cuesOf(grievanceDeaths.ReplaceAllString(sent, "$1"))["death"] ||
		e.Type == "ASSAULT" && (e.Mode == "kill" || e.Mode == "firearms")
	crowdAct := violent(e) || e.Type == "COERCE" && e.Mode == "destroy"
	switch {
	case crowdAct && kindIs(a, "protesters") && !kindIs(t, "protesters"):
		// (Violence whose target is the protest is force used on it,
		// below, whatever the parse took for its actor.)
		return ac(Riots, "Violent demonstration")
	case crowdAct && kindIs(a, "rioters") && (!armed(t) || ofState(t)):
		// Rioters who turn on the state (a police station, police
		// vehicles, "battles with police") riot against it, as a
		// demonstration turned violent.
		if c["crowd"] || ofState(t) || c["stateside"] {
			return ac(Riots, "Violent demonstration")
		}
		return ac(Riots, "Mob violence")
	case (e.Type == "COERCE" || e.Type == "ASSAULT") && (kindIs(t, "protesters", "rioters") ||
		(a == nil || state) && (c["crowd"] || sibProtest) && (arrest || c.any("repression", "force") ||
			// the state's gunfire at a demonstration ("shot by police
			// during a demonstration") is force on it
			state && e.Type == "ASSAULT" && (e.Mode == "firearms" || e.Mode == "kill"))) &&
		!(violent(e) && !state && c.any(weapons...)):
		// (A bomb or a grenade thrown at a rally by no state's forces is
		// an explosion, below.)
		if lethal {
			return ac(Protests, "Excessive force against protesters")
		}
		if arrest && t != nil && !kindIs(t, "protesters", "rioters") && cuesOf(t.Text)["figure"] {
			return ac(Strategic, "Arrests") // a leader taken, not a crowd held
		}
		return ac(Protests, "Protest with intervention")
	case e.Type == "PROTEST":
		return protestType(e, c, state, lethal, sibRiot, sibRepress)
	}

	switch e.Type {
	case "COERCE":
		switch {
		case arrest && sentencing.MatchString(sent):
			return nil // a court's sentence, not an arrest
		case arrest:
			if kindIs(t, "state_forces", "rebels", "political_militia", "identity_militia", "protesters", "rioters", "government", "external_forces") || c["political"] {
				return ac(Strategic, "Arrests")
			}
		case e.Mode == "destroy" && armed(a) && !state && ((e.Fatalities > 0 || c["death"]) && kindIs(t, "civilians") || (e.Fatalities > 0 || killingAfter(sent)) && (t == nil || t.Kind == "")):
			// Arson on people's things that kills ("set fire to a bus
			// carrying passengers, killing six") is an attack on the people
			// it killed (ACLED codes the most severe event).
			return ac(ViolenceCivilian, "Attack")
		case e.Mode == "destroy":
			return ac(Strategic, "Looting/property destruction")
		case seize && personTaken(t):
			// A person seized is no place taken: the state's forces who
			// take one hold them ("security officers took the head of a
			// rights centre into custody").
			if state {
				return ac(Strategic, "Arrests")
			}
			return nil
		case seize && t != nil && cuesOf(t.Text)["crime"] && !namesPlace(t):
			return nil // drugs or goods seized ("800 kilograms of methamphetamine"), no place
		case seize && (c["territory"] || armed(a)):
			return territoryType(e, c, sent)
		}
		return nil
	case "ASSAULT", "FIGHT":
		switch {
		case c["chemical"]:
			return ac(Explosions, "Chemical weapon")
		case c["suicide"] || e.Mode == "suicide-attack" && !c["explosive"]:
			return ac(Explosions, "Suicide bomb")
		case c["territory"] && (e.Type == "FIGHT" || seize) && (!kindIs(t, "civilians") || namesPlace(t)):
			return territoryType(e, c, sent)
		case c["air"] && (t == nil || cuesOf(strings.Replace(sent, strings.ToLower(t.Text), " ", 1))["air"]):
			// (An aircraft fired on is no strike from the air: "gang
			// members opened fire on a UN helicopter".)
			return ac(Explosions, "Air/drone strike")
		case c["grenade"]:
			return ac(Explosions, "Grenade")
		case c["shelling"] || e.Type == "FIGHT" && e.Mode == "heavy-weapons" && poundWord(e.Trigger.Text) && !armed(t):
			// Guns that pound a place ("Russian guns pounded the town")
			// shell it.
			return ac(Explosions, "Shelling/artillery/missile attack")
		case e.Mode == "explosives" || c["explosive"]:
			return ac(Explosions, "Remote explosive/landmine/IED")
		case e.Type == "FIGHT" && e.Mode == "restrict":
			return nil // a blockade
		}
		// A crowd that beats or kills where no actor was found: "a crowd
		// set upon a man and beat him to death".
		if e.Type == "ASSAULT" && a == nil && !c["armed"] && mentionsAny(sent, mobWords) {
			return ac(Riots, "Mob violence")
		}
		// The opposition and parties hurt (the dictionaries' CAMEO OPP
		// and PTY) are a political side, whoever hurt them ("members of
		// the ruling party's youth wing beat two opposition activists").
		if !political(a) && !political(t) && !c["armed"] && !oppositionParty(t) {
			return nil // no armed or political side: a fight or an attack of another kind
		}
		// The same storming to take people away abducts them ("gunmen
		// stormed a church and abducted 40 worshippers").
		if e.Type == "FIGHT" && t != nil && !armed(t) && armed(a) && !state && !c["post"] && !secondArmed(a, sent) && abducted(sibs) {
			return ac(ViolenceCivilian, "Abduction/forced disappearance")
		}
		// Armed men who storm or fight a village of civilians attack them,
		// whatever kind the dictionaries gave them ("bandits stormed a
		// village"), unless the sentence names a second armed side.
		if kindIs(t, "civilians") && (e.Type == "ASSAULT" || a != nil && !kindIs(a, "civilians", "protesters", "rioters") && !secondArmed(a, sent)) {
			return ac(ViolenceCivilian, "Attack")
		}
		// A non-state armed group storming a place no armed side holds
		// where the sentence tells of people hurt or killed and names no
		// second armed side ("bandits stormed a market and shot dead 15
		// traders") attacks them. (A weapon or a battle parsed as the
		// target is no place: "fought a gun battle".)
		// (People of no known kind fought are a side: "clashed with
		// members of the National Resistance Front"; a place is not, nor
		// a church, a group by WordNet but stormed as a building.)
		if e.Type == "FIGHT" && t != nil && !armed(t) && armed(a) && !state && !c["post"] && !secondArmed(a, sent) &&
			!(t.Kind == "" && peopleArg(t) && strings.HasSuffix(headWord(t), "s")) &&
			(hurtCivilians(sibs) || c["death"] && !cuesOf(t.Text).any("arms", "fight")) {
			return ac(ViolenceCivilian, "Attack")
		}
		if e.Type == "FIGHT" || armed(a) && armed(t) {
			return ac(Battles, "Armed clash")
		}
		// A non-state armed group attacking what armed forces hold (a
		// base, a checkpoint, a patrol) meets them in battle.
		if armed(a) && !state && c["post"] && !(t != nil && cuesOf(t.Text)["people"]) {
			return ac(Battles, "Armed clash")
		}
		return ac(ViolenceCivilian, "Attack")
	case "DISAPPROVE":
		// Chemical attacks are reported as accusations ("rebels accused
		// government forces of dropping chlorine gas"): ACLED codes the
		// attack the accusation names against armed forces.
		if c["chemical"] && (armed(t) || kindIs(t, "government")) {
			return ac(Explosions, "Chemical weapon")
		}
	case "AGREE":
		// Parties who agree on their fighting agree a truce, whoever they
		// are ("clan leaders signed a deal to end the fighting").
		// (Not a pledge "to fight corruption": a social ill is no side.)
		if armed(a) || armed(t) || c["agreement"] || c["fight"] && cuesOf(withoutIllFights(sent))["fight"] {
			return ac(Strategic, "Agreement")
		}
	case "RETREAT":
		if (armed(a) || c["armed"]) && (e.Mode == "withdraw" || c["withdraw"]) {
			return ac(Strategic, "Non-violent transfer of territory")
		}
		if (armed(a) || c["armed"]) && (e.Mode == "disarm" || c["group"]) {
			return ac(Strategic, "Change to group/activity") // fighters surrender or disarm
		}
		// A release of prisoners or hostages that a deal settled.
		if c["agreement"] || e.Mode == "release" && (armed(a) || c["armed"]) && c["deal"] {
			return ac(Strategic, "Agreement")
		}
	}
	return nil
}

// oppositionParty reports a target the dictionaries code as the opposition or
// a political party (CAMEO OPP, PTY): a side of political life.
func oppositionParty(t *annalist.Arg) bool {
	return t != nil && (strings.HasSuffix(t.CAMEO, "OPP") || strings.HasSuffix(t.CAMEO, "PTY"))
}

// saidTypes are the types of what is said of an event, not done: a
// condemnation of a coup, a call to end one, is no coup.
var saidTypes = map[string]bool{"DISAPPROVE": true, "DEMAND": true, "REJECT": true, "CONSULT": true, "SUPPORT": true, "THREATEN": true}

// ofState reports an argument of the state: its forces or its government.
func ofState(x *annalist.Arg) bool {
	return kindIs(x, "state_forces", "government")
}

// sentencing matches a prison sentence: "jailed for five years".
var sentencing = regexp.MustCompile(`\b(jailed|imprisoned|sentenced)\b[^.;]{0,30}\b(years?|months?|life)\b`)

// personTaken reports an argument that names a person or people, not a
// place: a political figure, people, or a head word the dictionaries know
// as a person ("the head of a rights centre").
func personTaken(t *annalist.Arg) bool {
	if t == nil || namesPlace(&annalist.Arg{Text: head(t.Text)}) {
		return false // "the town", "the outskirts of the city"
	}
	c := cuesOf(t.Text)
	hw := strings.Fields(strings.ToLower(head(t.Text)))
	return c["figure"] || c["political"] || c["people"] || peopleArg(t) || len(hw) > 0 && personHead[hw[len(hw)-1]]
}

// personHead are heads of an office held by a person.
var personHead = set(`head chief director boss founder president secretary spokesman spokeswoman coordinator`)

// poundWord reports a trigger of heavy guns striking a place.
func poundWord(trigger string) bool {
	w := strings.ToLower(trigger)
	return strings.HasPrefix(w, "pound") || strings.HasPrefix(w, "bombard") || strings.HasPrefix(w, "blast")
}

// withoutIllFights is a sentence with its fights on social ills left out
// ("a pledge to fight corruption and attack poverty"): a word of fighting
// (illFighting) followed within three words by one of the lexicon's <ill>
// class.
func withoutIllFights(sent string) string {
	ws := strings.Fields(sent)
	for i := range ws {
		if !illFighting[strings.ToLower(ws[i])] {
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+3; k++ {
			ill := false
			for _, l := range lemmas(strings.Trim(strings.ToLower(ws[k]), ".,;:'\"")) {
				ill = ill || wordClasses["<ill>"][l]
			}
			if ill {
				ws[i] = ""
				break
			}
		}
	}
	return strings.Join(ws, " ")
}

// grievanceDeaths are deaths named as what a crowd protests or mourns
// ("against the killing of a pastor", "over the death of a student"):
// the match keeps the words before the death noun.
var grievanceDeaths = regexp.MustCompile(`(?i)\b((?:against|over|protest(?:s|ed|ing)?|denounc(?:e|ed|ing)|condemn(?:s|ed|ing)?|mourn(?:s|ed|ing)?)\s+(?:the\s+|a\s+)?(?:[a-z-]+\s+)?)(?:killings?|deaths?|murders?)\b`)

// illFighting are the words that fight social ills.
var illFighting = set(`fight fights fought fighting battle battles battling combat combating combatting attack attacks attacking tackle tackling`)

// mobWords name a crowd that does violence of its own.
var mobWords = set(`mob mobs crowd crowds vigilantes lynch lynched lynching`)

// namesPlace reports an argument that names a place ("the town", "a village"):
// the lexicon's <place> class.
func namesPlace(x *annalist.Arg) bool {
	if x == nil {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(x.Text)) {
		for _, l := range lemmas(strings.Trim(w, ".,;:'\"")) {
			if wordClasses["<place>"][l] {
				return true
			}
		}
	}
	return false
}

// secondArmed reports whether the sentence names an armed party beside
// the actor: "militias clashed with soldiers", not "militants stormed a
// village".
func secondArmed(a *annalist.Arg, sent string) bool {
	if strings.Contains(strings.ToLower(a.Text), "between ") {
		return true // "clashes between two militias" names both sides
	}
	return cuesOf(strings.Replace(sent, strings.ToLower(a.Text), " ", 1))["armed"]
}

// protestType is the ACLED type of a PROTEST event.
func protestType(e *annalist.Event, c cues, state, lethal, sibRiot, sibRepress bool) *annalist.ACLED {
	if state {
		// A state that protests complains (no ACLED event), unless what it
		// "blocks" is a crowd.
		if kindIs(e.Target, "protesters") || e.Mode == "obstruct" && c["crowd"] {
			return ac(Protests, "Protest with intervention")
		}
		return nil
	}
	if e.Mode == "riot" && !c["riotgear"] || kindIs(e.Actor, "rioters") || c["riotous"] || sibRiot {
		if kindIs(e.Actor, "protesters") || c["crowd"] || ofState(e.Target) || c["stateside"] {
			return ac(Riots, "Violent demonstration")
		}
		return ac(Riots, "Mob violence")
	}
	if c.any("repression", "force") || sibRepress {
		if lethal {
			return ac(Protests, "Excessive force against protesters")
		}
		return ac(Protests, "Protest with intervention")
	}
	return ac(Protests, "Peaceful protest")
}

// territoryType is the ACLED type of an armed actor taking a place: a
// Battle, unless the other side withdrew and no fighting is named (a
// Strategic development).
func territoryType(e *annalist.Event, c cues, sent string) *annalist.ACLED {
	a := e.Actor
	if a == nil {
		// Who took it where the parse found no agent: the first armed
		// party the sentence names outside the place ("the army said it had
		// recaptured the village from the rebels").
		a = firstArmed(sent, e.Target)
	}
	switch {
	case c["withdraw"] && !c["fight"]:
		return ac(Strategic, "Non-violent transfer of territory")
	case kindIs(a, "state_forces", "government", "external_forces"):
		return ac(Battles, "Government regains territory")
	}
	return ac(Battles, "Non-state actor overtakes territory")
}

// firstArmed is the first phrase of the actor dictionaries of an armed or
// state kind in a lower-case sentence, outside the argument skip, as an
// argument with only its kind set; nil if none.
func firstArmed(sent string, skip *annalist.Arg) *annalist.Arg {
	if skip != nil {
		sent = strings.Replace(sent, strings.ToLower(skip.Text), " ", 1)
	}
	d := loadActors()
	ws := argWords(sent)
	for i := range ws {
		for n := min(d.maxWords, len(ws)-i); n >= 1; n-- {
			if ag, ok := d.agents[strings.Join(ws[i:i+n], " ")]; ok && ag.kind != "" {
				x := &annalist.Arg{Kind: ag.kind}
				if armed(x) || x.Kind == "government" {
					return x
				}
			}
		}
	}
	return nil
}

// Inter is ACLED's actor type code of a kind: 1 state forces (and the
// government), 2 rebels, 3 political militias, 4 identity militias, 5
// rioters, 6 protesters, 7 civilians, 8 external or other forces; 0 when
// the kind is unknown.
func Inter(kind string) int {
	switch kind {
	case "state_forces", "government":
		return 1
	case "rebels":
		return 2
	case "political_militia":
		return 3
	case "identity_militia":
		return 4
	case "rioters":
		return 5
	case "protesters":
		return 6
	case "civilians":
		return 7
	case "external_forces", "other":
		return 8
	}
	return 0
}

// Interaction is ACLED's two-digit interaction code: the two actor types,
// the lower first (16: state forces and protesters), or the actor's type
// times ten when it acted alone (60: protesters alone). 0 when the actor's
// type is unknown.
func Interaction(inter1, inter2 int) int {
	switch {
	case inter1 == 0:
		return 0
	case inter2 == 0:
		return inter1 * 10
	}
	return min(inter1, inter2)*10 + max(inter1, inter2)
}

// killingAfter reports a sentence whose clause after a comma tells of
// deaths the act caused ("set fire to houses, killing one man"), not of
// deaths that caused it.
func killingAfter(sent string) bool {
	return strings.Contains(strings.ToLower(sent), ", killing")
}

// objectOf reports an event whose trigger lies in another event's target
// ("called for a boycott of the referendum").
func objectOf(e *annalist.Event, sibs []*annalist.Event) bool {
	for _, o := range sibs {
		if o != e && o.Target != nil && o.Target.Start <= e.Trigger.Start && e.Trigger.End <= o.Target.End {
			return true
		}
	}
	return false
}

// abducted reports a sibling event that takes people away.
func abducted(sibs []*annalist.Event) bool {
	for _, s := range sibs {
		if s.Type == "ASSAULT" && s.Mode == "abduct" {
			return true
		}
	}
	return false
}

// hurtCivilians reports a sibling mention of violence on civilians.
func hurtCivilians(sibs []*annalist.Event) bool {
	for _, s := range sibs {
		if s.Type == "ASSAULT" && kindIs(s.Target, "civilians") {
			return true
		}
	}
	return false
}
