package extract

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/clean"
	"github.com/annalist/annalist/extract/count"
	"github.com/annalist/annalist/extract/event"
	"github.com/annalist/annalist/extract/quote"
	"github.com/annalist/annalist/extract/theme"
	"github.com/annalist/annalist/extract/tone"
	"github.com/annalist/annalist/gazetteer"
	"github.com/annalist/annalist/names"
	"github.com/annalist/annalist/syntax"
	"github.com/annalist/annalist/text"
	"github.com/annalist/annalist/timex"
)

// Pipeline turns an Article into a Record: body, language, one analysis of
// the text, then each extractor in order.
type Pipeline struct {
	Extractors []Extractor
	// NoClean keeps the body exactly as given (CONTRACT.md --no-clean).
	NoClean bool
}

// Default is the pipeline of `annalist extract` with the embedded models.
func Default() *Pipeline {
	return &Pipeline{Extractors: DefaultExtractors()}
}

var (
	defaultOnce       sync.Once
	defaultExtractors []Extractor
)

// DefaultExtractors lists the extractors in the order they depend on each
// other: names (found, typed, merged and geocoded by one stage), then times
// and counts, then quotes and events that use them, then themes and tone. The models load once and are shared:
// every extractor is safe for concurrent use.
func DefaultExtractors() []Extractor {
	defaultOnce.Do(func() {
		// The syntax model loads on the other core meanwhile: every
		// default run parses, and the loads overlap instead of the first
		// parse stalling the workers.
		parser := make(chan struct{})
		go func() {
			syntax.Default()
			close(parser)
		}()
		defer func() { <-parser }()
		stage, err := names.New(gazetteer.Default())
		if err != nil {
			// The model is embedded in the binary: failing to read it is a
			// broken build, not bad input.
			panic(fmt.Sprintf("annalist: embedded name model: %v", err))
		}
		defaultExtractors = []Extractor{
			stage, // finds, types, merges and geocodes the names
			timex.Extractor{},
			count.Extractor{},
			quote.Extractor{},
			event.New(),
			&theme.Extractor{},
			&tone.Extractor{},
		}
	})
	return defaultExtractors
}

// ErrNoPageText and ErrNoBodyText are Process's errors for an article
// with nothing to analyse (a web page without an article, a text that
// cleaning empties): callers that go on past such articles tell them from
// a failure by errors.Is.
var (
	ErrNoPageText = errors.New("no article text found in the page")
	ErrNoBodyText = errors.New("no body text")
)

