package story

import (
	"fmt"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/gazetteer"
)

// incident is one real happening as the story's articles have reported it
// so far: what merging the next event needs to know.
type incident struct {
	id     string
	typ    string
	dates  []string // the dates its reports give
	posted []string // publication dates of reports that give none
	places []*annalist.Place
	kinds  map[string]bool // actor kinds reported
}

// report is what deciding incidents needs of one event of an article
// that reports a happening (not negated, hypothetical or future): kept
// per article, so that the incidents of a story can be decided again when
// articles move between stories.
type report struct {
	event     int // its number in the record's events
	typ, date string
	published string
	place     *annalist.Place
	kind      string // its actor's kind
	incident  string // the incident it was put in last
}

// reportsOf are the reports of r's events that tell of a happening.
func reportsOf(r *annalist.Record) []report {
	var out []report
	for i := range r.Events {
		ev := &r.Events[i]
		if ev.Modality != "" {
			continue
		}
		out = append(out, report{event: i, typ: ev.Type, date: ev.Date, published: r.Published,
			place: ev.Place, kind: actorKind(ev), incident: ev.Incident})
	}
	return out
}

func (in *incident) add(rep *report) {
	if rep.date != "" {
		in.dates = append(in.dates, rep.date)
	} else if rep.published != "" {
		in.posted = append(in.posted, rep.published)
	}
	if rep.place != nil {
		in.places = append(in.places, rep.place)
	}
	if rep.kind != "" {
		in.kinds[rep.kind] = true
	}
}

// decide puts each of an article's reports (its id is article) in the
// first of s's incidents it agrees with on type, date, place and actors,
// or in one it starts, named after itself; it reports whether any report
// changed incident.
func (s *storyState) decide(article string, reps []report) (changed bool) {
	for k := range reps {
		rep := &reps[k]
		var found *incident
		for _, in := range s.incidents {
			if in.agrees(rep) {
				found = in
				break
			}
		}
		if found == nil {
			found = &incident{id: fmt.Sprintf("%s/%d", article, rep.event), typ: rep.typ, kinds: map[string]bool{}}
			s.incidents = append(s.incidents, found)
		}
		found.add(rep)
		if rep.incident != found.id {
			rep.incident, changed = found.id, true
		}
	}
	return changed
}

// setIncidents writes the reports' incidents into r's events.
func setIncidents(r *annalist.Record, reps []report) {
	for _, rep := range reps {
		if rep.event < len(r.Events) {
			r.Events[rep.event].Incident = rep.incident
		}
	}
}

// agrees reports whether rep can be another report of the incident. What
// an article leaves unsaid (no date, no place, no actor kind) does not
// disagree; what it says must fit what others said.
func (in *incident) agrees(rep *report) bool {
	if rep.typ != in.typ {
		return false
	}
	// A report without a date tells of something shortly before it was
	// published: its publication date stands in, with more slack.
	date, slack := rep.date, 1
	if date == "" {
		date, slack = rep.published, postedSlack
	}
	if date != "" {
		for _, d := range in.dates {
			if !datesAgree(date, d, slack) {
				return false
			}
		}
		for _, d := range in.posted {
			if !datesAgree(date, d, postedSlack) {
				return false
			}
		}
	}
	if rep.place != nil {
		for _, p := range in.places {
			if !eventPlacesAgree(rep.place, p) {
				return false
			}
		}
	}
	if rep.kind != "" && len(in.kinds) > 0 && !in.kinds[rep.kind] {
		return false
	}
	return true
}

// postedSlack is how many days a publication date may be from the day of
// what it reports.
const postedSlack = 3

// eventPlacesAgree: the same place, a country holding a town (a place
// without a first-level region is a country), or towns close together.
func eventPlacesAgree(a, b *annalist.Place) bool {
	switch {
	case a.Country != "" && b.Country != "" && a.Country != b.Country:
		return false
	case a.Name == b.Name, a.Admin1 == "" || b.Admin1 == "":
		return true
	}
	return gazetteer.Distance(a.Lat, a.Lon, b.Lat, b.Lon) <= 50
}

// actorKind is the kind of the event's actor, where the coder gave one.
func actorKind(ev *annalist.Event) string {
	if ev.Actor == nil {
		return ""
	}
	return ev.Actor.Kind
}
