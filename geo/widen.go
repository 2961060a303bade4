package geo

import (
	"github.com/annalist/annalist"
)

// Widen lets a confident toponym of Spot replace the LOCATION mentions a
// tagger cut it into: "Democratic Republic" and "Congo" of "Democratic
// Republic of the Congo". The toponym must start or end with one of them
// and overlap no other mention. The pieces leave their entities (an
// entity left without mentions goes); the toponym joins the LOCATION
// entity of its name, or a new one. It returns the number of toponyms
// that replaced pieces.
func Widen(rec *annalist.Record, tops []Toponym) int {
	type at struct{ e, m int }
	n := 0
	// The mentions by place in the text, built again after each change to
	// rec.Entities: each toponym looks only at the mentions near it.
	var idx *spanIndex
	var all []at
	for _, t := range tops {
		if !t.Confident {
			continue
		}
		if idx == nil {
			idx, all = newSpanIndex(), all[:0]
			for ei, e := range rec.Entities {
				for mi, m := range e.Mentions {
					idx.add(len(all), m.Start, m.End)
					all = append(all, at{ei, mi})
				}
			}
		}
		drop := map[at]bool{}
		edge := false
		ok := idx.near(t.Start, t.End, func(k int) bool {
			p := all[k]
			e := &rec.Entities[p.e]
			m := e.Mentions[p.m]
			if m.Start >= t.End || t.Start >= m.End {
				return true
			}
			if e.Type != annalist.Location || m.Start < t.Start || m.End > t.End || m.End-m.Start == t.End-t.Start {
				return false
			}
			drop[p] = true
			edge = edge || m.Start == t.Start || m.End == t.End
			return true
		})
		if !ok || !edge || len(drop) == 0 {
			continue
		}
		idx = nil
		kept := rec.Entities[:0]
		for ei, e := range rec.Entities {
			ms := e.Mentions[:0]
			for mi, m := range e.Mentions {
				if !drop[at{ei, mi}] {
					ms = append(ms, m)
				}
			}
			e.Mentions = ms
			if len(ms) > 0 {
				kept = append(kept, e)
			}
		}
		rec.Entities = kept
		AddSpotted(rec, []Toponym{t})
		n++
	}
	return n
}
