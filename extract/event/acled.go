package event

import (
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

// SnippetACLED is the ACLED type of a snippet's events taken as one
// report, as ACLED codes a report: the first event that ACLED codes.
func SnippetACLED(es []annalist.Event) *annalist.ACLED {
	for i := range es {
		if es[i].ACLED != nil {
			return es[i].ACLED
		}
	}
	return nil
}

// codeACLED gives each event of the record the ACLED event and sub-event
// type that its PLOVER type and mode, its actors' kinds, the weapons named
// in its sentence and its outcome imply (ACLED.md), and settles the kinds
// that depend on what the actors do: a crowd demonstrating is protesters,
// rioting rioters; armed forces of another country are external forces.
func codeACLED(r *annalist.Record) {
	for i := range r.Events {
		e := &r.Events[i]
		sent := strings.ToLower(spanOf(r.Text, e.Sentence))
		settleKinds(e, r)
		e.ACLED = acledType(e, sent)
	}
}

func spanOf(s string, sp annalist.Span) string {
	if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
		return ""
	}
	return s[sp.Start:sp.End]
}

func settleKinds(e *annalist.Event, r *annalist.Record) {
	a, t := e.Actor, e.Target
	if a != nil && e.Type == "PROTEST" && (a.Kind == "" || a.Kind == "civilians" || a.Kind == "other") {
		a.Kind = "protesters"
		if e.Mode == "riot" {
			a.Kind = "rioters"
		}
	}
	if a != nil && a.Kind == "protesters" && e.Mode == "riot" {
		a.Kind = "rioters"
	}
	// A state named as the actor of armed violence acts through its forces.
	violent := e.Type == "FIGHT" || e.Type == "ASSAULT"
	for _, x := range []*annalist.Arg{a, t} {
		if x != nil && x.Kind == "government" && violent && len(argWords(x.Text)) <= 3 && !strings.Contains(strings.ToLower(x.Text), "government") {
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
		if x.Kind == "state_forces" {
			continue // named as domestic: not external
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

func hasWord(sent string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(sent, w) {
			return true
		}
	}
	return false
}

var (
	airWords      = []string{"airstrike", "air strike", "air raid", "drone", "warplane", "aircraft", "jets ", "helicopter", "bombed from the air", "air force"}
	shellWords    = []string{"shell", "artillery", "mortar", "rocket", "missile", "howitzer", "barrage"}
	suicideWords  = []string{"suicide"}
	grenadeWords  = []string{"grenade"}
	chemicalWords = []string{"chemical", "sarin", "chlorine", "nerve agent", "mustard gas"}
	repressWords  = []string{"tear gas", "teargas", "disperse", "crackdown", "rubber bullet", "water cannon", "baton", "clamp"}
)

func acledType(e *annalist.Event, sent string) *annalist.ACLED {
	ac := func(t, s string) *annalist.ACLED { return &annalist.ACLED{EventType: t, SubEventType: s} }
	a, t := e.Actor, e.Target
	repression := (e.Type == "COERCE" || e.Type == "ASSAULT") && (kindIs(t, "protesters", "rioters") ||
		(a == nil || kindIs(a, "state_forces", "government")) && hasWord(sent, repressWords...) &&
			hasWord(sent, "protest", "demonstrat", "rally", "crowd", "march"))
	switch {
	case repression:
		if e.Fatalities > 0 || e.Type == "ASSAULT" && (e.Mode == "kill" || e.Mode == "firearms") {
			return ac(Protests, "Excessive force against protesters")
		}
		if e.Mode == "arrest" && !kindIs(t, "protesters", "rioters") {
			return ac(Strategic, "Arrests")
		}
		return ac(Protests, "Protest with intervention")
	case e.Type == "PROTEST":
		if a != nil && a.Kind != "protesters" && a.Kind != "rioters" && a.Kind != "" {
			if kindIs(a, "government", "state_forces", "external_forces") {
				return nil // a state protesting complains: no ACLED event
			}
		}
		if e.Mode == "riot" || kindIs(a, "rioters") {
			if kindIs(a, "protesters") || hasWord(sent, "protest", "demonstrat") {
				return ac(Riots, "Violent demonstration")
			}
			return ac(Riots, "Mob violence")
		}
		if hasWord(sent, repressWords...) || hasWord(sent, "police", "security forces") && hasWord(sent, "arrest", "detain", "clash", "fired") {
			if e.Fatalities > 0 {
				return ac(Protests, "Excessive force against protesters")
			}
			return ac(Protests, "Protest with intervention")
		}
		return ac(Protests, "Peaceful protest")
	case e.Type == "COERCE":
		switch e.Mode {
		case "arrest":
			return ac(Strategic, "Arrests")
		case "destroy", "seize":
			if hasWord(sent, "loot") || e.Mode == "destroy" {
				return ac(Strategic, "Looting/property destruction")
			}
		}
		return nil
	case e.Type == "ASSAULT" || e.Type == "FIGHT":
		switch {
		case hasWord(sent, chemicalWords...) && hasWord(sent, "attack", "weapon", "gas"):
			return ac(Explosions, "Chemical weapon")
		case e.Mode == "abduct" || hasWord(sent, "abduct", "kidnap", "hostage"):
			return ac(ViolenceCivilian, "Abduction/forced disappearance")
		case e.Mode == "sexual" || hasWord(sent, "rape", "sexual"):
			return ac(ViolenceCivilian, "Sexual violence")
		case e.Mode == "suicide-attack" || hasWord(sent, suicideWords...):
			return ac(Explosions, "Suicide bomb")
		case hasWord(sent, airWords...) && (e.Mode == "heavy-weapons" || e.Mode == "explosives" || e.Type == "FIGHT"):
			return ac(Explosions, "Air/drone strike")
		case hasWord(sent, grenadeWords...):
			return ac(Explosions, "Grenade")
		case hasWord(sent, shellWords...) && (e.Mode == "heavy-weapons" || e.Type == "FIGHT" || e.Mode == "explosives"):
			return ac(Explosions, "Shelling/artillery/missile attack")
		case e.Mode == "explosives" || hasWord(sent, "bomb", "explosive", "landmine", "land mine", "ied", "blast", "explosion"):
			return ac(Explosions, "Remote explosive/landmine/IED")
		case e.Type == "FIGHT" && (e.Mode == "seize" || hasWord(sent, "captur", "seiz", "took control", "overran", "retook", "recaptur")):
			if kindIs(a, "state_forces", "government") {
				return ac(Battles, "Government regains territory")
			}
			return ac(Battles, "Non-state actor overtakes territory")
		case e.Type == "FIGHT" && e.Mode == "restrict":
			return nil // a blockade
		case e.Type == "FIGHT" || armed(a) && armed(t):
			if kindIs(t, "civilians") {
				return ac(ViolenceCivilian, "Attack")
			}
			return ac(Battles, "Armed clash")
		}
		return ac(ViolenceCivilian, "Attack")
	case e.Type == "AGREE":
		if armed(a) || armed(t) || hasWord(sent, "ceasefire", "cease-fire", "truce", "peace deal", "peace agreement") {
			return ac(Strategic, "Agreement")
		}
	case e.Type == "RETREAT":
		if armed(a) && (e.Mode == "withdraw" || hasWord(sent, "withdr", "pull out", "pulled out", "handed over")) {
			return ac(Strategic, "Non-violent transfer of territory")
		}
	case e.Type == "MOBILIZE":
		if hasWord(sent, "base", "headquarters") && hasWord(sent, "establish", "set up", "build") {
			return ac(Strategic, "Headquarters or base established")
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
