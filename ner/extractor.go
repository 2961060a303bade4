package ner

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/annalist/annalist/internal/words"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/text"
)

// Extractor finds the people, organisations, places and other names of an
// article, merges the mentions of each referent (surnames and short forms
// into the full name), and records titles before people's names as roles.
// It implements extract.Extractor.
type Extractor struct {
	Tagger *Tagger
}

// NewExtractor returns an extractor over the embedded model.
func NewExtractor() (*Extractor, error) {
	tg, err := Default()
	if err != nil {
		return nil, err
	}
	return &Extractor{Tagger: tg}, nil
}

// Name is "ner".
func (e *Extractor) Name() string { return "ner" }

var entityTypes = map[string]string{
	PER: annalist.Person, ORG: annalist.Organization, LOC: annalist.Location, MISC: annalist.Misc,
}

// normalizeWord maps typographic punctuation to the plain forms of the
// CoNLL training text, so that "’s" and "“" read as "'s" and '"'.
func normalizeWord(w string) string {
	switch w {
	case "’s", "’S":
		return "'s"
	case "“", "”", "«", "»", "„", "‘", "’", "‚", "‛":
		// Single quotes stand alone only as quotation marks, which
		// CoNLL writes '"'.
		return "\""
	case "–", "—", "―":
		return "-"
	}
	if strings.ContainsRune(w, '’') {
		return strings.ReplaceAll(w, "’", "'")
	}
	return w
}

// mention is a name found in the text, by token indices into the Doc.
type mention struct {
	first, last int // tokens [first, last)
	typ         string
	role        string
	words       []string // token texts
}

// Extract tags every sentence of d and adds the entities to r.
func (e *Extractor) Extract(d *text.Doc, r *annalist.Record) {
	sents := make([][]string, len(d.Sentences))
	for i, s := range d.Sentences {
		ws := make([]string, 0, s.Last-s.First)
		for _, t := range d.Tokens[s.First:s.Last] {
			ws = append(ws, normalizeWord(t.Text))
		}
		sents[i] = ws
	}
	tagged := e.Tagger.TagDocument(sents)
	for i := range tagged {
		tagged[i] = fixSpans(sents[i], tagged[i], e.Tagger.m.featurizer().lex)
	}
	var ms []*mention
	for i, s := range d.Sentences {
		for _, sp := range tagged[i] {
			m := &mention{first: s.First + sp.Start, last: s.First + sp.End, typ: entityTypes[sp.Type]}
			trimMention(d, m)
			if m.first >= m.last || !looksLikeName(d.Tokens[m.first:m.last]) {
				continue
			}
			for _, t := range d.Tokens[m.first:m.last] {
				m.words = append(m.words, t.Text)
			}
			if isGloss(d, m.first, m.last, s.First, s.Last) {
				m.typ = annalist.Misc
			}
			if m.typ == annalist.Person {
				if m.role == "" {
					m.role = roleBefore(d, m.first, s.First)
				}
			}
			ms = append(ms, m)
		}
	}
	unifyTypes(ms)
	ms = dropUnsupported(d, ms)
	r.Entities = append(r.Entities, buildEntities(d, ms, len(r.Entities))...)
}

// nameParticles start Arabic and other surnames written with a hyphen
// ("al-Assad", "el-Sisi", "bin-Salman"): lower case, so the tagger, which
// learned "anti-" and "pro-" words as MISC, is unsure of them.
var nameParticles = words.Set("al el ad ed as ash at az bin ibn ben bint abu ul ur ud ar an")

func isParticleName(w string) bool {
	p, rest, ok := strings.Cut(w, "-")
	return ok && nameParticles[p] && isCap(rest)
}

