package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/annalist/annalist"
)

// jsonArticle is one line of the jsonl input (CONTRACT.md).
type jsonArticle struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Language  string `json:"language"`
}

// readJSONL reads one article a line. A line over the cap is skipped
// without being held in memory.
func readJSONL(r *bufio.Reader, name string, opt Options, fn Func) error {
	// A line holds the text plus JSON escaping and the other fields.
	limit := 2*opt.MaxArticleBytes + 64<<10
	var line []byte
	for n := 1; ; n++ {
		line = line[:0]
		over := false
		size := 0
		var err error
		for {
			var chunk []byte
			chunk, err = r.ReadSlice('\n')
			size += len(chunk)
			if !over {
				if size > limit {
					over, line = true, nil
				} else {
					line = append(line, chunk...)
				}
			}
			if err != bufio.ErrBufferFull {
				break
			}
		}
		src := fmt.Sprintf("%s:%d", name, n)
		if err != nil && err != io.EOF {
			return fn(nil, &Error{src, err})
		}
		switch {
		case over:
			if ferr := fn(nil, &Error{src, fmt.Errorf("line is %d bytes, over the cap (--max-article-bytes %d)", size, opt.MaxArticleBytes)}); ferr != nil {
				return ferr
			}
		case len(bytes.TrimSpace(line)) > 0:
			a, perr := parseJSONLine(line, opt)
			if perr != nil {
				perr = &Error{src, perr}
			} else {
				a.Source = src
			}
			if ferr := fn(a, perr); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

func parseJSONLine(line []byte, opt Options) (*annalist.Article, error) {
	if !utf8.Valid(line) {
		return nil, errors.New("line is not valid UTF-8")
	}
	var j jsonArticle
	if err := json.Unmarshal(line, &j); err != nil {
		return nil, fmt.Errorf("bad JSON: %w", err)
	}
	if isBlank(j.Text) && isBlank(j.HTML) {
		return nil, errors.New(`no "text" or "html"`)
	}
	if len(j.Text) > opt.MaxArticleBytes || len(j.HTML) > opt.MaxArticleBytes {
		return nil, fmt.Errorf("article is over the %d-byte cap (--max-article-bytes)", opt.MaxArticleBytes)
	}
	a := &annalist.Article{URL: j.URL, Title: j.Title, Language: j.Language, Text: j.Text, HTML: j.HTML, Published: opt.Date}
	if j.Published != "" {
		d, ok := ParseDate(j.Published)
		if !ok {
			return nil, fmt.Errorf("published %q: want YYYY-MM-DD or RFC 3339", j.Published)
		}
		a.Published = d
	}
	body := j.Text
	if body == "" {
		body = j.HTML
	}
	a.ID = ID(j.ID, j.URL, body)
	return a, nil
}
