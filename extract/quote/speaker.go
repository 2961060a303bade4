package quote

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/internal/words"
	"github.com/annalist/annalist/text"
)

// attribute finds the cue and speaker of quote gi: first a reporting
// clause right after the quote (", he said", ", said Smith"), then the
// nearest cue before it ("Smith said: “…”", "according to the ministry").
func (a *attributor) attribute(gi int) attribution {
	quoteStart := a.groups[gi][0].open
	lo, hi := a.after(gi)
	k := lo
	for k < hi && !isWord(a.d.Tokens[k].Text) {
		k++
	}
	speech := a.endsSpeech(gi)
	if !speech {
		// A quote that does not end as speech does ("…,” "…?” "…!”)
		// takes only a short reporting clause that ends the sentence
		// ("“…” he said."), not any clause after it ("called him “a con
		// artist” Former governor Mike Huckabee called ...").
		hi = min(hi, k+4)
	}
	if k < hi && a.word(k) == "as" {
		k++ // "“…” as Smith said"
	}
	for cs := k; cs < hi && cs < k+25; cs++ {
		w := a.word(cs)
		if w == "(" {
			// A parenthesis inside the subject: "Sen. David Boren (D-Okla.) said".
			for j := cs + 1; j < hi && j < cs+8; j++ {
				if a.word(j) == ")" {
					cs = j
					break
				}
			}
			continue
		}
		if isBreakAfter(w) && !(w == "who" && cs > k && a.word(cs-1) == ",") {
			break
		}
		ce, ok := a.cueAt(cs, hi)
		if !ok || a.opensSentence(cs) && cs != k {
			continue
		}
		if !speech && ce < len(a.d.Tokens) && isWord(a.d.Tokens[ce].Text) && cs != k {
			break
		}
		if cs == k {
			// Inverted: "…,” said Smith.
			return a.withCue(a.orParsed(a.resolve(a.npAfterCue(ce, hi), quoteStart), cs, quoteStart), cs, ce)
		}
		if at, ok := a.subjectSlot(k, cs, quoteStart); ok {
			return a.withCue(a.orParsed(at, cs, quoteStart), cs, ce)
		}
		break
	}
	if at := a.attributionShape(gi, k, hi, quoteStart); at.named() {
		return at
	}
	lo, hi = a.before(gi)
	if at := a.nameColon(lo, hi, quoteStart); at.named() {
		return at
	}
	if lo == hi {
		// A quote that opens a paragraph after one that ends in a colon:
		// "Breitbart News responded:" then the quote.
		lo, hi = a.colonBefore(gi)
	}
	for cs := hi - 1; cs >= lo; cs-- {
		ce, ok := a.cueAt(cs, hi)
		if !ok {
			continue
		}
		// A cue with words between it and the quote ("said the reform
		// was “a disaster”") also reports the clause: mixed speech.
		defer func(cs int, apart bool) {
			if apart {
				delete(a.usedCue, cs)
			}
		}(cs, !onlyPunct(a, ce, hi))
		if a.word(cs) == "according" || !isLowerWord(a.d.Tokens[cs].Text) {
			// "according to the ministry, “…”", "Continued Stone: “…”".
			return a.withCue(a.resolve(a.npAfterCue(ce, hi), quoteStart), cs, ce)
		}
		if a.relativeIn(lo, cs) {
			// "The woman who met Smith said": the words would take the
			// nearest name; the parse knows the subject.
			if at, ok := a.parsedSubject(cs, quoteStart); ok && at.named() {
				return a.withCue(at, cs, ce)
			}
		}
		at := a.resolve(a.npBefore(lo, cs), quoteStart)
		if !at.named() && (onlyPunct(a, lo, cs) || a.word(cs-1) == "," || introWords[a.word(cs-1)]) {
			// Inverted before the quote: "“…,” said Smith, “…”", "But,
			// said Smith, “…”".
			at = a.resolve(a.npAfterCue(ce, hi), quoteStart)
		}
		if !at.named() && (strings.HasSuffix(a.word(ce-1), "ing") || a.word(cs) == "quoted" || a.coordinated(lo, cs)) {
			// "…, saying: “…”", "was quoted by the daily as saying",
			// "X lamented ... and criticized the “…”": the subject of the
			// sentence speaks.
			start := lo
			if si := a.d.SentenceAt(a.d.Tokens[cs].Start); si >= 0 {
				start = a.d.Sentences[si].First
			}
			at = a.resolve(a.clauseSubject(start, cs), quoteStart)
		}
		return a.withCue(a.orParsed(at, cs, quoteStart), cs, ce)
	}
	if hi-1 > lo && a.word(hi-1) == ":" {
		// No cue, but a colon: "McConnell delivered a blunt message to
		// Trump: “…”": the subject of the clause speaks.
		start := lo
		if si := a.d.SentenceAt(a.d.Tokens[hi-1].Start); si >= 0 {
			start = max(lo, a.d.Sentences[si].First)
		}
		if at := a.resolve(a.clauseSubject(start, hi-1), quoteStart); at.speaker != nil {
			return at
		}
	}
	return attribution{}
}

