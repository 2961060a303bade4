package story

import (
	"math"
	"slices"
	"sync"
	"time"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract/count"
	"github.com/annalist/annalist/gazetteer"
)

// Options tune an Index. The zero value means the defaults.
type Options struct {
	// Duplicate is the share of the shorter article's shingles the longer
	// must hold for the shorter to be a near-copy (DefaultDuplicate).
	Duplicate float64
	// Join is the least probability the join model gives an article and
	// a story for the article to join it (DefaultJoin).
	Join float64
	// Gate is the least probability the gate gives that an article
	// joins the story it fits best rather than start another happening
	// of its kind (DefaultGate).
	Gate float64
	// Split is the average probability of the same model under which
	// two groups of a story's articles are split into two stories (see
	// revise); 0 means DefaultSplit, a negative value never splits.
	Split float64
	// Merge is the join model's mean score of one story's latest
	// articles against the other's at which two stories merge, when an
	// article could join either (see revise); 0 means DefaultMerge, a
	// negative value never merges.
	Merge float64
	// Model is the join model (DefaultJoinModel when nil).
	Model *JoinModel
	// Explain, when set, is told the story each article fits best (if
	// any fits above Join) and the gate's features, before the gate
	// decides: for training the gate on the index's own decisions.
	Explain func(story string, gate []float64)
}

// Defaults of Options, chosen on generated syndicated copies of
// Reuters-21578 (near-duplicates) and, for stories, by cross-validation
// over the ECB+ training topics (`annalist train stories --cv 0.15,0.2
// --cv-gate 0.000001,0.2,0.3,0.4,0.5`: at join 0.2, B-cubed F1 in corpus
// order 0.863 without the gate, 0.862, 0.878, 0.870, 0.844 with it;
// shuffled 0.858, 0.857, 0.857, 0.850, 0.842): see README.md.
const (
	DefaultDuplicate = 0.6
	DefaultJoin      = 0.2
	DefaultGate      = 0.3
	DefaultSplit     = 0.3
	DefaultMerge     = 0.3
)

// Index decides, as articles arrive, which are near-copies of stored ones,
// which story each joins, and which of their events are one incident. It
// holds in memory only what those decisions need (sketches, story
// profiles, incidents); Load rebuilds it from stored records. Safe for
// concurrent use.
type Index struct {
	mu  sync.Mutex
	opt Options

	docs     []doc
	byID     map[string]int
	postings map[uint64][]int32 // sketch hash → docs holding it

	stories  []*storyState
	byStory  map[string]int
	terms    map[string][]int32 // feature → stories whose profile holds it
	df       map[uint64]int32   // feature's hash → articles holding it
	ids      map[string]int32   // feature → its number in vectors
	keys     []string           // number → feature
	moves    []Move             // articles whose story changed, not yet taken
	relabels []Relabel          // articles whose incidents changed, not yet taken
	touched  []int              // stories the last revision changed
	near     []int              // the stories the last article could have joined
	articles int                // articles counted in df
}

type doc struct {
	id     string
	sketch Sketch
	story  int
	dupOf  string  // the original, when this is a near-copy
	copies []int32 // the near-copies of it: they go where it goes
	gone   bool    // the store refused it
	// reports are its events that tell of a happening, with their
	// incidents: what deciding a story's incidents again needs.
	reports []report
}

// storyState is one story's profile: the sum of its articles' vectors.
type storyState struct {
	id        string
	features  map[int32]bool // every feature its articles had (interned): what finds it
	size      int
	first     string // earliest and latest publication dates, YYYY-MM-DD
	last      string
	whens     map[string]int // dates the texts are about
	places    map[string]*annalist.Geo
	incidents []*incident
	members   []member // the latest articles, at most maxMembers
	// pairs[i][j], j < i, is the same model's probability that members
	// i and j report one happening: what a story is split by.
	pairs [][]float32
	docs  []int32 // every article's number in Index.docs
}

// maxMembers caps the articles a story compares a newcomer with.
const maxMembers = 30

