package event

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/annalist/annalist/internal/wordlist"
)

// The trigger lexicon maps lemmas (and multi-word phrases of lemmas) to the
// 18 PLOVER categories. data/lexicon.txt is written by hand from the PLOVER
// category definitions and the CAMEO verb codebook (LEXICON.md explains the
// choices); data/cameo.txt is compiled from PETRARCH2's CAMEO verb
// dictionary by internal/gencameo. Hand entries win where both have one.
// data/classes.txt holds the word classes that "<class>" matches.
var (
	//go:embed data/lexicon.txt
	lexiconFile []byte
	//go:embed data/classes.txt
	classesFile []byte
	//go:embed data/cameo.txt
	cameoFile []byte
	//go:embed data/cameo-classes.txt
	cameoClassesFile []byte
	//go:embed data/nominal.txt
	nominalFile []byte
)

// notATrigger is the category of phrases that contain a trigger word but
// are not events ("sign up", "according to"); matching them first keeps
// their words from triggering.
const notATrigger = "-"

// Categories are the 18 PLOVER event types, in PLOVER's order.
var Categories = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
	"INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION",
	"COERCE", "ASSAULT", "FIGHT"}

// cooperative categories: a promise of one is an AGREE, a refusal a REJECT.
var cooperative = map[string]bool{"AGREE": true, "CONSULT": true, "SUPPORT": true, "CONCEDE": true,
	"COOPERATE": true, "AID": true, "RETREAT": true, "INVESTIGATE": true}

type pos uint8

const (
	anyPOS pos = iota
	verbOnly
	nounOnly
)

type entry struct {
	words    []string // lemmas; "*" is a gap of up to three tokens
	category string
	mode     string
	pos      pos
	agent    bool   // agent noun
	governs  string // modality given to a governed complement: future, hypothetical, negated
	outcome  bool
	repress  bool
	weak     bool
	vow      bool
	labour   bool // names labour action only ("go-slow", "down tools"): people acting
	cause    bool // a crowd's presence, a demonstration only beside a word of grievance
	force    bool // a taking only by a force: an actor found must be of a political kind ("picked up" by police, not by parents)
	cameo    bool // compiled from the CAMEO dictionary (data/cameo.txt)
	fallback bool // a CAMEO object pattern of a hand verb: only where no hand phrase matches
	host     bool // a meeting only when its host found is of a political kind or a pronoun (a meal: no bank's lunch for investors)
}

// lexicon indexes entries by their first lemma.
var lexicon = map[string][]entry{}

// wordClasses are the classes of lemmas that "<class>" matches in a phrase.
var wordClasses map[string]map[string]bool

var classNames = []string{"<mission>", "<civilian>", "<place>", "<way>", "<returnable>", "<property>", "<captive>",
	"<trade>", "<disapproval>", "<abstract>", "<relations>", "<demand>", "<ill>", "<fighters>", "<org>",
	"<document>", "<sanctions>", "<aidword>", "<aidorg>", "<utility>", "<backers>", "<talks>", "<troop>",
	"<media>", "<self>", "<projectile>", "<chemagent>", "<aircraft>", "<seat>", "<home>", "<suspect>", "<drill>", "<forces>", "<dignitary>", "<informed>", "<exercise>", "<armsmod>", "<pact>", "<message>", "<inquire>", "<wh>", "<meal>"}

// lexiconTable is the format of data/lexicon.txt and data/cameo.txt.
var lexiconTable = wordlist.Table{
	MinFields: 2, MaxFields: 4,
	Enums:     map[int][]string{1: append([]string{notATrigger}, Categories...)},
	FlagField: 3,
	Flags:     []string{"v", "n", "a", "gf", "gh", "gn", "k", "r", "w", "p", "l", "c", "f", "h"},
	// A phrase may have a verb and a noun entry ("blast": criticise, explosion).
	Key: func(f []string) string {
		k := strings.Join(strings.Fields(f[0]), " ")
		for _, fl := range strings.Fields(f[3]) {
			if fl == "v" || fl == "n" {
				k += "|" + fl
			}
		}
		return k
	},
	Check: func(f []string) error {
		for _, w := range strings.Fields(f[0]) {
			if strings.HasPrefix(w, "<") && wordClasses[w] == nil {
				return fmt.Errorf("unknown word class %s", w)
			}
		}
		return nil
	},
}

