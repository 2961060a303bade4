package event

import "testing"

func TestQuirk(t *testing.T) {
	for _, c := range [][2]string{
		{"SANCTION", "The U.S. on Tuesday suspended ``all non-humanitarian aid'' to the country, a State Department spokesman said."},
		{"SANCTION", "On Tuesday, the U.N. Security Council imposed an oil embargo on Haiti."},
		{"RETREAT", "Lt. Col. John Smith, the commander, resigned Tuesday."},
		{"SANCTION", "The EC Tuesday decided to suspend its trade and cooperation agreement with Yugoslavia."},
		{"AID", "The U.S. government has approved $5 million in emergency aid for the flood victims, officials said."},
		{"COERCE", "Chinese police detained U.S. citizen John Doe on Monday."},
		{"SANCTION", "Kuwait expelled Iraq's charge d'affaires and four other diplomats."},
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
