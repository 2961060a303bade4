package count

import (
	"testing"
	"unicode/utf8"

	"github.com/annalist/annalist/text"
)

// FuzzFind checks that any text yields counts whose spans are in bounds,
// on character boundaries and equal to their text.
func FuzzFind(f *testing.F) {
	for _, tt := range findTests {
		f.Add(tt.in)
	}
	f.Add("a crowd of")
	f.Add("killing")
	f.Add("hundreds of thousands of")
	f.Add("the death toll rose to")
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range Find(text.Analyze(s, "")) {
			if c.Start < 0 || c.End > len(s) || c.Start >= c.End {
				t.Fatalf("count %+v out of bounds in %q", c, s)
			}
			if s[c.Start:c.End] != c.Text || !utf8.ValidString(c.Text) && utf8.ValidString(s) {
				t.Fatalf("count %+v: text is not s[%d:%d] of %q", c, c.Start, c.End, s)
			}
			if c.Number < 0 || c.Kind == "" {
				t.Fatalf("count %+v of %q", c, s)
			}
		}
	})
}
