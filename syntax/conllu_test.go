package syntax

import (
	"bytes"
	"strings"
	"testing"
)

const sample = `# sent_id = 1
# text = I don't know.
1	I	I	PRON	PRP	_	4	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

`

func TestReadCoNLLURoundTrip(t *testing.T) {
	sents, err := ReadCoNLLU(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 1 || len(sents[0].Words) != 5 || len(sents[0].Extra) != 1 || sents[0].Extra[0].Before != 1 {
		t.Fatalf("read %+v", sents)
	}
	if w := sents[0].Words[3]; w.Head != 0 || w.Rel != "root" || w.Misc != "SpaceAfter=No" {
		t.Errorf("word 4 = %+v", w)
	}
	var buf bytes.Buffer
	if err := WriteCoNLLU(&buf, sents); err != nil {
		t.Fatal(err)
	}
	if buf.String() != sample {
		t.Errorf("round trip:\n%s\nwant\n%s", buf.String(), sample)
	}
}

func TestReadCoNLLUErrors(t *testing.T) {
	cases := []struct{ in, want string }{
		{"1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\n", "f.conllu:1: 9 tab-separated columns"},
		{"1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n3\tx\tx\tX\tX\t_\t1\tdep\t_\t_\n", "f.conllu:2: word ID \"3\", want 2"},
		{"1\tI\tI\tPRON\tPRP\t_\t5\troot\t_\t_\n\n", "f.conllu:1: word 1 has head 5 beyond"},
		{"1\tI\tI\tPRON\tPRP\t_\tx\troot\t_\t_\n", "f.conllu:1: bad HEAD \"x\""},
		{"2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n", "f.conllu:1: multiword range \"2-3\""},
		{"1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n# late\n", "f.conllu:2: comment inside a sentence"},
		{"# only a comment\n\n", "f.conllu:1: sentence without words"},
		{"1\t\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n", "f.conllu:1: empty FORM"},
	}
	for _, c := range cases {
		_, err := ReadCoNLLU(strings.NewReader(c.in), "f.conllu")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.in, err, c.want)
		}
	}
}

func FuzzReadCoNLLU(f *testing.F) {
	f.Add(sample)
	f.Add("1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n1.1\ty\t_\t_\t_\t_\t_\t_\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadCoNLLU(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		// What reads must write and read back the same.
		var buf bytes.Buffer
		if err := WriteCoNLLU(&buf, sents); err != nil {
			t.Fatal(err)
		}
		again, err := ReadCoNLLU(&buf, "again")
		if err != nil {
			t.Fatalf("written file does not read back: %v\n%s", err, buf.String())
		}
		if len(again) != len(sents) {
			t.Fatalf("%d sentences, then %d", len(sents), len(again))
		}
		for i := range sents {
			if len(again[i].Words) != len(sents[i].Words) {
				t.Fatalf("sentence %d: %d words, then %d", i, len(sents[i].Words), len(again[i].Words))
			}
			for _, w := range sents[i].Words {
				if w.Head >= 0 && w.Head > len(sents[i].Words) {
					t.Fatalf("head out of range")
				}
			}
		}
	})
}
