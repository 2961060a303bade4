package syntax

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"

	"github.com/annalist/annalist/internal/hugemem"
)

// A perceptron scores classes by summing, over a decision's hashed
// features, the weights each feature holds for each class. Weights are
// sparse: a feature keeps only the classes it was ever updated for, which
// keeps both the tagger (a hundred tag pairs) and the parser (a shift and
// two arcs per relation) small.

// trainEntry is one class weight of a feature while training: the weight
// and the sum of time-stamped updates that yields its average.
type trainEntry struct {
	class int32
	w     float32
	u     float64
}

// trainer is an averaged perceptron under training (Collins 2002; the
// average is taken as w - u/c, Daumé's trick, so an update costs O(1)).
type trainer struct {
	nclass int
	index  map[uint64]int32
	rows   [][]trainEntry
	c      float64
}

func newTrainer(nclass int) *trainer {
	return &trainer{nclass: nclass, index: map[uint64]int32{}, c: 1}
}

// score fills scores (len nclass) with the current weights' sums.
func (t *trainer) score(feats []uint64, scores []float32) {
	clear(scores)
	for _, f := range feats {
		if r, ok := t.index[f]; ok {
			for _, e := range t.rows[r] {
				scores[e.class] += e.w
			}
		}
	}
}

// tick counts one training decision, whether or not it needed an update.
func (t *trainer) tick() { t.c++ }

// update moves weight from the predicted class to the gold one.
func (t *trainer) update(feats []uint64, gold, pred int) {
	if gold == pred {
		return
	}
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			r = int32(len(t.rows))
			t.index[f] = r
			t.rows = append(t.rows, nil)
		}
		t.add(r, gold, 1)
		t.add(r, pred, -1)
	}
}

func (t *trainer) add(r int32, class int, d float32) {
	row := t.rows[r]
	for i := range row {
		if row[i].class == int32(class) {
			row[i].w += d
			row[i].u += t.c * float64(d)
			return
		}
	}
	t.rows[r] = append(row, trainEntry{class: int32(class), w: d, u: t.c * float64(d)})
}

// weights are a trained perceptron's averaged weights, quantised to 16
// bits, in an open-addressing table keyed by feature hash: the form the
// tagger and parser run with and the models store.
type weights struct {
	nclass int
	keys   []uint64 // sorted feature hashes
	start  []uint32 // entries of keys[i]: ent[start[i]:start[i+1]]
	cls    []uint16
	w      []int16
	// The lookup table, built on load, keeps a feature's key and entries
	// together so that a lookup costs few cache misses: at run time the
	// scattered reads of weights, not the arithmetic, bound the speed.
	slots []slot
	ent   []entry
	mask  uint64
	// slotMem and entMem hold slots' and ent's memory (see hugemem).
	slotMem hugemem.Table[slot]
	entMem  hugemem.Table[entry]
	// dense holds, for the features with many entries (the commonest,
	// whose sums are most of the adding), every class's weight: two
	// classes to a word (see pack), so that one add sums two classes.
	dense []denseRow
}

// denseMin is the fewest entries for which a feature gets a dense row
// (with a hundred classes, fifty adds of two classes each, four rows at a
// time): fewer instructions than its entries' adds, for a few hundred
// rows that stay in cache. Lower, the rows' extra cache misses eat the
// gain (cachegrind over EWT dev).
const denseMin = 32

// maxDense bounds the classes a dense row holds (two to a word).
const maxDense = 128

type denseRow [maxDense / 2]uint64

// pack puts two classes' weights in one word, lo in the low half: the sum
// of packed words is (Σhi)·2³² + Σlo, from which unpack takes both sums
// back exactly while |Σlo| < 2³¹.
func pack(lo, hi int16) uint64 { return uint64(int64(hi)<<32 + int64(lo)) }

// unpack splits a sum of packed words into the two classes' sums.
func unpack(acc uint64) (lo, hi int32) {
	lo = int32(acc)
	hi = int32((acc - uint64(int64(lo))) >> 32)
	return lo, hi
}

// A slot holds a key and, in v, its entries: up to two inline (most keys
// have one or two, and then a lookup costs one cache miss, not two), or
// where there are more, the place of its entries in ent. v is 0 for an
// empty slot (no entry has weight 0). Inline: the first entry in bits
// 0-30 (weight in 0-15, class in 16-30), the second in 31-62 (weight in
// 31-46, 0 for none; class in 47-62). Out of line: bit 63 set, the start
// in bits 0-31, the count in 32-47; with bit 48 set too, bits 0-31 are
// the place of its row in dense instead.
type slot struct {
	key uint64
	v   uint64
}

const (
	outOfLine = 1 << 63
	isDense   = 1 << 48
)

type entry struct {
	cls uint16
	w   int16
}

