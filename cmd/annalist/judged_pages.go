package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/ingest"
)

// Web pages are what users run: the article-extraction benchmark's pages
// (2019, mostly news) carry navigation, captions, teasers and ads around
// the story, unlike the newswire corpora. Each page is read as 'annalist
// extract' reads an .html file (ingest's html reader: decoding only; the
// pipeline extracts the main text), so the events judged are the ones a
// user gets. The judgement file keys each event by "page-" and the page
// file's name without .html(.gz), and the trigger's byte offset in the
// record's text; it holds no text.

// pageArticles reads the web pages (.html or .html.gz) of dir, or of its
// html folder when it has one (the benchmark's layout), in name order.
// A ground-truth.json beside them ({"<id>": {"url"}}) gives a page its URL
// as a fetched page has it; without one the pipeline takes the page's own.
func pageArticles(dir string) ([]*annalist.Article, error) {
	pagesDir := dir
	if st, err := os.Stat(filepath.Join(dir, "html")); err == nil && st.IsDir() {
		pagesDir = filepath.Join(dir, "html")
	}
	urls, err := pageURLs(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	entries, err := os.ReadDir(pagesDir)
	if err != nil {
		return nil, err
	}
	var files []string
	for _, e := range entries {
		if n := e.Name(); e.Type().IsRegular() && pageID(n) != n {
			files = append(files, filepath.Join(pagesDir, n))
		}
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no .html or .html.gz files in %s", pagesDir)
	}
	sort.Strings(files)
	var out []*annalist.Article
	for _, path := range files {
		id := pageID(filepath.Base(path))
		err := ingest.Walk([]string{path}, ingest.Options{Format: "html"}, func(a *annalist.Article, err error) error {
			if err != nil {
				return err
			}
			a.ID, a.URL = "page-"+id, urls[id]
			out = append(out, a)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// pageID is a page file's name without .html or .html.gz (the name itself
// for any other file).
func pageID(name string) string {
	for _, ext := range []string{".html.gz", ".htm.gz", ".html", ".htm"} {
		if strings.HasSuffix(strings.ToLower(name), ext) {
			return name[:len(name)-len(ext)]
		}
	}
	return name
}

// pageURLs reads the page URLs of a ground-truth file; none without one.
func pageURLs(path string) (map[string]string, error) {
	raw, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var gt map[string]struct {
		URL string `json:"url"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	urls := make(map[string]string, len(gt))
	for id, g := range gt {
		urls[id] = g.URL
	}
	return urls, nil
}
