package eval

import (
	"html"
	"io"
	"regexp"
	"strings"

	"github.com/annalist/annalist/gazetteer"
)

// ReutersStory is a Reuters-21578 story with its place labels, to check
// the focus country (the labels have no spans).
type ReutersStory struct {
	ID     string
	Text   string   // title, dateline and body, one per line
	Places []string // Reuters place codes: "usa", "west-germany", ...
}

var (
	reutersStory = regexp.MustCompile(`(?s)<REUTERS[^>]*NEWID="(\d+)"[^>]*>(.*?)</REUTERS>`)
	reutersField = func(tag string) *regexp.Regexp {
		return regexp.MustCompile(`(?s)<` + tag + `>(.*?)</` + tag + `>`)
	}
	reutersPlaces   = reutersField("PLACES")
	reutersD        = reutersField("D")
	reutersTitle    = reutersField("TITLE")
	reutersDateline = reutersField("DATELINE")
	reutersBody     = reutersField("BODY")
	controlChars    = regexp.MustCompile(`&#\d+;`)
)

// ReadReutersPlaces reads one Reuters-21578 SGML file; stories without a
// body are skipped.
func ReadReutersPlaces(r io.Reader) ([]ReutersStory, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	var out []ReutersStory
	for _, m := range reutersStory.FindAllStringSubmatch(string(b), -1) {
		body := field(reutersBody, m[2])
		if body == "" {
			continue
		}
		s := ReutersStory{ID: m[1]}
		var parts []string
		for _, p := range []string{field(reutersTitle, m[2]), field(reutersDateline, m[2]), body} {
			if p = strings.TrimSpace(p); p != "" {
				parts = append(parts, p)
			}
		}
		s.Text = strings.Join(parts, "\n")
		for _, d := range reutersD.FindAllStringSubmatch(field(reutersPlaces, m[2]), -1) {
			s.Places = append(s.Places, strings.TrimSpace(d[1]))
		}
		out = append(out, s)
	}
	return out, nil
}

func field(re *regexp.Regexp, s string) string {
	m := re.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return html.UnescapeString(controlChars.ReplaceAllString(m[1], ""))
}

// reutersCodes are Reuters place codes that are not country names.
var reutersCodes = map[string]string{"usa": "US", "uk": "GB", "ussr": "RU", "west-germany": "DE", "east-germany": "DE",
	"uae": "AE", "south-korea": "KR", "north-korea": "KP", "taiwan": "TW", "hong-kong": "HK", "ivory-coast": "CI",
	"burma": "MM", "zaire": "CD", "czechoslovakia": "CZ", "yugoslavia": "RS", "vatican": "VA"}

// ReutersCountry maps a Reuters place code to an ISO 3166-1 code, or "".
func ReutersCountry(g *gazetteer.Gazetteer, code string) string {
	if c, ok := reutersCodes[code]; ok {
		return c
	}
	for _, m := range g.Matches(strings.ReplaceAll(code, "-", " ")) {
		if m.Kind == gazetteer.Country {
			return m.Country
		}
	}
	return ""
}
