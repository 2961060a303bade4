package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/gazetteer"
)

// locatives are words after which a name is a place: "in Darfur",
// "near Esperance".
var locatives = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "around": true,
	"across": true, "into": true, "throughout": true, "toward": true, "towards": true, "inside": true,
	"via": true, "nearby": true, "northern": true, "southern": true, "eastern": true, "western": true,
	"central": true, "rural": true, "downtown": true, "suburban": true}

// Retype gives back to places the names a tagger took for a person, an
// organisation or a MISC name: "Darfur" (PERSON), "NSW" and "Dallas County"
// (ORGANIZATION), "Mediterranean" (MISC). A name qualifies when every
// mention of the entity is one gazetteer name that is hardly anything but
// a place (a country, first-level unit, region, continent or named
// feature, or a name ending in "County", "Province"...), or when it names
// a town and one of its mentions stands where places stand: after "in",
// "near"..., or before ", Texas". A first name needs that context too; a
// name that follows a title ("Mr.", "Mayor") stays as tagged. The entity
// becomes a LOCATION, merged into the LOCATION of the same name if any.
// It returns the number of entities retyped.
func (r *Resolver) Retype(rec *annalist.Record) int {
	locByKey := map[string]int{}
	var places []annalist.Span // the tagger's LOCATION mentions
	for i, e := range rec.Entities {
		if e.Type == annalist.Location {
			locByKey[gazetteer.Key(e.Name)] = i
			places = append(places, e.Mentions...)
		}
	}
	n := 0
	drop := map[int]bool{}
	for i := range rec.Entities {
		e := &rec.Entities[i]
		if e.Type != annalist.Person && e.Type != annalist.Organization && e.Type != annalist.Misc {
			continue
		}
		if !r.placeNamed(rec.Text, e, places) {
			continue
		}
		n++
		if j, ok := locByKey[gazetteer.Key(e.Name)]; ok {
			rec.Entities[j].Mentions = append(rec.Entities[j].Mentions, e.Mentions...)
			drop[i] = true
			continue
		}
		e.Type = annalist.Location
		locByKey[gazetteer.Key(e.Name)] = i
	}
	if len(drop) > 0 {
		kept := rec.Entities[:0]
		for i, e := range rec.Entities {
			if !drop[i] {
				kept = append(kept, e)
			}
		}
		rec.Entities = kept
	}
	return n
}

// placeNamed tells whether a PERSON, ORGANIZATION or MISC entity is a
// place (see Retype).
func (r *Resolver) placeNamed(txt string, e *annalist.Entity, places []annalist.Span) bool {
	if len(e.Mentions) == 0 {
		return false
	}
	name := e.Mentions[0].Text
	key := gazetteer.Key(name)
	if stopPhrases[key] || !capitalised(name) {
		return false
	}
	words := strings.Fields(name)
	if len(words) == 1 && stopwords[strings.ToLower(name)] {
		return false
	}
	strong, town, prominent := false, false, false
	acronym := isAllCaps(name) && utf8.RuneCountInString(name) <= 4
	last := strings.ToLower(words[len(words)-1])
	for _, m := range r.Gaz.Matches(name) {
		switch m.Kind {
		case gazetteer.Demonym:
			return false // a MISC demonym is resolved as one; a person "German"
		case gazetteer.Country, gazetteer.Admin1:
			strong = true
		case gazetteer.Region:
			// "EU", "European Union": an organisation as much as a place.
			strong = strong || e.Type != annalist.Organization
		case gazetteer.Continent, gazetteer.Other:
			strong = strong || !acronym
		case gazetteer.Admin2, gazetteer.City:
			if !acronym && !m.Alternate {
				town = true
				prominent = prominent || prominentCity(*m.Place)
				strong = strong || len(words) > 1 && unitWords[last] ||
					e.Type == annalist.Misc && prominentCity(*m.Place) // "the Cairns police"
			}
		}
	}
	// A common word ("Cairns", "Reading") names a place only when it is
	// a large one.
	if !strong && !town || r.Gaz.IsCommonWord(name) && !strong && !prominent {
		return false
	}
	supported := false
	for _, m := range e.Mentions {
		if gazetteer.Key(m.Text) != key || m.Start < 0 || m.End > len(txt) {
			return false // "Hinton" and "Geoffrey Hinton": a person
		}
		before := strings.ToLower(lastWord(txt[max(0, m.Start-30):m.Start]))
		if titles[strings.TrimSuffix(before, ".")] {
			return false
		}
		// "in Cairns" but not "in the Ballon d'Or voting".
		if locatives[before] && !continues(txt[m.End:]) {
			supported = true
		}
		if r.followedByContainer(txt[m.End:], name) || dateline(txt, m) || listedWith(txt, m, places) {
			supported = true
		}
	}
	if r.Gaz.IsFirstName(name) && !supported {
		return false // "Georgia said", but "in Tyler, Texas"
	}
	if e.Type == annalist.Person && !supported && len(words) == 1 {
		// A one-word person is often a surname: "Hinton", "Berry". Only
		// a name that is hardly anything but a place goes without context.
		return strong && !town
	}
	return strong || supported
}

// unitWords end names of units: "Dallas County", "Nyanza Province".
var unitWords = map[string]bool{"county": true, "parish": true, "province": true, "district": true,
	"region": true, "governorate": true, "prefecture": true, "oblast": true, "borough": true, "municipality": true}

// followedByContainer tells whether after a name comes ", Texas" or
// ", Kenya": a unit or country the name's town lies in.
func (r *Resolver) followedByContainer(after, name string) bool {
	var cands []cand
	for _, m := range r.Gaz.Matches(name) {
		cands = append(cands, cand{Place: m.Place})
	}
	within := r.container(after, cands)
	for _, c := range cands {
		if r.inside(c.Place, within) {
			return true
		}
	}
	return false
}

// continues tells whether a name goes on past its mention: "Ballon" of
// "Ballon d'Or".
func continues(after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	return r == '\'' || r == '’' || r == '-' || unicode.IsLetter(r)
}

// dateline tells whether m opens the text or a line in capitals before a
// dash or comma: "INNISFAIL - Nine-year-old ...".
func dateline(txt string, m annalist.Span) bool {
	if m.Start > 0 && txt[m.Start-1] != '\n' || !isAllCaps(m.Text) || utf8.RuneCountInString(m.Text) < 4 {
		return false
	}
	after := strings.TrimLeft(txt[m.End:], " ")
	for _, p := range []string{"-", "—", "–", ","} {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	return false
}

// listedWith tells whether m stands in a list beside one of the places:
// "in Red Deer, Innisfail and Edmonton".
func listedWith(txt string, m annalist.Span, places []annalist.Span) bool {
	for _, p := range places {
		var between string
		switch {
		case p.End <= m.Start && m.Start-p.End <= 6 && p.End >= 0:
			between = txt[p.End:m.Start]
		case m.End <= p.Start && p.Start-m.End <= 6 && p.Start <= len(txt):
			between = txt[m.End:p.Start]
		default:
			continue
		}
		switch between {
		case ", ", " and ", ", and ", " or ":
			return true
		}
	}
	return false
}

// lastWord is the last word of s, without punctuation around it.
func lastWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("(\"“", r) })
	return strings.Trim(s[i+1:], ",;:\"“”'’()")
}
