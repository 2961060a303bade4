package event

import "testing"

func TestProbe(t *testing.T) {
	fails := 0
	for _, c := range probeCases {
		m := mainEvent(c[1])
		got, trig := "NONE", ""
		if m != nil {
			got, trig = m.Type, m.Trigger.Text
		}
		if got != c[0] {
			fails++
			t.Errorf("%s got %s [%s]: %s", c[0], got, trig, c[1])
		}
	}
	t.Logf("%d/%d wrong", fails, len(probeCases))
}

var probeCases = [][2]string{
	{"SANCTION", "Nigeria has severed diplomatic links with the island nation, the foreign ministry said on Friday."},
	{"SANCTION", "Japan froze its economic aid to the military government after the coup, officials said."},
	{"SANCTION", "The Arab League decided to impose a trade embargo on Israel, diplomats said."},
	{"SANCTION", "India called off the peace talks with Pakistan after a bomb attack in Kashmir."},
	{"SANCTION", "The OAU suspended its mediation efforts in the civil war on Monday."},
	{"SANCTION", "Egypt withdrew its peacekeeping contingent from the UN force in Somalia."},
	{"SANCTION", "The government announced a ban on imports of goods from the neighbouring country."},
	{"SANCTION", "The United States cut off all economic assistance to the country on Thursday."},
	{"SANCTION", "Moscow expelled a British diplomat accused of espionage."},
	{"SANCTION", "The European Community suspended its trade agreement with Yugoslavia."},
	{"SANCTION", "The two countries broke diplomatic relations in 1979."},
	{"SANCTION", "Sweden has withdrawn its ambassador from the capital in protest at the executions."},
	{"RETREAT", "Iraq will allow UN weapons inspectors to return to the country, the foreign minister said."},
	{"RETREAT", "Belgrade has agreed to let international observers monitor the elections."},
	{"RETREAT", "The government permitted relief convoys to enter the besieged city."},
	{"RETREAT", "Serb forces lifted their siege of the town on Sunday, UN officials said."},
	{"RETREAT", "The rebels began demobilizing their forces under the peace accord."},
	{"RETREAT", "Government troops retreated from the northern front after heavy losses."},
	{"RETREAT", "The last Soviet troops left Afghanistan on Wednesday."},
	{"RETREAT", "Thousands of guerrillas have surrendered their weapons to the army."},
	{"RETREAT", "The prime minister announced his resignation after the party lost the election."},
	{"RETREAT", "The military ruler handed power to a civilian government."},
	{"RETREAT", "Israeli forces pulled out of the West Bank town on Thursday, witnesses said."},
	{"RETREAT", "The Ethiopian army has withdrawn from the disputed border area."},
	{"AID", "The United States has given Egypt 2 billion dollars in military aid this year."},
	{"AID", "France supplied fighter jets to the government, a defence official said."},
	{"AID", "The World Food Programme airlifted emergency food supplies to the region."},
	{"AID", "Switzerland has granted 5 million francs to the refugee agency."},
	{"AID", "Saudi Arabia gave asylum to the former president."},
	{"AID", "The IMF approved a new loan for the country on Tuesday."},
	{"AID", "Doctors without Borders treated hundreds of wounded civilians in the city."},
	{"AID", "Cuba sent doctors and teachers to help the country."},
	{"AID", "The United Nations began distributing food aid in the north on Monday."},
	{"AID", "Germany will contribute 50 million marks to the reconstruction of the city."},
	{"CONCEDE", "The government lifted a ban on political parties, state radio said."},
	{"CONCEDE", "The army freed 15 soldiers it had captured in the fighting."},
	{"CONCEDE", "Israel returned the bodies of two guerrillas to Lebanon."},
	{"CONCEDE", "The government eased press censorship on Monday."},
	{"CONCEDE", "The European Union lifted economic sanctions against South Africa."},
	{"CONCEDE", "The military government agreed to the opposition's demand to hold elections in a year."},
	{"CONCEDE", "Authorities released the opposition leader from house arrest on Friday."},
	{"CONCEDE", "The regime allowed opposition parties to register."},
	{"CONCEDE", "Hostage-takers freed four of the passengers on Tuesday."},
	{"CONCEDE", "The government repealed the emergency laws after 20 years."},
	{"COERCE", "Police arrested 12 people in connection with the bombing."},
	{"COERCE", "Soldiers detained the former prime minister at his home."},
	{"COERCE", "The government imposed a state of emergency after the riots."},
	{"COERCE", "The authorities confiscated the passports of the opposition leaders."},
	{"COERCE", "Security forces sealed off the area and searched homes."},
	{"COERCE", "The government has censored the foreign press coverage of the war."},
	{"COERCE", "Police used water cannon to disperse protesters in the capital."},
	{"COERCE", "Troops rounded up hundreds of men in the village, residents said."},
	{"COERCE", "The military junta suspended the constitution and dissolved parliament."},
	{"COERCE", "Israeli troops blew up the houses of two suspected militants."},
	{"COERCE", "The court sentenced the journalist to three years in jail for insulting the king."},
	{"COERCE", "The authorities deported 50 foreign workers."},
	{"ASSAULT", "Gunmen shot and killed a police officer in the city on Monday."},
	{"ASSAULT", "A bomb exploded outside the embassy, wounding three people."},
	{"ASSAULT", "Guerrillas kidnapped the mayor of the town."},
	{"ASSAULT", "Police beat protesters with batons, witnesses said."},
	{"FIGHT", "Troops and rebels fought for control of the city."},
	{"FIGHT", "Government forces killed 20 rebels in clashes in the north."},
	{"FIGHT", "Iraqi forces occupied the Kuwaiti island on Monday."},
	{"FIGHT", "Indian and Pakistani troops exchanged fire across the line of control."},
	{"FIGHT", "The army attacked rebel positions with artillery and helicopters."},
	{"FIGHT", "Fighter jets bombed the town, killing 30 civilians."},
	{"MOBILIZE", "The government has put its armed forces on full alert."},
	{"MOBILIZE", "NATO deployed additional warships to the region."},
	{"INVESTIGATE", "The UN has launched an investigation into the massacre."},
	{"SUPPORT", "The foreign minister expressed support for the ceasefire."},
}
