package story

import "slices"

// Move is an article whose story changed after it was assigned: a story
// that had taken in reports of two happenings was split, or two stories
// of one happening were merged.
type Move struct{ ID, Story string }

// TakeMoves returns the articles whose story changed since the last call,
// in the order they changed, and forgets them.
func (x *Index) TakeMoves() []Move {
	x.mu.Lock()
	defer x.mu.Unlock()
	m := x.moves
	x.moves = nil
	return m
}

// Relabel is an article whose events' incidents changed after it was
// assigned: its story's incidents were decided again when articles moved
// into or out of it. Incidents[i] is the incident of its event i ("" for
// none); events after the last keep theirs.
type Relabel struct {
	ID        string
	Incidents []string
}

// TakeRelabels returns the articles whose incidents changed since the
// last call, in the order they changed, and forgets them.
func (x *Index) TakeRelabels() []Relabel {
	x.mu.Lock()
	defer x.mu.Unlock()
	r := x.relabels
	x.relabels = nil
	return r
}

// IncidentsOf is the incident of each event of the article with this id
// now, as Relabel gives them, or nil.
func (x *Index) IncidentsOf(id string) []string {
	x.mu.Lock()
	defer x.mu.Unlock()
	i, ok := x.byID[id]
	if !ok {
		return nil
	}
	return incidentList(x.docs[i].reports)
}

// incidentList is reps' incidents by event number.
func incidentList(reps []report) []string {
	if len(reps) == 0 {
		return nil
	}
	out := make([]string, reps[len(reps)-1].event+1)
	for _, rep := range reps {
		out[rep.event] = rep.incident
	}
	return out
}

// StoryOf is the story of the article with this id now, or "".
func (x *Index) StoryOf(id string) string {
	x.mu.Lock()
	defer x.mu.Unlock()
	i, ok := x.byID[id]
	if !ok || x.docs[i].story < 0 {
		return ""
	}
	return x.stories[x.docs[i].story].id
}

// revise looks again at story si after article n joined it: when its
// latest articles fall into groups that the same model says report
// different happenings (average link of their pairs under Options.Split),
// the groups without the story's oldest member become stories of their
// own. The first report of a second happening of one kind often joins the
// first happening's story, and its mates follow; their pairs tell them
// apart once there are a few.
func (x *Index) revise(si int, n int32) {
	x.touched = x.touched[:0]
	x.split(si, n)
	x.merge(n)
	x.redecide(n)
}

// redecide decides again, in the order their articles arrived, the
// incidents of the stories the revision changed, so that no incident
// spans two stories; the articles whose incidents change, but for n (whose
// record is in hand), are reported (TakeRelabels). An incident keeps the
// name of its first report, so the same input in the same order gets the
// same ids.
func (x *Index) redecide(n int32) {
	slices.Sort(x.touched)
	for _, si := range slices.Compact(x.touched) {
		s := x.stories[si]
		s.incidents = nil
		docs := slices.Clone(s.docs)
		slices.Sort(docs)
		for _, d := range docs {
			dd := &x.docs[d]
			if dd.gone || len(dd.reports) == 0 {
				continue
			}
			if s.decide(dd.id, dd.reports) && d != n {
				x.relabels = append(x.relabels, Relabel{ID: dd.id, Incidents: incidentList(dd.reports)})
			}
		}
	}
}

// merge joins the story of article n with each other story n could have
// joined (Index.near) whose latest articles the join model says report
// one happening with its own (crossLink, lowered for publication dates
// far apart as a join is, at least Options.Merge): a happening whose
// first reports started two stories. The younger story moves into the
// older. Without the dates, an undated report that could join two
// stories of one kind weeks apart would merge them.
func (x *Index) merge(n int32) {
	if x.opt.Merge <= 0 {
		return
	}
	for _, t := range x.near {
		a := x.docs[n].story
		if t == a {
			continue
		}
		sa, st := x.stories[a], x.stories[t]
		if len(sa.members) < minGroup || len(st.members) < minGroup {
			continue
		}
		la, lt := latest(sa.members), latest(st.members)
		if x.crossLink(sa, st)*gapDecay(sa.first, sa.last, st.first, st.last) < x.opt.Merge || conflicting(la, lt) || coreless(la) || coreless(lt) {
			continue
		}
		from, to := max(a, t), min(a, t)
		x.moveAll(from, to, n)
	}
}

