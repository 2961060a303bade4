package ner

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/annalist/annalist"
)

// TestHeadlines scores the names of testdata/headlines.tsv, invented
// headlines in Title Case and ALL CAPS, each tagged as a document of its own
// (the hardest case: no body to say how its words are written).
//
// First run, before truecasing (the held-out estimate): Title Case P 0.468
// R 0.536 F1 0.500; ALL CAPS P 0.773 R 0.739 F1 0.756; all P 0.535 R 0.587
// F1 0.560 (tp 54, fp 47, fn 38).
func TestHeadlines(t *testing.T) {
	f, err := os.Open("testdata/headlines.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	types := map[string]string{"PER": annalist.Person, "ORG": annalist.Organization, "LOC": annalist.Location, "MISC": annalist.Misc}
	type count struct{ tp, fp, fn int }
	var all, title, caps count
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		head, golds, _ := strings.Cut(line, "\t")
		want := map[string]int{}
		for _, g := range strings.Split(golds, "|") {
			if g == "" {
				continue
			}
			typ, name, ok := strings.Cut(g, ":")
			if !ok || types[typ] == "" {
				t.Fatalf("bad gold %q in %q", g, line)
			}
			want[types[typ]+" "+name]++
		}
		r := extractText(t, head)
		var c count
		var extra []string
		for _, en := range r.Entities {
			for _, m := range en.Mentions {
				k := en.Type + " " + m.Text
				if want[k] > 0 {
					want[k]--
					c.tp++
				} else {
					c.fp++
					extra = append(extra, k)
				}
			}
		}
		var missed []string
		for k, n := range want {
			c.fn += n
			for ; n > 0; n-- {
				missed = append(missed, k)
			}
		}
		if len(extra)+len(missed) > 0 {
			t.Logf("%s\n\textra %q missed %q", head, extra, missed)
		}
		sub := &title
		if capsSentence(strings.Fields(head)) {
			sub = &caps
		}
		for _, x := range []*count{&all, sub} {
			x.tp, x.fp, x.fn = x.tp+c.tp, x.fp+c.fp, x.fn+c.fn
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	f1 := func(name string, c count) float64 {
		p := float64(c.tp) / float64(max(1, c.tp+c.fp))
		r := float64(c.tp) / float64(max(1, c.tp+c.fn))
		f := 0.0
		if p+r > 0 {
			f = 2 * p * r / (p + r)
		}
		t.Logf("%-6s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", name, p, r, f, c.tp, c.fp, c.fn)
		return f
	}
	f1("title", title)
	f1("caps", caps)
	f1("all", all)
}
