package geo

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/gazetteer"
	"github.com/annalist/annalist/text"
)

// The ranker orders the candidates of a place name: a logistic regression
// over features of each candidate in the article's context (its kind,
// feature code, population, how the name matched, whether the article names
// its country, first-level unit or neighbours, how far it lies from the
// other places, the words around the mention, whether the mention sits
// inside another name). It is trained by `annalist train geo` on the
// geoparsing gold sets and embedded as ranker.tsv.gz. Whether a name is
// resolved at all stays with the resolver's rules (see choose); the ranker
// only decides which of its places it is.

//go:embed ranker.tsv.gz
var rankerFile []byte

// Ranker is a linear model over named candidate features.
type Ranker struct {
	W map[string]float64
}

// Feature is one named feature of a candidate with its value.
type Feature struct {
	Name  string
	Value float64
}

// Score is the ranker's score of a candidate's features.
func (m *Ranker) Score(fs []Feature) float64 {
	s := 0.0
	for _, f := range fs {
		s += m.W[f.Name] * f.Value
	}
	return s
}

// DefaultRanker is the embedded ranker, or nil if it does not load.
func DefaultRanker() *Ranker {
	m, err := ReadRanker(bytes.NewReader(rankerFile))
	if err != nil || len(m.W) == 0 {
		return nil
	}
	return m
}

// ReadRanker reads a ranker written by WriteTo (gzipped "name\tweight" lines).
func ReadRanker(r io.Reader) (*Ranker, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("geo ranker: %w", err)
	}
	m := &Ranker{W: map[string]float64{}}
	sc := bufio.NewScanner(zr)
	for n := 1; sc.Scan(); n++ {
		name, v, ok := strings.Cut(sc.Text(), "\t")
		w, err := strconv.ParseFloat(v, 64)
		if !ok || err != nil {
			return nil, fmt.Errorf("geo ranker: line %d: want name<TAB>weight, got %q", n, sc.Text())
		}
		m.W[name] = w
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("geo ranker: %w", err)
	}
	return m, nil
}

