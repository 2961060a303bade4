// Package bench measures the pipeline and the store on real newswire: the
// Reuters-21578 stories (../shared/corpus/reuters21578), read straight from
// their SGML, and the runner behind `annalist bench`.
package bench

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/annalist/annalist"
)

// DefaultCorpus is where the Reuters stories are, from the repository root.
const DefaultCorpus = "../shared/corpus/reuters21578"

// maxStory bounds one <REUTERS> block, so that a file without closing tags
// cannot make the reader hold all of it.
const maxStory = 1 << 20

// ReadReuters reads one Reuters-21578 SGML stream and calls fn for each
// story that has a body, in order. The SGML is not XML: the scanner looks
// for the few tags it needs and tolerates the rest (unknown tags, missing
// closing tags, control characters as &#3;). name labels errors and
// Article.Source.
func ReadReuters(r io.Reader, name string, fn func(*annalist.Article) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxStory)
	sc.Split(splitStories)
	for sc.Scan() {
		a := parseStory(sc.Bytes())
		if a == nil {
			continue
		}
		a.Source = name + ":" + strings.TrimPrefix(a.ID, "reuters-")
		if err := fn(a); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

var (
	storyOpen  = []byte("<REUTERS")
	storyClose = []byte("</REUTERS>")
)

// splitStories yields each <REUTERS ...>...</REUTERS> block; text between
// blocks is skipped, and an unclosed last block ends at EOF.
func splitStories(data []byte, atEOF bool) (int, []byte, error) {
	start := bytes.Index(data, storyOpen)
	if start < 0 {
		if atEOF {
			return len(data), nil, nil
		}
		// Keep a tail that may hold the start of "<REUTERS".
		if keep := len(storyOpen) - 1; len(data) > keep {
			return len(data) - keep, nil, nil
		}
		return 0, nil, nil
	}
	// A block also ends where the next one starts, in case a close is missing.
	rest := data[start+len(storyOpen):]
	end := bytes.Index(rest, storyClose)
	if next := bytes.Index(rest, storyOpen); next >= 0 && (end < 0 || next < end) {
		return start + len(storyOpen) + next, data[start : start+len(storyOpen)+next], nil
	}
	if end >= 0 {
		stop := start + len(storyOpen) + end + len(storyClose)
		return stop, data[start:stop], nil
	}
	if atEOF {
		return len(data), data[start:], nil
	}
	if start > 0 {
		return start, nil, nil // drop what precedes the block, then read on
	}
	return 0, nil, nil
}

var (
	newID = regexp.MustCompile(`NEWID="(\d+)"`)
	date  = regexp.MustCompile(`(\d{1,2})-([A-Za-z]{3})-(\d{4})`)
)

// parseStory makes an Article of one block, or nil when it has no body.
func parseStory(b []byte) *annalist.Article {
	body := strings.TrimSpace(clean(element(b, "BODY")))
	if body == "" {
		return nil
	}
	a := &annalist.Article{
		Title:    strings.TrimSpace(clean(element(b, "TITLE"))),
		Text:     body,
		Language: "en",
	}
	open := b
	if i := bytes.IndexByte(b, '>'); i >= 0 {
		open = b[:i]
	}
	if m := newID.FindSubmatch(open); m != nil {
		a.ID = "reuters-" + string(m[1])
	}
	if m := date.FindSubmatch(element(b, "DATE")); m != nil {
		// Month names match regardless of case: "FEB" parses as Jan does.
		if t, err := time.Parse("2-Jan-2006", string(m[0])); err == nil {
			a.Published = t.Format("2006-01-02")
		}
	}
	return a
}

// element returns what is between <tag> (or <tag attrs>) and </tag>; the
// close may be missing, and then the content runs to the next tag that
// closes an enclosing element.
func element(b []byte, tag string) []byte {
	open := []byte("<" + tag)
	i := 0
	for {
		j := bytes.Index(b[i:], open)
		if j < 0 {
			return nil
		}
		i += j + len(open)
		if i < len(b) && (b[i] == '>' || b[i] == ' ') {
			break // not a longer tag name with the same start
		}
	}
	gt := bytes.IndexByte(b[i:], '>')
	if gt < 0 {
		return nil
	}
	b = b[i+gt+1:]
	if end := bytes.Index(b, []byte("</"+tag+">")); end >= 0 {
		return b[:end]
	}
	for _, stop := range []string{"</TEXT>", "</REUTERS>"} {
		if end := bytes.Index(b, []byte(stop)); end >= 0 {
			b = b[:end]
		}
	}
	return b
}

// clean decodes entities and drops control characters (the stories carry
// &#2;, &#3;, &#31; from the wire) but keeps line breaks and tabs.
func clean(b []byte) string {
	s := html.UnescapeString(string(b))
	return strings.Map(func(r rune) rune {
		if (r < ' ' && r != '\n' && r != '\t') || r == 0x7f || r == '\uFFFD' {
			return -1
		}
		return r
	}, s)
}

// Files lists the corpus files in dir (*.sgm and *.sgm.gz) in number order.
func Files(dir string) ([]string, error) {
	var files []string
	for _, pat := range []string{"*.sgm", "*.sgm.gz"} {
		m, err := filepath.Glob(filepath.Join(dir, pat))
		if err != nil {
			return nil, err
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no Reuters-21578 files (*.sgm, *.sgm.gz) in %s", dir)
	}
	num := func(p string) int {
		base := strings.TrimSuffix(strings.TrimSuffix(filepath.Base(p), ".gz"), ".sgm")
		n, err := strconv.Atoi(strings.TrimPrefix(base, "reut2-"))
		if err != nil {
			return -1
		}
		return n
	}
	sort.SliceStable(files, func(i, j int) bool {
		if a, b := num(files[i]), num(files[j]); a != b {
			return a < b
		}
		return files[i] < files[j]
	})
	return files, nil
}

// WalkReuters reads every story with a body in dir, in file order. A file
// that cannot be read goes to fn as an error and the walk goes on; it stops
// when fn returns an error.
func WalkReuters(dir string, fn func(*annalist.Article, error) error) error {
	files, err := Files(dir)
	if err != nil {
		return err
	}
	for _, p := range files {
		if err := readFile(p, fn); err != nil {
			return err
		}
	}
	return nil
}

// Open opens one corpus file, gunzipping a .gz one.
func Open(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil || !strings.HasSuffix(path, ".gz") {
		return f, err
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return struct {
		io.Reader
		io.Closer
	}{zr, f}, nil
}

func readFile(path string, fn func(*annalist.Article, error) error) error {
	r, err := Open(path)
	if err != nil {
		return fn(nil, err)
	}
	defer r.Close()
	var stopped error
	err = ReadReuters(r, filepath.Base(path), func(a *annalist.Article) error {
		stopped = fn(a, nil)
		return stopped
	})
	if err != nil && err != stopped {
		return fn(nil, err)
	}
	return err
}
