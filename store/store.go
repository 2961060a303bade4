// Package store is the seam between the pipeline and where records are kept:
// the Store interface and the types it trades in. Implementations live in
// subpackages (store/sqlite by default), so that commands and the server
// depend on this interface and not on an engine.
package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/annalist/annalist"
)

// ErrNotFound is returned by Get when no record has the id.
var ErrNotFound = errors.New("record not found")

// Store keeps analysed records and answers questions about them.
// Implementations are safe for concurrent use.
type Store interface {
	// Put stores records in one transaction: either all of the batch is
	// kept or none of it. A record whose id, or whose exact body text, is
	// already stored is skipped and reported, so putting the same input
	// twice changes nothing. The result has one Outcome per record, in order.
	//
	// Of two records with one id, the first put is kept. Of records with
	// one body and different ids, the one whose id sorts first is kept,
	// whichever came first: a later record with a smaller id replaces the
	// stored one (Replaced). So workers that put the same articles in any
	// order end with the same store as one process putting them in turn.
	Put(ctx context.Context, recs []*annalist.Record) ([]Outcome, error)
	// Has reports whether a record with this id is stored.
	Has(ctx context.Context, id string) (bool, error)
	// Get returns the record with this id, or ErrNotFound.
	Get(ctx context.Context, id string) (*annalist.Record, error)
	// Search runs a full-text query over titles and bodies, best first.
	Search(ctx context.Context, query string, opt SearchOptions) ([]Hit, error)
	// Records streams the records that match query (every record when it
	// is empty) within opt's dates, oldest first; opt.Limit caps them when
	// set. Exports and timelines read through it.
	Records(ctx context.Context, query string, opt SearchOptions, fn func(*annalist.Record) error) error
	// Stats summarises what is stored.
	Stats(ctx context.Context, opt StatsOptions) (*Stats, error)
	Close() error
}

// StoryMover is a Store that can change the story of records it holds,
// and their events' incidents: the story index (package story) splits a
// story that turns out to hold two happenings, and merges two that turn
// out to be one, after their first articles were stored, and decides the
// incidents of both again.
type StoryMover interface {
	// Revise applies each revision to the record named (id → revision)
	// in one transaction; an id not stored is passed over.
	Revise(ctx context.Context, revisions map[string]Revision) error
}

// Revision is what the story index changed of a stored record.
type Revision struct {
	Story string // its story; "" keeps it
	// Incidents are its events' incidents by event number ("" for
	// none); nil keeps them, and events after the last keep theirs.
	Incidents []string
}

