// Package digest writes the period's summary of a store: its top events
// with counts and fatalities, the people and places most in the news,
// notable quotes with their speakers, and the top stories, each with a
// short extractive summary and a link to its source; as Markdown, HTML or
// an RSS feed, for `annalist digest` and the server's /digest.
package digest

import (
	"context"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/query"
	"github.com/annalist/annalist/text"
)

// Options choose the period and the articles.
type Options struct {
	// Since is how far back from Until the period goes ("7d", "2w", "1m",
	// "24h"), by publication date.
	Since string
	// Until is the period's last day, YYYY-MM-DD; empty means today (UTC).
	Until string
	// Filter narrows the articles (country, theme, region, ...); its
	// From and To are set from Since and Until.
	Filter query.Filter
	// Top is how many items each list holds (default 10).
	Top int
	// Link makes the link to a stored article that has no URL of its own
	// (the server's article page); nil leaves it without one.
	Link func(id string) string
}

// MaxArticles is the most articles one digest reads: the period of a busy
// store is summed up from its first MaxArticles.
const MaxArticles = 20000

// Digest is the summary of a period.
type Digest struct {
	From     string         `json:"from"`
	To       string         `json:"to"`
	Filter   query.Filter   `json:"filter"`
	Articles int            `json:"articles"`
	Events   []EventTally   `json:"events"`  // by type, most first
	People   []query.Bucket `json:"people"`  // by articles naming them
	Places   []query.Bucket `json:"places"`  // by articles naming them
	Quotes   []Quote        `json:"quotes"`  // notable quotes with speakers
	Stories  []Story        `json:"stories"` // top stories, best first
}

// EventTally is the period's events of one type.
type EventTally struct {
	Type       string   `json:"type"`
	Events     int      `json:"events"`
	Articles   int      `json:"articles"`
	Fatalities int      `json:"fatalities"`
	Places     []string `json:"places,omitempty"` // where most of them happened
}

// Quote is a quoted passage with its speaker.
type Quote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
	Article string `json:"article"`
	Title   string `json:"title,omitempty"`
	Link    string `json:"link,omitempty"`
}

// Story is one of the period's top articles.
type Story struct {
	ID         string   `json:"id"`
	Title      string   `json:"title"`
	Published  string   `json:"published,omitempty"`
	Link       string   `json:"link,omitempty"`
	Summary    string   `json:"summary"` // sentences of the article, in its order
	Events     int      `json:"events"`
	Fatalities int      `json:"fatalities"`
	Names      []string `json:"names,omitempty"` // who and where it is about
	score      float64
}

var sinceRE = regexp.MustCompile(`^(\d{1,4})([hdwmy])$`)

// Period returns the first and last day (YYYY-MM-DD) of the period Since
// before Until.
func Period(since, until string, now time.Time) (string, string, error) {
	end := now.UTC()
	if until != "" {
		t, err := time.Parse("2006-01-02", until)
		if err != nil {
			return "", "", fmt.Errorf("until %q: want YYYY-MM-DD", until)
		}
		end = t
	}
	if since == "" {
		since = "7d"
	}
	m := sinceRE.FindStringSubmatch(since)
	if m == nil {
		return "", "", fmt.Errorf("since %q: want a number and a unit, h, d, w, m or y (24h, 7d, 2w, 1m, 1y)", since)
	}
	n, _ := strconv.Atoi(m[1])
	if n < 1 {
		return "", "", fmt.Errorf("since %q: want a period of at least one unit", since)
	}
	var start time.Time
	switch m[2] {
	case "h":
		start = end.Add(-time.Duration(n) * time.Hour)
	case "d":
		start = end.AddDate(0, 0, -n+1)
	case "w":
		start = end.AddDate(0, 0, -7*n+1)
	case "m":
		start = monthsBefore(end, n).AddDate(0, 0, 1)
	case "y":
		start = monthsBefore(end, 12*n).AddDate(0, 0, 1)
	}
	return start.Format("2006-01-02"), end.Format("2006-01-02"), nil
}

