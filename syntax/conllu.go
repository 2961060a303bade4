package syntax

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Token is one word line of a CoNLL-U file (an integer ID). Head is the
// file's HEAD column: 0 for the root, 1..n for a word, -1 when it is "_"
// (an unannotated file, as an outside scorer hands us).
type Token struct {
	Form, Lemma, UPOS, XPOS, Feats string
	Head                           int
	Rel, Deps, Misc                string
}

// Line is a CoNLL-U line that is not a word: a multiword token ("3-4") or
// an empty node ("5.1"). It is kept verbatim and written back before word
// Before (0-based), so a file round-trips.
type Line struct {
	Before int
	Text   string
}

// Sentence is one CoNLL-U sentence: comments, words and the other lines.
type Sentence struct {
	Comments []string // without the leading "# "
	Words    []Token
	Extra    []Line
}

// Forms returns the sentence's word forms.
func (s *Sentence) Forms() []string {
	out := make([]string, len(s.Words))
	for i, w := range s.Words {
		out[i] = w.Form
	}
	return out
}

// ReadCoNLLUFile reads a CoNLL-U file; errors name the file and line.
func ReadCoNLLUFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadCoNLLU(f, path)
}

// ReadCoNLLU reads CoNLL-U strictly: every word line has ten tab-separated
// columns, word IDs run 1, 2, ... in each sentence, heads point inside the
// sentence, and multiword ranges are well formed. Anything else is an error
// naming name and the line number: a scorer fed a wrong file should say so
// rather than guess.
func ReadCoNLLU(r io.Reader, name string) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	var out []Sentence
	var cur Sentence
	var open bool
	ln, start := 0, 0
	fail := func(format string, a ...any) error {
		return fmt.Errorf("%s:%d: %s", name, ln, fmt.Sprintf(format, a...))
	}
	finish := func() error {
		if !open {
			return nil
		}
		if len(cur.Words) == 0 {
			return fmt.Errorf("%s:%d: sentence without words", name, start)
		}
		for i, w := range cur.Words {
			if w.Head > len(cur.Words) {
				return fmt.Errorf("%s:%d: word %d has head %d beyond the sentence's %d words", name, start, i+1, w.Head, len(cur.Words))
			}
		}
		out = append(out, cur)
		cur, open = Sentence{}, false
		return nil
	}
	for sc.Scan() {
		ln++
		line := strings.TrimSuffix(sc.Text(), "\r")
		if line == "" {
			if err := finish(); err != nil {
				return nil, err
			}
			continue
		}
		if !open {
			open, start = true, ln
		}
		if line[0] == '#' {
			if len(cur.Words) > 0 || len(cur.Extra) > 0 {
				return nil, fail("comment inside a sentence (a blank line must end the sentence before it)")
			}
			cur.Comments = append(cur.Comments, strings.TrimPrefix(strings.TrimPrefix(line, "#"), " "))
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 10 {
			return nil, fail("%d tab-separated columns, want 10", len(cols))
		}
		id := cols[0]
		if i := strings.IndexAny(id, "-."); i > 0 {
			a, err1 := strconv.Atoi(id[:i])
			b, err2 := strconv.Atoi(id[i+1:])
			if err1 != nil || err2 != nil || a < 0 || b < 1 {
				return nil, fail("bad ID %q", id)
			}
			if id[i] == '-' && (a != len(cur.Words)+1 || b <= a) {
				return nil, fail("multiword range %q does not start at the next word %d", id, len(cur.Words)+1)
			}
			if id[i] == '.' && a != len(cur.Words) {
				return nil, fail("empty node %q does not follow word %d", id, len(cur.Words))
			}
			cur.Extra = append(cur.Extra, Line{Before: len(cur.Words), Text: line})
			continue
		}
		n, err := strconv.Atoi(id)
		if err != nil || n != len(cur.Words)+1 {
			return nil, fail("word ID %q, want %d", id, len(cur.Words)+1)
		}
		if cols[1] == "" {
			return nil, fail("empty FORM")
		}
		head := -1
		if cols[6] != "_" {
			h, err := strconv.Atoi(cols[6])
			if err != nil || h < 0 {
				return nil, fail("bad HEAD %q", cols[6])
			}
			if h == n {
				return nil, fail("word %d is its own head", n)
			}
			head = h
		}
		cur.Words = append(cur.Words, Token{
			Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4], Feats: cols[5],
			Head: head, Rel: cols[7], Deps: cols[8], Misc: cols[9],
		})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, ln+1, err)
	}
	if err := finish(); err != nil {
		return nil, err
	}
	return out, nil
}

// WriteCoNLLU writes sentences in CoNLL-U, "_" for empty columns.
func WriteCoNLLU(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	col := func(s string) string {
		if s == "" {
			return "_"
		}
		return s
	}
	for _, s := range sents {
		for _, c := range s.Comments {
			fmt.Fprintf(bw, "# %s\n", c)
		}
		x := 0
		for i, t := range s.Words {
			for x < len(s.Extra) && s.Extra[x].Before <= i {
				fmt.Fprintln(bw, s.Extra[x].Text)
				x++
			}
			head := "_"
			if t.Head >= 0 {
				head = strconv.Itoa(t.Head)
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", i+1, t.Form, col(t.Lemma), col(t.UPOS), col(t.XPOS),
				col(t.Feats), head, col(t.Rel), col(t.Deps), col(t.Misc))
		}
		for ; x < len(s.Extra); x++ {
			fmt.Fprintln(bw, s.Extra[x].Text)
		}
		bw.WriteString("\n")
	}
	return bw.Flush()
}
