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
	if head, _ := r.Peek(64 << 10); !looksLikeLines(head) {
		return readJSONValues(r, name, opt, fn)
	}
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
	// A page carries markup around its text: it is allowed the same room
	// as a web page file.
	if len(j.Text) > opt.MaxArticleBytes || len(j.HTML) > htmlCap(opt) {
		return nil, fmt.Errorf("article is over the %d-byte cap (--max-article-bytes)", opt.MaxArticleBytes)
	}
	a := &annalist.Article{URL: j.URL, Title: j.Title, Language: j.Language, Text: j.Text, HTML: j.HTML, Published: opt.Date}
	if j.Text == "" {
		// The page's own date, found when its text is extracted, comes first.
		a.Published, a.FallbackDate = "", opt.Date
	}
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
	a.ID = annalist.ID(j.ID, j.URL, body)
	return a, nil
}

// looksLikeLines tells JSON Lines from a JSON array or a pretty-printed
// object, which people also hand over as ".json".
func looksLikeLines(head []byte) bool {
	head = bytes.TrimLeft(head, " \t\r\n")
	if bytes.HasPrefix(head, []byte("[")) {
		return false
	}
	i := bytes.IndexByte(head, '\n')
	if i < 0 {
		return true
	}
	return json.Valid(head[:i]) || !bytes.HasPrefix(head, []byte("{"))
}

// readJSONValues reads a JSON array of articles, or articles as JSON
// values one after another however they are laid out. A syntax error ends
// the input, since nothing after it can be trusted to align.
func readJSONValues(r *bufio.Reader, name string, opt Options, fn Func) error {
	dec := json.NewDecoder(r)
	inArray := false
	if head, _ := r.Peek(64 << 10); bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n"), []byte("[")) {
		if _, err := dec.Token(); err != nil {
			return fn(nil, &Error{name, fmt.Errorf("bad JSON: %w", err)})
		}
		inArray = true
	}
	for n := 1; ; n++ {
		if inArray && !dec.More() {
			return nil
		}
		src := fmt.Sprintf("%s#%d", name, n)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err == io.EOF {
			return nil
		} else if err != nil {
			return fn(nil, &Error{src, fmt.Errorf("bad JSON at byte %d: %w", dec.InputOffset(), err)})
		}
		a, err := parseJSONLine(raw, opt)
		if err != nil {
			err = &Error{src, err}
		} else {
			a.Source = src
		}
		if ferr := fn(a, err); ferr != nil {
			return ferr
		}
	}
}
