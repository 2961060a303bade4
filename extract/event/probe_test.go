package event

import "testing"

func TestProbe6(t *testing.T) {
	for _, c := range [][2]string{
		{"AID", "French troops guarded the airport while aid flights landed."},
		{"AID", "UN peacekeepers protected the convoy on its way to the city."},
		{"NONE", "The new law protects the rights of minorities."},
		{"AID", "Sweden took in thousands of refugees from the war."},
		{"AID", "Russia sold advanced weapons to the government."},
		{"SANCTION", "The airline cancelled all flights to the country after the coup."},
		{"SANCTION", "Italy suspended air links with the country."},
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
