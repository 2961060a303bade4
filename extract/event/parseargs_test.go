package event

import (
	"strings"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/text"
)

// treeParser gives hand-written UD analyses, one per sentence text, so that
// the structure rules are tested without a trained model. Each word is
// "form/UPOS/XPOS/head/rel" with 1-based heads as in CoNLL-U (0 = root).
type treeParser map[string]string

func (p treeParser) Parse(words []string) []text.Word {
	spec := strings.Fields(p[strings.Join(words, " ")])
	if len(spec) != len(words) {
		return nil
	}
	out := make([]text.Word, len(words))
	for i, w := range spec {
		f := strings.Split(w, "/")
		h := 0
		for _, c := range f[3] {
			h = h*10 + int(c-'0')
		}
		out[i] = text.Word{UPOS: f[1], XPOS: f[2], Lemma: strings.ToLower(f[0]), Head: h - 1, Rel: f[4]}
	}
	return out
}

func TestParseArguments(t *testing.T) {
	p := treeParser{
		"Police moved to disperse the crowd .": "Police/NOUN/NNS/2/nsubj moved/VERB/VBD/0/root to/PART/TO/4/mark " +
			"disperse/VERB/VB/2/xcomp the/DET/DT/6/det crowd/NOUN/NN/4/obj ./PUNCT/./2/punct",
		"Three protesters were killed by riot police .": "Three/NUM/CD/2/nummod protesters/NOUN/NNS/4/nsubj:pass " +
			"were/AUX/VBD/4/aux:pass killed/VERB/VBN/0/root by/ADP/IN/7/case riot/NOUN/NN/7/compound " +
			"police/NOUN/NNS/4/obl:agent ./PUNCT/./4/punct",
		"Soldiers who attacked the village withdrew .": "Soldiers/NOUN/NNS/6/nsubj who/PRON/WP/3/nsubj " +
			"attacked/VERB/VBD/1/acl:relcl the/DET/DT/5/det village/NOUN/NN/3/obj withdrew/VERB/VBD/0/root ./PUNCT/./6/punct",
		"The killing of three protesters by police angered residents .": "The/DET/DT/2/det killing/NOUN/NN/8/nsubj " +
			"of/ADP/IN/5/case three/NUM/CD/5/nummod protesters/NOUN/NNS/2/nmod by/ADP/IN/7/case police/NOUN/NNS/2/nmod " +
			"angered/VERB/VBD/0/root residents/NOUN/NNS/8/obj ./PUNCT/./8/punct",
	}
	for s, want := range map[string][3]string{
		"Police moved to disperse the crowd.":                          {"disperse", "Police", "crowd"},
		"Three protesters were killed by riot police.":                 {"killed", "riot police", "Three protesters"},
		"Soldiers who attacked the village withdrew.":                  {"attacked", "Soldiers", "village"},
		"The killing of three protesters by police angered residents.": {"killing", "police", "three protesters"},
	} {
		d := text.Analyze(s, "")
		d.Parser = p
		if d.Parse(0) == nil {
			t.Fatalf("%q: the test parse does not fit the tokens", s)
		}
		var found *Mention
		ms := Mentions(d, &annalist.Record{Text: s})
		for i := range ms {
			if strings.HasPrefix(ms[i].Trigger.Text, want[0]) {
				found = &ms[i]
			}
		}
		if found == nil {
			t.Errorf("%q: no %q trigger in %+v", s, want[0], ms)
			continue
		}
		if found.Actor == nil || found.Actor.Text != want[1] {
			t.Errorf("%q: actor %+v, want %q", s, found.Actor, want[1])
		}
		if found.Target == nil || found.Target.Text != want[2] {
			t.Errorf("%q: target %+v, want %q", s, found.Target, want[2])
		}
	}
}
