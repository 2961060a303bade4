package query

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// memIndex holds, in memory, what timelines and maps add up: every event
// that happened (not negated, hypothetical or future) and every geocoded
// place an article names, each with its article. Adding up a few hundred
// thousand rows from slices takes milliseconds where SQLite's GROUP BY over
// the same rows takes seconds; the filter's articles still come from SQL.
// Articles are only ever added (rowids grow), so the index catches up by
// reading the rows of articles past the last one it has.
type memIndex struct {
	mu      sync.Mutex
	last    int64 // highest article rowid read
	events  []memEvent
	places  []memPlace
	tdKeys  []typeDate // distinct (type, date) of events, by id
	tdID    map[typeDate]int32
	evGeo   []geoKey // distinct event places, by id
	evGeoID map[geoKey]int32
	plGeo   []geoKey
	plGeoID map[geoKey]int32
	types   []string // event types, by bit
	typeBit map[string]uint32

	// Facets: the facet values of each article, interned.
	facets map[int64][]int32
	fvals  []facetVal
	fvalID map[facetVal]int32
}

// Facet kinds, the index of each list in Facets.
const (
	facetType = iota
	facetACLED
	facetACLEDSub
	facetCountry
	facetTheme
	facetPerson
	facetPlace
	facetOrg
	facetKinds
)

type facetVal struct {
	kind  uint8
	value string
}

// addFacet records that article art has a facet value, once.
func (m *memIndex) addFacet(art int64, kind uint8, value string) {
	k := facetVal{kind, value}
	id, ok := m.fvalID[k]
	if !ok {
		id = int32(len(m.fvals))
		m.fvalID[k] = id
		m.fvals = append(m.fvals, k)
	}
	for _, x := range m.facets[art] {
		if x == id {
			return
		}
	}
	m.facets[art] = append(m.facets[art], id)
}

type memEvent struct {
	art  int64
	td   int32 // tdKeys index
	geo  int32 // evGeo index, -1 without coordinates
	dead int32
}

type memPlace struct {
	art int64
	geo int32 // plGeo index
}

type typeDate struct{ typ, date string }

type geoKey struct {
	lat, lon            float64
	name, country, kind string
}

