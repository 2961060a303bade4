package event

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/internal/wordlist"
	"github.com/annalist/annalist/syntax"
	"github.com/annalist/annalist/text"
)

// snippet is one ACLED-style sentence of testdata/acled and the
// sub-event type a coder would give it: "none" for a sentence that reports
// no political event at all, "not-acled" for one that reports an event
// ACLED does not code (a statement, a meeting).
type snippet struct {
	want, text string
}

func readSnippets(t *testing.T, file string) []snippet {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"none", "not-acled"}
	for s := range SubEventTypes {
		names = append(names, s)
	}
	lines, err := (wordlist.Table{MinFields: 2, MaxFields: 2, Enums: map[int][]string{0: names},
		Key: func(f []string) string { return f[1] }}).Read(file, data)
	if err != nil {
		t.Fatal(err)
	}
	var out []snippet
	for _, l := range lines {
		out = append(out, snippet{l.Fields[0], l.Fields[1]})
	}
	return out
}

// snippetScore is what a run over snippets measured.
type snippetScore struct {
	weightedF1 float64           // over the sub-event types of the event snippets, weighted by their support
	accuracy   float64           // event snippets given their sub-event type
	falseAlarm float64           // snippets of no ACLED event given one
	anyEvent   float64           // snippets of no political event given any reported event (PLOVER)
	events     int               // event snippets
	nonEvents  int               // snippets of no political event
	notACLED   int               // snippets of an event that ACLED does not code
	noEvent    int               // event snippets (ACLED or not) given no event at all: recall lost
	perType    map[string][3]int // tp, fp, fn
}

// scoreSnippets codes each snippet with the extractor and compares the
// ACLED sub-event type of its lead event (SnippetACLED) with the gold.
func scoreSnippets(t *testing.T, ss []snippet) snippetScore {
	sc := snippetScore{perType: map[string][3]int{}}
	right, alarms, anyEv := 0, 0, 0
	for _, s := range ss {
		es := reportedEvents(s.text)
		got := "none"
		if a := SnippetACLED(s.text, es); a != nil {
			got = a.SubEventType
		}
		if s.want != "none" && len(es) == 0 {
			sc.noEvent++
		}
		if s.want == "not-acled" {
			s.want = "none"
			sc.notACLED++
		} else if s.want == "none" {
			sc.nonEvents++
			if len(es) > 0 {
				anyEv++
			}
		}
		if s.want == "none" {
			if got != "none" {
				alarms++
			}
		} else {
			sc.events++
		}
		if got == s.want && got != "none" {
			right++
			c := sc.perType[got]
			c[0]++
			sc.perType[got] = c
			continue
		}
		if got == s.want && len(es) == 0 {
			continue
		}
		if testing.Verbose() {
			var all []string
			for _, e := range es {
				k := e.Type + "/" + e.Mode
				if e.Actor != nil {
					k += " a=" + e.Actor.Text + ":" + e.Actor.Kind
				}
				if e.Target != nil {
					k += " t=" + e.Target.Text + ":" + e.Target.Kind
				}
				if e.Fatalities > 0 {
					k += fmt.Sprintf(" dead=%d", e.Fatalities)
				}
				if e.ACLED != nil {
					k += "→" + e.ACLED.SubEventType
				}
				all = append(all, k)
			}
			t.Logf("want %-34s got %-34s %v | %s", s.want, got, all, s.text)
		}
		if got == s.want {
			continue // no ACLED event, but some other event (logged above)
		}
		if got != "none" {
			c := sc.perType[got]
			c[1]++
			sc.perType[got] = c
		}
		if s.want != "none" {
			c := sc.perType[s.want]
			c[2]++
			sc.perType[s.want] = c
		}
	}
	support := 0
	for typ, c := range sc.perType {
		n := c[0] + c[2]
		if n == 0 {
			continue
		}
		support += n
		p, r := ratio(c[0], c[0]+c[1]), ratio(c[0], n)
		if p+r > 0 {
			sc.weightedF1 += float64(n) * 2 * p * r / (p + r)
		}
		_ = typ
	}
	sc.weightedF1 /= float64(max(support, 1))
	sc.accuracy = ratio(right, sc.events)
	sc.falseAlarm = ratio(alarms, sc.nonEvents+sc.notACLED)
	sc.anyEvent = ratio(anyEv, sc.nonEvents)
	return sc
}