// fixSpans mends habits of the tagger on modern news: a person's name
// stops short of a particle surname ("Abdel Fattah" + "el-Sisi"); two
// organisations joined by "and" come out as one ("Amnesty International
// and Human Rights Watch"; "Procter and Gamble", one word a side, stays);
// a common word capitalised before a day or month is taken for a name
// when the two name an event ("Bloody Sunday", "Black Friday").
func fixSpans(words []string, spans []Span, lex *Lexicons) []Span {
	out := spans[:0:0]
	for k := 0; k < len(spans); k++ {
		sp := spans[k]
		if sp.End-sp.Start == 1 && sp.End < len(words) && isCap(words[sp.End]) && eventWord(lex, words[sp.Start], words[sp.End]) {
			out = append(out, Span{Start: sp.Start, End: sp.End + 1, Type: MISC})
			if k+1 < len(spans) && spans[k+1].Start == sp.End {
				k++
			}
			continue
		}
		if sp.Type == PER && sp.End < len(words) && isParticleName(words[sp.End]) {
			sp.End++
			if k+1 < len(spans) && spans[k+1].Start < sp.End {
				k++ // the particle surname tagged on its own
			}
		}
		if sp.Type == ORG {
			if a := andSplit(words, sp); a > 0 {
				out = append(out, Span{Start: sp.Start, End: a, Type: sp.Type}, Span{Start: a + 1, End: sp.End, Type: sp.Type})
				continue
			}
		}
		out = append(out, sp)
	}
	return out
}

// eventWord reports whether w before the calendar word cal makes an event
// name: w is a word news writes in lower case at least seven times in ten
// ("Black Friday", "Good Friday"); before a month, a word news does not
// know as a name will do ("Bloody January"), since a person is not named
// before a month the way US style names one before a day ("Obama Tuesday
// signed").
func eventWord(lex *Lexicons, w, cal string) bool {
	cal = strings.ToLower(cal)
	if !calendarWords[cal] {
		return false
	}
	l := strings.ToLower(w)
	switch lex.info(l).capPrior {
	case "c0", "c1", "c2", "c3":
		return true
	case "":
		return months[cal] && !firstNames[l]
	}
	return false
}

// andSplit returns the index of an "and" that joins two names of two words
// or more within sp, or 0.
func andSplit(words []string, sp Span) int {
	for i := sp.Start + 2; i < sp.End-2; i++ {
		if words[i] == "and" && isCap(words[i+1]) && isCap(words[i-1]) {
			return i
		}
	}
	return 0
}

// trimMention drops possessives and quotes at the edges of a mention, and
// titles at the front of a person's name (they become its role).
func trimMention(d *text.Doc, m *mention) {
	for m.last > m.first {
		w := normalizeWord(d.Tokens[m.last-1].Text)
		if w == "'s" || w == "'" || w == "\"" || w == "," || w == "-" {
			m.last--
			continue
		}
		break
	}
	for m.first < m.last {
		w := normalizeWord(d.Tokens[m.first].Text)
		if w == "\"" || w == "'" || w == "-" || w == "(" {
			m.first++
			continue
		}
		break
	}
	if m.typ != annalist.Person {
		return
	}
	var role []string
	for m.first < m.last-1 && isRoleWord(strings.ToLower(d.Tokens[m.first].Text)) {
		role = append(role, strings.ToLower(strings.TrimSuffix(d.Tokens[m.first].Text, ".")))
		m.first++
	}
	m.role = cleanRole(role)
}

// roleQualifiers are words of a role that are not roles by themselves
// ("Senior General", "Foreign Minister"); a role needs a title or one of
// extraRoles too. (The tagger's title feature uses titles alone: these
// lists need no retraining.)
var roleQualifiers = words.Set(`senior supreme grand foreign defence defense interior home finance
	health economy trade energy education environment culture transport agriculture labour labor`)

// extraRoles are roles that are not titles the tagger knows.
var extraRoles = words.Set("owner candidate nominee incumbent")

func isRoleWord(w string) bool { return titles[w] || roleQualifiers[w] || extraRoles[w] }

// honorifics are titles that are not roles.
var honorifics = words.Set("mr mrs ms dr prof sir lady lord dame st. mr. mrs. ms. dr. prof.")

func cleanRole(words []string) string {
	var keep []string
	title := false
	for _, w := range words {
		if !honorifics[w] && !honorifics[w+"."] {
			keep = append(keep, w)
			title = title || titles[w] || extraRoles[w]
		}
	}
	if !title {
		return ""
	}
	return strings.Join(keep, " ")
}

