package timex

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"testing"
)

func TestScratchReuters(t *testing.T) {
	f, err := os.Open("/work/shared/corpus/reuters21578/7.sgm.gz")
	if err != nil {
		t.Skip()
	}
	zr, _ := gzip.NewReader(f)
	b, _ := io.ReadAll(zr)
	re := regexp.MustCompile(`(?s)<BODY>(.*?)</BODY>`)
	n := 0
	for _, m := range re.FindAllStringSubmatch(string(b), 60) {
		body := strings.ReplaceAll(m[1], "&lt;", "<")
		for _, tm := range Find(body, "1987-04-08") {
			lo, hi := tm.Start-30, tm.End+20
			if lo < 0 {
				lo = 0
			}
			if hi > len(body) {
				hi = len(body)
			}
			fmt.Printf("%-28q %-8s %-14s %-4s | %q\n", tm.Text, tm.Type, tm.Value, tm.Mod, body[lo:hi])
			n++
		}
	}
}
