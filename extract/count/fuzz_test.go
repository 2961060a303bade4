package count

import (
	"math"
	"testing"
	"unicode/utf8"

	"github.com/annalist/annalist/text"
)

// FuzzFind checks that any text yields counts whose spans are in bounds,
// on character boundaries and equal to their text.
func FuzzFind(f *testing.F) {
	for _, tt := range findTests {
		f.Add(tt.in)
	}
	f.Add("a crowd of")
	f.Add("killing")
	f.Add("hundreds of thousands of")
	f.Add("the death toll rose to")
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range Find(text.Analyze(s, "")) {
			if c.Start < 0 || c.End > len(s) || c.Start >= c.End {
				t.Fatalf("count %+v out of bounds in %q", c, s)
			}
			if s[c.Start:c.End] != c.Text || !utf8.ValidString(c.Text) && utf8.ValidString(s) {
				t.Fatalf("count %+v: text is not s[%d:%d] of %q", c, c.Start, c.End, s)
			}
			if c.Number < 0 || c.Kind == "" {
				t.Fatalf("count %+v of %q", c, s)
			}
		}
	})
}

// FuzzSums checks that any text yields sums that are positive, finite and
// of a known currency, and magnitudes on the scale, without a panic.
func FuzzSums(f *testing.F) {
	f.Add("made off with $ 137-million of diamonds")
	f.Add("a two - million - euro ( $2 . 6 - million ) booty")
	f.Add("steal e80 million from Paris store, a 2 mn - euro heist")
	f.Add("seized six hundred and fifty thousand euros")
	f.Add("paid $1.2-billion, then US$ 38 a share, A$ 4m")
	f.Add("9999999999 billion dollars")
	f.Add("hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred dollars")
	f.Add("registering 6 . 1 on the Richter scale; a 5.6 magnitude quake")
	known := map[string]bool{}
	for _, m := range []map[string]string{currencyBefore, currencyAfter} {
		for _, c := range m {
			known[c] = true
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range Sums(s) {
			if !(m.Value > 0) || math.IsInf(m.Value, 0) || m.Value > maxNumber || !known[m.Currency] {
				t.Fatalf("Sums(%q) gave %+v", s, m)
			}
		}
		for _, v := range Magnitudes(s) {
			if !(v >= 1 && v < 10) {
				t.Fatalf("Magnitudes(%q) gave %v", s, v)
			}
		}
	})
}