// NewIndex makes an empty index.
func NewIndex(opt Options) *Index {
	if opt.Duplicate <= 0 {
		opt.Duplicate = DefaultDuplicate
	}
	if opt.Join <= 0 {
		opt.Join = DefaultJoin
	}
	if opt.Gate <= 0 {
		opt.Gate = DefaultGate
	}
	if opt.Merge == 0 {
		opt.Merge = DefaultMerge
	}
	if opt.Split == 0 {
		opt.Split = DefaultSplit
	}
	if opt.Model == nil {
		opt.Model = DefaultJoinModel()
	}
	return &Index{
		opt:      opt,
		byID:     map[string]int{},
		postings: map[uint64][]int32{},
		byStory:  map[string]int{},
		terms:    map[string][]int32{},
		df:       map[uint64]int32{},
		ids:      map[string]int32{},
	}
}

// Len is the number of articles the index holds.
func (x *Index) Len() int {
	x.mu.Lock()
	defer x.mu.Unlock()
	return len(x.docs)
}

// Stories is the number of stories (not those merged into another).
func (x *Index) Stories() int {
	x.mu.Lock()
	defer x.mu.Unlock()
	n := 0
	for _, s := range x.stories {
		if len(s.docs) > 0 {
			n++
		}
	}
	return n
}

// Copies is the number of near-copies among the articles held, after the
// first skip.
func (x *Index) Copies(skip int) int {
	x.mu.Lock()
	defer x.mu.Unlock()
	n := 0
	for _, d := range x.docs[min(skip, len(x.docs)):] {
		if d.dupOf != "" && !d.gone {
			n++
		}
	}
	return n
}

// Assign decides r's DuplicateOf, Story and its events' Incident, and
// remembers r for the articles after it. Ids are those of the first
// article of a story and of the first report of an incident, so the same
// input ingested in the same order gets the same ids.
func (x *Index) Assign(r *annalist.Record) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if i, ok := x.byID[r.ID]; ok && !x.docs[i].gone {
		// The same article again (a batch retried after the store
		// failed): the same decisions.
		d := x.docs[i]
		s := x.stories[d.story]
		r.DuplicateOf, r.Story = d.dupOf, s.id
		setIncidents(r, d.reports)
		return
	}
	sk := NewSketch(r.Text)
	p := newProfile(r)
	x.count(p)
	d := doc{id: r.ID, sketch: sk, story: -1}
	if o := x.original(sk); o >= 0 {
		d.dupOf = x.docs[o].id
		if x.docs[o].dupOf != "" {
			d.dupOf = x.docs[o].dupOf
		}
		d.story = x.docs[o].story
	}
	v := p.vector(x.idf, x.intern)
	var fs factSet
	x.near = x.near[:0]
	if d.dupOf == "" {
		fs = x.factSet(p) // a copy is neither compared nor kept
		d.story = x.best(p, v, fs)
	}
	if d.story < 0 {
		d.story = x.newStory(r.ID)
	}
	s := x.stories[d.story]
	n := int32(len(x.docs))
	if d.dupOf == "" {
		x.addTo(d.story, p, v, fs, n) // a copy adds nothing to the profile
	}
	r.DuplicateOf = d.dupOf
	r.Story = s.id
	d.reports = reportsOf(r)
	s.decide(r.ID, d.reports)
	x.addDoc(d)
	s.docs = append(s.docs, n)
	if d.dupOf == "" {
		x.revise(d.story, n)
		r.Story = x.stories[x.docs[n].story].id
	}
	setIncidents(r, x.docs[n].reports)
}

