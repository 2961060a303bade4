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

//go:embed join.tsv
var joinFile []byte

// KindFeatures are the names of the kind model's features: the likeness
// of an article's words to a story's.
var KindFeatures = []string{"bias", "avg_cos", "max_cos"}

// PairFeatures are the names of the same model's features: the
// likenesses of an article and one of a story's articles.
var PairFeatures = func() []string {
	fs := []string{"bias", "cos", "place_far"}
	for _, k := range factKinds {
		name := factName[k]
		fs = append(fs, name+"_jaccard", name+"_conflict", name+"_mine", name+"_theirs")
	}
	return fs
}()

var factName = map[string]string{
	personPrefix:  "person",
	namePrefix:    "name",
	placePrefix:   "place",
	numberPrefix:  "number",
	yearPrefix:    "year",
	triggerPrefix: "trigger",
}

// JoinModel is the kind model's and the same model's weights.
type JoinModel struct {
	Kind []float64 // in the order of KindFeatures
	Same []float64 // in the order of PairFeatures
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
	return &JoinModel{Kind: make([]float64, len(KindFeatures)), Same: make([]float64, len(PairFeatures))}
}

// ReadJoinModel reads a model written by WriteTo: "kind.FEATURE<TAB>weight"
// and "same.FEATURE<TAB>weight" lines; a feature it does not name weighs
// nothing.
func ReadJoinModel(r io.Reader) (*JoinModel, error) {
	m := &JoinModel{Kind: make([]float64, len(KindFeatures)), Same: make([]float64, len(PairFeatures))}
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
		if model == "kind" {
			ws, names = m.Kind, KindFeatures
		}
		i := slices.Index(names, feature)
		if !ok || err != nil || i < 0 || (model != "kind" && model != "same") {
			return nil, fmt.Errorf("line %d: want kind.FEATURE or same.FEATURE<TAB>weight, got %q", n, line)
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
	k, err := w.Write(b.Bytes())
	return int64(k), err
}

// JoinExample is one candidate story of an article: its features, whether
// the article is the same kind of news, and whether it reports the story's
// happening.
type JoinExample struct {
	Kind     []float64
	Pairs    [][]float64
	SameKind bool
	Joins    bool
}

// DefaultL2 is the regularisation of the shipped join model.
const DefaultL2 = 1.0

// TrainJoin fits a join model to examples: the kind model to all of them,
// the same model to the pairs of those of the same kind.
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
	return &JoinModel{Kind: fitLogistic(kx, ky, len(KindFeatures), l2), Same: fitLogistic(sx, sy, len(PairFeatures), l2)}
}

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
		out = append(out, Candidate{Story: s.id, Kind: kind, Pairs: pairs, Score: x.score(s, p, v, fs, 0)})
	}
	return out
}
