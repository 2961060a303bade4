package timex

import (
	"strings"
	"time"

	"github.com/annalist/annalist/internal/words"
)

// months maps month names and their abbreviations to 1-12. Abbreviations
// are accepted only capitalised and with a day or year after them.
var (
	months    = words.Months
	monthAbbr = words.MonthAbbreviations
)

// ambiguousMonths are also common words; alone they need a cue such as
// "in" or "last" before them.
var ambiguousMonths = map[string]bool{"may": true, "march": true, "august": true}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
}

// weekdayNotDate are words that make a capitalised weekday part of a name
// ("Sunday Times", "Friday prayers" stays a date).
var weekdayNotDate = map[string]bool{
	"times": true, "telegraph": true, "express": true, "mirror": true, "herald": true,
	"post": true, "mail": true, "school": true, "magazine": true, "edition": true,
}

var seasons = map[string]string{
	"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}

var partsOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
}

var units = map[string]unit{
	"second": uSecond, "seconds": uSecond,
	"minute": uMinute, "minutes": uMinute,
	"hour": uHour, "hours": uHour, "hr": uHour, "hrs": uHour,
	"day": uDay, "days": uDay, "night": uDay, "nights": uDay,
	"week": uWeek, "weeks": uWeek,
	"weekend": uWeekend, "weekends": uWeekend,
	"fortnight": uFortnight, "fortnights": uFortnight,
	"month": uMonth, "months": uMonth,
	"quarter": uQuarter, "quarters": uQuarter,
	"year": uYear, "years": uYear, "yr": uYear, "yrs": uYear,
	"decade": uDecade, "decades": uDecade,
	"century": uCentury, "centuries": uCentury,
}

// plural reports whether a unit word is a plural ("years", not "year").
func plural(w string) bool {
	return len(w) > 2 && w[len(w)-1] == 's' && w != "hrs" && w != "yrs" || w == "centuries"
}

// smallNumbers are the number words, and "dozen", which counts time too
// ("a dozen years").
var smallNumbers = func() map[string]int {
	m := map[string]int{"dozen": 12}
	for w, n := range words.Numbers {
		m[w] = n
	}
	return m
}()

var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "twenty-first": 21, "thirtieth": 30,
}

// decadeWords are the decades spelled out ("the nineties").
var decadeWords = map[string]int{
	"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
	"seventies": 7, "eighties": 8, "nineties": 9,
}

// yearCue words before a bare four-digit number make it a year.
var yearCue = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "during": true,
	"before": true, "after": true, "from": true, "through": true, "to": true, "and": true,
	"early": true, "late": true, "mid": true, "fiscal": true, "year": true, "of": true,
	"the": true, "between": true, "or": true, "throughout": true, "around": true,
	"circa": true, "spring": true, "summer": true, "autumn": true, "fall": true, "winter": true,
	"christmas": true, "for": true, "at": true, "post": true, "pre": true, "election": true,
}

// yearFollow are lower-case words that may follow a year ("in 2019 he",
// "the 1998 election"); any other lower-case word after a bare number
// ("2000 people") makes it a count instead.
var yearFollow = map[string]bool{
	"and": true, "or": true, "to": true, "the": true, "a": true, "an": true, "when": true,
	"after": true, "before": true, "in": true, "on": true, "at": true, "of": true, "for": true,
	"with": true, "by": true, "as": true, "was": true, "were": true, "is": true, "are": true,
	"had": true, "has": true, "have": true, "that": true, "which": true, "but": true,
	"until": true, "through": true, "while": true, "he": true, "she": true, "it": true,
	"they": true, "we": true, "i": true, "his": true, "her": true, "their": true, "its": true,
	"election": true, "elections": true, "budget": true, "season": true, "census": true,
	"campaign": true, "war": true, "coup": true, "uprising": true, "revolution": true,
	"crisis": true, "law": true, "constitution": true, "agreement": true, "accord": true,
	"accords": true, "treaty": true, "protests": true, "protest": true, "vote": true,
	"referendum": true, "olympics": true, "games": true, "cup": true, "summit": true,
	"level": true, "levels": true, "figure": true, "figures": true, "report": true,
	"survey": true, "estimate": true, "estimates": true, "data": true, "earthquake": true,
	"attack": true, "attacks": true, "bombing": true, "bombings": true, "massacre": true,
	"riots": true, "unrest": true, "crackdown": true, "invasion": true, "ceasefire": true,
	"deal": true, "rate": true, "model": true, "edition": true, "film": true, "book": true,
	"presidential": true, "parliamentary": true, "general": true, "local": true,
	"municipal": true, "legislative": true, "federal": true, "state": true, "national": true,
	"so": true, "then": true, "onwards": true, "onward": true, "under": true, "from": true,
	"there": true, "this": true, "these": true, "those": true, "also": true, "not": true,
	"will": true, "would": true, "could": true, "should": true, "did": true, "saw": true,
	"against": true, "amid": true, "despite": true, "over": true, "into": true, "than": true,
	"s": true, "alone": true, "only": true, "ended": true, "began": true, "—": true,
}

