package event

import "strings"

// irregular maps irregular inflections to their lemma.
var irregular = map[string]string{
	"met": "meet", "fought": "fight", "beaten": "beat", "struck": "strike", "stricken": "strike",
	"shot": "shoot", "held": "hold", "gave": "give", "given": "give", "took": "take", "taken": "take",
	"sought": "seek", "sent": "send", "slain": "slay", "slew": "slay", "swore": "swear", "sworn": "swear",
	"withdrew": "withdraw", "withdrawn": "withdraw", "froze": "freeze", "frozen": "freeze",
	"broke": "break", "broken": "break", "led": "lead", "fled": "flee", "rose": "rise", "risen": "rise",
	"threw": "throw", "thrown": "throw", "made": "make", "lent": "lend", "forgave": "forgive",
	"forgiven": "forgive", "blew": "blow", "blown": "blow", "stood": "stand", "spoke": "speak",
	"spoken": "speak", "told": "tell", "kept": "keep", "undertook": "undertake", "began": "begin",
	"begun": "begin", "drove": "drive", "driven": "drive", "bore": "bear", "won": "win", "lost": "lose",
	"laid": "lay", "left": "leave", "sank": "sink", "sunk": "sink", "flew": "fly", "flown": "fly",
	"overran": "overrun", "waylaid": "waylay", "retook": "retake", "retaken": "retake", "overtook": "overtake", "overtaken": "overtake", "withheld": "withhold", "forbade": "forbid", "forbidden": "forbid", "drew": "draw",
	"drawn": "draw", "sold": "sell", "bought": "buy", "swept": "sweep", "hid": "hide", "hidden": "hide",
	"stole": "steal", "stolen": "steal", "ran": "run", "paid": "pay", "said": "say", "went": "go", "gone": "go", "came": "come",
	"fell": "fall", "fallen": "fall", "hit": "hit", "set": "set", "cut": "cut", "quit": "quit",
	"shut": "shut", "put": "put", "upheld": "uphold", "overthrew": "overthrow", "overthrown": "overthrow",
	"rebuilt": "rebuild", "built": "build", "burnt": "burn", "dealt": "deal", "streets": "street", "sat": "sit",
	// Irregular past forms of lexicon verbs from WordNet 3.0's verb.exc
	// that the suffix rules miss ("found guilty", "brought charges"); not
	// the forms that are more often nouns or other words ("wound", "dove",
	// "bound", "lit").
	"found": "find", "brought": "bring", "caught": "catch", "tore": "tear", "torn": "tear", "hung": "hang",
	"heard": "hear", "got": "get", "gotten": "get", "spent": "spend", "wrote": "write", "written": "write",
	"shown": "show", "oversaw": "oversee", "overseen": "oversee", "overcame": "overcome", "overrode": "override",
	"overridden": "override", "overflew": "overfly", "overflown": "overfly", "strove": "strive", "striven": "strive",
	"pled": "plead", "bade": "bid", "bidden": "bid", "dug": "dig", "undid": "undo", "undone": "undo",
	"forbad": "forbid", "forswore": "forswear", "forsworn": "forswear", "learnt": "learn",
	"children": "child", "according": "according", "accordingly": "accordingly", "people": "people", "police": "police",
}

// lemmas returns the lemmas a lower-case word may be an inflection of,
// the word itself first. It over-generates on purpose: only candidates
// found in the lexicon matter.
func lemmas(w string) []string { return appendLemmas(nil, w) }

// appendLemmas appends lemmas(w) to out.
func appendLemmas(out []string, w string) []string {
	first := len(out)
	out = append(out, w)
	if l, ok := irregular[w]; ok {
		return append(out, l)
	}
	add := func(s string) {
		if len(s) >= 2 {
			out = append(out, s)
		}
	}
	undouble := func(s string) {
		n := len(s)
		if n >= 3 && s[n-1] == s[n-2] && !strings.ContainsRune("aeiouy", rune(s[n-1])) {
			add(s[:n-1])
		}
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		add(w[:len(w)-3] + "y")
	case strings.HasSuffix(w, "es"):
		// "-es" is a suffix of its own only after a sibilant or an "o"
		// ("clashes", "taxes", "vetoes"); else the "-s" of a word in "-e"
		// ("aides" is "aide", not "aid").
		if b := w[:len(w)-2]; strings.HasSuffix(b, "o") || strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "sh") ||
			strings.HasSuffix(b, "s") || strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z") {
			add(b)
		}
		add(w[:len(w)-1])
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		add(w[:len(w)-1])
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		add(w[:len(w)-3] + "y")
	case strings.HasSuffix(w, "ed"):
		add(w[:len(w)-1])
		if !shortClosed(w[:len(w)-2]) {
			add(w[:len(w)-2])
		}
		undouble(w[:len(w)-2])
	case strings.HasSuffix(w, "ing") && len(w) > 4:
		if !shortClosed(w[:len(w)-3]) {
			add(w[:len(w)-3])
		}
		add(w[:len(w)-3] + "e")
		undouble(w[:len(w)-3])
	}
	// British and American spellings: "mobilisation" finds "mobilization",
	// "criticized" finds "criticise".
	for _, c := range out[first:] {
		for _, v := range spellings {
			if strings.HasSuffix(c, v[0]) {
				out = append(out, c[:len(c)-len(v[0])]+v[1])
				break
			}
		}
	}
	return out
}

// spellings are the suffixes that British and American English spell
// apart, each paired with the other spelling.
var spellings = [][2]string{{"isation", "ization"}, {"ization", "isation"}, {"ise", "ize"}, {"ize", "ise"}}

// inflection tells how a matched word was inflected, which helps decide
// between verb and noun readings.
func inflection(w string) string {
	switch {
	case strings.HasSuffix(w, "ed"), irregular[w] != "" && !strings.HasSuffix(w, "s"):
		return "ed"
	case strings.HasSuffix(w, "ing"):
		return "ing"
	case strings.HasSuffix(w, "s"):
		return "s"
	}
	return ""
}

// irregularPast reports an irregular past form of a verb ("undertook",
// "fought"), which is no noun.
func irregularPast(w string) bool {
	l := irregular[w]
	return l != "" && l != w && !strings.HasSuffix(w, "s")
}

// shortClosed reports a stem of one syllable that ends in one vowel and one
// consonant ("rag", "hop", "fir"): such a verb doubles its consonant before
// "-ed" and "-ing" ("ragged", "hopping"), so "raged" and "hoping" are not
// its forms but those of "rage" and "hope".
func shortClosed(stem string) bool {
	n := len(stem)
	if n < 2 || strings.ContainsRune("aeiouwxy", rune(stem[n-1])) || !strings.ContainsRune("aeiou", rune(stem[n-2])) {
		return false
	}
	for k := 0; k < n-2; k++ {
		if strings.ContainsRune("aeiouy", rune(stem[k])) {
			return false
		}
	}
	return true
}
