package syntax

import (
	"math/rand/v2"
	"slices"
)

// The parser is arc-hybrid (Kuhlmann et al. 2011) with the root at the end
// of the buffer, labelled with UD relations, scored by an averaged
// perceptron and trained with Goldberg and Nivre's (2013) dynamic oracle:
// from the first epoch on it also learns from the configurations its own
// mistakes lead to. Non-projective training trees are projectivised first
// (lifting). Parsing takes 2n transitions, so any sentence ends in linear
// time.

// DepParser holds the relation labels and transition weights.
type DepParser struct {
	Labels []string // sorted UD relations; index 0 is "root"
	w      *weights
}

// Transitions: 0 shift; 1+2l left-arc with label l; 2+2l right-arc.
const shift = 0

func leftArc(l int) int  { return 1 + 2*l }
func rightArc(l int) int { return 2 + 2*l }

// sentIn is the parser's input: hashed words, tags and lemmas.
type sentIn struct {
	word, tag, lemma []uint64 // len n+1: the root is at n
}

func newSentIn(ws []wordInfo, tags []int, lemmas []string) sentIn {
	var s sentIn
	s.fill(len(ws), func(i int) uint64 { return ws[i].lower }, tags, func(i int) uint64 { return hashString(lemmas[i]) })
	return s
}

// fill sets s to the n words' hashes, reusing its slices: lower gives a
// word's lower-cased form's hash, lemma its lemma's.
func (s *sentIn) fill(n int, lower func(int) uint64, tags []int, lemma func(int) uint64) {
	grow := func(a []uint64) []uint64 { return slices.Grow(a[:0], n+1)[:n+1] }
	s.word, s.tag, s.lemma = grow(s.word), grow(s.tag), grow(s.lemma)
	for i := range n {
		s.word[i] = lower(i)
		s.tag[i] = uint64(tags[i]) + 2
		s.lemma[i] = lemma(i)
	}
	s.word[n], s.tag[n], s.lemma[n] = rootHash, 1, rootHash
}

var rootHash = hashString("<root>")

// state is a parser configuration.
type state struct {
	n          int
	stack      []int
	b          int // buffer is b..n, n the root
	head, rel  []int
	lc1, lc2   []int // leftmost children
	rc1, rc2   []int // rightmost children
	lval, rval []int
	lset, rset []uint64
	// bufScores are the scores of the features in bufferFeatures for
	// the buffer at bufAt, -1 for none yet.
	bufScores []int32
	bufAt     int
	grp       []uint64
}

func newState(n int) *state {
	s := &state{n: n}
	s.reset(n)
	return s
}

func (s *state) reset(n int) {
	s.n, s.b, s.stack, s.bufAt = n, 0, s.stack[:0], -1
	grow := func(a []int) []int {
		a = slices.Grow(a[:0], n+1)[:n+1]
		for i := range a {
			a[i] = -1
		}
		return a
	}
	s.head, s.rel = grow(s.head), grow(s.rel)
	s.lc1, s.lc2, s.rc1, s.rc2 = grow(s.lc1), grow(s.lc2), grow(s.rc1), grow(s.rc2)
	s.lval, s.rval = grow(s.lval), grow(s.rval)
	for i := range s.lval {
		s.lval[i], s.rval[i] = 0, 0
	}
	s.lset = slices.Grow(s.lset[:0], n+1)[:n+1]
	s.rset = slices.Grow(s.rset[:0], n+1)[:n+1]
	clear(s.lset)
	clear(s.rset)
}

func (s *state) done() bool { return len(s.stack) == 0 && s.b == s.n }

func (s *state) valid(t int) bool {
	switch {
	case t == shift:
		return s.b < s.n
	case t&1 == 1: // left arc: root only onto the root, when one word is left
		if len(s.stack) == 0 {
			return false
		}
		if s.b == s.n {
			return len(s.stack) == 1 && t == leftArc(0)
		}
		return t != leftArc(0)
	default:
		return len(s.stack) >= 2 && t != rightArc(0)
	}
}

