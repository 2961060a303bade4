package extract

import (
	"errors"
	"fmt"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/text"
)

// wordCount is a tiny extractor for testing the pipeline's plumbing.
type wordCount struct{}

func (wordCount) Name() string { return "words" }
func (wordCount) Extract(d *text.Doc, r *annalist.Record) {
	if d.Text == "panic" {
		panic("odd input")
	}
	r.Themes = append(r.Themes, fmt.Sprint(len(d.Tokens)))
}

func TestRunKeepsOrderAndGoesOn(t *testing.T) {
	p := &Pipeline{Extractors: []Extractor{wordCount{}}}
	var got []string
	err := p.Run(3, func(submit func(*annalist.Article, error) error) error {
		for i := 0; i < 200; i++ {
			switch i {
			case 50:
				submit(nil, errors.New("unreadable"))
			case 60:
				submit(&annalist.Article{ID: "p", Text: "panic", Source: "x:60"}, nil)
			default:
				submit(&annalist.Article{ID: fmt.Sprint(i), Text: fmt.Sprintf("article number %d", i)}, nil)
			}
		}
		return nil
	}, func(res Result) error {
		if res.Err != nil {
			got = append(got, "err")
			return nil
		}
		got = append(got, res.Record.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, id := range got {
		want := fmt.Sprint(i)
		if i == 50 || i == 60 {
			want = "err"
		}
		if id != want {
			t.Fatalf("result %d is %s, want %s", i, id, want)
		}
	}
	if len(got) != 200 {
		t.Fatalf("%d results", len(got))
	}
}

func TestRunStopsWhenConsumerFails(t *testing.T) {
	p := &Pipeline{}
	stop := errors.New("disk full")
	n := 0
	err := p.Run(2, func(submit func(*annalist.Article, error) error) error {
		for i := 0; i < 1000; i++ {
			if err := submit(&annalist.Article{Text: "x"}, nil); err != nil {
				return err
			}
		}
		return nil
	}, func(Result) error { n++; return stop })
	if err != stop || n != 1 {
		t.Fatalf("err %v after %d results", err, n)
	}
}

// TestProcessNoText: an article with nothing to analyse fails with the
// error callers can tell from a failed analysis (eval judged skips the
// one and stops on the other).
func TestProcessNoText(t *testing.T) {
	p := &Pipeline{Extractors: []Extractor{wordCount{}}}
	if _, err := p.Process(&annalist.Article{HTML: "<html><body></body></html>"}); !errors.Is(err, ErrNoPageText) {
		t.Errorf("empty page: %v", err)
	}
	if _, err := p.Process(&annalist.Article{Text: "  \n "}); !errors.Is(err, ErrNoBodyText) {
		t.Errorf("blank text: %v", err)
	}
	if _, err := p.Process(&annalist.Article{Text: "panic"}); err == nil || errors.Is(err, ErrNoBodyText) || errors.Is(err, ErrNoPageText) {
		t.Errorf("failed analysis: %v", err)
	}
}
