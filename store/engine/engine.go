// Package engine opens the store a --db value names: a postgres:// (or
// postgresql://) URL is a PostgreSQL database, anything else the path of
// an SQLite file. Commands open stores through it, so that every command
// that takes --db takes either.
package engine

import (
	"context"
	"fmt"
	"os"

	"github.com/annalist/annalist/store"
	"github.com/annalist/annalist/store/postgres"
	"github.com/annalist/annalist/store/sqlite"
)

// EnvVar names the store when --db is not given.
const EnvVar = "ANNALIST_DB"

// Default is the store of $ANNALIST_DB, or sqlite.DefaultPath.
func Default() string {
	if s := os.Getenv(EnvVar); s != "" {
		return s
	}
	return sqlite.DefaultPath
}

// Open opens (creating when needed) the store db names.
func Open(ctx context.Context, db string) (store.Store, error) {
	if postgres.IsURL(db) {
		return postgres.Open(ctx, db)
	}
	return sqlite.Open(ctx, db)
}

// OpenExisting opens the store db names for reading: an SQLite file must
// exist, so that a mistyped path is not answered by a new empty store.
func OpenExisting(ctx context.Context, db string) (store.Store, error) {
	if !postgres.IsURL(db) {
		if _, err := os.Stat(db); err != nil {
			return nil, fmt.Errorf("no store at %s (use --db, or fill it with annalist ingest): %w", db, err)
		}
	}
	return Open(ctx, db)
}

// Name is db as messages may show it: a URL without its password.
func Name(db string) string {
	if postgres.IsURL(db) {
		return postgres.Redact(db)
	}
	return db
}
