package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/store"
)

func open(t testing.TB) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// record builds a small record with one fact of each kind.
func record(id, published, title, text string) *annalist.Record {
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

func TestPutGetRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	want := record("a1", "1987-02-26", "Bank of Japan holds rates", "The Bank of Japan in Tokyo said yesterday that rates would hold.")
	out, err := db.Put(ctx, []*annalist.Record{want})
	if err != nil {
		t.Fatal(err)
	}
	if out[0] != store.Stored {
		t.Fatalf("outcome %v, want stored", out[0])
	}
	got, err := db.Get(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Get returned\n%+v\nwant\n%+v", got, want)
	}
	if _, err := db.Get(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Get(missing) error %v, want ErrNotFound", err)
	}
	for id, want := range map[string]bool{"a1": true, "nope": false} {
		if has, err := db.Has(ctx, id); err != nil || has != want {
			t.Errorf("Has(%q) = %v, %v; want %v", id, has, err, want)
		}
	}
}

func TestPutDedupes(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	batch := []*annalist.Record{
		record("a", "1987-01-01", "A", "first body"),
		record("b", "1987-01-02", "B", "second body"),
		record("a", "1987-01-01", "A again", "a different body, same id"),
		record("c", "1987-01-03", "C", "first body"), // same body as a
		{ID: "empty1"},
		{ID: "empty2"}, // empty bodies do not count as duplicates of each other
	}
	out, err := db.Put(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	want := []store.Outcome{store.Stored, store.Stored, store.DuplicateID, store.DuplicateBody, store.Stored, store.Stored}
	if !reflect.DeepEqual(out, want) {
		t.Errorf("first put: outcomes %v, want %v", out, want)
	}
	// The same batch again changes nothing.
	before := tableCounts(t, db)
	out, err = db.Put(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	want = []store.Outcome{store.DuplicateID, store.DuplicateID, store.DuplicateID, store.DuplicateBody, store.DuplicateID, store.DuplicateID}
	if !reflect.DeepEqual(out, want) {
		t.Errorf("second put: outcomes %v, want %v", out, want)
	}
	if after := tableCounts(t, db); !reflect.DeepEqual(before, after) {
		t.Errorf("second put changed row counts: %v -> %v", before, after)
	}
	if before["articles"] != 4 || before["entities"] != 4 || before["events"] != 2 {
		t.Errorf("row counts %v, want 4 articles, 4 entities, 2 events", before)
	}
}

func TestPutRollsBackABadBatch(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	_, err := db.Put(ctx, []*annalist.Record{record("ok", "", "", "fine"), {Text: "no id"}})
	if err == nil {
		t.Fatal("Put of a record without id succeeded")
	}
	if has, _ := db.Has(ctx, "ok"); has {
		t.Error("a failed batch left part of itself behind")
	}
}

func tableCounts(t *testing.T, db *DB) map[string]int {
	t.Helper()
	m := map[string]int{}
	for _, tab := range []string{"articles", "articles_fts", "entities", "mentions", "times", "counts", "quotes", "events"} {
		var n int
		if err := db.SQL().QueryRow("SELECT count(*) FROM " + tab).Scan(&n); err != nil {
			t.Fatal(err)
		}
		m[tab] = n
	}
	return m
}

func TestSearch(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	_, err := db.Put(ctx, []*annalist.Record{
		record("jp", "1987-03-02", "Bank of Japan intervenes", "The Bank of Japan bought dollars in Tokyo to steady the yen."),
		record("us", "1987-03-20", "U.S. wheat sales", "The U.S. sold wheat to the Soviet Union, AT&T said nothing."),
		record("cocoa", "1987-02-26", "Bahia cocoa review", "Showers continued in the Bahia cocoa zone; cocoa prices rose."),
		record("oil", "1987-04-01", "OPEC output", "Oil prices fell as OPEC output rose. Price cuts followed."),
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query    string
		opt      store.SearchOptions
		want     []string
		wantMark string // a marked term expected in the first snippet
	}{
		{"bank of japan", store.SearchOptions{}, []string{"jp"}, "«Bank» «of» «Japan»"},
		{`"bank of japan"`, store.SearchOptions{}, []string{"jp"}, ""},
		{"U.S.", store.SearchOptions{}, []string{"us"}, "«U.S»"},
		{"AT&T", store.SearchOptions{}, []string{"us"}, ""},
		{"oil prices", store.SearchOptions{}, []string{"oil"}, "«Oil» «prices»"}, // porter: price/prices
		{"cocoa OR wheat", store.SearchOptions{}, []string{"cocoa", "us"}, ""},
		{"cocoa", store.SearchOptions{MarkOpen: "<b>", MarkClose: "</b>"}, []string{"cocoa"}, "<b>cocoa</b>"},
		{"title:opec", store.SearchOptions{}, []string{"oil"}, ""},
		{"dollar*", store.SearchOptions{}, []string{"jp"}, ""},
		{"the OR rose", store.SearchOptions{From: "1987-03", To: "1987-03"}, []string{"jp", "us"}, ""},
		{"the OR rose", store.SearchOptions{From: "1987-03-05"}, []string{"us", "oil"}, ""},
		{"the OR rose", store.SearchOptions{To: "1987-02-26"}, []string{"cocoa"}, ""},
		{"the", store.SearchOptions{Limit: 1}, []string{"?"}, ""},
		// Syntax that would break a raw FTS5 query.
		{`NOT cocoa`, store.SearchOptions{}, []string{"cocoa"}, ""},
		{`cocoa AND`, store.SearchOptions{}, []string{"cocoa"}, ""},
		{`(cocoa OR wheat`, store.SearchOptions{}, []string{"cocoa", "us"}, ""},
		{`"unclosed phrase`, store.SearchOptions{}, nil, ""},
		{`cocoa (wheat OR yen)`, store.SearchOptions{}, nil, ""},
		{`- * ^ : NEAR(`, store.SearchOptions{}, nil, ""},
		{``, store.SearchOptions{}, nil, ""},
	}
	for _, tc := range tests {
		hits, err := db.Search(ctx, tc.query, tc.opt)
		if err != nil {
			t.Errorf("Search(%q): %v", tc.query, err)
			continue
		}
		var ids []string
		for _, h := range hits {
			ids = append(ids, h.ID)
		}
		if len(tc.want) == 1 && tc.want[0] == "?" {
			if len(ids) != 1 {
				t.Errorf("Search(%q, limit 1) gave %v", tc.query, ids)
			}
			continue
		}
		if !sameSet(ids, tc.want) {
			t.Errorf("Search(%q, %+v) = %v, want %v (as %s)", tc.query, tc.opt, ids, tc.want, ftsQuery(tc.query))
		}
		if tc.wantMark != "" && len(hits) > 0 && !strings.Contains(hits[0].Snippet, tc.wantMark) {
			t.Errorf("Search(%q) snippet %q lacks %q", tc.query, hits[0].Snippet, tc.wantMark)
		}
	}
	for _, bad := range []string{"March", "2022-13-99", "2022-02-30", "22-01"} {
		if _, err := db.Search(ctx, "cocoa", store.SearchOptions{From: bad}); err == nil {
			t.Errorf("Search with from date %q succeeded", bad)
		}
	}
}

func TestSearchRanksTitlesFirst(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	db.Put(ctx, []*annalist.Record{
		record("body", "", "Markets", "Gold rose and gold fell and analysts watched gold all day long."),
		record("title", "", "Gold", "Prices of the metal rose on Monday in a quiet session for gold."),
	})
	hits, err := db.Search(ctx, "gold", store.SearchOptions{})
	if err != nil || len(hits) != 2 {
		t.Fatalf("Search(gold) = %v, %v", hits, err)
	}
	if hits[0].ID != "title" || hits[0].Score > hits[1].Score {
		t.Errorf("ranking %v: the title match should come first", hits)
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]int{}
	for _, s := range a {
		m[s]++
	}
	for _, s := range b {
		m[s]--
	}
	for _, n := range m {
		if n != 0 {
			return false
		}
	}
	return true
}

func TestStats(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	db.Put(ctx, []*annalist.Record{
		record("a", "1987-02-26", "", "one"),
		record("b", "1987-04-07", "", "two"),
		{ID: "c", Text: "three"},
	})
	st, err := db.Stats(ctx, store.StatsOptions{Top: 1})
	if err != nil {
		t.Fatal(err)
	}
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

func TestReopenKeepsSchemaAndData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "re.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	db.Put(ctx, []*annalist.Record{record("a", "", "", "body")})
	db.Close()
	db, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v int
	db.SQL().QueryRow("PRAGMA user_version").Scan(&v)
	if v != SchemaVersion {
		t.Errorf("user_version %d, want %d", v, SchemaVersion)
	}
	if has, _ := db.Has(ctx, "a"); !has {
		t.Error("record lost on reopen")
	}
	var mode string
	db.SQL().QueryRow("PRAGMA journal_mode").Scan(&mode)
	if mode != "wal" {
		t.Errorf("journal_mode %q, want wal", mode)
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "new.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	db.SQL().Exec("PRAGMA user_version = 999")
	db.Close()
	if db, err := Open(ctx, path); err == nil {
		db.Close()
		t.Fatal("Open accepted a schema from the future")
	}
}

func TestOptimizeKeepsSearchWorking(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	for i := 0; i < 30; i++ { // one segment per batch
		db.Put(ctx, []*annalist.Record{record(fmt.Sprint(i), "", "", fmt.Sprintf("cocoa report %d", i))})
	}
	for _, n := range []int{30, 1} { // full, then bounded
		if err := db.Optimize(ctx, n); err != nil {
			t.Fatal(err)
		}
		hits, err := db.Search(ctx, "cocoa", store.SearchOptions{Limit: 100})
		if err != nil || len(hits) != 30 {
			t.Fatalf("after Optimize(%d): %d hits, %v", n, len(hits), err)
		}
	}
}

// A store made by an older version is migrated step by step and keeps
// its data searchable.
func TestMigrateFromVersion1(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{migrations[0], "PRAGMA user_version = 1",
		`INSERT INTO articles (id, text, record) VALUES ('old', 'cocoa prices rose', '{}')`} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%.40s: %v", q, err)
		}
	}
	raw.Close()

	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v, triggers int
	db.SQL().QueryRow("PRAGMA user_version").Scan(&v)
	db.SQL().QueryRow("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = 'articles_fts_insert'").Scan(&triggers)
	if v != SchemaVersion || triggers != 0 {
		t.Errorf("after migration: version %d (want %d), insert trigger present: %v", v, SchemaVersion, triggers == 1)
	}
	if _, err := db.Put(ctx, []*annalist.Record{record("new", "", "", "cocoa stocks fell")}); err != nil {
		t.Fatal(err)
	}
	hits, err := db.Search(ctx, "cocoa", store.SearchOptions{})
	if err != nil || len(hits) != 2 {
		t.Errorf("search after migration: %v, %v; want both articles", hits, err)
	}
}
