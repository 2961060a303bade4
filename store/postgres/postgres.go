// Package postgres is the store for many machines: PostgreSQL through pgx,
// with the same promises as the SQLite store (a batch kept whole or not at
// all; a record whose id or exact body is stored is skipped and reported)
// and PostgreSQL's own text search: a weighted tsvector under a GIN index,
// websearch_to_tsquery, ts_rank and ts_headline.
//
// Open takes a postgres:// URL (or any connection string pgx reads); the
// schema is versioned and migrated on open, under an advisory lock, so
// that workers starting together do not race.
package postgres

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/store"
)

// ConnectTimeout bounds each attempt to reach the server, unless the URL
// sets connect_timeout: a wrong host fails in seconds, not minutes.
const ConnectTimeout = 5 * time.Second

// DB is a store in a PostgreSQL database.
type DB struct {
	pool *pgxpool.Pool
	name string // the URL without its password, for messages
}

var _ store.Store = (*DB)(nil)

// IsURL reports whether s names a PostgreSQL database rather than a file.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Open connects to the database at url and brings its schema up to date.
// An unreachable server or a refused login fails at once, naming the URL.
func Open(ctx context.Context, url string) (*DB, error) {
	name := Redact(url)
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("store %s: not a PostgreSQL URL: %w", name, err)
	}
	if !strings.Contains(url, "connect_timeout") {
		cfg.ConnConfig.ConnectTimeout = ConnectTimeout
	}
	// JIT compiling a search that ranks many matches costs more than it
	// saves, on every query: it made p95 several times the target.
	if _, set := cfg.ConnConfig.RuntimeParams["jit"]; !set {
		cfg.ConnConfig.RuntimeParams["jit"] = "off"
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", name, err)
	}
	pctx, cancel := context.WithTimeout(ctx, ConnectTimeout+time.Second)
	defer cancel()
	if err := pool.Ping(pctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("store %s: cannot connect: %w", name, err)
	}
	if err := migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, fmt.Errorf("store %s: %w", name, err)
	}
	return &DB{pool: pool, name: name}, nil
}

// Redact is url with its password, if any, replaced by "xxxxx".
func Redact(url string) string {
	cfg, err := pgconn.ParseConfig(url)
	if err != nil || cfg.Password == "" {
		return url
	}
	return strings.Replace(url, ":"+cfg.Password+"@", ":xxxxx@", 1)
}

// Name is the URL of the database, without its password.
func (s *DB) Name() string { return s.name }

// Pool gives the connection pool to packages that aggregate over it.
func (s *DB) Pool() *pgxpool.Pool { return s.pool }

// Close closes the connections.
func (s *DB) Close() error { s.pool.Close(); return nil }

