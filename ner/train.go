package ner

import (
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"github.com/annalist/annalist/eval"
)

// We train an averaged structured perceptron (Collins 2002) rather than a
// CRF: with the same features it comes within a fraction of a point of a
// CRF on CoNLL, needs no gradient machinery or regularisation tuning, and
// trains in seconds per epoch on two shared cores. Averaging the weights
// over all updates stands in for regularisation.

// TrainOptions control Train.
type TrainOptions struct {
	Epochs int    // passes over the training data
	Bits   uint   // log2 of the weight rows (feature hash buckets)
	Seed   uint64 // for the order of sentences in each epoch
	Lex    *Lexicons
	Dev    []Document // scored after each epoch when given
	Log    io.Writer  // progress; nil for none
}

// DefaultEpochs is the number of passes the committed model was trained with.
const DefaultEpochs = 10

// DefaultBits is the size of the weight table: 2^19 rows of 17 tags.
const DefaultBits = 19

type trainSent struct {
	feats []uint32
	offs  []int
	gold  []int
}

// Train learns a model from tagged documents. The same data and options
// give the same weights, bit for bit.
func Train(docs []Document, opt TrainOptions) (*Model, error) {
	if opt.Bits == 0 {
		opt.Bits = DefaultBits
	}
	if opt.Epochs <= 0 {
		opt.Epochs = 1
	}
	logf := func(format string, a ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format, a...)
		}
	}
	m := newModel(opt.Bits, opt.Lex)
	s := &scratch{fz: m.featurizer()}
	var data []trainSent
	for _, d := range docs {
		words := docWords(d)
		dc := newDocCase(words)
		for k, sent := range d.Sentences {
			if len(sent.Tags) != len(sent.Words) {
				return nil, fmt.Errorf("train: sentence %q has %d tags for %d words", sent.Words, len(sent.Tags), len(sent.Words))
			}
			sentenceFeatures(s, words[k], dc)
			data = append(data, trainSent{
				feats: append([]uint32(nil), s.feats...),
				offs:  append([]int(nil), s.offs...),
				gold:  encodeBILOU(Chunks(sent.Tags), len(sent.Words)),
			})
		}
	}
	logf("train: %d sentences, %d tokens, 2^%d rows\n", len(data), Tokens(docs), opt.Bits)

	w := make([]float64, len(m.W))
	u := make([]float64, len(m.W)) // sum of c*update, for averaging
	var tr, tu [(numTags + 1) * numTags]float64
	c := 1.0
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x9e3779b97f4a7c15))
	var em []float64
	var back []int8
	var pred []int
	for ep := 1; ep <= opt.Epochs; ep++ {
		t0 := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, si := range order {
			d := &data[si]
			n := len(d.gold)
			em = grow(em, n*numTags)
			for i := 0; i < n; i++ {
				row := em[i*numTags : (i+1)*numTags]
				for t := range row {
					row[t] = 0
				}
				for _, f := range d.feats[d.offs[i]:d.offs[i+1]] {
					ws := w[int(f)*numTags : int(f)*numTags+numTags]
					for t := range row {
						row[t] += ws[t]
					}
				}
			}
			if len(back) < n*numTags {
				back = make([]int8, n*numTags)
			}
			pred = viterbi(em, n, &tr, back, pred)
			prevG, prevP := numTags, numTags
			for i := 0; i < n; i++ {
				g, p := d.gold[i], pred[i]
				if g != p {
					errs++
					for _, f := range d.feats[d.offs[i]:d.offs[i+1]] {
						w[int(f)*numTags+g]++
						u[int(f)*numTags+g] += c
						w[int(f)*numTags+p]--
						u[int(f)*numTags+p] -= c
					}
				}
				if g != p || prevG != prevP {
					tr[prevG*numTags+g]++
					tu[prevG*numTags+g] += c
					tr[prevP*numTags+p]--
					tu[prevP*numTags+p] -= c
				}
				prevG, prevP = g, p
			}
			c++
		}
		average(m, w, u, &tr, &tu, c)
		logf("epoch %d: %d token errors, %.1fs", ep, errs, time.Since(t0).Seconds())
		if len(opt.Dev) > 0 {
			tg := NewTagger(m)
			sc := Score(tg, opt.Dev)
			tg.Consistency = false
			raw := Score(tg, opt.Dev)
			logf(", dev F1 %.4f (without document consistency %.4f)", sc.Overall().F1(), raw.Overall().F1())
		}
		logf("\n")
	}
	return m, nil
}

// average sets m's weights to the averages over all updates so far.
func average(m *Model, w, u []float64, tr, tu *[(numTags + 1) * numTags]float64, c float64) {
	for i := range w {
		m.W[i] = float32(w[i] - u[i]/c)
	}
	for i := range tr {
		m.Trans[i] = float32(tr[i] - tu[i]/c)
	}
}

func docWords(d Document) [][]string {
	out := make([][]string, len(d.Sentences))
	for i, s := range d.Sentences {
		out[i] = s.Words
	}
	return out
}

// Scores are counts by entity type.
type Scores map[string]eval.Counts

// Overall sums the counts over types.
func (s Scores) Overall() eval.Counts {
	var o eval.Counts
	for _, c := range s {
		o.Gold += c.Gold
		o.Pred += c.Pred
		o.Correct += c.Correct
	}
	return o
}

// Score tags the documents and counts exact phrase matches against their
// gold tags.
func Score(tg *Tagger, docs []Document) Scores {
	sc := Scores{}
	for _, d := range docs {
		pred := tg.TagDocument(docWords(d))
		for k, sent := range d.Sentences {
			addCounts(sc, Chunks(sent.Tags), pred[k])
		}
	}
	return sc
}

func addCounts(sc Scores, gold, pred []Span) {
	in := map[Span]bool{}
	for _, g := range gold {
		in[g] = true
		c := sc[g.Type]
		c.Gold++
		sc[g.Type] = c
	}
	for _, p := range pred {
		c := sc[p.Type]
		c.Pred++
		if in[p] {
			c.Correct++
		}
		sc[p.Type] = c
	}
}