// futureCues and pastCues decide whether a bare weekday or month points
// forward or back from the publication date: the nearest cue wins.
var futureCues = map[string]bool{
	"will": true, "ll": true, "shall": true, "going": true, "scheduled": true,
	"expected": true, "plans": true, "plan": true, "planning": true, "due": true,
	"upcoming": true, "would": true, "wo": true, "tomorrow": true, "might": true, "should": true,
	"intends": true, "hopes": true, "aims": true, "until": true, "till": true,
}

// pastCues are verbs and adverbs of the past. Reporting verbs ("said",
// "told") are left out: they date the report, not what it reports.
var pastCues = map[string]bool{
	"was": true, "were": true, "had": true, "did": true,
	"ago": true, "yesterday": true, "last": true, "went": true, "came": true,
	"took": true, "began": true, "met": true, "made": true, "left": true, "held": true,
	"gave": true, "got": true, "saw": true, "won": true, "lost": true, "fell": true,
	"rose": true, "broke": true, "ran": true, "spoke": true, "wrote": true, "became": true,
	"earlier": true, "been": true, "shot": true, "hit": true, "since": true,
}

// reportingVerbs right before a date make it the date of the report.
var reportingVerbs = map[string]bool{
	"said": true, "told": true, "announced": true, "reported": true, "added": true,
	"stated": true, "confirmed": true, "declared": true, "wrote": true, "tweeted": true,
}

// starters are the words an expression can begin with, besides the names
// and numbers of the maps above. longest skips other words unread, which
// makes the tagger several times faster; a word missing here is a rule
// that never fires, so a test phrase for each rule guards the list.
var starters = map[string]bool{}

func init() {
	for _, m := range []map[string]int{months, monthAbbr, smallNumbers, ordinals, decadeWords} {
		for w := range m {
			starters[w] = true
		}
	}
	for w := range weekdays {
		starters[w] = true
	}
	for w := range seasons {
		starters[w] = true
	}
	for w := range partsOfDay {
		starters[w] = true
	}
	for w := range units {
		starters[w] = true
	}
	for _, w := range []string{
		"the", "a", "an", "this", "that", "these", "last", "next", "coming", "previous", "current", "past", "recent",
		"earlier", "later", "early", "late", "mid", "around", "about", "circa", "approximately", "roughly",
		"some", "nearly", "almost", "more", "less", "fewer", "longer", "at", "up", "close", "just", "no",
		"over", "under", "every", "each", "once", "twice", "thrice", "half", "several", "few", "many",
		"numerous", "couple", "dozens", "hundreds", "tens", "yesterday", "today", "tomorrow", "tonight",
		"overnight", "now", "currently", "nowadays", "presently", "recently", "lately", "soon", "future",
		"present", "daily", "nightly", "weekly", "monthly", "annually", "yearly", "hourly", "fiscal", "fy",
		"q", "h", "christmas", "new", "halloween", "valentine", "thanksgiving", "easter", "good", "labor",
		"labour", "memorial", "noon", "midday", "midnight", "on", "per", "eighteen", "nineteen", "twenty", "two",
	} {
		starters[w] = true
	}
}

// startsExpression reports whether an expression may begin at word w.
func startsExpression(w string) bool {
	if starters[w] {
		return true
	}
	// "Mondays"
	_, ok := weekdays[strings.TrimSuffix(w, "s")]
	return ok
}

// timetableVerbs in the present tense before a weekday point forward.
var timetableVerbs = map[string]bool{
	"opens": true, "begins": true, "starts": true, "meets": true, "resumes": true,
	"ends": true, "closes": true, "arrives": true, "leaves": true, "travels": true,
	"visits": true, "returns": true, "takes": true, "goes": true, "expires": true,
	"launches": true, "debuts": true, "hosts": true, "faces": true, "plays": true,
	"votes": true, "decides": true, "rules": true, "hears": true, "convenes": true,
}