// WriteTo writes the ranker gzipped, one feature a line in name order, so
// that the same weights give the same bytes.
func (m *Ranker) WriteTo(w io.Writer) (int64, error) {
	names := make([]string, 0, len(m.W))
	for n, v := range m.W {
		if v != 0 {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	for _, n := range names {
		fmt.Fprintf(zw, "%s\t%s\n", n, strconv.FormatFloat(m.W[n], 'g', 6, 64))
	}
	if err := zw.Close(); err != nil {
		return 0, err
	}
	k, err := w.Write(buf.Bytes())
	return int64(k), err
}

// RankGroup is the candidates of one place name, with whether each is right.
type RankGroup struct {
	Feats   [][]Feature
	Correct []bool
	Chosen  int // the candidate the resolver chose, -1 for none
}

// TrainOptions set the ranker's training.
type TrainOptions struct {
	Epochs int     // passes over the groups
	Rate   float64 // learning rate
	L2     float64 // weight decay per example
}

// DefaultTrainOptions are the options of the shipped ranker.
var DefaultTrainOptions = TrainOptions{Epochs: 30, Rate: 0.05, L2: 1e-4}

// TrainRanker fits a ranker to groups by stochastic gradient descent on the
// softmax loss of each group (the right candidate against the others), in
// the groups' order, with a decaying rate: deterministic for given groups.
// Groups without a right candidate, or with a single candidate, teach
// nothing and are skipped.
func TrainRanker(groups []RankGroup, o TrainOptions) *Ranker {
	m := &Ranker{W: map[string]float64{}}
	for ep := 0; ep < o.Epochs; ep++ {
		rate := o.Rate / (1 + float64(ep)/5)
		for _, g := range groups {
			if len(g.Feats) < 2 || !anyTrue(g.Correct) {
				continue
			}
			scores := make([]float64, len(g.Feats))
			hi := math.Inf(-1)
			for k, fs := range g.Feats {
				scores[k] = m.Score(fs)
				hi = math.Max(hi, scores[k])
			}
			z, zc := 0.0, 0.0
			for k := range scores {
				scores[k] = math.Exp(scores[k] - hi)
				z += scores[k]
				if g.Correct[k] {
					zc += scores[k]
				}
			}
			// Gradient of -log(sum of right probabilities).
			for k, fs := range g.Feats {
				grad := scores[k] / z
				if g.Correct[k] {
					grad -= scores[k] / zc
				}
				for _, f := range fs {
					m.W[f.Name] -= rate * (grad*f.Value + o.L2*m.W[f.Name])
				}
			}
		}
	}
	for n, v := range m.W {
		if math.Abs(v) < 1e-6 {
			delete(m.W, n)
		}
	}
	return m
}

func anyTrue(bs []bool) bool {
	for _, b := range bs {
		if b {
			return true
		}
	}
	return false
}

// RankExamples runs the resolver over d and rec (after the tagger) with the
// rules alone and returns, for each place name the final round ranked, its
// candidates' features and whether each is right by label, which judges
// the candidate places of an entity (ok false: the name is no gold
// toponym, and it is left out).
func (r *Resolver) RankExamples(d *text.Doc, rec *annalist.Record, label func(e *annalist.Entity, ps []*gazetteer.Place) (right []bool, ok bool)) []RankGroup {
	rr := *r
	rr.Ranker = nil
	var groups []RankGroup
	rr.observe = func(items []*item) {
		groups = groups[:0]
		for _, it := range items {
			ps := make([]*gazetteer.Place, len(it.cands))
			for k := range it.cands {
				ps[k] = it.cands[k].Place
			}
			right, ok := label(it.ent, ps)
			if !ok {
				continue
			}
			g := RankGroup{Chosen: -1, Correct: right}
			for k := range it.cands {
				g.Feats = append(g.Feats, it.cands[k].feats)
				if it.cands[k].Place == it.chosen {
					g.Chosen = k
				}
			}
			groups = append(groups, g)
		}
	}
	rr.Extract(d, rec)
	return groups
}

// rankContext is what the features of a round see of the article.
type rankContext struct {
	votes  map[string]float64
	focus  string // the country with most votes
	site   string // the country of the URL's domain
	chosen []*gazetteer.Place
}

func newRankContext(items []*item, votes map[string]float64, site string) *rankContext {
	c := &rankContext{votes: votes, site: site}
	best := 0.0
	for k, v := range votes {
		if v > best || v == best && k < c.focus {
			c.focus, best = k, v
		}
	}
	for _, it := range items {
		if it.chosen != nil {
			c.chosen = append(c.chosen, it.chosen)
		}
	}
	return c
}

// kindGroup coarsens a place's kind for conjoined features.
func kindGroup(p *gazetteer.Place) string {
	switch p.Kind {
	case gazetteer.City, gazetteer.Admin2, gazetteer.Admin1, gazetteer.Country, gazetteer.Demonym:
		return p.Kind
	}
	return "named"
}

// features describes candidate c of it in the round's context; sig holds
// the rule scores choose has computed for it.
func (r *Resolver) features(it *item, c *cand, ctx *rankContext, own map[string]float64, sig signals) []Feature {
	kg := kindGroup(c.Place)
	fs := make([]Feature, 0, 32)
	add := func(name string, v float64) {
		if v != 0 {
			fs = append(fs, Feature{name, v})
		}
	}
	add("kind="+c.Kind, 1)
	if c.Feature != "" {
		add("fc="+c.Feature, 1)
	}
	if c.alt {
		add("alt|"+kg, 1)
	}
	add("logpop|"+kg, math.Log10(float64(c.Population)+1)/7)
	add("prior", c.prior/10)
	// The rules' score (prior, containers, votes, neighbours) as one
	// feature: the ranker learns how far to trust it and what it misses.
	add("rules", c.score/5)
	top := it.cands[0].prior
	for _, o := range it.cands {
		top = math.Max(top, o.prior)
	}
	add("priorgap", (c.prior-top)/5)
	if c.prior == top {
		add("priortop", 1)
	}
	if len(it.within) > 0 {
		if sig.inside {
			add("inside|"+kg, 1)
		} else {
			add("notinside|"+kg, 1)
		}
	}
	if c.Kind != gazetteer.Demonym && c.Country != "" {
		v := ctx.votes[c.Country] - own[c.Country]
		if v > 0 {
			add("votes|"+kg, math.Log2(1+v)/3)
			add("voted|"+kg, 1)
		}
		if ctx.focus != "" {
			if c.Country == ctx.focus {
				add("focus|"+kg, 1)
			} else if ctx.votes[ctx.focus]-own[ctx.focus] > 0 {
				add("notfocus|"+kg, 1)
			}
		}
		if ctx.site != "" && c.Country == ctx.site {
			add("site|"+kg, 1)
		}
	}
	add("neigh|"+kg, math.Min(float64(sig.neighbours), 3)/3)
	add("siblings", math.Min(float64(sig.siblings), 3)/3)
	if sig.sameUnit {
		add("sameunit|"+kg, 1)
	}
	if c.Kind == gazetteer.City || c.Kind == gazetteer.Admin2 {
		near := math.Inf(1)
		for _, p := range ctx.chosen {
			if p == c.Place || p.Kind == gazetteer.Country || p.Kind == gazetteer.Demonym || major(p.Kind) && p.Kind != gazetteer.Admin1 {
				continue
			}
			near = math.Min(near, gazetteer.Distance(p.Lat, p.Lon, c.Lat, c.Lon))
		}
		if !math.IsInf(near, 1) {
			add("logkm", math.Log10(near+1)/4)
			if near < 50 {
				add("near50", 1)
			}
		}
	}
	if it.unitWord {
		add("unitword|"+kg, 1)
	}
	if c.namesake != "" {
		add("namesake="+c.namesake, 1)
		if it.unitWord {
			add("namesake="+c.namesake+"|unitword", 1)
		}
	}
	if it.hosted != "" {
		add("hosted="+it.hosted+"|"+kg, 1)
	}
	if it.prev != "" {
		add("prev="+it.prev+"|"+kg, 1)
	}
	if it.next != "" {
		add("next="+it.next+"|"+kg, 1)
	}
	add("bias|"+kg, 1)
	return fs
}

// signals are the rule scores of a candidate that its features reuse.
type signals struct {
	inside               bool
	neighbours, siblings int
	sameUnit             bool
}

// contextWords sets the words around the first mention of it that the
// features use: the lower-cased word before ("in", "the", "near") and
// after ("county", "coast", "university").
func contextWords(txt string, it *item) {
	if len(it.ent.Mentions) == 0 {
		return
	}
	m := it.ent.Mentions[0]
	if m.Start < 0 || m.End > len(txt) || m.Start > m.End {
		return
	}
	it.prev = strings.ToLower(lastWord(txt[max(0, m.Start-30):m.Start]))
	after := strings.Fields(txt[m.End:min(len(txt), m.End+30)])
	if len(after) > 0 && m.End < len(txt) && txt[m.End] == ' ' {
		it.next = strings.ToLower(strings.Trim(after[0], ",;:.\"“”'’()"))
	} else if m.End < len(txt) && strings.ContainsRune(",.;:", rune(txt[m.End])) {
		it.next = string(txt[m.End])
	}
}