// refresh reads the rows of articles stored since the last call.
func (m *memIndex) refresh(ctx context.Context, db *sql.DB) error {
	var last int64
	if err := db.QueryRowContext(ctx, `SELECT coalesce(max(rowid), 0) FROM articles`).Scan(&last); err != nil {
		return err
	}
	if last == m.last {
		return nil
	}
	if m.tdID == nil {
		m.tdID, m.evGeoID, m.plGeoID, m.typeBit = map[typeDate]int32{}, map[geoKey]int32{}, map[geoKey]int32{}, map[string]uint32{}
		m.facets, m.fvalID = map[int64][]int32{}, map[facetVal]int32{}
	}
	rows, err := db.QueryContext(ctx, `SELECT article, type, coalesce(acled_type, ''), coalesce(acled_sub_type, ''), date, fatalities,
		lat, lon, coalesce(place, ''), coalesce(country, '')
		FROM events WHERE modality = '' AND article > ? AND article <= ?`, m.last, last)
	if err != nil {
		return err
	}
	for rows.Next() {
		var e memEvent
		var td typeDate
		var lat, lon sql.NullFloat64
		var g geoKey
		var acled, acledSub string
		if err := rows.Scan(&e.art, &td.typ, &acled, &acledSub, &td.date, &e.dead, &lat, &lon, &g.name, &g.country); err != nil {
			rows.Close()
			return err
		}
		m.addFacet(e.art, facetType, td.typ)
		if acled != "" { // ACLED codes the event
			m.addFacet(e.art, facetACLED, acled)
			m.addFacet(e.art, facetACLEDSub, acledSub)
		}
		id, ok := m.tdID[td]
		if !ok {
			id = int32(len(m.tdKeys))
			m.tdID[td] = id
			m.tdKeys = append(m.tdKeys, td)
		}
		e.td = id
		if _, ok := m.typeBit[td.typ]; !ok && len(m.types) < 32 {
			m.typeBit[td.typ] = uint32(1) << len(m.types)
			m.types = append(m.types, td.typ)
		}
		e.geo = -1
		if lat.Valid && lon.Valid {
			g.lat, g.lon = lat.Float64, lon.Float64
			e.geo = intern(&m.evGeo, m.evGeoID, geoKey{lat: g.lat, lon: g.lon}, g)
		}
		m.events = append(m.events, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	rows, err = db.QueryContext(ctx, `SELECT DISTINCT article, lat, lon, name, coalesce(country, ''), coalesce(geo_kind, '')
		FROM entities WHERE lat IS NOT NULL AND geo_kind NOT IN ('demonym', 'continent', 'region') AND article > ? AND article <= ?`, m.last, last)
	if err != nil {
		return err
	}
	seen := map[[2]int64]bool{}
	for rows.Next() {
		var p memPlace
		var g geoKey
		if err := rows.Scan(&p.art, &g.lat, &g.lon, &g.name, &g.country, &g.kind); err != nil {
			rows.Close()
			return err
		}
		p.geo = intern(&m.plGeo, m.plGeoID, geoKey{lat: g.lat, lon: g.lon}, g)
		// An article counts once per place, however many of its names resolve there.
		if k := [2]int64{p.art, int64(p.geo)}; !seen[k] {
			seen[k] = true
			m.places = append(m.places, p)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if err := m.readFacets(ctx, db, last); err != nil {
		return err
	}
	m.last = last
	return nil
}

// readFacets reads the entities and themes of the articles up to last.
func (m *memIndex) readFacets(ctx context.Context, db *sql.DB, last int64) error {
	rows, err := db.QueryContext(ctx, `SELECT article, type, name, coalesce(country, '') FROM entities WHERE article > ? AND article <= ?`, m.last, last)
	if err != nil {
		return err
	}
	kinds := map[string]uint8{"PERSON": facetPerson, "LOCATION": facetPlace, "ORGANIZATION": facetOrg}
	for rows.Next() {
		var art int64
		var typ, name, country string
		if err := rows.Scan(&art, &typ, &name, &country); err != nil {
			rows.Close()
			return err
		}
		if k, ok := kinds[typ]; ok {
			m.addFacet(art, k, name)
		}
		if country != "" {
			m.addFacet(art, facetCountry, country)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	rows, err = db.QueryContext(ctx, `SELECT article, theme FROM themes WHERE article > ? AND article <= ?`, m.last, last)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var art int64
		var theme string
		if err := rows.Scan(&art, &theme); err != nil {
			return err
		}
		m.addFacet(art, facetTheme, theme)
	}
	return rows.Err()
}

// intern returns the id of the place at key's coordinates, adding g as it
// when new.
func intern(list *[]geoKey, ids map[geoKey]int32, key, g geoKey) int32 {
	if id, ok := ids[key]; ok {
		return id
	}
	id := int32(len(*list))
	ids[key] = id
	*list = append(*list, g)
	return id
}

// articleSet returns the rowids of the articles the filter keeps, or nil
// for every article (the empty filter); ok is false when nothing matches.
func (d *DB) articleSet(ctx context.Context, f Filter) (map[int64]bool, bool, error) {
	if f == (Filter{}) {
		return nil, true, nil
	}
	q, args, ok := f.articles(0)
	if !ok {
		return nil, false, nil
	}
	set := map[int64]bool{}
	err := d.each(ctx, q, func(r *sql.Rows) error {
		var id int64
		if err := r.Scan(&id); err != nil {
			return err
		}
		set[id] = true
		return nil
	}, args...)
	return set, true, err
}

// Timeline counts the events of the articles the filter keeps by the date
// they happened and by type, with their fatalities.
func (d *DB) Timeline(ctx context.Context, f Filter, by string) (*Timeline, error) {
	tl, err := NewTimeline(by)
	if err != nil {
		return nil, err
	}
	set, ok, err := d.articleSet(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	if ok {
		m := &d.mem
		m.mu.Lock()
		if err := m.refresh(ctx, d.db); err != nil {
			m.mu.Unlock()
			return nil, fmt.Errorf("timeline: %w", err)
		}
		n := make([]int, len(m.tdKeys))
		dead := make([]int, len(m.tdKeys))
		for _, e := range m.events {
			if set == nil || set[e.art] {
				n[e.td]++
				dead[e.td] += int(e.dead)
			}
		}
		for id, k := range m.tdKeys {
			if n[id] > 0 {
				tl.AddCount(k.typ, k.date, n[id], dead[id])
			}
		}
		m.mu.Unlock()
	}
	tl.Finish()
	return tl, nil
}

// Map returns, as GeoJSON, the places where the events of the articles
// the filter keeps happened, one point per place (kind "events") with its
// events, fatalities, types and an article; and the places those articles
// name (kind "place") with how many name them. Largest first, at most
// MaxFeatures of each.
func (d *DB) Map(ctx context.Context, f Filter) (*FeatureCollection, error) {
	fc := &FeatureCollection{Type: "FeatureCollection", Features: []Feature{}}
	set, ok, err := d.articleSet(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("map: %w", err)
	}
	if !ok {
		return fc, nil
	}
	m := &d.mem
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.refresh(ctx, d.db); err != nil {
		return nil, fmt.Errorf("map: %w", err)
	}
	type acc struct {
		n, dead int
		types   uint32
		art     int64
	}
	ev := make([]acc, len(m.evGeo))
	for _, e := range m.events {
		if e.geo < 0 || (set != nil && !set[e.art]) {
			continue
		}
		a := &ev[e.geo]
		a.n++
		a.dead += int(e.dead)
		a.types |= m.typeBit[m.tdKeys[e.td].typ]
		a.art = max(a.art, e.art)
	}
	pl := make([]int, len(m.plGeo))
	for _, p := range m.places {
		if set == nil || set[p.art] {
			pl[p.geo]++
		}
	}
	evTop := top(len(ev), func(i int) int { return ev[i].n })
	plTop := top(len(pl), func(i int) int { return pl[i] })
	ids := map[int64]string{}
	for _, i := range evTop {
		ids[ev[i].art] = ""
	}
	if err := d.articleIDs(ctx, ids); err != nil {
		return nil, fmt.Errorf("map: %w", err)
	}
	for _, i := range evTop {
		g, a := m.evGeo[i], ev[i]
		var types []string
		for b, t := range m.types {
			if a.types&(1<<b) != 0 {
				types = append(types, t)
			}
		}
		fc.Features = append(fc.Features, NewPoint(g.lat, g.lon, map[string]any{
			"kind": "events", "name": g.name, "country": g.country, "events": a.n, "fatalities": a.dead,
			"types": strings.Join(types, ","), "article": ids[a.art],
		}))
	}
	for _, i := range plTop {
		g := m.plGeo[i]
		fc.Features = append(fc.Features, NewPoint(g.lat, g.lon, map[string]any{
			"kind": "place", "name": g.name, "country": g.country, "geo_kind": g.kind, "articles": pl[i],
		}))
	}
	return fc, nil
}

// top returns the indices of the largest non-zero counts, at most
// MaxFeatures, largest first.
func top(n int, count func(int) int) []int {
	var out []int
	for i := 0; i < n; i++ {
		if count(i) > 0 {
			out = append(out, i)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return count(out[a]) > count(out[b]) })
	return out[:min(len(out), MaxFeatures)]
}

// articleIDs fills in the ids of the articles with these rowids.
func (d *DB) articleIDs(ctx context.Context, ids map[int64]string) error {
	for rowid := range ids {
		var id string
		if err := d.db.QueryRowContext(ctx, `SELECT id FROM articles WHERE rowid = ?`, rowid).Scan(&id); err != nil {
			return err
		}
		ids[rowid] = id
	}
	return nil
}
