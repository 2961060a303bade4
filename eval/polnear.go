package eval

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// PolNeARDoc is one article of the PolNeAR attribution corpus (Newell,
// Margolin and Ruths 2018) with one annotator's attributions.
type PolNeARDoc struct {
	Name         string // file name without extension
	Date         string // publication date, from the file name
	Text         string
	Attributions []Attribution
}

// Attribution is one PolNeAR attribution relation: who (Source) is
// reported by which words (Cue) to say or think what (Content). Spans are
// byte offsets into the article's text; a discontinuous span has several
// fragments. Source is empty for an attribution without a source.
type Attribution struct {
	Source, Cue, Content []Frag
}

// Frag is one fragment of a brat span, byte offsets, end exclusive.
type Frag struct{ Start, End int }

// ReadPolNeAR reads a PolNeAR split: DIR/text/NAME.txt with
// DIR/attributions/NAME_ANNOTATOR.ann. Where several annotators annotated
// an article, the first annotator by name is read, so that every article
// counts once.
func ReadPolNeAR(dir string) ([]PolNeARDoc, error) {
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, err
	}
	if len(anns) == 0 {
		return nil, fmt.Errorf("%s: no attributions/*.ann files (want a PolNeAR split: text/ and attributions/)", dir)
	}
	sort.Strings(anns)
	var docs []PolNeARDoc
	seen := map[string]bool{}
	for _, ann := range anns {
		base := strings.TrimSuffix(filepath.Base(ann), ".ann")
		i := strings.LastIndexByte(base, '_')
		if i < 0 {
			return nil, fmt.Errorf("%s: name has no _ANNOTATOR suffix", ann)
		}
		name := base[:i]
		if seen[name] {
			continue
		}
		seen[name] = true
		body, err := os.ReadFile(filepath.Join(dir, "text", name+".txt"))
		if err != nil {
			return nil, err
		}
		if !utf8.Valid(body) {
			return nil, fmt.Errorf("%s: text is not UTF-8", name)
		}
		f, err := os.Open(ann)
		if err != nil {
			return nil, err
		}
		atts, err := ParseBratAttributions(f, string(body))
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", ann, err)
		}
		d := PolNeARDoc{Name: name, Text: string(body), Attributions: atts}
		if parts := strings.SplitN(name, "_", 3); len(parts) == 3 && len(parts[1]) == 10 {
			d.Date = parts[1]
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// ParseBratAttributions reads PolNeAR's brat standoff: T lines (Source,
// Cue, Content, Attribution with character offsets, fragments joined by
// ";") and E lines joining them. Offsets are converted from characters to
// byte offsets of text. Lines of other kinds (notes, Discuss, Discard) and
// the continuation lines of multi-line span texts are skipped.
func ParseBratAttributions(r interface{ Read([]byte) (int, error) }, text string) ([]Attribution, error) {
	// Character offset → byte offset.
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	spans := map[string][]Frag{}
	var events [][]string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 2 || len(fields[0]) < 2 {
			continue
		}
		switch fields[0][0] {
		case 'T':
			if _, err := strconv.Atoi(fields[0][1:]); err != nil {
				continue
			}
			kind, locs, _ := strings.Cut(fields[1], " ")
			if kind != "Source" && kind != "Cue" && kind != "Content" {
				continue
			}
			var frags []Frag
			for _, loc := range strings.Split(locs, ";") {
				a, b, ok := strings.Cut(strings.TrimSpace(loc), " ")
				s, err1 := strconv.Atoi(a)
				e, err2 := strconv.Atoi(b)
				if !ok || err1 != nil || err2 != nil || s < 0 || e < s || e >= len(byteAt) {
					return nil, fmt.Errorf("line %d: bad span %q (text has %d characters)", line, locs, len(byteAt)-1)
				}
				frags = append(frags, Frag{byteAt[s], byteAt[e]})
			}
			spans[fields[0]] = frags
		case 'E':
			events = append(events, strings.Fields(fields[1]))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	var out []Attribution
	for _, ev := range events {
		var a Attribution
		for _, arg := range ev {
			role, id, ok := strings.Cut(arg, ":")
			if !ok {
				continue
			}
			role = strings.TrimRight(role, "0123456789")
			switch role {
			case "Source":
				a.Source = append(a.Source, spans[id]...)
			case "Cue":
				a.Cue = append(a.Cue, spans[id]...)
			case "Content":
				a.Content = append(a.Content, spans[id]...)
			}
		}
		if len(a.Content) > 0 {
			out = append(out, a)
		}
	}
	return out, nil
}

// fragsText is the text of fragments joined by a space.
func fragsText(s string, fs []Frag) string {
	var parts []string
	for _, f := range fs {
		parts = append(parts, s[f.Start:f.End])
	}
	return strings.Join(parts, " ")
}

// overlap is the number of bytes [a, b) shares with fragments fs.
func overlap(fs []Frag, a, b int) int {
	n := 0
	for _, f := range fs {
		if lo, hi := max(a, f.Start), min(b, f.End); hi > lo {
			n += hi - lo
		}
	}
	return n
}

func fragsLen(fs []Frag) int {
	n := 0
	for _, f := range fs {
		n += f.End - f.Start
	}
	return n
}