// Load takes in a record as stored, with its assignments, so that an index
// rebuilt from a store decides the next articles as the first one would
// have.
func (x *Index) Load(r *annalist.Record) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if _, ok := x.byID[r.ID]; ok {
		return
	}
	p := newProfile(r)
	x.count(p)
	story := r.Story
	if story == "" {
		story = r.ID // stored before stories were kept: a story of its own
	}
	si, ok := x.byStory[story]
	if !ok {
		si = x.newStory(story)
	}
	n := int32(len(x.docs))
	if r.DuplicateOf == "" {
		x.addTo(si, p, p.vector(x.idf, x.intern), x.factSet(p), n)
	}
	s := x.stories[si]
	s.docs = append(s.docs, n)
	reps := reportsOf(r)
	for k := range reps {
		rep := &reps[k]
		if rep.incident == "" {
			continue
		}
		var found *incident
		for _, in := range s.incidents {
			if in.id == rep.incident {
				found = in
				break
			}
		}
		if found == nil {
			found = &incident{id: rep.incident, typ: rep.typ, kinds: map[string]bool{}}
			s.incidents = append(s.incidents, found)
		}
		found.add(rep)
	}
	x.addDoc(doc{id: r.ID, sketch: NewSketch(r.Text), story: si, dupOf: r.DuplicateOf, reports: reps})
}

// Forget drops an article the store refused (its id or body was stored
// already), so that no later article is called a copy of it. What it added
// to its story's profile stays: it said the same as what is stored.
func (x *Index) Forget(id string) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if i, ok := x.byID[id]; ok {
		x.docs[i].gone = true
		delete(x.byID, id)
	}
}

func (x *Index) addDoc(d doc) {
	n := int32(len(x.docs))
	x.docs = append(x.docs, d)
	x.byID[d.id] = int(n)
	if d.dupOf != "" {
		if o, ok := x.byID[d.dupOf]; ok {
			x.docs[o].copies = append(x.docs[o].copies, n)
		}
	}
	for _, h := range d.sketch.Mins {
		if len(x.postings[h]) < maxPosting {
			x.postings[h] = append(x.postings[h], n)
		}
	}
}

// maxPosting caps how many articles one shingle points to: a shingle in
// thousands of articles is boilerplate, not evidence of copying.
const maxPosting = 500

// original is the earliest stored article that r's sketch says contains
// it or is contained by it, or -1.
func (x *Index) original(sk Sketch) int {
	if sk.Size < minShingles {
		return -1 // too short to tell a copy from a formula
	}
	shared := map[int32]int{}
	for _, h := range sk.Mins {
		for _, d := range x.postings[h] {
			shared[d]++
		}
	}
	best, bestScore := -1, 0.0
	need := max(2, len(sk.Mins)/8)
	for d, n := range shared {
		if n < need || x.docs[d].gone || x.docs[d].sketch.Size < minShingles {
			continue
		}
		c := sk.Containment(x.docs[d].sketch)
		if c >= x.opt.Duplicate && (c > bestScore || (c == bestScore && int(d) < best)) {
			best, bestScore = int(d), c
		}
	}
	return best
}

// minShingles: below this, articles are formulas ("Shr 30 cts vs 20 cts")
// whose likeness says nothing.
const minShingles = 20

// count adds p's features and specifics to the document frequencies.
func (x *Index) count(p profile) { x.countBy(p, 1) }

func (x *Index) countBy(p profile, n int32) {
	x.articles += int(n)
	for k := range p.counts {
		x.df[featureHash(k)] += n
	}
	for _, k := range p.facts {
		if _, ok := p.counts[k]; !ok {
			x.df[featureHash(k)] += n
		}
	}
}

// featureHash keys the document frequencies: there are millions of word
// pairs, and a hash is smaller than the pair.
func featureHash(k string) uint64 {
	h := uint64(14695981039346656037) // FNV-1a, inline: no allocation
	for i := 0; i < len(k); i++ {
		h ^= uint64(k[i])
		h *= 1099511628211
	}
	return h
}

func (x *Index) intern(k string) int32 {
	id, ok := x.ids[k]
	if !ok {
		id = int32(len(x.ids))
		x.ids[k] = id
		x.keys = append(x.keys, k)
	}
	return id
}

// idf is the inverse document frequency of a feature over the articles
// seen so far, smoothed.
func (x *Index) idf(k string) float64 {
	return math.Log(float64(x.articles+1)/float64(x.df[featureHash(k)]+1)) + 1
}