func (sc snippetScore) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d ACLED event snippets: sub-event weighted F1 %.3f, accuracy %.3f; %d snippets of no ACLED event: %.0f%% given one; %d of no political event: %.0f%% given any event; %d event snippets given no event",
		sc.events, sc.weightedF1, sc.accuracy, sc.nonEvents+sc.notACLED, 100*sc.falseAlarm, sc.nonEvents, 100*sc.anyEvent, sc.noEvent)
	var types []string
	for typ := range sc.perType {
		types = append(types, typ)
	}
	sort.Strings(types)
	for _, typ := range types {
		c := sc.perType[typ]
		fmt.Fprintf(&b, "\n  %-36s tp %d fp %d fn %d", typ, c[0], c[1], c[2])
	}
	return b.String()
}

// TestACLEDSnippets measures the ACLED coding on our own snippets: the
// tuning group (written before the mapping was tuned) and the check group
// (written after, never tuned on). The floors sit below the figures
// README reports, so that a regression fails.
func TestACLEDSnippets(t *testing.T) {
	for _, c := range []struct {
		file                 string
		minF1, maxFA, maxAny float64
	}{
		{"testdata/acled/tune.txt", 0.95, 0.10, 0.15},
		{"testdata/acled/check.txt", 0.90, 0.10, 0.10},
		{"testdata/acled/check2.txt", 0.85, 0.15, 0.15},
		{"testdata/acled/check3.txt", 0.90, 0.10, 0.10},
		{"testdata/acled/check4.txt", 0.90, 0.15, 0.15},
		{"testdata/acled/check5.txt", 0.80, 0.15, 0.40},
		{"testdata/acled/check6.txt", 0.85, 0.10, 0.10},
		{"testdata/acled/check7.txt", 0.80, 0.10, 0.25},
		{"testdata/acled/check8.txt", 0.80, 0.10, 0.25},
		{"testdata/acled/check9.txt", 0.85, 0.05, 0.15},
		{"testdata/acled/check10.txt", 0.90, 0.05, 0.15},
		{"testdata/acled/check11.txt", 0.80, 0.10, 0.20},
		{"testdata/acled/check12.txt", 0.85, 0.10, 0.20},
		{"testdata/acled/check13.txt", 0.90, 0.05, 0.15},
		{"testdata/acled/check14.txt", 0.93, 0.05, 0.13},
		{"testdata/acled/check15.txt", 0.78, 0.05, 0.20},
		{"testdata/acled/check16.txt", 0.90, 0.03, 0.17},
		{"testdata/acled/check17.txt", 0.92, 0.03, 0.26},
		{"testdata/acled/check18.txt", 0.92, 0.03, 0.23},
		{"testdata/acled/check19.txt", 0.90, 0.05, 0.21},
		{"testdata/acled/check20.txt", 0.92, 0.15, 0.28},
		{"testdata/acled/check21.txt", 0.95, 0.03, 0.27},  // first run 0.959, 0%, 26%
		{"testdata/acled/check22.txt", 0.97, 0.03, 0.05},  // first run 0.978, 2%, 22%
		{"testdata/acled/check23.txt", 0.85, 0.03, 0.08},  // first run 0.844, 4%, 23%
		{"testdata/acled/check24.txt", 0.95, 0.03, 0.08},  // first run 0.927, 6%, 24%
		{"testdata/acled/check25.txt", 0, 1, 1},           // first run 0.789, 9%, 20%
		{"testdata/acled/check27.txt", 0.97, 0.03, 0.05},  // first run 0.913, 0%, 8%
		{"testdata/acled/check26.txt", 0.97, 0.03, 0.10},  // first run 0.911, 5%, 24%
		{"testdata/acled/check28.txt", 0.75, 0.05, 0.15},  // first run 0.725, 12%, 27%
		{"testdata/acled/check28b.txt", 0.94, 0.03, 0.17}, // first run 0.876, 0%, 17%
		{"testdata/acled/check29.txt", 0.72, 0.14, 0.33},  // first run 0.722, 14%, 32%
		{"testdata/acled/check30.txt", 0.59, 0.02, 0.21},  // first run 0.593, 2%, 39%; after fa29 20%
		{"testdata/acled/check32.txt", 0.95, 0.03, 0.10},  // first run 0.832, 14%, 21%
		{"testdata/acled/check31.txt", 0.94, 0.06, 0.20},  // first run 0.926, 6%, 23%; after fa30 19%
		{"testdata/acled/check33.txt", 0.85, 0.05, 0.18},  // first run 0.800, 18%, 44%; after crime31 4%, 18%
		{"testdata/acled/final23.txt", 0.92, 0.03, 0.19},  // first run 0.932, 2%, 18% (measurement only)
		{"testdata/acled/final24.txt", 0.93, 0.05, 0.21},  // first run 0.939, 4%, 20% (measurement only; the same at the session's end)
		{"testdata/acled/final25.txt", 0.86, 0.11, 0.22},  // first run 0.869, 10%, 21% (measurement only)
		{"testdata/acled/final26.txt", 0.68, 0.12, 0.26},  // first run 0.694, 11%, 25% (measurement only)
		{"testdata/acled/final27.txt", 0.81, 0.08, 0.22},  // first run 0.827, 7%, 21% (measurement only; run first at the session's end)
		{"testdata/acled/final28.txt", 0.80, 0.07, 0.14},  // first run 0.821, 5%, 12% (measurement only; run first by the lead at c782384)
		{"testdata/acled/final29.txt", 0.72, 0.10, 0.19},  // first run 0.747, 8%, 17% (measurement only; run first by the lead at 9cb2d54)
		{"testdata/acled/model13.txt", 0.90, 0.03, 0.27},  // first run 0.938, 0%, 23%
		{"testdata/acled/labour.txt", 0.90, 0.20, 0.20},
	} {
		// A subtest per file: a measurement-only set can be left out
		// (-skip '/final23').
		t.Run(snippetSetName(c.file), func(t *testing.T) {
			sc := scoreSnippets(t, readSnippets(t, c.file))
			t.Logf("%s: %v", c.file, sc)
			if sc.weightedF1 < c.minF1 {
				t.Errorf("%s: weighted F1 %.3f < %.2f", c.file, sc.weightedF1, c.minF1)
			}
			if sc.falseAlarm > c.maxFA {
				t.Errorf("%s: false alarms %.2f > %.2f", c.file, sc.falseAlarm, c.maxFA)
			}
			if sc.anyEvent > c.maxAny {
				t.Errorf("%s: non-events given any event %.2f > %.2f", c.file, sc.anyEvent, c.maxAny)
			}
		})
	}
}

