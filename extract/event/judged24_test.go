package event

import (
	"testing"

	"github.com/annalist/annalist/syntax"
)

// Readings prompted by the false alarms judged on the Wikinews stories of
// UD English GUM (eval/testdata/judged-wikinews.tsv); every sentence here
// was written for this test.

// TestOutvoted: a defeat or a beating in a sentence that names a ballot,
// with no armed word and no one hurt, is a loss at the polls; the same
// words of troops or with people hurt stay violence.
func TestOutvoted(t *testing.T) {
	noneOf(t, []string{"ASSAULT", "FIGHT"},
		"The sitting mayor was defeated in the northern district, with a newcomer beating him by about 3,000 votes.",
		"Two veteran senators were ousted in Sunday's runoff, and a former judge defeated the party leader in the capital's constituency.",
		"The governor easily beat her rival in the election, winning 61 percent of the ballots cast.",
	)
	someOf(t, map[string]string{
		"Government troops defeated the rebels near the border on the eve of the election.":        "FIGHT",
		"Militiamen beat two voters to death outside a polling station in the north, police said.": "ASSAULT",
	})
}

// TestThingYields: a thing that releases or allows, yielding to no party,
// yields nothing; a party that frees or lets someone in does.
func TestThingYields(t *testing.T) {
	noneOf(t, []string{"RETREAT", "CONCEDE"},
		"Mercury released from the old mine has poisoned the river for decades.",
		"The reforms went as far as the old constitution allows.",
		"Radiation released by the damaged reactor spread over the valley.",
	)
	someOf(t, map[string]string{
		"The rebels released 12 hostages on Monday.":                    "RETREAT",
		"Kidnappers freed three of the aid workers on Sunday.":          "RETREAT",
		"Hostage-takers set free two of the pilgrims overnight.":        "RETREAT",
		"The junta allowed United Nations observers into the province.": "RETREAT",
	})
}

// TestDisasterToll: under a headline of a disaster or an accident, the
// dead and wounded its sentences count with no cause named are its toll;
// under a headline of fighting, or with an armed party, they stay.
func TestDisasterToll(t *testing.T) {
	for _, c := range []struct{ title, body string }{
		{"Dozens dead in factory collapse", "Officials said all those who were wounded have been taken to hospital. Nine more were killed on Sunday when a second wall fell."},
		{"Ferry capsizes off the coast", "At least 40 people were killed, the coast guard said."},
	} {
		for _, e := range titledReported(c.title, c.body, syntax.Lazy) {
			if e.Type == "ASSAULT" || e.Type == "FIGHT" {
				t.Errorf("%q: got %s %q", c.body, e.Type, e.Trigger.Text)
			}
		}
	}
	for _, c := range []struct{ title, body string }{
		{"Rebels attack town after flood", "At least 40 people were killed, the army said."},
		{"Dozens dead in factory collapse", "Gunmen killed two rescue workers at the site on Sunday."},
	} {
		if !hasType(titledReported(c.title, c.body, syntax.Lazy), "ASSAULT") && !hasType(titledReported(c.title, c.body, syntax.Lazy), "FIGHT") {
			t.Errorf("%q under %q: no ASSAULT or FIGHT in %v", c.body, c.title, typesOf(titledReported(c.title, c.body, syntax.Lazy)))
		}
	}
}

// TestNobodysStudy: an inquiry by no one into mere things, in a sentence
// that names no political agent, is research; an inquiry into someone, or
// with the police named, stays.
func TestNobodysStudy(t *testing.T) {
	noneOf(t, []string{"INVESTIGATE"},
		"Researchers found that wheat yields fell sharply in all the regions examined.",
		"Rainfall fell by a third in most of the valleys surveyed, the study found.",
	)
	someOf(t, map[string]string{
		"The anti-corruption agency investigated the provincial governor.":         "INVESTIGATE",
		"The documents seized in the raid were examined by the anti-graft agency.": "INVESTIGATE",
	})
}
