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
	"strings"

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

// Close closes the database. The last connection to close, in any
// process, folds the WAL into the main file, so that it is one file at rest.
func (s *DB) Close() error { return s.db.Close() }

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

// Revise applies the story index's revisions to the records named, in
// one transaction.
func (s *DB) Revise(ctx context.Context, revisions map[string]store.Revision) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("revise: begin: %w", err)
	}
	defer tx.Rollback()
	for _, id := range store.RevisionOrder(revisions) {
		var js string
		err := tx.QueryRowContext(ctx, "SELECT record FROM articles WHERE id = ?", id).Scan(&js)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return fmt.Errorf("revise %q: %w", id, err)
		}
		if js, err = store.Revised(js, revisions[id]); err != nil {
			return fmt.Errorf("revise %q: stored record is not valid JSON: %w", id, err)
		}
		if _, err := tx.ExecContext(ctx, "UPDATE articles SET record = ? WHERE id = ?", js, id); err != nil {
			return fmt.Errorf("revise %q: %w", id, err)
		}
	}
	return tx.Commit()
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
	w.rowids = make([]int64, len(recs))
	for _, i := range store.PutOrder(recs) {
		r := recs[i]
		if out[i], err = w.put(i, r); err != nil {
			return nil, fmt.Errorf("put %q: %w", r.ID, err)
		}
	}
	for _, t := range w.facts {
		if err := t.flush(ctx, tx); err != nil {
			return nil, fmt.Errorf("put: %w", err)
		}
	}
	// The full-text rows go last, in plain inserts that open no savepoint,
	// so that FTS5 writes the batch as one segment at commit.
	for i, r := range recs {
		if out[i] != store.Stored && out[i] != store.Replaced {
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
	ctx                                    context.Context
	article, hasID, fts, sameBody, replace *sql.Stmt
	rowids                                 []int64 // of the batch's articles, by index; 0 when not stored

	// The facts of the batch, written after its articles many rows to a
	// statement: one statement per row cost most of the time of a Put.
	entities, mentions, times, counts, quotes, events, themes *rows
	facts                                                     []*rows
}

func newWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	w := &writer{
		ctx:      ctx,
		entities: newRows("entities", "article, eid, type, name, role, geo_kind, country, admin1, lat, lon, geonames_id", " ON CONFLICT DO NOTHING"),
		mentions: newRows("mentions", "article, eid, start, end", ""),
		times:    newRows("times", "article, start, end, type, value, mod", ""),
		counts:   newRows("counts", "article, start, end, kind, number, qualifier", ""),
		quotes:   newRows("quotes", "article, start, end, speaker, speaker_entity, cue", ""),
		events: newRows("events", `article, seq, type, mode, modality, trigger_start, trigger_end,
			actor, actor_entity, target, target_entity, date, place, place_entity, country, admin1, lat, lon,
			fatalities, injuries, arrests, size, sentence_start, sentence_end, acled_type, acled_sub_type`, ""),
		themes: newRows("themes", "article, theme", " ON CONFLICT DO NOTHING"),
	}
	w.facts = []*rows{w.entities, w.mentions, w.times, w.counts, w.quotes, w.events, w.themes}
	for _, p := range []struct {
		st  **sql.Stmt
		sql string
	}{
		{&w.article, `INSERT INTO articles (id, url, title, published, language, text, record, hash)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING rowid`},
		{&w.hasID, `SELECT 1 FROM articles WHERE id = ?`},
		{&w.fts, `INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)`},
		{&w.sameBody, `SELECT rowid, id FROM articles WHERE hash = ?`},
		{&w.replace, `DELETE FROM articles WHERE rowid = ?`}, // facts by cascade, text index by trigger
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
	for _, st := range []*sql.Stmt{w.article, w.hasID, w.fts, w.sameBody, w.replace} {
		if st != nil {
			st.Close()
		}
	}
	for _, t := range w.facts {
		t.close()
	}
}

// put writes record i, or reports why it is a duplicate; its facts wait
// in the writer for the end of the batch.
func (w *writer) put(i int, r *annalist.Record) (Outcome, error) {
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
	outcome := store.Stored
	for {
		var a int64
		err = w.article.QueryRowContext(w.ctx, r.ID, r.URL, r.Title, r.Published, r.Language, r.Text, string(js), hash).Scan(&a)
		if err == nil {
			w.rowids[i] = a
			w.addFacts(a, r)
			return outcome, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return 0, fmt.Errorf("insert article: %w", err)
		}
		// The insert hit a uniqueness constraint: which one?
		var one int
		switch err := w.hasID.QueryRowContext(w.ctx, r.ID).Scan(&one); {
		case err == nil:
			return store.DuplicateID, nil
		case !errors.Is(err, sql.ErrNoRows):
			return 0, err
		}
		var rowid int64
		var id string
		if err := w.sameBody.QueryRowContext(w.ctx, hash).Scan(&rowid, &id); err != nil {
			return 0, fmt.Errorf("find the record with the same body: %w", err)
		}
		if id <= r.ID || outcome == store.Replaced {
			return store.DuplicateBody, nil
		}
		// The stored one sorts after: it came from an earlier batch (this
		// one is written in id order), so its text is indexed and its facts
		// are stored, and deleting it takes them along.
		if _, err := w.replace.ExecContext(w.ctx, rowid); err != nil {
			return 0, fmt.Errorf("replace %q, same body: %w", id, err)
		}
		outcome = store.Replaced
	}
}

func (w *writer) addFacts(a int64, r *annalist.Record) {
	for _, e := range r.Entities {
		var kind, country, admin1, lat, lon, gid any
		if g := e.Geo; g != nil {
			kind, country, admin1, lat, lon = g.Kind, g.Country, g.Admin1, g.Lat, g.Lon
			if g.GeonamesID != 0 {
				gid = g.GeonamesID
			}
		}
		w.entities.add(a, e.ID, e.Type, e.Name, e.Role, kind, country, admin1, lat, lon, gid)
		for _, m := range e.Mentions {
			w.mentions.add(a, e.ID, m.Start, m.End)
		}
	}
	for _, t := range r.Themes {
		w.themes.add(a, t)
	}
	for _, t := range r.Times {
		w.times.add(a, t.Start, t.End, t.Type, t.Value, t.Mod)
	}
	for _, c := range r.Counts {
		w.counts.add(a, c.Start, c.End, c.Kind, c.Number, c.Qualifier)
	}
	for _, q := range r.Quotes {
		w.quotes.add(a, q.Start, q.End, q.Speaker, q.SpeakerEntity, q.Cue)
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
		var acled, acledSub any
		if e.ACLED != nil {
			acled, acledSub = e.ACLED.EventType, e.ACLED.SubEventType
		}
		w.events.add(a, i, e.Type, e.Mode, e.Modality, e.Trigger.Start, e.Trigger.End,
			actor, actorEntity, target, targetEntity, e.Date, place, placeEntity, country, admin1, lat, lon,
			e.Fatalities, e.Injuries, e.Arrests, e.Size, e.Sentence.Start, e.Sentence.End, acled, acledSub)
	}
}

// rowsPerStatement bounds a multi-row insert (SQLite allows 32766 values).
const rowsPerStatement = 128

// rows gathers rows for one table and inserts them many to a statement.
type rows struct {
	table, cols, tail string
	ncols             int
	args              []any
	stmts             map[int]*sql.Stmt // by number of rows
}

func newRows(table, cols, tail string) *rows {
	return &rows{table: table, cols: cols, tail: tail, ncols: strings.Count(cols, ",") + 1, stmts: map[int]*sql.Stmt{}}
}

func (t *rows) add(vals ...any) { t.args = append(t.args, vals...) }

func (t *rows) flush(ctx context.Context, tx *sql.Tx) error {
	for len(t.args) > 0 {
		n := min(len(t.args)/t.ncols, rowsPerStatement)
		st, err := t.stmt(ctx, tx, n)
		if err != nil {
			return err
		}
		if _, err := st.ExecContext(ctx, t.args[:n*t.ncols]...); err != nil {
			return fmt.Errorf("insert into %s: %w", t.table, err)
		}
		t.args = t.args[n*t.ncols:]
	}
	return nil
}

// stmt prepares, once per transaction, the insert of n rows.
func (t *rows) stmt(ctx context.Context, tx *sql.Tx, n int) (*sql.Stmt, error) {
	if st, ok := t.stmts[n]; ok {
		return st, nil
	}
	row := "(?" + strings.Repeat(", ?", t.ncols-1) + ")"
	q := "INSERT INTO " + t.table + " (" + t.cols + ") VALUES " + row + strings.Repeat(", "+row, n-1) + t.tail
	st, err := tx.PrepareContext(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("prepare insert into %s: %w", t.table, err)
	}
	t.stmts[n] = st
	return st, nil
}

func (t *rows) close() {
	for _, st := range t.stmts {
		st.Close()
	}
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
