// Command gencameo compiles the field's event dictionaries into the event
// extractor's embedded data: PETRARCH2's CAMEO verb dictionary
// (CAMEO.2.0.txt, MIT, Open Event Data Alliance), with each CAMEO code
// mapped to a PLOVER category and mode through CAMEO2PLOVER-2021.txt (CC
// BY-SA 4.0), becomes data/cameo.txt in the format of data/lexicon.txt,
// and its synonym sets data/cameo-classes.txt. Run from the repository root:
//
//	go run ./extract/event/internal/gencameo
//
// What it keeps: each verb of a synonym block with its code (or the
// block's), its irregular forms, and the patterns that name only words
// after the verb ("- * SANCTIONS [163]" → "impose * sanctions"), a blank
// in a pattern being a gap and an underscore a join, as PETRARCH reads
// them. Patterns with words before the verb are kept only when they
// discard (code ---: "- EARTHQUAKE * [---]" → "earthquake * kill | -"),
// so that accidents and disasters are no events. Codes 01 (public
// statements) and 02 (appeals) have no PLOVER category and are left out,
// as are patterns with pronoun or actor slots ($, +, %, ^).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/annalist/annalist/extract/event/internal/cameoplover"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared data folder")
	out := flag.String("out", "extract/event/data", "where to write cameo.txt and cameo-classes.txt")
	flag.Parse()
	plover, err := cameoplover.ReadFile(filepath.Join(*shared, "lexicons/plover/CAMEO2PLOVER-2021.txt"))
	if err != nil {
		log.Fatal(err)
	}
	d, err := readCAMEO(filepath.Join(*shared, "lexicons/petrarch2/CAMEO.2.0.txt"))
	if err != nil {
		log.Fatal(err)
	}
	if err := write(d, plover, *out); err != nil {
		log.Fatal(err)
	}
}

type verb struct {
	phrase string   // lower case, words joined by spaces
	forms  []string // irregular forms
	code   string   // "" = the block's
}

type pattern struct {
	pre, post []string // words (a "" is a gap), synset references as <cameo-x>
	code      string
	verb      string // the verb the comment names
}

type block struct {
	name, code string
	verbs      []verb
	patterns   []pattern
}

type dict struct {
	synsets map[string][]string
	blocks  []*block
}

var (
	headerRE = regexp.MustCompile(`^---\s+(\S+)\s+\[([^\]]*)\]\s+---`)
	codeRE   = regexp.MustCompile(`\[([0-9A-Fa-f:-]+)\]`)
	formsRE  = regexp.MustCompile(`\{([^}]*)\}`)
)

func readCAMEO(path string) (*dict, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d := &dict{synsets: map[string][]string{}}
	var cur *block
	synset := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		comment := ""
		if i := strings.Index(line, "#"); i >= 0 {
			line, comment = line[:i], strings.TrimSpace(line[i+1:])
		}
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		if m := headerRE.FindStringSubmatch(t); m != nil {
			cur = &block{name: m[1], code: firstCode(m[2])}
			d.blocks = append(d.blocks, cur)
			synset = ""
			continue
		}
		if cur == nil { // the synonym sets before the first block
			if strings.HasPrefix(t, "&") {
				synset = className(t)
			} else if synset != "" && strings.HasPrefix(t, "+") {
				w := strings.ToLower(strings.Trim(t[1:], "_ "))
				if !strings.ContainsAny(w, "_ ") {
					d.synsets[synset] = append(d.synsets[synset], w)
				}
			}
			continue
		}
		code := ""
		if m := codeRE.FindStringSubmatch(t); m != nil {
			code = firstCode(m[1])
			t = strings.TrimSpace(codeRE.ReplaceAllString(t, ""))
		}
		if strings.HasPrefix(t, "-") {
			p, ok := readPattern(strings.TrimSpace(t[1:]))
			if ok && code != "" {
				p.code = code
				p.verb = strings.ToLower(strings.Fields(comment + " x")[0])
				cur.patterns = append(cur.patterns, p)
			}
			continue
		}
		v := verb{code: code}
		if m := formsRE.FindStringSubmatch(t); m != nil {
			for _, f := range strings.Fields(m[1]) {
				v.forms = append(v.forms, words(f))
			}
			t = strings.TrimSpace(formsRE.ReplaceAllString(t, ""))
		}
		v.phrase = words(t)
		if v.phrase == "" || strings.ContainsAny(v.phrase, "&$%^{}()") ||
			strings.HasSuffix(v.phrase, " and") || strings.HasSuffix(v.phrase, " or") {
			continue
		}
		cur.verbs = append(cur.verbs, v)
	}
	return d, sc.Err()
}

// words turns a dictionary phrase ("+SHOOT_DOWN", "RE-ARREST") into lower
// case words joined by spaces.
func words(s string) string {
	s = strings.TrimPrefix(strings.TrimSpace(s), "+")
	s = strings.ToLower(strings.ReplaceAll(s, "_", " "))
	return strings.Join(strings.Fields(s), " ")
}

func firstCode(s string) string {
	c, _, _ := strings.Cut(strings.TrimSpace(s), ":")
	return c
}

func className(s string) string {
	return "<cameo-" + strings.ToLower(strings.Trim(s, "&_ ")) + ">"
}