// endsSpeech reports whether quote gi ends as quoted speech before its
// attribution does: with a comma, a question or exclamation mark, a full
// stop or a dash inside the marks, or a comma right after them.
func (a *attributor) endsSpeech(gi int) bool {
	g := a.groups[gi]
	last := g[len(g)-1]
	// A quote inside the quote may close first: "…, ‘help?’”".
	inside := strings.TrimRight(a.d.Text[last.in0:last.in1], " \t’'\"”")
	r, _ := utf8.DecodeLastRuneInString(inside)
	switch r {
	case ',', '?', '!', '.', '—', '–', '-', '…':
		return true
	}
	n, _ := utf8.DecodeRuneInString(a.d.Text[last.close:])
	return n == ','
}

// withCue sets the cue of at to tokens [cs, ce). Chanted and shouted
// slogans keep their cue and no speaker.
func (a *attributor) withCue(at attribution, cs, ce int) attribution {
	a.usedCue[cs] = true // undone by attribute for a cue that stands apart
	at.cue = a.d.Text[a.d.Tokens[cs].Start:a.d.Tokens[ce-1].End]
	if sloganVerbs[a.word(cs)] {
		return attribution{cue: at.cue}
	}
	return at
}

// opensSentence reports whether token i is the first word of its sentence.
func (a *attributor) opensSentence(i int) bool {
	si := a.d.SentenceAt(a.d.Tokens[i].Start)
	if si < 0 {
		return false
	}
	for j := a.d.Sentences[si].First; j < i; j++ {
		if isWord(a.d.Tokens[j].Text) {
			return false
		}
	}
	return true
}

// isBreakAfter ends the search for a reporting clause after a quote.
func isBreakAfter(w string) bool {
	switch w {
	case ";", ":", ".", "!", "?", "and", "but", "which", "that", "who", "because", "while":
		return true
	}
	return false
}

// np is a noun phrase: tokens [start, end) and the index of its head, -1
// for none.
type np struct {
	start, end, head int
	adjacent         bool // right next to its cue
}

var noNP = np{-1, -1, -1, false}

// orParsed is at when it names a speaker, else the subject the parse
// gives the cue at cs. The words decide first and the parse only where
// they find no one, so that the language layer runs on few sentences.
func (a *attributor) orParsed(at attribution, cs, quoteStart int) attribution {
	if at.named() {
		return at
	}
	if p, ok := a.parsedSubject(cs, quoteStart); ok {
		return p
	}
	return at
}

// relativeIn reports whether tokens [lo, hi) hold a relative clause,
// where the subject of a cue may stand far from it.
func (a *attributor) relativeIn(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		switch a.word(j) {
		case "who", "which", "that", "whose", "whom":
			return true
		}
	}
	return false
}

