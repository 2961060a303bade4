// Package storetest is the contract every store.Store keeps: one table of
// tests that each engine's own tests run against a real instance (SQLite
// in a temporary file, PostgreSQL on a server the tests start).
package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/store"
)

// Opener returns a new, empty store, closed when t ends.
type Opener func(t *testing.T) store.Store

// Tests are the contract, by name.
var Tests = []struct {
	Name string
	Run  func(t *testing.T, s store.Store)
}{
	{"PutGetRoundTrip", testRoundTrip},
	{"OddBytesRoundTrip", testOddBytes},
	{"PutDedupes", testDedupes},
	{"SameBodyKeepsTheFirstIDInAnyOrder", testBodyOrder},
	{"PutRollsBackABadBatch", testRollback},
	{"ConcurrentPutsStoreEachIDOnce", testConcurrent},
	{"Search", testSearch},
	{"SearchRanksTitlesFirst", testRanking},
	{"SearchRefusesBadDates", testBadDates},
	{"RecordsInDateOrder", testRecords},
	{"Stats", testStats},
	{"ReviseMovesStoredRecords", testRevise},
}

// Run runs every test of the contract on stores from open.
func Run(t *testing.T, open Opener) {
	for _, tc := range Tests {
		t.Run(tc.Name, func(t *testing.T) { tc.Run(t, open(t)) })
	}
}

// Record builds a small record with one fact of each kind.
func Record(id, published, title, text string) *annalist.Record {
	return &annalist.Record{
		ID: id, Title: title, Published: published, Language: "en", Text: text,
		Entities: []annalist.Entity{
			{ID: "e1", Type: annalist.Organization, Name: "Bank of Japan", Mentions: []annalist.Span{{Start: 0, End: 13, Text: "Bank of Japan"}}},
			{ID: "e2", Type: annalist.Location, Name: "Tokyo", Mentions: []annalist.Span{{Start: 17, End: 22}},
				Geo: &annalist.Geo{Kind: annalist.GeoCity, Country: "JP", Lat: 35.68, Lon: 139.69, GeonamesID: 1850147}},
		},
		Times:  []annalist.Time{{Start: 26, End: 35, Text: "yesterday", Type: annalist.Date, Value: "1987-02-25"}},
		Counts: []annalist.Count{{Start: 40, End: 50, Text: "10 arrested", Kind: "arrested", Number: 10}},
		Quotes: []annalist.Quote{{Start: 1, End: 5, Text: "rates", Speaker: "Bank of Japan", SpeakerEntity: "e1"}},
		Events: []annalist.Event{{Type: "SANCTION", Trigger: annalist.Span{Start: 3, End: 8, Text: "fined"},
			Actor: &annalist.Arg{Text: "Bank of Japan", Entity: "e1"}, Date: "1987-02-25",
			Place: &annalist.Place{Entity: "e2", Name: "Tokyo", Country: "JP"}, Arrests: 10,
			Sentence: annalist.Span{Start: 0, End: 50}}},
	}
}