// crossLink is how alike two stories' latest articles (at most
// mergeMembers each) are by the join model: for each of a's, its score
// against b's (the kind model's probability times the same model's mean
// probability, as when it arrives), averaged. The same model is trained
// on reports of one kind only, so alone it would merge two stories of
// different kinds that one ambiguous article could join.
func (x *Index) crossLink(a, b *storyState) float64 {
	buf := make([]float64, 0, len(PairFeatures))
	lb := b.members[max(0, len(b.members)-mergeMembers):]
	la := a.members[max(0, len(a.members)-mergeMembers):]
	var sum float64
	for i := range la {
		m := &la[i]
		var avg, most, same float64
		for j := range lb {
			d := m.dot(lb[j].vector)
			avg += d
			most = max(most, d)
			same += x.opt.Model.same(pairLikeness(buf[:0], d, m.place, m.locals, m.facts, &lb[j]))
		}
		n := float64(max(1, len(lb)))
		sum += x.opt.Model.kind([]float64{1, avg / n, most}) * same / n
	}
	return sum / float64(max(1, len(la)))
}

// conflicting reports whether two groups of articles tell of different
// happenings by their specifics: for some kind (a person, a year, a day)
// each group's core (see core) holds one that no article of the other
// names. The join model weighs specifics pair by pair, where one report's
// silence hides a conflict; a group's core is what its reports agree on:
// "Klitschko beats Rahman" against "Klitschko beats Thompson".
func conflicting(a, b []member) bool {
	if sumsApart(a, b) {
		return true
	}
	ca, cb := core(a), core(b)
	for _, k := range conflictKinds {
		if novel(ca[k], b) && novel(cb[k], a) {
			return true
		}
	}
	return false
}

// novel reports whether one of specifics ids is named by none of ms.
func novel(ids map[int32]bool, ms []member) bool {
	for id := range ids {
		if !names(ms, id) {
			return true
		}
	}
	return false
}

// conflictKinds are the kinds of specific of which a happening has one or
// a few: its people, its year and its day. Names of organisations, places
// and numbers recur across happenings of one kind (a league, a country, a
// death toll in one report and another later) and were no help on ECB+'s
// training topics.
var conflictKinds = []int{kindPerson, kindYear, kindDay}

// core is, by kind, the specifics that at least half of ms, and two or
// more, name.
func core(ms []member) [kinds]map[int32]bool {
	var n [kinds]map[int32]int
	for i := range ms {
		fs := &ms[i].facts
		for j, id := range fs.ids {
			k := fs.kinds[j]
			if n[k] == nil {
				n[k] = map[int32]int{}
			}
			n[k][id]++
		}
	}
	var out [kinds]map[int32]bool
	half := max(2, (len(ms)+1)/2)
	for k := range n {
		for id, c := range n[k] {
			if c >= half {
				if out[k] == nil {
					out[k] = map[int32]bool{}
				}
				out[k][id] = true
			}
		}
	}
	return out
}

// names reports whether any of ms names specific id.
func names(ms []member, id int32) bool {
	for i := range ms {
		if ms[i].facts.has(id) {
			return true
		}
	}
	return false
}

// latest is the latest mergeMembers of ms.
func latest(ms []member) []member { return ms[max(0, len(ms)-mergeMembers):] }

// corelessMembers is the fewest articles a story is judged coreless by:
// a few reports of one happening often name nothing in common (3 cost
// recall on ECB+'s training topics, 5 and 10 none).
const corelessMembers = 5

// mergeMembers caps the articles of each story that a merge compares.
const mergeMembers = 10

// moveAll moves every article of story from into story to; article n,
// whose arrival led to it, is not reported as moved.
func (x *Index) moveAll(from, to int, n int32) {
	f, t := x.stories[from], x.stories[to]
	x.touched = append(x.touched, from, to)
	for _, m := range f.members {
		x.addMember(to, m)
		t.size--
	}
	t.size += f.size
	for _, d := range f.docs {
		x.docs[d].story = to
		t.docs = append(t.docs, d)
		if d != n {
			x.moves = append(x.moves, Move{ID: x.docs[d].id, Story: t.id})
		}
	}
	f.members, f.pairs, f.docs, f.size = nil, nil, nil, 0
}

