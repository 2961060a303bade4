package story

import (
	"hash/fnv"
	"slices"
	"strings"
	"unicode"
)

// Sketch summarises an article's word shingles for near-duplicate
// detection: a bottom-k MinHash (the k smallest hashes of its distinct
// shingles) and the number of distinct shingles. One hash per shingle keeps
// it cheap; the k smallest of two sketches' union estimate their Jaccard
// similarity, and with the sizes, how much of the shorter one the longer
// one contains: what a syndicated copy with another header and footer, or
// a sentence dropped, still shares with its original.
type Sketch struct {
	Mins []uint64 // ascending, at most sketchSize
	Size int      // distinct shingles
}

const (
	shingleWords = 3
	sketchSize   = 64
)

// NewSketch sketches text: lower-cased words and numbers, in shingles of
// three.
func NewSketch(text string) Sketch {
	words := Words(text)
	if len(words) == 0 {
		return Sketch{}
	}
	n := len(words) - shingleWords + 1
	if n < 1 {
		n = 1
	}
	hashes := make([]uint64, 0, n)
	for i := 0; i < n; i++ {
		h := fnv.New64a()
		for j := i; j < i+shingleWords && j < len(words); j++ {
			h.Write([]byte(words[j]))
			h.Write([]byte{' '})
		}
		hashes = append(hashes, mix(h.Sum64()))
	}
	slices.Sort(hashes)
	hashes = slices.Compact(hashes)
	sk := Sketch{Size: len(hashes)}
	sk.Mins = hashes[:min(sketchSize, len(hashes))]
	return sk
}

// mix is SplitMix64's finaliser: FNV's low bits are poorly spread, and the
// sketch keeps the smallest values.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Jaccard estimates the Jaccard similarity of the two shingle sets: the
// share of the union's k smallest hashes that both sets hold.
func (a Sketch) Jaccard(b Sketch) float64 {
	if len(a.Mins) == 0 || len(b.Mins) == 0 {
		return 0
	}
	// Each sketch holds min(k, size) hashes, so the union's k smallest
	// are all among them.
	i, j, seen, both := 0, 0, 0, 0
	for seen < sketchSize && (i < len(a.Mins) || j < len(b.Mins)) {
		switch {
		case j >= len(b.Mins) || (i < len(a.Mins) && a.Mins[i] < b.Mins[j]):
			i++
		case i >= len(a.Mins) || b.Mins[j] < a.Mins[i]:
			j++
		default:
			both++
			i++
			j++
		}
		seen++
	}
	return float64(both) / float64(seen)
}

// Containment estimates the share of the smaller set's shingles that the
// larger one holds, from the Jaccard estimate and the sizes:
// |A∩B| = J(|A|+|B|)/(1+J).
func (a Sketch) Containment(b Sketch) float64 {
	small := min(a.Size, b.Size)
	if small == 0 {
		return 0
	}
	j := a.Jaccard(b)
	inter := j * float64(a.Size+b.Size) / (1 + j)
	return min(1, inter/float64(small))
}

// Words splits text into lower-cased words and numbers: letters and digits
// kept, apostrophes and inner periods or commas of numbers folded in, all
// else a separator.
func Words(text string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	rs := []rune(text)
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case (r == '.' || r == ',') && b.Len() > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i+1]) && i > 0 && unicode.IsDigit(rs[i-1]):
			b.WriteRune(r)
		case r == '\'' || r == '’':
			// "don't", "Reuters'": the apostrophe joins, it does not split
		default:
			flush()
		}
	}
	flush()
	return out
}