func put(t *testing.T, s store.Store, recs ...*annalist.Record) []store.Outcome {
	t.Helper()
	out, err := s.Put(context.Background(), recs)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func testRoundTrip(t *testing.T, s store.Store) {
	ctx := context.Background()
	want := Record("a1", "1987-02-26", "Bank of Japan holds rates", "The Bank of Japan in Tokyo said yesterday that rates would hold.")
	if out := put(t, s, want); out[0] != store.Stored {
		t.Fatalf("outcome %v, want stored", out[0])
	}
	got, err := s.Get(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Get returned\n%+v\nwant\n%+v", got, want)
	}
	if _, err := s.Get(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Get(missing) error %v, want ErrNotFound", err)
	}
	for id, want := range map[string]bool{"a1": true, "nope": false} {
		if has, err := s.Has(ctx, id); err != nil || has != want {
			t.Errorf("Has(%q) = %v, %v; want %v", id, has, err, want)
		}
	}
}

// Bodies are kept byte for byte, whatever they hold: offsets point into them.
func testOddBytes(t *testing.T, s store.Store) {
	ctx := context.Background()
	recs := []*annalist.Record{
		Record("nul", "", "with\x00nul", "a body\x00with a NUL byte about cocoa"),
		Record("latin1", "", "caf\xe9", "caf\xe9 au lait, not UTF-8, about cocoa"),
	}
	for i, o := range put(t, s, recs...) {
		if o != store.Stored {
			t.Fatalf("%s: outcome %v", recs[i].ID, o)
		}
	}
	for _, want := range recs {
		got, err := s.Get(ctx, want.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Text != want.Text {
			t.Errorf("%s: body %q, want %q", want.ID, got.Text, want.Text)
		}
	}
	if hits, err := s.Search(ctx, "cocoa", store.SearchOptions{}); err != nil || len(hits) != 2 {
		t.Errorf("Search(cocoa) over odd bodies: %v, %v", hits, err)
	}
}

func testDedupes(t *testing.T, s store.Store) {
	ctx := context.Background()
	batch := []*annalist.Record{
		Record("a", "1987-01-01", "A", "first body"),
		Record("b", "1987-01-02", "B", "second body"),
		Record("a", "1987-01-01", "A again", "a different body, same id"),
		Record("c", "1987-01-03", "C", "first body"), // same body as a
		{ID: "empty1"},
		{ID: "empty2"}, // empty bodies do not count as duplicates of each other
	}
	want := []store.Outcome{store.Stored, store.Stored, store.DuplicateID, store.DuplicateBody, store.Stored, store.Stored}
	if out := put(t, s, batch...); !reflect.DeepEqual(out, want) {
		t.Errorf("first put: outcomes %v, want %v", out, want)
	}
	before := stats(t, s)
	want = []store.Outcome{store.DuplicateID, store.DuplicateID, store.DuplicateID, store.DuplicateBody, store.DuplicateID, store.DuplicateID}
	if out := put(t, s, batch...); !reflect.DeepEqual(out, want) {
		t.Errorf("second put: outcomes %v, want %v", out, want)
	}
	if after := stats(t, s); !reflect.DeepEqual(before, after) {
		t.Errorf("second put changed the store: %+v -> %+v", before, after)
	}
	if before.Articles != 4 || len(before.Events) != 1 || before.Events[0].Count != 2 {
		t.Errorf("stats %+v, want 4 articles and 2 events", before)
	}
	if got, err := s.Get(ctx, "a"); err != nil || got.Title != "A" {
		t.Errorf("Get(a) = %+v, %v: the first of two records with one id is the one kept", got, err)
	}
}

// Which of two ids with one body is kept does not depend on the order
// they came in, so that workers agree with one process.
func testBodyOrder(t *testing.T, s store.Store) {
	ctx := context.Background()
	want := [][]store.Outcome{
		put(t, s, Record("c", "", "", "one body"), Record("b", "", "", "one body")),
		put(t, s, Record("a", "", "", "one body")),
		put(t, s, Record("d", "", "", "one body"), Record("b", "", "", "one body")),
	}
	if got := [][]store.Outcome{{store.DuplicateBody, store.Stored}, {store.Replaced}, {store.DuplicateBody, store.DuplicateBody}}; !reflect.DeepEqual(got, want) {
		t.Errorf("outcomes %v, want %v", want, got)
	}
	for id, want := range map[string]bool{"a": true, "b": false, "c": false, "d": false} {
		if has, err := s.Has(ctx, id); err != nil || has != want {
			t.Errorf("Has(%q) = %v, %v; want %v", id, has, err, want)
		}
	}
	st := stats(t, s)
	if st.Articles != 1 || len(st.Events) != 1 || st.Events[0].Count != 1 || len(st.Entities) != 2 || st.Entities[0].Count != 1 {
		t.Errorf("stats %+v: want one article and its facts, the replaced one's gone", st)
	}
	if hits, err := s.Search(ctx, "body", store.SearchOptions{}); err != nil || len(hits) != 1 || hits[0].ID != "a" {
		t.Errorf("Search(body) = %+v, %v; want a alone", hits, err)
	}
}

func testRollback(t *testing.T, s store.Store) {
	ctx := context.Background()
	if _, err := s.Put(ctx, []*annalist.Record{Record("ok", "", "", "fine"), {Text: "no id"}}); err == nil {
		t.Fatal("Put of a record without id succeeded")
	}
	if has, _ := s.Has(ctx, "ok"); has {
		t.Error("a failed batch left part of itself behind")
	}
	if st := stats(t, s); st.Articles != 0 || len(st.Entities) != 0 {
		t.Errorf("a failed batch left %+v", st)
	}
}

// Writers racing over the same records (workers redelivered one batch)
// store each id once and report the rest as duplicates.
func testConcurrent(t *testing.T, s store.Store) {
	const writers, n = 4, 60
	var wg sync.WaitGroup
	outcomes := make([][]store.Outcome, writers)
	errs := make([]error, writers)
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for lo := 0; lo < n; lo += 10 {
				var batch []*annalist.Record
				for i := lo; i < lo+10; i++ {
					j := (i + w*15) % n // each writer starts elsewhere
					batch = append(batch, Record(fmt.Sprintf("r%d", j), "", "", fmt.Sprintf("body %d", j)))
				}
				out, err := s.Put(context.Background(), batch)
				if err != nil {
					errs[w] = err
					return
				}
				outcomes[w] = append(outcomes[w], out...)
			}
		}(w)
	}
	wg.Wait()
	stored := 0
	for w := range outcomes {
		if errs[w] != nil {
			t.Fatalf("writer %d: %v", w, errs[w])
		}
		for _, o := range outcomes[w] {
			if o == store.Stored {
				stored++
			}
		}
	}
	if st := stats(t, s); stored != n || st.Articles != n {
		t.Errorf("%d writers stored %d records, the store holds %d; want %d", writers, stored, st.Articles, n)
	}
}

