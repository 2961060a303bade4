package event

import (
	"regexp"

	"github.com/annalist/annalist"
)

// Merge turns mentions into events: mentions of one type and modality in one
// sentence are one event, and so are mentions in different sentences whose
// dates, places and actors do not disagree (an empty one agrees with any).
// The merged event keeps the first mention's trigger and sentence, takes
// missing arguments from later mentions and lists every sentence.
func Merge(ms []Mention) []annalist.Event {
	var out []annalist.Event
	var last []int // sentence index of each event's latest mention
	for i := range ms {
		m := &ms[i]
		k := -1
		for j := range out {
			e := &out[j]
			if e.Type != m.Type || e.Modality != m.Modality {
				continue
			}
			if e.Sentence == m.Sentence && m.apartAt >= e.Trigger.End {
				continue // a stretch of time sets it apart: another happening
			}
			if last[j] == m.SentenceIndex || compatible(e, &m.Event) {
				k = j
				break
			}
		}
		if k < 0 {
			e := m.Event
			e.Sentences = []annalist.Span{e.Sentence}
			out = append(out, e)
			last = append(last, m.SentenceIndex)
			continue
		}
		absorb(&out[k], &m.Event)
		if last[k] != m.SentenceIndex {
			out[k].Sentences = append(out[k].Sentences, m.Sentence)
			last[k] = m.SentenceIndex
		}
	}
	return out
}

// markApart sets each mention's apartAt: the end of the last stretch of
// time before "after" or "before" between its sentence's start and its
// trigger ("found guilty on Tuesday, a day after he was convicted of five
// other murders", "two weeks before they arrested his deputy"), or -1. An
// act of the event's type after that point is another happening, though
// it is told in the same sentence.
func markApart(text string, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		m.apartAt = -1
		if m.Sentence.Start < 0 || m.Trigger.Start > len(text) || m.Sentence.Start > m.Trigger.Start {
			continue
		}
		if loc := timeApart.FindAllStringIndex(text[m.Sentence.Start:m.Trigger.Start], -1); len(loc) > 0 {
			m.apartAt = m.Sentence.Start + loc[len(loc)-1][0]
		}
	}
}

var timeApart = regexp.MustCompile(`(?i)\b(days?|weeks?|months?|years?)\s+(after|before)\b`)

func compatible(a, b *annalist.Event) bool {
	if a.Date != "" && b.Date != "" && a.Date != b.Date {
		return false
	}
	if a.Place != nil && b.Place != nil && a.Place.Name != b.Place.Name &&
		// A place known only from the article's focus country agrees with
		// any place in that country.
		!(a.Place.Country == b.Place.Country && (a.Place.Entity == "" || b.Place.Entity == "")) {
		return false
	}
	if a.Actor != nil && b.Actor != nil && a.Actor.Entity != "" && b.Actor.Entity != "" && a.Actor.Entity != b.Actor.Entity {
		return false
	}
	return true
}

// absorb fills what a lacks from b.
func absorb(a, b *annalist.Event) {
	if a.Actor == nil {
		a.Actor = b.Actor
	}
	if a.Target == nil {
		a.Target = b.Target
	}
	if a.Date == "" {
		a.Date = b.Date
	}
	if a.Place == nil {
		a.Place = b.Place
	}
	if a.Mode == "" || a.Type == "PROTEST" && b.Mode == "riot" {
		a.Mode = b.Mode // a protest that turns violent is a riot
	}
	a.Fatalities = max(a.Fatalities, b.Fatalities)
	a.Injuries = max(a.Injuries, b.Injuries)
	a.Arrests = max(a.Arrests, b.Arrests)
	a.Size = max(a.Size, b.Size)
}