// Process analyses one article. A panic on odd input, in cleaning or in an
// extractor, becomes this article's error, so one article cannot stop a run.
func (p *Pipeline) Process(a *annalist.Article) (rec *annalist.Record, err error) {
	defer func() {
		if v := recover(); v != nil {
			rec, err = nil, fmt.Errorf("analysis failed: %v", v)
		}
	}()
	r := &annalist.Record{ID: a.ID, URL: a.URL, Title: a.Title, Published: a.Published, Language: a.Language}
	body := a.Text
	if body == "" && a.HTML != "" {
		page, err := clean.HTML([]byte(a.HTML), a.URL)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrNoPageText, err) // no main text the extractor could find
		}
		body = page.MainText
		if strings.TrimSpace(body) == "" {
			return nil, ErrNoPageText
		}
		r.Sources = map[string]string{}
		if r.URL == "" {
			r.URL = page.URL
			setSource(r, "url", page.URL, page.Sources)
		}
		if r.Title == "" {
			r.Title = page.Title
			setSource(r, "title", page.Title, page.Sources)
		}
		if r.Published == "" {
			r.Published = page.Published
			setSource(r, "published", page.Published, page.Sources)
		}
		r.Author = page.Author
		setSource(r, "author", page.Author, page.Sources)
		if r.Language == "" {
			r.Language = page.Language
		}
	}
	if r.Published == "" && a.FallbackDate != "" {
		r.Published = a.FallbackDate
		if a.FallbackSource != "" {
			if r.Sources == nil {
				r.Sources = map[string]string{}
			}
			r.Sources["published"] = a.FallbackSource
		}
	}
	if len(r.Sources) == 0 {
		r.Sources = nil
	}
	if r.ID == "" {
		raw := a.Text
		if raw == "" {
			raw = a.HTML
		}
		r.ID = annalist.ID("", r.URL, raw)
	}
	if p.NoClean {
		r.Text = body
	} else {
		c := clean.Text(body)
		r.Text, r.Dropped, r.Headings = c.Text, c.Dropped, c.Headings
	}
	if strings.TrimSpace(r.Text) == "" {
		return nil, ErrNoBodyText
	}
	if r.Language == "" {
		r.Language = Language(r.Text)
	}
	if r.Language != "" && r.Language != "en" {
		// The name model, gazetteer cues and lexicons are English: on
		// another language they would invent facts, so it gets none,
		// and says so.
		r.Analysed = new(bool)
		return r, nil
	}
	d := text.Analyze(r.Text, r.Published)
	// The language layer: tags, lemmas and dependencies, computed per
	// sentence only when an extractor calls d.Parse.
	d.Parser = syntax.Lazy
	for _, x := range p.Extractors {
		if err := run(x, d, r); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// setSource notes where a page field came from, when it has a value.
func setSource(r *annalist.Record, field, value string, sources map[string]string) {
	if value != "" && sources[field] != "" {
		r.Sources[field] = sources[field]
	}
}

// NotAnalysed is the standard-error line for a record kept without
// analysis ("language ru: stored, not analysed"), or "" for an analysed one.
func NotAnalysed(r *annalist.Record, verb string) string {
	if r == nil || r.Analysed == nil || *r.Analysed {
		return ""
	}
	return fmt.Sprintf("language %s: %s, not analysed", r.Language, verb)
}

// run calls one extractor, turning a panic on odd input into an error that
// names the extractor, so one bad article does not stop a run.
func run(x Extractor, d *text.Doc, r *annalist.Record) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("%s extractor failed: %v", x.Name(), v)
		}
	}()
	x.Extract(d, r)
	return nil
}

// Result is the outcome for one article of a Run.
type Result struct {
	Article *annalist.Article
	Record  *annalist.Record
	Err     error
}

// Run processes articles with n workers and hands the results to consume
// in input order. produce feeds articles (or read errors) through submit,
// as ingest.Walk does with its callback. At most a few articles per worker
// are in flight, so memory stays flat however long the input is.
func (p *Pipeline) Run(n int, produce func(submit func(*annalist.Article, error) error) error, consume func(Result) error) error {
	if n < 1 {
		n = 1
	}
	type job struct {
		a   *annalist.Article
		out chan Result
	}
	work := make(chan job, n)
	order := make(chan chan Result, 4*n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				rec, err := p.Process(j.a)
				if err != nil && j.a.Source != "" {
					err = fmt.Errorf("%s: %w", j.a.Source, err)
				}
				j.out <- Result{Article: j.a, Record: rec, Err: err}
			}
		}()
	}
	stop := make(chan struct{})
	consumed := make(chan error, 1)
	go func() {
		var err error
		for c := range order {
			res := <-c
			if err == nil {
				if err = consume(res); err != nil {
					close(stop)
				}
			}
		}
		consumed <- err
	}()
	errStopped := errors.New("stopped")
	perr := produce(func(a *annalist.Article, err error) error {
		c := make(chan Result, 1)
		select {
		case order <- c:
		case <-stop:
			return errStopped
		}
		if err != nil {
			c <- Result{Article: a, Err: err}
			return nil
		}
		select {
		case work <- job{a, c}:
		case <-stop:
			c <- Result{Article: a, Err: errStopped}
			return errStopped
		}
		return nil
	})
	close(work)
	wg.Wait()
	close(order)
	if cerr := <-consumed; cerr != nil {
		return cerr
	}
	if perr != nil && perr != errStopped {
		return perr
	}
	return nil
}