// SearchFixture stores the four stories the search tests look for.
func SearchFixture(t *testing.T, s store.Store) {
	put(t, s,
		Record("jp", "1987-03-02", "Bank of Japan intervenes", "The Bank of Japan bought dollars in Tokyo to steady the yen."),
		Record("us", "1987-03-20", "U.S. wheat sales", "The U.S. sold wheat to the Soviet Union, AT&T said nothing."),
		Record("cocoa", "1987-02-26", "Bahia cocoa review", "Showers continued in the Bahia cocoa zone; cocoa prices rose."),
		Record("oil", "1987-04-01", "OPEC output", "Oil prices fell as OPEC output rose. Price cuts followed."),
	)
}

func testSearch(t *testing.T, s store.Store) {
	SearchFixture(t, s)
	tests := []struct {
		query    string
		opt      store.SearchOptions
		want     []string
		wantMark string // a marked term expected in the first snippet
	}{
		{"bank of japan", store.SearchOptions{}, []string{"jp"}, "«Bank»"},
		{`"bank of japan"`, store.SearchOptions{}, []string{"jp"}, ""},
		{"oil prices", store.SearchOptions{}, []string{"oil"}, "«Oil»"}, // stemmed: price/prices
		{"yen dollar", store.SearchOptions{}, []string{"jp"}, ""},       // stemmed: dollar/dollars
		{"cocoa OR wheat", store.SearchOptions{}, []string{"cocoa", "us"}, ""},
		{"cocoa", store.SearchOptions{MarkOpen: "<b>", MarkClose: "</b>"}, []string{"cocoa"}, "<b>cocoa</b>"},
		{"rose OR yen", store.SearchOptions{From: "1987-03", To: "1987-03"}, []string{"jp"}, ""},
		{"rose OR wheat", store.SearchOptions{From: "1987-03-05"}, []string{"us", "oil"}, ""},
		{"rose OR wheat", store.SearchOptions{To: "1987-02-26"}, []string{"cocoa"}, ""},
		{"rose OR wheat", store.SearchOptions{From: "1987", To: "1987"}, []string{"cocoa", "oil", "us"}, ""},
		{"prices OR yen", store.SearchOptions{Limit: 1}, []string{"?"}, ""},
		{"cocoa wheat", store.SearchOptions{}, nil, ""}, // words are ANDed
		{"zebra", store.SearchOptions{}, nil, ""},
		// What a user may type is never a syntax error.
		{`cocoa AND`, store.SearchOptions{}, []string{"cocoa"}, ""},
		{`(cocoa OR wheat`, store.SearchOptions{}, []string{"cocoa", "us"}, ""},
		{`"unclosed phrase`, store.SearchOptions{}, nil, ""},
		{`- * ^ : NEAR( ) & | ! <->`, store.SearchOptions{}, nil, ""},
		{``, store.SearchOptions{}, nil, ""},
	}
	for _, tc := range tests {
		CheckSearch(t, s, tc.query, tc.opt, tc.want, tc.wantMark)
	}
}