// average turns a trainer into weights, dropping entries whose averaged
// weight rounds to zero at the quantisation step.
func (t *trainer) average() *weights {
	keys := make([]uint64, 0, len(t.index))
	for k := range t.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	maxAbs := 0.0
	avg := func(e trainEntry) float64 { return float64(e.w) - e.u/t.c }
	for _, row := range t.rows {
		for _, e := range row {
			maxAbs = math.Max(maxAbs, math.Abs(avg(e)))
		}
	}
	scale := maxAbs / 32000
	if scale == 0 {
		scale = 1
	}
	ws := &weights{nclass: t.nclass}
	for _, k := range keys {
		row := slices.Clone(t.rows[t.index[k]])
		slices.SortFunc(row, func(a, b trainEntry) int { return int(a.class - b.class) })
		n := len(ws.cls)
		for _, e := range row {
			q := math.Round(avg(e) / scale)
			if q != 0 {
				ws.cls = append(ws.cls, uint16(e.class))
				ws.w = append(ws.w, int16(q))
			}
		}
		if len(ws.cls) > n {
			ws.keys = append(ws.keys, k)
			ws.start = append(ws.start, uint32(n))
		}
	}
	ws.start = append(ws.start, uint32(len(ws.cls)))
	ws.build()
	return ws
}

func (ws *weights) build() {
	size := 1
	for size < 2*len(ws.keys)+1 {
		size <<= 1
	}
	// The tables are read at random: huge pages spare most lookups a
	// TLB miss besides the cache miss.
	ws.slotMem = hugemem.New[slot](size)
	ws.slots = ws.slotMem.Items
	ws.mask = uint64(size - 1)
	ws.entMem = hugemem.New[entry](len(ws.cls))
	ws.ent = ws.entMem.Items
	ws.dense = nil
	for i := range ws.cls {
		ws.ent[i] = entry{ws.cls[i], ws.w[i]}
	}
	inline := func(e entry) uint64 { return uint64(e.cls)<<16 | uint64(uint16(e.w)) }
	small := ws.nclass <= 1<<15 // classes fit 15 bits: two entries fit v
	for i, k := range ws.keys {
		a, b := ws.start[i], ws.start[i+1]
		var v uint64
		switch {
		case a == b:
			continue
		case b-a == 1 && small:
			v = inline(ws.ent[a])
		case b-a == 2 && small:
			v = inline(ws.ent[a]) | inline(ws.ent[a+1])<<31
		case b-a >= denseMin && ws.nclass <= maxDense:
			var row denseRow
			var ws16 [maxDense]int16
			for _, e := range ws.ent[a:b] {
				ws16[e.cls] = e.w
			}
			for k := range row {
				row[k] = pack(ws16[2*k], ws16[2*k+1])
			}
			v = outOfLine | isDense | uint64(b-a)<<32 | uint64(len(ws.dense))
			ws.dense = append(ws.dense, row)
		default:
			v = outOfLine | uint64(b-a)<<32 | uint64(a)
		}
		j := k & ws.mask
		for ws.slots[j].v != 0 {
			j = (j + 1) & ws.mask
		}
		ws.slots[j] = slot{key: k, v: v}
	}
}

// score fills scores (len nclass) with the sums of the features' weights.
// It finds every feature's slot first, then sums: the lookups do not
// depend on each other, so the processor overlaps their cache misses.
func (ws *weights) score(feats []uint64, scores []int32) {
	clear(scores)
	var found [160]uint64
	var dense [160]*denseRow
	nd := 0
	for len(feats) > 0 {
		n := min(len(feats), len(found))
		for i, f := range feats[:n] {
			j := f & ws.mask
			s := &ws.slots[j]
			for s.v != 0 && s.key != f {
				j = (j + 1) & ws.mask
				s = &ws.slots[j]
			}
			found[i] = s.v
		}
		// Likewise the first and last entries of each out of line: they
		// are the second miss of its lookup, and touching them all
		// before summing overlaps those misses too.
		var t int16
		for _, v := range found[:n] {
			if v&(outOfLine|isDense) == outOfLine {
				a := uint32(v)
				t |= ws.ent[a].w | ws.ent[a+uint32(uint16(v>>32))-1].w
			}
		}
		if t == 1<<14+1 {
			touched = t
		}
		for _, v := range found[:n] {
			switch {
			case v&outOfLine != 0:
				if v&isDense != 0 {
					dense[nd] = &ws.dense[uint32(v)]
					nd++
					continue
				}
				a := uint32(v)
				for _, e := range ws.ent[a : a+uint32(uint16(v>>32))] {
					scores[e.cls] += int32(e.w)
				}
			case v != 0:
				scores[v>>16&(1<<15-1)] += int32(int16(v))
				if w := int16(v >> 31); w != 0 {
					scores[v>>47] += int32(w)
				}
			}
		}
		feats = feats[n:]
		if nd > 0 {
			ws.addDense(dense[:nd], scores)
			nd = 0
		}
	}
	// The tables' memory lives as long as ws does (hugemem).
	runtime.KeepAlive(ws)
}