// monthsBefore is the same day n months before t, or the last day of that
// month when it is shorter (a month before 31 March is 29 February).
func monthsBefore(t time.Time, n int) time.Time {
	first := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -n, 0)
	last := first.AddDate(0, 1, -1).Day()
	return first.AddDate(0, 0, min(t.Day(), last)-1)
}

// Build reads the period's articles and sums them up.
func Build(ctx context.Context, db *query.DB, opt Options) (*Digest, error) {
	from, to, err := Period(opt.Since, opt.Until, time.Now())
	if err != nil {
		return nil, err
	}
	if opt.Top <= 0 {
		opt.Top = 10
	}
	f := opt.Filter
	f.From, f.To = from, to
	d := &Digest{From: from, To: to, Filter: f}
	b := newBuilder(opt)
	err = db.Records(ctx, f, MaxArticles, func(r *annalist.Record) error {
		d.Articles++
		b.add(r)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("digest: %w", err)
	}
	b.finish(d)
	return d, nil
}

// builder tallies records as they stream by.
type builder struct {
	opt      Options
	events   map[string]*EventTally
	evPlaces map[string]map[string]int
	evArts   map[string]int
	people   map[string]int
	places   map[string]int
	quotes   []Quote
	stories  []Story
	records  map[string]*annalist.Record // kept only for stories still in the running
}

func newBuilder(opt Options) *builder {
	return &builder{opt: opt, events: map[string]*EventTally{}, evPlaces: map[string]map[string]int{},
		evArts: map[string]int{}, people: map[string]int{}, places: map[string]int{}}
}

func (b *builder) link(r *annalist.Record) string {
	if r.URL != "" {
		return r.URL
	}
	if b.opt.Link != nil {
		return b.opt.Link(r.ID)
	}
	return ""
}

func (b *builder) add(r *annalist.Record) {
	seenType := map[string]bool{}
	st := Story{ID: r.ID, Title: r.Title, Published: r.Published, Link: b.link(r)}
	for _, e := range r.Events {
		if e.Modality != "" {
			continue
		}
		t := b.events[e.Type]
		if t == nil {
			t = &EventTally{Type: e.Type}
			b.events[e.Type] = t
			b.evPlaces[e.Type] = map[string]int{}
		}
		t.Events++
		t.Fatalities += e.Fatalities
		if !seenType[e.Type] {
			seenType[e.Type] = true
			t.Articles++
		}
		if e.Place != nil && e.Place.Name != "" {
			b.evPlaces[e.Type][e.Place.Name]++
		}
		st.Events++
		st.Fatalities += e.Fatalities
	}
	names := map[string]int{}
	for _, e := range r.Entities {
		switch {
		case e.Type == annalist.Person:
			b.people[e.Name]++
		case e.Geo != nil && e.Geo.Kind != annalist.GeoDemonym && e.Geo.Kind != annalist.GeoContinent:
			b.places[e.Name]++
		default:
			continue
		}
		names[e.Name] = len(e.Mentions)
	}
	st.Names = topKeys(names, 4)
	st.Summary = summarise(r, 2)
	if st.Title == "" {
		st.Title = firstWords(st.Summary, 12)
	}
	speakers := map[string]string{}
	for _, e := range r.Entities {
		speakers[e.ID] = e.Name
	}
	for _, q := range r.Quotes {
		sp := q.Speaker
		if n, ok := speakers[q.SpeakerEntity]; ok {
			sp = n
		}
		// A notable quote is said by someone and says something: a few
		// words at least, not a slogan or a term in quotation marks.
		if sp == "" || len(strings.Fields(q.Text)) < 4 {
			continue
		}
		b.quotes = append(b.quotes, Quote{Text: q.Text, Speaker: sp, Article: r.ID, Title: st.Title, Link: st.Link})
	}
	// A story weighs by what happened in it and how many named things it has.
	st.score = float64(st.Events) + 3*math.Log1p(float64(st.Fatalities)) + 0.2*float64(len(names))
	b.stories = append(b.stories, st)
	// Keep the list short as it streams.
	if len(b.stories) > 4*b.opt.Top+100 {
		b.trimStories()
	}
}

func (b *builder) trimStories() {
	sort.SliceStable(b.stories, func(i, j int) bool { return b.stories[i].score > b.stories[j].score })
	if len(b.stories) > b.opt.Top {
		b.stories = b.stories[:b.opt.Top]
	}
}

func (b *builder) finish(d *Digest) {
	d.Events = []EventTally{}
	for typ, t := range b.events {
		t.Places = topKeys(b.evPlaces[typ], 3)
		d.Events = append(d.Events, *t)
	}
	sort.Slice(d.Events, func(i, j int) bool {
		a, c := d.Events[i], d.Events[j]
		if a.Events != c.Events {
			return a.Events > c.Events
		}
		return a.Type < c.Type
	})
	if len(d.Events) > b.opt.Top {
		d.Events = d.Events[:b.opt.Top]
	}
	d.People = topBuckets(b.people, b.opt.Top)
	d.Places = topBuckets(b.places, b.opt.Top)
	// Quotes of the people most in the news first, longer before shorter.
	sort.SliceStable(b.quotes, func(i, j int) bool {
		a, c := b.quotes[i], b.quotes[j]
		if b.people[a.Speaker] != b.people[c.Speaker] {
			return b.people[a.Speaker] > b.people[c.Speaker]
		}
		return len(a.Text) > len(c.Text)
	})
	d.Quotes = b.quotes[:min(len(b.quotes), b.opt.Top)]
	if d.Quotes == nil {
		d.Quotes = []Quote{}
	}
	b.trimStories()
	d.Stories = b.stories
	if d.Stories == nil {
		d.Stories = []Story{}
	}
}

// summarise picks the n sentences of the record that carry the most of
// its facts (events, counts, named things, quotes), kept in text order: an
// extractive summary, every word the article's own.
func summarise(r *annalist.Record, n int) string {
	doc := text.Analyze(r.Text, r.Published)
	if len(doc.Sentences) == 0 {
		return ""
	}
	score := make([]float64, len(doc.Sentences))
	bump := func(off int, w float64) {
		if i := doc.SentenceAt(off); i >= 0 && i < len(score) {
			score[i] += w
		}
	}
	for _, e := range r.Events {
		if e.Modality == "" {
			bump(e.Trigger.Start, 2+math.Log1p(float64(e.Fatalities)))
		}
	}
	for _, c := range r.Counts {
		bump(c.Start, 1)
	}
	for _, e := range r.Entities {
		for _, m := range e.Mentions {
			bump(m.Start, 0.5)
		}
	}
	for _, t := range r.Times {
		bump(t.Start, 0.5)
	}
	for i, s := range doc.Sentences {
		// The lead sentence of a news story is its summary more often than not.
		if i == 0 {
			score[i] += 1.5
		}
		// Very short lines are headings or fragments; very long ones read badly.
		if w := s.Last - s.First; w < 6 || w > 80 {
			score[i] -= 3
		}
	}
	idx := make([]int, len(score))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return score[idx[a]] > score[idx[b]] })
	idx = idx[:min(n, len(idx))]
	sort.Ints(idx)
	parts := make([]string, len(idx))
	for k, i := range idx {
		s := doc.Sentences[i]
		parts[k] = strings.Join(strings.Fields(r.Text[s.Start:s.End]), " ")
	}
	return strings.Join(parts, " ")
}

func firstWords(s string, n int) string {
	w := strings.Fields(s)
	if len(w) <= n {
		return s
	}
	return strings.Join(w[:n], " ") + "…"
}

func topKeys(m map[string]int, n int) []string {
	b := topBuckets(m, n)
	out := make([]string, len(b))
	for i, x := range b {
		out[i] = x.Value
	}
	return out
}

func topBuckets(m map[string]int, n int) []query.Bucket {
	out := make([]query.Bucket, 0, len(m))
	for k, v := range m {
		out = append(out, query.Bucket{Value: k, Count: v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Value < out[j].Value
	})
	return out[:min(n, len(out))]
}