// best is the story r's profile fits best, or -1 when none fits well
// enough: the join model's probability is under the join threshold, or
// the gate says the article is the first report of another happening of
// the story's kind.
func (x *Index) best(p profile, v vector, fs factSet) int {
	best, bestFit := -1, fit{score: x.opt.Join}
	x.near = x.near[:0]
	for _, s := range x.candidates(v) {
		if sumsConflict(p.sums, x.stories[s].members) {
			continue
		}
		// Every story the article could join is weighed in full: they
		// are what revise may merge.
		f := x.score(x.stories[s], p, v, fs, x.opt.Join)
		if f.score > x.opt.Join {
			x.near = append(x.near, int(s))
		}
		if f.score > bestFit.score || (f.score == bestFit.score && best >= 0 && int(s) < best) {
			best, bestFit = int(s), f
		}
	}
	if best < 0 {
		return -1
	}
	g := gateLikeness(bestFit, v, fs, x.stories[best])
	if x.opt.Explain != nil {
		x.opt.Explain(x.stories[best].id, g)
	}
	if x.opt.Model.gate(g) < x.opt.Gate {
		return -1
	}
	return best
}

// candidates are the stories worth comparing with an article of vector v:
// those that share a feature that is not too common; only the few sharing
// the most are compared in full, which bounds the work however large the
// store.
func (x *Index) candidates(v vector) []int32 {
	shared := map[int32]float64{}
	// (A floor, so that a young index still finds its stories by
	// their names.)
	common := max(x.articles/20, minCommon)
	for i, k := range v.keys {
		if i >= 30 {
			break
		}
		if int(x.df[featureHash(k)]) > common {
			continue
		}
		// The latest stories that have the feature: news follows news.
		post := x.terms[k]
		for _, s := range post[max(0, len(post)-maxScan):] {
			shared[s] += 1 / float64(i+1)
		}
	}
	cand := make([]int32, 0, len(shared))
	for s := range shared {
		cand = append(cand, s)
	}
	slices.SortFunc(cand, func(a, b int32) int {
		if shared[a] != shared[b] {
			if shared[a] > shared[b] {
				return -1
			}
			return 1
		}
		return int(a - b)
	})
	return cand[:min(maxCandidates, len(cand))]
}

// maxCandidates is how many stories a newcomer is compared with in full,
// and maxScan how many stories, the latest, are looked at per feature.
const (
	maxCandidates = 20
	maxScan       = 200
	minCommon     = 100
)

func (x *Index) newStory(id string) int {
	x.stories = append(x.stories, &storyState{
		id:       id,
		features: map[int32]bool{},
		whens:    map[string]int{},
		places:   map[string]*annalist.Geo{},
	})
	x.byStory[id] = len(x.stories) - 1
	return len(x.stories) - 1
}

func (x *Index) addTo(si int, p profile, v vector, fs factSet, n int32) {
	// A member is compared by its interned features alone.
	x.addMember(si, member{vector: vector{ids: v.ids, vals: v.vals}, facts: fs, place: p.place, locals: p.locals, doc: n, date: p.date, when: p.when, sums: p.sums})
}

func (x *Index) addMember(si int, m member) {
	s := x.stories[si]
	for _, id := range m.ids {
		if !s.features[id] {
			s.features[id] = true
			k := x.keys[id]
			x.terms[k] = append(x.terms[k], int32(si))
		}
	}
	if len(s.members) >= maxMembers {
		s.dropMember(0)
	}
	row := make([]float32, len(s.members))
	buf := make([]float64, 0, len(PairFeatures))
	for i := range s.members {
		row[i] = float32(x.opt.Model.same(pairLikeness(buf[:0], m.dot(s.members[i].vector), m.place, m.locals, m.facts, &s.members[i])))
	}
	s.members = append(s.members, m)
	s.pairs = append(s.pairs, row)
	s.size++
	if m.date != "" {
		if s.first == "" || m.date < s.first {
			s.first = m.date
		}
		if m.date > s.last {
			s.last = m.date
		}
	}
	if m.when != "" {
		s.whens[m.when]++
	}
	if m.place != nil {
		s.places[geoKey(m.place, "")] = m.place
	}
}

// dropMember forgets member i of s and its pairs.
func (s *storyState) dropMember(i int) {
	s.members = slices.Delete(s.members, i, i+1)
	s.pairs = slices.Delete(s.pairs, i, i+1)
	for j := i; j < len(s.pairs); j++ {
		s.pairs[j] = slices.Delete(s.pairs[j], i, i+1)
	}
}

