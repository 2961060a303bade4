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
	{"RETREAT", "The government allowed the Red Cross access to the detention camps."},
	{"RETREAT", "Israel completed its pullback from the Gaza Strip on Monday."},
	{"RETREAT", "Moscow ended its occupation of the region after ten years."},
	{"RETREAT", "The army scaled back its military presence in the province."},
	{"RETREAT", "The troops returned to their barracks after the coup attempt failed."},
	{"RETREAT", "Rebel commanders agreed to a ceasefire and ordered their men to return to base."},
	{"RETREAT", "The rebel leader gave up the armed struggle and returned from exile."},
	{"RETREAT", "Iraq reopened the border crossing to allow food shipments to reach the Kurds."},
	{"RETREAT", "The chief of staff was forced to resign after the failed offensive."},
	{"RETREAT", "The president left office at the end of his term."},
	{"RETREAT", "Thousands of soldiers deserted and fled across the border."},
	{"RETREAT", "Iran accepted the deployment of UN monitors on the border."},
	{"SANCTION", "Washington has stopped all military cooperation with the country."},
	{"SANCTION", "The World Bank suspended lending to the government after the coup."},
	{"SANCTION", "Rwanda ordered UN peacekeepers to leave the country."},
	{"SANCTION", "The government expelled foreign aid groups from the region."},
	{"SANCTION", "Sudan has expelled 13 international aid agencies."},
	{"SANCTION", "The rebels pulled out of the peace negotiations in protest at the army offensive."},
	{"SANCTION", "The European Union imposed a trade ban on the country."},
	{"SANCTION", "Consumers across the region boycotted French goods."},
	{"SANCTION", "The country downgraded diplomatic relations with Israel."},
	{"SANCTION", "Iran closed its airspace to the country's airlines."},
	{"AID", "The United States resumed economic aid to the country on Monday."},
	{"AID", "Taiwan offered 10 million dollars in relief to the earthquake victims."},
	{"AID", "Japan will fund the construction of a new power plant in the country."},
	{"AID", "The government airdropped food to villagers cut off by the floods."},
	{"AID", "Soldiers rescued 300 people trapped by the floods."},
	{"AID", "The UN refugee agency set up camps for the refugees fleeing the fighting."},
	{"AID", "The United States trained and armed the rebel forces."},
	{"COERCE", "Hackers attacked government websites in a wave of cyber attacks."},
	{"COERCE", "The militia used civilians as human shields."},
	{"COERCE", "The government nationalized foreign oil companies."},
	{"COERCE", "Police charged the opposition leader with treason and put him in jail."},
	{"COERCE", "Authorities imposed restrictions on the movement of the opposition leader."},
	{"COERCE", "The government declared martial law in the capital."},
	{"COERCE", "Israeli bulldozers destroyed Palestinian olive groves near the village."},
	{"COERCE", "Police detained 200 protesters in the capital."},
	{"FIGHT", "Troops attacked rebel positions in the north."},
	{"FIGHT", "Navy ships fired on rebel boats off the coast."},
	{"FIGHT", "Government forces killed 12 guerrillas in an assault on their camp."},
	{"FIGHT", "The army imposed a naval blockade on the port."},
	{"FIGHT", "Ethiopian troops crossed into Somalia and seized a border town."},
	{"ASSAULT", "Militants attacked a bus carrying pilgrims, killing eight."},
	{"ASSAULT", "A car bomb ripped through a busy street, killing 20 people."},
	{"ASSAULT", "The rebels used villagers as human shields."},
	{"ASSAULT", "Unidentified gunmen tried to assassinate the governor."},
	{"CONCEDE", "The government dropped charges against the opposition leader."},
	{"CONCEDE", "The government agreed to a ceasefire and lifted the curfew."},
	{"CONCEDE", "The president reinstated the dismissed judges."},
	{"CONCEDE", "The authorities lifted restrictions on travel."},
	{"CONCEDE", "The junta handed over the captured soldiers to the Red Cross."},
}
