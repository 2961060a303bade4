package event

import (
	"strings"
	"testing"
)

// Readings that the whole-page set (eval/testdata/pages12) showed missing,
// each tested on sentences written for this test, not the pages'.

// TestPersonModifier: a trigger noun that only names a person's office or
// work ("finance minister", "aid worker") is no event; a group's stays one.
func TestPersonModifier(t *testing.T) {
	for _, s := range []string{
		"Former bank governor Ama Mensah becomes finance minister.",
		"The new defence minister arrived in Accra on Friday.",
		"Two aid workers spoke to reporters at the airport.",
	} {
		for _, e := range parsedEvents(s) {
			if e.Type == "AID" || e.Type == "FIGHT" {
				t.Errorf("%q: %s event %q", s, e.Type, e.Trigger.Text)
			}
		}
	}
	found := false
	for _, e := range parsedEvents("Rescue teams pulled survivors from the rubble of the collapsed school.") {
		found = found || e.Type == "AID"
	}
	if !found {
		t.Error("a rescue team's work is still aid")
	}
}

// TestTakeNeedsSomethingSeized: an oath or an office taken is no seizure;
// a town taken is (CAMEO 192).
func TestTakeNeedsSomethingSeized(t *testing.T) {
	for _, s := range []string{
		"The governors took their oaths of office before the chief judge.",
		"She took office in January after a narrow win.",
		"The ministers took their seats in the chamber.",
	} {
		for _, e := range parsedEvents(s) {
			t.Errorf("%q: %s event %q", s, e.Type, e.Trigger.Text)
		}
	}
	for _, s := range []string{"Insurgents took the village of Tessit on Sunday.", "Separatist fighters took the airport on Sunday."} {
		ok := false
		for _, e := range parsedEvents(s) {
			ok = ok || e.Type == "FIGHT"
		}
		if !ok {
			t.Errorf("%q: no FIGHT in %+v", s, parsedEvents(s))
		}
	}
}

// TestRainIsWeather: deaths after rain are a disaster's, no fight.
func TestRainIsWeather(t *testing.T) {
	for _, s := range []string{
		"Torrential rains have killed 23 people across the south since Monday.",
	} {
		if es := parsedEvents(s); len(es) > 0 {
			t.Errorf("%q: %s event %q", s, es[0].Type, es[0].Trigger.Text)
		}
	}
	wantType(t, "Gunmen killed four soldiers in heavy rain near the border post.", "ASSAULT")
}

// TestDayIsNoActor: "Friday's rally" says when, not who rallies.
func TestDayIsNoActor(t *testing.T) {
	for _, s := range []string{
		"Organisers expect thousands at Friday's rally in the capital.",
		"The union said Monday's strike would go ahead.",
	} {
		for _, e := range parsedEvents(s) {
			if a := strings.ToLower(argText(e.Actor)); a == "friday" || a == "monday" {
				t.Errorf("%q: %s actor %q", s, e.Type, a)
			}
		}
	}
}

// TestHurtAreNoAgents: those who were hurt or wounded suffered it, whether
// the parse reads a passive or an adjective after "be".
func TestHurtAreNoAgents(t *testing.T) {
	for _, s := range []string{
		"Three soldiers were wounded.",
		"Officials said that twelve police officers had been hurt.",
	} {
		for _, e := range parsedEvents(s) {
			if a := argText(e.Actor); a != "" && (strings.Contains(a, "soldiers") || strings.Contains(a, "officers")) {
				t.Errorf("%q: %s actor %q", s, e.Type, a)
			}
		}
	}
}

// TestAfterAccident: a story of a crash or a flood has police inquiries
// and appeals for witnesses, which report no political event; a party's
// demand for an inquiry does. A town without its country named places the
// events that name no place.
func TestAfterAccident(t *testing.T) {
	text := "A lorry crashed into a level crossing barrier near Ely on Monday, killing its driver.\n\n" +
		"Officers are appealing for witnesses to come forward. Police have opened an investigation into the collision.\n\n" +
		"The local MP demanded a public inquiry into safety at the crossing."
	var types []string
	for _, e := range eventsAsReported(text, nil) {
		types = append(types, e.Type+":"+argText(e.Actor))
	}
	if len(types) != 1 || !strings.HasPrefix(types[0], "DEMAND") {
		t.Errorf("events %v, want only the MP's demand", types)
	}
}

// TestRiotPoliceNoRiot: "riot police" and "riot gear" name the forces
// sent against a riot, not one; rioters still riot.
func TestRiotPoliceNoRiot(t *testing.T) {
	for _, s := range []string{
		"Riot police guarded the ministry overnight.",
		"Officers in riot gear stood outside the stadium on Saturday.",
	} {
		for _, e := range parsedEvents(s) {
			if e.Type == "PROTEST" {
				t.Errorf("%q: PROTEST %q", s, e.Trigger.Text)
			}
		}
	}
	wantType(t, "Rioters set fire to cars in the city centre.", "PROTEST")
}

// TestSourceByTelephone: a source who said something by telephone spoke
// to the reporter; leaders who spoke by telephone consulted. Weapons that
// back troops tell how they fought, and give no support.
func TestSourceByTelephone(t *testing.T) {
	for _, s := range []string{
		"The strike lasted all night, a local official said by telephone.",
		"A farmer told Reuters by phone that the river was still rising.",
		"Soldiers backed by helicopters fought the militants near the dam, a witness said.",
	} {
		for _, e := range parsedEvents(s) {
			if e.Type == "CONSULT" || e.Type == "SUPPORT" {
				t.Errorf("%q: %s %q", s, e.Type, e.Trigger.Text)
			}
		}
	}
	wantType(t, "The two presidents spoke by telephone on Monday.", "CONSULT")
}

// TestProtestPurpose: a march "to demand" something is one event, the
// protest; a demand that no protest serves stays a demand.
func TestProtestPurpose(t *testing.T) {
	for _, s := range []string{
		"Hundreds of nurses marched to the health ministry to demand back pay.",
		"Farmers blocked the motorway near Lille to demand lower fuel taxes.",
	} {
		for _, e := range parsedEvents(s) {
			if e.Type == "DEMAND" {
				t.Errorf("%q: DEMAND %q", s, e.Trigger.Text)
			}
		}
		wantType(t, s, "PROTEST")
	}
	wantType(t, "The nurses' union wrote to the minister to demand back pay.", "DEMAND")
}

// TestJudgedActNotTheirs: who condemns, demands or welcomes an act did not
// do it ("the party condemned the arrest"); who launches one does.
func TestJudgedActNotTheirs(t *testing.T) {
	for _, s := range []string{
		"The party condemned the arrest as politically motivated.",
		"Rights groups denounced the killing of the journalist.",
	} {
		for _, e := range parsedEvents(s) {
			if (e.Type == "COERCE" || e.Type == "ASSAULT") && e.Actor != nil {
				t.Errorf("%q: %s %q by %q", s, e.Type, e.Trigger.Text, e.Actor.Text)
			}
		}
	}
	for _, e := range parsedEvents("The army launched an offensive against the rebels.") {
		if e.Type == "FIGHT" && argText(e.Actor) != "army" {
			t.Errorf("offensive by %q, want the army", argText(e.Actor))
		}
	}
}
