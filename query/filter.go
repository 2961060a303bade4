package query

import (
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annalist/annalist/extract/event"
	"github.com/annalist/annalist/store"
	"github.com/annalist/annalist/store/sqlite"
)

// Filter narrows the stored articles, for search, timelines, maps, tables
// and digests alike. Every field is optional; set fields all apply.
type Filter struct {
	Text      string `json:"q,omitempty"`         // full-text query, as annalist search takes it
	Entity    string `json:"entity,omitempty"`    // an entity's name, exactly as in records
	EventType string `json:"type,omitempty"`      // a PLOVER category: articles with such an event
	ACLED     string `json:"acled,omitempty"`     // an ACLED event type (ACLEDTypes)
	ACLEDSub  string `json:"acled_sub,omitempty"` // an ACLED sub-event type (ACLEDSubTypes)
	Country   string `json:"country,omitempty"`   // ISO 3166-1 alpha-2: articles naming a place there
	Theme     string `json:"theme,omitempty"`     // a theme code (extract/theme/THEMES.md)
	// Region is a place's name: articles naming it, or a place within it
	// (a first-level region such as "Almaty Region" holds its towns).
	Region string `json:"region,omitempty"`
	From   string `json:"from,omitempty"` // publication date bounds, inclusive: YYYY, YYYY-MM or YYYY-MM-DD
	To     string `json:"to,omitempty"`
}

// Page is the slice of a result list asked for.
type Page struct {
	Limit, Offset int
}

// Limits on what a request may ask for.
const (
	MaxParam  = 500 // bytes in one parameter
	MaxLimit  = 500 // results in one page
	MaxOffset = 10000
)

// ACLEDTypes are ACLED's six event types, in the codebook's order; the
// filters match the types the extractor gave each event (events[].acled,
// extract/event), which the store keeps in columns.
var ACLEDTypes = []string{event.Battles, event.Explosions, event.ViolenceCivilian, event.Protests, event.Riots, event.Strategic}

// ACLEDSubTypes are ACLED's 25 sub-event types, by event type (in the order
// of ACLEDTypes) and then by name.
var ACLEDSubTypes = func() []string {
	rank := map[string]int{}
	for i, t := range ACLEDTypes {
		rank[t] = i
	}
	var subs []string
	for s := range event.SubEventTypes {
		subs = append(subs, s)
	}
	sort.Slice(subs, func(i, j int) bool {
		ri, rj := rank[event.SubEventTypes[subs[i]]], rank[event.SubEventTypes[subs[j]]]
		return ri < rj || ri == rj && subs[i] < subs[j]
	})
	return subs
}()

// ParseFilter reads a Filter and a Page from query parameters: q, entity,
// type, acled, acled_sub, country, theme, region, from, to, limit and
// offset. It refuses, with an error naming the parameter, what is
// malformed rather than guessing: unknown parameters, repeated ones,
// invalid UTF-8, overlong values, dates that are not dates, codes that are
// not codes (an ACLED type the codebook lacks) and numbers out of range.
func ParseFilter(v url.Values, defaultLimit int) (Filter, Page, error) {
	var f Filter
	p := Page{Limit: defaultLimit}
	for k, vals := range v {
		if len(vals) != 1 {
			return f, p, fmt.Errorf("parameter %q is given %d times; give it once", k, len(vals))
		}
		s := strings.TrimSpace(vals[0])
		if len(s) > MaxParam {
			return f, p, fmt.Errorf("parameter %q is longer than %d bytes", k, MaxParam)
		}
		if !utf8.ValidString(s) || strings.ContainsRune(s, 0) {
			return f, p, fmt.Errorf("parameter %q is not valid UTF-8 text", k)
		}
		switch k {
		case "q":
			f.Text = s
		case "entity":
			f.Entity = s
		case "type":
			if s != "" && !isCode(s, unicode.IsUpper, 2, 20) {
				return f, p, fmt.Errorf("parameter type %q: want a PLOVER category in capitals, such as PROTEST", s)
			}
			f.EventType = s
		case "acled":
			if s != "" && !contains(ACLEDTypes, s) {
				return f, p, fmt.Errorf("parameter acled %q: want one of %s", s, strings.Join(ACLEDTypes, ", "))
			}
			f.ACLED = s
		case "acled_sub":
			if s != "" && !contains(ACLEDSubTypes, s) {
				return f, p, fmt.Errorf("parameter acled_sub %q: want one of %s", s, strings.Join(ACLEDSubTypes, ", "))
			}
			f.ACLEDSub = s
		case "country":
			s = strings.ToUpper(s)
			if s != "" && !isCode(s, unicode.IsUpper, 2, 2) {
				return f, p, fmt.Errorf("parameter country %q: want an ISO 3166-1 alpha-2 code, such as KZ", s)
			}
			f.Country = s
		case "theme":
			s = strings.ToUpper(s)
			if s != "" && !isCode(s, func(r rune) bool { return unicode.IsUpper(r) || r == '_' || unicode.IsDigit(r) }, 2, 40) {
				return f, p, fmt.Errorf("parameter theme %q: want a theme code, such as PROTEST", s)
			}
			f.Theme = s
		case "region":
			f.Region = s
		case "from", "to":
			if s != "" && (store.SearchOptions{From: s}).CheckDates() != nil {
				return f, p, fmt.Errorf("parameter %s %q: want YYYY, YYYY-MM or YYYY-MM-DD", k, s)
			}
			if k == "from" {
				f.From = s
			} else {
				f.To = s
			}
		case "limit", "offset":
			n, err := strconv.Atoi(s)
			if err != nil || n < 0 {
				return f, p, fmt.Errorf("parameter %s %q: want a whole number", k, s)
			}
			if k == "limit" {
				if n < 1 || n > MaxLimit {
					return f, p, fmt.Errorf("parameter limit %d: want 1 to %d", n, MaxLimit)
				}
				p.Limit = n
			} else {
				if n > MaxOffset {
					return f, p, fmt.Errorf("parameter offset %d: at most %d; narrow the query instead", n, MaxOffset)
				}
				p.Offset = n
			}
		default:
			if !extraParams[k] {
				return f, p, fmt.Errorf("unknown parameter %q (want q, entity, type, acled, acled_sub, country, theme, region, from, to, limit, offset)", k)
			}
		}
	}
	return f, p, nil
}