// parsedSubject reads the subject of the cue at token cs from the parse of
// its sentence: the cue's nsubj, or, for a participle ("saying") or a
// clause joined to another verb, that verb's. It reports false when the
// Doc has no parser or the parse gives no subject.
func (a *attributor) parsedSubject(cs, quoteStart int) (attribution, bool) {
	si := a.d.SentenceAt(a.d.Tokens[cs].Start)
	ws := a.d.Parse(si)
	if ws == nil {
		return attribution{}, false
	}
	first := a.d.Sentences[si].First
	v := cs - first
	for hops := 0; v >= 0 && v < len(ws) && hops < 3; hops++ {
		for j, w := range ws {
			if w.Head == v && (w.Rel == "nsubj" || w.Rel == "nsubj:pass" && ws[v].Lemma == "quote") {
				lo, hi := j, j
				for k := range ws {
					if dominated(ws, k, j) {
						lo, hi = min(lo, k), max(hi, k)
					}
				}
				return a.resolve(np{first + lo, first + hi + 1, first + j, true}, quoteStart), true
			}
		}
		switch ws[v].Rel {
		case "advcl", "xcomp", "conj", "ccomp", "parataxis":
			v = ws[v].Head
		default:
			return attribution{}, false
		}
	}
	return attribution{}, false
}

// dominated reports whether word k is word j or below it in the tree.
func dominated(ws []text.Word, k, j int) bool {
	for n := 0; k >= 0 && k < len(ws) && n < len(ws); n++ {
		if k == j {
			return true
		}
		k = ws[k].Head
	}
	return false
}

// subjectSlot reads the subject in tokens [lo, cs) between a quote and
// its cue, as in "…,” Smith said." or "…,” one senior banker said.". It
// reports false when the words are no subject.
func (a *attributor) subjectSlot(lo, cs, quoteStart int) (attribution, bool) {
	if cs-lo > 25 {
		return attribution{}, false
	}
	p := a.npAfter(lo, cs)
	if p.head < 0 {
		return attribution{}, cs-lo <= 3
	}
	p.adjacent = onlyAdverbs(a, p.end, cs)
	if cs-lo > 12 && a.word(p.end) != "," {
		// Only a long appositive stands between a subject and its cue:
		// "Robert Roe, attorney for one of the groups, said".
		return attribution{}, false
	}
	return a.resolve(p, quoteStart), true
}

// nameColon reads "Clinton: “…”": a name alone before a colon that
// introduces the quote, in tokens [lo, hi).
func (a *attributor) nameColon(lo, hi, quoteStart int) attribution {
	if hi-lo < 2 || a.word(hi-1) != ":" {
		return attribution{}
	}
	p := a.npAfter(lo, hi-1)
	if p.head < 0 || p.end != hi-1 || a.covering[p.head] == nil {
		return attribution{}
	}
	return a.resolve(p, quoteStart)
}

// coordinated reports whether the cue at cs is the second verb of its
// subject: "X lamented ... and criticized".
func (a *attributor) coordinated(lo, cs int) bool {
	k := cs
	for k-1 >= lo && isAdverb(a.word(k-1)) {
		k--
	}
	return k-1 >= lo && (a.word(k-1) == "and" || a.word(k-1) == "but")
}

// attributionShape reads a reporting clause after quote gi without a known
// cue, where the quote ends in a comma, a question or an exclamation mark
// and the words that follow have the shape of one: "“…,” Oliver barked.",
// "“…!” beamed Donald Hartley.". Tokens [k, hi) follow the quote.
func (a *attributor) attributionShape(gi, k, hi, quoteStart int) attribution {
	g := a.groups[gi]
	last := g[len(g)-1]
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(a.d.Text[last.in0:last.in1], " \t’'\"”"))
	if r != ',' && r != '?' && r != '!' || k+1 >= hi {
		return attribution{}
	}
	verb := func(i int) bool {
		w := a.d.Tokens[i].Text
		return isLowerWord(w) && !npStop[w] && !determiners[w] && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s"))
	}
	if verb(k) {
		if p := a.npAfter(k+1, hi); p.head >= 0 && a.covering[p.head] != nil {
			return a.withCue(a.resolve(p, quoteStart), k, k+1)
		}
		return attribution{}
	}
	p := a.npAfter(k, hi)
	if p.head < 0 || p.end >= hi || !verb(p.end) {
		return attribution{}
	}
	if w := a.word(p.head); a.covering[p.head] == nil && w != "he" && w != "she" && w != "they" {
		return attribution{}
	}
	return a.withCue(a.resolve(p, quoteStart), p.end, p.end+1)
}

