package ner

import (
	"strings"

	"github.com/annalist/annalist/gazetteer"
)

// placeKind is the place-name feature over the gazetteer: what the most
// telling place called phrase is. Towns are split by population, since
// every small town named "Bank" or "Union" would otherwise make common
// words look like places; names known only as alternate names are marked,
// being less reliable.
func placeKind(g *gazetteer.Gazetteer, phrase string) string {
	best, rank := "", 0
	for _, m := range g.Matches(phrase) {
		k, r := "", 0
		switch m.Kind {
		case gazetteer.Demonym:
			k, r = "demonym", 9
		case gazetteer.Country:
			k, r = "country", 8
		case gazetteer.Continent, gazetteer.Region:
			k, r = "region", 7
		case gazetteer.Admin1:
			k, r = "admin1", 5
		case gazetteer.City:
			switch {
			case m.Population >= 500000 || m.Feature == "PPLC":
				k, r = "bigcity", 6
			case m.Population >= 50000:
				k, r = "city", 4
			default:
				k, r = "town", 2
			}
		case gazetteer.Admin2:
			k, r = "admin2", 3
		case gazetteer.Other:
			k, r = "feature", 3 // seas, rivers, islands, mountains
		default:
			k, r = "other", 1
		}
		if m.Alternate {
			k, r = k+"~", r-1 // below the primary name of the same rank
		}
		if r > rank || (r == rank && len(k) < len(best)) {
			best, rank = k, r
		}
	}
	if best != "" && !strings.Contains(phrase, " ") && g.IsCommonWord(phrase) {
		best += "?" // "Justice", "Turkey": a word first, perhaps a place
	}
	return best
}

// gazetteerPlaces is the Lexicons.Places of the embedded gazetteer, loaded
// on first use.
func gazetteerPlaces(phrase string) string { return placeKind(gazetteer.Default(), phrase) }