// RevisionOrder is the ids of revisions sorted, the order the engines'
// Revise touches rows in, so that two writers lock them in one order
// and cannot deadlock.
func RevisionOrder(revisions map[string]Revision) []string {
	ids := make([]string, 0, len(revisions))
	for id := range revisions {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// Revised is a record's JSON with rv applied, for the engines' Revise;
// the rest of the record is kept as stored.
func Revised(record string, rv Revision) (string, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal([]byte(record), &m); err != nil {
		return "", err
	}
	if rv.Story != "" {
		s, err := json.Marshal(rv.Story)
		if err != nil {
			return "", err
		}
		m["story"] = s
	}
	if rv.Incidents != nil && m["events"] != nil {
		var evs []map[string]json.RawMessage
		if err := json.Unmarshal(m["events"], &evs); err != nil {
			return "", err
		}
		for i := range evs {
			if i >= len(rv.Incidents) {
				break
			}
			if rv.Incidents[i] == "" {
				delete(evs[i], "incident")
				continue
			}
			in, err := json.Marshal(rv.Incidents[i])
			if err != nil {
				return "", err
			}
			evs[i]["incident"] = in
		}
		js, err := json.Marshal(evs)
		if err != nil {
			return "", err
		}
		m["events"] = js
	}
	out, err := json.Marshal(m)
	return string(out), err
}

// Outcome says what Put did with one record.
type Outcome int

const (
	Stored        Outcome = iota // new, written
	DuplicateID                  // a record with the same id is stored
	DuplicateBody                // a record with the same body text and an id that sorts first is stored
	// Replaced: written in place of a stored record with the same body and
	// an id that sorts after it, which is removed.
	Replaced
)

func (o Outcome) String() string {
	switch o {
	case Stored:
		return "stored"
	case DuplicateID:
		return "duplicate id"
	case DuplicateBody:
		return "duplicate body"
	case Replaced:
		return "replaced a duplicate body"
	}
	return "unknown outcome"
}

// SearchOptions narrow and shape a search.
type SearchOptions struct {
	// From and To bound the publication date, inclusive: YYYY, YYYY-MM or
	// YYYY-MM-DD ("1987-03" as To takes in all of March). Empty means open.
	From, To string
	// Limit is the most hits returned; 0 means DefaultLimit.
	Limit int
	// MarkOpen and MarkClose enclose each matched term in snippets;
	// empty means DefaultMarkOpen and DefaultMarkClose.
	MarkOpen, MarkClose string
}

// Defaults of SearchOptions.
const (
	DefaultLimit     = 20
	DefaultMarkOpen  = "«"
	DefaultMarkClose = "»"
)

// Hit is one article that matched a search.
type Hit struct {
	ID        string  `json:"id"`
	Title     string  `json:"title,omitempty"`
	Published string  `json:"published,omitempty"`
	URL       string  `json:"url,omitempty"`
	Snippet   string  `json:"snippet"` // a stretch of the body, matches marked
	Score     float64 `json:"score"`   // bm25: lower is better
}

// StatsOptions shape Stats.
type StatsOptions struct {
	// Top is how many of the most-mentioned entities to list; 0 means 10.
	Top int
}

// Stats summarises a store.
type Stats struct {
	Articles  int    `json:"articles"`
	FirstDate string `json:"first_date,omitempty"` // earliest publication date
	LastDate  string `json:"last_date,omitempty"`
	Undated   int    `json:"undated"` // articles with no publication date
	// Entities counts, per entity type, the distinct names and the
	// articles-by-name pairs (an entity named in 3 articles counts 3).
	Entities []TypeCount `json:"entities"`
	Events   []TypeCount `json:"events"` // Distinct is unused: Count is events
	// TopEntities are the entities named in the most articles.
	TopEntities []EntityCount `json:"top_entities"`
}

// TypeCount is one row of a per-type tally.
type TypeCount struct {
	Type     string `json:"type"`
	Count    int    `json:"count"`
	Distinct int    `json:"distinct,omitempty"`
}

// EntityCount is an entity name and how many articles name it.
type EntityCount struct {
	Type     string `json:"type"`
	Name     string `json:"name"`
	Articles int    `json:"articles"`
}

// CheckDates reports whether From and To are real dates as YYYY, YYYY-MM or
// YYYY-MM-DD: "2022-13-99" is refused, not searched. Every engine checks
// with it, so that all refuse the same bounds.
func (o SearchOptions) CheckDates() error {
	if o.From != "" && !validBound(o.From) {
		return fmt.Errorf("from date %q: want YYYY, YYYY-MM or YYYY-MM-DD", o.From)
	}
	if o.To != "" && !validBound(o.To) {
		return fmt.Errorf("to date %q: want YYYY, YYYY-MM or YYYY-MM-DD", o.To)
	}
	return nil
}

// ToBelow is the least string above every date that To takes in: any date
// that starts with To sorts below To followed by '~' (bytewise, as in C
// collation). Empty when To is.
func (o SearchOptions) ToBelow() string {
	if o.To == "" {
		return ""
	}
	return o.To + "~"
}

func validBound(s string) bool {
	for _, layout := range []string{"2006", "2006-01", "2006-01-02"} {
		if len(s) == len(layout) {
			_, err := time.Parse(layout, s)
			return err == nil
		}
	}
	return false
}

// PutOrder is the order in which an engine writes a batch: by id, and in
// input order among equal ids. Writing in id order means that within a
// batch the smaller of two ids with one body is met first, so that only
// records of earlier batches are ever replaced; it also makes concurrent
// writers take their locks in one order.
func PutOrder(recs []*annalist.Record) []int {
	order := make([]int, len(recs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return recs[order[a]].ID < recs[order[b]].ID })
	return order
}
