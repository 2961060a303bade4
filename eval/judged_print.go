package eval

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"sort"
	"strings"
)

// Print writes the shares of stories with events and the counts by type.
func (r *EventRates) Print(w io.Writer) {
	fmt.Fprintf(w, "%d stories; with an exported event %d (%.1f%%); with an ASSAULT, FIGHT or COERCE %d (%.1f%%); %d events\n",
		r.Stories, r.WithEvent, 100*ratio(r.WithEvent, r.Stories), r.WithViolent, 100*ratio(r.WithViolent, r.Stories), len(r.Events))
	if r.Skipped > 0 {
		fmt.Fprintf(w, "%d skipped: no text to analyse\n", r.Skipped)
	}
	types := make([]string, 0, len(r.Types))
	for t := range r.Types {
		types = append(types, t)
	}
	sort.Slice(types, func(i, j int) bool {
		if r.Types[types[i]] != r.Types[types[j]] {
			return r.Types[types[i]] > r.Types[types[j]]
		}
		return types[i] < types[j]
	})
	var parts []string
	for _, t := range types {
		parts = append(parts, fmt.Sprintf("%s %d", t, r.Types[t]))
	}
	fmt.Fprintf(w, "by type: %s\n", strings.Join(parts, ", "))
}

// PrintSample writes each sampled event for a judge to read: a line to
// copy into the judgement file (verdicts left as ?), then the headline,
// the sentence with the trigger in [[ ]], the ACLED type and the
// arguments. Events already judged show their verdict instead.
func PrintSample(w io.Writer, sample []ProducedEvent, js []Judgement) {
	byKey := map[string]Judgement{}
	for _, j := range js {
		byKey[j.Key()+" "+j.Type] = j
	}
	for _, e := range sample {
		line := fmt.Sprintf("%s\t%d\t%s\t%d\t%d\t?\t%s\t%s\t?", e.Story, e.Trigger, e.Type,
			e.Actor, e.Target, argPlaceholder(e.Actor), argPlaceholder(e.Target))
		if j, ok := byKey[e.Key()+" "+e.Type]; ok {
			line = fmt.Sprintf("judged at line %d: type_ok %v, actor %s, target %s, %s", j.Line, yesNo(j.TypeRight), j.ActorVerdict, j.TargetVerdict, j.Reason)
		}
		fmt.Fprintf(w, "\n%s\n  title:    %s\n  sentence: %s\n  %s %q acled=%q\n  actor:  %q (%s)\n  target: %q (%s)\n",
			line, e.Title, marked(e), e.Type, e.TriggerText, e.ACLED, e.ActorText, e.ActorKind, e.TargetText, e.TargetKind)
	}
}

func argPlaceholder(offset int) string {
	if offset < 0 {
		return Empty
	}
	return "?"
}

func yesNo(b bool) string {
	if b {
		return Right
	}
	return Wrong
}

// marked is the sentence on one line with the trigger in [[ ]].
func marked(e ProducedEvent) string {
	s := e.Sentence
	if i := e.Trigger - e.SentenceStart; i >= 0 && i+len(e.TriggerText) <= len(s) && strings.HasPrefix(s[i:], e.TriggerText) {
		s = s[:i] + "[[" + e.TriggerText + "]]" + s[i+len(e.TriggerText):]
	}
	return strings.Join(strings.Fields(s), " ")
}

// Print writes the score; counts (the exported events by type) weight the
// estimate for all events.
func (s JudgedScore) Print(w io.Writer, counts map[string]int) {
	fmt.Fprintf(w, "judgements %d: still produced %d, retyped %d, dropped %d (%d of them false alarms)\n",
		s.Judgements, s.Still, s.Retyped, s.Dropped, s.DroppedFalse)
	fmt.Fprintf(w, "type precision %.3f (%d/%d); right and reported as having happened %.3f (%d not); false alarms (no political event) %.3f (%d/%d); ASSAULT and FIGHT swapped %d\n",
		s.TypePrecision(), s.TypeRight, s.Still, ratio(s.TypeRight-s.NotHappened, s.Still), s.NotHappened,
		s.FalseAlarmRate(), s.FalseAlarms, s.Still, s.Swapped)
	fmt.Fprintf(w, "  contentious types (%s): type precision %.3f (%d/%d), false alarms %.3f (%d/%d)\n",
		strings.Join(Contentious, " "), ratio(s.ContentiousRight, s.ContentiousStill), s.ContentiousRight, s.ContentiousStill,
		ratio(s.ContentiousFalse, s.ContentiousStill), s.ContentiousFalse, s.ContentiousStill)
	fmt.Fprintf(w, "  other types: type precision %.3f (%d/%d), false alarms %.3f (%d/%d)\n",
		ratio(s.TypeRight-s.ContentiousRight, s.Still-s.ContentiousStill), s.TypeRight-s.ContentiousRight, s.Still-s.ContentiousStill,
		ratio(s.FalseAlarms-s.ContentiousFalse, s.Still-s.ContentiousStill), s.FalseAlarms-s.ContentiousFalse, s.Still-s.ContentiousStill)
	fmt.Fprintf(w, "  right of judged by type: %s\n", listByType(s.ByType, func(t string, tt *TypeTally) string {
		return fmt.Sprintf("%s %d/%d (%d no event)", t, tt.Right, tt.Still, tt.FalseAlarms)
	}))
	p, fa, share := s.Weighted(counts)
	fmt.Fprintf(w, "  all exported events, each type weighted by its count (%.0f%% of events in judged types): type precision %.3f, false alarms %.3f\n",
		100*share, p, fa)
	fmt.Fprintf(w, "actor precision %.3f (%d/%d, %d changed since judged); target precision %.3f (%d/%d, %d changed)\n",
		s.ActorPrecision(), s.ActorRight, s.ActorJudged, s.ActorChanged, s.TargetPrecision(), s.TargetRight, s.TargetJudged, s.TargetChanged)
	fmt.Fprintf(w, "current events not judged: %d (%s)\n", s.Unjudged, listByType(s.UnjudgedByType, func(t string, n int) string {
		return fmt.Sprintf("%s %d", t, n)
	}))
}

// listByType writes one item a type, in the types' alphabetical order.
func listByType[V any](m map[string]V, item func(string, V) string) string {
	var parts []string
	for _, t := range slices.Sorted(maps.Keys(m)) {
		parts = append(parts, item(t, m[t]))
	}
	return strings.Join(parts, ", ")
}