// extraParams are parameters some endpoints read beside the filter's.
var extraParams = map[string]bool{"by": true, "format": true, "name": true, "since": true, "until": true}

func isCode(s string, ok func(rune) bool, min, max int) bool {
	if len(s) < min || len(s) > max {
		return false
	}
	for _, r := range s {
		if !ok(r) {
			return false
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// where is the SQL that keeps the articles (alias a) the filter's fields
// other than Text select, as " AND ..." clauses, with their arguments.
func (f Filter) where() (string, []any) {
	var b strings.Builder
	var args []any
	if f.Entity != "" {
		b.WriteString(` AND a.rowid IN (SELECT article FROM entities WHERE name = ?)`)
		args = append(args, f.Entity)
	}
	if f.EventType != "" {
		b.WriteString(` AND a.rowid IN (SELECT article FROM events WHERE type = ? AND modality = '')`)
		args = append(args, f.EventType)
	}
	if f.ACLED != "" {
		b.WriteString(` AND a.rowid IN (SELECT article FROM events WHERE acled_type = ? AND modality = '')`)
		args = append(args, f.ACLED)
	}
	if f.ACLEDSub != "" {
		b.WriteString(` AND a.rowid IN (SELECT article FROM events WHERE acled_sub_type = ? AND modality = '')`)
		args = append(args, f.ACLEDSub)
	}
	if f.Country != "" {
		b.WriteString(` AND a.rowid IN (SELECT article FROM entities WHERE country = ?)`)
		args = append(args, f.Country)
	}
	if f.Theme != "" {
		b.WriteString(` AND a.rowid IN (SELECT article FROM themes WHERE theme = ?)`)
		args = append(args, f.Theme)
	}
	if f.Region != "" {
		b.WriteString(` AND a.rowid IN (SELECT article FROM entities WHERE (name = ? AND lat IS NOT NULL) OR admin1 = ?)`)
		args = append(args, f.Region, f.Region)
	}
	if f.From != "" {
		b.WriteString(` AND a.published >= ?`)
		args = append(args, f.From)
	}
	if f.To != "" {
		// Any date that starts with the bound sorts below it followed by '~'.
		b.WriteString(` AND a.published != '' AND a.published < ?`)
		args = append(args, f.To+"~")
	}
	return b.String(), args
}

// articles is a SELECT of the rowids of the articles the filter keeps,
// best match first when there is a text query and newest first otherwise,
// at most limit of them (0 for all). ok is false when the text query has
// nothing searchable in it, so nothing matches.
func (f Filter) articles(limit int) (q string, args []any, ok bool) {
	clause, args := f.where()
	if f.Text != "" {
		match := sqlite.MatchExpr(f.Text)
		if match == "" {
			return "", nil, false
		}
		q = `SELECT a.rowid AS id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ?` + clause
		args = append([]any{match}, args...)
		if limit > 0 {
			q += ` ORDER BY rank LIMIT ` + strconv.Itoa(limit)
		}
		return q, args, true
	}
	q = `SELECT a.rowid AS id FROM articles a WHERE 1` + clause
	if limit > 0 {
		q += ` ORDER BY a.published DESC, a.rowid DESC LIMIT ` + strconv.Itoa(limit)
	}
	return q, args, true
}
