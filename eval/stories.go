package eval

import (
	"fmt"
	"math/rand"
	"strconv"
	"strings"

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

// AnalyseECB analyses every document once, for training and
// cross-validation, which assign copies of the records many times.
func AnalyseECB(docs []*ECBDoc, analyse func(*ECBDoc) (*annalist.Record, error)) ([]*annalist.Record, error) {
	recs := make([]*annalist.Record, len(docs))
	for i, d := range docs {
		r, err := analyse(d)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", d.ID, err)
		}
		recs[i] = r
	}
	return recs, nil
}

// StoryJoinExamples are what the story join model learns from: the
// documents (analysed as recs) go through a story.Index in corpus order as
// in EvaluateStories, but each is put in its gold happening's story, and
// each document's candidate stories are labelled by whether they are of
// its topic and whether they are its happening.
func StoryJoinExamples(docs []*ECBDoc, recs []*annalist.Record) []story.JoinExample {
	idx := story.NewIndex(story.Options{Model: story.Untrained()})
	var out []story.JoinExample
	for i, d := range docs {
		r := fresh(recs[i])
		for _, c := range idx.Candidates(r) {
			out = append(out, story.JoinExample{
				Kind: c.Kind, Pairs: c.Pairs,
				SameKind: strings.HasPrefix(c.Story, d.Topic+"_"),
				Joins:    c.Story == d.Story,
			})
		}
		r.Story = d.Story
		idx.Load(r)
	}
	return out
}

// CrossValidateStories scores the stories found with a join model trained
// on other topics: the topics are dealt into folds (topic number modulo
// folds), and each fold's documents are assigned in corpus order by a
// model trained on the other folds, with each of the join thresholds.
// The B-cubed scores are over all documents, one per threshold.
func CrossValidateStories(docs []*ECBDoc, recs []*annalist.Record, folds int, l2 float64, joins []float64) []PRF {
	gold := map[string]string{}
	pred := make([]map[string]string, len(joins))
	for i := range pred {
		pred[i] = map[string]string{}
	}
	for f := 0; f < folds; f++ {
		var trainDocs, testDocs []*ECBDoc
		var trainRecs, testRecs []*annalist.Record
		for i, d := range docs {
			if n, _ := strconv.Atoi(d.Topic); n%folds == f {
				testDocs, testRecs = append(testDocs, d), append(testRecs, recs[i])
			} else {
				trainDocs, trainRecs = append(trainDocs, d), append(trainRecs, recs[i])
			}
		}
		if len(testDocs) == 0 || len(trainDocs) == 0 {
			continue
		}
		m := story.TrainJoin(StoryJoinExamples(trainDocs, trainRecs), l2)
		for j, join := range joins {
			idx := story.NewIndex(story.Options{Join: join, Model: m})
			for i, d := range testDocs {
				r := fresh(testRecs[i])
				idx.Assign(r)
				gold[d.ID] = d.Story
				pred[j][d.ID] = fmt.Sprintf("%d/%s", f, r.Story)
			}
		}
	}
	out := make([]PRF, len(joins))
	for j := range joins {
		out[j] = BCubed(gold, pred[j])
	}
	return out
}

// ShuffledStories scores the stories found when the documents (analysed
// as recs) arrive in n other orders, each a seeded shuffle (seeds 1..n),
// since what an incremental index decides depends on what came first.
func ShuffledStories(docs []*ECBDoc, recs []*annalist.Record, opt story.Options, n int) []PRF {
	var out []PRF
	for seed := 1; seed <= n; seed++ {
		order := rand.New(rand.NewSource(int64(seed))).Perm(len(docs))
		idx := story.NewIndex(opt)
		gold, pred := map[string]string{}, map[string]string{}
		for _, i := range order {
			r := fresh(recs[i])
			idx.Assign(r)
			gold[docs[i].ID], pred[docs[i].ID] = docs[i].Story, r.Story
		}
		out = append(out, BCubed(gold, pred))
	}
	return out
}

// fresh is a copy of r that assigning may change without changing r.
func fresh(r *annalist.Record) *annalist.Record {
	c := *r
	c.Events = append([]annalist.Event(nil), r.Events...)
	c.Story, c.DuplicateOf = "", ""
	return &c
}
