package eval

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract/event"
	"github.com/annalist/annalist/syntax"
	"github.com/annalist/annalist/text"
)

// ploverRecord is one gold record of the PLOVER gold-standard file: a
// sentence, its event type and its source and target actors.
type ploverRecord struct {
	ID      string
	Event   string
	Text    string
	Sources []string // actorText of each source actor
	Targets []string
	// SourceCodes and TargetCodes are the actors' CAMEO codes: country and
	// sector ("ISR" "GOV"), blank where the gold gives none.
	SourceCodes, TargetCodes []PLOVERActor
}

// Number is the record's number, the last part of its id ("...-0007" → 7).
func (p ploverRecord) number() int {
	i := strings.LastIndexByte(p.ID, '-')
	n, _ := strconv.Atoi(p.ID[i+1:])
	return n
}

// readPLOVERRecords reads the PLOVER gold file: a JSON list that may have
// trailing commas. It drops the DOCUMENT record (internal documentation)
// and, where one sentence appears more than once (six sentences are coded
// twice, sometimes with different labels), keeps the first record so that
// each sentence is scored once. It returns the records and how many
// repeated sentences it dropped.
func readPLOVERRecords(r io.Reader) ([]ploverRecord, int, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, 0, fmt.Errorf("reading PLOVER records: %w", err)
	}
	var all []PLOVERRecord
	if t := bytes.TrimSpace(raw); len(t) > 0 && t[0] != '[' {
		all, err = ParseTypeLines(raw)
	} else {
		all, err = ParsePLOVER(raw)
	}
	if err != nil {
		return nil, 0, fmt.Errorf("reading PLOVER records: %w", err)
	}
	seen := map[string]bool{}
	var out []ploverRecord
	dropped := 0
	for _, it := range all {
		if strings.TrimSpace(it.Text) == "" {
			continue
		}
		if seen[it.Text] {
			dropped++
			continue
		}
		seen[it.Text] = true
		out = append(out, ploverRecord{ID: it.ID, Event: it.Event, Text: it.Text,
			Sources: it.Source.Texts(), Targets: it.Target.Texts(), SourceCodes: it.Source, TargetCodes: it.Target})
	}
	return out, dropped, nil
}

// PLOVERTypeExamples are the records of one half of the PLOVER gold file
// ("odd", "even" or "all", by record number, repeated sentences once) as
// event-type training examples: only the odd half may train a model that
// eval events scores on the even half.
func PLOVERTypeExamples(r io.Reader, half string) ([]event.TypeExample, error) {
	recs, _, err := readPLOVERRecords(r)
	if err != nil {
		return nil, err
	}
	if err := checkHalf(half); err != nil {
		return nil, err
	}
	var out []event.TypeExample
	for _, p := range recs {
		if p.inHalf(half) {
			out = append(out, event.TypeExample{ID: p.ID, Text: p.Text, Type: p.Event})
		}
	}
	return out, nil
}

// checkHalf rejects a half other than "odd", "even" or "all".
func checkHalf(half string) error {
	if half != "odd" && half != "even" && half != "all" {
		return fmt.Errorf("half %q: want odd, even or all", half)
	}
	return nil
}

// inHalf reports whether the record is in half ("odd", "even" or "all")
// by its number: odd tunes and trains, even is held out.
func (p ploverRecord) inHalf(half string) bool {
	n := p.number()
	return !(half == "odd" && n%2 == 0 || half == "even" && n%2 == 1)
}

// EventsReport is the result of scoring event types on PLOVER records.
type EventsReport struct {
	Records     int
	Dropped     int // repeated sentences left out
	Correct     int
	PerCategory []CategoryScore
	MacroF1     float64 // over categories with at least MinSupport records in the whole file
	MacroCats   int
	MacroF1Half float64 // over categories with at least MinSupport records in the scored half
	MacroCatsH  int
	ActorMatch  int
	ActorGold   int // records with a gold source
	TargetMatch int
	TargetGold  int
	// ActorCoded and TargetCoded count the arguments that match the gold
	// by text or are coded as it is (codeMatches): a second reading of
	// the same records, for where the text differs but the party is the
	// same ("Israeli Prime Minister Ehud Barak" for "Israel").
	ActorCoded, TargetCoded int
	Elapsed                 time.Duration
	Errors                  []EventError
	ArgErrors               []ArgError // records whose actor or target does not match the gold
}

// ArgError is one record whose main event's actor or target misses the
// gold source or target: the gold texts beside what was extracted.
type ArgError struct {
	ID, Type, Trigger, Text  string
	GoldSources, GoldTargets []string
	Actor, Target            string // extracted, "" when none
	ActorOK, TargetOK        bool   // matched, or no gold to match
}

// CategoryScore is precision, recall and F1 of one PLOVER category.
type CategoryScore struct {
	Category    string
	Support     int // gold records in the scored half
	FileSupport int // gold records in the whole file
	Predicted   int
	TP          int
	P, R, F1    float64
}

