package sqlite

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations are the schema's steps, in order: migrations[i] takes a
// database from version i to i+1 (PRAGMA user_version). Append new steps;
// never edit one that has shipped.
var migrations = []string{
	// 1: articles with their full-text index, and one table per kind of fact.
	`
CREATE TABLE articles (
	rowid     INTEGER PRIMARY KEY,
	id        TEXT NOT NULL UNIQUE,
	url       TEXT NOT NULL DEFAULT '',
	title     TEXT NOT NULL DEFAULT '',
	published TEXT NOT NULL DEFAULT '',  -- YYYY-MM-DD or ''
	language  TEXT NOT NULL DEFAULT '',
	text      TEXT NOT NULL,
	record    TEXT NOT NULL,             -- the record as JSON, its text left out (it is the column above)
	hash      BLOB UNIQUE                -- SHA-256 of text: exact duplicate bodies are stored once
);
CREATE INDEX articles_published ON articles(published);

-- External-content index: the text is kept once, in articles.
CREATE VIRTUAL TABLE articles_fts USING fts5(
	title, text,
	content='articles', content_rowid='rowid',
	tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
-- Titles weigh more than bodies in the ranking.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');

CREATE TABLE entities (
	article     INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
	eid         TEXT NOT NULL,            -- the record's entity id ("e1")
	type        TEXT NOT NULL,
	name        TEXT NOT NULL,
	role        TEXT NOT NULL DEFAULT '',
	geo_kind    TEXT,
	country     TEXT,
	admin1      TEXT,
	lat         REAL,
	lon         REAL,
	geonames_id INTEGER,
	PRIMARY KEY (article, eid)
) WITHOUT ROWID;
CREATE INDEX entities_name ON entities(type, name);

CREATE TABLE mentions (
	article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
	eid     TEXT NOT NULL,
	start   INTEGER NOT NULL,
	end     INTEGER NOT NULL
);
CREATE INDEX mentions_article ON mentions(article);

CREATE TABLE times (
	article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
	start   INTEGER NOT NULL,
	end     INTEGER NOT NULL,
	type    TEXT NOT NULL,
	value   TEXT NOT NULL DEFAULT '',
	mod     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX times_article ON times(article);
CREATE INDEX times_value ON times(value);

CREATE TABLE counts (
	article   INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
	start     INTEGER NOT NULL,
	end       INTEGER NOT NULL,
	kind      TEXT NOT NULL,
	number    INTEGER NOT NULL,
	qualifier TEXT NOT NULL DEFAULT ''
);
CREATE INDEX counts_article ON counts(article);

CREATE TABLE quotes (
	article        INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
	start          INTEGER NOT NULL,
	end            INTEGER NOT NULL,
	speaker        TEXT NOT NULL DEFAULT '',
	speaker_entity TEXT NOT NULL DEFAULT '',
	cue            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX quotes_article ON quotes(article);
CREATE INDEX quotes_speaker ON quotes(speaker);

CREATE TABLE events (
	article        INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
	seq            INTEGER NOT NULL,      -- index in the record's events
	type           TEXT NOT NULL,
	mode           TEXT NOT NULL DEFAULT '',
	modality       TEXT NOT NULL DEFAULT '',
	trigger_start  INTEGER NOT NULL,
	trigger_end    INTEGER NOT NULL,
	actor          TEXT,
	actor_entity   TEXT,
	target         TEXT,
	target_entity  TEXT,
	date           TEXT NOT NULL DEFAULT '',
	place          TEXT,
	place_entity   TEXT,
	country        TEXT,
	admin1         TEXT,
	lat            REAL,
	lon            REAL,
	fatalities     INTEGER NOT NULL DEFAULT 0,
	injuries       INTEGER NOT NULL DEFAULT 0,
	arrests        INTEGER NOT NULL DEFAULT 0,
	size           INTEGER NOT NULL DEFAULT 0,
	sentence_start INTEGER NOT NULL,
	sentence_end   INTEGER NOT NULL,
	PRIMARY KEY (article, seq)
) WITHOUT ROWID;
CREATE INDEX events_type ON events(type, date);
CREATE INDEX events_country ON events(country, date);
`,
	// 2: Put writes the full-text rows itself, after the facts of a batch.
	// Through the trigger, every later statement that opened a savepoint
	// (any insert checked by a foreign key) flushed FTS5's pending terms,
	// leaving one index segment per article to merge.
	`DROP TRIGGER articles_fts_insert;`,
	// 3: what fetch and watch have read from the web, so that a restart
	// fetches nothing twice: each URL's validators and the body it last
	// gave, and each feed item seen.
	`
CREATE TABLE fetched (
	url           TEXT PRIMARY KEY,            -- as requested: a page or a feed
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	hash          TEXT NOT NULL DEFAULT '',    -- SHA-256 of the body text last stored from it
	article       TEXT NOT NULL DEFAULT '',    -- id of the record last stored from it
	versions      INTEGER NOT NULL DEFAULT 0,  -- records stored from it: a changed page is a new version
	fetched_at    TEXT NOT NULL                -- RFC 3339, UTC
) WITHOUT ROWID;
CREATE TABLE feed_items (
	feed    TEXT NOT NULL,
	item    TEXT NOT NULL,                     -- GUID, else link
	link    TEXT NOT NULL DEFAULT '',
	updated TEXT NOT NULL DEFAULT '',          -- the item's own stamp when last read
	seen_at TEXT NOT NULL,
	PRIMARY KEY (feed, item)
) WITHOUT ROWID;
`,
	// 4: themes as rows, and lookups by name and country, for the server's
	// filters and facets (query.Filter).
	`
CREATE TABLE themes (
	article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
	theme   TEXT NOT NULL,
	PRIMARY KEY (theme, article)
) WITHOUT ROWID;
CREATE INDEX themes_article ON themes(article);
INSERT OR IGNORE INTO themes SELECT a.rowid, j.value FROM articles a, json_each(a.record, '$.themes') j;
CREATE INDEX entities_name_only ON entities(name);
CREATE INDEX entities_country ON entities(country);
CREATE INDEX quotes_entity ON quotes(article, speaker_entity);
CREATE INDEX events_actor ON events(article, actor_entity);
`,
	// 5: each event's ACLED event and sub-event type as the extractor coded
	// them (events[].acled; NULL where ACLED codes nothing), for the
	// server's acled filters and facets, read from the records kept. The
	// types go through a temporary table: updating from the JSON directly
	// took three times as long.
	`
ALTER TABLE events ADD COLUMN acled_type TEXT;
ALTER TABLE events ADD COLUMN acled_sub_type TEXT;
CREATE TEMP TABLE acled AS
SELECT a.rowid AS article, CAST(e.key AS INTEGER) AS seq,
	json_extract(e.value, '$.acled.event_type') AS type, json_extract(e.value, '$.acled.sub_event_type') AS sub
FROM articles a, json_each(a.record, '$.events') e
WHERE a.rowid IN (SELECT article FROM events) AND json_extract(e.value, '$.acled') IS NOT NULL;
UPDATE events SET acled_type = j.type, acled_sub_type = j.sub FROM temp.acled j
WHERE events.article = j.article AND events.seq = j.seq;
DROP TABLE temp.acled;
CREATE INDEX events_acled ON events(acled_type, acled_sub_type);
`,
}

// SchemaVersion is the version a database has once opened.
var SchemaVersion = len(migrations)

// migrate brings the schema up to date, one step per transaction, so that a
// crash between steps leaves a database at a known version.
func migrate(ctx context.Context, db *sql.DB) error {
	var v int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if v > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this program knows (%d): upgrade annalist", v, len(migrations))
	}
	for ; v < len(migrations); v++ {
		if err := step(ctx, db, v); err != nil {
			return fmt.Errorf("migrate schema from version %d to %d: %w", v, v+1, err)
		}
	}
	return nil
}

func step(ctx context.Context, db *sql.DB, from int) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// Re-read inside the write transaction: another process may have migrated.
	var v int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	if v != from {
		return nil
	}
	if _, err := tx.ExecContext(ctx, migrations[from]); err != nil {
		return err
	}
	// user_version lives in the database header and commits with the step.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", from+1)); err != nil {
		return err
	}
	return tx.Commit()
}
