package count

import (
	"strconv"
	"strings"

	"github.com/annalist/annalist/internal/words"
)

// A number phrase read from tokens: Value over tokens [start, end).
type number struct {
	start, end int
	value      int
	// vague marks plural round words ("dozens", "tens of thousands"):
	// the value is the smallest the words allow, and reads "at least".
	vague bool
}

var smallNumbers = words.Numbers

var scales = map[string]int{
	"hundred": 100, "thousand": 1000, "million": 1000000, "billion": 1000000000,
	"mln": 1000000, "bn": 1000000000,
}

// Vague plurals, valued at the smallest amount the plural allows: two of
// the unit ("dozens" is at least two dozen, "scores" at least two score).
// GDELT's count extraction reads "dozens" as 12 (one dozen); we prefer the
// plural's own floor and mark the count "at least", which never
// overstates.
var vaguePlurals = map[string]int{
	"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000,
	"millions": 2000000, "tens": 20,
}

// Vague multipliers before a scale word: "several hundred" is at least 300,
// "a few thousand" at least 2,000.
var vagueMultipliers = map[string]int{"several": 3, "few": 2, "some": 2}

// numberStarts holds every word that can open a number phrase, so that
// most words are turned away by one look-up.
var numberStarts = map[string]bool{"a": true, "an": true, "hundred": true, "thousand": true, "million": true,
	"billion": true, "dozen": true}

func init() {
	for _, m := range []map[string]int{smallNumbers, vaguePlurals, vagueMultipliers} {
		for w := range m {
			numberStarts[w] = true
		}
	}
}

// mayStartNumber reports whether w can open a number phrase.
func mayStartNumber(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	if i := strings.IndexByte(w, '-'); i > 0 {
		w = w[:i] // "twenty-five"
	}
	return numberStarts[w]
}

// smallNumber reads "seven", "twenty-five" or "twenty".
func smallNumber(w string) (int, bool) {
	if v, ok := smallNumbers[w]; ok {
		return v, true
	}
	if i := strings.IndexByte(w, '-'); i > 0 {
		t, ok1 := smallNumbers[w[:i]]
		u, ok2 := smallNumbers[w[i+1:]]
		if ok1 && ok2 && t >= 20 && t%10 == 0 && u > 0 && u < 10 {
			return t + u, true
		}
	}
	return 0, false
}

// digits reads "238", "1,200" or "1.5" (decimal is true for the last,
// whose value is then in thousandths).
func digits(w string) (v int, decimal, ok bool) {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return 0, false, false
	}
	if i := strings.IndexByte(w, '.'); i >= 0 {
		f, err := strconv.ParseFloat(w, 64)
		if err != nil || strings.ContainsAny(w, ",eE+-") || len(w)-i-1 > 3 || f > maxNumber/1000 {
			return 0, false, false
		}
		return int(f*1000 + 0.5), true, true
	}
	if strings.IndexByte(w, ',') >= 0 {
		// Groups of three after the first: "1,200", "10,000".
		groups := strings.Split(w, ",")
		if len(groups[0]) == 0 || len(groups[0]) > 3 {
			return 0, false, false
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return 0, false, false
			}
		}
		w = strings.ReplaceAll(w, ",", "")
	}
	if len(w) > 10 {
		return 0, false, false
	}
	n, err := strconv.Atoi(w)
	if err != nil || n < 0 {
		return 0, false, false
	}
	return n, false, true
}

// maxNumber bounds what parseNumber reads, so that a run of scale words
// ("hundred hundred ...") or a long figure before "billion" cannot
// overflow: no count or sum in the news comes near it.
const maxNumber = 1 << 53

// parseNumber reads the number phrase that starts at token i of the
// lower-cased words lw, if any.
func parseNumber(lw []string, i int) (number, bool) {
	if i >= len(lw) {
		return number{}, false
	}
	w := lw[i]
	if !mayStartNumber(w) {
		return number{}, false
	}
	at := func(k int) string {
		if k < len(lw) {
			return lw[k]
		}
		return ""
	}
	// Digits, with an optional scale word: "238", "1.5 million".
	if v, dec, ok := digits(w); ok {
		j := i + 1
		if s, ok := scales[at(j)]; ok {
			if v > maxNumber/s {
				return number{}, false
			}
			if dec {
				return number{i, j + 1, v * s / 1000, false}, true
			}
			return number{i, j + 1, v * s, false}, true
		}
		if dec {
			return number{}, false
		}
		return number{i, j, v, false}, true
	}
	// Vague plurals: "dozens", "hundreds of thousands", "tens of millions".
	if v, ok := vaguePlurals[w]; ok {
		if at(i+1) == "of" {
			if s, ok := scales[strings.TrimSuffix(at(i+2), "s")]; ok && strings.HasSuffix(at(i+2), "s") && s > 100 {
				return number{i, i + 3, v * s, true}, true
			}
		}
		if w == "tens" || w == "scores" && at(i+1) != "of" {
			return number{}, false
		}
		return number{i, i + 1, v, true}, true
	}
	// "several hundred", "a few thousand".
	if m, ok := vagueMultipliers[w]; ok && w != "some" || w == "a" && at(i+1) == "few" {
		j := i + 1
		if w == "a" {
			m, j = 2, i+2
		}
		if s, ok := scales[at(j)]; ok {
			return number{i, j + 1, m * s, true}, true
		}
		return number{}, false
	}
	// Number words: "two hundred", "a dozen", "one hundred and fifty",
	// "three thousand five hundred", "a million".
	total, current, j := 0, 0, i
	seen := false
	if w == "a" || w == "an" {
		nx := at(i + 1)
		if _, ok := scales[nx]; !ok && nx != "dozen" {
			return number{}, false
		}
		current, j = 1, i+1
	}
	for ; j < len(lw); j++ {
		x := lw[j]
		if v, ok := smallNumber(x); ok {
			// "thirty four" is 34; "five six" is no number.
			if c := current % 100; c != 0 && (c < 20 || c%10 != 0 || v >= 10) {
				break
			}
			current += v
			seen = true
			continue
		}
		switch {
		case x == "hundred":
			if current == 0 {
				current = 1
			}
			if current > maxNumber/100 {
				return number{}, false
			}
			current *= 100
			seen = true
			continue
		case x == "dozen":
			if current == 0 {
				current = 1
			}
			if current > maxNumber/12 {
				return number{}, false
			}
			current *= 12
			seen = true
			continue
		case scales[x] >= 1000:
			if current == 0 {
				current = 1
			}
			if current > maxNumber/scales[x] || total > maxNumber-current*scales[x] {
				return number{}, false
			}
			total += current * scales[x]
			current = 0
			seen = true
			continue
		case x == "and" && seen && j+1 < len(lw):
			// "one hundred and fifty" but not "five dead and twenty injured".
			if _, ok := smallNumber(lw[j+1]); ok && (total > 0 || current >= 100) && current%100 == 0 {
				continue
			}
		}
		break
	}
	if !seen {
		return number{}, false
	}
	return number{i, j, total + current, false}, true
}
