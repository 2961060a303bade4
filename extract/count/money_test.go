package count

import (
	"fmt"
	"testing"
)

func TestSums(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"made off with $ 137-million of diamonds", "[137e+06 USD]"},
		{"a two - million - euro ( $2 . 6 - million ) booty", "[2e+06 EUR 2.6e+06 USD]"},
		{"$2.6m heist; EUR 1.8m taken", "[2.6e+06 USD 1.8e+06 EUR]"},
		{"gems worth 85 million euros ( 74 million pounds )", "[85e+06 EUR 74e+06 GBP]"},
		{"steal e80 million from Paris store, a 2 mn - euro heist", "[80e+06 EUR 2e+06 EUR]"},
		{"seized six hundred and fifty thousand euros", "[650e+03 EUR]"},
		{"won eighty-six million dollars, then £41 million, GBP 41m", "[86e+06 USD 41e+06 GBP 41e+06 GBP]"},
		{"paid $1.2-billion, then US$ 38 a share", "[1.2e+09 USD 38 USD]"},
		{"an estimated one million dollars in damage", "[1e+06 USD]"},
		{"profit of 15.5 mln dlrs, against 9.2 mln stg", "[15.5e+06 USD 9.2e+06 GBP]"},
		{"killed 12 people, 2 million users, in 2008. 6 million more", "[]"},
		{"a crash on the E40 motorway near Liege; e2.6m stolen", "[2.6e+06 EUR]"},
	} {
		var got []string
		for _, s := range Sums(c.in) {
			got = append(got, fmt.Sprintf("%s %s", fmtValue(s.Value), s.Currency))
		}
		if fmt.Sprint(got) != c.want && !(len(got) == 0 && c.want == "[]") {
			t.Errorf("Sums(%q) = %v, want %s", c.in, got, c.want)
		}
	}
}

func fmtValue(v float64) string {
	for _, u := range []struct {
		s string
		n float64
	}{{"e+09", 1e9}, {"e+06", 1e6}, {"e+03", 1e3}} {
		if v >= u.n && v/u.n == float64(int(v/u.n*10))/10 {
			return fmt.Sprintf("%g%s", v/u.n, u.s)
		}
	}
	return fmt.Sprintf("%g", v)
}

func TestMagnitudes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"A 5.6 magnitude earthquake hit; a strong 5.6 -magnitude quake", "[5.6 5.6]"},
		{"An earthquake with a magnitude of at least 5 . 9 hit", "[5.9]"},
		{"An earthquake with a magnitude of 5 . 9 hit, registering 6 . 1 on the Richter scale", "[5.9 6.1]"},
		{"measuring 5.6 on the Richter scale; 5 . 9 Earthquake Jolts Iran", "[5.6 5.9]"},
		{"prices rose 5.6 percent in 2008. 6 people died", "[]"},
	} {
		if got := fmt.Sprint(Magnitudes(c.in)); got != c.want {
			t.Errorf("Magnitudes(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

// A figure or a run of scale words too large for an int is no sum, not a
// wrapped one.
func TestSumsOverflow(t *testing.T) {
	for _, in := range []string{
		"9999999999 billion dollars",
		"99999999999999999999.5 billion dollars",
		"hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred dollars",
		"a billion billion billion dollars",
	} {
		for _, s := range Sums(in) {
			if s.Value > maxNumber || s.Value <= 0 {
				t.Errorf("Sums(%q) gave %+v", in, s)
			}
		}
	}
}
