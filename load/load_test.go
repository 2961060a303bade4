package load

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/store/sqlite"
)

// articles yields n articles, every fifth with the body of the one before
// it, and one read error at the end.
func articles(n int) Producer {
	return func(submit func(*annalist.Article, error) error) error {
		for i := 0; i < n; i++ {
			body := fmt.Sprintf("Story number %d about cocoa.", i)
			if i%5 == 4 {
				body = fmt.Sprintf("Story number %d about cocoa.", i-1)
			}
			if err := submit(&annalist.Article{ID: fmt.Sprintf("s%d", i), Text: body, Source: fmt.Sprintf("in.jsonl:%d", i+1)}, nil); err != nil {
				return err
			}
		}
		return submit(nil, errors.New("in.jsonl:99: not JSON"))
	}
}

// openStore opens an empty store that the test closes.
func openStore(t *testing.T) *sqlite.DB {
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "l.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestRunIsIdempotent(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	var errs []error
	opt := Options{Workers: 2, BatchSize: 7, OnError: func(err error) { errs = append(errs, err) }}
	got, err := Run(ctx, db, &extract.Pipeline{}, articles(100), opt)
	if err != nil {
		t.Fatal(err)
	}
	want := Tally{Read: 100, Stored: 80, SameBody: 20, Failed: 1, Bytes: got.Bytes}
	if got != want {
		t.Errorf("first run: %+v, want %+v", got, want)
	}
	if len(errs) != 1 {
		t.Errorf("errors reported: %v, want the one read error", errs)
	}
	got, err = Run(ctx, db, &extract.Pipeline{}, articles(100), opt)
	if err != nil {
		t.Fatal(err)
	}
	want = Tally{Read: 100, Known: 80, SameBody: 20, Failed: 1, Bytes: got.Bytes}
	if got != want {
		t.Errorf("second run: %+v, want %+v", got, want)
	}
}

func TestRunReportsAnalysisErrors(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	var errs []error
	produce := func(submit func(*annalist.Article, error) error) error {
		submit(&annalist.Article{ID: "blank", Text: "   ", Source: "a.txt"}, nil)
		return submit(&annalist.Article{ID: "ok", Text: "fine", Source: "b.txt"}, nil)
	}
	got, err := Run(ctx, db, &extract.Pipeline{}, produce, Options{OnError: func(err error) { errs = append(errs, err) }})
	if err != nil {
		t.Fatal(err)
	}
	if got.Stored != 1 || got.Failed != 1 || got.Read != 2 {
		t.Errorf("tally %+v, want 2 read, 1 stored, 1 failed", got)
	}
	if len(errs) != 1 || errs[0].Error()[:5] != "a.txt" {
		t.Errorf("errors %v: want one naming a.txt", errs)
	}
}
