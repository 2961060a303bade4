package event

import (
	"testing"
)

// ACLED-style sentences written for this test (none from an evaluation
// set), one or more per sub-event type the mapping produces.
var acledCases = map[string][2]string{
	"Thousands of protesters marched peacefully through the capital on Saturday.":           {Protests, "Peaceful protest"},
	"Police fired tear gas to disperse hundreds of demonstrators outside parliament.":       {Protests, "Protest with intervention"},
	"Security forces opened fire on protesters, killing 12 people.":                         {Protests, "Excessive force against protesters"},
	"Rioters torched shops and set cars ablaze after the protest turned violent.":           {Riots, "Violent demonstration"},
	"Soldiers clashed with rebels near the border town on Tuesday.":                         {Battles, "Armed clash"},
	"Government troops recaptured the town from the insurgents after two days of fighting.": {Battles, "Government regains territory"},
	"Warplanes bombed rebel positions in the north, killing 20 fighters.":                   {Explosions, "Air/drone strike"},
	"The army shelled the city with artillery overnight.":                                   {Explosions, "Shelling/artillery/missile attack"},
	"A suicide bomber blew himself up at a checkpoint, killing five soldiers.":              {Explosions, "Suicide bomb"},
	"A roadside bomb killed three soldiers on patrol.":                                      {Explosions, "Remote explosive/landmine/IED"},
	"Gunmen killed seven villagers in an attack on their village.":                          {ViolenceCivilian, "Attack"},
	"Militants abducted 30 students from a school in the north.":                            {ViolenceCivilian, "Abduction/forced disappearance"},
	"Police arrested the opposition leader at his home.":                                    {Strategic, "Arrests"},
	"Rebels seized control of the town after government forces withdrew.":                   {Strategic, "Non-violent transfer of territory"},
	"Rebels seized control of the town after heavy fighting with government forces.":        {Battles, "Non-state actor overtakes territory"},
	"Protesters clashed with police and threw stones at the governor's office.":             {Riots, "Violent demonstration"},
	"Police detained dozens of protesters during the rally.":                                {Protests, "Protest with intervention"},
	"The army and the rebels signed a ceasefire agreement on Friday.":                       {Strategic, "Agreement"},
}

func TestACLEDTypes(t *testing.T) {
	for s, want := range acledCases {
		found := false
		var got []string
		for _, e := range reportedEvents(s) {
			if e.ACLED != nil {
				got = append(got, e.Type+"→"+e.ACLED.EventType+"/"+e.ACLED.SubEventType)
				found = found || e.ACLED.EventType == want[0] && e.ACLED.SubEventType == want[1]
			} else {
				got = append(got, e.Type+"→none")
			}
		}
		if !found {
			t.Errorf("%q: got %v, want %s/%s", s, got, want[0], want[1])
		}
	}
	if Interaction(1, 6) != 16 || Interaction(6, 1) != 16 || Interaction(6, 0) != 60 || Interaction(0, 7) != 0 {
		t.Error("interaction codes")
	}
}

// TestSnippetACLED: a report's lead event is in the foreground, and
// property destroyed where people were attacked is coded as the attack.
func TestSnippetACLED(t *testing.T) {
	for s, want := range map[string]string{
		"Fighters raided the village and burnt houses, killing four civilians.": "Attack",
		"Soldiers looted shops in the town after the fighting ended.":           "Looting/property destruction",
		"Militants attacked an army base near the border on Sunday.":            "Armed clash",
	} {
		got := SnippetACLED(s, reportedEvents(s))
		if got == nil || got.SubEventType != want {
			t.Errorf("%q: got %+v, want %s", s, got, want)
		}
	}
}