// Has reports whether a record with this id is stored.
func (s *DB) Has(ctx context.Context, id string) (bool, error) {
	var has bool
	if err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM articles WHERE id = $1)`, safe(id)).Scan(&has); err != nil {
		return false, fmt.Errorf("look up %q: %w", id, err)
	}
	return has, nil
}

// Get returns the record with this id.
func (s *DB) Get(ctx context.Context, id string) (*annalist.Record, error) {
	var text, js string
	var raw []byte
	err := s.pool.QueryRow(ctx, `SELECT text, raw, record FROM articles WHERE id = $1`, safe(id)).Scan(&text, &raw, &js)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("get %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("get %q: %w", id, err)
	}
	return decode(text, raw, js)
}

func decode(text string, raw []byte, js string) (*annalist.Record, error) {
	var r annalist.Record
	if err := json.Unmarshal([]byte(js), &r); err != nil {
		return nil, fmt.Errorf("record %s: stored record is not valid JSON: %w", js[:min(len(js), 40)], err)
	}
	r.Text = text
	if raw != nil {
		r.Text = string(raw)
	}
	return &r, nil
}

// Revise applies the story index's revisions to the records named, in
// one transaction.
func (s *DB) Revise(ctx context.Context, revisions map[string]store.Revision) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("revise: begin: %w", err)
	}
	defer tx.Rollback(ctx)
	for _, id := range store.RevisionOrder(revisions) {
		var js string
		err := tx.QueryRow(ctx, `SELECT record FROM articles WHERE id = $1 FOR UPDATE`, safe(id)).Scan(&js)
		if errors.Is(err, pgx.ErrNoRows) {
			continue
		}
		if err != nil {
			return fmt.Errorf("revise %q: %w", id, err)
		}
		if js, err = store.Revised(js, revisions[id]); err != nil {
			return fmt.Errorf("revise %q: stored record is not valid JSON: %w", id, err)
		}
		if _, err := tx.Exec(ctx, `UPDATE articles SET record = $2 WHERE id = $1`, safe(id), safe(js)); err != nil {
			return fmt.Errorf("revise %q: %w", id, err)
		}
	}
	return tx.Commit(ctx)
}

// Put stores the batch in one transaction. A transaction that lost a
// deadlock or a serialization conflict with another writer is run again.
func (s *DB) Put(ctx context.Context, recs []*annalist.Record) ([]store.Outcome, error) {
	for _, r := range recs {
		if r.ID == "" {
			return nil, errors.New("put: a record has no id")
		}
	}
	var out []store.Outcome
	var err error
	for try := 0; try < 5; try++ {
		out, err = s.put(ctx, recs)
		var pe *pgconn.PgError
		if err == nil || !errors.As(err, &pe) || (pe.Code != "40P01" && pe.Code != "40001") {
			break
		}
		time.Sleep(time.Duration(try+1) * 50 * time.Millisecond)
	}
	return out, err
}

func (s *DB) put(ctx context.Context, recs []*annalist.Record) ([]store.Outcome, error) {
	out := make([]store.Outcome, len(recs))
	if len(recs) == 0 {
		return out, nil
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("put: begin: %w", err)
	}
	defer tx.Rollback(ctx)

	// One round trip for the articles, written in id order (store.PutOrder).
	// ON CONFLICT DO NOTHING leaves no row for a duplicate id or body;
	// which of the two is asked after.
	order := store.PutOrder(recs)
	args := make([][]any, len(recs))
	var b pgx.Batch
	for _, i := range order {
		r := recs[i]
		body := *r
		body.Text = "" // kept in its own column
		js, err := json.Marshal(&body)
		if err != nil {
			return nil, fmt.Errorf("put %q: encode record: %w", r.ID, err)
		}
		var hash []byte // NULL for an empty body, so empty bodies never collide
		if r.Text != "" {
			h := sha256.Sum256([]byte(r.Text))
			hash = h[:]
		}
		var raw []byte
		text := safe(r.Text)
		if text != r.Text {
			raw = []byte(r.Text)
		}
		args[i] = []any{safe(r.ID), safe(r.URL), safe(r.Title), safe(r.Published), safe(r.Language), text, raw, string(js), hash}
		b.Queue(insertArticle, args[i]...)
	}
	seqs := make([]int64, len(recs))
	res := tx.SendBatch(ctx, &b)
	var missing []int
	for _, i := range order {
		err := res.QueryRow().Scan(&seqs[i])
		if errors.Is(err, pgx.ErrNoRows) {
			missing = append(missing, i)
			continue
		}
		if err != nil {
			res.Close()
			return nil, fmt.Errorf("put %q: %w", recs[i].ID, err)
		}
	}
	if err := res.Close(); err != nil {
		return nil, fmt.Errorf("put: %w", err)
	}
	// The duplicates, in id order. Each is a new statement, which sees
	// every row committed by now: an id that another writer stored a
	// moment ago counts as a duplicate id.
	for _, i := range missing {
		r := recs[i]
		id, hash := args[i][0].(string), args[i][8].([]byte)
		for try := 0; ; try++ {
			if try == 10 {
				return nil, fmt.Errorf("put %q: still in conflict after %d tries", r.ID, try)
			}
			var idStored bool
			var bodyID *string
			err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM articles WHERE id = $1),
				(SELECT id FROM articles WHERE hash = $2)`, id, hash).Scan(&idStored, &bodyID)
			if err != nil {
				return nil, fmt.Errorf("put %q: %w", r.ID, err)
			}
			if idStored {
				out[i] = store.DuplicateID
				break
			}
			if bodyID != nil && (*bodyID <= id || out[i] == store.Replaced) {
				out[i] = store.DuplicateBody
				break
			}
			if bodyID != nil {
				// The stored one sorts after: it came from an earlier batch,
				// and its facts go with it (ON DELETE CASCADE).
				if _, err := tx.Exec(ctx, `DELETE FROM articles WHERE hash = $1 AND id = $2`, hash, *bodyID); err != nil {
					return nil, fmt.Errorf("put %q: replace %q, same body: %w", r.ID, *bodyID, err)
				}
				out[i] = store.Replaced
			}
			// Insert again: the row in the way is gone (or was, when it
			// conflicted, in another writer's uncommitted transaction).
			err = tx.QueryRow(ctx, insertArticle, args[i]...).Scan(&seqs[i])
			if err == nil {
				if out[i] != store.Replaced {
					out[i] = store.Stored
				}
				break
			}
			if !errors.Is(err, pgx.ErrNoRows) {
				return nil, fmt.Errorf("put %q: %w", r.ID, err)
			}
		}
	}
	if err := copyFacts(ctx, tx, recs, seqs); err != nil {
		return nil, fmt.Errorf("put: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("put: commit: %w", err)
	}
	return out, nil
}

const insertArticle = `INSERT INTO articles (id, url, title, published, language, text, raw, record, hash)
	VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING seq`

