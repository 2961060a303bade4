package query

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/annalist/annalist/store/sqlite"
)

// EntityPage is what the store knows of one name: how often and when it is
// in the news, with whom, what it said and what it did or had done to it.
type EntityPage struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Roles    []Bucket `json:"roles"` // titles given to it, most frequent first
	Articles int      `json:"articles"`
	// Months counts the articles naming it by month of publication.
	Months []Bucket       `json:"months"`
	With   []Bucket       `json:"with"` // entities named in the same articles, by articles
	Quotes []EntityQuote  `json:"quotes"`
	Events []EntityEvent  `json:"events"`
	Place  *EntityPlace   `json:"place,omitempty"`
	Recent []ArticleBrief `json:"recent"`
}

// EntityPlace is where a place entity resolved to.
type EntityPlace struct {
	Country string  `json:"country,omitempty"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
}

// EntityQuote is a passage the entity is quoted saying.
type EntityQuote struct {
	Article   string `json:"article"`
	Published string `json:"published,omitempty"`
	Text      string `json:"text"`
	Cue       string `json:"cue,omitempty"`
}

// EntityEvent is an event with the entity as actor or target.
type EntityEvent struct {
	Article    string `json:"article"`
	Role       string `json:"role"` // actor or target
	Type       string `json:"type"`
	Date       string `json:"date,omitempty"`
	Place      string `json:"place,omitempty"`
	Fatalities int    `json:"fatalities,omitempty"`
	Sentence   string `json:"sentence"`
}

// ArticleBrief names an article.
type ArticleBrief struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
}

// entityTop bounds each list of an entity page.
const entityTop = 50

// byteSpan is the SQL for a stretch of a.text by byte offsets (SQLite's
// substr counts characters in text, bytes in a blob).
func byteSpan(start, end string) string {
	return `CAST(substr(CAST(a.text AS BLOB), ` + start + `+1, ` + end + `-` + start + `) AS TEXT)`
}

// Entity returns the page of the entity with this name, or nil when no
// article names it.
func (d *DB) Entity(ctx context.Context, name string) (*EntityPage, error) {
	pg := &EntityPage{Name: name}
	err := d.db.QueryRowContext(ctx, `SELECT type, count(DISTINCT article) FROM entities WHERE name = ?
		GROUP BY type ORDER BY 2 DESC LIMIT 1`, name).Scan(&pg.Type, &pg.Articles)
	if err == sql.ErrNoRows {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("entity %q: %w", name, err)
	}
	var place EntityPlace
	var lat, lon sql.NullFloat64
	var country sql.NullString
	if err := d.db.QueryRowContext(ctx, `SELECT country, lat, lon FROM entities WHERE name = ? AND lat IS NOT NULL
		GROUP BY country, lat, lon ORDER BY count(*) DESC LIMIT 1`, name).Scan(&country, &lat, &lon); err == nil {
		place = EntityPlace{Country: country.String, Lat: lat.Float64, Lon: lon.Float64}
		pg.Place = &place
	} else if err != sql.ErrNoRows {
		return nil, fmt.Errorf("entity %q: place: %w", name, err)
	}
	lists := []struct {
		dst  *[]Bucket
		q    string
		what string
	}{
		{&pg.Roles, `SELECT role, count(*) n FROM entities WHERE name = ? AND role != '' GROUP BY role ORDER BY n DESC LIMIT 10`, "roles"},
		{&pg.Months, `SELECT substr(a.published, 1, 7) m, count(DISTINCT a.rowid) FROM entities e JOIN articles a ON a.rowid = e.article
			WHERE e.name = ? AND a.published != '' GROUP BY m ORDER BY m`, "months"},
		{&pg.With, `SELECT o.name, count(DISTINCT o.article) n FROM entities e JOIN entities o ON o.article = e.article AND o.name != e.name
			WHERE e.name = ? GROUP BY o.name ORDER BY n DESC, o.name LIMIT ` + fmt.Sprint(entityTop), "co-occurring entities"},
	}
	for _, l := range lists {
		b, err := d.buckets(ctx, l.q, name)
		if err != nil {
			return nil, fmt.Errorf("entity %q: %s: %w", name, l.what, err)
		}
		*l.dst = b
	}

	pg.Quotes = []EntityQuote{}
	if err := d.each(ctx, `SELECT a.id, a.published, `+byteSpan("q.start", "q.end")+`, q.cue
		FROM entities e JOIN quotes q ON q.article = e.article AND q.speaker_entity = e.eid JOIN articles a ON a.rowid = e.article
		WHERE e.name = ? ORDER BY a.published DESC LIMIT ?`, func(r *sql.Rows) error {
		var q EntityQuote
		if err := r.Scan(&q.Article, &q.Published, &q.Text, &q.Cue); err != nil {
			return err
		}
		pg.Quotes = append(pg.Quotes, q)
		return nil
	}, name, entityTop); err != nil {
		return nil, fmt.Errorf("entity %q: quotes: %w", name, err)
	}

	pg.Events = []EntityEvent{}
	if err := d.each(ctx, `SELECT a.id, CASE WHEN v.actor_entity = e.eid THEN 'actor' ELSE 'target' END, v.type, v.date,
			coalesce(v.place, ''), v.fatalities, `+byteSpan("v.sentence_start", "v.sentence_end")+`
		FROM entities e JOIN events v ON v.article = e.article AND (v.actor_entity = e.eid OR v.target_entity = e.eid)
		JOIN articles a ON a.rowid = e.article
		WHERE e.name = ? AND v.modality = '' ORDER BY a.published DESC, v.seq LIMIT ?`, func(r *sql.Rows) error {
		var ev EntityEvent
		if err := r.Scan(&ev.Article, &ev.Role, &ev.Type, &ev.Date, &ev.Place, &ev.Fatalities, &ev.Sentence); err != nil {
			return err
		}
		pg.Events = append(pg.Events, ev)
		return nil
	}, name, entityTop); err != nil {
		return nil, fmt.Errorf("entity %q: events: %w", name, err)
	}

	pg.Recent = []ArticleBrief{}
	if err := d.each(ctx, `SELECT a.id, a.title, a.published FROM articles a
		WHERE a.rowid IN (SELECT article FROM entities WHERE name = ?) ORDER BY a.published DESC LIMIT 20`, func(r *sql.Rows) error {
		var b ArticleBrief
		if err := r.Scan(&b.ID, &b.Title, &b.Published); err != nil {
			return err
		}
		pg.Recent = append(pg.Recent, b)
		return nil
	}, name); err != nil {
		return nil, fmt.Errorf("entity %q: articles: %w", name, err)
	}
	return pg, nil
}

// each runs a query and calls fn for every row.
func (d *DB) each(ctx context.Context, q string, fn func(*sql.Rows) error, args ...any) error {
	return sqlite.Each(ctx, d.db, q, fn, args...)
}