// addDense adds the dense rows to scores: four rows at a time, word by
// word, then each word's two sums.
func (ws *weights) addDense(rows []*denseRow, scores []int32) {
	p := min((ws.nclass+1)/2, len(denseRow{}))
	var acc denseRow
	for ; len(rows) >= 4; rows = rows[4:] {
		r0, r1, r2, r3 := rows[0], rows[1], rows[2], rows[3]
		for k := range p {
			acc[k] += r0[k] + r1[k] + r2[k] + r3[k]
		}
	}
	for _, r := range rows {
		for k := range p {
			acc[k] += r[k]
		}
	}
	for k, a := range acc[:p] {
		lo, hi := unpack(a)
		scores[2*k] += lo
		if 2*k+1 < len(scores) {
			scores[2*k+1] += hi
		}
	}
}

// writeTo stores the weights: class count, key count, then per key the
// delta from the previous key, its entry count and entries, all varints.
func (ws *weights) writeTo(w *bufio.Writer) error {
	var buf [binary.MaxVarintLen64]byte
	put := func(x uint64) { w.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	put(uint64(ws.nclass))
	put(uint64(len(ws.keys)))
	prev := uint64(0)
	for i, k := range ws.keys {
		put(k - prev)
		prev = k
		a, b := ws.start[i], ws.start[i+1]
		put(uint64(b - a))
		for j := a; j < b; j++ {
			put(uint64(ws.cls[j]))
			put(uint64(uint16(ws.w[j])))
		}
	}
	return nil
}

// reader decodes varints and strings from a byte slice; a short or
// malformed input sets err and yields zeros.
type reader struct {
	b   []byte
	err error
}

func (r *reader) uvarint() uint64 {
	x, n := binary.Uvarint(r.b)
	if n <= 0 {
		if r.err == nil {
			r.err = errors.New("truncated")
		}
		r.b = nil
		return 0
	}
	r.b = r.b[n:]
	return x
}

func (r *reader) str() string {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		if r.err == nil {
			r.err = errors.New("truncated")
		}
		r.b = nil
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

func readWeights(r *reader) (*weights, error) {
	ws := &weights{nclass: int(r.uvarint())}
	n := r.uvarint()
	if n > uint64(len(r.b)) || ws.nclass > 1<<16 {
		return nil, fmt.Errorf("implausible sizes: %d features, %d classes", n, ws.nclass)
	}
	ws.keys = make([]uint64, n)
	ws.start = make([]uint32, n+1)
	// Each entry takes at least two bytes: a bound for the allocation.
	ws.cls = make([]uint16, 0, len(r.b)/2)
	ws.w = make([]int16, 0, len(r.b)/2)
	prev := uint64(0)
	for i := range ws.keys {
		prev += r.uvarint()
		ws.keys[i] = prev
		ws.start[i] = uint32(len(ws.cls))
		m := r.uvarint()
		if m > uint64(ws.nclass) {
			return nil, fmt.Errorf("feature %d has %d entries for %d classes", i, m, ws.nclass)
		}
		for ; m > 0; m-- {
			c := r.uvarint()
			if c >= uint64(ws.nclass) {
				return nil, fmt.Errorf("class %d out of range", c)
			}
			ws.cls = append(ws.cls, uint16(c))
			ws.w = append(ws.w, int16(uint16(r.uvarint())))
		}
		if r.err != nil {
			return nil, r.err
		}
	}
	ws.start[n] = uint32(len(ws.cls))
	ws.cls = slices.Clip(ws.cls)
	ws.w = slices.Clip(ws.w)
	ws.build()
	return ws, nil
}

// Feature hashing: templates and values are mixed into 64-bit keys.

func mix(a, b uint64) uint64 {
	h := (a ^ (b * 0x9E3779B97F4A7C15)) * 0xBF58476D1CE4E5B9
	h ^= h >> 31
	h *= 0x94D049BB133111EB
	return h ^ h>>29
}

// hashString is FNV-1a, fixed so that models are the same everywhere.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func f1(t, a uint64) uint64       { return mix(t, a) }
func f2(t, a, b uint64) uint64    { return mix(mix(t, a), b) }
func f3(t, a, b, c uint64) uint64 { return mix(mix(mix(t, a), b), c) }

// prune drops the entries whose weight is below min in absolute value
// (in quantisation steps), and the features left without entries: most
// of a perceptron's weights are small corrections that rarely change a
// decision, and dropping them shrinks the model and speeds it up.
func (ws *weights) prune(min int) {
	var keys []uint64
	var start []uint32
	var cls []uint16
	var w []int16
	for i, k := range ws.keys {
		n := len(cls)
		for j := ws.start[i]; j < ws.start[i+1]; j++ {
			if x := int(ws.w[j]); x >= min || -x >= min {
				cls = append(cls, ws.cls[j])
				w = append(w, ws.w[j])
			}
		}
		if len(cls) > n {
			keys = append(keys, k)
			start = append(start, uint32(n))
		}
	}
	ws.keys, ws.start, ws.cls, ws.w = keys, append(start, uint32(len(cls))), cls, w
	ws.build()
}

// touched keeps score's touching loads from being optimised away.
var touched int16
