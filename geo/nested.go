package geo

import (
	"sort"
	"strings"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/gazetteer"
	"github.com/annalist/annalist/text"
)

// Nested finds the places named inside the tagger's names that are not
// places themselves: an organisation's ("Air Berlin", "Team Alberta",
// "University of Michigan Center"), a MISC name's ("Original Texas
// Playboys"), a LOCATION's the resolver could not place ("Toronto General
// Hospital"), and the office before a person's name ("Aleppo Mayor Brita
// Hagi Hasan"). Spot rejects most of these because they sit inside longer
// capitalised names, which is right when no tagger has said what the
// longer name is. Inside a known name only what is hardly anything but a
// place counts: a country, unit, region, continent, demonym, a large city
// or a unit named as such ("Dallas County"). Run it after Resolve.
func Nested(d *text.Doc, rec *annalist.Record, g *gazetteer.Gazetteer) []Toponym {
	people := personWords(rec)
	var out []Toponym
	for _, e := range rec.Entities {
		if e.Geo != nil {
			continue
		}
		for _, m := range e.Mentions {
			start, end := m.Start, m.End
			switch e.Type {
			case annalist.Organization, annalist.Misc, annalist.Location:
			case annalist.Person:
				end = officeEnd(d, m) // the words before a title, if any
			default:
				continue
			}
			if end-start < 3 || e.Type != annalist.Person && titled(d.Text, g, m) {
				continue
			}
			out = append(out, spotWithin(d, g, start, end, m, people)...)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// officeEnd is where the title in a person's mention starts ("Aleppo
// Mayor Brita Hagi Hasan": before "Mayor"), or the mention's start when
// it has no title after its first word.
func officeEnd(d *text.Doc, m annalist.Span) int {
	toks := tokensIn(d, m.Start, m.End)
	for _, t := range toks[min(1, len(toks)):] {
		if titles[strings.ToLower(strings.TrimSuffix(t.Text, "."))] {
			return t.Start
		}
	}
	return m.Start
}

// tokensIn returns the tokens of d within start..end.
func tokensIn(d *text.Doc, start, end int) []text.Token {
	i := sort.Search(len(d.Tokens), func(k int) bool { return d.Tokens[k].Start >= start })
	j := i
	for j < len(d.Tokens) && d.Tokens[j].End <= end {
		j++
	}
	return d.Tokens[i:j]
}

// spotWithin finds, left to right, the confident place names among the
// tokens of start..end that leave some of the mention m outside: at each
// capitalised token, the longest name that is confident ("Michigan" of
// "Michigan Center", a village, inside "University of Michigan Center").
// A word of a person's name in the article names a town there only as
// part of a longer name ("Paterson" of "Kataraina Paterson").
func spotWithin(d *text.Doc, g *gazetteer.Gazetteer, start, end int, m annalist.Span, people map[string]bool) []Toponym {
	toks := tokensIn(d, start, end)
	if len(toks) > 1 && g.IsFirstName(toks[0].Text) && beforeSurname(toks, 0) {
		return nil // a person's name, whatever its tag: "Campbell Paterson"
	}
	var out []Toponym
	for i := 0; i < len(toks); {
		if !capitalised(toks[i].Text) || stopwords[strings.ToLower(toks[i].Text)] ||
			i > 0 && (toks[i-1].Text == "." || namePrefixes[strings.TrimSuffix(strings.ToLower(toks[i-1].Text), ".")]) {
			out = appendParts(out, d.Text, toks[i], g, nil)
			i++
			continue
		}
		found := -1
		var best gazetteer.Place
		for j := min(len(toks), i+g.MaxWords()) - 1; j >= i; j-- {
			if !chain(toks[i:j+1]) || toks[i].Start == m.Start && toks[j].End == m.End {
				continue
			}
			name := d.Text[toks[i].Start:toks[j].End]
			if i == j && g.IsFirstName(name) && beforeSurname(toks, j) {
				break // "Victoria Beckham Foundation"
			}
			if _, person := people[gazetteer.Key(name)]; person && i == j {
				if p, ok := g.Best(name); ok && !major(p.Kind) {
					continue
				}
			}
			if p, ok := nestedPlace(g, name); ok {
				if brandModel(toks, i, j) && !major(p.Kind) {
					break // "Toyota Starlet": a maker's name
				}
				found, best = j, p
				break
			}
		}
		if found < 0 {
			out = appendParts(out, d.Text, toks[i], g, nil)
			i++
			continue
		}
		name := d.Text[toks[i].Start:toks[found].End]
		out = append(out, Toponym{Start: toks[i].Start, End: toks[found].End, Text: name, Kind: best.Kind, Confident: true})
		i = found + 1
	}
	for k := range out {
		out[k].nested = true
	}
	return out
}

// nestedPlace returns the place a name inside a longer name stands for,
// if it is hardly anything but a place. One word that is a common word
// ("Falcon", "Free") names only a country or a demonym's people there.
func nestedPlace(g *gazetteer.Gazetteer, name string) (gazetteer.Place, bool) {
	single := !strings.Contains(name, " ")
	common := single && (g.IsCommonWord(name) || stopwords[strings.ToLower(name)])
	if stopPhrases[gazetteer.Key(name)] {
		return gazetteer.Place{}, false
	}
	acronym := isAllCaps(name) && len(name) <= 3 // "UN", "AP"
	for _, m := range g.Matches(name) {
		ok := false
		switch m.Kind {
		case gazetteer.Country, gazetteer.Demonym:
			ok = true
		case gazetteer.Admin1:
			ok = !common
		case gazetteer.Region, gazetteer.Continent, gazetteer.Other:
			ok = !common && !acronym
		case gazetteer.City, gazetteer.Admin2:
			ok = !common && !acronym && !m.Alternate && (prominentCity(*m.Place) || namedUnit(name, *m.Place))
		}
		if ok {
			return *m.Place, true
		}
	}
	return gazetteer.Place{}, false
}

// namePrefixes open names of places and things that end with another
// place's name: "St. Paul", "Fort Worth", "Crown Victoria".
var namePrefixes = map[string]bool{"st": true, "saint": true, "ste": true, "mount": true, "mt": true, "fort": true,
	"ft": true, "port": true, "san": true, "santa": true, "lake": true, "cape": true, "new": true, "el": true,
	"la": true, "le": true, "los": true, "las": true, "crown": true, "royal": true, "queen": true, "king": true}
