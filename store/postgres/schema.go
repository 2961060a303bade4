package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// migrations are the schema's steps, in order: migrations[i] takes a
// database from version i to i+1 (the one row of annalist_schema). Append
// new steps; never edit one that has shipped.
var migrations = []string{
	// 1: articles with a weighted tsvector under a GIN index, and one table
	// per kind of fact for aggregation, as in the SQLite store.
	`
CREATE TABLE articles (
	seq       bigserial PRIMARY KEY,
	id        text NOT NULL UNIQUE,
	url       text NOT NULL DEFAULT '',
	title     text NOT NULL DEFAULT '',
	published text COLLATE "C" NOT NULL DEFAULT '',  -- YYYY-MM-DD or ''; C collation: bytewise order
	language  text NOT NULL DEFAULT '',
	text      text NOT NULL,          -- the body as searched (see raw)
	raw       bytea,                  -- the body as given, when PostgreSQL text cannot hold it (NUL, bad UTF-8)
	record    text NOT NULL,          -- the record as JSON, its text left out
	hash      bytea UNIQUE,           -- SHA-256 of the body: exact duplicate bodies are stored once
	-- Titles weigh more than bodies (A over B) in ts_rank.
	tsv tsvector GENERATED ALWAYS AS (
		setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', left(text, 500000)), 'B')) STORED
);
CREATE INDEX articles_tsv ON articles USING gin (tsv);
CREATE INDEX articles_published ON articles (published, seq);

CREATE TABLE entities (
	article     bigint NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
	eid         text NOT NULL,
	type        text NOT NULL,
	name        text NOT NULL,
	role        text NOT NULL DEFAULT '',
	geo_kind    text,
	country     text,
	admin1      text,
	lat         double precision,
	lon         double precision,
	geonames_id bigint,
	PRIMARY KEY (article, eid)
);
CREATE INDEX entities_name ON entities (type, name);

CREATE TABLE mentions (
	article bigint NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
	eid     text NOT NULL,
	start   integer NOT NULL,
	"end"   integer NOT NULL
);
CREATE INDEX mentions_article ON mentions (article);

CREATE TABLE times (
	article bigint NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
	start   integer NOT NULL,
	"end"   integer NOT NULL,
	type    text NOT NULL,
	value   text NOT NULL DEFAULT '',
	mod     text NOT NULL DEFAULT ''
);
CREATE INDEX times_article ON times (article);
CREATE INDEX times_value ON times (value);

CREATE TABLE counts (
	article   bigint NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
	start     integer NOT NULL,
	"end"     integer NOT NULL,
	kind      text NOT NULL,
	number    bigint NOT NULL,
	qualifier text NOT NULL DEFAULT ''
);
CREATE INDEX counts_article ON counts (article);

CREATE TABLE quotes (
	article        bigint NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
	start          integer NOT NULL,
	"end"          integer NOT NULL,
	speaker        text NOT NULL DEFAULT '',
	speaker_entity text NOT NULL DEFAULT '',
	cue            text NOT NULL DEFAULT ''
);
CREATE INDEX quotes_article ON quotes (article);
CREATE INDEX quotes_speaker ON quotes (speaker);

CREATE TABLE events (
	article        bigint NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
	seq            integer NOT NULL,
	type           text NOT NULL,
	mode           text NOT NULL DEFAULT '',
	modality       text NOT NULL DEFAULT '',
	trigger_start  integer NOT NULL,
	trigger_end    integer NOT NULL,
	actor          text,
	actor_entity   text,
	target         text,
	target_entity  text,
	date           text NOT NULL DEFAULT '',
	place          text,
	place_entity   text,
	country        text,
	admin1         text,
	lat            double precision,
	lon            double precision,
	fatalities     bigint NOT NULL DEFAULT 0,
	injuries       bigint NOT NULL DEFAULT 0,
	arrests        bigint NOT NULL DEFAULT 0,
	size           bigint NOT NULL DEFAULT 0,
	sentence_start integer NOT NULL,
	sentence_end   integer NOT NULL,
	PRIMARY KEY (article, seq)
);
CREATE INDEX events_type ON events (type, date);
CREATE INDEX events_country ON events (country, date);
`,
	// 2: each event's ACLED event and sub-event type as the extractor coded
	// them (events[].acled; NULL where ACLED codes nothing), as in the
	// SQLite store, read from the records kept. PostgreSQL's JSON
	// functions refuse the \u0000 a record may hold (in a field other than
	// acled): it is read as U+FFFD.
	`
ALTER TABLE events ADD COLUMN acled_type text, ADD COLUMN acled_sub_type text;
UPDATE events v SET acled_type = e.value->'acled'->>'event_type', acled_sub_type = e.value->'acled'->>'sub_event_type'
FROM articles a, json_array_elements(replace(a.record, '\u0000', '\ufffd')::json->'events') WITH ORDINALITY AS e(value, n)
WHERE v.article = a.seq AND v.seq = e.n - 1 AND e.value->'acled' IS NOT NULL
	AND a.seq IN (SELECT article FROM events);
CREATE INDEX events_acled ON events (acled_type, acled_sub_type);
`,
}

// SchemaVersion is the version a database has once opened.
var SchemaVersion = len(migrations)

// schemaLock is the advisory lock key under which one process at a time
// migrates, so that workers starting together do not race.
const schemaLock = 0x616e6e616c697374 // "annalist"

// migrate brings the schema up to date, one step per transaction, so that a
// crash between steps leaves a database at a known version.
func migrate(ctx context.Context, pool *pgxpool.Pool) error {
	for {
		done, err := step(ctx, pool)
		if err != nil || done {
			return err
		}
	}
}

// step takes the schema one version up, reporting done when it is current.
func step(ctx context.Context, pool *pgxpool.Pool) (done bool, err error) {
	err = pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(schemaLock)); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS annalist_schema (version integer NOT NULL)`); err != nil {
			return fmt.Errorf("create schema table: %w", err)
		}
		var v int
		switch err := tx.QueryRow(ctx, `SELECT version FROM annalist_schema`).Scan(&v); {
		case err == pgx.ErrNoRows:
			if _, err := tx.Exec(ctx, `INSERT INTO annalist_schema VALUES (0)`); err != nil {
				return err
			}
		case err != nil:
			return fmt.Errorf("read schema version: %w", err)
		}
		if v > len(migrations) {
			return fmt.Errorf("schema version %d is newer than this program knows (%d): upgrade annalist", v, len(migrations))
		}
		if v == len(migrations) {
			done = true
			return nil
		}
		if _, err := tx.Exec(ctx, migrations[v]); err != nil {
			return fmt.Errorf("migrate schema from version %d to %d: %w", v, v+1, err)
		}
		_, err := tx.Exec(ctx, `UPDATE annalist_schema SET version = $1`, v+1)
		return err
	})
	return done, err
}