// pair is the cached probability that members i and j of s report one
// happening.
func (s *storyState) pair(i, j int) float64 {
	if i < j {
		i, j = j, i
	}
	return float64(s.pairs[i][j])
}

// features are what the join model weighs of an article (profile p,
// vector v, specifics fs) and story s: the likeness of its words to the
// story's (see KindFeatures), returned, and its likeness to each of the
// story's latest articles (see PairFeatures), given to each in turn in one
// reused slice, so that assigning allocates nothing per pair; each is not
// called at all when kindOK says no to the kind features.
func (x *Index) features(s *storyState, p profile, v vector, fs factSet, kindOK func(kind []float64) bool, each func(pair []float64)) (kind []float64) {
	// Average link: the mean likeness to the story's latest articles,
	// which holds a story together better than its single closest
	// article (which chains) or its centroid (which blurs); the closest
	// is weighed too.
	var avg, most float64
	dots := make([]float64, len(s.members))
	for i := range s.members {
		dots[i] = v.dot(s.members[i].vector)
		avg += dots[i]
		most = max(most, dots[i])
	}
	kind = []float64{1, avg / float64(max(1, len(s.members))), most}
	if !kindOK(kind) {
		return kind
	}
	buf := make([]float64, 0, len(PairFeatures))
	for i := range s.members {
		each(pairLikeness(buf[:0], dots[i], p.place, p.locals, fs, &s.members[i]))
	}
	return kind
}

// fit is how well an article fits a story: the probability the join
// model gives that it reports the story's happening (score), lowered for
// dates far apart, and its parts: the kind model's probability, the mean
// and the largest of the same model's over the story's latest articles.
type fit struct{ score, kind, same, most float64 }

// score is how well an article fits story s; its score is 0 when it
// cannot be above bound, which the kind model and the dates alone can tell
// (the same model's mean is below 1), and the pairs are not weighed.
func (x *Index) score(s *storyState, p profile, v vector, fs factSet, bound float64) fit {
	if len(s.members) == 0 {
		return fit{}
	}
	m := x.opt.Model
	decay := s.timeDecay(p)
	var f fit
	x.features(s, p, v, fs,
		func(kind []float64) bool { f.kind = m.kind(kind); return f.kind*decay > bound },
		func(pair []float64) {
			sp := m.same(pair)
			f.same += sp
			f.most = max(f.most, sp)
		})
	f.same /= float64(len(s.members))
	f.score = f.kind * f.same * decay
	return f
}

// pairLikeness appends to f the likenesses of an article and one of a
// story's articles that tell two happenings of one kind apart; see
// PairFeatures.
func pairLikeness(f []float64, cos float64, place *annalist.Geo, locals []*annalist.Geo, fs factSet, m *member) []float64 {
	f = append(f, 1, cos)
	f = append(f, flag(place != nil && m.place != nil && !placesAgree(place, m.place)))
	f = append(f, flag(localsApart(locals, m.locals)))
	sh := fs.compare(m.facts)
	for k := range sh.jaccard {
		f = append(f, sh.jaccard[k], sh.conflict[k], sh.mine[k], sh.theirs[k])
	}
	return f
}

// member is what a story keeps of one of its latest articles.
type member struct {
	vector // by its interned features alone
	facts  factSet
	place  *annalist.Geo // its most named town or region, or nil
	locals []*annalist.Geo
	doc    int32  // its number in Index.docs
	date   string // its publication date and the date it is most about
	when   string
	sums   []count.Sum // the sums of money and quake magnitudes it names
}