// readPattern reads "[pre] * [post]"; a blank is a gap, "_" a join,
// braces and parentheses group words and are dropped.
func readPattern(s string) (pattern, bool) {
	if strings.ContainsAny(s, "$+%^|") {
		return pattern{}, false
	}
	pre, post, ok := strings.Cut(s, "*")
	if !ok {
		return pattern{}, false
	}
	conv := func(s string) []string {
		s = strings.NewReplacer("{", " ", "}", " ", "(", " ", ")", " ").Replace(s)
		var out []string
		for i, w := range strings.Fields(s) {
			if i > 0 {
				out = append(out, "") // a gap
			}
			if strings.HasPrefix(w, "&") {
				out = append(out, className(w))
				continue
			}
			out = append(out, strings.Fields(words(w))...)
		}
		return out
	}
	return pattern{pre: conv(pre), post: conv(post)}, true
}

// entry is one line of cameo.txt.
type entry struct {
	phrase, cat, mode, code, block string
}

func write(d *dict, plover cameoplover.Table, dir string) error {
	// Only synsets that a kept pattern uses are written.
	used := map[string]bool{}
	seen := map[string]bool{}
	var es []entry
	add := func(phrase, code, blk string) {
		if phrase == "" || seen[phrase] {
			return
		}
		if code == "---" {
			seen[phrase] = true
			es = append(es, entry{phrase: phrase, cat: "-", code: code, block: blk})
			return
		}
		c, ok := plover.Lookup(code)
		if !ok {
			return
		}
		seen[phrase] = true
		es = append(es, entry{phrase: phrase, cat: c.Cat, mode: c.Mode, code: code, block: blk})
	}
	join := func(ws []string) string {
		var out []string
		for _, w := range ws {
			if w == "" {
				out = append(out, "*")
			} else {
				out = append(out, w)
			}
		}
		return strings.Join(out, " ")
	}
	for _, b := range d.blocks {
		for _, v := range b.verbs {
			code := v.code
			if code == "" {
				code = b.code
			}
			if code == "---" {
				continue // a verb with patterns only
			}
			add(v.phrase, code, b.name)
			for _, f := range v.forms {
				add(f, code, b.name)
			}
		}
		for _, p := range b.patterns {
			okSyn := true
			for _, w := range append(append([]string{}, p.pre...), p.post...) {
				if strings.HasPrefix(w, "<") {
					if len(d.synsets[w]) == 0 {
						okSyn = false
					}
				}
			}
			if !okSyn || len(p.post) == 0 && len(p.pre) == 0 {
				continue
			}
			for _, v := range b.verbs {
				if p.verb != "x" && p.verb != strings.ReplaceAll(v.phrase, " ", "_") && len(b.verbs) > 1 &&
					strings.Fields(v.phrase)[0] != strings.Split(p.verb, "_")[0] {
					continue // the pattern was written for another verb of the block
				}
				var phrase string
				if len(p.pre) > 0 {
					// A subject before the verb: kept only for discards.
					if p.code != "---" || strings.HasPrefix(p.pre[0], "<") {
						continue
					}
					phrase = join(p.pre) + " * " + v.phrase
					if len(p.post) > 0 {
						phrase += " * " + join(p.post)
					}
				} else {
					phrase = v.phrase + " * " + join(p.post)
				}
				phrase = strings.Join(strings.Fields(strings.ReplaceAll(phrase, "* *", "*")), " ")
				for _, w := range strings.Fields(phrase) {
					if strings.HasPrefix(w, "<") {
						used[w] = true
					}
				}
				add(phrase, p.code, b.name)
			}
		}
	}
	sort.Slice(es, func(i, j int) bool { return es[i].phrase < es[j].phrase })
	var sb strings.Builder
	sb.WriteString(`# Compiled by "go run ./extract/event/internal/gencameo" from PETRARCH2's CAMEO
# verb dictionary (CAMEO.2.0.txt; MIT licence, Open Event Data Alliance; the
# TABARI/CAMEO dictionaries of Schrodt et al.) with CAMEO codes mapped to PLOVER
# through CAMEO2PLOVER-2021.txt (PLOVER, CC BY-SA 4.0). Do not edit: change the
# hand lexicon (lexicon.txt), whose entries win, or the generator.
#
# phrase | CATEGORY | mode | flags    (as lexicon.txt; "-" = no event)
# The comment before each run of lines gives the CAMEO block and code.
`)
	last := ""
	for _, e := range es {
		if h := e.block + " " + e.code; h != last {
			fmt.Fprintf(&sb, "# %s [%s]\n", e.block, e.code)
			last = h
		}
		fmt.Fprintf(&sb, "%s|%s|%s|v\n", e.phrase, e.cat, e.mode)
	}
	if err := os.WriteFile(filepath.Join(dir, "cameo.txt"), []byte(sb.String()), 0o644); err != nil {
		return err
	}
	var names []string
	for n := range used {
		names = append(names, n)
	}
	sort.Strings(names)
	var cb strings.Builder
	cb.WriteString("# The CAMEO dictionary's synonym sets that data/cameo.txt uses, compiled by\n" +
		"# \"go run ./extract/event/internal/gencameo\" from CAMEO.2.0.txt (MIT, Open Event Data Alliance).\n")
	for _, n := range names {
		fmt.Fprintf(&cb, "\n[%s]\n", n)
		ws := map[string]bool{}
		var line []string
		for _, w := range d.synsets[n] {
			if !ws[w] {
				ws[w] = true
				line = append(line, w)
			}
		}
		for len(line) > 0 {
			k := min(len(line), 12)
			cb.WriteString(strings.Join(line[:k], " ") + "\n")
			line = line[k:]
		}
	}
	log.Printf("%d entries, %d synonym sets", len(es), len(names))
	return os.WriteFile(filepath.Join(dir, "cameo-classes.txt"), []byte(cb.String()), 0o644)
}
