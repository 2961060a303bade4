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

func newIncident(id string, ev *annalist.Event, published string) *incident {
	in := &incident{id: id, typ: ev.Type, kinds: map[string]bool{}}
	in.add(ev, published)
	return in
}

func (in *incident) add(ev *annalist.Event, published string) {
	if ev.Date != "" {
		in.dates = append(in.dates, ev.Date)
	} else if published != "" {
		in.posted = append(in.posted, published)
	}
	if ev.Place != nil {
		in.places = append(in.places, ev.Place)
	}
	if k := actorKind(ev); k != "" {
		in.kinds[k] = true
	}
}

func (s *storyState) incident(id string) *incident {
	for _, in := range s.incidents {
		if in.id == id {
			return in
		}
	}
	return nil
}

// incidents merges r's reported events into the story's incidents: an
// event joins the first incident it agrees with on type, date, place and
// actors, or starts one named after itself. Negated, hypothetical and
// future events report no happening and join none.
func (x *Index) incidents(s *storyState, r *annalist.Record) {
	for i := range r.Events {
		ev := &r.Events[i]
		if ev.Modality != "" {
			continue
		}
		var found *incident
		for _, in := range s.incidents {
			if in.agrees(ev, r.Published) {
				found = in
				break
			}
		}
		if found == nil {
			found = &incident{id: fmt.Sprintf("%s/%d", r.ID, i), typ: ev.Type, kinds: map[string]bool{}}
			s.incidents = append(s.incidents, found)
		}
		found.add(ev, r.Published)
		ev.Incident = found.id
	}
}

// agrees reports whether ev can be another report of the incident. What
// an article leaves unsaid (no date, no place, no actor kind) does not
// disagree; what it says must fit what others said.
func (in *incident) agrees(ev *annalist.Event, published string) bool {
	if ev.Type != in.typ {
		return false
	}
	// A report without a date tells of something shortly before it was
	// published: its publication date stands in, with more slack.
	date, slack := ev.Date, 1
	if date == "" {
		date, slack = published, postedSlack
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
	if ev.Place != nil {
		for _, p := range in.places {
			if !eventPlacesAgree(ev.Place, p) {
				return false
			}
		}
	}
	if k := actorKind(ev); k != "" && len(in.kinds) > 0 && !in.kinds[k] {
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
