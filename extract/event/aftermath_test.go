package event

import (
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/syntax"
	"github.com/annalist/annalist/text"
)

// Sentences written for these tests (issue 12, branch fa18): what a court
// judges, what figures count, what time is counted from, causes that act,
// industrial blasts and robbers' violence, beside the events the same
// readings must keep.

// TestJudgedAct: a violent noun a court judges is the act on trial, not an
// event reported (the court's own act is coded as the codebook says).
func TestJudgedAct(t *testing.T) {
	noContentious(t, "The retrial of three men accused of the 2017 bombing of a bus station began in Kaduna.")
	for _, e := range reportedEvents("A judge in Accra jailed a former soldier for life over the killing of a trader in 2015.") {
		if e.Type == "ASSAULT" {
			t.Errorf("the killing judged: ASSAULT [%s]", e.Trigger.Text)
		}
	}
	wantType(t, "Gunmen killed a judge outside the court in Kaduna after the trial.", "ASSAULT")
}

// TestStatisticCount: a plural violent noun in a sentence of figures is
// a count.
func TestStatisticCount(t *testing.T) {
	noContentious(t, "Official figures showed more than 900 killings in the province last year, up 9 percent on the year before.")
	wantType(t, "Rebels carried out three attacks on army posts, killing 12 percent of the garrison.", "ASSAULT")
}

// TestElapsedSince: an act named after a span of time and "since" is what
// the time is counted from.
func TestElapsedSince(t *testing.T) {
	noContentious(t, "Residents of Kauda marked three years since the market attack on Friday.")
	wantType(t, "Militants attacked the market again, weeks after the massacre.", "ASSAULT")
}

// TestCauseActor: a disaster or a cause does not act, whatever the type;
// weapons' fire does.
func TestCauseActor(t *testing.T) {
	noEvent(t, "A gas leak at a tannery sent 25 workers to hospital in Kanpur.")
	wantType(t, "Artillery fire destroyed a school in the village of Tal Hamid.", "FIGHT")
}

// TestIndustrialBlast: an explosion at an industrial site with no armed
// word is an accident; with an armed word it stays an attack.
func TestIndustrialBlast(t *testing.T) {
	noContentious(t, "An explosion at a fireworks factory in Sivakasi killed nine workers.")
	wantType(t, "Militants set off an explosion at a gas plant in Sinai, killing nine workers.", "ASSAULT")
}

// TestCriminalActor: violence by people named as robbers or thieves, in a
// sentence of crime, is ordinary crime however armed; a crowd's violence
// on a thief is mob justice.
func TestCriminalActor(t *testing.T) {
	noContentious(t, "Armed robbers attacked a cash van on the Mombasa road and shot the driver.")
	wantType(t, "A mob beat to death a suspected thief in the market of Kisii.", "ASSAULT")
}

// TestCompoundCrime: a compound's last part is a word of crime ("a
// car-theft ring"), so police arrests in it are police work.
func TestCompoundCrime(t *testing.T) {
	noContentious(t, "Police detained 12 members of a cattle-theft ring in raids near Isiolo.")
	wantType(t, "Police detained 12 opposition activists in raids near Isiolo.", "COERCE")
}

// TestDescribedAccused: a participle of accusation right after a noun says
// who someone is; the passive and the active accuse.
func TestDescribedAccused(t *testing.T) {
	noEvent(t, "The hearing of two teenagers accused of arson at a school in Kitale was adjourned.")
	wantType(t, "Two teenagers were accused of arson at a school in Kitale.", "DISAPPROVE")
	wantType(t, "The opposition accused the governor of rigging the vote.", "DISAPPROVE")
}

// TestMobOnAccused: with the parse, a crowd's violence on people accused
// right after the target is mob justice, not ordinary crime; "to death"
// after a word makes it the verb.
func TestMobOnAccused(t *testing.T) {
	for _, s := range []string{
		"Residents attacked two youths suspected of stealing chickens in a village near Tamale.",
		"A mob beat to death a man suspected of theft at a market in Gulu.",
	} {
		d := text.Analyze(s, "2024-03-01")
		d.Parser = syntax.Lazy
		ms := Mentions(d, &annalist.Record{Text: s, Published: "2024-03-01"})
		if k := Main(ms); k < 0 || ms[k].Type != "ASSAULT" {
			t.Errorf("%q: no ASSAULT in %+v", s, ms)
		}
	}
}

// TestDeniedLink: what people did whom a speaker denies any link to is a
// denial of responsibility, no attack reported.
func TestDeniedLink(t *testing.T) {
	noContentious(t, "The movement denied any ties to the militants who bombed a police station in Quetta.")
	wantType(t, "Police arrested two of the militants who bombed a police station in Quetta.", "COERCE")
}
