package story

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/annalist/annalist"
)

// The join model decides whether an article reports the happening of a
// story, in two steps. The kind model, a logistic regression over the
// cosine of their weighted words, says whether the article is the same
// kind of news as the story (the same topic: an earthquake in Indonesia,
// an arrest of one man). The same model, a logistic regression over the
// likenesses of the article and one of the story's articles (the cosine of
// their words; whether their dates or places conflict; for each kind of
// specific, names of people, other names, places, numbers, years and
// event words, how much they share, weighted by rarity), says whether the
// two report one happening, given that they are of one kind; averaged
// over the story's latest articles, so that one stray article does not
// decide. Apart, the second learns from the hard cases alone: two
// happenings of one kind, which their words hardly tell apart. Both are
// trained by `annalist train stories` on ECB+'s training topics (each two
// happenings of one kind) and embedded as join.tsv.
//
// The gate, a third logistic regression, then asks of the story an
// article fits best whether the article is rather the first report of
// another happening of the story's kind (a second fight of one boxer, a
// second quake on one island): from the two models' probabilities, the
// story's size, and how much of the article's words and of each kind of
// specific none of the story's latest articles has. Trained on pure
// stories alone it would never see what it must stop, a story that has
// taken in a report of another happening and draws that happening's next
// reports; so it is trained on the index's own decisions, over a few
// rounds and orders of the training topics (eval.TrainStories).

//go:embed join.tsv
var joinFile []byte

// KindFeatures are the names of the kind model's features: the likeness
// of an article's words to a story's.
var KindFeatures = []string{"bias", "avg_cos", "max_cos"}

// PairFeatures are the names of the same model's features: the
// likenesses of an article and one of a story's articles.
var PairFeatures = func() []string {
	fs := []string{"bias", "cos", "place_far", "locals_apart"}
	for _, k := range factKinds {
		name := factName[k]
		fs = append(fs, name+"_jaccard", name+"_conflict", name+"_mine", name+"_theirs")
	}
	return fs
}()

// GateFeatures are the names of the gate's features: how well an article
// fits the story it fits best, and how much of what it names none of the
// story's latest articles names.
var GateFeatures = func() []string {
	fs := []string{"bias", "kind_logit", "same_logit", "most_logit", "members_log", "words_novel"}
	for _, k := range factKinds {
		fs = append(fs, factName[k]+"_novel")
	}
	return fs
}()

// gateLikeness is the gate's features of an article (its vector v and
// specifics fs) and the story s it fits best, as f says.
func gateLikeness(f fit, v vector, fs factSet, s *storyState) []float64 {
	// The share of the article's words, by weight, that no article of
	// the story ever had.
	var novel, all float64
	for i, id := range v.ids {
		all += float64(v.vals[i])
		if !s.features[id] {
			novel += float64(v.vals[i])
		}
	}
	g := []float64{1, logit(f.kind), logit(f.same), logit(f.most), math.Log(float64(len(s.members))), novel / max(all, 1e-9)}
	nov := fs.novelty(s.members)
	return append(g, nov[:]...)
}

// logit is the log odds of a probability, kept finite.
func logit(p float64) float64 {
	p = min(max(p, 1e-4), 1-1e-4)
	return math.Log(p / (1 - p))
}

var factName = map[string]string{
	personPrefix:  "person",
	namePrefix:    "name",
	placePrefix:   "place",
	numberPrefix:  "number",
	yearPrefix:    "year",
	triggerPrefix: "trigger",
	dayPrefix:     "day",
}

// JoinModel is the kind model's, the same model's and the gate's weights.
type JoinModel struct {
	Kind []float64 // in the order of KindFeatures
	Same []float64 // in the order of PairFeatures
	Gate []float64 // in the order of GateFeatures
}

// Score is the probability that an article reports a story's happening,
// given its kind features against the story and its pair features
// against each of the story's latest articles.
func (m *JoinModel) Score(kind []float64, pairs [][]float64) float64 {
	if len(pairs) == 0 {
		return 0
	}
	same := 0.0
	for _, f := range pairs {
		same += m.same(f)
	}
	return m.kind(kind) * same / float64(len(pairs))
}

func (m *JoinModel) kind(f []float64) float64 { return logistic(m.Kind, f) }
func (m *JoinModel) same(f []float64) float64 { return logistic(m.Same, f) }
func (m *JoinModel) gate(f []float64) float64 { return logistic(m.Gate, f) }

