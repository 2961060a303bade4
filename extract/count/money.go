package count

import (
	"strconv"
	"strings"
	"unicode"
)

// Sum is an amount of money a text names: Value units of Currency (an ISO
// 4217 code; "$" is read as USD).
type Sum struct {
	Value    float64
	Currency string
}

// Sums finds the amounts of money in s, in text order, however written:
// "$137-million", "$2.6m", "EUR 1.8m", "85 million euros", "two million
// euro", "six hundred and fifty thousand euros", "a two-million-euro heist",
// and with the tokens of a tokenised corpus spaced apart ("$2 . 6 -
// million"). A figure with no currency beside it is no sum.
func Sums(s string) []Sum {
	lw := moneyTokens(s)
	var out []Sum
	for i := 0; i < len(lw); i++ {
		cur, j := currencyBefore[lw[i]], i
		if cur != "" {
			j = i + 1
		}
		if j >= len(lw) || !mayStartNumber(lw[j]) {
			continue
		}
		n, ok := parseNumber(lw, j)
		if !ok || n.vague || n.value <= 0 {
			continue
		}
		if cur == "" && n.end < len(lw) {
			cur = currencyAfter[lw[n.end]]
		}
		if cur == "" {
			continue
		}
		out = append(out, Sum{Value: float64(n.value), Currency: cur})
		i = n.end - 1
	}
	return out
}

// Currencies by the symbol or code written before the figure, and by the
// word written after it.
var (
	currencyBefore = map[string]string{
		"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
		"¥": "JPY", "jpy": "JPY", "chf": "CHF", "rs": "INR", "inr": "INR", "a$": "AUD", "c$": "CAD",
	}
	currencyAfter = map[string]string{
		"dollar": "USD", "dollars": "USD", "dlr": "USD", "dlrs": "USD", "stg": "GBP", "usd": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
		"pound": "GBP", "pounds": "GBP", "sterling": "GBP", "gbp": "GBP", "yen": "JPY", "yuan": "CNY",
		"rupee": "INR", "rupees": "INR", "francs": "CHF", "rand": "ZAR", "pesos": "MXN", "roubles": "RUB",
		"rubles": "RUB",
	}
	// Scale suffixes and abbreviations, read as the scale word parseNumber
	// knows: "1.8m", "2 mn", "41bn".
	scaleWords = map[string]string{
		"m": "million", "mn": "million", "mln": "million", "million": "million", "millions": "million",
		"bn": "billion", "bln": "billion", "billion": "billion", "k": "thousand", "thousand": "thousand",
	}
)

// moneyTokens splits s into lower-cased words, figures (with their inner
// periods and commas) and currency symbols; hyphens and other marks only
// separate. A figure's scale suffix ("1.8m") and a currency letter before
// it ("e80", the euro sign as some corpora write it) become words of
// their own, and a figure spaced apart around its decimal point ("2 . 6")
// is joined when a scale or currency follows.
func moneyTokens(s string) []string {
	var raw []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			raw = append(raw, b.String())
			b.Reset()
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case (r == '.' || r == ',') && b.Len() > 0 && i > 0 && unicode.IsDigit(rs[i-1]) && i+1 < len(rs) && unicode.IsDigit(rs[i+1]):
			b.WriteRune(r)
		case r == '$' && (b.String() == "us" || b.String() == "a" || b.String() == "c"):
			b.WriteRune(r)
			flush()
		case r == '$' || r == '€' || r == '£' || r == '¥' || r == '.':
			flush()
			raw = append(raw, string(r))
		default:
			flush()
		}
	}
	flush()
	out := make([]string, 0, len(raw))
	for i, w := range raw {
		// "e80 million", "e2.6m": a euro sign read as a letter, where a
		// scale follows ("the E40 motorway" is a road).
		if len(w) > 1 && w[0] == 'e' && w[1] >= '0' && w[1] <= '9' && (scaleSuffix(w[1:]) > 0 || i+1 < len(raw) && scaleWords[raw[i+1]] != "") {
			out = append(out, "€")
			w = w[1:]
		}
		// "1.8m", "41bn": the figure, then its scale.
		if k := scaleSuffix(w); k > 0 {
			out = append(out, w[:k], scaleWords[w[k:]])
			continue
		}
		if sw := scaleWords[w]; sw != "" && len(out) > 0 && isFigure(out[len(out)-1]) {
			w = sw
		}
		out = append(out, w)
	}
	// "2 . 6 million": one figure.
	joined := out[:0]
	for i := 0; i < len(out); i++ {
		if out[i] == "." && len(joined) > 0 && isDigitsOnly(joined[len(joined)-1]) && i+2 < len(out) &&
			isDigitsOnly(out[i+1]) && len(out[i+1]) <= 3 && (scaleWords[out[i+2]] != "" || currencyAfter[out[i+2]] != "" ||
			magnitudeAfter[out[i+2]] || magnitudeNear(joined[:len(joined)-1])) {
			joined[len(joined)-1] += "." + out[i+1]
			i++
			continue
		}
		joined = append(joined, out[i])
	}
	return joined
}

// scaleSuffix is where the scale suffix of a figure w starts ("1.8m": 3),
// or -1 for none.
func scaleSuffix(w string) int {
	if !isFigure(w) {
		return -1
	}
	k := strings.IndexFunc(w, func(r rune) bool { return r >= 'a' && r <= 'z' })
	if k > 0 && scaleWords[w[k:]] != "" {
		return k
	}
	return -1
}

func isFigure(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

func isDigitsOnly(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// Magnitudes finds the magnitudes of earthquakes s gives ("a 5.6
// magnitude quake", "magnitude of 5 . 9", "6.1 on the Richter scale"), in
// text order: one quake has one, give or take a tenth or two between
// agencies.
func Magnitudes(s string) []float64 {
	lw := moneyTokens(s)
	var out []float64
	at := func(k int) string {
		if k >= 0 && k < len(lw) {
			return lw[k]
		}
		return ""
	}
	for i, w := range lw {
		if !strings.Contains(w, ".") {
			continue
		}
		v, err := strconv.ParseFloat(w, 64)
		if err != nil || v < 1 || v >= 10 {
			continue
		}
		if magnitudeNear(lw[:i]) || magnitudeAfter[at(i+1)] ||
			at(i+1) == "on" && at(i+3) == "richter" {
			out = append(out, v)
		}
	}
	return out
}

// magnitudeNear reports whether one of the last four words ws says a
// magnitude follows ("magnitude of at least").
func magnitudeNear(ws []string) bool {
	for _, w := range ws[max(0, len(ws)-4):] {
		if magnitudeBefore[w] {
			return true
		}
	}
	return false
}

// Words beside a quake's magnitude.
var (
	magnitudeBefore = map[string]bool{"magnitude": true, "measuring": true, "registering": true}
	magnitudeAfter  = map[string]bool{"magnitude": true, "quake": true, "earthquake": true, "tremor": true, "temblor": true, "richter": true}
)
