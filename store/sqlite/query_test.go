package sqlite

import (
	"context"
	"testing"

	"github.com/annalist/annalist/store"
)

func TestFTSQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"bank of japan", `"bank" AND "of" AND "japan"`},
		{`"bank of japan"`, `"bank of japan"`},
		{"U.S.", `"U.S."`},
		{`say "hi"`, `"say" AND "hi"`},
		{"oil OR gas", `"oil" OR "gas"`},
		{"oil or gas", `"oil" AND "or" AND "gas"`},
		{"NOT oil", `"oil"`},
		{"oil NOT", `"oil"`},
		{"oil AND OR gas", `"oil" OR "gas"`},
		{"opec*", `"opec"*`},
		{`"opec oil"*`, `"opec oil"*`},
		{"title:opec", `title : "opec"`},
		{"author:smith", `"author:smith"`},
		{"(oil OR gas) prices", `("oil" OR "gas") AND "prices"`},
		{"(oil OR gas", `"oil" OR "gas"`},
		{"oil) (", `"oil"`},
		{"() oil", `"oil"`},
		{"( AND )", ``},
		{"- * ^", ``},
		{`"`, ``},
		{`NEAR(a b)`, `"NEAR" AND ("a" AND "b")`},
	}
	for _, tc := range tests {
		if got := ftsQuery(tc.in); got != tc.want {
			t.Errorf("ftsQuery(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// FuzzFTSQuery checks that no input makes an FTS5 syntax error.
func FuzzFTSQuery(f *testing.F) {
	for _, s := range []string{"bank of japan", `"U.S." AND (oil OR "gas`, "NOT a OR", "title:x* text:", "a(b)c", `""*`, "é ü ß", "^x NEAR/3 y"} {
		f.Add(s)
	}
	db := open(f)
	ctx := context.Background()
	db.Put(ctx, nil)
	f.Fuzz(func(t *testing.T, q string) {
		if _, err := db.Search(ctx, q, store.SearchOptions{}); err != nil {
			t.Errorf("Search(%q) as %s: %v", q, ftsQuery(q), err)
		}
	})
}
