package ner

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

func TestErrors(t *testing.T) {
	if os.Getenv("NERERR") == "" {
		t.Skip()
	}
	dev, _ := ReadCoNLLFile("/work/shared/eval/ner-conll2003/eng.testa")
	tg, _ := Default()
	cnt := map[string]int{}
	for _, d := range dev {
		pred := tg.TagDocument(docWords(d))
		for k, s := range d.Sentences {
			gold := Chunks(s.Tags)
			type key struct{ a, b int }
			gm := map[key]string{}
			for _, g := range gold {
				gm[key{g.Start, g.End}] = g.Type
			}
			pm := map[key]string{}
			for _, p := range pred[k] {
				pm[key{p.Start, p.End}] = p.Type
			}
			for _, g := range gold {
				pt, ok := pm[key{g.Start, g.End}]
				w := strings.Join(s.Words[g.Start:g.End], " ")
				if !ok {
					cnt[fmt.Sprintf("missed/boundary %s: %s", g.Type, w)]++
				} else if pt != g.Type {
					cnt[fmt.Sprintf("type %s->%s: %s", g.Type, pt, w)]++
				}
			}
			for _, p := range pred[k] {
				if _, ok := gm[key{p.Start, p.End}]; !ok {
					cnt[fmt.Sprintf("spurious/boundary %s: %s", p.Type, strings.Join(s.Words[p.Start:p.End], " "))]++
				}
			}
		}
	}
	var ks []string
	for k := range cnt {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return cnt[ks[i]] > cnt[ks[j]] || cnt[ks[i]] == cnt[ks[j]] && ks[i] < ks[j] })
	cat := map[string]int{}
	for _, k := range ks {
		cat[k[:strings.Index(k, ":")]] += cnt[k]
	}
	for c, n := range cat {
		fmt.Println("CAT", n, c)
	}
	for _, k := range ks[:80] {
		fmt.Println(cnt[k], k)
	}
}
