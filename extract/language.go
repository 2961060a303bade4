package extract

import (
	"strings"
	"unicode"

	"github.com/abadojack/whatlanggo"
)

// functionWords are the commonest words of the Latin-script languages news
// comes in most. A trigram detector is overconfident on telegraphic text
// ("Shr loss 30 cts vs loss 20 cts" reads as French to it), so a claim of
// one of these languages must be borne out by its function words.
var functionWords = map[string]map[string]bool{}

func init() {
	for lang, words := range map[string]string{
		"en": "the of and to in a is was that for on it with as by at from he she they said has have were be are an this",
		"fr": "le la les de des du et en un une est que qui dans pour pas sur au aux il elle ne se plus par avec",
		"es": "el la los las de del y en un una es que por con para no se su al lo como más",
		"pt": "o a os as de do da dos das e em um uma é que por com para não se no na ao",
		"de": "der die das und ist nicht ein eine zu den von mit sich des auf für im dem sie es",
		"it": "il lo la gli le di del della e un una è che per con non si nel alla al da",
		"nl": "de het een en van in is dat op te zijn met voor niet aan er",
	} {
		functionWords[lang] = map[string]bool{}
		for _, w := range strings.Fields(words) {
			functionWords[lang][w] = true
		}
	}
}

// Language returns the ISO 639-1 code of s, or "" when unsure.
func Language(s string) string {
	if len(s) > 4096 {
		s = s[:4096]
	}
	info := whatlanggo.Detect(s)
	lang := info.Lang.Iso6391()
	if !latin(s) {
		return lang // the script alone says it is not English
	}
	if !info.IsReliable() {
		return ""
	}
	if lang != "en" && share(s, "en") >= 0.1 {
		return "en" // plainly English, whatever the trigrams say
	}
	if _, listed := functionWords[lang]; listed && share(s, lang) < 0.05 {
		return ""
	}
	return lang
}

// share is the fraction of the words of s that are function words of lang.
func share(s, lang string) float64 {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) == 0 {
		return 0
	}
	n := 0
	for _, w := range words {
		if functionWords[lang][w] {
			n++
		}
	}
	return float64(n) / float64(len(words))
}

// latin reports whether most letters of s are Latin.
func latin(s string) bool {
	n, l := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
			if unicode.Is(unicode.Latin, r) {
				l++
			}
		}
	}
	return 2*l >= n
}