func (s *state) apply(t int) {
	if t == shift {
		s.stack = append(s.stack, s.b)
		s.b++
		return
	}
	d := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	l := (t - 1) / 2
	h := s.b
	if t&1 == 0 {
		h = s.stack[len(s.stack)-1]
	}
	s.head[d], s.rel[d] = h, l
	if d < h {
		if s.lc1[h] < 0 || d < s.lc1[h] {
			s.lc2[h], s.lc1[h] = s.lc1[h], d
		} else if s.lc2[h] < 0 || d < s.lc2[h] {
			s.lc2[h] = d
		}
		s.lval[h]++
		s.lset[h] |= 1 << (uint(l) & 63)
	} else {
		if s.rc1[h] < 0 || d > s.rc1[h] {
			s.rc2[h], s.rc1[h] = s.rc1[h], d
		} else if s.rc2[h] < 0 || d > s.rc2[h] {
			s.rc2[h] = d
		}
		s.rval[h]++
		s.rset[h] |= 1 << (uint(l) & 63)
	}
}

func bucket(d int) uint64 {
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 7:
		return 5
	case d <= 12:
		return 6
	}
	return 7
}

// bufferFeature marks the features (by their place in features' list)
// that read only the first three words of the buffer, or nothing (the
// bias): a transition that shifts no word leaves them as they were.
var bufferFeature = func() (b [84]bool) {
	for _, i := range []int{0, 7, 8, 9, 10, 11, 12, 13, 14, 17, 26, 27} {
		b[i] = true
	}
	return b
}()

// features appends the configuration's features.
func (s *state) features(fs []uint64, in sentIn) []uint64 {
	st := func(k int) int {
		if k < len(s.stack) {
			return s.stack[len(s.stack)-1-k]
		}
		return -1
	}
	bu := func(k int) int {
		if s.b+k <= s.n {
			return s.b + k
		}
		return -1
	}
	w := func(i int) uint64 {
		if i < 0 {
			return null
		}
		return in.word[i]
	}
	t := func(i int) uint64 {
		if i < 0 {
			return 0
		}
		return in.tag[i]
	}
	lem := func(i int) uint64 {
		if i < 0 {
			return null
		}
		return in.lemma[i]
	}
	lab := func(i int) uint64 {
		if i < 0 {
			return 0
		}
		return uint64(s.rel[i] + 1)
	}
	ch := func(a []int, i int) int {
		if i < 0 {
			return -1
		}
		return a[i]
	}
	s0, s1, s2, b0, b1, b2 := st(0), st(1), st(2), bu(0), bu(1), bu(2)
	s0w, s0t, s1w, s1t, b0w, b0t := w(s0), t(s0), w(s1), t(s1), w(b0), t(b0)
	b1t, b2t := t(b1), t(b2)
	s0l1, s0l2, s0r1, s0r2 := ch(s.lc1, s0), ch(s.lc2, s0), ch(s.rc1, s0), ch(s.rc2, s0)
	s1l1, s1r1, b0l1, b0l2 := ch(s.lc1, s1), ch(s.rc1, s1), ch(s.lc1, b0), ch(s.lc2, b0)
	s0wt, b0wt := mix(s0w, s0t), mix(b0w, b0t)
	d := uint64(0)
	if s0 >= 0 && b0 >= 0 {
		d = bucket(b0 - s0)
	}
	d2 := uint64(0)
	if s1 >= 0 {
		d2 = bucket(s0 - s1)
	}
	var s0lv, s0rv, b0lv, s1rv uint64
	var s0ls, s0rs, b0ls uint64
	if s0 >= 0 {
		s0lv, s0rv, s0ls, s0rs = uint64(s.lval[s0]), uint64(s.rval[s0]), s.lset[s0], s.rset[s0]
	}
	if b0 >= 0 {
		b0lv, b0ls = uint64(s.lval[b0]), s.lset[b0]
	}
	if s1 >= 0 {
		s1rv = uint64(s.rval[s1])
	}
	fs = append(fs,
		f1(101, 1),
		f1(1, s0w), f1(2, s0t), f1(3, s0wt), f1(4, s1w), f1(5, s1t), f2(6, s1w, s1t),
		f1(7, b0w), f1(8, b0t), f1(9, b0wt), f1(10, w(b1)), f1(11, b1t), f2(12, w(b1), b1t),
		f1(13, w(b2)), f1(14, b2t), f1(15, t(s2)),
		f1(16, lem(s0)), f1(17, lem(b0)), f1(18, lem(s1)),
		f2(19, s0wt, b0wt), f2(20, s0wt, b0w), f2(21, s0w, b0wt), f2(22, s0wt, b0t), f2(23, s0t, b0wt),
		f2(24, s0w, b0w), f2(25, s0t, b0t), f2(26, b0t, b1t),
		f3(27, b0t, b1t, b2t), f3(28, s0t, b0t, b1t), f3(29, s1t, s0t, b0t), f3(30, s0t, t(s0l1), b0t),
		f3(31, s0t, t(s0r1), b0t), f3(32, s0t, b0t, t(b0l1)), f3(33, s0t, t(b0l1), t(b0l2)), f3(34, s1t, s0t, t(s0r1)),
		f3(35, s1t, t(s1r1), s0t), f3(36, s1t, t(s1l1), s0t), f3(37, t(s2), s1t, s0t), f3(38, s0t, t(s0l1), t(s0l2)),
		f3(39, s0t, t(s0r1), t(s0r2)), f3(40, s1t, s0t, b1t),
		f2(41, s0w, d), f2(42, s0t, d), f2(43, b0w, d), f2(44, b0t, d), f3(45, s0t, b0t, d), f3(46, s1t, s0t, d2),
		f2(47, s0w, s0rv), f2(48, s0t, s0rv), f2(49, s0w, s0lv), f2(50, s0t, s0lv), f2(51, b0w, b0lv), f2(52, b0t, b0lv),
		f2(53, s1t, s1rv),
		f1(54, w(s0l1)), f1(55, t(s0l1)), f1(56, lab(s0l1)), f1(57, w(s0r1)), f1(58, t(s0r1)), f1(59, lab(s0r1)),
		f1(60, w(b0l1)), f1(61, t(b0l1)), f1(62, lab(b0l1)), f1(63, lab(s1r1)), f1(64, lab(s0l2)), f1(65, lab(s0r2)),
		f1(66, lab(b0l2)), f1(67, lab(s1l1)),
		f2(68, s0w, s0rs), f2(69, s0t, s0rs), f2(70, s0w, s0ls), f2(71, s0t, s0ls), f2(72, b0w, b0ls), f2(73, b0t, b0ls),
		f2(74, lem(s0), lem(b0)), f2(75, lem(s1), lem(s0)), f2(76, lem(s0), b0t), f2(77, s0t, lem(b0)),
		f2(78, s1w, s0w), f2(79, s1t, s0t), f3(80, s1t, s0t, lab(s0l1)), f3(81, s0t, lab(s0l1), lab(s0r1)),
		f3(82, b0t, lab(b0l1), lab(b0l2)), f3(83, s1t, lab(s1r1), s0t),
	)
	return fs
}

