package event

import "testing"

// TestWideCategories is a wide table of self-written sentences, several per
// CAMEO sub-class of each PLOVER category, in varied wording: inflections,
// nominalisations ("the withdrawal of"), phrasal verbs ("pulled out") and a
// main clause with subordinate mentions of other events. None comes from an
// evaluation file.
func TestWideCategories(t *testing.T) {
	fails := 0
	for _, c := range wideCases {
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
	t.Logf("%d/%d wrong", fails, len(wideCases))
}

var wideCases = [][2]string{
	// SANCTION: reduce or break relations, cut aid, embargo, boycott, sanctions, halt talks or mediation, expel.
	{"SANCTION", "The government cut off diplomatic relations with its neighbour after the border incident."},
	{"SANCTION", "Ankara downgraded its relations with Tel Aviv to the level of second secretary."},
	{"SANCTION", "The foreign ministry recalled its envoy for consultations in protest at the remarks."},
	{"SANCTION", "Washington is cutting military assistance to the army by half."},
	{"SANCTION", "The donors suspended humanitarian aid to the region after the looting of warehouses."},
	{"SANCTION", "The Security Council slapped an arms embargo on the warring parties."},
	{"SANCTION", "Arab states imposed an economic boycott on the country."},
	{"SANCTION", "The rebels walked out of the peace talks on Thursday."},
	{"SANCTION", "The government halted negotiations with the separatists after the bombing."},
	{"SANCTION", "Norway halted its mediation between the two sides."},
	{"SANCTION", "The country kicked out two diplomats."},
	{"SANCTION", "The UN pulled its peacekeepers out of the disputed zone."},
	{"SANCTION", "The government ordered all foreign aid agencies out of the province."},
	{"SANCTION", "The European Union tightened sanctions against the regime."},
	{"SANCTION", "The expulsion of the ambassador was announced on Monday."},
	{"SANCTION", "Britain froze the bank accounts of the ousted leader."},
	{"SANCTION", "The United States blacklisted five companies over their links to the military."},
	{"SANCTION", "The bank cancelled a loan to the government over human rights concerns."},
	{"SANCTION", "Parliament voted to suspend trade relations with the country."},
	{"SANCTION", "The country closed its embassy in the capital and withdrew its diplomats."},
	// RETREAT: withdraw, pull out, retreat, surrender, resign, disarm, demobilise, lift a blockade, admit observers.
	{"RETREAT", "The army pulled its troops out of the southern province."},
	{"RETREAT", "Rebel units retreated into the mountains after the government offensive."},
	{"RETREAT", "The defence minister stepped down on Tuesday."},
	{"RETREAT", "The governor quit his post amid mounting criticism."},
	{"RETREAT", "The withdrawal of foreign troops from the country began on Monday."},
	{"RETREAT", "About 2,000 guerrillas laid down their weapons under the peace deal."},
	{"RETREAT", "The militia has disarmed and demobilised its fighters."},
	{"RETREAT", "Government forces lifted the siege of the rebel-held town."},
	{"RETREAT", "The navy ended its blockade of the port."},
	{"RETREAT", "The government allowed international monitors into the region."},
	{"RETREAT", "The regime accepted a team of observers from the United Nations."},
	{"RETREAT", "Hundreds of fighters handed themselves in to the authorities."},
	{"RETREAT", "The mayor tendered his resignation to the council."},
	{"RETREAT", "Occupying forces evacuated their positions along the river."},
	{"RETREAT", "The rebels withdrew from the occupied villages on Sunday."},
	{"RETREAT", "The army is withdrawing heavy weapons from the front line."},
	// AID: economic, military, humanitarian aid, asylum, rescue.
	{"AID", "Japan extended a 300 million dollar loan to Indonesia."},
	{"AID", "The United States shipped weapons and ammunition to the rebels."},
	{"AID", "The European Union gave 20 million euros in humanitarian aid to the flood victims."},
	{"AID", "Relief agencies distributed food to thousands of displaced people."},
	{"AID", "The World Bank disbursed the first tranche of a reconstruction loan."},
	{"AID", "Britain sent military advisers and equipment to help the army."},
	{"AID", "Humanitarian assistance reached the besieged city on Friday."},
	{"AID", "Germany donated medical supplies to hospitals in the region."},
	{"AID", "The Red Cross airlifted food and medicine to the stranded villagers."},
	{"AID", "Canada gave refuge to 500 refugees from the war zone."},
	{"AID", "Rescue teams pulled survivors from the rubble after the earthquake."},
	{"AID", "The embassy gave shelter to the opposition leader."},
	{"AID", "Washington is providing intelligence and logistical support to the coalition."},
	{"AID", "The UN agency began food deliveries to the famine-hit north."},
	// CONCEDE: ease restrictions, lift bans, release, return property, ease sanctions, accede to demands.
	{"CONCEDE", "The authorities lifted the ban on opposition parties."},
	{"CONCEDE", "The government relaxed restrictions on foreign media."},
	{"CONCEDE", "Police freed 30 demonstrators detained during Sunday's protest."},
	{"CONCEDE", "The guerrillas released the kidnapped engineers."},
	{"CONCEDE", "The government returned the confiscated land to the farmers."},
	{"CONCEDE", "The United States eased sanctions on the country."},
	{"CONCEDE", "Washington lifted its trade embargo against Vietnam."},
	{"CONCEDE", "The president bowed to opposition demands and dissolved the cabinet."},
	{"CONCEDE", "The government yielded to pressure and postponed the tax increase."},
	{"CONCEDE", "The regime ended the curfew in the capital."},
	{"CONCEDE", "The junta restored press freedom and allowed exiled politicians to return."},
	{"CONCEDE", "The president granted an amnesty to political prisoners."},
	{"CONCEDE", "The release of the hostages was announced by the interior ministry."},
	{"CONCEDE", "The state of emergency was lifted after three months."},
	{"CONCEDE", "Authorities have unblocked access to social media sites."},
	{"CONCEDE", "The company gave in to the workers and raised wages."},
	{"CONCEDE", "The government gave in to the protesters' demand for a new electoral law."},
	{"CONCEDE", "The army handed back the seized farms to their owners."},
	// COERCE: arrest, detain, deport, confiscate, raid, curfew, censor, seize, ban, state of emergency.
	{"COERCE", "Police rounded up dozens of suspected militants."},
	{"COERCE", "Security forces took several opposition activists into custody."},
	{"COERCE", "The authorities expelled thousands of illegal immigrants."},
	{"COERCE", "Customs officers seized a shipment of weapons at the port."},
	{"COERCE", "The military imposed a dusk-to-dawn curfew on the city."},
	{"COERCE", "The government blocked access to several news websites."},
	{"COERCE", "The regime censored reports of the unrest."},
	{"COERCE", "Troops raided the homes of suspected rebel sympathisers."},
	{"COERCE", "The president imposed martial law across the country."},
	{"COERCE", "The arrest of the opposition leader sparked outrage."},
	{"COERCE", "Authorities closed three independent radio stations."},
	{"COERCE", "Police broke up a rally of opposition supporters."},
	{"COERCE", "The government placed restrictions on the movement of journalists."},
	{"COERCE", "Soldiers razed dozens of homes in the village."},
	{"COERCE", "The authorities have detained a prominent human rights lawyer."},
	{"COERCE", "Israel demolished the family home of the suspect."},
	{"COERCE", "The army imposed a state of emergency in the eastern provinces."},
	{"COERCE", "Officials expropriated land belonging to the minority."},
	{"COERCE", "Police arrested more than 100 people following the riots."},
	// FIGHT and ASSAULT.
	{"FIGHT", "Government forces bombed rebel strongholds with fighter jets."},
	{"FIGHT", "Troops battled insurgents for control of the town."},
	{"FIGHT", "The army invaded the neighbouring country on Sunday."},
	{"FIGHT", "Artillery shelled the outskirts of the capital overnight."},
	{"FIGHT", "The two sides exchanged artillery fire across the border."},
	{"FIGHT", "Warplanes carried out air strikes on militant positions."},
	{"FIGHT", "Government forces attacked rebel positions with tanks and artillery."},
	{"ASSAULT", "Gunmen killed four police officers at a checkpoint."},
	{"ASSAULT", "A suicide bomber blew himself up outside the mosque."},
	{"ASSAULT", "Militants kidnapped two foreign engineers."},
	{"ASSAULT", "Unknown assailants shot dead a local journalist."},
	{"ASSAULT", "A bomb exploded in a crowded market, killing 15 people."},
	{"ASSAULT", "Settlers attacked Palestinian farmers with stones and clubs."},
	// Other categories.
	{"DISAPPROVE", "The minister criticised the United Nations for its slow response."},
	{"DISAPPROVE", "The opposition accused the government of rigging the election."},
	{"DISAPPROVE", "A court convicted the former minister of corruption."},
	{"SUPPORT", "The United States praised the peace agreement."},
	{"SUPPORT", "Russia voiced support for the Serbian position."},
	{"INVESTIGATE", "Police launched an inquiry into the death of the activist."},
	{"INVESTIGATE", "UN experts inspected the suspected weapons site."},
	{"MOBILIZE", "The army put its troops on high alert along the border."},
	{"MOBILIZE", "The government called up 10,000 reservists."},
	{"MOBILIZE", "Thousands of troops were deployed to the capital."},
	{"DEMAND", "The opposition demanded the release of political prisoners."},
	{"THREATEN", "The president threatened to impose sanctions on the country."},
	{"REJECT", "The rebels refused to lay down their arms."},
	{"AGREE", "The two sides agreed to withdraw their forces from the border."},
	{"PROTEST", "Thousands of students demonstrated against the arrest of the opposition leader."},
	{"CONSULT", "The foreign ministers met to discuss the sanctions."},
	{"COOPERATE", "The two countries extradited the suspects to each other."},
}
