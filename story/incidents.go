package story

import (
	"regexp"
	"sort"
	"strings"

	"github.com/annalist/annalist"
)

// Incident is one happening with every article's report of it.
type Incident struct {
	ID      string
	Story   string
	Type    string
	Date    string           // the most precise date a report gives
	Place   *annalist.Place  // the most precise place a report gives
	Reports []IncidentReport // in the order they were collected
}

// IncidentReport is one article's account of an incident.
type IncidentReport struct {
	Article    string
	URL        string
	Published  string
	Fatalities int    // 0 when the article gives none
	Claimant   string // who the article says gives the figure, when it says
}

// Fatalities is the incident's figure as ACLED takes it: the most
// conservative of the figures its reports give (0 when none gives one),
// and the largest, so that a disagreement stays visible.
func (in *Incident) Fatalities() (conservative, largest int) {
	for _, r := range in.Reports {
		if r.Fatalities <= 0 {
			continue
		}
		if conservative == 0 || r.Fatalities < conservative {
			conservative = r.Fatalities
		}
		largest = max(largest, r.Fatalities)
	}
	return conservative, largest
}

// Sources is the number of articles that report the incident.
func (in *Incident) Sources() int {
	seen := map[string]bool{}
	for _, r := range in.Reports {
		seen[r.Article] = true
	}
	return len(seen)
}

// Collector gathers incidents from stored records, whatever their order.
type Collector struct {
	byID map[string]*Incident
}

// NewCollector makes an empty collector.
func NewCollector() *Collector { return &Collector{byID: map[string]*Incident{}} }

// Add takes in the incidents r's events belong to.
func (c *Collector) Add(r *annalist.Record) {
	for i := range r.Events {
		ev := &r.Events[i]
		if ev.Incident == "" {
			continue
		}
		in := c.byID[ev.Incident]
		if in == nil {
			in = &Incident{ID: ev.Incident, Story: r.Story, Type: ev.Type}
			c.byID[ev.Incident] = in
		}
		if len(ev.Date) > len(in.Date) {
			in.Date = ev.Date
		}
		if ev.Place != nil && (in.Place == nil || in.Place.Admin1 == "" && ev.Place.Admin1 != "") {
			in.Place = ev.Place
		}
		rep := IncidentReport{Article: r.ID, URL: r.URL, Published: r.Published, Fatalities: ev.Fatalities}
		if ev.Fatalities > 0 {
			rep.Claimant = Claimant(r, ev)
		}
		// One article may report an incident in several events: its
		// largest figure stands for it.
		merged := false
		for j := range in.Reports {
			if in.Reports[j].Article == r.ID {
				if rep.Fatalities > in.Reports[j].Fatalities {
					in.Reports[j] = rep
				}
				merged = true
			}
		}
		if !merged {
			in.Reports = append(in.Reports, rep)
		}
	}
}

// Incidents lists what was collected, by first publication date, then id.
func (c *Collector) Incidents() []*Incident {
	out := make([]*Incident, 0, len(c.byID))
	for _, in := range c.byID {
		out = append(out, in)
	}
	first := func(in *Incident) string {
		f := ""
		for _, r := range in.Reports {
			if f == "" || r.Published != "" && r.Published < f {
				f = r.Published
			}
		}
		return f
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := first(out[i]), first(out[j])
		if a != b {
			return a < b
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// Claimant is who the article says gives ev's death toll: the speaker of a
// quote that holds the figure, or the source named by "according to" or a
// reporting verb in the sentence of the count; "" when the article says
// nothing.
func Claimant(r *annalist.Record, ev *annalist.Event) string {
	sentences := append([]annalist.Span{ev.Sentence}, ev.Sentences...)
	for _, c := range r.Counts {
		if c.Number != ev.Fatalities || c.Kind != "killed" {
			continue
		}
		var in *annalist.Span
		for i := range sentences {
			if sentences[i].Start <= c.Start && c.End <= sentences[i].End {
				in = &sentences[i]
				break
			}
		}
		if in == nil {
			continue
		}
		for _, q := range r.Quotes {
			if q.Speaker != "" && q.Start <= c.Start && c.End <= q.End {
				return q.Speaker
			}
		}
		if in.End <= len(r.Text) {
			if m := according.FindStringSubmatch(r.Text[in.Start:in.End]); m != nil {
				return strings.TrimSpace(m[1])
			}
			if m := saidBy.FindStringSubmatch(r.Text[c.End:in.End]); m != nil {
				return strings.TrimSpace(m[1])
			}
		}
	}
	return ""
}

var (
	according = regexp.MustCompile(`(?i)\baccording to ((?:the )?[\p{L}'’ -]{2,60}?)(?:[,.;]|$| on | in | at )`)
	saidBy    = regexp.MustCompile(`,\s*((?:the |a )?[\p{L}'’ -]{2,60}?) (?:said|says|reported|announced|told)\b`)
)
