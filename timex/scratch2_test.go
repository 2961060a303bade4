package timex

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annalist/annalist/eval"
	"github.com/annalist/annalist/text"
)

func TestScratchWeekdays(t *testing.T) {
	files, _ := filepath.Glob("/work/shared/eval/timeml-tbaq/" + os.Getenv("SET") + "/*.tml")
	for _, f := range files {
		fh, _ := os.Open(f)
		doc, _ := eval.ReadTimeML(fh)
		fh.Close()
		pred := Find(doc.Text, doc.DCT)
		d := text.Analyze(doc.Text, doc.DCT)
		for _, g := range doc.Gold {
			for _, p := range pred {
				if p.End <= g.Start || p.Start >= g.End {
					continue
				}
				if eval.NormalizeValue(p.Value) != eval.NormalizeValue(g.Value) && strings.Contains(os.Getenv("PAT"), "x") == false && strings.Contains(strings.ToLower(g.Text), os.Getenv("PAT")) {
					si := d.SentenceAt(p.Start)
					s := ""
					if si >= 0 {
						s = doc.Text[d.Sentences[si].Start:d.Sentences[si].End]
					}
					fmt.Printf("DCT %s gold %s pred %s %q\n   %s\n", doc.DCT, g.Value, p.Value, p.Text, s)
				}
			}
		}
	}
}
