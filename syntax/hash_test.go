package syntax

import (
	"slices"
	"strings"
	"testing"
)

// shape is the string hashShape hashes, built the plain way.
func shape(w string) string {
	var b strings.Builder
	var last rune
	run := 0
	for _, r := range w {
		c := shapeRune(r)
		if c == last {
			run++
			if run > 2 {
				continue
			}
		} else {
			run = 1
		}
		last = c
		b.WriteRune(c)
		if b.Len() > 12 {
			break
		}
	}
	return b.String()
}

var hashWords = []string{"", "a", "The", "McDonald's", "U.S.", "1987", "3,500", "mid-1990s", "ÉCOLE", "Zürich",
	"İstanbul", "ΑΘΗΝΑ", "straße", "Ǆemal", "x\xffy", "\xc3", "AAAAAAAAAAAAAAAAAAAA", "ÀÀÀÀÀÀÀÀÀÀ", "aXaXaXaXaXaXaXaX",
	"日本語テキスト", "--", "e-mail", "KRW", "Reuter", "\u00a0"}

func TestHashShape(t *testing.T) {
	if s := shape("McDonald's"); s != "XxXxx'x" {
		t.Errorf("shape(McDonald's) = %q", s)
	}
	for _, w := range hashWords {
		if got, want := hashShape(w), hashString(shape(w)); got != want {
			t.Errorf("hashShape(%q) = %x, want %x (shape %q)", w, got, want, shape(w))
		}
	}
}

func TestHashLower(t *testing.T) {
	for _, w := range hashWords {
		if got, want := hashLower(w), hashString(strings.ToLower(w)); got != want {
			t.Errorf("hashLower(%q) = %x, want %x", w, got, want)
		}
	}
}

// TestClusterFeatures checks that words of one GloVe cluster share the
// cluster features of the tagger and the parser, whichever way the parser's
// input is built, and that an unknown word has none.
func TestClusterFeatures(t *testing.T) {
	ws := analyzeWords([]string{"The", "Senator", "and", "the", "congressman", "qzxv-unknown"})
	if ws[1].clu != ws[4].clu || ws[1].clu[0] == null {
		t.Errorf("senator %x and congressman %x: want one known cluster", ws[1].clu, ws[4].clu)
	}
	if ws[5].clu != [3]uint64{null, null, null} {
		t.Errorf("unknown word: clusters %x", ws[5].clu)
	}
	has := func(fs []uint64, f uint64) bool { return slices.Contains(fs, f) }
	fa := tagFeatures(nil, ws, nil, 1, 0, 0)
	fb := tagFeatures(nil, ws, nil, 4, 0, 0)
	for k := range ws[1].clu {
		if f := f1(uint64(35+k), ws[1].clu[k]); !has(fa, f) || !has(fb, f) {
			t.Errorf("grain %d: the tagger's cluster feature is missing", k)
		}
	}
	words := []string{"The", "Senator", "and", "the", "congressman", "qzxv-unknown"}
	a := newSentIn(ws, make([]int, len(ws)), words)
	var b sentIn
	b.fill(len(words), func(i int) uint64 { return hashLower(words[i]) }, make([]int, len(ws)),
		func(i int) uint64 { return hashString(words[i]) },
		func(i int) [3]uint64 { return clusterHashes(strings.ToLower(words[i])) })
	if !slices.Equal(a.coarse, b.coarse) || !slices.Equal(a.fine, b.fine) {
		t.Error("the parser's clusters differ between Parse and ParseTagged inputs")
	}
	if a.fine[1] != a.fine[4] || a.fine[1] == null {
		t.Error("the parser's input lacks the shared cluster")
	}
}