// costs returns the dynamic oracle's cost of shift, of a left arc and of a
// right arc (unlabelled): how many gold arcs each makes unreachable. gh
// holds gold heads (n for the root).
func (s *state) costs(gh []int) (sh, la, ra int) {
	n := len(s.stack)
	if s.b < s.n {
		b := s.b
		for k, x := range s.stack {
			if gh[x] == b || (gh[b] == x && k < n-1) {
				sh++
			}
		}
	}
	if n == 0 {
		return sh, 0, 0
	}
	s0 := s.stack[n-1]
	deps := 0
	for d := s.b; d < s.n; d++ {
		if gh[d] == s0 {
			deps++
		}
	}
	la, ra = deps, deps
	if gh[s0] != s.b && (gh[s0] > s.b || n >= 2 && gh[s0] == s.stack[n-2]) {
		la++
	}
	if gh[s0] >= s.b {
		ra++
	}
	return sh, la, ra
}

func (p *DepParser) nclass() int { return 1 + 2*len(p.Labels) }

// parse fills heads (-1 root) and relation indices for a sentence.
func (p *DepParser) parse(in sentIn, st *state, fs []uint64, scores []int32) []uint64 {
	n := len(in.word) - 1
	st.reset(n)
	for !st.done() {
		// Where only one transition is valid, it needs no scores: an
		// empty stack can only shift, a last word only take the root.
		if len(st.stack) == 0 {
			st.apply(shift)
			continue
		}
		if st.b == st.n && len(st.stack) == 1 && leftArc(0) < len(scores) {
			st.apply(leftArc(0))
			continue
		}
		fs = st.features(fs[:0], in)
		// The features of the buffer's words alone are the same until
		// the next shift: their scores are kept, and only the others'
		// summed at each transition.
		k := 0
		renew := st.bufAt != st.b
		st.grp = st.grp[:0]
		for i, f := range fs {
			if i < len(bufferFeature) && bufferFeature[i] {
				st.grp = append(st.grp, f)
			} else {
				fs[k] = f
				k++
			}
		}
		fs = fs[:k]
		if renew {
			if len(st.bufScores) != len(scores) {
				st.bufScores = make([]int32, len(scores))
			}
			p.w.score(st.grp, st.bufScores)
			st.bufAt = st.b
		}
		p.w.score(fs, scores)
		for c, x := range st.bufScores[:len(scores)] {
			scores[c] += x
		}
		best := -1
		for c := range scores {
			if (best < 0 || scores[c] > scores[best]) && st.valid(c) {
				best = c
			}
		}
		if best < 0 { // only a model without relations gets here
			break
		}
		st.apply(best)
	}
	return fs
}

