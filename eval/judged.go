package eval

import (
	"fmt"
	"hash/fnv"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/annalist/annalist"
)

// Judged events: a measurement of the event extractor on text nobody tuned
// it on (Reuters-21578, 1987 newswire), where no gold set exists. The
// events the exports carry are sampled by a fixed seed, a person judges
// each against the PLOVER codebook and ACLED's notion of a political
// event, and the verdicts (ids, offsets and codes only: no text) are kept
// in a file that later runs score the current output against. A judged
// event is keyed by its story and its trigger's byte offset, so a change
// to the extractor shows as judged events dropped, retyped or still there,
// and as new events nobody has judged yet.

// Contentious are the violent and contentious PLOVER types the sample
// draws more of: the ones users of an ACLED-like table come for, and the
// ones whose false alarms hurt most.
var Contentious = []string{"ASSAULT", "FIGHT", "COERCE", "PROTEST", "THREATEN", "MOBILIZE", "SANCTION"}

// violent are the types that put an event in ACLED's political violence.
var violent = map[string]bool{"ASSAULT": true, "FIGHT": true, "COERCE": true}

// ProducedEvent is one event the exports carry, as a judge sees it.
type ProducedEvent struct {
	Story   string // the article id ("reuters-NEWID")
	Trigger int    // byte offset of the trigger in the record's text
	Type    string // PLOVER
	ACLED   string // "event type / sub-event type", or empty
	// Actor and Target are the byte offsets where the arguments start,
	// -1 without one: a verdict holds for the argument it was given on.
	Actor, Target int
	Modality      string // "" (happened), negated, hypothetical, future
	// Also are the starts of the other sentences that mention the event
	// (an act told again later is merged into its first telling).
	Also   []int
	Retold bool // a copy of the event for one of Also's sentences (ScoreRecall)
	// For reading only.
	Title, Sentence, TriggerText, ActorText, TargetText, ActorKind, TargetKind string
	SentenceStart                                                              int // byte offset of Sentence in the text
}

// Key names the event across runs.
func (e ProducedEvent) Key() string { return e.Story + "@" + strconv.Itoa(e.Trigger) }

// Exported lists a record's events that an events table carries (those
// reported as having happened, as export.EventRows keeps by default).
func Exported(r *annalist.Record) []ProducedEvent { return produced(r, false) }

// AllEvents lists every event of a record, whatever its modality.
func AllEvents(r *annalist.Record) []ProducedEvent { return produced(r, true) }

func produced(r *annalist.Record, all bool) []ProducedEvent {
	var out []ProducedEvent
	for _, e := range r.Events {
		if e.Modality != "" && !all {
			continue
		}
		p := ProducedEvent{
			Story: r.ID, Trigger: e.Trigger.Start, Type: e.Type, Actor: -1, Target: -1, Modality: e.Modality,
			Title: r.Title, TriggerText: e.Trigger.Text,
		}
		if e.ACLED != nil {
			p.ACLED = e.ACLED.EventType + " / " + e.ACLED.SubEventType
		}
		if a := e.Actor; a != nil {
			p.Actor, p.ActorText, p.ActorKind = a.Start, a.Text, a.Kind
		}
		if a := e.Target; a != nil {
			p.Target, p.TargetText, p.TargetKind = a.Start, a.Text, a.Kind
		}
		if s := e.Sentence; s.Start >= 0 && s.End <= len(r.Text) && s.Start <= s.End {
			p.Sentence, p.SentenceStart = r.Text[s.Start:s.End], s.Start
		}
		for _, s := range e.Sentences {
			if s.Start != e.Sentence.Start {
				p.Also = append(p.Also, s.Start)
			}
		}
		out = append(out, p)
	}
	return out
}

// EventRates are how often the exports carry events over a corpus.
type EventRates struct {
	Stories     int            // articles read
	WithEvent   int            // articles with at least one exported event
	WithViolent int            // articles with an exported ASSAULT, FIGHT or COERCE
	Types       map[string]int // exported events by PLOVER type
	Events      []ProducedEvent
	IDs         []string // the articles read, in order
	Skipped     int      // articles the pipeline could not analyse (a page without article text)
}