// snippetPLOVER is the PLOVER category (or categories, where the codebook
// allows more than one reading) that a coder following PLOVER's codebook
// and CAMEO's verb classes gives the main event of a snippet of an ACLED
// sub-event type. Sub-event types whose PLOVER reading depends on more than
// the sub-event (a protest broken up: the protest or the dispersal; a
// change to a group; an "other") are left out.
var snippetPLOVER = map[string][]string{
	"Armed clash":                         {"FIGHT"},
	"Government regains territory":        {"FIGHT"},
	"Non-state actor overtakes territory": {"FIGHT"},
	"Chemical weapon":                     {"FIGHT"},   // CAMEO 20, unconventional mass violence
	"Air/drone strike":                    {"FIGHT"},   // CAMEO 195
	"Shelling/artillery/missile attack":   {"FIGHT"},   // CAMEO 194
	"Suicide bomb":                        {"ASSAULT"}, // CAMEO 1831
	"Remote explosive/landmine/IED":       {"ASSAULT"}, // CAMEO 1833
	"Grenade":                             {"ASSAULT"},
	"Sexual violence":                     {"ASSAULT"},
	"Attack":                              {"ASSAULT", "FIGHT"}, // FIGHT where soldiers kill (CAMEO 19 and 20)
	"Abduction/forced disappearance":      {"ASSAULT"},
	"Peaceful protest":                    {"PROTEST"},
	"Excessive force against protesters":  {"ASSAULT", "COERCE"}, // violent repression
	"Violent demonstration":               {"PROTEST"},
	"Mob violence":                        {"PROTEST", "ASSAULT"},
	"Agreement":                           {"AGREE", "SUPPORT", "RETREAT"},
	"Arrests":                             {"COERCE"},
	"Looting/property destruction":        {"COERCE", "ASSAULT"},
	"Non-violent transfer of territory":   {"RETREAT"},
}

