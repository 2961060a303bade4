package event

import "testing"

// Sentences written for these tests (issue 12, branch gangs12), none of
// them in a snippet file: organised armed groups beside ordinary crime.

// wantACLED fails t unless s's ACLED sub-event type is want ("none": no
// ACLED event).
func wantACLED(t *testing.T, s, want string) {
	t.Helper()
	got := "none"
	if a := SnippetACLED(s, reportedEvents(s)); a != nil {
		got = a.SubEventType
	}
	if got != want {
		t.Errorf("%q: ACLED %s, want %s", s, got, want)
	}
}

// TestOrganisedArmedGroups: gangs, cartels and bandits are armed groups
// whose violence is political (kinds.txt), unless a crime for gain names
// the group (criminalGroup).
func TestOrganisedArmedGroups(t *testing.T) {
	wantACLED(t, "Gang members shot dead four fishermen on the beach at Luly, residents said.", "Attack")
	wantACLED(t, "Rival cartels fought each other near the town of Frontera Comalapa for two days.", "Armed clash")
	wantACLED(t, "Gangs kidnapped a doctor and two nurses in the Petion-Ville area.", "Abduction/forced disappearance")
	wantACLED(t, "A gang of car thieves shot a mechanic who refused to hand over his keys in Durban.", "none")
	for s, want := range map[string]bool{
		"a kidnapping gang":                   true,
		"a gang of armed burglars":            true,
		"a gang that robbed three banks":      true,
		"a car-theft ring":                    true,
		"the 5 Segonn gang":                   false,
		"a gang linked to the former senator": false,
		"drug cartels":                        false,
	} {
		if got := criminalGroup(s); got != want {
			t.Errorf("criminalGroup(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestPolicingForGain: the police's arrests of people named by a crime
// for gain that the [crime] context words do not list are police work.
func TestPolicingForGain(t *testing.T) {
	noContentious(t, "Police in Ibadan arrested three suspected kidnappers on Monday.")
	wantType(t, "Police in Ibadan arrested three opposition activists over a protest.", "COERCE")
}

// TestSeizedGoods: drugs seized by troops are no territory taken; a
// village seized is.
func TestSeizedGoods(t *testing.T) {
	wantACLED(t, "Soldiers seized two tonnes of cannabis at a farm in Kaduna.", "none")
	wantACLED(t, "Soldiers seized the village of Ngala from the insurgents.", "Government regains territory")
}

// TestAircraftTarget: an aircraft fired on is no strike from the air; a
// drone that strikes is.
func TestAircraftTarget(t *testing.T) {
	wantACLED(t, "Gunmen fired on a medical helicopter over the valley, wounding the pilot.", "Attack")
	wantACLED(t, "A drone struck a wedding party in the valley, killing nine.", "Air/drone strike")
}

// TestLethalArsonAndStorming: arson that kills people and armed men
// storming an unguarded place where people die are attacks; arson alone
// is property destruction.
func TestLethalArsonAndStorming(t *testing.T) {
	wantACLED(t, "Gang members set fire to a minibus carrying market women in Croix-des-Missions, killing four of them.", "Attack")
	wantACLED(t, "Bandits set fire to 40 houses in a village near Gusau.", "Looting/property destruction")
	wantACLED(t, "Cartel gunmen stormed a rehabilitation centre in Irapuato and killed seven patients.", "Attack")
}

// TestPolicingContraband: drugs seized by any of the state's forces and
// a criminal group held, whoever holds it, are police work; an opposition
// leader held by soldiers is not.
func TestPolicingContraband(t *testing.T) {
	noContentious(t, "Soldiers seized 300 kilograms of heroin from a lorry near the border town of Torkham.")
	noContentious(t, "A car-theft ring operating in Soweto was arrested on Tuesday.")
	wantType(t, "Soldiers seized an opposition leader from his home near Torkham.", "COERCE")
}

// TestDroppedExplosives: explosives dropped (from drones, as cartels and
// rebels do) are a strike from the air, as bombs dropped are.
func TestDroppedExplosives(t *testing.T) {
	wantACLED(t, "Rebel drones dropped explosives on a market in Goma, wounding six traders.", "Air/drone strike")
}
