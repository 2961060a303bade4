package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/annalist/annalist/syntax"
)

func TestParseCommand(t *testing.T) {
	var out bytes.Buffer
	root.SetOut(&out)
	defer root.SetIn(nil)
	root.SetIn(strings.NewReader("Police arrested two men on Monday. They didn't comment."))
	root.SetArgs([]string{"parse", "--input", "text", "-"})
	if err := root.Execute(); err != nil {
		t.Fatal(err)
	}
	sents, err := syntax.ReadCoNLLU(&out, "parse output")
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if len(sents) != 2 || len(sents[1].Words) != 5 || sents[1].Words[1].Form != "did" || sents[1].Words[1].Misc != "SpaceAfter=No" {
		t.Fatalf("parsed %+v", sents)
	}
	roots := 0
	for _, w := range sents[0].Words {
		if w.Head == 0 {
			roots++
		}
	}
	if roots != 1 {
		t.Errorf("%d roots in %+v", roots, sents[0].Words)
	}

	// --input conllu keeps the words and the multiword line, fills the rest.
	blind := "# sent_id = a\n1\tThey\t_\t_\t_\t_\t_\t_\t_\t_\n2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdid\t_\t_\t_\t_\t_\t_\t_\t_\n3\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n4\tgo\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	out.Reset()
	root.SetIn(strings.NewReader(blind))
	root.SetArgs([]string{"parse", "--input", "conllu", "-"})
	if err := root.Execute(); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	if !strings.Contains(got, "# sent_id = a\n1\tThey\tthey\tPRON\tPRP\t") || !strings.Contains(got, "\n2-3\tdidn't\t_\t") || !strings.Contains(got, "\n4\tgo\tgo\tVERB\tVB\t") {
		t.Errorf("--input conllu wrote\n%s", got)
	}

	// A malformed line is an error naming the input and line.
	root.SetIn(strings.NewReader("1\tx\n"))
	root.SetArgs([]string{"parse", "--input", "conllu", "-"})
	if err := root.Execute(); err == nil || !strings.Contains(err.Error(), "standard input:1:") {
		t.Errorf("malformed input: %v", err)
	}
}
