package syntax

import (
	"strings"
	"testing"

	"github.com/annalist/annalist/internal/shared"
)

// lemmaPlain is Lemma without the key filter.
func lemmaPlain(l *Lemmatizer, form string, class int) string {
	lower := strings.ToLower(form)
	if s, ok := l.known[lemmaKey{lower, class}]; ok {
		if out, ok := s.apply(form); ok {
			return out
		}
	}
	for n := min(maxEnding, len(lower)); n >= 0; n-- {
		if s, ok := l.rules[lemmaKey{lower[len(lower)-n:], class}]; ok {
			if out, ok := s.apply(form); ok && out != "" {
				return out
			}
		}
	}
	return lower
}

// TestLemmaFilter checks that the key filter lets every key of the tables
// through and changes no lemma of the EWT dev words under any tag.
func TestLemmaFilter(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	l := m.Lemmas
	l.once.Do(l.buildFilter)
	for _, tab := range []map[lemmaKey]script{l.known, l.rules} {
		for k := range tab {
			if !l.filter.mayHave(k.s, k.class) {
				t.Fatalf("the filter drops %v", k)
			}
		}
	}
	gold, err := ReadCoNLLUFile(shared.Require(t, "eval/ud-english-ewt/en_ewt-ud-dev.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	n, skipped := 0, 0
	for _, s := range gold[:min(len(gold), 400)] {
		for _, w := range s.Words {
			for c := range m.Tagger.UPOS {
				if got, want := l.Lemma(w.Form, c), lemmaPlain(l, w.Form, c); got != want {
					t.Fatalf("Lemma(%q, %d) = %q, want %q", w.Form, c, got, want)
				}
				lower := strings.ToLower(w.Form)
				for k := min(maxEnding, len(lower)); k >= 0; k-- {
					n++
					if !l.filter.mayHave(lower[len(lower)-k:], c) {
						skipped++
					}
				}
			}
		}
	}
	t.Logf("%d keys; %d of %d ending look-ups skipped", len(l.known)+len(l.rules), skipped, n)
}
