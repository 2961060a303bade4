package event

import (
	"sort"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/text"
)

// docIndex files the record's times, counts and entity mentions under the
// sentences they touch, once per document, so that each sentence and each
// trigger looks only at its own instead of scanning the whole record: a
// long article would otherwise take time quadratic in its length.
//
// Each list keeps the record's order, and holds every item whose span meets
// the sentence's (end points included): a superset of what any of the
// per-sentence tests asks for, so filtering a list with the same test gives
// the same items in the same order as filtering the whole record.
type docIndex struct {
	// noTree is set when a parse came back without a dependency tree (a
	// tagger alone): the extractor then stops asking for parses, which
	// cost the whole sentence's analysis and would give it nothing.
	noTree bool

	types *TypeModel // the type model (classify.go), nil for the rules alone

	times    [][]int     // indices into r.Times
	counts   [][]int     // indices into r.Counts
	mentions [][]mention // entity mentions, in entity then mention order

	// paraDate is, for each sentence, the first date of the nearest earlier
	// sentence of its paragraph that has one, or "".
	paraDate []string
	// paraPlace is, for each sentence, the last-placed located mention of
	// the nearest earlier sentence of its paragraph that has one, or -1.
	paraPlace []int
	// focusEntity is the first country entity of the focus country, or -1.
	focusEntity int
	// crime caches crimeFrame's answer: 0 not yet asked, 1 yes, 2 no.
	crime int8
}

// mention is one mention of r.Entities[entity].
type mention struct {
	entity     int
	start, end int
}

func newDocIndex(d *text.Doc, r *annalist.Record) *docIndex {
	n := len(d.Sentences)
	x := &docIndex{times: make([][]int, n), counts: make([][]int, n), mentions: make([][]mention, n),
		paraDate: make([]string, n), paraPlace: make([]int, n), focusEntity: -1}
	for i, t := range r.Times {
		eachSentence(d, t.Start, t.End, func(si int) { x.times[si] = append(x.times[si], i) })
	}
	for i, c := range r.Counts {
		eachSentence(d, c.Start, c.End, func(si int) { x.counts[si] = append(x.counts[si], i) })
	}
	for ei := range r.Entities {
		for _, mn := range r.Entities[ei].Mentions {
			m := mention{entity: ei, start: mn.Start, end: mn.End}
			eachSentence(d, mn.Start, mn.End, func(si int) { x.mentions[si] = append(x.mentions[si], m) })
		}
	}

	date, place := "", -1
	for si := range d.Sentences {
		if si > 0 && d.Sentences[si-1].Paragraph != d.Sentences[si].Paragraph {
			date, place = "", -1
		}
		x.paraDate[si], x.paraPlace[si] = date, place
		if v := x.firstDate(r, d.Sentences[si], si); v != "" {
			date = v
		}
		if e := x.lastPlace(r, d.Sentences[si], si); e >= 0 {
			place = e
		}
	}

	if r.Focus != nil && r.Focus.Country != "" {
		for ei := range r.Entities {
			e := &r.Entities[ei]
			if e.Geo != nil && e.Geo.Kind == annalist.GeoCountry && e.Geo.Country == r.Focus.Country {
				x.focusEntity = ei
				break
			}
		}
		// A page that never names its country ("riot police in
		// Tbilisi") is placed at its first place in that country, not at
		// the bare country code.
		first := -1
		for ei := range r.Entities {
			e := &r.Entities[ei]
			if x.focusEntity >= 0 || e.Type != annalist.Location || e.Geo == nil || e.Geo.Country != r.Focus.Country || len(e.Mentions) == 0 {
				continue
			}
			if first < 0 || e.Mentions[0].Start < r.Entities[first].Mentions[0].Start {
				first = ei
			}
		}
		if first >= 0 {
			x.focusEntity = first
		}
	}
	return x
}

// eachSentence calls f with the index of each sentence whose span meets
// [start, end], end points included.
func eachSentence(d *text.Doc, start, end int, f func(si int)) {
	ss := d.Sentences
	si := sort.Search(len(ss), func(k int) bool { return ss[k].End >= start })
	for ; si < len(ss) && ss[si].Start <= end; si++ {
		f(si)
	}
}

// firstDate is the first date, in record order, inside sentence si's span.
func (x *docIndex) firstDate(r *annalist.Record, sent text.Sentence, si int) string {
	for _, ti := range x.times[si] {
		t := r.Times[ti]
		if isDateValue(t) && t.Start >= sent.Start && t.End <= sent.End {
			return t.Value
		}
	}
	return ""
}

// lastPlace is the entity of the located mention starting last inside the
// sentence's span (the first of equals), or -1.
func (x *docIndex) lastPlace(r *annalist.Record, sent text.Sentence, si int) int {
	last, lastStart := -1, -1
	for _, m := range x.mentions[si] {
		e := &r.Entities[m.entity]
		if e.Type != annalist.Location || e.Geo == nil {
			continue
		}
		if m.start >= sent.Start && m.end <= sent.End && m.start > lastStart {
			last, lastStart = m.entity, m.start
		}
	}
	return last
}
