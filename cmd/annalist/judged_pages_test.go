package main

import (
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

// Each page of the folder's html/ becomes an article named by its file,
// holding the page for the pipeline to extract (as extract reads an .html
// file), with the URL ground-truth.json gives it; other files are left
// alone.
func TestPageArticles(t *testing.T) {
	dir := t.TempDir()
	html := filepath.Join(dir, "html")
	if err := os.Mkdir(html, 0o755); err != nil {
		t.Fatal(err)
	}
	page := `<html><head><title>Council votes</title></head><body><article><p>The council voted on Tuesday.</p></article></body></html>`
	f, err := os.Create(filepath.Join(html, "b1.html.gz"))
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	zw.Write([]byte(page))
	zw.Close()
	f.Close()
	write := func(path, s string) {
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(html, "a0.html"), page)
	write(filepath.Join(html, "notes.txt"), "not a page")
	write(filepath.Join(dir, "ground-truth.json"), `{"b1": {"url": "https://example.com/b1", "articleBody": "x"}}`)
	arts, err := pageArticles(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 || arts[0].ID != "page-a0" || arts[1].ID != "page-b1" {
		t.Fatalf("got %d articles %+v", len(arts), arts)
	}
	for _, a := range arts {
		if a.Text != "" || !strings.Contains(a.HTML, "The council voted") {
			t.Errorf("%s: text %q, html %q: want the page left for the pipeline", a.ID, a.Text, a.HTML)
		}
	}
	if arts[0].URL != "" || arts[1].URL != "https://example.com/b1" {
		t.Errorf("urls %q, %q", arts[0].URL, arts[1].URL)
	}
	// A folder of pages without the benchmark's layout reads as well.
	if arts, err := pageArticles(html); err != nil || len(arts) != 2 {
		t.Errorf("html folder: %d articles, %v", len(arts), err)
	}
	if _, err := pageArticles(t.TempDir()); err == nil {
		t.Error("an empty folder read without error")
	}
}

// TestJudgedPages: eval judged --pages reads a folder of pages as extract
// reads them and scores their events against a judgement file; a page
// with no article text is counted as skipped, not fatal.
func TestJudgedPages(t *testing.T) {
	dir := t.TempDir()
	page := `<html><head><title>Clashes in the north</title></head><body><article>` +
		`<p>Government troops clashed with rebels near the town of Gao on Monday, the army said.</p>` +
		`<p>The fighting killed at least 12 soldiers, officials said.</p></article></body></html>`
	for name, s := range map[string]string{"a.html": page, "empty.html": "<html><body></body></html>"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	js := filepath.Join(t.TempDir(), "judged.tsv")
	if err := os.WriteFile(js, []byte("# none yet\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Flags keep their values between runs in one process: start afresh.
	c, _, err := root.Find([]string{"eval", "judged"})
	if err != nil {
		t.Fatal(err)
	}
	c.Flags().VisitAll(func(f *pflag.Flag) {
		f.Value.Set(f.DefValue)
		f.Changed = false
	})
	out, _, err := runCLI(t, "eval", "judged", "--pages", dir, "--judgements", js, "--list", "--workers", "1")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "1 stories;") || !strings.Contains(out, "1 skipped") || !strings.Contains(out, "page-a\t") {
		t.Errorf("eval judged --pages output:\n%s", out)
	}
}
