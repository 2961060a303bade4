package event

import "testing"

func TestProbe(t *testing.T) {
	for _, c := range [][2]string{
		{"DISAPPROVE", "The Vatican expressed regret over the decision to execute the prisoners."},
		{"DISAPPROVE", "China lodged a strong protest with Japan over the visit."},
		{"DISAPPROVE", "The newspaper attacked the government's economic policy in an editorial."},
		{"DISAPPROVE", "The opposition party questioned the legality of the elections."},
		{"DISAPPROVE", "Amnesty International charged that the army had tortured prisoners."},
		{"DISAPPROVE", "The United States expressed concern over the arrest of the journalist."},
		{"DISAPPROVE", "A federal court ruled against the government in the land dispute."},
		{"DISAPPROVE", "Moscow voiced strong opposition to the enlargement of NATO."},
		{"DISAPPROVE", "The foreign ministry summoned the ambassador over the remarks."},
		{"DISAPPROVE", "The UN Security Council deplored the violence in the region."},
		{"DISAPPROVE", "Germany expressed disappointment at the outcome of the talks."},
		{"DISAPPROVE", "The minister described the report as a pack of lies."},
		{"SUPPORT", "The United States hailed the agreement as a breakthrough."},
		{"SUPPORT", "The leaders expressed their gratitude to Japan for its help."},
		{"SUPPORT", "Pakistan reaffirmed its support for the Kashmiri people."},
		{"SUPPORT", "Britain and Argentina re-established diplomatic relations in 1990."},
		{"SUPPORT", "The president paid tribute to the peacekeepers."},
		{"SUPPORT", "The opposition endorsed the government's candidate for the post."},
		{"SUPPORT", "Arafat sent a message of condolence to the family."},
		{"SUPPORT", "The minister vouched for the integrity of the election."},
		{"CONSULT", "The foreign minister arrived in Cairo for talks with Egyptian leaders."},
		{"CONSULT", "The president received the visiting foreign minister on Monday."},
		{"CONSULT", "The two leaders spoke by telephone about the crisis."},
		{"CONSULT", "The envoy will travel to Damascus next week."},
		{"CONSULT", "Rebel and government negotiators met in Geneva."},
		{"THREATEN", "The rebels threatened to resume fighting if the army did not withdraw."},
		{"THREATEN", "Washington warned Damascus of serious consequences."},
		{"THREATEN", "The army said it would use force against the protesters."},
		{"THREATEN", "Iraq issued an ultimatum to Kuwait."},
		{"AGREE", "The government offered to hold talks with the rebels."},
		{"AGREE", "The two sides signed a ceasefire agreement."},
		{"AGREE", "The rebels agreed to release the hostages."},
		{"AGREE", "Israel said it was ready to resume negotiations."},
		{"DEMAND", "The UN Security Council demanded an immediate ceasefire."},
		{"DEMAND", "The union asked the government to raise wages."},
		{"REJECT", "The government rejected the rebels' demand for autonomy."},
		{"REJECT", "Israel refused to allow the inspectors into the country."},
		{"REJECT", "The minister denied that troops had fired on civilians."},
		{"ASSAULT", "Israeli soldiers shot dead a Palestinian youth in Gaza."},
		{"ASSAULT", "A bomb exploded in a crowded bus, killing 12."},
		{"ASSAULT", "Gunmen ambushed a car carrying the mayor, killing him."},
		{"FIGHT", "Fierce fighting raged in the city on Monday."},
		{"FIGHT", "Rebels overran an army base near the border."},
		{"COERCE", "The police used force to evict squatters from the building."},
		{"COERCE", "The government took over the opposition newspaper."},
		{"COERCE", "The army detained hundreds of suspected rebel sympathizers."},
		{"COERCE", "The regime expelled the correspondent of a British newspaper."},
		{"PROTEST", "Hundreds of students boycotted classes to protest the arrests."},
	} {
		m := mainEvent(c[1])
		got, trig := "NONE", ""
		if m != nil {
			got, trig = m.Type, m.Trigger.Text
		}
		if got != c[0] {
			t.Errorf("%s got %s [%s]: %s", c[0], got, trig, c[1])
		}
	}
}

func TestProbe2(t *testing.T) {
	for _, c := range [][2]string{
		{"COERCE", "The president ordered the arrest of the opposition leader."},
		{"RETREAT", "The government ordered the withdrawal of its troops from the border."},
		{"CONCEDE", "The court ordered the release of the journalists."},
		{"DEMAND", "The judge ordered the former minister to appear in court."},
	} {
		m := mainEvent(c[1])
		got, trig := "NONE", ""
		if m != nil {
			got, trig = m.Type, m.Trigger.Text
		}
		if got != c[0] {
			t.Errorf("%s got %s [%s]: %s", c[0], got, trig, c[1])
		}
	}
}

func TestProbe3(t *testing.T) {
	for _, c := range [][2]string{
		{"FIGHT", "Rebels backed by the neighbouring army captured the town."},
		{"COERCE", "The houses shelled by the rebels were demolished by the army."},
		{"SANCTION", "The Soviet Union boycotted the Olympic Games."},
		{"FIGHT", "The navy imposed a blockade on the rebel port."},
		{"REJECT", "China blocked the resolution in the Security Council."},
		{"SANCTION", "Officials said the government had stopped oil shipments to the country."},
		{"SANCTION", "The country refused entry to the UN envoy."},
		{"PROTEST", "Students occupied the university building for three days."},
		{"FIGHT", "Government forces committed genocide against the minority."},
		{"AID", "The United States sent troops to protect the refugee camps."},
		{"AID", "Britain trained the new army of the country."},
		{"CONCEDE", "The regime bowed to the demands of the strikers."},
		{"RETREAT", "The rebels declared a unilateral ceasefire on Sunday."},
		{"DISAPPROVE", "The newspaper urged Arabs to unite against the occupation."},
		{"PROTEST", "Workers protested in the capital as police watched."},
	} {
		m := mainEvent(c[1])
		got, trig := "NONE", ""
		if m != nil {
			got, trig = m.Type, m.Trigger.Text
		}
		if got != c[0] {
			t.Errorf("%s got %s [%s]: %s", c[0], got, trig, c[1])
		}
	}
}

func TestProbe4(t *testing.T) {
	for _, c := range [][2]string{
		{"PROTEST", "Protesters clashed with police in the capital on Sunday."},
		{"PROTEST", "Clashes between students and police left 20 injured."},
		{"PROTEST", "Rioters set fire to cars and shops in the city centre."},
		{"PROTEST", "Demonstrators attacked a police station in the north."},
		{"FIGHT", "Troops clashed with rebels near the border."},
		{"COERCE", "Settlers set fire to a mosque in the village."},
	} {
		m := mainEvent(c[1])
		got, trig := "NONE", ""
		if m != nil {
			got, trig = m.Type, m.Trigger.Text
		}
		if got != c[0] {
			t.Errorf("%s got %s [%s]: %s", c[0], got, trig, c[1])
		}
	}
}