// ploverSnippetScore is the PLOVER type of the snippets' main events
// (event.Main over the mentions, the pipeline's lazy parser, as annalist
// eval events reads a sentence) against snippetPLOVER.
type ploverSnippetScore struct {
	n, right int
	perType  map[string][3]int // tp, fp, fn; an answer in a set of several counts for the answer
}

func scorePLOVERSnippets(t *testing.T, ss []snippet) ploverSnippetScore {
	sc := ploverSnippetScore{perType: map[string][3]int{}}
	for _, s := range ss {
		want := snippetPLOVER[s.want]
		if len(want) == 0 {
			continue
		}
		d := text.Analyze(s.text, "2024-03-01")
		d.Parser = syntax.Lazy
		ms := Mentions(d, &annalist.Record{Text: s.text, Published: "2024-03-01"})
		got := "NONE"
		if k := Main(ms); k >= 0 {
			got = ms[k].Type
			if got == "DISAPPROVE" && accusation(ms[k].Trigger.Text) {
				// PLOVER codes the accusation (ACCUSE, CAMEO 112), ACLED
				// the act alleged: "rebels accused soldiers of raping".
				want = append(want[:len(want):len(want)], got)
			}
		}
		sc.n++
		gold := want[0]
		for _, w := range want {
			if w == got {
				gold = got
			}
		}
		if got == gold {
			sc.right++
			c := sc.perType[got]
			c[0]++
			sc.perType[got] = c
			continue
		}
		if testing.Verbose() {
			t.Logf("want %-22s got %-9s | %s", strings.Join(want, "/"), got, s.text)
		}
		c := sc.perType[gold]
		c[2]++
		sc.perType[gold] = c
		if got != "NONE" {
			c := sc.perType[got]
			c[1]++
			sc.perType[got] = c
		}
	}
	return sc
}

// accusation reports a trigger that accuses or charges someone.
func accusation(trigger string) bool {
	t := strings.ToLower(trigger)
	return strings.HasPrefix(t, "accus") || strings.HasPrefix(t, "alleg") || strings.HasPrefix(t, "charg")
}

// macroF1 averages F1 over the categories with gold snippets.
func (sc ploverSnippetScore) macroF1() float64 {
	sum, n := 0.0, 0
	for _, c := range sc.perType {
		if c[0]+c[2] == 0 {
			continue
		}
		n++
		p, r := ratio(c[0], c[0]+c[1]), ratio(c[0], c[0]+c[2])
		if p+r > 0 {
			sum += 2 * p * r / (p + r)
		}
	}
	return sum / float64(max(n, 1))
}

