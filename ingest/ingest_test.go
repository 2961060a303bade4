package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annalist/annalist"
)

// collect walks paths and returns the articles and the errors, in order.
func collect(t *testing.T, paths []string, opt Options) ([]*annalist.Article, []error) {
	t.Helper()
	var arts []*annalist.Article
	var errs []error
	err := Walk(paths, opt, func(a *annalist.Article, err error) error {
		if err != nil {
			errs = append(errs, err)
		} else {
			arts = append(arts, a)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return arts, errs
}

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSeedHeader(t *testing.T) {
	for _, in := range []string{" date 2023-01-05 The body.\n\nMore.", "date 2023-01-05\nThe body.\n\nMore."} {
		a, err := parseText([]byte(in), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Published != "2023-01-05" || a.Text != "The body.\n\nMore." {
			t.Errorf("%q: got published %q text %q", in, a.Published, a.Text)
		}
	}
	a, err := parseText([]byte("Plain text, no header."), Options{Date: "2024-02-03"})
	if err != nil || a.Published != "2024-02-03" {
		t.Errorf("plain text with --date: %v %+v", err, a)
	}
	if _, err := parseText([]byte("date 2023-02-31 Bad date."), Options{}); err == nil {
		t.Error("an impossible header date was accepted")
	}
}

func TestWalkFolderWithBadFiles(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", "date 2023-01-05 First article.")
	write(t, dir, "b/c.txt", "date 2023-01-06 Second article.")
	write(t, dir, "b/empty.txt", "  \n ")
	write(t, dir, "bin.txt", "\x00\x01\x02binary")
	write(t, dir, "latin.txt", "date 2023-01-07 Le caf\xe9 est tr\xe8s bon, et le th\xe9 aussi.")
	write(t, dir, "big.txt", strings.Repeat("word ", 100))
	write(t, dir, "feed.jsonl", `{"id":"j1","text":"One.","published":"2022-03-04T05:06:07Z"}
not json
{"html":"","text":""}
{"url":"https://Example.com/a/?utm_source=x#top","text":"Two."}
`)
	unreadable := write(t, dir, "z/locked.txt", "date 2023-01-01 Locked.")
	if err := os.Chmod(unreadable, 0); err != nil {
		t.Fatal(err)
	}
	arts, errs := collect(t, []string{dir}, Options{MaxArticleBytes: 300})
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	wantArticles := 5
	if os.Geteuid() == 0 { // root reads a file without permission
		wantArticles = 6
	}
	if len(arts) != wantArticles || arts[0].Text != "First article." || arts[1].Text != "Second article." || arts[2].ID != "j1" || arts[2].Published != "2022-03-04" || arts[4].Text != "Le café est très bon, et le thé aussi." {
		t.Fatalf("articles: %v", ids)
	}
	if arts[3].ID != annalist.ID("", "https://example.com/a", "") {
		t.Errorf("URL id not canonical: %s", arts[3].ID)
	}
	want := []string{"empty.txt: empty article", "big.txt: article is 500 bytes, over", "bin.txt: binary", "feed.jsonl:2: bad JSON", `feed.jsonl:3: no "text"`}
	if os.Geteuid() != 0 {
		want = append(want, "locked.txt: permission denied")
	}
	if len(errs) != len(want) {
		t.Fatalf("errors: %v", errs)
	}
	for _, w := range want {
		found := false
		for _, e := range errs {
			found = found || strings.Contains(e.Error(), w)
		}
		if !found {
			t.Errorf("no error like %q in %v", w, errs)
		}
	}
}

func TestJSONLLineOverCap(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "in.jsonl", `{"text":"`+strings.Repeat("x", 500000)+`"}`+"\n"+`{"text":"after"}`+"\n")
	arts, errs := collect(t, []string{p}, Options{MaxArticleBytes: 1000})
	if len(arts) != 1 || arts[0].Text != "after" || len(errs) != 1 || !strings.Contains(errs[0].Error(), "in.jsonl:1: line is") {
		t.Fatalf("got %d articles, errors %v", len(arts), errs)
	}
}

func TestSameArticleSameID(t *testing.T) {
	a, _ := parseText([]byte("date 2023-01-05 Body."), Options{})
	b, _ := parseText([]byte("date 2023-01-05 Body."), Options{})
	if a.ID != b.ID {
		t.Error("ids differ for the same body")
	}
}

func FuzzJSONLine(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"x","published":"2020-01-01"}`))
	f.Add([]byte(`{"html":"<p>x</p>","published":"2020-01-01T00:00:00Z"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := parseJSONLine(b, Options{MaxArticleBytes: 1 << 20})
		if err == nil && (a.ID == "" || (a.Text == "" && a.HTML == "")) {
			t.Fatalf("accepted %q as %+v", b, a)
		}
	})
}

func FuzzText(f *testing.F) {
	f.Add([]byte(" date 2023-01-05 Body."))
	f.Add([]byte("date 2023-01-05\n\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := parseText(b, Options{})
		if err == nil && (isBlank(a.Text) || a.ID == "") {
			t.Fatalf("accepted %q as %+v", b, a)
		}
	})
}

func TestJSONArrayAndPrettyObjects(t *testing.T) {
	dir := t.TempDir()
	arr := write(t, dir, "a.json", "[\n {\"id\": \"x\", \"text\": \"One.\"},\n {\"id\": \"y\", \"text\": \"Two.\"}\n]\n")
	pretty := write(t, dir, "b.json", "{\n  \"id\": \"z\",\n  \"text\": \"Three.\"\n}\n{\n  \"about\": \"not an article\"\n}\n")
	arts, errs := collect(t, []string{arr, pretty}, Options{})
	if len(arts) != 3 || arts[0].ID != "x" || arts[1].ID != "y" || arts[2].ID != "z" {
		t.Fatalf("articles %+v", arts)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), `b.json#2: no "text"`) {
		t.Fatalf("errors %v", errs)
	}
}

func TestJSONFeedDetected(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "feed.json", `{"version": "https://jsonfeed.org/version/1.1", "title": "Example", "items": [{"id": "1", "url": "https://example.org/a", "title": "Strike", "date_published": "2024-03-04T10:00:00Z", "content_html": "<p>Workers went on strike on Monday.</p>"}]}`)
	arts, errs := collect(t, []string{p}, Options{})
	if len(errs) != 0 || len(arts) != 1 || arts[0].URL != "https://example.org/a" || arts[0].Published != "2024-03-04" || !strings.Contains(arts[0].Text, "went on strike") {
		t.Fatalf("articles %+v errors %v", arts, errs)
	}
}