// colonBefore is the token range of the last sentence of the paragraph
// before quote gi when that paragraph ends in a colon and the quote opens
// its own; empty otherwise.
func (a *attributor) colonBefore(gi int) (lo, hi int) {
	open := a.groups[gi][0].open
	si := a.d.SentenceAt(open)
	if si <= 0 || a.d.Sentences[si].Start != open && a.tokenAt(open) != a.d.Sentences[si].First {
		return 0, 0
	}
	prev := a.d.Sentences[si-1]
	if prev.Last-1 < prev.First || a.word(prev.Last-1) != ":" {
		return 0, 0
	}
	return prev.First, prev.Last - 1
}

// Words that end a noun phrase read forwards.
var npStop = words.Set(`of for at in on from with to by during after before about near into over under since
	until through across against within without who whom whose which that when where while as and but or nor
	because if than is was are were be been has had have would will could should can may might do does did
	not today yesterday tonight now monday tuesday wednesday thursday friday saturday sunday last this next
	ago earlier later also then again still`)

// Determiners open a noun phrase.
var determiners = words.Set(`the a an one his her its their our another some many several two three four
	five six seven eight nine ten dozens hundreds thousands other most all both each every any no`)

// npAfter reads the noun phrase that starts at token i, by hi: "a police
// spokesman", "Interior Ministry spokesman Ivan Petrov", "Smith’s
// campaign", "the president" (of the association).
func (a *attributor) npAfter(i, hi int) np {
	p := np{i, i, -1, false}
	j := i
	if j < hi && determiners[a.word(j)] && isWord(a.d.Tokens[j].Text) {
		j++
		if j < hi && a.word(j) == "of" {
			// "one of two witnesses", "some of the protesters".
			return np{i, i + 1, i, false}
		}
	}
	for ; j < hi && j < i+10; j++ {
		t := a.d.Tokens[j].Text
		w := strings.ToLower(t)
		if !isWord(t) {
			if (w == "’s" || w == "'s" || w == "’" || w == "'") && p.head >= 0 {
				continue // "Smith’s campaign"
			}
			break
		}
		lower := isLowerWord(t)
		if lower && (npStop[w] || isAdverb(w) || cueWords[w] || p.head >= 0 && (looksVerb(w) || determiners[w])) {
			break
		}
		p.head = j
		if e := a.covering[j]; e != nil {
			for j+1 < hi && a.covering[j+1] == e {
				j++
			}
			p.head = j
			// After a name, a possessive or a speaker noun goes on ("the
			// Trump campaign", "Interior Ministry spokesman Ivan
			// Petrov"), and so do a few words before a person's name
			// ("Republican presidential hopeful Ted Cruz"); anything else
			// ends the phrase.
			if e.Type != annalist.Person {
				if pj := a.personAhead(j+1, hi); pj > 0 {
					j = pj - 1
					continue
				}
			}
			if j+1 < hi {
				nw := a.d.Tokens[j+1].Text
				if isWord(nw) && (isLowerWord(nw) && speakerKinds[strings.ToLower(nw)] != "" || !isLowerWord(nw) && a.covering[j+1] != nil) ||
					nw == "’s" || nw == "'s" {
					continue
				}
			}
			break
		}
	}
	if p.head < 0 {
		return noNP
	}
	p.end = p.head + 1
	return p
}

// personAhead returns the token where a person's name starts within four
// words of i, over words that may stand in a noun phrase, or -1.
func (a *attributor) personAhead(i, hi int) int {
	for j := i; j < hi && j < i+4; j++ {
		t := a.d.Tokens[j].Text
		w := strings.ToLower(t)
		if e := a.covering[j]; e != nil && e.Type == annalist.Person {
			return j
		}
		if !isWord(t) || isLowerWord(t) && (npStop[w] || cueWords[w] || looksVerb(w)) {
			return -1
		}
	}
	return -1
}

