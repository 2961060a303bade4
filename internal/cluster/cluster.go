// Package cluster builds the hierarchical word clusters the name tagger
// uses as features, as Brown clusters are used: each word has a path of
// 0s and 1s, and the prefixes of the path are clusters at coarser
// granularities. The vocabulary is split in two recursively by spherical
// 2-means seeded with the principal direction of the vectors. It runs in
// one goroutine in a fixed order, so the paths are the same on every run.
//
// The generators ner/internal/genglove (dense GloVe vectors) and
// ner/internal/genlex (sparse PPMI vectors) share it; each gives its
// vectors through Points.
package cluster

import "math"

// Points are the vectors to split, by index, of unit length.
type Points interface {
	// Dim is the number of dimensions.
	Dim() int
	// Dot returns the dot product of point i with d.
	Dot(i int, d []float64) float64
	// AddTo adds point i to d.
	AddTo(d []float64, i int)
	// Spread returns the sum over ids of ((x−mean)·dir)(x−mean), x being
	// point i: the scatter matrix of the centred points times dir, the
	// step of the power iteration (sparse points can skip the zeros).
	Spread(ids []int, mean, dir []float64) []float64
}

// Rounds bounds the iterations of each split: of the power iteration that
// finds the principal direction, and of 2-means after it (which stops
// earlier once no point changes side).
type Rounds struct {
	Power, Means int
}

// Paths returns the paths of points 0..n-1 in a tree at most depth bits
// deep. A group of fewer than four points, or one that 2-means cannot
// split, is a leaf.
func Paths(p Points, n, depth int, r Rounds) []string {
	paths := make([]string, n)
	ids := make([]int, n)
	for i := range ids {
		ids[i] = i
	}
	split(p, ids, "", depth, r, paths)
	return paths
}

func split(p Points, ids []int, prefix string, depth int, r Rounds, paths []string) {
	if depth == 0 || len(ids) < 4 {
		for _, i := range ids {
			paths[i] = prefix
		}
		return
	}
	dim := p.Dim()
	mean := make([]float64, dim)
	for _, i := range ids {
		p.AddTo(mean, i)
	}
	for k := range mean {
		mean[k] /= float64(len(ids))
	}
	// Power iteration for the principal direction of the centred vectors.
	dir := make([]float64, dim)
	for k := range dir {
		dir[k] = 1 / math.Sqrt(float64(k+1))
	}
	for it := 0; it < r.Power; it++ {
		next := p.Spread(ids, mean, dir)
		Normalize(next)
		dir = next
	}
	side := make([]bool, len(ids))
	md := Dot(mean, dir)
	for j, i := range ids {
		side[j] = p.Dot(i, dir)-md > 0
	}
	for it := 0; it < r.Means; it++ {
		var c [2][]float64
		var n [2]int
		c[0], c[1] = make([]float64, dim), make([]float64, dim)
		for j, i := range ids {
			s := 0
			if side[j] {
				s = 1
			}
			n[s]++
			p.AddTo(c[s], i)
		}
		if n[0] == 0 || n[1] == 0 {
			break
		}
		Normalize(c[0])
		Normalize(c[1])
		changed := false
		for j, i := range ids {
			if s := p.Dot(i, c[1]) > p.Dot(i, c[0]); s != side[j] {
				side[j], changed = s, true
			}
		}
		if !changed {
			break
		}
	}
	var left, right []int
	for j, i := range ids {
		if side[j] {
			right = append(right, i)
		} else {
			left = append(left, i)
		}
	}
	if len(left) == 0 || len(right) == 0 {
		for _, i := range ids {
			paths[i] = prefix
		}
		return
	}
	split(p, left, prefix+"0", depth-1, r, paths)
	split(p, right, prefix+"1", depth-1, r, paths)
}

// Dot returns the dot product of a and b.
func Dot(a, b []float64) float64 {
	s := 0.0
	for k := range a {
		s += a[k] * b[k]
	}
	return s
}

// Normalize scales v to unit length (a zero vector stays zero).
func Normalize(v []float64) {
	s := math.Sqrt(Dot(v, v))
	if s == 0 {
		return
	}
	for k := range v {
		v[k] /= s
	}
}

// Dense are points as full vectors of equal length.
type Dense [][]float64

// Dim is the length of the vectors.
func (v Dense) Dim() int {
	if len(v) == 0 {
		return 0
	}
	return len(v[0])
}

// Dot returns v[i]·d.
func (v Dense) Dot(i int, d []float64) float64 { return Dot(v[i], d) }

// AddTo adds v[i] to d.
func (v Dense) AddTo(d []float64, i int) {
	for k, x := range v[i] {
		d[k] += x
	}
}

// Spread is as Points says, centring each vector as it goes.
func (v Dense) Spread(ids []int, mean, dir []float64) []float64 {
	next := make([]float64, len(mean))
	md := Dot(mean, dir)
	for _, i := range ids {
		p := Dot(v[i], dir) - md
		for k, x := range v[i] {
			next[k] += p * (x - mean[k])
		}
	}
	return next
}
