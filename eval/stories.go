package eval

import (
	"fmt"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/story"
)

// StoryScore is how well articles were grouped into stories against ECB+'s
// happenings.
type StoryScore struct {
	Docs, Stories, GoldStories int
	BCubed                     PRF
	Incidents                  *CorefScore // nil when no event aligned
}

// EvaluateStories analyses each document with analyse, assigns it to a
// story through a fresh story.Index in corpus order, as `annalist ingest`
// would, and scores the stories by B-cubed over documents and the
// incidents by coreference of the gold event mentions they align with.
func EvaluateStories(docs []*ECBDoc, mentions []ECBMention, opt story.Options, analyse func(*ECBDoc) (*annalist.Record, error)) (*StoryScore, error) {
	idx := story.NewIndex(opt)
	gold, pred := map[string]string{}, map[string]string{}
	recs := map[string]*annalist.Record{}
	for _, d := range docs {
		r, err := analyse(d)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", d.ID, err)
		}
		idx.Assign(r)
		gold[d.ID] = d.Story
		pred[d.ID] = r.Story
		recs[d.ID] = r
	}
	sc := &StoryScore{Docs: len(docs), BCubed: BCubed(gold, pred)}
	sc.Stories = len(clusters(pred))
	sc.GoldStories = len(clusters(gold))
	byDoc := map[string]*ECBDoc{}
	for _, d := range docs {
		byDoc[d.ID] = d
	}
	sc.Incidents = incidentCoref(mentions, byDoc, recs)
	return sc, nil
}

// incidentCoref aligns gold event mentions with the events found (a
// mention aligns with an event whose trigger overlaps it) and scores the
// incidents as coreference chains over the aligned mentions.
func incidentCoref(mentions []ECBMention, docs map[string]*ECBDoc, recs map[string]*annalist.Record) *CorefScore {
	gold, pred := map[string]string{}, map[string]string{}
	for i, m := range mentions {
		d, r := docs[m.Doc], recs[m.Doc]
		if d == nil || r == nil || len(m.Tokens) == 0 {
			continue
		}
		start, end := -1, -1
		for _, t := range m.Tokens {
			sp, ok := d.Tokens[m.Sent][t]
			if !ok {
				continue
			}
			if start < 0 || sp[0] < start {
				start = sp[0]
			}
			end = max(end, sp[1])
		}
		if start < 0 {
			continue
		}
		for _, ev := range r.Events {
			if ev.Incident != "" && ev.Trigger.Start < end && start < ev.Trigger.End {
				key := fmt.Sprintf("%d", i)
				gold[key] = m.Chain
				pred[key] = ev.Incident
				break
			}
		}
	}
	if len(gold) == 0 {
		return nil
	}
	return Coref(gold, pred)
}