func init() {
	wordClasses = wordlist.MustSections("data/classes.txt", classesFile, classNames...)
	// <person>: the nouns whose first WordNet sense is a person
	// (data/parties.txt) and the civilians of classes.txt, for verbs whose
	// sense turns on a person as object ("picked up a student leader", not
	// "picked up the pace").
	person := map[string]bool{}
	for w := range wordlist.MustSections("data/parties.txt", partiesFile, "person", "group")["person"] {
		person[w] = true
	}
	for w := range wordClasses["<civilian>"] {
		person[w] = true
	}
	// An object pronoun of a person stands for one ("snatched him from
	// his ranch"); the verbs of the class are read only with an actor of
	// a political or armed kind (flag f), so "it" and things are left out.
	for _, w := range []string{"him", "her", "them"} {
		person[w] = true
	}
	wordClasses["<person>"] = person
	for name, class := range wordlist.MustSections("data/cameo-classes.txt", cameoClassesFile) {
		if !strings.HasPrefix(name, "<cameo-") {
			panic("data/cameo-classes.txt: class " + name + " does not start with <cameo-")
		}
		wordClasses[name] = class
	}
	for _, l := range lexiconTable.MustRead("data/lexicon.txt", lexiconFile) {
		addEntry(l.Fields, false)
	}
	addNominals()
	hand := map[string]bool{}
	for w := range lexicon {
		hand[w] = true
	}
	cameoLines := lexiconTable.MustRead("data/cameo.txt", cameoFile)
	cameoNone := map[string]bool{}
	for _, l := range cameoLines {
		if l.Fields[1] == notATrigger {
			cameoNone[strings.Join(strings.Fields(l.Fields[0]), " ")] = true
		}
	}
	for _, l := range cameoLines {
		// The compiled dictionary adds the verbs the hand lexicon lacks;
		// where it has the verb, its hand-written senses decide.
		if ws := strings.Fields(l.Fields[0]); !hand[ws[0]] && cameoKept[l.Fields[1]] && !subjectOfHandVerb(ws, l.Fields[1], hand, cameoNone) {
			addEntry(l.Fields, true)
		} else if hand[ws[0]] && objectPattern(ws) {
			addEntry(l.Fields, true)
			es := lexicon[ws[0]]
			es[len(es)-1].fallback = true
		}
		addCAMEOCategory(l.Fields)
	}
	indexLexiconCategories()
}

// addNominals gives the nouns of acts that WordNet derives from a verb
// (data/nominal.txt, "expulsion | expel") the verb's hand phrases with an
// object, the object in the noun's "of" phrase: "expel * <civilian>"
// (COERCE) reads "the expulsion of 45 traders" too, where the noun's own
// entry says SANCTION. A phrase the lexicon writes itself stays.
func addNominals() {
	have := map[string]bool{}
	for _, es := range lexicon {
		for _, e := range es {
			have[strings.Join(e.words, " ")] = true
		}
	}
	lines := (wordlist.Table{MinFields: 2, MaxFields: 2}).MustRead("data/nominal.txt", nominalFile)
	for _, l := range lines {
		noun := l.Fields[0]
		actNouns[noun] = true
		for _, v := range strings.Fields(l.Fields[1]) {
			if lightVerbs[v] {
				lightNominals[noun] = true
			}
		}
		if strings.HasSuffix(noun, "er") {
			continue // "opener", "breaker": the doer as often as the deed
		}
		for _, v := range strings.Fields(l.Fields[1]) {
			for _, e := range lexicon[v] {
				// An object after the gap, no particle or preposition
				// ("move * out", "commit * to").
				if w := e.words; w[0] != v || len(w) < 3 || w[1] != "*" || w[2] == "*" || prepositions[w[2]] || particles[w[2]] ||
					e.pos == nounOnly || e.weak || e.agent {
					continue
				}
				ws := append([]string{noun, "of"}, e.words[1:]...)
				if k := strings.Join(ws, " "); !have[k] {
					have[k] = true
					lexicon[noun] = append(lexicon[noun], entry{words: ws, category: e.category, mode: e.mode, pos: nounOnly, repress: e.repress})
				}
			}
		}
	}
}

