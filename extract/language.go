package extract

import (
	"strings"
	"unicode"

	"github.com/abadojack/whatlanggo"

	"github.com/annalist/annalist/internal/words"
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
		if l := cyrillic(s); l != "" {
			return l
		}
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
// cyrillicLetters are letters that only some Cyrillic alphabets have: a
// trigram detector mixes up Russian, Bulgarian, Serbian and Ukrainian on
// short text, but their alphabets tell them apart.
var cyrillicLetters = map[string]string{
	"uk": "іїєґ",
	"be": "ўі",
	"ru": "ыэ",
	"sr": "јљњћђџ",
	"mk": "јљњѓќѕџ",
}

// cyrillic names the language of Cyrillic text by its letters, or "" when
// the text is not Cyrillic or its letters do not decide.
func cyrillic(s string) string {
	counts := map[rune]int{}
	cyr := 0
	for _, r := range strings.ToLower(s) {
		if unicode.Is(unicode.Cyrillic, r) {
			counts[r]++
			cyr++
		}
	}
	if cyr < 20 {
		return ""
	}
	has := func(lang string) int {
		n := 0
		for _, r := range cyrillicLetters[lang] {
			n += counts[r]
		}
		return n
	}
	switch {
	case counts['ў'] > 0:
		return "be"
	case has("uk") > 0 && counts['ы'] == 0 && counts['э'] == 0:
		return "uk"
	case has("ru") > 0 && has("uk") == 0 && has("sr") == 0:
		return "ru" // ы and э: Russian (Belarusian has ў)
	case counts['ј'] > 0 && (counts['ѓ'] > 0 || counts['ќ'] > 0 || counts['ѕ'] > 0):
		return "mk"
	case has("sr") > 0:
		return "sr"
	}
	// Russian without ы or э in a short text, or Bulgarian: their
	// commonest words differ.
	ru, bg := 0, 0
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch {
		case russianWords[w]:
			ru++
		case bulgarianWords[w]:
			bg++
		}
	}
	switch {
	case ru > bg:
		return "ru"
	case bg > ru:
		return "bg"
	}
	return "" // too little to tell: the detector decides
}

var (
	russianWords   = words.Set("что это как из был была было его она они который которые также после или уже только")
	bulgarianWords = words.Set("че са ще това от които който която също след във със")
)

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
