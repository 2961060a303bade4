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
	for _, t := range tops {
		if !t.Confident {
			continue
		}
		var pieces []at
		ok, edge := true, false
		for ei, e := range rec.Entities {
			for mi, m := range e.Mentions {
				if m.Start >= t.End || t.Start >= m.End {
					continue
				}
				if e.Type != annalist.Location || m.Start < t.Start || m.End > t.End || m.End-m.Start == t.End-t.Start {
					ok = false
					break
				}
				pieces = append(pieces, at{ei, mi})
				edge = edge || m.Start == t.Start || m.End == t.End
			}
		}
		if !ok || !edge || len(pieces) == 0 {
			continue
		}
		drop := map[at]bool{}
		for _, p := range pieces {
			drop[p] = true
		}
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
