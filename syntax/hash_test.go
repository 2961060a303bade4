package syntax

import (
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