// roleBefore reads the titles just before a person's name ("former
// president Ellen Johnson Sirleaf"), or before a comma that sets the name
// in apposition ("France's president, Jean-Luc Mélenchon").
func roleBefore(d *text.Doc, first, sentFirst int) string {
	k := first - 1
	if k >= sentFirst && d.Tokens[k].Text == "," {
		k--
	}
	var role []string
	for ; k >= sentFirst; k-- {
		w := strings.ToLower(strings.TrimSuffix(d.Tokens[k].Text, "."))
		if !isRoleWord(w) && !isRoleWord(w+".") {
			break
		}
		role = append([]string{w}, role...)
	}
	return cleanRole(role)
}

// isGloss reports whether tokens [first, last) are a term glossed with its
// language in parentheses, "(Maidan Nezalezhnosti, in Ukrainian)": a
// phrase, not a person or an organisation.
func isGloss(d *text.Doc, first, last, sentFirst, sentLast int) bool {
	if first == sentFirst || last+3 >= sentLast+1 || d.Tokens[first-1].Text != "(" {
		return false
	}
	t := d.Tokens[last : last+min(4, sentLast-last)]
	return len(t) >= 4 && t[0].Text == "," && strings.EqualFold(t[1].Text, "in") &&
		isCap(t[2].Text) && t[3].Text == ")"
}

// looksLikeName rejects spans without any capital letter or digit, which
// in running text are tagging noise.
func looksLikeName(toks []text.Token) bool {
	for _, t := range toks {
		for _, r := range t.Text {
			if unicode.IsUpper(r) || unicode.IsDigit(r) {
				return true
			}
		}
	}
	return false
}

// unifyTypes gives all mentions written alike one type: the type most of
// them have; on a tie, not PERSON (the tagger's guess for any unknown pair
// of capitalised words), else the type of the first.
func unifyTypes(ms []*mention) {
	count := map[string]map[string]int{}
	first := map[string]string{}
	for _, m := range ms {
		k := strings.ToLower(strings.Join(m.words, " "))
		if count[k] == nil {
			count[k] = map[string]int{}
			first[k] = m.typ
		}
		count[k][m.typ]++
	}
	for _, m := range ms {
		k := strings.ToLower(strings.Join(m.words, " "))
		c := count[k]
		if len(c) < 2 {
			continue
		}
		best := first[k]
		for _, t := range []string{annalist.Misc, annalist.Organization, annalist.Location, annalist.Person} {
			if c[t] > c[best] || (c[t] == c[best] && best == annalist.Person) {
				best = t
			}
		}
		m.typ = best
	}
}

