package geo

import (
	"container/heap"
	"strconv"
	"strings"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/gazetteer"
)

// Widen lets a confident toponym of Spot replace the LOCATION mentions a
// tagger cut it into: "Democratic Republic" and "Congo" of "Democratic
// Republic of the Congo". The toponym must start or end with one of them
// and overlap no other mention. The pieces leave their entities (an
// entity left without mentions goes); the toponym joins the LOCATION
// entity of its name, or a new one (as AddSpotted would add it). It
// returns the number of toponyms that replaced pieces.
//
// The toponyms are taken in order, each seeing what the ones before it
// changed; the changes are kept in a widening and written back to rec once
// at the end, so that a long article with many cut names stays linear.
func Widen(rec *annalist.Record, tops []Toponym) int {
	var w *widening
	n := 0
	for _, t := range tops {
		if !t.Confident {
			continue
		}
		if w == nil {
			w = newWidening(rec)
		}
		if w.replace(t) {
			n++
		}
	}
	if n > 0 {
		w.writeBack(rec)
	}
	return n
}

// widening is the record's entities while Widen works: mentions are
// marked dead rather than removed, and an entity whose mentions are all
// dead counts as gone.
type widening struct {
	ents  []annalist.Entity // rec.Entities, then the entities Widen adds
	live  []int             // live mentions of each entity
	ments []widenMention
	own   [][]int // mention ids of each entity, in order
	idx   *spanIndex
	gen   int

	byKey map[string][]int // entities of a LOCATION or MISC name, in order
	ids   idNumbers        // the numbers of the live entities' ids
}

type widenMention struct {
	annalist.Span
	ent  int
	dead bool
	seen int // the last gen that met it
}

func newWidening(rec *annalist.Record) *widening {
	w := &widening{ents: append([]annalist.Entity(nil), rec.Entities...), idx: newSpanIndex(),
		byKey: map[string][]int{}, ids: idNumbers{count: map[int]int{}}}
	w.live = make([]int, len(w.ents))
	w.own = make([][]int, len(w.ents))
	for ei := range w.ents {
		for _, m := range w.ents[ei].Mentions {
			w.addMention(ei, m)
		}
		w.register(ei)
	}
	return w
}

func (w *widening) addMention(ei int, m annalist.Span) {
	id := len(w.ments)
	w.ments = append(w.ments, widenMention{Span: m, ent: ei})
	w.own[ei] = append(w.own[ei], id)
	w.live[ei]++
	w.idx.add(id, m.Start, m.End)
}

// register files a live entity under its name and id number.
func (w *widening) register(ei int) {
	e := &w.ents[ei]
	if w.live[ei] == 0 {
		return // an entity without mentions goes at the first change
	}
	if e.Type == annalist.Location || e.Type == annalist.Misc {
		k := gazetteer.Key(e.Name)
		w.byKey[k] = append(w.byKey[k], ei)
	}
	if n, ok := idNumber(e.ID); ok {
		w.ids.add(n)
	}
}

// replace puts t in place of the mentions it is cut into, when it may.
func (w *widening) replace(t Toponym) bool {
	w.gen++
	var pieces []int
	edge := false
	ok := w.idx.near(t.Start, t.End, func(id int) bool {
		m := &w.ments[id]
		if m.dead || m.seen == w.gen || m.Start >= t.End || t.Start >= m.End {
			return true
		}
		m.seen = w.gen
		if w.ents[m.ent].Type != annalist.Location || m.Start < t.Start || m.End > t.End || m.End-m.Start == t.End-t.Start {
			return false
		}
		pieces = append(pieces, id)
		edge = edge || m.Start == t.Start || m.End == t.End
		return true
	})
	if !ok || !edge || len(pieces) == 0 {
		return false
	}
	for _, id := range pieces {
		m := &w.ments[id]
		m.dead = true
		if w.live[m.ent]--; w.live[m.ent] == 0 {
			if n, ok := idNumber(w.ents[m.ent].ID); ok {
				w.ids.remove(n)
			}
		}
	}
	// As AddSpotted: the last LOCATION or MISC entity of the name, or a
	// new one numbered after the highest id left.
	m := annalist.Span{Start: t.Start, End: t.End, Text: t.Text}
	k := gazetteer.Key(t.Text)
	list := w.byKey[k]
	for len(list) > 0 && w.live[list[len(list)-1]] == 0 {
		list = list[:len(list)-1] // gone for good
	}
	w.byKey[k] = list
	if len(list) > 0 {
		w.addMention(list[len(list)-1], m)
		return true
	}
	e := Entities([]Toponym{t}, w.ids.next())[0]
	e.Mentions = nil
	w.ents = append(w.ents, e)
	w.live = append(w.live, 0)
	w.own = append(w.own, nil)
	ei := len(w.ents) - 1
	w.addMention(ei, m)
	w.register(ei)
	return true
}

// writeBack puts the live entities and mentions in rec, in order.
func (w *widening) writeBack(rec *annalist.Record) {
	out := make([]annalist.Entity, 0, len(w.ents))
	for ei, e := range w.ents {
		if w.live[ei] == 0 {
			continue
		}
		ms := make([]annalist.Span, 0, w.live[ei])
		for _, id := range w.own[ei] {
			if !w.ments[id].dead {
				ms = append(ms, w.ments[id].Span)
			}
		}
		e.Mentions = ms
		out = append(out, e)
	}
	rec.Entities = out
}

// idNumber reads the number of an entity id "e12", as AddSpotted does.
func idNumber(id string) (int, bool) {
	digits, ok := strings.CutPrefix(id, "e")
	n, err := strconv.Atoi(digits)
	return n, ok && err == nil
}

// idNumbers is a multiset of id numbers that tells the next free one: a
// max-heap whose removed numbers leave when they reach the top.
type idNumbers struct {
	count map[int]int
	h     intHeap
}

func (s *idNumbers) add(n int) {
	s.count[n]++
	heap.Push(&s.h, n)
}

func (s *idNumbers) remove(n int) { s.count[n]-- }

// next is one past the highest number, and at least 1.
func (s *idNumbers) next() int {
	for s.h.Len() > 0 && s.count[s.h[0]] == 0 {
		heap.Pop(&s.h)
	}
	if s.h.Len() == 0 || s.h[0] < 1 {
		return 1
	}
	return s.h[0] + 1
}

type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] > h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
