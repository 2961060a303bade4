package eval

import (
	"encoding/xml"
	"fmt"
	"html"
	"io"
	"math"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/annalist/annalist/gazetteer"
)

// GeoArticle is one article of a geoparsing gold set (GeoVirus or
// TR-News), with its toponyms in byte offsets of Text.
type GeoArticle struct {
	ID        string
	URL       string // the article's address (TR-News)
	Text      string
	Published string // TR-News download date, YYYY-MM-DD; empty for GeoVirus
	Toponyms  []GeoToponym
}

// GeoToponym is a gold toponym. Start and End are UTF-8 byte offsets as
// the corpus gives them once converted from characters; they can be off
// by a few characters (see MatchGeo).
type GeoToponym struct {
	Name       string
	Start, End int
	HasPoint   bool
	Lat, Lon   float64
	GeonamesID int    // TR-News
	Feature    string // GeoNames feature code (TR-News): PCLI, ADM1, PPL, ...
	Country    string // country name (TR-News)
	Admin1     string // first-level unit name (TR-News)
	Page       string // Wikipedia page (GeoVirus)
}

type xmlCorpus struct {
	Articles []struct {
		DocID     string        `xml:"docid,attr"`
		Source    string        `xml:"source"`
		URL       string        `xml:"url"`
		DLTime    string        `xml:"dltime"`
		Text      string        `xml:"text"`
		Locations []xmlLocation `xml:"locations>location"`
		Toponyms  []struct {
			Phrase string `xml:"phrase"`
			Start  int    `xml:"start"`
			End    int    `xml:"end"`
			Gaztag *struct {
				ID      int      `xml:"geonameid,attr"`
				Name    string   `xml:"name"`
				Fcode   string   `xml:"fcode"`
				Lat     *float64 `xml:"lat"`
				Lon     *float64 `xml:"lon"`
				Country string   `xml:"country"`
				Admin1  string   `xml:"admin1"`
			} `xml:"gaztag"`
		} `xml:"toponyms>toponym"`
	} `xml:"article"`
}

// xmlLocation is a GeoVirus location; one article wraps locations in
// another location, so they nest.
type xmlLocation struct {
	Name   string        `xml:"name"`
	Start  int           `xml:"start"`
	End    int           `xml:"end"`
	Lat    *float64      `xml:"lat"`
	Lon    *float64      `xml:"lon"`
	Page   string        `xml:"page"`
	Nested []xmlLocation `xml:"location"`
}

// flatten lists the locations with a name, nested ones included, in order.
func flatten(ls []xmlLocation) []xmlLocation {
	var out []xmlLocation
	for _, l := range ls {
		out = append(out, flatten(l.Nested)...)
		if l.Name != "" {
			out = append(out, l)
		}
	}
	return out
}

// ReadGeoCorpus reads GeoVirus.xml or TR-News.xml. Offsets in the files
// count characters; they are returned as byte offsets into Text, with the
// GeoVirus shift (every offset one character too far right) undone.
func ReadGeoCorpus(r io.Reader) ([]GeoArticle, error) {
	var c xmlCorpus
	if err := xml.NewDecoder(r).Decode(&c); err != nil {
		return nil, fmt.Errorf("geo corpus: %w", err)
	}
	var out []GeoArticle
	for i, a := range c.Articles {
		ga := GeoArticle{ID: a.DocID, URL: strings.TrimSpace(a.URL), Text: a.Text, Published: strings.TrimSpace(a.DLTime)}
		if ga.ID == "" {
			ga.ID = strings.TrimSpace(a.Source)
		}
		if ga.ID == "" {
			ga.ID = fmt.Sprintf("article %d", i+1)
		}
		if !utf8.ValidString(a.Text) {
			return nil, fmt.Errorf("geo corpus: %s: text is not UTF-8", ga.ID)
		}
		bytesAt := runeOffsets(a.Text)
		// Some TR-News spans drift past the end of the text: clamp them.
		span := func(s, e int) (int, int, error) {
			if s < 0 || e < s {
				return 0, 0, fmt.Errorf("geo corpus: %s: bad span %d-%d", ga.ID, s, e)
			}
			n := len(bytesAt) - 1
			return bytesAt[min(s, n)], bytesAt[min(e, n)], nil
		}
		for _, l := range flatten(a.Locations) {
			// GeoVirus: one character too far right.
			s, e := l.Start-1, l.End-1
			if s < 0 {
				s, e = l.Start, l.End
			}
			bs, be, err := span(s, e)
			if err != nil {
				return nil, err
			}
			t := GeoToponym{Name: l.Name, Start: bs, End: be, Page: strings.TrimSpace(l.Page)}
			if l.Lat != nil && l.Lon != nil {
				t.HasPoint, t.Lat, t.Lon = true, *l.Lat, *l.Lon
			}
			ga.Toponyms = append(ga.Toponyms, t)
		}
		for _, tp := range a.Toponyms {
			bs, be, err := span(tp.Start, tp.End)
			if err != nil {
				return nil, err
			}
			t := GeoToponym{Name: tp.Phrase, Start: bs, End: be}
			if g := tp.Gaztag; g != nil {
				t.GeonamesID, t.Feature = g.ID, strings.TrimSpace(g.Fcode)
				t.Country, t.Admin1 = strings.TrimSpace(g.Country), strings.TrimSpace(g.Admin1)
				if g.Lat != nil && g.Lon != nil {
					t.HasPoint, t.Lat, t.Lon = true, *g.Lat, *g.Lon
				}
			}
			ga.Toponyms = append(ga.Toponyms, t)
		}
		out = append(out, ga)
	}
	return out, nil
}