// CheckSearch runs one query on s and checks the ids it finds, in any
// order (a want of "?" asks for exactly one hit, whichever), that the
// first snippet holds wantMark when that is not empty, and that every hit
// has its title and date.
func CheckSearch(t *testing.T, s store.Store, query string, opt store.SearchOptions, want []string, wantMark string) {
	t.Helper()
	hits, err := s.Search(context.Background(), query, opt)
	if err != nil {
		t.Errorf("Search(%q): %v", query, err)
		return
	}
	var ids []string
	for _, h := range hits {
		ids = append(ids, h.ID)
	}
	if len(want) == 1 && want[0] == "?" {
		if len(ids) != 1 {
			t.Errorf("Search(%q, limit 1) gave %v", query, ids)
		}
		return
	}
	sort.Strings(ids)
	want = append([]string(nil), want...)
	sort.Strings(want)
	if strings.Join(ids, " ") != strings.Join(want, " ") {
		t.Errorf("Search(%q, %+v) = %v, want %v", query, opt, ids, want)
	}
	if wantMark != "" && len(hits) > 0 && !strings.Contains(hits[0].Snippet, wantMark) {
		t.Errorf("Search(%q) snippet %q lacks %q", query, hits[0].Snippet, wantMark)
	}
	for _, h := range hits {
		if h.Title == "" || h.Published == "" {
			t.Errorf("Search(%q) hit %+v lacks its title or date", query, h)
		}
	}
}

func testRanking(t *testing.T, s store.Store) {
	put(t, s,
		Record("body", "", "Markets", "Gold rose and gold fell and analysts watched gold all day long."),
		Record("title", "", "Gold", "Prices of the metal rose on Monday in a quiet session for gold."),
	)
	hits, err := s.Search(context.Background(), "gold", store.SearchOptions{})
	if err != nil || len(hits) != 2 {
		t.Fatalf("Search(gold) = %v, %v", hits, err)
	}
	if hits[0].ID != "title" || hits[0].Score > hits[1].Score {
		t.Errorf("ranking %+v: the title match should come first, with the lower score", hits)
	}
}

func testBadDates(t *testing.T, s store.Store) {
	ctx := context.Background()
	for _, bad := range []string{"March", "2022-13-99", "2022-02-30", "22-01"} {
		if _, err := s.Search(ctx, "cocoa", store.SearchOptions{From: bad}); err == nil {
			t.Errorf("Search with from date %q succeeded", bad)
		}
		if err := s.Records(ctx, "", store.SearchOptions{To: bad}, func(*annalist.Record) error { return nil }); err == nil {
			t.Errorf("Records with to date %q succeeded", bad)
		}
	}
}

func testRecords(t *testing.T, s store.Store) {
	ctx := context.Background()
	SearchFixture(t, s)
	put(t, s, Record("undated", "", "Undated", "no date on this cocoa story"))
	ids := func(query string, opt store.SearchOptions) []string {
		var got []string
		if err := s.Records(ctx, query, opt, func(r *annalist.Record) error {
			if r.Text == "" || len(r.Entities) != 2 {
				t.Errorf("record %s streamed without its text or facts", r.ID)
			}
			got = append(got, r.ID)
			return nil
		}); err != nil {
			t.Fatalf("Records(%q): %v", query, err)
		}
		return got
	}
	for _, tc := range []struct {
		query string
		opt   store.SearchOptions
		want  []string
	}{
		{"", store.SearchOptions{}, []string{"undated", "cocoa", "jp", "us", "oil"}},
		{"", store.SearchOptions{Limit: 2}, []string{"undated", "cocoa"}},
		{"", store.SearchOptions{From: "1987-03", To: "1987-03-31"}, []string{"jp", "us"}},
		{"cocoa", store.SearchOptions{}, []string{"undated", "cocoa"}},
		{"cocoa", store.SearchOptions{From: "1987"}, []string{"cocoa"}},
		{"zebra", store.SearchOptions{}, nil},
	} {
		if got := ids(tc.query, tc.opt); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Records(%q, %+v) = %v, want %v", tc.query, tc.opt, got, tc.want)
		}
	}
	stop := errors.New("stop")
	n := 0
	if err := s.Records(ctx, "", store.SearchOptions{}, func(*annalist.Record) error { n++; return stop }); err != stop || n != 1 {
		t.Errorf("Records did not stop at fn's error: %v after %d", err, n)
	}
}

