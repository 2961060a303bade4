package event

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/annalist/annalist/syntax"
)

// TestXPSnippetLOSO (gate13 experiment): the type model trained with the
// ACLED snippet files' "none" snippets as NONE and their event snippets as
// their PLOVER types, scored leave-one-file-out with the snippet scores.
func TestXPSnippetLOSO(t *testing.T) {
	base := os.Getenv("XP_BASE")
	if base == "" {
		t.Skip()
	}
	b, err := os.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	var bexs []TypeExample
	if err := json.Unmarshal(b, &bexs); err != nil {
		t.Fatal(err)
	}
	o := DefaultTrainTypeOptions
	o.Parser = syntax.Lazy
	var st TypeTrainStats
	binst, err := typeInstances(bexs, o.Parser, &st)
	if err != nil {
		t.Fatal(err)
	}
	class := map[string]int{}
	for i, c := range TypeClasses {
		class[c] = i
	}
	// snippet instances by file, with their lower-case text
	type sinst struct {
		in   typeInstance
		text string
		none bool
	}
	files, _ := filepath.Glob("testdata/acled/*.txt")
	byFile := map[string][]sinst{}
	texts := map[string]map[string]bool{}
	for _, f := range files {
		texts[f] = map[string]bool{}
		for _, s := range readSnippets(t, f) {
			lower := strings.ToLower(s.text)
			texts[f][lower] = true
			types := snippetPLOVER[s.want]
			ex := TypeExample{ID: f, Text: s.text}
			switch {
			case s.want == "none":
				ex.Type = none
			case len(types) > 0:
				ex.Type = types[0]
			default:
				continue
			}
			ins, err := typeInstances([]TypeExample{ex}, o.Parser, &st)
			if err != nil {
				t.Fatal(err)
			}
			for _, in := range ins {
				alt := types
				if accuses(s.text) {
					alt = append(slices.Clip(alt), "DISAPPROVE")
				}
				if slices.Contains(alt, in.rule) {
					in.class = class[in.rule]
				}
				byFile[f] = append(byFile[f], sinst{in, lower, s.want == "none"})
			}
		}
	}
	var held []string
	for _, f := range files {
		if !strings.HasSuffix(f, "tune.txt") {
			held = append(held, f)
		}
	}
	margins := []float64{6, 4, 3, 2, 1}
	if v := os.Getenv("XP_MARGINS"); v != "" {
		margins = nil
		for _, x := range strings.Split(v, ",") {
			var f float64
			fmt.Sscan(x, &f)
			margins = append(margins, f)
		}
	}
	weights := []float64{1, 0.3}
	if w := os.Getenv("XP_WEIGHTS"); w != "" {
		weights = nil
		for _, x := range strings.Split(w, ",") {
			var v float64
			fmt.Sscan(x, &v)
			weights = append(weights, v)
		}
	}
	type res struct{ any, fa, f1 float64 }
	// columns: current model, then weight×margin
	sum := make([]res, 1+len(weights)*len(margins))
	UseTypeModel(EmbeddedTypeModel())
	cur := map[string]res{}
	for _, f := range held {
		sc := scoreSnippets(t, readSnippets(t, f))
		cur[f] = res{sc.anyEvent, sc.falseAlarm, sc.weightedF1}
	}
	for _, f := range held {
		line := fmt.Sprintf("%-10s cur %.2f/%.2f/%.3f", strings.TrimSuffix(filepath.Base(f), ".txt"), cur[f].any, cur[f].fa, cur[f].f1)
		sum[0].any += cur[f].any
		sum[0].fa += cur[f].fa
		sum[0].f1 += cur[f].f1
		for wi, w := range weights {
			train := append([]typeInstance{}, binst...)
			for g, ss := range byFile {
				if g == f {
					continue
				}
				for _, s := range ss {
					if texts[f][s.text] {
						continue
					}
					in := s.in
					if s.none {
						in.weight = w
					}
					train = append(train, in)
				}
			}
			m := fitTypes(train, o)
			for mi, mg := range margins {
				m.NoneMargin = float32(mg)
				UseTypeModel(m)
				sc := scoreSnippets(t, readSnippets(t, f))
				k := 1 + wi*len(margins) + mi
				sum[k].any += sc.anyEvent
				sum[k].fa += sc.falseAlarm
				sum[k].f1 += sc.weightedF1
				line += fmt.Sprintf(" | w%g m%g %.2f/%.2f/%.3f", w, mg, sc.anyEvent, sc.falseAlarm, sc.weightedF1)
			}
		}
		t.Log(line)
	}
	n := float64(len(held))
	t.Logf("mean over %d files (non-events given any event / no-ACLED given one / sub-event F1):", len(held))
	t.Logf("current model: %.3f / %.3f / %.3f", sum[0].any/n, sum[0].fa/n, sum[0].f1/n)
	for wi, w := range weights {
		for mi, mg := range margins {
			k := 1 + wi*len(margins) + mi
			t.Logf("none weight %g, NONE margin %g: %.3f / %.3f / %.3f", w, mg, sum[k].any/n, sum[k].fa/n, sum[k].f1/n)
		}
	}
	UseTypeModel(EmbeddedTypeModel())
}

// accuses reports a sentence with a word that accuses or charges someone
// (model12's reading: PLOVER codes the accusation, ACLED the act).
func accuses(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if strings.HasPrefix(w, "accus") || strings.HasPrefix(w, "alleg") || strings.HasPrefix(w, "charg") {
			return true
		}
	}
	return false
}
