package eval

import (
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/annalist/annalist"
)

// Recall on real news: judged events (judged.go) measure the precision of
// what the extractor exports, never what it misses. A recall gold file
// holds every political event a careful annotator found in whole documents
// (CoNLL-2003's, rebuilt by CoNLLArticles), keyed like judgements by story
// and byte offsets in the rebuilt text, with no text of the corpus. Each
// document read is listed, so the events the extractor produces in a read
// document with no gold event are its false alarms.

// RecallEvent is one gold event: the trigger's byte span, its PLOVER type
// (or types: an annotator may accept either of two readings), ACLED's
// sub-event type where ACLED would code the event, and the actor's and
// target's spans (-1 for none).
type RecallEvent struct {
	Story               string
	Trigger, TriggerEnd int
	Types               []string
	ACLED               string // sub-event type ("Armed clash"), "" where ACLED codes none
	Actor, ActorEnd     int
	Target, TargetEnd   int
	Happened            bool // reported as having happened, so an events table should carry it
	Line                int  // in the gold file, for --misses
}

// RecallGold is a recall gold file: the documents read in full and the
// events found in them.
type RecallGold struct {
	Docs   []string
	Events []RecallEvent
}

// RecallColumns are an event line's tab-separated columns. A document
// read in full is a line of two: its story and "read".
var RecallColumns = []string{"story", "trigger", "trigger_end", "type", "acled", "actor", "actor_end", "target", "target_end", "happened"}

// ReadRecallGold reads a recall gold file. A malformed line, an event of a
// document not listed as read, or a document listed twice fails with the
// file name and line.
func ReadRecallGold(r io.Reader, name string) (*RecallGold, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	g := &RecallGold{}
	read := map[string]bool{}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) == 2 && f[1] == "read" {
			if read[f[0]] {
				return nil, fmt.Errorf("%s:%d: %s listed twice", name, i+1, f[0])
			}
			read[f[0]] = true
			g.Docs = append(g.Docs, f[0])
			continue
		}
		e, err := parseRecallEvent(f)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, i+1, err)
		}
		if !read[e.Story] {
			return nil, fmt.Errorf("%s:%d: %s has no \"read\" line before its events", name, i+1, e.Story)
		}
		e.Line = i + 1
		g.Events = append(g.Events, e)
	}
	return g, nil
}

// ReadRecallGoldFile reads the recall gold file at path.
func ReadRecallGoldFile(path string) (*RecallGold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadRecallGold(f, path)
}

func parseRecallEvent(f []string) (RecallEvent, error) {
	if len(f) != len(RecallColumns) {
		return RecallEvent{}, fmt.Errorf("%d tab-separated fields, want %d (%s) or 2 (story, read)", len(f), len(RecallColumns), strings.Join(RecallColumns, ", "))
	}
	e := RecallEvent{Story: f[0], Types: strings.Split(f[3], "|")}
	if f[4] != "-" {
		e.ACLED = f[4]
	}
	nums := []*int{&e.Trigger, &e.TriggerEnd, nil, nil, &e.Actor, &e.ActorEnd, &e.Target, &e.TargetEnd}
	for k, p := range nums {
		if p == nil {
			continue
		}
		n, err := strconv.Atoi(f[1+k])
		if err != nil || n < -1 {
			return e, fmt.Errorf("%s %q", RecallColumns[1+k], f[1+k])
		}
		*p = n
	}
	switch f[9] {
	case Right:
		e.Happened = true
	case Wrong:
	default:
		return e, fmt.Errorf("happened %q, want yes or no", f[9])
	}
	switch {
	case e.Story == "" || f[3] == "":
		return e, fmt.Errorf("empty story or type")
	case e.Trigger < 0 || e.TriggerEnd <= e.Trigger:
		return e, fmt.Errorf("trigger span %d-%d", e.Trigger, e.TriggerEnd)
	case (e.Actor < 0) != (e.ActorEnd < 0) || e.Actor >= 0 && e.ActorEnd <= e.Actor:
		return e, fmt.Errorf("actor span %d-%d", e.Actor, e.ActorEnd)
	case (e.Target < 0) != (e.TargetEnd < 0) || e.Target >= 0 && e.TargetEnd <= e.Target:
		return e, fmt.Errorf("target span %d-%d", e.Target, e.TargetEnd)
	}
	return e, nil
}

// Select keeps the articles the gold file lists as read, and their texts
// by id; it fails when one is not among arts.
func (g *RecallGold) Select(arts []*annalist.Article) ([]*annalist.Article, map[string]string, error) {
	read := map[string]bool{}
	for _, d := range g.Docs {
		read[d] = true
	}
	texts := map[string]string{}
	var out []*annalist.Article
	for _, a := range arts {
		if read[a.ID] && texts[a.ID] == "" {
			out = append(out, a)
			texts[a.ID] = a.Text
		}
	}
	if len(out) != len(g.Docs) {
		return nil, nil, fmt.Errorf("the gold file lists %d documents, %d of them found", len(g.Docs), len(out))
	}
	return out, texts, nil
}