// EventError is one misclassified record.
type EventError struct {
	ID, Gold, Predicted, Trigger, Text string
}

// MinSupport is how many records a category needs to enter the macro-F1.
const MinSupport = 10

// EvaluateEvents analyses each record's text (prepare, when not nil, adds
// what the event extractor reads, as the pipeline's earlier extractors do:
// names, places, times, counts), takes the event extractor's mentions, picks the sentence's main event with event.Main and scores
// its type against the record's label. half is "odd", "even" or "all" (by
// the record number in the id).
func EvaluateEvents(r io.Reader, half string, prepare func(*text.Doc, *annalist.Record)) (*EventsReport, error) {
	recs, dropped, err := readPLOVERRecords(r)
	if err != nil {
		return nil, err
	}
	if err := checkHalf(half); err != nil {
		return nil, err
	}
	fileSupport := map[string]int{}
	for _, p := range recs {
		fileSupport[p.Event]++
	}
	rep := &EventsReport{Dropped: dropped}
	gold := map[string]int{}
	pred := map[string]int{}
	tp := map[string]int{}
	start := time.Now()
	for _, p := range recs {
		if !p.inHalf(half) {
			continue
		}
		rep.Records++
		d := text.Analyze(p.Text, "")
		d.Parser = syntax.Lazy // as the pipeline reads text
		rec := &annalist.Record{Text: p.Text}
		if prepare != nil {
			prepare(d, rec)
		}
		ms := event.Mentions(d, rec)
		got, trig := "NONE", ""
		var m *event.Mention
		if k := event.Main(ms); k >= 0 {
			m = &ms[k]
			got, trig = m.Type, m.Trigger.Text
		}
		gold[p.Event]++
		if got != "NONE" {
			pred[got]++
		}
		if got == p.Event {
			rep.Correct++
			tp[got]++
		} else {
			rep.Errors = append(rep.Errors, EventError{ID: p.ID, Gold: p.Event, Predicted: got, Trigger: trig, Text: p.Text})
		}
		ae := ArgError{ID: p.ID, Type: got, Trigger: trig, Text: p.Text, GoldSources: p.Sources,
			GoldTargets: p.Targets, ActorOK: true, TargetOK: true}
		var actor, target *annalist.Arg
		if m != nil && m.Actor != nil {
			actor, ae.Actor = m.Actor, m.Actor.Text
		}
		if m != nil && m.Target != nil {
			target, ae.Target = m.Target, m.Target.Text
		}
		if len(p.Sources) > 0 {
			rep.ActorGold++
			ae.ActorOK = argMatches(ae.Actor, p.Sources)
			if ae.ActorOK {
				rep.ActorMatch++
			}
			if ae.ActorOK || codeMatches(actor, p.SourceCodes) {
				rep.ActorCoded++
			}
		}
		if len(p.Targets) > 0 {
			rep.TargetGold++
			ae.TargetOK = argMatches(ae.Target, p.Targets)
			if ae.TargetOK {
				rep.TargetMatch++
			}
			if ae.TargetOK || codeMatches(target, p.TargetCodes) {
				rep.TargetCoded++
			}
		}
		if !ae.ActorOK || !ae.TargetOK {
			rep.ArgErrors = append(rep.ArgErrors, ae)
		}
	}
	rep.Elapsed = time.Since(start)
	var sumF, sumH float64
	for _, c := range event.Categories {
		cs := CategoryScore{Category: c, Support: gold[c], FileSupport: fileSupport[c], Predicted: pred[c], TP: tp[c]}
		cs.P, cs.R, cs.F1 = prf(cs.TP, cs.Predicted, cs.Support)
		rep.PerCategory = append(rep.PerCategory, cs)
		if cs.FileSupport >= MinSupport {
			sumF += cs.F1
			rep.MacroCats++
		}
		if cs.Support >= MinSupport {
			sumH += cs.F1
			rep.MacroCatsH++
		}
	}
	if rep.MacroCats > 0 {
		rep.MacroF1 = sumF / float64(rep.MacroCats)
	}
	if rep.MacroCatsH > 0 {
		rep.MacroF1Half = sumH / float64(rep.MacroCatsH)
	}
	sort.Slice(rep.Errors, func(i, j int) bool { return rep.Errors[i].Gold < rep.Errors[j].Gold })
	return rep, nil
}

// argMatches reports whether an extracted argument and one of the gold
// actor texts contain each other, case-insensitively. A gold text with an
// ellipsis ("U.S. ... negotiators") matches when every part is contained.
func argMatches(got string, gold []string) bool {
	g := strings.ToLower(strings.TrimSpace(got))
	if g == "" {
		return false
	}
	for _, a := range gold {
		a = strings.ToLower(a)
		parts := strings.Split(a, "...")
		all := true
		for _, p := range parts {
			if p = strings.TrimSpace(p); p != "" && !strings.Contains(g, p) {
				all = false
			}
		}
		if all || strings.Contains(a, g) {
			return true
		}
	}
	return false
}