// looksVerb: a lower-case word after a noun that reads as a verb ("the
// senior banker opposed the plan").
func looksVerb(w string) bool {
	return speakerKinds[w] == "" && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// npAfterCue is npAfter for the subject right after its cue: "said a
// spokesman".
func (a *attributor) npAfterCue(ce, hi int) np {
	p := a.npAfter(ce, hi)
	p.adjacent = p.head >= 0
	return p
}

// npBefore reads the subject that ends just before a cue at cs, back to
// lo: "Smith", "he", "a spokesman for the ministry", "Smith, the
// president,".
func (a *attributor) npBefore(lo, cs int) np {
	k := cs
	for k-1 >= lo && isAdverb(a.word(k-1)) {
		k--
	}
	if k-1 < lo {
		return noNP
	}
	if a.word(k-1) == "," {
		// An appositive or a relative clause: the subject opens the clause.
		return a.clauseSubject(lo, k)
	}
	if a.word(k-1) == ")" {
		// "Sen. David Boren (D-Okla.) said".
		for j := k - 2; j >= lo && j >= k-8; j-- {
			if a.word(j) == "(" {
				k = j
				break
			}
		}
	}
	// Back over the phrase: words that are no stop, possessives, names.
	s := k
	for j := k - 1; j >= lo && j >= k-8; j-- {
		t := a.d.Tokens[j].Text
		w := strings.ToLower(t)
		if w == "’s" || w == "'s" {
			s = j
			continue
		}
		if !isWord(t) || isLowerWord(t) && (npStop[w] || cueWords[w] || j < k-1 && looksVerb(w)) {
			break
		}
		s = j
		if determiners[w] {
			break
		}
	}
	if s == k {
		return noNP
	}
	head := k - 1
	if a.word(head) == "’s" || a.word(head) == "'s" {
		return noNP
	}
	// "a spokesman for the ministry said": the head is before the preposition.
	if s-2 >= lo && (a.word(s-1) == "for" || a.word(s-1) == "of" || a.word(s-1) == "at" || a.word(s-1) == "from") &&
		isWord(a.d.Tokens[s-2].Text) && a.covering[head] == nil && !npStop[a.word(s-2)] {
		if p := a.npBefore(lo, s-1); p.head >= 0 {
			return np{p.start, k, p.head, false}
		}
	}
	return np{s, k, head, false}
}

// Words that open an introductory phrase before a subject: "In a
// statement, the ministry said", "On Monday, he said".
var introWords = words.Set(`in on at after before during for with without asked speaking responding writing
	but and however still yet meanwhile later earlier separately instead also then now today yesterday last
	according as when while since although though if once however because amid informed despite given
	unlike like whether`)

// clauseSubject is the subject at the start of the clause in tokens [lo,
// cs): past introductory phrases that end in a comma.
func (a *attributor) clauseSubject(lo, cs int) np {
	j := lo
	for j < cs && !isWord(a.d.Tokens[j].Text) {
		j++
	}
	for n := 0; n < 3 && j < cs && introWords[a.word(j)]; n++ {
		c := j
		for c < cs && a.word(c) != "," {
			c++
		}
		if c >= cs {
			break
		}
		j = c + 1
	}
	return a.npAfter(j, cs)
}

// Words that head no speaker: adverbs and the like that end up where a
// subject would stand ("perhaps", "always").
var notHeads = words.Set(`perhaps always never often sometimes maybe also even just only still already
	here there now then today yesterday tomorrow tonight it this that these those what which who`)

var months = words.Set(`january february march april may june july august september october november december`)

// Street and place words that never head a speaker ("Baillou Hill Road").
var placeHeads = words.Set(`road street avenue boulevard lane drive highway square hill park bridge
	river mountain valley district province region city town village county island`)

// resolve turns a subject phrase into a speaker: the entity heading it, a
// pronoun's antecedent, a role's holder, or the phrase with its kind.
func (a *attributor) resolve(p np, quoteStart int) attribution {
	if p.head < 0 {
		return attribution{}
	}
	t := a.d.Tokens[p.head].Text
	w := strings.ToLower(t)
	if w == "he" || w == "she" || w == "they" {
		return a.pronoun(w, a.d.Tokens[p.head].Start)
	}
	if placeHeads[w] && !isLowerWord(t) || a.covering[p.head] == nil && (timeWords[w] || months[w] || notHeads[w]) {
		return attribution{}
	}
	if e := a.covering[p.head]; e != nil {
		switch e.Type {
		case annalist.Person:
			return attribution{speaker: a.fullName(e)}
		case annalist.Organization:
			return attribution{speaker: e}
		case annalist.Location:
			return attribution{}
		}
	}
	phrase := a.d.Text[a.d.Tokens[p.start].Start:a.d.Tokens[p.head].End]
	kind, known := speakerKinds[w]
	if !isLowerWord(t) && !known && a.covering[p.head] == nil && a.opensSentence(p.head) {
		// "However", "Informed of ...": a capital that only opens the
		// sentence.
		return attribution{}
	}
	if !isLowerWord(t) && !(known && (p.head == p.start || a.opensSentence(p.start) || p.head == p.start+1 && determiners[a.word(p.start)])) {
		// A name the tagger did not find: kept as written when it is
		// short; a person it names is the speaker.
		for j := p.start; j < p.end; j++ {
			if e := a.covering[j]; e != nil && e.Type == annalist.Person {
				return attribution{speaker: a.fullName(e)}
			}
		}
		if p.end-p.start > 6 || !isWord(t) || strings.ToUpper(phrase) == phrase {
			// Long, or a headline in capitals: no name.
			return attribution{}
		}
		return attribution{phrase: phrase}
	}
	if !known {
		switch {
		case p.head == p.start && (w == "one" || w == "another"):
			kind = "person"
		case p.head == p.start && determiners[w]:
			kind = "group"
		case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
			kind = "group"
		case determiners[a.word(p.start)] && p.start < p.head && personSuffix(w):
			kind = "person"
		case determiners[a.word(p.start)] && p.start < p.head && p.adjacent:
			// Right after a quote and before its cue, or right after an
			// inverted cue ("“…,” a welcome message reads"): a speaker of
			// no kind the lists know.
			kind = ""
		default:
			return attribution{}
		}
	}
	if kind == "none" {
		kind = ""
	}
	first := a.word(p.start)
	if kind == "person" && (first == "the" || first == "his" || first == "her" || first == "its" || first == "their") {
		if e := a.byRole(w, a.formerIn(p.start, p.head), quoteStart); e != nil {
			return attribution{speaker: e}
		}
	}
	if p.start < p.head && (a.word(p.head-1) == "’s" || a.word(p.head-1) == "'s") && kind == "person" {
		// "Clinton’s spokesman": still a phrase, the person unnamed.
		return attribution{phrase: phrase, kind: kind}
	}
	return attribution{phrase: phrase, kind: kind}
}

// personSuffix: a noun that names a person by what they do (reporter,
// governor, economist, politician, consultant).
func personSuffix(w string) bool {
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent", "man", "woman", "eer"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// fullName is the person e under its full name: a surname or title and
// surname the name stage did not merge ("Supt Peters") is merged here with
// the one person of the article whose longer name ends in it.
func (a *attributor) fullName(e *annalist.Entity) *annalist.Entity {
	name := strings.Fields(e.Name)
	for len(name) > 1 && isTitle(name[0]) {
		name = name[1:]
	}
	if len(name) != 1 {
		return e
	}
	var found *annalist.Entity
	for _, o := range a.persons {
		f := strings.Fields(o.Name)
		if o == e || len(f) < 2 || !strings.EqualFold(f[len(f)-1], name[0]) {
			continue
		}
		if found != nil {
			return e // two candidates: leave it
		}
		found = o
	}
	if found != nil {
		return found
	}
	return e
}

// Titles before a name; the gendered ones tell he from she.
var titleWords = words.Set(`mr mr. mrs mrs. ms ms. miss dr dr. sen sen. rep rep. gov gov. gen gen. lt lt.
	col col. capt capt. sgt sgt. supt supt. insp insp. det det. prof prof. rev rev. sir dame lord lady president
	senator governor judge justice minister secretary mayor chief officer inspector superintendent detective`)

func isTitle(w string) bool { return titleWords[strings.ToLower(w)] }

var maleTitles = words.Set(`mr mr. sir lord king prince father brother`)
var femaleTitles = words.Set(`mrs mrs. ms ms. miss dame lady queen princess mother sister`)

// genderOf is 'm', 'f' or 0 (unknown) for person e: from the titles next
// to its mentions, else from its first name.
func (a *attributor) genderOf(e *annalist.Entity) byte {
	if g, ok := a.gender[e]; ok {
		return g
	}
	var g byte
	for _, m := range e.Mentions {
		i := a.tokenHolding(m.Start)
		for _, j := range []int{i - 1, i} {
			if j < 0 || j >= len(a.d.Tokens) {
				continue
			}
			switch w := a.word(j); {
			case maleTitles[w]:
				g = 'm'
			case femaleTitles[w]:
				g = 'f'
			}
		}
		if g != 0 {
			break
		}
	}
	if g == 0 {
		name := strings.Fields(e.Name)
		for len(name) > 1 && isTitle(name[0]) {
			name = name[1:]
		}
		if len(name) > 1 {
			g = genders[strings.ToLower(name[0])]
		}
	}
	if g == 0 && e.Role != "" {
		r := strings.ToLower(e.Role)
		switch {
		case strings.Contains(r, "woman") || strings.Contains(r, "queen"):
			g = 'f'
		case strings.Contains(r, "man") || strings.Contains(r, "king"):
			g = 'm'
		}
	}
	a.gender[e] = g
	return g
}

// phraseGender is the gender a phrase speaker's head gives: spokeswoman,
// spokesman.
func phraseGender(phrase string) byte {
	w := strings.ToLower(phrase)
	switch {
	case strings.HasSuffix(w, "woman") || strings.HasSuffix(w, "mother") || strings.HasSuffix(w, "wife"):
		return 'f'
	case strings.HasSuffix(w, "man") || strings.HasSuffix(w, "father") || strings.HasSuffix(w, "husband"):
		return 'm'
	}
	return 0
}

// pronoun resolves he, she or they at off to the most recent compatible
// antecedent: a person mentioned (not inside a quote) whose gender agrees,
// or a phrase speaker of that gender or, for they, a group or
// organisation.
func (a *attributor) pronoun(w string, off int) attribution {
	var want byte
	switch w {
	case "he":
		want = 'm'
	case "she":
		want = 'f'
	}
	var best attribution
	bestOff := -1
	if want != 0 {
		last := a.mentionsBefore(off)
		for i := last - 1; i >= 0 && i >= last-maxAntecedents; i-- {
			m := a.mentions[i]
			if m.quoted {
				continue
			}
			if g := a.genderOf(m.entity); g == 0 || g == want {
				best, bestOff = attribution{speaker: a.fullName(m.entity)}, m.start
				break
			}
		}
	}
	for i := len(a.spoken) - 1; i >= 0; i-- {
		sp := a.spoken[i]
		if sp.off >= off {
			continue
		}
		if sp.off < bestOff {
			break
		}
		if want == 0 && (sp.at.kind == "group" || sp.at.kind == "organization") ||
			want != 0 && sp.at.kind == "person" && (phraseGender(sp.at.phrase) == 0 || phraseGender(sp.at.phrase) == want) {
			return attribution{phrase: sp.at.phrase, kind: sp.at.kind}
		}
	}
	return best
}

// mentionsBefore is the number of person mentions that end by off.
func (a *attributor) mentionsBefore(off int) int {
	return sort.Search(len(a.mentions), func(i int) bool { return a.mentions[i].end > off })
}

// Words that may stand between a subject and its verb: "Smith also
// said", "he later told".
var adverbs = words.Set(`also later then once again reportedly has had have recently previously repeatedly
	publicly openly would will further simply even only still himself herself`)

func isAdverb(w string) bool { return adverbs[w] || strings.HasSuffix(w, "ly") && len(w) > 4 }
