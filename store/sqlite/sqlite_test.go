package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/store"
	"github.com/annalist/annalist/store/storetest"
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

// record builds a small record with one fact of each kind. The tests of
// what every store promises are in store/storetest (contract_test.go);
// these are SQLite's own.
var record = storetest.Record

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

// TestSearch tries FTS5's own syntax on the contract's search fixture
// (the contract's search tests run in contract_test.go).
func TestSearch(t *testing.T) {
	db := open(t)
	storetest.SearchFixture(t, db)
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
		storetest.CheckSearch(t, db, tc.query, tc.opt, tc.want, tc.wantMark)
	}
	if t.Failed() {
		for _, tc := range tests {
			t.Logf("%q is FTS5 %s", tc.query, ftsQuery(tc.query))
		}
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

// The events' ACLED types are kept in columns, and a store from before
// they were (version 4) gets them from the records it keeps.
func TestACLEDColumnsAndTheirMigration(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "acled.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	storetest.CheckACLEDColumns(t, db, func(s store.Store) string {
		var out string
		err := s.(*DB).each(ctx, storetest.ACLEDQuery, func(r *sql.Rows) error {
			var seq int
			var typ, sub string
			err := r.Scan(&seq, &typ, &sub)
			out += fmt.Sprintf("%d:%s:%s|", seq, typ, sub)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}, func(s store.Store) {
		for _, q := range []string{"DROP INDEX events_acled", "ALTER TABLE events DROP COLUMN acled_type",
			"ALTER TABLE events DROP COLUMN acled_sub_type", "PRAGMA user_version = 4"} {
			if _, err := s.(*DB).SQL().Exec(q); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		}
	}, func(s store.Store) store.Store {
		s.Close()
		if db, err = Open(ctx, path); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	})
}
