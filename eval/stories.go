package eval

import (
	"fmt"
	"maps"
	"math/rand"
	"slices"
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
		recs[d.ID] = r
	}
	// Stories split after an article joined them move it.
	for _, d := range docs {
		pred[d.ID] = idx.StoryOf(d.ID)
		recs[d.ID].Story = pred[d.ID]
		// and their incidents, decided again, with them.
		for i, in := range idx.IncidentsOf(d.ID) {
			recs[d.ID].Events[i].Incident = in
		}
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
				Doc: i, Kind: c.Kind, Pairs: c.Pairs, Gate: c.Gate,
				SameKind: strings.HasPrefix(c.Story, d.Topic+"_"),
				Joins:    c.Story == d.Story,
			})
		}
		r.Story = d.Story
		idx.Load(r)
	}
	return out
}

// TrainStories trains the story join model on documents (analysed as
// recs): the kind and same models on the candidates of each document put
// in its gold happening's story (StoryJoinExamples), then the gate on the
// index's own decisions, as it would meet them. Each of rounds times, the
// documents go through an index with the model so far, in corpus order
// and in shuffles shuffled orders, and every document's best candidate is
// an example: its gate features, labelled by whether the story's articles
// are mostly of the document's happening; the gate is fitted to the
// examples of every round so far. A gate trained on stories of one gold
// happening each never sees a story that took in a report of another
// happening by mistake, which is what it must learn to stop.
func TrainStories(docs []*ECBDoc, recs []*annalist.Record, l2 float64, rounds, shuffles int) *story.JoinModel {
	m := story.TrainJoin(StoryJoinExamples(docs, recs), l2)
	var xs [][]float64
	var ys []bool
	for round := 0; round < rounds; round++ {
		for seed := 0; seed <= shuffles; seed++ {
			order := make([]int, len(docs))
			for i := range order {
				order[i] = i
			}
			if seed > 0 {
				order = rand.New(rand.NewSource(int64(seed))).Perm(len(docs))
			}
			members := map[string]map[string]int{} // story → gold happening → articles
			var cur string
			// Without splitting or merging stories afterwards: the gate is
			// trained on the decisions as they are made.
			idx := story.NewIndex(story.Options{Join: story.GateFloor, Split: -1, Merge: -1, Model: m, Explain: func(s string, g []float64) {
				xs = append(xs, g)
				ys = append(ys, majority(members[s]) == cur)
			}})
			for _, i := range order {
				r := fresh(recs[i])
				cur = docs[i].Story
				idx.Assign(r)
				if members[r.Story] == nil {
					members[r.Story] = map[string]int{}
				}
				members[r.Story][cur]++
			}
		}
		m.Gate = story.FitGate(xs, ys, l2)
	}
	return m
}

// majority is the key with the largest count, the smallest on ties.
func majority(m map[string]int) string {
	best, n := "", 0
	for k, c := range m {
		if c > n || (c == n && k < best) {
			best, n = k, c
		}
	}
	return best
}

