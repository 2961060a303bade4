package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/annalist/annalist/syntax"
	"github.com/annalist/annalist/text"
)

func init() {
	var input string
	cmd := &cobra.Command{
		Use:   "parse FILE|-",
		Short: "Tag, lemmatise and parse text into CoNLL-U",
		Long: `Parse reads plain text (a file, or standard input with "-"), splits it into
sentences and tokens as the pipeline does, and writes CoNLL-U: for each word its
lemma, UPOS and Penn tag, head and Universal Dependencies relation, from the
embedded model (see syntax/MODEL.md). FEATS and DEPS are left "_".

With --input conllu the input is CoNLL-U and its words are kept as given (what
an outside scorer hands over: ID and FORM filled, the rest "_"); comments,
multiword-token and empty-node lines are copied through, and the predicted
columns are filled in.`,
		Example: `  echo "Police arrested two men in Almaty on Monday." | annalist parse -
  annalist parse article.txt > article.conllu
  annalist parse --input conllu blind.conllu > predicted.conllu`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			name := args[0]
			var r io.Reader = cmd.InOrStdin()
			if name != "-" {
				f, err := os.Open(name)
				if err != nil {
					return err
				}
				defer f.Close()
				r = f
			} else {
				name = "standard input"
			}
			m, err := syntax.Default()
			if err != nil {
				return err
			}
			out := bufio.NewWriter(cmd.OutOrStdout())
			defer out.Flush()
			switch input {
			case "conllu":
				sents, err := syntax.ReadCoNLLU(r, name)
				if err != nil {
					return err
				}
				for i := range sents {
					m.Annotate(&sents[i])
				}
				return syntax.WriteCoNLLU(out, sents)
			case "text":
				b, err := io.ReadAll(r)
				if err != nil {
					return fmt.Errorf("%s: %w", name, err)
				}
				return syntax.WriteCoNLLU(out, parseText(m, string(b)))
			}
			return fmt.Errorf("--input %q: want text or conllu", input)
		},
	}
	cmd.Flags().StringVar(&input, "input", "text", "input format: text or conllu")
	root.AddCommand(cmd)
}

// parseText analyses s as the pipeline does and returns one CoNLL-U
// sentence per sentence, with SpaceAfter=No where the text has no space.
func parseText(m *syntax.Model, s string) []syntax.Sentence {
	d := text.Analyze(s, "")
	d.Parser = m
	out := make([]syntax.Sentence, len(d.Sentences))
	for i, se := range d.Sentences {
		toks := d.SentenceTokens(i)
		ws := d.Parse(i)
		cs := syntax.Sentence{Comments: []string{
			"sent_id = " + strconv.Itoa(i+1),
			"text = " + strings.Join(strings.Fields(s[se.Start:se.End]), " "),
		}}
		for j, t := range toks {
			misc := ""
			if j+1 < len(toks) && toks[j+1].Start == t.End {
				misc = "SpaceAfter=No"
			}
			w := ws[j]
			cs.Words = append(cs.Words, syntax.Token{
				Form: t.Text, Lemma: w.Lemma, UPOS: w.UPOS, XPOS: w.XPOS,
				Head: w.Head + 1, Rel: w.Rel, Misc: misc,
			})
		}
		out[i] = cs
	}
	return out
}