// Add counts one record's exported events.
func (r *EventRates) Add(rec *annalist.Record) {
	if r.Types == nil {
		r.Types = map[string]int{}
	}
	r.Stories++
	r.IDs = append(r.IDs, rec.ID)
	evs := Exported(rec)
	hasViolent := false
	for _, e := range evs {
		r.Types[e.Type]++
		hasViolent = hasViolent || violent[e.Type]
	}
	if len(evs) > 0 {
		r.WithEvent++
	}
	if hasViolent {
		r.WithViolent++
	}
	r.Events = append(r.Events, evs...)
}

// Sample picks up to contentious events of each Contentious type and up to
// other events of every other type. Within a type the events are ordered
// by a hash of the seed and their key, not by position, so an extractor
// change that adds or drops events leaves the other picks where they were.
func Sample(evs []ProducedEvent, seed uint64, contentious, other int) []ProducedEvent {
	isContentious := map[string]bool{}
	for _, t := range Contentious {
		isContentious[t] = true
	}
	byType := map[string][]ProducedEvent{}
	for _, e := range evs {
		byType[e.Type] = append(byType[e.Type], e)
	}
	var out []ProducedEvent
	for t, list := range byType {
		sort.Slice(list, func(i, j int) bool { return rank(seed, list[i]) < rank(seed, list[j]) })
		n := other
		if isContentious[t] {
			n = contentious
		}
		out = append(out, list[:min(n, len(list))]...)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Type != out[j].Type {
			return out[i].Type < out[j].Type
		}
		return rank(seed, out[i]) < rank(seed, out[j])
	})
	return out
}

func rank(seed uint64, e ProducedEvent) uint64 {
	h := fnv.New64a()
	fmt.Fprintf(h, "%d/%s", seed, e.Key())
	return h.Sum64()
}

// Verdicts a judge gives an argument.
const (
	Right = "yes"
	Wrong = "no"
	Empty = "none" // the event has no such argument
)

// Reasons a judge may give, one a judgement.
var Reasons = map[string]string{
	"ok":            "type, actor and target as the text says",
	"not-event":     "no political event: business, markets, prices, sport, a figure of speech (a false alarm)",
	"other-type":    "a political event, of another PLOVER type",
	"assault-fight": "armed violence, but ASSAULT and FIGHT swapped (conventional military force is FIGHT, as in CAMEO)",
	"not-happened":  "the type is right but the text reports it as planned, possible, denied or demanded, not as having happened",
	"args":          "the type is right, an argument is wrong",
}

// Judgement is a person's verdict on one produced event. It names the
// event by story and trigger offset and keeps the type and argument
// offsets it was given on; it holds no text of the story.
type Judgement struct {
	Story         string
	Trigger       int
	Type          string
	Actor, Target int  // argument start offsets judged, -1 for none
	TypeRight     bool // the PLOVER type is right for what the sentence reports
	ActorVerdict  string
	TargetVerdict string
	Reason        string
	Line          int
}

// Key names the judged event as ProducedEvent.Key does.
func (j Judgement) Key() string { return j.Story + "@" + strconv.Itoa(j.Trigger) }

// FalseAlarm says the judged event is no political event at all.
func (j Judgement) FalseAlarm() bool { return j.Reason == "not-event" }

// JudgementColumns are the judgement file's columns, tab-separated; lines
// starting with # are comments.
var JudgementColumns = []string{"story", "trigger", "type", "actor", "target", "type_ok", "actor_ok", "target_ok", "reason"}

// ReadJudgements reads a judgement file. Any malformed line, unknown
// verdict or reason, or repeated event fails with the file name and line.
func ReadJudgements(r io.Reader, name string) ([]Judgement, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var out []Judgement
	seen := map[string]int{}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		j, err := parseJudgement(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, i+1, err)
		}
		j.Line = i + 1
		if prev, ok := seen[j.Key()]; ok {
			return nil, fmt.Errorf("%s:%d: %s judged again (first at line %d)", name, i+1, j.Key(), prev)
		}
		seen[j.Key()] = j.Line
		out = append(out, j)
	}
	return out, nil
}

