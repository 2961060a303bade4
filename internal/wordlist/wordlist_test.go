package wordlist

import (
	"strings"
	"testing"
)

var lex = Table{MinFields: 2, MaxFields: 4, Enums: map[int][]string{1: {"AGREE", "FIGHT", "-"}},
	FlagField: 3, Flags: []string{"v", "n"}}

func TestTable(t *testing.T) {
	ls, err := lex.Read("lex.txt", []byte("# comment\n\nagree | AGREE | | v\nfight|FIGHT\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(ls) != 2 || ls[0].No != 3 || ls[1].Fields[1] != "FIGHT" || len(ls[1].Fields) != 4 {
		t.Fatalf("got %+v", ls)
	}
}

func TestTableErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"agree|AGREED", "lex.txt:1: unknown value \"AGREED\""},
		{"agree|AGREE||x", "lex.txt:1: unknown flag \"x\""},
		{"\nagree|AGREE\nagree|FIGHT", "lex.txt:3: duplicate entry \"agree\" (first on line 2)"},
		{"agree", "lex.txt:1: 1 fields"},
		{"a|AGREE|||", "lex.txt:1: 5 fields"},
	} {
		_, err := lex.Read("lex.txt", []byte(c.in))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%q: got %v, want %s...", c.in, err, c.want)
		}
	}
}

func TestSections(t *testing.T) {
	s, err := Sections("cues.txt", []byte("[a]\nx y # note\nz\n[b]\n"), "a", "b")
	if err != nil {
		t.Fatal(err)
	}
	if !s["a"]["z"] || !s["a"]["y"] || s["a"]["note"] || len(s["b"]) != 0 {
		t.Fatalf("got %v", s)
	}
	for _, c := range []struct{ in, want string }{
		{"[c]\n", "cues.txt:1: unknown section [c]"},
		{"x\n", "cues.txt:1: words before"},
		{"[a]\nx x\n[b]", "cues.txt:2: duplicate word \"x\""},
		{"[a]\n", "cues.txt: section [b] is missing"},
		{"[a]\n[b]\n[a]\n", "cues.txt:3: section [a] appears twice"},
	} {
		_, err := Sections("cues.txt", []byte(c.in), "a", "b")
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%q: got %v, want %s...", c.in, err, c.want)
		}
	}
}

func FuzzTable(f *testing.F) {
	f.Add("agree|AGREE||v\n")
	f.Fuzz(func(t *testing.T, s string) {
		ls, err := lex.Read("f", []byte(s))
		if err == nil {
			for _, l := range ls {
				if len(l.Fields) != 4 || l.Fields[0] == "" {
					t.Fatalf("bad line %+v", l)
				}
			}
		}
	})
}
