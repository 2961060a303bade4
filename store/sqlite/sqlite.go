// Package sqlite is the default store: one SQLite file (pure Go, through
// modernc.org/sqlite) in WAL mode, with an FTS5 index over titles and
// bodies and one table per kind of fact for aggregation.
//
// Every Put is one transaction, so a process killed at any point leaves the
// database at the last committed batch; putting the same records again
// skips what is there (by id, and by exact body text).
package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/store"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// DefaultPath is where the store lives unless told otherwise.
const DefaultPath = "annalist.db"

// DB is a store in one SQLite file.
type DB struct {
	db   *sql.DB
	path string
}

var _ store.Store = (*DB)(nil)

// Open opens the store at path, creating it and bringing its schema up to
// date as needed.
func Open(ctx context.Context, path string) (*DB, error) {
	q := url.Values{}
	for _, p := range []string{
		"journal_mode(WAL)",
		// NORMAL in WAL mode loses no committed transaction when the
		// process dies; only a power cut can cost the last few.
		"synchronous(NORMAL)",
		"foreign_keys(1)",
		"busy_timeout(10000)",
		"temp_store(MEMORY)",
		"cache_size(-32000)", // KiB
	} {
		q.Add("_pragma", p)
	}
	// Writers take the lock at BEGIN, so two writers never deadlock upgrading.
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := migrate(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	return &DB{db: db, path: path}, nil
}

// Path is the file the store lives in.
func (s *DB) Path() string { return s.path }

// SQL gives the underlying database to packages that aggregate over it.
func (s *DB) SQL() *sql.DB { return s.db }

// Close checkpoints and closes the database.
func (s *DB) Close() error {
	// Fold the WAL into the main file so that it is one file at rest.
	_, _ = s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	return s.db.Close()
}

// Has reports whether a record with this id is stored.
func (s *DB) Has(ctx context.Context, id string) (bool, error) {
	var one int
	err := s.db.QueryRowContext(ctx, "SELECT 1 FROM articles WHERE id = ?", id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("look up %q: %w", id, err)
	}
	return true, nil
}

// Get returns the record with this id.
func (s *DB) Get(ctx context.Context, id string) (*annalist.Record, error) {
	var text, js string
	err := s.db.QueryRowContext(ctx, "SELECT text, record FROM articles WHERE id = ?", id).Scan(&text, &js)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("get %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("get %q: %w", id, err)
	}
	var r annalist.Record
	if err := json.Unmarshal([]byte(js), &r); err != nil {
		return nil, fmt.Errorf("get %q: stored record is not valid JSON: %w", id, err)
	}
	r.Text = text
	return &r, nil
}

// Put stores the batch in one transaction.
func (s *DB) Put(ctx context.Context, recs []*annalist.Record) ([]Outcome, error) {
	out := make([]Outcome, len(recs))
	if len(recs) == 0 {
		return out, nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("put: begin: %w", err)
	}
	defer tx.Rollback()
	w, err := newWriter(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("put: %w", err)
	}
	defer w.close()
	for i, r := range recs {
		if out[i], err = w.put(r); err != nil {
			return nil, fmt.Errorf("put %q: %w", r.ID, err)
		}
	}
	// The full-text rows go last, in plain inserts that open no savepoint,
	// so that FTS5 writes the batch as one segment at commit.
	for i, r := range recs {
		if out[i] != store.Stored {
			continue
		}
		if _, err := w.fts.ExecContext(ctx, w.rowids[i], r.Title, r.Text); err != nil {
			return nil, fmt.Errorf("put %q: index text: %w", r.ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("put: commit: %w", err)
	}
	return out, nil
}

// Outcome is store.Outcome, named here for brevity.
type Outcome = store.Outcome

// writer holds the statements of one Put transaction.
type writer struct {
	ctx                                        context.Context
	article, hasID, fts                        *sql.Stmt
	entity, mention, time, count, quote, event *sql.Stmt
	rowids                                     []int64 // of the batch's articles, by index; 0 when not stored
}

func newWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	w := &writer{ctx: ctx}
	for _, p := range []struct {
		st  **sql.Stmt
		sql string
	}{
		{&w.article, `INSERT INTO articles (id, url, title, published, language, text, record, hash)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING rowid`},
		{&w.hasID, `SELECT 1 FROM articles WHERE id = ?`},
		{&w.fts, `INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)`},
		{&w.entity, `INSERT INTO entities (article, eid, type, name, role, geo_kind, country, admin1, lat, lon, geonames_id)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`},
		{&w.mention, `INSERT INTO mentions (article, eid, start, end) VALUES (?, ?, ?, ?)`},
		{&w.time, `INSERT INTO times (article, start, end, type, value, mod) VALUES (?, ?, ?, ?, ?, ?)`},
		{&w.count, `INSERT INTO counts (article, start, end, kind, number, qualifier) VALUES (?, ?, ?, ?, ?, ?)`},
		{&w.quote, `INSERT INTO quotes (article, start, end, speaker, speaker_entity, cue) VALUES (?, ?, ?, ?, ?, ?)`},
		{&w.event, `INSERT INTO events (article, seq, type, mode, modality, trigger_start, trigger_end,
			actor, actor_entity, target, target_entity, date, place, place_entity, country, admin1, lat, lon,
			fatalities, injuries, arrests, size, sentence_start, sentence_end)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
	} {
		st, err := tx.PrepareContext(ctx, p.sql)
		if err != nil {
			w.close()
			return nil, fmt.Errorf("prepare: %w", err)
		}
		*p.st = st
	}
	return w, nil
}

func (w *writer) close() {
	for _, st := range []*sql.Stmt{w.article, w.hasID, w.fts, w.entity, w.mention, w.time, w.count, w.quote, w.event} {
		if st != nil {
			st.Close()
		}
	}
}

// put writes one record and its facts, or reports why it is a duplicate.
func (w *writer) put(r *annalist.Record) (Outcome, error) {
	if r.ID == "" {
		return 0, errors.New("record has no id")
	}
	body := *r
	body.Text = "" // kept in its own column
	js, err := json.Marshal(&body)
	if err != nil {
		return 0, fmt.Errorf("encode record: %w", err)
	}
	var hash any // NULL for an empty body, so empty bodies never collide
	if r.Text != "" {
		h := sha256.Sum256([]byte(r.Text))
		hash = h[:]
	}
	var a int64
	err = w.article.QueryRowContext(w.ctx, r.ID, r.URL, r.Title, r.Published, r.Language, r.Text, string(js), hash).Scan(&a)
	w.rowids = append(w.rowids, a)
	if errors.Is(err, sql.ErrNoRows) {
		// The insert hit a uniqueness constraint: which one?
		var one int
		switch err := w.hasID.QueryRowContext(w.ctx, r.ID).Scan(&one); {
		case err == nil:
			return store.DuplicateID, nil
		case errors.Is(err, sql.ErrNoRows):
			return store.DuplicateBody, nil
		default:
			return 0, err
		}
	}
	if err != nil {
		return 0, fmt.Errorf("insert article: %w", err)
	}
	return store.Stored, w.facts(a, r)
}

func (w *writer) facts(a int64, r *annalist.Record) error {
	for _, e := range r.Entities {
		var kind, country, admin1, lat, lon, gid any
		if g := e.Geo; g != nil {
			kind, country, admin1, lat, lon = g.Kind, g.Country, g.Admin1, g.Lat, g.Lon
			if g.GeonamesID != 0 {
				gid = g.GeonamesID
			}
		}
		if _, err := w.entity.ExecContext(w.ctx, a, e.ID, e.Type, e.Name, e.Role, kind, country, admin1, lat, lon, gid); err != nil {
			return fmt.Errorf("insert entity %s: %w", e.ID, err)
		}
		for _, m := range e.Mentions {
			if _, err := w.mention.ExecContext(w.ctx, a, e.ID, m.Start, m.End); err != nil {
				return fmt.Errorf("insert mention of %s: %w", e.ID, err)
			}
		}
	}
	for _, t := range r.Times {
		if _, err := w.time.ExecContext(w.ctx, a, t.Start, t.End, t.Type, t.Value, t.Mod); err != nil {
			return fmt.Errorf("insert time %q: %w", t.Text, err)
		}
	}
	for _, c := range r.Counts {
		if _, err := w.count.ExecContext(w.ctx, a, c.Start, c.End, c.Kind, c.Number, c.Qualifier); err != nil {
			return fmt.Errorf("insert count %q: %w", c.Text, err)
		}
	}
	for _, q := range r.Quotes {
		if _, err := w.quote.ExecContext(w.ctx, a, q.Start, q.End, q.Speaker, q.SpeakerEntity, q.Cue); err != nil {
			return fmt.Errorf("insert quote at %d: %w", q.Start, err)
		}
	}
	for i, e := range r.Events {
		var actor, actorEntity, target, targetEntity any
		if e.Actor != nil {
			actor, actorEntity = e.Actor.Text, e.Actor.Entity
		}
		if e.Target != nil {
			target, targetEntity = e.Target.Text, e.Target.Entity
		}
		var place, placeEntity, country, admin1, lat, lon any
		if p := e.Place; p != nil {
			place, placeEntity, country, admin1 = p.Name, p.Entity, p.Country, p.Admin1
			if p.Lat != 0 || p.Lon != 0 {
				lat, lon = p.Lat, p.Lon
			}
		}
		if _, err := w.event.ExecContext(w.ctx, a, i, e.Type, e.Mode, e.Modality, e.Trigger.Start, e.Trigger.End,
			actor, actorEntity, target, targetEntity, e.Date, place, placeEntity, country, admin1, lat, lon,
			e.Fatalities, e.Injuries, e.Arrests, e.Size, e.Sentence.Start, e.Sentence.End); err != nil {
			return fmt.Errorf("insert event %d (%s): %w", i, e.Type, err)
		}
	}
	return nil
}

// Optimize tidies the store after a load that added n records. Each batch
// leaves a segment in the full-text index, which searches must all visit;
// when the load was a large part of the store, the index is merged into one
// segment (a few hundred milliseconds of CPU for the Reuters corpus),
// otherwise a bounded amount of merging is done, so that a small ingest
// into a large store stays cheap.
func (s *DB) Optimize(ctx context.Context, n int) error {
	if n <= 0 {
		return nil
	}
	var total int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM articles").Scan(&total); err != nil {
		return fmt.Errorf("optimize: %w", err)
	}
	cmd := "INSERT INTO articles_fts(articles_fts) VALUES ('optimize')"
	if n*10 < total {
		cmd = "INSERT INTO articles_fts(articles_fts, rank) VALUES ('merge', 1000)"
	}
	if _, err := s.db.ExecContext(ctx, cmd); err != nil {
		return fmt.Errorf("optimize full-text index: %w", err)
	}
	if _, err := s.db.ExecContext(ctx, "PRAGMA optimize"); err != nil {
		return fmt.Errorf("optimize: %w", err)
	}
	return nil
}