// HasEvents says the gold file holds events of the story.
func (g *RecallGold) HasEvents(story string) bool {
	for _, e := range g.Events {
		if e.Story == story {
			return true
		}
	}
	return false
}

// PickDocs draws n of the ids, leaving out those in exclude, in the order
// of a hash of the seed and the id: a fixed seed draws the same documents
// whatever else the list holds.
func PickDocs(ids []string, exclude map[string]bool, seed uint64, n int) []string {
	var pool []string
	for _, id := range ids {
		if !exclude[id] {
			pool = append(pool, id)
		}
	}
	h := func(id string) uint64 {
		f := fnv.New64a()
		fmt.Fprintf(f, "%d/%s", seed, id)
		// FNV's high bits barely move between ids that differ in their
		// last digits: a finalizer (MurmurHash3's) spreads them.
		x := f.Sum64()
		x ^= x >> 33
		x *= 0xff51afd7ed558ccd
		x ^= x >> 33
		x *= 0xc4ceb9fe1a85ec53
		return x ^ x>>33
	}
	sort.Slice(pool, func(i, j int) bool { return h(pool[i]) < h(pool[j]) })
	return pool[:min(n, len(pool))]
}

// Paragraph is the span of the paragraph of text holding offset: a
// sentence of a CoNLL document as CoNLLArticles rebuilds it.
func Paragraph(text string, offset int) (start, end int) {
	if offset < 0 || offset > len(text) {
		return -1, -1
	}
	start = strings.LastIndex(text[:offset], "\n\n")
	if start < 0 {
		start = 0
	} else {
		start += 2
	}
	end = strings.Index(text[offset:], "\n\n")
	if end < 0 {
		end = len(text)
	} else {
		end += offset
	}
	return start, end
}

// RecallScore is the extractor's output against a recall gold file.
type RecallScore struct {
	Gold, GoldHappened int
	// Found are gold events with a produced event (any modality) on their
	// trigger or, failing that, in their sentence; OnTrigger of them on the
	// trigger. Exported are the happened gold events found by an event an
	// events table carries.
	Found, OnTrigger, Exported int
	TypeRight                  int // found events of a gold type
	// Arguments of found events of the right type whose gold has one: right
	// when the produced argument starts inside the gold span (not scored on
	// a later telling of a merged event).
	ActorGold, ActorRight, TargetGold, TargetRight int
	// ACLEDGold are found events of the right type ACLED would code;
	// ACLEDRight of them carry its sub-event type.
	ACLEDGold, ACLEDRight int
	// Produced are the events in the documents read (any modality) and
	// ProducedExported those an events table carries; Matched and
	// MatchedExported are the ones matched to a gold event.
	Produced, Matched, ProducedExported, MatchedExported int
	ByType                                               map[string]*RecallTally
	Misses                                               []RecallMiss
	Unmatched                                            []ProducedEvent // produced in a document read, matched to no gold event
	ArgMisses                                            []ArgMiss
}

// ArgMiss is a gold argument a found event of the right type did not give
// (Got: the argument it gave, "" for none).
type ArgMiss struct {
	Event     RecallEvent
	Role, Got string
}

// RecallTally counts one gold type's events.
type RecallTally struct{ Gold, Found, TypeRight int }

// RecallMiss is a gold event not found, or found with another type (Got).
type RecallMiss struct {
	Event       RecallEvent
	Got, GotOn  string // the type found and its trigger
	GotModality string
}

// Recall is the share of gold events found.
func (s RecallScore) Recall() float64 { return ratio(s.Found, s.Gold) }

// Precision is the share of produced events matched to a gold event.
func (s RecallScore) Precision() float64 { return ratio(s.Matched, s.Produced) }

// TypeAccuracy is the share of found events whose type is a gold type.
func (s RecallScore) TypeAccuracy() float64 { return ratio(s.TypeRight, s.Found) }