// copyFacts writes the facts of the stored records with COPY, one per table.
func copyFacts(ctx context.Context, tx pgx.Tx, recs []*annalist.Record, seqs []int64) error {
	var entities, mentions, times, counts, quotes, events [][]any
	for i, r := range recs {
		a := seqs[i]
		if a == 0 {
			continue
		}
		for _, e := range r.Entities {
			var kind, country, admin1, lat, lon, gid any
			if g := e.Geo; g != nil {
				kind, country, admin1, lat, lon = safe(g.Kind), safe(g.Country), safe(g.Admin1), g.Lat, g.Lon
				if g.GeonamesID != 0 {
					gid = int64(g.GeonamesID)
				}
			}
			entities = append(entities, []any{a, safe(e.ID), safe(e.Type), safe(e.Name), safe(e.Role), kind, country, admin1, lat, lon, gid})
			for _, m := range e.Mentions {
				mentions = append(mentions, []any{a, safe(e.ID), int32(m.Start), int32(m.End)})
			}
		}
		for _, t := range r.Times {
			times = append(times, []any{a, int32(t.Start), int32(t.End), safe(t.Type), safe(t.Value), safe(t.Mod)})
		}
		for _, c := range r.Counts {
			counts = append(counts, []any{a, int32(c.Start), int32(c.End), safe(c.Kind), int64(c.Number), safe(c.Qualifier)})
		}
		for _, q := range r.Quotes {
			quotes = append(quotes, []any{a, int32(q.Start), int32(q.End), safe(q.Speaker), safe(q.SpeakerEntity), safe(q.Cue)})
		}
		for j, e := range r.Events {
			var actor, actorEntity, target, targetEntity any
			if e.Actor != nil {
				actor, actorEntity = safe(e.Actor.Text), safe(e.Actor.Entity)
			}
			if e.Target != nil {
				target, targetEntity = safe(e.Target.Text), safe(e.Target.Entity)
			}
			var place, placeEntity, country, admin1, lat, lon any
			if p := e.Place; p != nil {
				place, placeEntity, country, admin1 = safe(p.Name), safe(p.Entity), safe(p.Country), safe(p.Admin1)
				if p.Lat != 0 || p.Lon != 0 {
					lat, lon = p.Lat, p.Lon
				}
			}
			var acled, acledSub any
			if e.ACLED != nil {
				acled, acledSub = safe(e.ACLED.EventType), safe(e.ACLED.SubEventType)
			}
			events = append(events, []any{a, int32(j), safe(e.Type), safe(e.Mode), safe(e.Modality), int32(e.Trigger.Start), int32(e.Trigger.End),
				actor, actorEntity, target, targetEntity, safe(e.Date), place, placeEntity, country, admin1, lat, lon,
				int64(e.Fatalities), int64(e.Injuries), int64(e.Arrests), int64(e.Size), int32(e.Sentence.Start), int32(e.Sentence.End),
				acled, acledSub})
		}
	}
	for _, t := range []struct {
		table string
		cols  []string
		rows  [][]any
	}{
		{"entities", []string{"article", "eid", "type", "name", "role", "geo_kind", "country", "admin1", "lat", "lon", "geonames_id"}, entities},
		{"mentions", []string{"article", "eid", "start", "end"}, mentions},
		{"times", []string{"article", "start", "end", "type", "value", "mod"}, times},
		{"counts", []string{"article", "start", "end", "kind", "number", "qualifier"}, counts},
		{"quotes", []string{"article", "start", "end", "speaker", "speaker_entity", "cue"}, quotes},
		{"events", []string{"article", "seq", "type", "mode", "modality", "trigger_start", "trigger_end",
			"actor", "actor_entity", "target", "target_entity", "date", "place", "place_entity", "country", "admin1", "lat", "lon",
			"fatalities", "injuries", "arrests", "size", "sentence_start", "sentence_end", "acled_type", "acled_sub_type"}, events},
	} {
		if len(t.rows) == 0 {
			continue
		}
		if t.table == "entities" {
			// Two entities of one record with one id keep the first, as in SQLite.
			t.rows = firstPerKey(t.rows)
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{t.table}, t.cols, pgx.CopyFromRows(t.rows)); err != nil {
			return fmt.Errorf("copy into %s: %w", t.table, err)
		}
	}
	return nil
}

// firstPerKey keeps the first row of each (article, eid).
func firstPerKey(rows [][]any) [][]any {
	type key struct {
		a   int64
		eid string
	}
	seen := map[key]bool{}
	out := rows[:0]
	for _, r := range rows {
		k := key{r[0].(int64), r[1].(string)}
		if !seen[k] {
			seen[k] = true
			out = append(out, r)
		}
	}
	return out
}

// safe is s as PostgreSQL text can hold it: NUL bytes and invalid UTF-8
// become one byte each ("\x1a", SUB), so byte offsets into it stay right.
// The record itself keeps the original (a body in raw, the rest in JSON).
func safe(s string) string {
	if utf8.ValidString(s) && !strings.ContainsRune(s, 0) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == 0 || (r == utf8.RuneError && n == 1) {
			b.WriteByte(0x1a)
			i++
			continue
		}
		b.WriteString(s[i : i+n])
		i += n
	}
	return b.String()
}