// dropUnsupported drops a one-word person named once, with no title and
// no known first name, where capitals say nothing: first in its sentence
// or in a quotation ("‘Dégage!’"). Nothing there tells a name from a
// word; a surname of a fuller name stays, as it joins that name.
func dropUnsupported(d *text.Doc, ms []*mention) []*mention {
	count := map[string]int{}
	var people [][]string
	for _, m := range ms {
		count[strings.ToLower(m.words[0])]++
		if m.typ == annalist.Person && len(m.words) > 1 {
			people = append(people, m.words)
		}
	}
	out := ms[:0]
	for _, m := range ms {
		if m.typ == annalist.Person && len(m.words) == 1 && m.role == "" &&
			count[strings.ToLower(m.words[0])] == 1 && !firstNames[strings.ToLower(m.words[0])] &&
			ambiguousCase(d, m.first) && !partOfAny(people, m.words) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// ambiguousCase reports whether token i is capitalised by position: first
// in its sentence, or after an opening quotation mark or bracket.
func ambiguousCase(d *text.Doc, i int) bool {
	s := d.SentenceAt(d.Tokens[i].Start)
	if s < 0 || d.Sentences[s].First == i {
		return true
	}
	return isQuoteOrBracket(normalizeWord(d.Tokens[i-1].Text))
}

func partOfAny(names [][]string, words []string) bool {
	for _, n := range names {
		lw := make([]string, len(n))
		for i, w := range n {
			lw[i] = strings.ToLower(w)
		}
		if containsWords(lw, []string{strings.ToLower(words[0])}, true) {
			return true
		}
	}
	return false
}

// buildEntities groups mentions into entities: the same words (in any
// case) and type are one entity; a person's surname, or a shorter form of
// a fuller name, joins the fullest name that contains it. Entities come in
// the order of their first mention; the name is the fullest form, as
// written in running text rather than in a capitalised headline.
func buildEntities(d *text.Doc, ms []*mention, idBase int) []annalist.Entity {
	type group struct {
		typ    string
		words  []string // lower case
		ms     []*mention
		parent *group
	}
	var groups []*group
	byKey := map[string]*group{}
	groupOf := map[*mention]*group{}
	for _, m := range ms {
		lw := make([]string, len(m.words))
		for i, w := range m.words {
			lw[i] = strings.ToLower(w)
		}
		k := m.typ + "\x00" + strings.Join(lw, " ")
		g := byKey[k]
		if g == nil {
			g = &group{typ: m.typ, words: lw}
			byKey[k] = g
			groups = append(groups, g)
		}
		g.ms = append(g.ms, m)
		groupOf[m] = g
	}
	for _, g := range groups {
		for _, o := range groups {
			if o.typ == g.typ && len(o.words) > len(g.words) &&
				(containsWords(o.words, g.words, g.typ == annalist.Person) || g.typ != annalist.Person && isAcronym(g.words, o.words)) &&
				(g.parent == nil || len(o.words) > len(g.parent.words)) {
				g.parent = o
			}
		}
	}
	root := func(g *group) *group {
		for n := 0; g.parent != nil && n < len(groups); n++ {
			g = g.parent
		}
		return g
	}
	index := map[*group]int{}
	var out []annalist.Entity
	for _, m := range ms {
		r := root(groupOf[m])
		ei, ok := index[r]
		if !ok {
			ei = len(out)
			index[r] = ei
			c := r.ms[0]
			for _, x := range r.ms {
				if !allCaps(x.words) {
					c = x
					break
				}
			}
			out = append(out, annalist.Entity{
				ID:   "e" + strconv.Itoa(idBase+ei+1),
				Type: m.typ,
				Name: d.Text[d.Tokens[c.first].Start:d.Tokens[c.last-1].End],
			})
		}
		en := &out[ei]
		start, end := d.Tokens[m.first].Start, d.Tokens[m.last-1].End
		en.Mentions = append(en.Mentions, annalist.Span{Start: start, End: end, Text: d.Text[start:end]})
		if en.Role == "" && m.role != "" {
			en.Role = m.role
		}
	}
	return out
}

func allCaps(words []string) bool {
	for _, w := range words {
		if hasLower(w) {
			return false
		}
	}
	return true
}

// containsWords reports whether short (lower case) names the same person
// as long: a suffix ("mélenchon" of "jean-luc mélenchon"), a surname
// without its particle ("assad" of "bashar al-assad"), or the first and
// last name of a longer one. Other names merge only when written alike,
// since "Kazakhstan" is not "South Kazakhstan".
func containsWords(long, short []string, person bool) bool {
	if !person {
		return false
	}
	if hasSuffix(long, short) {
		return true
	}
	if len(short) == 1 {
		if p, rest, ok := strings.Cut(long[len(long)-1], "-"); ok && len(p) <= 3 && rest == short[0] {
			return true
		}
	}
	// "George Bush" in "George W. Bush".
	return len(short) == 2 && len(long) > 2 && short[0] == long[0] && short[1] == long[len(long)-1]
}

// acronymSkip are the small words acronyms leave out.
var acronymSkip = words.Set("of and the for de du la le des")

// isAcronym reports whether short (lower case, one word) is the initials of
// long: "ecb" of "european central bank", "u.s." of "united states".
func isAcronym(short, long []string) bool {
	if len(short) != 1 || len(long) < 2 {
		return false
	}
	a := strings.ReplaceAll(short[0], ".", "")
	if len(a) < 2 {
		return false
	}
	var all, content []byte
	for _, w := range long {
		if w == "" {
			continue
		}
		all = append(all, w[0])
		if !acronymSkip[w] {
			content = append(content, w[0])
		}
	}
	return a == string(content) || a == string(all)
}

func hasSuffix(long, short []string) bool {
	return len(short) <= len(long) && equalWords(long[len(long)-len(short):], short)
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return len(a) == len(b)
}