// TestSnippetPLOVER measures the PLOVER type of the snippets' main events
// over all the snippet files (the bar for news nobody tuned on:
// accuracy 0.80, macro-F1 0.75). The floors sit below the figures README
// reports.
func TestSnippetPLOVER(t *testing.T) {
	for _, c := range []struct {
		file        string
		minAcc, mF1 float64
	}{
		{"testdata/acled/tune.txt", 0.90, 0.90},
		{"testdata/acled/check.txt", 0.90, 0.90},
		{"testdata/acled/check2.txt", 0.85, 0.90},
		{"testdata/acled/check3.txt", 0.90, 0.90},
		{"testdata/acled/check4.txt", 0.90, 0.90},
		{"testdata/acled/check5.txt", 0.85, 0.85},
		{"testdata/acled/check7.txt", 0.85, 0.80},
		{"testdata/acled/check8.txt", 0.75, 0.85},
		{"testdata/acled/check9.txt", 0.85, 0.90},
		{"testdata/acled/check10.txt", 0.90, 0.90},
		{"testdata/acled/check11.txt", 0.85, 0.85},
		{"testdata/acled/check12.txt", 0.90, 0.90},
		{"testdata/acled/check13.txt", 0.85, 0.85},
		{"testdata/acled/check14.txt", 0.92, 0.92},
		{"testdata/acled/check15.txt", 0.73, 0.73},
		{"testdata/acled/check16.txt", 0.97, 0.97},
		{"testdata/acled/check17.txt", 0.93, 0.93},
		{"testdata/acled/check18.txt", 0.88, 0.92},
		{"testdata/acled/check19.txt", 0.86, 0.85},
		{"testdata/acled/check20.txt", 0.88, 0.89},
		{"testdata/acled/check21.txt", 0.94, 0.96},  // first run 0.950 / 0.969
		{"testdata/acled/check22.txt", 0.95, 0.95},  // first run 0.976 / 0.970
		{"testdata/acled/check23.txt", 0.92, 0.94},  // first run 0.938 / 0.962
		{"testdata/acled/check24.txt", 0.95, 0.95},  // first run 1.000 / 1.000
		{"testdata/acled/check25.txt", 0, 0},        // first run 0.895 / 0.953
		{"testdata/acled/check27.txt", 0.93, 0.94},  // first run 0.881 / 0.942
		{"testdata/acled/check26.txt", 0.95, 0.95},  // first run 1.000 / 1.000
		{"testdata/acled/check28.txt", 0.92, 0.95},  // first run 0.941 / 0.966
		{"testdata/acled/check28b.txt", 0.93, 0.95}, // first run 0.918 / 0.945
		{"testdata/acled/check29.txt", 0.95, 0.95},  // first run 1.000 / 1.000
		{"testdata/acled/check30.txt", 0.95, 0.95},  // first run 1.000 / 1.000
		{"testdata/acled/check32.txt", 0.85, 0.92},  // first run 0.806 / 0.924
		{"testdata/acled/check31.txt", 0.94, 0.91},  // first run 0.944 / 0.914
		{"testdata/acled/check33.txt", 0.95, 0.95},  // first run 1.000 / 1.000
		{"testdata/acled/final23.txt", 0.84, 0.87},  // first run 0.857 / 0.887 (measurement only)
		{"testdata/acled/final24.txt", 0.95, 0.96},  // first run 0.961 / 0.973 (measurement only)
		{"testdata/acled/final25.txt", 0.93, 0.96},  // first run 0.933 / 0.970 (measurement only)
		{"testdata/acled/final26.txt", 0.78, 0.84},  // first run 0.795 / 0.855 (measurement only)
		{"testdata/acled/final27.txt", 0.85, 0.87},  // first run 0.870 / 0.890 (measurement only; run first at the session's end)
		{"testdata/acled/final28.txt", 0.80, 0.88},  // first run 0.825 / 0.901 (measurement only; run first by the lead at c782384)
		{"testdata/acled/final29.txt", 0.85, 0.77},  // first run 0.875 / 0.793 (measurement only; run first by the lead at 9cb2d54)
	} {
		t.Run(snippetSetName(c.file), func(t *testing.T) {
			sc := scorePLOVERSnippets(t, readSnippets(t, c.file))
			acc := ratio(sc.right, sc.n)
			t.Logf("%s: PLOVER type of %d snippets: accuracy %.3f, macro-F1 %.3f", c.file, sc.n, acc, sc.macroF1())
			if acc < c.minAcc || sc.macroF1() < c.mF1 {
				t.Errorf("%s: accuracy %.3f, macro-F1 %.3f, want >= %.2f, %.2f", c.file, acc, sc.macroF1(), c.minAcc, c.mF1)
			}
		})
	}
}

// snippetSetName names a set file's subtest: "check18" for
// testdata/plover/check18.txt.
func snippetSetName(file string) string {
	return strings.TrimSuffix(filepath.Base(file), ".txt")
}