func flag(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// kindOf is the index in factKinds of a specific's kind.
func kindOf(k string) int {
	for i, p := range factKinds {
		if len(k) >= len(p) && k[:len(p)] == p {
			return i
		}
	}
	panic("story: specific of no kind: " + k)
}

// timeDecay lowers the odds of a story whose publication dates lie far
// from the article's (the same kind of news, later), or that is about
// other days than the article. ECB+ has no publication dates and few
// dates the texts resolve, so these are not learnt: they are the factors
// the stories had before the join model.
func (s *storyState) timeDecay(p profile) float64 {
	d := gapDecay(p.date, p.date, s.first, s.last)
	if p.when != "" && len(s.whens) > 0 && s.whens[p.when] == 0 && !s.dateAgrees(p.when) {
		d *= 0.6
	}
	return d
}

// gapDecay is the factor for publication dates, from first to last,
// of one story or article, and another's, from first2 to last2: 1 when
// either has none or they lie within a few days of each other, lower the
// further apart they are.
func gapDecay(first, last, first2, last2 string) float64 {
	if first == "" || first2 == "" {
		return 1
	}
	var gap int
	switch {
	case last < first2:
		gap = daysBetween(last, first2)
	case last2 < first:
		gap = daysBetween(last2, first)
	default:
		return 1 // they overlap
	}
	if gap <= 3 {
		return 1
	}
	return math.Exp(-float64(gap-3) / decayDays)
}

// decayDays is the scale of gapDecay: a report a week after a story's
// last keeps two thirds of its odds, three weeks after a sixth. Reports
// of one happening seldom fall silent for weeks, while two happenings of
// one kind in one place (two fires in a city, two strikes at a port) are
// often weeks apart and share all but a street or a figure. (30 until
// stories11; invented dated sets with such pairs 13 to 35 days apart:
// stories-fresh10 F1 0.939 → 0.979, stories-fresh11 0.793 → 0.900 with
// merges weighing it too; ECB+ has no publication dates.)
const decayDays = 10

// localsApart reports whether two articles both name towns or regions and
// none of one's can be where any of the other's is: the same kind of
// happening elsewhere in the country (a fire in Surrey, one in Somerset),
// which the most named place alone misses when one report names a street
// and the other the town.
func localsApart(a, b []*annalist.Geo) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, g := range a {
		for _, h := range b {
			if placesAgree(g, h) {
				return false
			}
		}
	}
	return true
}

func (s *storyState) dateAgrees(v string) bool {
	for w := range s.whens {
		if datesAgree(v, w, 2) {
			return true
		}
	}
	return false
}

func (s *storyState) placeAgrees(g *annalist.Geo) bool {
	for _, h := range s.places {
		if placesAgree(g, h) {
			return true
		}
	}
	return false
}

// datesAgree reports whether two TIMEX3 date values can name the same
// happening: one holds the other ("2022-01" and "2022-01-05"), or they are
// days at most slack apart.
func datesAgree(a, b string, slack int) bool {
	if a == "" || b == "" {
		return true
	}
	n := min(len(a), len(b), 10)
	if a[:n] == b[:n] {
		return true
	}
	if len(a) >= 10 && len(b) >= 10 {
		d := daysBetween(a[:10], b[:10])
		return d >= 0 && d <= slack
	}
	return false
}

// placesAgree reports whether two places can be where one happening was:
// the same place, or within a distance that suits their kind.
func placesAgree(a, b *annalist.Geo) bool {
	if a.GeonamesID != 0 && a.GeonamesID == b.GeonamesID {
		return true
	}
	if a.Country != "" && b.Country != "" && a.Country != b.Country {
		return false
	}
	if a.Kind == annalist.GeoCountry || b.Kind == annalist.GeoCountry {
		return true // a country holds its towns
	}
	if (a.Kind == annalist.GeoAdmin1 || b.Kind == annalist.GeoAdmin1) && (a.Admin1 == "" || b.Admin1 == "" || a.Admin1 == b.Admin1) {
		return true
	}
	return gazetteer.Distance(a.Lat, a.Lon, b.Lat, b.Lon) <= 50
}

// daysBetween is |a−b| in days for YYYY-MM-DD dates, or -1 when either is
// not one.
func daysBetween(a, b string) int {
	ta, err1 := time.Parse("2006-01-02", a)
	tb, err2 := time.Parse("2006-01-02", b)
	if err1 != nil || err2 != nil {
		return -1
	}
	d := ta.Sub(tb).Hours() / 24
	return int(math.Abs(d))
}