// ScoreRecall matches the produced events (AllEvents of the records of the
// documents read) to the gold events, one to one: first a produced event
// whose trigger overlaps the gold trigger, of a gold type if there is
// one, then any unmatched event of the same sentence (texts: the documents'
// text by story), again a gold type first.
//
// An event the extractor merged from several sentences (an act told again
// later) stands for one telling in each sentence it lists: the later
// tellings (Retold) are matched in their sentence only, and precision
// counts tellings.
func ScoreRecall(g *RecallGold, texts map[string]string, produced []ProducedEvent) RecallScore {
	s := RecallScore{ByType: map[string]*RecallTally{}}
	var tellings []ProducedEvent
	for _, p := range produced {
		tellings = append(tellings, p)
		for _, at := range p.Also {
			q := p
			q.Trigger, q.Also, q.Retold = at, nil, true
			tellings = append(tellings, q)
		}
	}
	produced = tellings
	read := map[string]bool{}
	for _, d := range g.Docs {
		read[d] = true
	}
	byStory := map[string][]int{}
	for i, p := range produced {
		if !read[p.Story] {
			continue
		}
		byStory[p.Story] = append(byStory[p.Story], i)
		s.Produced++
		if p.Modality == "" {
			s.ProducedExported++
		}
	}
	used := map[int]bool{}
	match := make([]int, len(g.Events))
	pick := func(e RecallEvent, fits func(ProducedEvent) bool) int {
		best := -1
		for _, i := range byStory[e.Story] {
			if used[i] || !fits(produced[i]) {
				continue
			}
			if best < 0 || hasType(e, produced[i].Type) && !hasType(e, produced[best].Type) {
				best = i
			}
		}
		return best
	}
	for k, e := range g.Events {
		match[k] = pick(e, func(p ProducedEvent) bool { return onTrigger(p, e) })
		if match[k] >= 0 {
			used[match[k]] = true
		}
	}
	for k, e := range g.Events {
		if match[k] >= 0 {
			continue
		}
		start, end := Paragraph(texts[e.Story], e.Trigger)
		match[k] = pick(e, func(p ProducedEvent) bool { return p.Trigger >= start && p.Trigger < end })
		if match[k] >= 0 {
			used[match[k]] = true
		}
	}
	for _, list := range byStory {
		for _, i := range list {
			if !used[i] {
				s.Unmatched = append(s.Unmatched, produced[i])
			}
		}
	}
	sort.Slice(s.Unmatched, func(i, j int) bool {
		a, b := s.Unmatched[i], s.Unmatched[j]
		return a.Story < b.Story || a.Story == b.Story && a.Trigger < b.Trigger
	})
	for k, e := range g.Events {
		s.Gold++
		tt := s.ByType[e.Types[0]]
		if tt == nil {
			tt = &RecallTally{}
			s.ByType[e.Types[0]] = tt
		}
		tt.Gold++
		if e.Happened {
			s.GoldHappened++
		}
		i := match[k]
		if i < 0 {
			s.Misses = append(s.Misses, RecallMiss{Event: e})
			continue
		}
		p := produced[i]
		s.Found++
		tt.Found++
		s.Matched++
		if p.Modality == "" {
			s.MatchedExported++
			if e.Happened {
				s.Exported++
			}
		}
		if onTrigger(p, e) {
			s.OnTrigger++
		}
		if !hasType(e, p.Type) {
			s.Misses = append(s.Misses, RecallMiss{Event: e, Got: p.Type, GotOn: p.TriggerText, GotModality: p.Modality})
			continue
		}
		s.TypeRight++
		tt.TypeRight++
		// A later telling's arguments are not known: the event's are
		// offsets in its first sentence.
		arg := func(role string, start, end, got int, gotText string, gold, right *int) {
			if start < 0 || p.Retold {
				return
			}
			*gold++
			if got >= start && got < end {
				*right++
			} else {
				s.ArgMisses = append(s.ArgMisses, ArgMiss{Event: e, Role: role, Got: gotText})
			}
		}
		arg("actor", e.Actor, e.ActorEnd, p.Actor, p.ActorText, &s.ActorGold, &s.ActorRight)
		arg("target", e.Target, e.TargetEnd, p.Target, p.TargetText, &s.TargetGold, &s.TargetRight)
		if e.ACLED != "" {
			s.ACLEDGold++
			if _, sub, ok := strings.Cut(p.ACLED, " / "); ok && sub == e.ACLED {
				s.ACLEDRight++
			}
		}
	}
	return s
}

// onTrigger says the produced trigger overlaps the gold one: an extractor
// may take in a modal or a negation ("will not allow") or a noun's verb.
func onTrigger(p ProducedEvent, e RecallEvent) bool {
	return !p.Retold && p.Trigger < e.TriggerEnd && p.Trigger+max(len(p.TriggerText), 1) > e.Trigger
}

func hasType(e RecallEvent, t string) bool {
	for _, g := range e.Types {
		if g == t {
			return true
		}
	}
	return false
}

