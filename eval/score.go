package eval

// ratio is a/b, or 0 when b is 0: a precision or recall over nothing.
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// f1 is the harmonic mean of precision p and recall r.
func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// prf is precision, recall and F1 from true positives and the numbers
// predicted and in the gold.
func prf(tp, predicted, gold int) (p, r, f float64) {
	p, r = ratio(tp, predicted), ratio(tp, gold)
	return p, r, f1(p, r)
}