func logistic(w, f []float64) float64 {
	z := 0.0
	for i, v := range f {
		z += w[i] * v
	}
	return 1 / (1 + math.Exp(-z))
}

// DefaultJoinModel is the embedded model.
func DefaultJoinModel() *JoinModel { return defaultJoinModel() }

var defaultJoinModel = sync.OnceValue(func() *JoinModel {
	m, err := ReadJoinModel(bytes.NewReader(joinFile))
	if err != nil {
		panic("story: embedded join.tsv: " + err.Error())
	}
	return m
})

// Untrained is a model of zero weights, for an index that only lists
// candidates (as training does, before there is a model to load).
func Untrained() *JoinModel {
	return &JoinModel{Kind: make([]float64, len(KindFeatures)), Same: make([]float64, len(PairFeatures)), Gate: make([]float64, len(GateFeatures))}
}

// ReadJoinModel reads a model written by WriteTo: "kind.FEATURE<TAB>weight"
// and "same.FEATURE<TAB>weight" lines; a feature it does not name weighs
// nothing.
func ReadJoinModel(r io.Reader) (*JoinModel, error) {
	m := Untrained()
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, v, ok := strings.Cut(line, "\t")
		w, err := strconv.ParseFloat(v, 64)
		model, feature, _ := strings.Cut(name, ".")
		ws, names := m.Same, PairFeatures
		switch model {
		case "kind":
			ws, names = m.Kind, KindFeatures
		case "gate":
			ws, names = m.Gate, GateFeatures
		}
		i := slices.Index(names, feature)
		if !ok || err != nil || i < 0 || (model != "kind" && model != "same" && model != "gate") {
			return nil, fmt.Errorf("line %d: want kind., same. or gate.FEATURE<TAB>weight, got %q", n, line)
		}
		ws[i] = w
	}
	return m, sc.Err()
}

// WriteTo writes the model, one feature a line, after a comment saying how
// it was made.
func (m *JoinModel) WriteTo(w io.Writer) (int64, error) {
	var b bytes.Buffer
	b.WriteString("# story join model, made by `annalist train stories ../shared/eval/ecbplus --out story/join.tsv`\n")
	for i, n := range KindFeatures {
		fmt.Fprintf(&b, "kind.%s\t%s\n", n, strconv.FormatFloat(m.Kind[i], 'f', 4, 64))
	}
	for i, n := range PairFeatures {
		fmt.Fprintf(&b, "same.%s\t%s\n", n, strconv.FormatFloat(m.Same[i], 'f', 4, 64))
	}
	for i, n := range GateFeatures {
		fmt.Fprintf(&b, "gate.%s\t%s\n", n, strconv.FormatFloat(m.Gate[i], 'f', 4, 64))
	}
	k, err := w.Write(b.Bytes())
	return int64(k), err
}

// JoinExample is one candidate story of an article: its features, whether
// the article is the same kind of news, and whether it reports the story's
// happening.
type JoinExample struct {
	Doc      int // the article's number: its candidates are weighed together
	Kind     []float64
	Pairs    [][]float64
	Gate     []float64 // the gate's features but the score
	SameKind bool
	Joins    bool
}

// DefaultL2 is the regularisation of the shipped join model.
const DefaultL2 = 1.0

// TrainJoin fits a join model to examples: the kind model to all of them,
// the same model to the pairs of those of the same kind, then the gate to
// each article's best candidate by the two, if its score reaches
// GateFloor: does the article join it, or is it the first report of
// another happening?
func TrainJoin(examples []JoinExample, l2 float64) *JoinModel {
	var kx, sx [][]float64
	var ky, sy []bool
	for _, e := range examples {
		kx = append(kx, e.Kind)
		ky = append(ky, e.SameKind)
		if e.SameKind {
			for _, p := range e.Pairs {
				sx = append(sx, p)
				sy = append(sy, e.Joins)
			}
		}
	}
	m := &JoinModel{Kind: fitLogistic(kx, ky, len(KindFeatures), l2), Same: fitLogistic(sx, sy, len(PairFeatures), l2)}
	var gx [][]float64
	var gy []bool
	for i := 0; i < len(examples); {
		j, best, bestScore := i, -1, GateFloor
		for ; j < len(examples) && examples[j].Doc == examples[i].Doc; j++ {
			if sc := m.Score(examples[j].Kind, examples[j].Pairs); sc > bestScore {
				best, bestScore = j, sc
			}
		}
		if best >= 0 && len(examples[best].Gate) == len(GateFeatures) {
			e := &examples[best]
			f := slices.Clone(e.Gate)
			var same, most float64
			for _, p := range e.Pairs {
				sp := m.same(p)
				same += sp
				most = max(most, sp)
			}
			f[1], f[2], f[3] = logit(m.kind(e.Kind)), logit(same/float64(len(e.Pairs))), logit(most)
			gx = append(gx, f)
			gy = append(gy, examples[best].Joins)
		}
		i = j
	}
	m.Gate = fitLogistic(gx, gy, len(GateFeatures), l2)
	return m
}