// actNouns are WordNet's nouns of acts derived from a verb
// (data/nominal.txt): "renegotiation", "resignation", "withdrawal".
var actNouns = map[string]bool{}

// lightNominals are the nouns of light verbs ("imposition", "declaration",
// "launch"): "the imposition of a curfew" names the curfew.
var lightNominals = map[string]bool{}

// particles end phrasal verbs ("pull * out"): no object.
var particles = set(`out off up down back away in`)

// subjectOfHandVerb reports a no-event pattern of the compiled dictionary
// that only puts a subject before another of its no-event patterns whose
// verb the hand lexicon has ("police * defuse * <cameo-weapon>" beside
// "defuse * <cameo-weapon>"): the hand-written senses of that verb decide
// with a subject before it too, as they do without one.
func subjectOfHandVerb(ws []string, category string, hand, cameoNone map[string]bool) bool {
	if category != notATrigger {
		return false
	}
	for k := 1; k < len(ws); k++ {
		if hand[ws[k]] && cameoNone[strings.Join(ws[k:], " ")] {
			return true
		}
	}
	return false
}

// objectPattern reports a CAMEO pattern that names what the verb acts on
// ("lift * curfew", "expel * diplomat"): its object decides the category
// where the verb alone would not, so it is kept for every category.
func objectPattern(ws []string) bool {
	n := 0
	for _, w := range ws[1:] {
		if w != "*" {
			n++
		}
	}
	return n >= 1
}

// cameoKept are the categories taken from the compiled CAMEO dictionary:
// the material conflict that ACLED codes, and its discards (accidents,
// disasters). Its verbal categories (statements, appeals, consultations)
// are broad senses of common verbs ("issue", "link", "dominate") that
// made more false events than right ones on the tuning half.
var cameoKept = map[string]bool{notATrigger: true, "PROTEST": true, "COERCE": true, "ASSAULT": true, "FIGHT": true}

// addEntry indexes a lexicon line; fromCAMEO marks an entry of the
// compiled CAMEO dictionary, which a hand entry of the same phrase beats.
func addEntry(f []string, fromCAMEO bool) {
	e := entry{words: strings.Fields(f[0]), category: f[1], mode: f[2], cameo: fromCAMEO}
	for _, fl := range strings.Fields(f[3]) {
		switch fl {
		case "v":
			e.pos = verbOnly
		case "n":
			e.pos = nounOnly
		case "a":
			e.agent = true
		case "gf":
			e.governs = Future
		case "gh":
			e.governs = Hypothetical
		case "gn":
			e.governs = Negated
		case "k":
			e.outcome = true
		case "r":
			e.repress = true
		case "w":
			e.weak = true
		case "p":
			e.vow = true
		case "l":
			e.labour = true
		case "c":
			e.cause = true
		case "f":
			e.force = true
		case "h":
			e.host = true
		}
	}
	if c := wordClasses[e.words[0]]; c != nil {
		// A phrase led by a class ("<projectile> * land") is found from
		// any of its lemmas.
		for l := range c {
			lexicon[l] = append(lexicon[l], e)
		}
		return
	}
	lexicon[e.words[0]] = append(lexicon[e.words[0]], e)
}
