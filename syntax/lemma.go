package syntax

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// The lemmatiser learns edit scripts from form to lemma: lower-case the
// form or keep its case, cut k bytes off its end, append a string. A word
// seen in training with a tag takes its most frequent script (the
// exceptions table: went -> go, better -> good); an unseen word takes the
// script most frequent among training words with the same tag and the
// longest shared ending (-ies NNS -> -y).

// script is an edit from form to lemma: "L2:y" lower-cases, cuts 2 bytes
// and appends "y"; "K0:" keeps the form as it is.
type script string

func makeScript(form, lemma string) script {
	try := func(c byte, f string) (script, int) {
		n := 0
		for n < len(f) && n < len(lemma) && f[n] == lemma[n] {
			n++
		}
		return script(string(c) + strconv.Itoa(len(f)-n) + ":" + lemma[n:]), n
	}
	sk, nk := try('K', form)
	sl, nl := try('L', strings.ToLower(form))
	if nl >= nk { // ties lower-case: "The" and "the" share a script
		return sl
	}
	return sk
}

func (s script) apply(form string) (string, bool) {
	i := strings.IndexByte(string(s), ':')
	if len(s) < 3 || i < 2 {
		return "", false
	}
	cut, err := strconv.Atoi(string(s[1:i]))
	f := form
	if s[0] == 'L' {
		f = strings.ToLower(form)
	}
	if err != nil || cut > len(f) {
		return "", false
	}
	return f[:len(f)-cut] + string(s[i+1:]), true
}

// Lemmatizer holds the learned scripts, keyed by tag class. The tables
// must not gain keys once Lemma has been called.
type Lemmatizer struct {
	known map[lemmaKey]script // lower-cased form and class
	rules map[lemmaKey]script // class and ending of up to maxEnding bytes

	once   sync.Once
	filter *keyFilter // the keys of both tables, built on first use
}

// keyFilter is a bitmap with one bit set per table key (a Bloom filter
// with one hash): a key whose bit is clear is in neither table, so Lemma
// skips most of the map look-ups that would fail, the endings tried
// before the one that has a rule.
type keyFilter [1 << 11]uint64

func filterHash(s string, class int) uint64 { return mix(hashString(s), uint64(class)) }

func (f *keyFilter) add(k lemmaKey) {
	h := filterHash(k.s, k.class)
	f[h>>6&uint64(len(f)-1)] |= 1 << (h & 63)
}

func (f *keyFilter) mayHave(s string, class int) bool {
	h := filterHash(s, class)
	return f[h>>6&uint64(len(f)-1)]&(1<<(h&63)) != 0
}

func (l *Lemmatizer) buildFilter() {
	f := new(keyFilter)
	for _, tab := range []map[lemmaKey]script{l.known, l.rules} {
		for k := range tab {
			f.add(k)
		}
	}
	l.filter = f
}

type lemmaKey struct {
	s     string
	class int
}

const (
	maxEnding = 5
	minRule   = 2 // word types that must share an ending for its rule
)

// Lemma returns the lemma of form tagged with class.
func (l *Lemmatizer) Lemma(form string, class int) string {
	l.once.Do(l.buildFilter)
	lower := strings.ToLower(form)
	if l.filter.mayHave(lower, class) {
		if s, ok := l.known[lemmaKey{lower, class}]; ok {
			if out, ok := s.apply(form); ok {
				return out
			}
		}
	}
	for n := min(maxEnding, len(lower)); n >= 0; n-- {
		e := lower[len(lower)-n:]
		if !l.filter.mayHave(e, class) {
			continue
		}
		if s, ok := l.rules[lemmaKey{e, class}]; ok {
			if out, ok := s.apply(form); ok && out != "" {
				return out
			}
		}
	}
	return lower
}

// trainLemmatizer counts scripts per (form, class) and per (ending, class)
// over word types, keeping the most frequent (ties: the smaller script).
func trainLemmatizer(sents []Sentence, classOf func(Token) int) *Lemmatizer {
	type count map[script]int
	type seen struct{ form, lemma string }
	occ := map[lemmaKey]map[seen]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Lemma == "" || w.Lemma == "_" {
				continue
			}
			k := lemmaKey{strings.ToLower(w.Form), classOf(w)}
			if occ[k] == nil {
				occ[k] = map[seen]int{}
			}
			occ[k][seen{w.Form, w.Lemma}]++
		}
	}
	// A known word's script is the one that gets most of its occurrences
	// right, among the scripts (case kept or lowered) of each occurrence:
	// "I" and "i" both take "L1:I".
	known := map[lemmaKey]count{}
	for k, o := range occ {
		c := count{}
		for x := range o {
			for _, cand := range []script{makeScript(x.form, x.lemma), "L" + makeScript(strings.ToLower(x.form), x.lemma)[1:]} {
				if _, done := c[cand]; done {
					continue
				}
				for y, n := range o {
					if out, ok := cand.apply(y.form); ok && out == y.lemma {
						c[cand] += n
					}
				}
			}
		}
		known[k] = c
	}
	best := func(c count) (script, int) {
		var bs script
		bn := -1
		for s, n := range c {
			if n > bn || n == bn && s < bs {
				bs, bn = s, n
			}
		}
		return bs, bn
	}
	l := &Lemmatizer{known: map[lemmaKey]script{}, rules: map[lemmaKey]script{}}
	rules := map[lemmaKey]count{}
	for k, c := range known {
		s, _ := best(c)
		l.known[k] = s
		for n := 0; n <= min(maxEnding, len(k.s)); n++ {
			rk := lemmaKey{k.s[len(k.s)-n:], k.class}
			if rules[rk] == nil {
				rules[rk] = count{}
			}
			rules[rk][s]++
		}
	}
	for k, c := range rules {
		if s, n := best(c); n >= minRule || len(k.s) == 0 {
			l.rules[k] = s
		}
	}
	// Drop known words whose script the rules already give: the table
	// then holds only the exceptions.
	for k, s := range l.known {
		if l.ruleFor(k) == s {
			delete(l.known, k)
		}
	}
	return l
}

func (l *Lemmatizer) ruleFor(k lemmaKey) script {
	for n := min(maxEnding, len(k.s)); n >= 0; n-- {
		if s, ok := l.rules[lemmaKey{k.s[len(k.s)-n:], k.class}]; ok {
			if _, ok := s.apply(k.s); ok {
				return s
			}
		}
	}
	return ""
}

// sortedEntries lists a table in a fixed order, for writing.
func sortedEntries(m map[lemmaKey]script) []struct {
	k lemmaKey
	s script
} {
	out := make([]struct {
		k lemmaKey
		s script
	}, 0, len(m))
	for k, s := range m {
		out = append(out, struct {
			k lemmaKey
			s script
		}{k, s})
	}
	slices.SortFunc(out, func(a, b struct {
		k lemmaKey
		s script
	}) int {
		return cmp.Or(cmp.Compare(a.k.class, b.k.class), cmp.Compare(a.k.s, b.k.s))
	})
	return out
}