// split splits story si in groups of articles that the same model says
// report different happenings (see revise).
func (x *Index) split(si int, n int32) {
	s := x.stories[si]
	if x.opt.Split <= 0 || len(s.members) < 2*minGroup {
		return
	}
	// Clustered down to two groups at most: two that the model would
	// join are still split when their specifics conflict.
	groups := averageLink(len(s.members), s.pair, x.opt.Split, 2)
	if len(groups) < 2 || len(groups) == 2 && groupLink(groups[0], groups[1], s.pair) >= x.opt.Split &&
		!conflicting(s.pick(groups[0]), s.pick(groups[1])) {
		// The model's groups are one happening, or mix two: the
		// articles' sums may still tell two apart.
		if groups = rivals(s.members); groups == nil {
			return
		}
	}
	// The group of the oldest member keeps the story.
	var out [][]int
	for _, g := range groups {
		if !slices.Contains(g, 0) && len(g) >= minGroup {
			out = append(out, g)
		}
	}
	groupMembers := make([][]member, len(out))
	var drop []int
	for k, g := range out {
		for _, m := range g {
			groupMembers[k] = append(groupMembers[k], s.members[m])
		}
		drop = append(drop, g...)
	}
	// Dropped from the last, so that the indices hold.
	slices.Sort(drop)
	for i := len(drop) - 1; i >= 0; i-- {
		s.dropMember(drop[i])
	}
	for _, ms := range groupMembers {
		ti := -1
		for _, m := range ms {
			if ti < 0 {
				id := x.docs[m.doc].id
				if _, taken := x.byStory[id]; taken {
					continue
				}
				ti = x.newStory(id)
			}
		}
		if ti < 0 {
			// Every member names a story already: put them back.
			for _, m := range ms {
				x.addMember(si, m)
				s.size--
			}
			continue
		}
		x.touched = append(x.touched, si, ti)
		for _, m := range ms {
			x.addMember(ti, m)
			s.size--
			x.moveDoc(m.doc, si, ti, n)
		}
	}
}

// pick is the members of s numbered g.
func (s *storyState) pick(g []int) []member {
	ms := make([]member, len(g))
	for i, m := range g {
		ms[i] = s.members[m]
	}
	return ms
}

// minGroup is the fewest articles split off a story: one article alone
// is as likely an odd report of the story's happening.
const minGroup = 2

// averageLink clusters n items by average link over sim, merging while
// more than k clusters are left and the best pair of them is at least
// min alike; clusters are the
// items' numbers, ascending, the clusters in the order of their first.
func averageLink(n int, sim func(i, j int) float64, min float64, k int) [][]int {
	cs := make([][]int, n)
	for i := range cs {
		cs[i] = []int{i}
	}
	for len(cs) > k {
		bi, bj, best := -1, -1, min
		for i := range cs {
			for j := i + 1; j < len(cs); j++ {
				if avg := groupLink(cs[i], cs[j], sim); avg >= best {
					if bi < 0 || avg > best {
						bi, bj, best = i, j, avg
					}
				}
			}
		}
		if bi < 0 {
			break
		}
		cs[bi] = append(cs[bi], cs[bj]...)
		slices.Sort(cs[bi])
		cs = slices.Delete(cs, bj, bj+1)
	}
	return cs
}

// groupLink is the average of sim over the pairs of items of a and b.
func groupLink(a, b []int, sim func(i, j int) float64) float64 {
	var sum float64
	for _, i := range a {
		for _, j := range b {
			sum += sim(i, j)
		}
	}
	return sum / float64(len(a)*len(b))
}

// coreless reports whether a story's latest articles (ms), at least
// corelessMembers of them, agree on no name, person or place: a catch-all
// of routine reports (one company's dividend, another's earnings) that
// the words of the kind hold together, not a happening, so merging it
// only grows it.
func coreless(ms []member) bool {
	if len(ms) < corelessMembers {
		return false
	}
	c := core(ms)
	return len(c[kindName]) == 0 && len(c[kindPerson]) == 0 && len(c[kindPlace]) == 0
}

// moveDoc moves article d, and its near-copies that are still in story
// from, from story from to story to; article n, whose arrival led to it,
// is not reported as moved. A copy is never a member of its story (it
// adds nothing to it), so without this it would stay behind, in a story
// of another happening, when its original is split off.
func (x *Index) moveDoc(d int32, from, to int, n int32) {
	f, t := x.stories[from], x.stories[to]
	for _, c := range append([]int32{d}, x.docs[d].copies...) {
		if c != d && x.docs[c].story != from {
			continue
		}
		f.docs = slices.DeleteFunc(f.docs, func(e int32) bool { return e == c })
		t.docs = append(t.docs, c)
		x.docs[c].story = to
		if c != n {
			x.moves = append(x.moves, Move{ID: x.docs[c].id, Story: t.id})
		}
	}
}