// Print writes the score.
func (s RecallScore) Print(w io.Writer) {
	fmt.Fprintf(w, "gold events %d (%d reported as having happened)\n", s.Gold, s.GoldHappened)
	fmt.Fprintf(w, "recall %.3f (%d/%d; %d on the trigger, %d elsewhere in the sentence); exported recall of happened events %.3f (%d/%d)\n",
		s.Recall(), s.Found, s.Gold, s.OnTrigger, s.Found-s.OnTrigger, ratio(s.Exported, s.GoldHappened), s.Exported, s.GoldHappened)
	fmt.Fprintf(w, "type accuracy of found %.3f (%d/%d); recall with the right type %.3f\n",
		s.TypeAccuracy(), s.TypeRight, s.Found, ratio(s.TypeRight, s.Gold))
	fmt.Fprintf(w, "actor %.3f (%d/%d), target %.3f (%d/%d), ACLED sub-event %.3f (%d/%d) of found events of the right type\n",
		ratio(s.ActorRight, s.ActorGold), s.ActorRight, s.ActorGold, ratio(s.TargetRight, s.TargetGold), s.TargetRight, s.TargetGold,
		ratio(s.ACLEDRight, s.ACLEDGold), s.ACLEDRight, s.ACLEDGold)
	fmt.Fprintf(w, "precision against the gold %.3f (%d/%d produced, any modality); exported %.3f (%d/%d)\n",
		s.Precision(), s.Matched, s.Produced, ratio(s.MatchedExported, s.ProducedExported), s.MatchedExported, s.ProducedExported)
	fmt.Fprintf(w, "by gold type (found, right type / gold): %s\n", listByType(s.ByType, func(t string, tt *RecallTally) string {
		return fmt.Sprintf("%s %d,%d/%d", t, tt.Found, tt.TypeRight, tt.Gold)
	}))
}

// PrintMisses writes each missed or mistyped gold event with its sentence
// (texts by story) and the trigger in [[ ]], for a developer reading the
// classes of misses.
func (s RecallScore) PrintMisses(w io.Writer, texts map[string]string) {
	for _, m := range s.Misses {
		e := m.Event
		text := texts[e.Story]
		start, end := Paragraph(text, e.Trigger)
		if start < 0 || e.TriggerEnd > end {
			continue
		}
		got := "missed"
		if m.Got != "" {
			got = fmt.Sprintf("typed %s on %q", m.Got, m.GotOn)
		}
		fmt.Fprintf(w, "%s line %d: %s %s: %s[[%s]]%s\n", e.Story, e.Line, strings.Join(e.Types, "|"), got,
			text[start:e.Trigger], text[e.Trigger:e.TriggerEnd], text[e.TriggerEnd:end])
	}
	for _, m := range s.ArgMisses {
		e, text := m.Event, texts[m.Event.Story]
		span := [2]int{e.Actor, e.ActorEnd}
		if m.Role == "target" {
			span = [2]int{e.Target, e.TargetEnd}
		}
		if span[1] <= len(text) && e.TriggerEnd <= len(text) {
			fmt.Fprintf(w, "%s line %d: %s %q: %s %q, gold %q\n", e.Story, e.Line, strings.Join(e.Types, "|"),
				text[e.Trigger:e.TriggerEnd], m.Role, m.Got, text[span[0]:span[1]])
		}
	}
	for _, p := range s.Unmatched {
		if p.Retold {
			start, end := Paragraph(texts[p.Story], p.Trigger)
			if start >= 0 {
				fmt.Fprintf(w, "%s no gold event: %s %s %q told again: %s\n", p.Story, p.Type, p.Modality, p.TriggerText, texts[p.Story][start:end])
			}
			continue
		}
		fmt.Fprintf(w, "%s no gold event: %s %s %q: %s\n", p.Story, p.Type, p.Modality, p.TriggerText, marked(p))
	}
}

// PrintForAnnotation writes a document for an annotator: its id and
// headline, then each paragraph (a sentence of a CoNLL document) with its
// index and byte offset in the text, the offsets a gold line gives.
func PrintForAnnotation(w io.Writer, id, title, text string) {
	fmt.Fprintf(w, "\n== %s: %s\n", id, title)
	for k, off := 0, 0; off < len(text); k++ {
		_, end := Paragraph(text, off)
		fmt.Fprintf(w, "[%d @%d] %s\n", k, off, text[off:end])
		off = end + 2
	}
}

// ReadDocIDs reads the stories a judgement file holds events of, or the
// documents a recall gold file lists as read (all of them, event or
// none): the documents a fresh draw leaves out. A file is read as a
// recall gold file when a line of it is `story<TAB>read`.
func ReadDocIDs(r io.Reader, name string) ([]string, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if len(f) == 2 && f[1] == "read" && !strings.HasPrefix(line, "#") {
			g, err := ReadRecallGold(strings.NewReader(string(data)), name)
			if err != nil {
				return nil, err
			}
			return g.Docs, nil
		}
	}
	js, err := ReadJudgements(strings.NewReader(string(data)), name)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(js))
	for i, j := range js {
		ids[i] = j.Story
	}
	return ids, nil
}