func testStats(t *testing.T, s store.Store) {
	put(t, s,
		Record("a", "1987-02-26", "", "one"),
		Record("b", "1987-04-07", "", "two"),
		&annalist.Record{ID: "c", Text: "three"},
	)
	st, err := s.Stats(context.Background(), store.StatsOptions{Top: 1})
	if err != nil {
		t.Fatal(err)
	}
	sort.Slice(st.Entities, func(i, j int) bool { return st.Entities[i].Type < st.Entities[j].Type })
	want := &store.Stats{
		Articles: 3, FirstDate: "1987-02-26", LastDate: "1987-04-07", Undated: 1,
		Entities: []store.TypeCount{
			{Type: "LOCATION", Count: 2, Distinct: 1},
			{Type: "ORGANIZATION", Count: 2, Distinct: 1},
		},
		Events:      []store.TypeCount{{Type: "SANCTION", Count: 2}},
		TopEntities: []store.EntityCount{{Type: "ORGANIZATION", Name: "Bank of Japan", Articles: 2}},
	}
	if !reflect.DeepEqual(st, want) {
		t.Errorf("Stats =\n%+v\nwant\n%+v", st, want)
	}
}

// stats is s.Stats with every entity listed.
func stats(t *testing.T, s store.Store) *store.Stats {
	t.Helper()
	st, err := s.Stats(context.Background(), store.StatsOptions{Top: 1000})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// ACLEDQuery lists a store's events as seq, ACLED type and sub-event type
// (empty where ACLED codes nothing), for CheckACLEDColumns.
const ACLEDQuery = `SELECT seq, coalesce(acled_type, ''), coalesce(acled_sub_type, '') FROM events ORDER BY article, seq`

// CheckACLEDColumns checks that an engine keeps each event's ACLED types
// in its events table and that a store from before it did gets them from
// the records it keeps. The engine's own steps: columns runs ACLEDQuery
// and writes its rows as "seq:type:sub|"; downgrade makes the store as it
// was before the columns; reopen closes it and opens it again.
func CheckACLEDColumns(t *testing.T, s store.Store, columns func(store.Store) string, downgrade func(store.Store), reopen func(store.Store) store.Store) {
	t.Helper()
	r := Record("a", "", "", "Police fired on the\x00protesters.")
	r.Events = append(r.Events, annalist.Event{Type: "ASSAULT", Actor: &annalist.Arg{Text: "the\x00police"}, Sentence: annalist.Span{Start: 0, End: 27},
		ACLED: &annalist.ACLED{EventType: "Protests", SubEventType: "Excessive force against protesters"}})
	put(t, s, r)
	want := "0::|1:Protests:Excessive force against protesters|"
	if got := columns(s); got != want {
		t.Fatalf("after Put: %q, want %q", got, want)
	}
	downgrade(s)
	s = reopen(s)
	if got := columns(s); got != want {
		t.Errorf("after the upgrade: %q, want %q", got, want)
	}
}

// testRevise: a story revised after its articles were stored is
// saved with its events' new incidents, the rest of the record kept, and
// an id not stored passed over.
func testRevise(t *testing.T, s store.Store) {
	ctx := context.Background()
	m, ok := s.(store.StoryMover)
	if !ok {
		t.Fatalf("%T cannot revise stories", s)
	}
	a := Record("a", "1987-02-26", "A", "the first report")
	a.Story = "a"
	b := Record("b", "1987-02-27", "B", "the second report")
	b.Story = "a"
	for _, r := range []*annalist.Record{a, b} {
		r.Events = []annalist.Event{{Type: "ATTACK", Incident: "a/0"}, {Type: "PROTEST", Incident: "a/1"}, {Type: "ARREST", Incident: r.ID + "/2"}}
	}
	if _, err := s.Put(ctx, []*annalist.Record{a, b}); err != nil {
		t.Fatal(err)
	}
	rv := map[string]store.Revision{
		"b":       {Story: "b", Incidents: []string{"b/0", ""}},
		"missing": {Story: "b"},
	}
	if err := m.Revise(ctx, rv); err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{"a": "a, a/0 a/1 a/2", "b": "b, b/0  b/2"} {
		r, err := s.Get(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		var ins []string
		for _, ev := range r.Events {
			ins = append(ins, ev.Incident)
		}
		if got := r.Story + ", " + strings.Join(ins, " "); got != want {
			t.Errorf("%s: story and incidents %q, want %q", id, got, want)
		}
		if len(r.Entities) != 2 || r.Text == "" || len(r.Events) != 3 || r.Events[1].Type != "PROTEST" {
			t.Errorf("%s: the rest of the record was lost: %+v", id, r)
		}
	}
	if has, _ := s.Has(ctx, "missing"); has {
		t.Error("Revise stored a record it was not given")
	}
}
