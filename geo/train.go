package geo

import (
	"github.com/annalist/annalist"
	"github.com/annalist/annalist/eval"
	"github.com/annalist/annalist/gazetteer"
	"github.com/annalist/annalist/text"
)

// RankGroups runs the resolver (after tag, the name tagger) over the gold
// articles and returns the candidates of every name on a gold toponym that
// has a point, labelled right or wrong as eval geo judges them: the
// ranker's training data. It is deterministic for given articles.
func RankGroups(g *gazetteer.Gazetteer, arts []eval.GeoArticle, tag func(*text.Doc, *annalist.Record)) []RankGroup {
	r := New(g)
	var out []RankGroup
	for _, a := range arts {
		d := text.Analyze(a.Text, a.Published)
		rec := &annalist.Record{Text: a.Text, Published: a.Published, URL: a.URL}
		if tag != nil {
			tag(d, rec)
		}
		label := func(e *annalist.Entity, ps []*gazetteer.Place) ([]bool, bool) {
			for _, m := range e.Mentions {
				t, ok := a.GoldAt(m.Start, m.End)
				if !ok || !t.HasPoint {
					continue
				}
				return judge(g, t, m, ps), true
			}
			return nil, false
		}
		out = append(out, r.RankExamples(d, rec, label)...)
	}
	return out
}

// judge tells which of the places ps resolve the gold toponym t right. A
// point (a town, not a country or unit) is right within 161 km, so both
// "Lagos" the city and Lagos State pass; the unit counts as right only when
// no town does, so that the ranker learns that such a name means the town.
func judge(g *gazetteer.Gazetteer, t eval.GeoToponym, m annalist.Span, ps []*gazetteer.Place) []bool {
	right := make([]bool, len(ps))
	town := false
	for k, p := range ps {
		gg := geoOf(p)
		right[k] = eval.JudgeGeo(g, t, eval.GeoPrediction{Start: m.Start, End: m.End, Kind: gg.Kind,
			Country: gg.Country, Admin1: gg.Admin1, Lat: gg.Lat, Lon: gg.Lon})
		town = town || right[k] && p.Kind == gazetteer.City
	}
	if town {
		for k, p := range ps {
			if p.Kind == gazetteer.Admin1 || p.Kind == gazetteer.Admin2 {
				right[k] = false
			}
		}
	}
	return right
}
