package story

import (
	"sort"
	"strings"

	"github.com/annalist/annalist"
)

// Summary describes a story for a list: its size, span of dates, the
// names its articles mention most, and a title.
type Summary struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Articles []string `json:"articles"` // ids, in the order they were given
	Copies   int      `json:"copies"`   // of them, near-copies of another
	First    string   `json:"first,omitempty"`
	Last     string   `json:"last,omitempty"`
	Names    []string `json:"names,omitempty"`
	Events   []string `json:"events,omitempty"` // event types, most reported first
}

// Summarizer gathers story summaries from records, whatever their order.
type Summarizer struct {
	byID  map[string]*Summary
	names map[string]map[string]int
	evs   map[string]map[string]int
}

// NewSummarizer makes an empty one.
func NewSummarizer() *Summarizer {
	return &Summarizer{byID: map[string]*Summary{}, names: map[string]map[string]int{}, evs: map[string]map[string]int{}}
}

// Add takes in one record.
func (z *Summarizer) Add(r *annalist.Record) {
	id := r.Story
	if id == "" {
		id = r.ID
	}
	s := z.byID[id]
	if s == nil {
		s = &Summary{ID: id}
		z.byID[id] = s
		z.names[id] = map[string]int{}
		z.evs[id] = map[string]int{}
	}
	s.Articles = append(s.Articles, r.ID)
	if r.DuplicateOf != "" {
		s.Copies++
	}
	if r.Published != "" {
		if s.First == "" || r.Published < s.First {
			s.First = r.Published
		}
		if r.Published > s.Last {
			s.Last = r.Published
		}
	}
	if r.ID == id || s.Title == "" {
		s.Title = title(r)
	}
	for _, e := range r.Entities {
		if e.Type == annalist.Misc {
			continue
		}
		z.names[id][e.Name] += len(e.Mentions)
	}
	for _, ev := range r.Events {
		if ev.Modality == "" {
			z.evs[id][ev.Type]++
		}
	}
}

// Summaries lists the stories, largest first, then newest.
func (z *Summarizer) Summaries(top int) []*Summary {
	out := make([]*Summary, 0, len(z.byID))
	for id, s := range z.byID {
		s.Names = most(z.names[id], top)
		s.Events = most(z.evs[id], 3)
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if len(a.Articles) != len(b.Articles) {
			return len(a.Articles) > len(b.Articles)
		}
		if a.Last != b.Last {
			return a.Last > b.Last
		}
		return a.ID < b.ID
	})
	return out
}

// title is the record's title, or its first sentence cut short.
func title(r *annalist.Record) string {
	if t := strings.TrimSpace(r.Title); t != "" {
		return t
	}
	t := r.Text
	if i := strings.IndexAny(t, ".\n"); i > 0 {
		t = t[:i]
	}
	t = strings.Join(strings.Fields(t), " ")
	if len(t) > 100 {
		cut := strings.LastIndexByte(t[:100], ' ')
		if cut < 40 {
			cut = 100
		}
		for cut > 0 && !utf8Start(t[cut]) {
			cut--
		}
		t = t[:cut] + "…"
	}
	return t
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

// most lists the keys with the largest counts, ties by name.
func most(m map[string]int, n int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys[:min(n, len(keys))]
}