// projectivize lifts arcs that cross others to the head's head until the
// tree is projective (Nivre and Nilsson 2005, without label encoding).
// heads are 0-based with the root at n.
func projectivize(heads []int) []int {
	h := slices.Clone(heads)
	n := len(h)
	crossing := func(d int) bool {
		a, b := min(d, h[d]), max(d, h[d])
		for k := a + 1; k < b; k++ {
			// every word strictly between must descend from the head
			x := k
			for steps := 0; x != h[d] && x < n && steps <= n; steps++ {
				x = h[x]
			}
			if x != h[d] {
				return true
			}
		}
		return false
	}
	for range n {
		lifted := false
		// lift the shortest crossing arc first
		best, bestLen := -1, n+2
		for d := range n {
			if h[d] < n && crossing(d) {
				if l := max(d, h[d]) - min(d, h[d]); l < bestLen {
					best, bestLen = d, l
				}
			}
		}
		if best >= 0 {
			h[best] = h[h[best]]
			lifted = true
		}
		if !lifted {
			break
		}
	}
	return h
}

// parseExample is a training sentence for the parser.
type parseExample struct {
	in     sentIn
	heads  []int // gold, projectivised, root at n
	labels []int
}

func trainParser(exs []parseExample, labels []string, epochs int, seed uint64, log func(epoch int, uas float64)) *DepParser {
	p := &DepParser{Labels: labels}
	tr := newTrainer(p.nclass())
	scores := make([]float32, p.nclass())
	cost := make([]int, p.nclass())
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 0xa2c))
	st := newState(0)
	var fs []uint64
	for ep := 1; ep <= epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, ei := range order {
			ex := &exs[ei]
			n := len(ex.heads)
			st.reset(n)
			for !st.done() {
				fs = st.features(fs[:0], ex.in)
				tr.score(fs, scores)
				sh, la, ra := st.costs(ex.heads)
				var s0, s1 = -1, -1
				if k := len(st.stack); k > 0 {
					s0 = st.stack[k-1]
					if k > 1 {
						s1 = st.stack[k-2]
					}
				}
				pred, gold, minCost := -1, -1, 1<<30
				for c := range scores {
					if !st.valid(c) {
						cost[c] = -1
						continue
					}
					switch {
					case c == shift:
						cost[c] = sh
					case c&1 == 1:
						cost[c] = la
						if ex.heads[s0] == st.b && ex.labels[s0] != (c-1)/2 {
							cost[c]++
						}
					default:
						cost[c] = ra
						if ex.heads[s0] == s1 && ex.labels[s0] != (c-1)/2 {
							cost[c]++
						}
					}
					if pred < 0 || scores[c] > scores[pred] {
						pred = c
					}
					if cost[c] < minCost {
						minCost = cost[c]
					}
				}
				for c := range scores {
					if cost[c] == minCost && (gold < 0 || scores[c] > scores[gold]) {
						gold = c
					}
				}
				tr.tick()
				if cost[pred] > minCost {
					tr.update(fs, gold, pred)
				}
				next := gold
				if ep > 1 && rng.Float64() < 0.9 {
					next = pred
				}
				st.apply(next)
			}
			for d := 0; d < n; d++ {
				if st.head[d] == ex.heads[d] {
					right++
				}
			}
			total += n
		}
		if log != nil {
			log(ep, float64(right)/float64(total))
		}
	}
	p.w = tr.average()
	return p
}