func parseJudgement(line string) (Judgement, error) {
	f := strings.Split(line, "\t")
	if len(f) != len(JudgementColumns) {
		return Judgement{}, fmt.Errorf("%d tab-separated fields, want %d (%s)", len(f), len(JudgementColumns), strings.Join(JudgementColumns, ", "))
	}
	j := Judgement{Story: f[0], Type: f[2], ActorVerdict: f[6], TargetVerdict: f[7], Reason: f[8]}
	var err error
	if j.Story == "" || j.Type == "" {
		return j, fmt.Errorf("empty story or type")
	}
	if j.Trigger, err = strconv.Atoi(f[1]); err != nil || j.Trigger < 0 {
		return j, fmt.Errorf("trigger offset %q", f[1])
	}
	if j.Actor, err = strconv.Atoi(f[3]); err != nil || j.Actor < -1 {
		return j, fmt.Errorf("actor offset %q", f[3])
	}
	if j.Target, err = strconv.Atoi(f[4]); err != nil || j.Target < -1 {
		return j, fmt.Errorf("target offset %q", f[4])
	}
	switch f[5] {
	case Right:
		j.TypeRight = true
	case Wrong:
	default:
		return j, fmt.Errorf("type_ok %q, want yes or no", f[5])
	}
	for _, v := range []struct {
		verdict string
		offset  int
		role    string
	}{{j.ActorVerdict, j.Actor, "actor"}, {j.TargetVerdict, j.Target, "target"}} {
		switch {
		case v.verdict != Right && v.verdict != Wrong && v.verdict != Empty:
			return j, fmt.Errorf("%s_ok %q, want yes, no or none", v.role, v.verdict)
		case (v.verdict == Empty) != (v.offset < 0):
			return j, fmt.Errorf("%s_ok %q does not fit %s offset %d (none goes with -1)", v.role, v.verdict, v.role, v.offset)
		}
	}
	if _, ok := Reasons[j.Reason]; !ok {
		return j, fmt.Errorf("reason %q unknown", j.Reason)
	}
	if typeRight := j.Reason == "ok" || j.Reason == "args" || j.Reason == "not-happened"; typeRight != j.TypeRight {
		return j, fmt.Errorf("reason %s with type_ok %s", j.Reason, f[5])
	}
	return j, nil
}

// JudgedScore compares the current events with the judgements.
type JudgedScore struct {
	Judgements int
	// Still are judged events produced again at the same trigger with the
	// same type; the figures below count only them.
	Still, TypeRight, FalseAlarms, NotHappened int
	Swapped                                    int // ASSAULT for FIGHT or the reverse
	// Arguments: judged (the same start offset as judged, or none again)
	// and right among them; Changed arguments are not judged.
	ActorJudged, ActorRight, ActorChanged    int
	TargetJudged, TargetRight, TargetChanged int
	// Contentious repeats Still, TypeRight and FalseAlarms for the
	// Contentious types.
	ContentiousStill, ContentiousRight, ContentiousFalse int
	// Dropped judged events are produced no more; DroppedFalse of them
	// were false alarms. Retyped are judged triggers now of another type.
	Dropped, DroppedFalse, Retyped int
	// Unjudged are current events without a judgement of that trigger and
	// type, by type: what a judge should look at next.
	Unjudged       int
	UnjudgedByType map[string]int
	// ByType tallies the judged events still produced by their type.
	ByType map[string]*TypeTally
}

// TypeTally counts one type's judged events still produced.
type TypeTally struct{ Still, Right, FalseAlarms int }

