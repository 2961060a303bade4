package postgres

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/internal/pgtest"
	"github.com/annalist/annalist/store"
	"github.com/annalist/annalist/store/storetest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

func open(t *testing.T) *DB {
	t.Helper()
	db, err := Open(context.Background(), pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return open(t) })
}

func TestOpenFailsAtOnceNamingTheURL(t *testing.T) {
	for _, url := range []string{
		"postgres://nobody@127.0.0.1:1/none",              // nothing listens
		"postgres://u:secret@/none?host=/nonexistent/dir", // no such socket
		"postgres://[bad",                                 // not a URL
	} {
		start := time.Now()
		db, err := Open(context.Background(), url)
		if err == nil {
			db.Close()
			t.Fatalf("Open(%s) succeeded", url)
		}
		if time.Since(start) > ConnectTimeout {
			t.Errorf("Open(%s) took %v", url, time.Since(start))
		}
		if !strings.Contains(err.Error(), Redact(url)) || strings.Contains(err.Error(), "secret") {
			t.Errorf("Open(%s): %v: want the URL named, without its password", url, err)
		}
	}
}

func TestReopenMigratesOnceAndRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	url := pgtest.URL(t)
	db, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Put(ctx, []*annalist.Record{storetest.Record("a", "", "", "body")}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	// Two processes opening at once: one migrates, neither fails.
	errs := make(chan error, 2)
	for i := 0; i < 2; i++ {
		go func() {
			db, err := Open(ctx, url)
			if err == nil {
				db.Close()
			}
			errs <- err
		}()
	}
	for i := 0; i < 2; i++ {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	db, err = Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	var v int
	db.Pool().QueryRow(ctx, "SELECT version FROM annalist_schema").Scan(&v)
	if v != SchemaVersion {
		t.Errorf("schema version %d, want %d", v, SchemaVersion)
	}
	if has, _ := db.Has(ctx, "a"); !has {
		t.Error("record lost on reopen")
	}
	db.Pool().Exec(ctx, "UPDATE annalist_schema SET version = 999")
	db.Close()
	if db, err := Open(ctx, url); err == nil {
		db.Close()
		t.Fatal("Open accepted a schema from the future")
	}
}

func TestSafeKeepsByteOffsets(t *testing.T) {
	for _, s := range []string{"plain", "a\x00b", "caf\xe9!", "\xff\xfe", "é\x00é"} {
		if got := safe(s); len(got) != len(s) || !utf8.ValidString(got) || strings.ContainsRune(got, 0) {
			t.Errorf("safe(%q) = %q", s, got)
		}
	}
}

// The events' ACLED types are kept in columns, and a store from before
// they were (version 1) gets them from the records it keeps, even records
// holding a NUL, which PostgreSQL's JSON functions refuse.
func TestACLEDColumnsAndTheirMigration(t *testing.T) {
	ctx := context.Background()
	url := pgtest.URL(t)
	db, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	storetest.CheckACLEDColumns(t, db, func(s store.Store) string {
		rows, _ := s.(*DB).Pool().Query(ctx, storetest.ACLEDQuery)
		got, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (string, error) {
			var seq int
			var typ, sub string
			err := row.Scan(&seq, &typ, &sub)
			return fmt.Sprintf("%d:%s:%s|", seq, typ, sub), err
		})
		if err != nil {
			t.Fatal(err)
		}
		return strings.Join(got, "")
	}, func(s store.Store) {
		if _, err := s.(*DB).Pool().Exec(ctx, `DROP INDEX events_acled;
			ALTER TABLE events DROP COLUMN acled_type, DROP COLUMN acled_sub_type; UPDATE annalist_schema SET version = 1`); err != nil {
			t.Fatal(err)
		}
	}, func(s store.Store) store.Store {
		s.Close()
		if db, err = Open(ctx, url); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	})
}
