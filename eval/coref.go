package eval

import "math"

// CorefScore is the CoNLL coreference score: the mean of the F1 of MUC,
// B-cubed and CEAF-e, each given too.
type CorefScore struct {
	Mentions           int
	MUC, BCubed, CEAFe PRF
	CoNLL              float64
}

// Coref scores predicted chains against gold chains over the same
// mentions (item → chain id in each map).
func Coref(gold, pred map[string]string) *CorefScore {
	g, p := clusters(gold), clusters(pred)
	s := &CorefScore{Mentions: len(gold), BCubed: BCubed(gold, pred)}
	s.MUC = newPRF(muc(p, gold), muc(g, pred))
	s.CEAFe = ceafe(g, p)
	s.CoNLL = (s.MUC.F + s.BCubed.F + s.CEAFe.F) / 3
	return s
}

// muc is the MUC recall of the key clusters against the response's chain
// ids (Vilain et al. 1995): for each key cluster, its links kept, out of
// its size less one. Swapping key and response gives precision.
func muc(key [][]string, response map[string]string) float64 {
	var num, den float64
	for _, c := range key {
		parts := map[string]bool{}
		for _, m := range c {
			parts[response[m]] = true
		}
		num += float64(len(c) - len(parts))
		den += float64(len(c) - 1)
	}
	if den == 0 {
		return 0
	}
	return num / den
}

// ceafe is the entity-based CEAF (Luo 2005): the best one-to-one
// alignment of gold and predicted clusters by φ4 = 2|K∩R|/(|K|+|R|),
// found with the Hungarian method.
func ceafe(gold, pred [][]string) PRF {
	if len(gold) == 0 || len(pred) == 0 {
		return PRF{}
	}
	n := max(len(gold), len(pred))
	sim := make([][]float64, n)
	for i := range sim {
		sim[i] = make([]float64, n)
	}
	for i, k := range gold {
		in := map[string]bool{}
		for _, m := range k {
			in[m] = true
		}
		for j, r := range pred {
			both := 0
			for _, m := range r {
				if in[m] {
					both++
				}
			}
			sim[i][j] = 2 * float64(both) / float64(len(k)+len(r))
		}
	}
	total := 0.0
	for i, j := range assign(sim) {
		total += sim[i][j]
	}
	return newPRF(total/float64(len(pred)), total/float64(len(gold)))
}

// assign solves the square assignment problem for the largest total
// weight (Hungarian method, O(n³)); row i goes to column assign[i].
func assign(w [][]float64) []int {
	n := len(w)
	const inf = math.MaxFloat64 / 4
	u, v := make([]float64, n+1), make([]float64, n+1)
	p, way := make([]int, n+1), make([]int, n+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		minv := make([]float64, n+1)
		used := make([]bool, n+1)
		for j := range minv {
			minv[j] = inf
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], inf, 0
			for j := 1; j <= n; j++ {
				if used[j] {
					continue
				}
				cur := -w[i0-1][j-1] - u[i0] - v[j]
				if cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= n; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	out := make([]int, n)
	for j := 1; j <= n; j++ {
		if p[j] > 0 {
			out[p[j]-1] = j - 1
		}
	}
	return out
}
