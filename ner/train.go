package ner

import (
	"fmt"
	"io"
	"math/rand/v2"
	"time"
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
	open  []uint8 // nil when every tag is given
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
			if sent.Open != nil && len(sent.Open) != len(sent.Words) {
				return nil, fmt.Errorf("train: sentence %q has %d openness marks for %d words", sent.Words, len(sent.Open), len(sent.Words))
			}
			sentenceFeatures(s, words[k], dc)
			ts := trainSent{
				feats: append([]uint32(nil), s.feats...),
				offs:  append([]int(nil), s.offs...),
				gold:  encodeBILOU(Chunks(sent.Tags), len(sent.Words)),
			}
			for _, o := range sent.Open {
				if o != Given {
					ts.open = sent.Open
					break
				}
			}
			data = append(data, ts)
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
	var pred, latent []int
	var cem []float64
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
			gold := d.gold
			if d.open != nil {
				// Partly annotated: the gold sequence is the best one
				// that agrees with what is given (a latent perceptron).
				cem = grow(cem, n*numTags)
				constrain(cem, em, d.gold, d.open)
				latent = viterbi(cem, n, &tr, back, latent)
				gold = latent
			}
			prevG, prevP := numTags, numTags
			for i := 0; i < n; i++ {
				g, p := gold[i], pred[i]
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
			logf(", dev F1 %.4f (without document consistency %.4f)", sc, raw)
		}
		logf("\n")
	}
	return m, nil
}

// constrain copies the emission scores em to out, ruling out the tags that
// the partial annotation excludes.
func constrain(out, em []float64, gold []int, open []uint8) {
	copy(out, em)
	const no = -1e18
	for i, o := range open {
		row := out[i*numTags : (i+1)*numTags]
		for t := range row {
			switch o {
			case Given:
				if t != gold[i] {
					row[t] = no
				}
			case OorMISC:
				if t != tagO && Types[typeOf(t)] != MISC {
					row[t] = no
				}
			}
		}
	}
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

// Score tags the documents and returns the F1 of exact phrase matches
// against their gold tags, over all types (the figure printed while
// training; eval.CoNLL makes the full report).
func Score(tg *Tagger, docs []Document) float64 {
	var gold, pred, correct int
	for _, d := range docs {
		got := tg.TagDocument(docWords(d))
		for k, sent := range d.Sentences {
			in := map[Span]bool{}
			for _, g := range Chunks(sent.Tags) {
				in[g] = true
				gold++
			}
			for _, p := range got[k] {
				pred++
				if in[p] {
					correct++
				}
			}
		}
	}
	if correct == 0 {
		return 0
	}
	p, r := float64(correct)/float64(pred), float64(correct)/float64(gold)
	return 2 * p * r / (p + r)
}