// Weighted estimates the type precision and the false-alarm rate of all
// exported events: the sample over-draws some types, so each type's shares
// are weighted by its count in counts. Types without a judged event are
// left out of the estimate; share is the fraction of events they cover.
func (s JudgedScore) Weighted(counts map[string]int) (precision, falseAlarms, share float64) {
	var right, alarms, covered, all float64
	for t, n := range counts {
		all += float64(n)
		tt := s.ByType[t]
		if tt == nil || tt.Still == 0 {
			continue
		}
		w := float64(n) / float64(tt.Still)
		right += w * float64(tt.Right)
		alarms += w * float64(tt.FalseAlarms)
		covered += float64(n)
	}
	if covered == 0 {
		return 0, 0, 0
	}
	return right / covered, alarms / covered, covered / all
}

// TypePrecision is the share of judged events still produced whose type is right.
func (s JudgedScore) TypePrecision() float64 { return ratio(s.TypeRight, s.Still) }

// FalseAlarmRate is the share of judged events still produced that are no political event.
func (s JudgedScore) FalseAlarmRate() float64 { return ratio(s.FalseAlarms, s.Still) }

// ActorPrecision is the share of judged actors (of events of the right type) that are right.
func (s JudgedScore) ActorPrecision() float64 { return ratio(s.ActorRight, s.ActorJudged) }

// TargetPrecision is the share of judged targets (of events of the right type) that are right.
func (s JudgedScore) TargetPrecision() float64 { return ratio(s.TargetRight, s.TargetJudged) }

// ScoreJudged scores the current exported events against the judgements.
// Arguments are scored on events whose type is right: an argument of an
// event that did not happen has no right answer. An event produced without
// an argument the judge marked none is not counted: precision is over
// arguments given.
func ScoreJudged(current []ProducedEvent, js []Judgement) JudgedScore {
	s := JudgedScore{Judgements: len(js), UnjudgedByType: map[string]int{}, ByType: map[string]*TypeTally{}}
	isContentious := map[string]bool{}
	for _, t := range Contentious {
		isContentious[t] = true
	}
	now := map[string][]ProducedEvent{}
	for _, e := range current {
		now[e.Key()] = append(now[e.Key()], e)
	}
	judged := map[string]bool{}
	for _, j := range js {
		judged[j.Key()+" "+j.Type] = true
		evs := now[j.Key()]
		var e *ProducedEvent
		for i := range evs {
			if evs[i].Type == j.Type {
				e = &evs[i]
			}
		}
		if e == nil {
			if len(evs) > 0 {
				s.Retyped++
			} else {
				s.Dropped++
				if j.FalseAlarm() {
					s.DroppedFalse++
				}
			}
			continue
		}
		s.Still++
		tt := s.ByType[j.Type]
		if tt == nil {
			tt = &TypeTally{}
			s.ByType[j.Type] = tt
		}
		tt.Still++
		c := isContentious[j.Type]
		if c {
			s.ContentiousStill++
		}
		if j.FalseAlarm() {
			tt.FalseAlarms++
			s.FalseAlarms++
			if c {
				s.ContentiousFalse++
			}
		}
		switch j.Reason {
		case "not-happened":
			s.NotHappened++
		case "assault-fight":
			s.Swapped++
		}
		if !j.TypeRight {
			continue
		}
		s.TypeRight++
		tt.Right++
		if c {
			s.ContentiousRight++
		}
		scoreArg(e.Actor, j.Actor, j.ActorVerdict, &s.ActorJudged, &s.ActorRight, &s.ActorChanged)
		scoreArg(e.Target, j.Target, j.TargetVerdict, &s.TargetJudged, &s.TargetRight, &s.TargetChanged)
	}
	for _, e := range current {
		if !judged[e.Key()+" "+e.Type] {
			s.Unjudged++
			s.UnjudgedByType[e.Type]++
		}
	}
	return s
}

// scoreArg counts one argument: judged when it starts where it started
// when judged, right when the verdict says so; none given is not counted.
func scoreArg(now, then int, verdict string, judged, right, changed *int) {
	switch {
	case now != then:
		*changed++
	case now < 0:
	default:
		*judged++
		if verdict == Right {
			*right++
		}
	}
}