// FitGate fits the gate's weights to examples of its features (see
// GateFeatures and Options.Explain), each labelled by whether the article
// reports the happening of the story it fits best.
func FitGate(xs [][]float64, ys []bool, l2 float64) []float64 {
	return fitLogistic(xs, ys, len(GateFeatures), l2)
}

// GateFloor is the least score of a best candidate that the gate is
// trained on, below the join threshold so that it learns from more of
// them (by cross-validation on ECB+'s training topics: a gate trained at
// 0.05 does better at the join threshold of 0.2 than one trained at 0.2).
const GateFloor = 0.05

// fitLogistic fits a logistic regression by Newton's method on the
// L2-regularised log loss (the bias, feature 0, is not regularised):
// deterministic, and with a few dozen features, exact within a few steps.
func fitLogistic(xs [][]float64, ys []bool, d int, l2 float64) []float64 {
	w := make([]float64, d)
	for it := 0; it < 50; it++ {
		grad := make([]float64, d)
		hess := make([][]float64, d)
		for i := range hess {
			hess[i] = make([]float64, d)
		}
		for k, f := range xs {
			p := logistic(w, f)
			y := 0.0
			if ys[k] {
				y = 1
			}
			for i, fi := range f {
				grad[i] += (p - y) * fi
				for j, fj := range f {
					hess[i][j] += p * (1 - p) * fi * fj
				}
			}
		}
		for i := 1; i < d; i++ {
			grad[i] += l2 * w[i]
			hess[i][i] += l2
		}
		hess[0][0] += 1e-9
		step := solve(hess, grad)
		change := 0.0
		for i := range w {
			w[i] -= step[i]
			change = max(change, math.Abs(step[i]))
		}
		if change < 1e-7 {
			break
		}
	}
	return w
}

// solve solves a·x = b by Gaussian elimination with partial pivoting; a
// and b are overwritten.
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		a[c], a[p] = a[p], a[c]
		b[c], b[p] = b[p], b[c]
		if a[c][c] == 0 {
			continue
		}
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			for k := c; k < n; k++ {
				a[r][k] -= f * a[c][k]
			}
			b[r] -= f * b[c]
		}
	}
	x := make([]float64, n)
	for c := n - 1; c >= 0; c-- {
		if a[c][c] == 0 {
			continue
		}
		s := b[c]
		for k := c + 1; k < n; k++ {
			s -= a[c][k] * x[k]
		}
		x[c] = s / a[c][c]
	}
	return x
}

// Candidate is a story an article could join: its id, the features the
// join model weighs and the probability it gives (publication dates far
// apart lower it).
type Candidate struct {
	Story string
	Kind  []float64
	Pairs [][]float64
	Gate  []float64 // the gate's features, with this score
	Score float64
}

// Candidates lists the stories r could join, as Assign weighs them, without
// taking r in: for training the join model and explaining a decision.
func (x *Index) Candidates(r *annalist.Record) []Candidate {
	x.mu.Lock()
	defer x.mu.Unlock()
	p := newProfile(r)
	x.count(p)
	defer x.countBy(p, -1)
	v := p.vector(x.idf, x.intern)
	fs := x.factSet(p)
	var out []Candidate
	for _, si := range x.candidates(v) {
		s := x.stories[si]
		var pairs [][]float64
		kind := x.features(s, p, v, fs,
			func([]float64) bool { return true },
			func(f []float64) { pairs = append(pairs, slices.Clone(f)) })
		f := x.score(s, p, v, fs, 0)
		out = append(out, Candidate{Story: s.id, Kind: kind, Pairs: pairs, Gate: gateLikeness(f, v, fs, s), Score: f.score})
	}
	return out
}