// runeOffsets maps character offsets to byte offsets; the last entry is len(s).
func runeOffsets(s string) []int {
	out := make([]int, 0, len(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

// GeoPrediction is a resolved place mention of a system under test.
type GeoPrediction struct {
	Start, End int // byte offsets
	Kind       string
	Country    string // ISO 3166-1 alpha-2
	Admin1     string
	Lat, Lon   float64
}

// GeoScore sums a run over a corpus.
type GeoScore struct {
	Gold        int // toponyms with a point (scored for recall and accuracy)
	Unpointed   int // toponyms without a point (skipped, but not false positives)
	Found       int // gold toponyms with a prediction on them
	Correct     int // found and right
	Predictions int
	MatchedPred int       // predictions on a gold toponym (pointed or not)
	PointErrors []float64 // km, for found toponyms scored by distance
	ByIdentity  int       // found toponyms scored by identity (countries, first-level units)
	Errors      []GeoError
	Spurious    []GeoError // predictions on no gold toponym
}

// GeoError is a found toponym resolved wrongly, or a missed one, for reports.
type GeoError struct {
	Article, Name, Want, Got string
	Km                       float64
	Start, End               int // the gold span (or the spurious prediction's)
	Missed                   bool
}

// Recall is found / gold.
func (s GeoScore) Recall() float64 { return ratio(s.Found, s.Gold) }

// Accuracy is correct / found.
func (s GeoScore) Accuracy() float64 { return ratio(s.Correct, s.Found) }

// EndToEnd is correct / gold: a missed toponym counts as wrong.
func (s GeoScore) EndToEnd() float64 { return ratio(s.Correct, s.Gold) }

// Precision is the share of predictions that are gold toponyms; it means
// something only for corpora that annotate every toponym (TR-News).
func (s GeoScore) Precision() float64 { return ratio(s.MatchedPred, s.Predictions) }

// PointAccuracy is the share of found toponyms scored by distance (not
// countries or first-level units) placed within MaxKm: the figure
// geoparsers report as accuracy@161km.
func (s GeoScore) PointAccuracy() float64 {
	n := 0
	for _, e := range s.PointErrors {
		if e <= MaxKm {
			n++
		}
	}
	return ratio(n, len(s.PointErrors))
}

// MedianKm is the median error of point-scored toponyms.
func (s GeoScore) MedianKm() float64 {
	if len(s.PointErrors) == 0 {
		return math.NaN()
	}
	e := append([]float64(nil), s.PointErrors...)
	sort.Float64s(e)
	return e[len(e)/2]
}

// MaxKm is the distance within which a point counts as right (100 miles).
const MaxKm = 161

// slack is how far (bytes) a prediction may be from a gold offset: TR-News
// spans drift up to 10 characters left.
const slack = 12

// ScoreGeo matches predictions to the gold toponyms of one article and
// adds the result to s. Countries and first-level units are scored by
// identity (right country, right unit), other places by distance.
func (s *GeoScore) Add(g *gazetteer.Gazetteer, a GeoArticle, preds []GeoPrediction) {
	used := make([]bool, len(preds))
	s.Predictions += len(preds)
	for _, t := range a.Toponyms {
		k := matchGeo(a.Text, t, preds, used)
		if k >= 0 {
			used[k] = true
			s.MatchedPred++
		}
		if !t.HasPoint {
			s.Unpointed++
			continue
		}
		s.Gold++
		want := goldIdentity(g, t)
		if k < 0 {
			s.Errors = append(s.Errors, GeoError{Article: a.ID, Name: t.Name, Want: want.String(), Got: "(missed)",
				Start: t.Start, End: t.End, Missed: true})
			continue
		}
		s.Found++
		p := preds[k]
		ok, km := want.judge(p)
		if want.kind == "" {
			s.PointErrors = append(s.PointErrors, km)
		} else {
			s.ByIdentity++
		}
		if ok {
			s.Correct++
		} else {
			s.Errors = append(s.Errors, GeoError{Article: a.ID, Name: t.Name, Want: want.String(),
				Got: fmt.Sprintf("%s %s/%s (%.2f,%.2f)", p.Kind, p.Country, p.Admin1, p.Lat, p.Lon), Km: km,
				Start: t.Start, End: t.End})
		}
	}
	for k, p := range preds {
		if !used[k] && p.Start >= 0 && p.End <= len(a.Text) && p.Start <= p.End {
			s.Spurious = append(s.Spurious, GeoError{Article: a.ID, Name: a.Text[p.Start:p.End], Want: "(none)",
				Got: fmt.Sprintf("%s %s/%s", p.Kind, p.Country, p.Admin1), Start: p.Start, End: p.End})
		}
	}
}

// matchGeo finds the unused prediction on gold toponym t: the same name
// within slack bytes of its offset, or a span overlapping it.
func matchGeo(text string, t GeoToponym, preds []GeoPrediction, used []bool) int {
	best, bestD := -1, slack+1
	name := gazetteer.Key(t.Name)
	for k, p := range preds {
		if used[k] {
			continue
		}
		d := abs(p.Start - t.Start)
		if d > slack {
			continue
		}
		overlap := p.Start < t.End && t.Start < p.End
		same := p.End <= len(text) && p.Start >= 0 && gazetteer.Key(text[p.Start:p.End]) == name
		if !overlap && !same {
			continue
		}
		if same {
			d -= slack // prefer the same name to a mere overlap
		}
		if d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// identity is what a gold toponym must resolve to: a country, a
// first-level unit, or (kind "") a point.
type identity struct {
	kind     string // "country", "admin1", "named" (a region, continent or feature) or ""
	country  string
	admin1   string
	lat, lon float64
}

func (w identity) String() string {
	switch w.kind {
	case "country":
		return "country " + w.country
	case "admin1":
		return "admin1 " + w.country + "/" + w.admin1
	case "named":
		return "named " + w.admin1
	}
	return fmt.Sprintf("point (%.2f,%.2f)", w.lat, w.lon)
}

func (w identity) judge(p GeoPrediction) (bool, float64) {
	km := gazetteer.Distance(w.lat, w.lon, p.Lat, p.Lon)
	switch w.kind {
	case "country":
		return p.Country == w.country && (p.Kind == "country" || p.Kind == "demonym"), km
	case "admin1":
		return p.Kind == "admin1" && p.Country == w.country && sameUnit(p.Admin1, w.admin1), km
	case "named":
		return km < 1, km
	}
	return km <= MaxKm, km
}

// sameUnit compares first-level unit names, ignoring generic words
// ("Almaty Region" and "Almaty").
func sameUnit(a, b string) bool {
	a, b = gazetteer.Key(a), gazetteer.Key(b)
	if a == "" || b == "" {
		return false
	}
	return a == b || strings.HasPrefix(a, b+" ") || strings.HasPrefix(b, a+" ") ||
		strings.HasSuffix(a, " "+b) || strings.HasSuffix(b, " "+a)
}

// goldIdentity decides how a gold toponym is scored. TR-News gives feature
// codes; GeoVirus gives a Wikipedia page, whose title names a country or a
// first-level unit when it is the name of one in the gazetteer.
func goldIdentity(g *gazetteer.Gazetteer, t GeoToponym) identity {
	w := identity{lat: t.Lat, lon: t.Lon}
	switch {
	case strings.HasPrefix(t.Feature, "PCL"):
		if c, ok := countryNamed(g, t.Country); ok {
			w.kind, w.country = "country", c
		}
		return w
	case t.Feature == "ADM1":
		if c, ok := countryNamed(g, t.Country); ok && t.Admin1 != "" {
			w.kind, w.country, w.admin1 = "admin1", c, t.Admin1
		}
		return w
	case t.Feature != "":
		if p, ok := namedFeature(g, t.Name); ok && (strings.HasPrefix(t.Feature, "CONT") || t.Feature == "RGN" || t.Feature == "OCN" || t.Feature == "SEA") {
			w.kind, w.admin1, w.lat, w.lon = "named", p.Name, p.Lat, p.Lon
		}
		return w
	case t.Page == "":
		return w
	}
	title := t.Page
	if k := strings.LastIndex(title, "/wiki/"); k >= 0 {
		title = title[k+len("/wiki/"):]
	}
	if u, err := url.PathUnescape(title); err == nil {
		title = u
	}
	title = strings.ReplaceAll(title, "_", " ")
	qual := ""
	if k := strings.Index(title, " ("); k >= 0 {
		title, qual = title[:k], strings.ToLower(title[k:])
	}
	isState := strings.Contains(qual, "state") || strings.Contains(qual, "province") || strings.Contains(qual, "region")
	if p, ok := namedFeature(g, title); ok && qual == "" {
		w.kind, w.admin1, w.lat, w.lon = "named", p.Name, p.Lat, p.Lon
		return w
	}
	ms := g.Matches(title)
	for _, m := range ms {
		if m.Kind == gazetteer.Country && !isState && (qual == "" || strings.Contains(qual, "country")) {
			w.kind, w.country = "country", m.Country
			return w
		}
	}
	for _, m := range ms {
		if m.Kind != gazetteer.Admin1 || gazetteer.Distance(m.Lat, m.Lon, t.Lat, t.Lon) > 1500 {
			continue
		}
		if qual == "" && namesCity(ms, m.Place) {
			continue // "Cairo": the page of the city, not of the governorate
		}
		w.kind, w.country, w.admin1 = "admin1", m.Country, m.Name
		return w
	}
	return w
}

func countryNamed(g *gazetteer.Gazetteer, name string) (string, bool) {
	for _, m := range g.Matches(name) {
		if m.Kind == gazetteer.Country {
			return m.Country, true
		}
	}
	return "", false
}

// namesCity tells whether a city of the unit bears the same name as a
// primary name: Wikipedia's page of that name is then the city's.
func namesCity(ms []gazetteer.Match, unit *gazetteer.Place) bool {
	for _, m := range ms {
		if m.Kind == gazetteer.City && !m.Alternate && m.Country == unit.Country && m.Admin1Code == unit.Admin1Code &&
			(m.Population >= 100000 || m.Feature == "PPLA" || m.Feature == "PPLC") {
			return true
		}
	}
	return false
}

// namedFeature finds the continent, region or physical feature of that name.
func namedFeature(g *gazetteer.Gazetteer, name string) (*gazetteer.Place, bool) {
	for _, m := range g.Matches(name) {
		switch m.Kind {
		case gazetteer.Continent, gazetteer.Region, gazetteer.Other:
			return m.Place, true
		}
	}
	return nil, false
}

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

// JudgeGeo tells whether p resolves the gold toponym t right, as Add
// scores it: countries and first-level units by identity, other places
// within MaxKm.
func JudgeGeo(g *gazetteer.Gazetteer, t GeoToponym, p GeoPrediction) bool {
	ok, _ := goldIdentity(g, t).judge(p)
	return ok
}

// GoldAt is the gold toponym of a a mention at start..end of text: the same
// name within slack bytes of its offset, or a span overlapping it.
func (a GeoArticle) GoldAt(start, end int) (GeoToponym, bool) {
	for _, t := range a.Toponyms {
		if k := matchGeo(a.Text, t, []GeoPrediction{{Start: start, End: end}}, []bool{false}); k == 0 {
			return t, true
		}
	}
	return GeoToponym{}, false
}