// CrossValidateStories scores the stories found with a join model trained
// on other topics: the topics are dealt into folds (topic number modulo
// folds), and each fold's documents are assigned by a model trained on
// the other folds, among the other folds' documents in their gold stories
// (so that other topics' stories can draw them, as in one store), with
// each of the options' join and gate thresholds: in corpus order, and in
// shuffles shuffled orders (seeds 101, 102, ...). The B-cubed scores are
// over all documents, one per options.
func CrossValidateStories(docs []*ECBDoc, recs []*annalist.Record, folds int, l2 float64, opts []story.Options, shuffles int) []CVScore {
	gold := map[string]string{}
	pred := make([][]map[string]string, len(opts)) // options → order → predictions
	for i := range pred {
		pred[i] = make([]map[string]string, shuffles+1)
		for o := range pred[i] {
			pred[i][o] = map[string]string{}
		}
	}
	orders := make([][]int, shuffles+1)
	orders[0] = make([]int, len(docs))
	for i := range orders[0] {
		orders[0][i] = i
	}
	for o := 1; o <= shuffles; o++ {
		orders[o] = rand.New(rand.NewSource(int64(100 + o))).Perm(len(docs))
	}
	for f := 0; f < folds; f++ {
		var trainDocs []*ECBDoc
		var trainRecs []*annalist.Record
		for i, d := range docs {
			if n, _ := strconv.Atoi(d.Topic); n%folds != f {
				trainDocs, trainRecs = append(trainDocs, d), append(trainRecs, recs[i])
			}
		}
		if len(trainDocs) == 0 || len(trainDocs) == len(docs) {
			continue
		}
		m := TrainStories(trainDocs, trainRecs, l2, GateRounds, GateShuffles)
		for j, opt := range opts {
			opt.Model = m
			for o, order := range orders {
				idx := story.NewIndex(opt)
				for _, i := range order {
					d := docs[i]
					r := fresh(recs[i])
					if n, _ := strconv.Atoi(d.Topic); n%folds != f {
						r.Story = d.Story
						idx.Load(r)
						continue
					}
					idx.Assign(r)
					gold[d.ID] = d.Story
					pred[j][o][d.ID] = ""
				}
				for id := range pred[j][o] {
					if pred[j][o][id] == "" {
						pred[j][o][id] = idx.StoryOf(id)
					}
				}
			}
		}
	}
	out := make([]CVScore, len(opts))
	for j := range opts {
		out[j].Corpus = BCubed(gold, pred[j][0])
		out[j].Topics = topicScores(docs, gold, pred[j][0])
		for o := 1; o <= shuffles; o++ {
			out[j].Shuffled += BCubed(gold, pred[j][o]).F / float64(shuffles)
		}
	}
	return out
}

// CVScore is a cross-validated B-cubed score in corpus order and the mean
// F1 over shuffled orders.
type CVScore struct {
	Corpus   PRF
	Shuffled float64
	Topics   []TopicScore // in corpus order, by topic
}

// TopicScore is the B-cubed score of one topic's documents and the stories
// they were put in: for each story found, how many documents of each gold
// happening it holds ("1_ecb:9 1_ecbplus:1"), happenings and stories in
// sorted order so that a listing compares from run to run.
type TopicScore struct {
	Topic   string
	Score   PRF
	Stories []string
}

// topicScores scores each topic's documents in gold apart.
func topicScores(docs []*ECBDoc, gold, pred map[string]string) []TopicScore {
	var topics []string
	ids := map[string][]string{}
	for _, d := range docs {
		if _, ok := gold[d.ID]; !ok {
			continue
		}
		if ids[d.Topic] == nil {
			topics = append(topics, d.Topic)
		}
		ids[d.Topic] = append(ids[d.Topic], d.ID)
	}
	var out []TopicScore
	for _, t := range topics {
		g, p := map[string]string{}, map[string]string{}
		held := map[string]map[string]int{}
		for _, id := range ids[t] {
			g[id], p[id] = gold[id], pred[id]
			if held[p[id]] == nil {
				held[p[id]] = map[string]int{}
			}
			held[p[id]][g[id]]++
		}
		ts := TopicScore{Topic: t, Score: BCubed(g, p)}
		for _, h := range held {
			var parts []string
			for _, k := range slices.Sorted(maps.Keys(h)) {
				parts = append(parts, fmt.Sprintf("%s:%d", k, h[k]))
			}
			ts.Stories = append(ts.Stories, strings.Join(parts, " "))
		}
		slices.Sort(ts.Stories)
		out = append(out, ts)
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
			idx.Assign(fresh(recs[i]))
			gold[docs[i].ID] = docs[i].Story
		}
		for id := range gold {
			pred[id] = idx.StoryOf(id)
		}
		out = append(out, BCubed(gold, pred))
	}
	return out
}

// GateRounds and GateShuffles are how often and in how many orders the
// shipped gate is trained on the index's own decisions.
const (
	GateRounds   = 3
	GateShuffles = 2
)

// fresh is a copy of r that assigning may change without changing r.
func fresh(r *annalist.Record) *annalist.Record {
	c := *r
	c.Events = append([]annalist.Event(nil), r.Events...)
	c.Story, c.DuplicateOf = "", ""
	return &c
}
