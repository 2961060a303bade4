package syntax

import (
	"math/rand/v2"
	"testing"
)

// TestScoreSums checks score, with its inline, out of line and dense
// (packed) rows, against the plain sum of the stored entries, on the
// default model's tagger and parser and random mixes of their features
// (the commonest, with dense rows, among them) and unknown ones.
func TestScoreSums(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []*weights{m.Tagger.w, m.Parser.w} {
		if len(w.dense) == 0 {
			t.Fatal("no dense rows")
		}
		idx := make(map[uint64]int, len(w.keys))
		var heavy []uint64
		for i, k := range w.keys {
			idx[k] = i
			if w.start[i+1]-w.start[i] >= denseMin {
				heavy = append(heavy, k)
			}
		}
		rng := rand.New(rand.NewPCG(1, 2))
		got, want := make([]int32, w.nclass), make([]int32, w.nclass)
		for range 1000 {
			fs := make([]uint64, rng.IntN(200))
			for i := range fs {
				switch rng.IntN(3) {
				case 0:
					fs[i] = rng.Uint64()
				case 1:
					fs[i] = w.keys[rng.IntN(len(w.keys))]
				default:
					fs[i] = heavy[rng.IntN(len(heavy))]
				}
			}
			clear(want)
			for _, f := range fs {
				if i, ok := idx[f]; ok {
					for j := w.start[i]; j < w.start[i+1]; j++ {
						want[w.cls[j]] += int32(w.w[j])
					}
				}
			}
			w.score(fs, got)
			for c := range want {
				if got[c] != want[c] {
					t.Fatalf("%d features: class %d scores %d, want %d", len(fs), c, got[c], want[c])
				}
			}
		}
	}
}

// TestPack checks that packed sums give both halves back at the extremes.
func TestPack(t *testing.T) {
	for _, c := range [][2]int16{{0, 0}, {-1, 1}, {32767, -32768}, {-32768, 32767}, {-32768, -32768}} {
		var acc uint64
		for range 1000 {
			acc += pack(c[0], c[1])
		}
		if lo, hi := unpack(acc); lo != 1000*int32(c[0]) || hi != 1000*int32(c[1]) {
			t.Errorf("1000 × %v: got %d, %d", c, lo, hi)
		}
	}
}