// codeMatches reports whether an extracted argument's CAMEO code names the
// country of one of the gold actors and agrees with its sector where both
// give one ("ISRGOV" for ISR GOV; "ISR" for ISR MIL). International and
// non-governmental codes (IGO, NGO) name no one in particular: only text
// matches them.
func codeMatches(a *annalist.Arg, gold []PLOVERActor) bool {
	if a == nil || len(a.CAMEO) < 3 {
		return false
	}
	for _, g := range gold {
		if len(g.Code) != 3 || g.Code == "IGO" || g.Code == "NGO" || a.CAMEO[:3] != g.Code {
			continue
		}
		if agent := a.CAMEO[3:]; agent == "" || g.Sector == "" || strings.Contains(agent, g.Sector[:min(3, len(g.Sector))]) {
			return true
		}
	}
	return false
}

// Print writes the report as a table; showErrors adds the misclassified
// records, argErrors the records whose actor or target misses.
func (rep *EventsReport) Print(w io.Writer, showErrors, argErrors bool) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "PLOVER event type: %d records (%d repeated sentences left out of the file)\n", rep.Records, rep.Dropped)
	fmt.Fprintf(&b, "accuracy %.3f (%d/%d)\n", ratio(rep.Correct, rep.Records), rep.Correct, rep.Records)
	fmt.Fprintf(&b, "%-12s %6s %6s %6s %6s %6s %6s\n", "category", "file", "gold", "pred", "P", "R", "F1")
	for _, c := range rep.PerCategory {
		fmt.Fprintf(&b, "%-12s %6d %6d %6d %6.3f %6.3f %6.3f\n", c.Category, c.FileSupport, c.Support, c.Predicted, c.P, c.R, c.F1)
	}
	fmt.Fprintf(&b, "macro-F1 %.3f over the %d categories with >= %d records in the file\n", rep.MacroF1, rep.MacroCats, MinSupport)
	fmt.Fprintf(&b, "macro-F1 %.3f over the %d categories with >= %d records in this half\n", rep.MacroF1Half, rep.MacroCatsH, MinSupport)
	fmt.Fprintf(&b, "actor matches gold source %.3f (%d/%d); target matches gold target %.3f (%d/%d)\n",
		ratio(rep.ActorMatch, rep.ActorGold), rep.ActorMatch, rep.ActorGold,
		ratio(rep.TargetMatch, rep.TargetGold), rep.TargetMatch, rep.TargetGold)
	fmt.Fprintf(&b, "by text or CAMEO code (country, sector): actor %.3f (%d/%d); target %.3f (%d/%d)\n",
		ratio(rep.ActorCoded, rep.ActorGold), rep.ActorCoded, rep.ActorGold,
		ratio(rep.TargetCoded, rep.TargetGold), rep.TargetCoded, rep.TargetGold)
	fmt.Fprintf(&b, "%.0f sentences/s\n", float64(rep.Records)/rep.Elapsed.Seconds())
	if showErrors {
		for _, e := range rep.Errors {
			fmt.Fprintf(&b, "%s gold %s got %s [%s] %s\n", e.ID, e.Gold, e.Predicted, e.Trigger, e.Text)
		}
	}
	if argErrors {
		for _, e := range rep.ArgErrors {
			fmt.Fprintf(&b, "%s %s [%s] %s\n", e.ID, e.Type, e.Trigger, e.Text)
			if !e.ActorOK {
				fmt.Fprintf(&b, "\tactor  got %q gold %q\n", e.Actor, strings.Join(e.GoldSources, " | "))
			}
			if !e.TargetOK {
				fmt.Fprintf(&b, "\ttarget got %q gold %q\n", e.Target, strings.Join(e.GoldTargets, " | "))
			}
		}
	}
	w.Write(b.Bytes())
}

// PrintConfusion writes how often each gold category was given each wrong
// one, counts only (no record), most frequent first: what may be read of
// the held-out half.
func (rep *EventsReport) PrintConfusion(w io.Writer) {
	n := map[[2]string]int{}
	for _, e := range rep.Errors {
		n[[2]string{e.Gold, e.Predicted}]++
	}
	pairs := make([][2]string, 0, len(n))
	for p := range n {
		pairs = append(pairs, p)
	}
	sort.Slice(pairs, func(i, j int) bool {
		if n[pairs[i]] != n[pairs[j]] {
			return n[pairs[i]] > n[pairs[j]]
		}
		return pairs[i][0]+pairs[i][1] < pairs[j][0]+pairs[j][1]
	})
	var b bytes.Buffer
	fmt.Fprintf(&b, "confusion (gold -> got: records)\n")
	for _, p := range pairs {
		fmt.Fprintf(&b, "  %-12s -> %-12s %d\n", p[0], p[1], n[p])
	}
	w.Write(b.Bytes())
}