// TestCodebookSentences measures the PLOVER type of the main event on
// testdata/plover: codebook.txt, sentences written from the codebook's
// category definitions and CAMEO's code descriptions for the categories
// weakest on new text (a dev set: tuned on, so its figure is no held-out
// measure), and check7.txt, wire-style sentences written before the type
// work of issue 12 was tuned with them (their first run is the held-out
// figure MODEL.md reports), and check8.txt, written the same way before
// branch types10's changes, weighted like the odd PLOVER records;
// check11.txt, check12.txt and check13.txt (branch types11) are long wire
// sentences with several event words, written before, amid and after that
// branch's changes. The
// floors sit below the figures MODEL.md reports.
func TestCodebookSentences(t *testing.T) {
	for _, c := range []struct {
		file   string
		minAcc float64
	}{
		{"testdata/plover/codebook.txt", 0.90},
		{"testdata/plover/check7.txt", 0.90},
		{"testdata/plover/check8.txt", 0.88},
		{"testdata/plover/check9.txt", 0.90},
		{"testdata/plover/check10.txt", 0.87},
		{"testdata/plover/model12.txt", 0.90}, // first run 0.923 (branch model12)
		{"testdata/plover/check11.txt", 0.96},
		{"testdata/plover/check12.txt", 0.96},
		{"testdata/plover/check13.txt", 0.88},
		{"testdata/plover/check14.txt", 0.88}, // first run 0.889 (final21)
		{"testdata/plover/check15.txt", 0.97}, // first run 0.855 (types15), 1.000 after its readings
		{"testdata/plover/check16.txt", 0.89}, // first run 0.911 (types15, after its readings)
		{"testdata/plover/check17.txt", 0.94}, // first run 0.961 (types15, branch and branch point alike)
		{"testdata/plover/check18.txt", 0.94}, // first run 0.887 as labelled, 0.935 with three labels corrected (types16)
		{"testdata/plover/check19.txt", 0.78}, // first run 0.738 (types16, after check18's readings; 0.714 on its branch point)
		{"testdata/plover/check20.txt", 0.94}, // first run 0.939 (types17, before any change), 0.976 after types18
		{"testdata/plover/check21.txt", 0.97}, // first run 0.944 (types18, before any change), 1.000 after its readings
		{"testdata/plover/check22.txt", 0.97}, // first run 0.895 (types19, before any change), 1.000 after its readings
		{"testdata/plover/check24.txt", 0.97}, // first run 0.921 (plover24, before any change), 0.991 after its readings
		{"testdata/plover/check25.txt", 0.95}, // first run 0.879 (plover25, before any change), 0.976 after its readings
		{"testdata/plover/model14.txt", 0.83}, // first run 0.861 (model14, before any change)
		{"testdata/plover/final23.txt", 0.80}, // first run 0.820 (measurement only); 0.803 after fa29 (one sentence lost, not read)
		{"testdata/plover/final24.txt", 0.90}, // first run 0.915 (measurement only)
	} {
		// A subtest per file, so that one set can be run alone
		// (-run 'CodebookSentences/check18') and a measurement-only
		// set left out.
		t.Run(snippetSetName(c.file), func(t *testing.T) {
			acc, right, n, mF1, byType := scorePLOVERFile(t, c.file)
			t.Logf("%s: accuracy %.3f (%d/%d), macro-F1 %.3f %v", c.file, acc, right, n, mF1, byType)
			if acc < c.minAcc {
				t.Errorf("%s: accuracy %.3f < %.2f", c.file, acc, c.minAcc)
			}
		})
	}
}

// scorePLOVERFile reads a "category | sentence" file and scores the type
// of each sentence's main event; byType holds right and all per category,
// mF1 is the macro-F1 over the categories with gold sentences.
func scorePLOVERFile(t *testing.T, file string) (acc float64, right, n int, mF1 float64, byType map[string][2]int) {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines, err := (wordlist.Table{MinFields: 2, MaxFields: 2, Enums: map[int][]string{0: Categories},
		Key: func(f []string) string { return f[1] }}).Read(file, data)
	if err != nil {
		t.Fatal(err)
	}
	byType = map[string][2]int{}
	sc := ploverSnippetScore{perType: map[string][3]int{}}
	for _, l := range lines {
		want, s := l.Fields[0], l.Fields[1]
		d := text.Analyze(s, "2024-03-01")
		d.Parser = syntax.Lazy
		ms := Mentions(d, &annalist.Record{Text: s, Published: "2024-03-01"})
		got := "NONE"
		if k := Main(ms); k >= 0 {
			got = ms[k].Type
		}
		c := byType[want]
		c[1]++
		p := sc.perType[want]
		if got == want {
			right++
			c[0]++
			p[0]++
		} else {
			p[2]++
			if got != "NONE" {
				q := sc.perType[got]
				q[1]++
				sc.perType[got] = q
			}
			if testing.Verbose() {
				t.Logf("want %-9s got %-11s | %s", want, got, s)
			}
		}
		sc.perType[want] = p
		byType[want] = c
	}
	return ratio(right, len(lines)), right, len(lines), sc.macroF1(), byType
}
