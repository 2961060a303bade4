// Package load runs articles through the extraction pipeline into a store:
// the work of `annalist ingest` and of the ingest benchmark. Records are
// written in batches, one transaction each, so that a run killed at any
// point leaves the store at its last batch, and running again skips what is
// stored (by id before extraction, by id or body text at write).
package load

import (
	"context"
	"time"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/store"
	"github.com/annalist/annalist/story"
)

// Defaults of Options.
const (
	DefaultBatchSize  = 1024
	DefaultFlushEvery = time.Second
)

// Options tune a Run.
type Options struct {
	Workers int // articles analysed in parallel; < 1 means 1
	// BatchSize is how many records a transaction holds at most, and
	// FlushEvery how long a record waits for its batch at most.
	BatchSize  int
	FlushEvery time.Duration
	// OnError, when set, hears each article that could not be read or
	// analysed (the error names its file and article).
	OnError func(error)
	// OnFailure, when set, hears the same failures with the article that
	// failed (nil when it could not be read), for callers that must settle
	// each article, as the queue worker dead-letters its message.
	OnFailure func(*annalist.Article, error)
	// OnProgress, when set, hears the tally after every article.
	OnProgress func(Tally)
	// Stories, when set, gives each record, in input order before it is
	// stored, what depends on what else is stored: the article it is a
	// near-copy of, its story and its events' incidents (story.Index).
	Stories Assigner
	// OnRecord, when set, hears each record analysed, before it is
	// stored (to say, for one, that it was kept unanalysed).
	OnRecord func(*annalist.Article, *annalist.Record)
}

// Assigner decides what of a record depends on the records stored before
// it. Forget hears of the records the store then refused.
type Assigner interface {
	Assign(*annalist.Record)
	Forget(id string)
}

// mover is an Assigner that may change the story of records it assigned
// before (story.Index splits and merges stories as articles arrive).
type mover interface {
	TakeMoves() []story.Move
	// TakeRelabels: the incidents of the stories changed are decided
	// again, so that none spans two stories.
	TakeRelabels() []story.Relabel
}

// Tally counts what a Run did with the articles it was given.
type Tally struct {
	Read     int `json:"read"`      // articles read from the input
	Stored   int `json:"stored"`    // new records written
	Known    int `json:"known"`     // already stored under the same id
	SameBody int `json:"same_body"` // the same body text is stored under another id
	Failed   int `json:"failed"`    // could not be read or analysed
	Bytes    int `json:"bytes"`     // body text read, in bytes
}

// Duplicates is Known + SameBody.
func (t Tally) Duplicates() int { return t.Known + t.SameBody }

// Producer feeds articles (or read errors) through submit, in input order,
// as ingest.Walk does with its callback.
type Producer func(submit func(*annalist.Article, error) error) error

// Run analyses the articles produce gives and stores the records in s.
// It returns early only when the store fails or ctx is done.
func Run(ctx context.Context, s store.Store, p *extract.Pipeline, produce Producer, opt Options) (Tally, error) {
	if opt.BatchSize <= 0 {
		opt.BatchSize = DefaultBatchSize
	}
	if opt.FlushEvery <= 0 {
		opt.FlushEvery = DefaultFlushEvery
	}
	var t Tally
	progress := func() {
		if opt.OnProgress != nil {
			opt.OnProgress(t)
		}
	}
	fail := func(a *annalist.Article, err error) {
		t.Failed++
		if opt.OnError != nil {
			opt.OnError(err)
		}
		if opt.OnFailure != nil {
			opt.OnFailure(a, err)
		}
		progress()
	}

	batch := make([]*annalist.Record, 0, opt.BatchSize)
	// Stories and incidents changed after their articles were assigned:
	// those in the batch are changed in place, those stored by Revise
	// after the batch is put.
	mv, _ := opt.Stories.(mover)
	sm, _ := s.(store.StoryMover)
	inBatch := map[string]*annalist.Record{}
	moved := map[string]store.Revision{}
	last := time.Now()
	flush := func() error {
		if len(batch) == 0 && len(moved) == 0 {
			return nil
		}
		out, err := s.Put(ctx, batch)
		if err != nil {
			return err
		}
		if len(moved) > 0 && sm != nil {
			if err := sm.Revise(ctx, moved); err != nil {
				return err
			}
		}
		clear(moved)
		clear(inBatch)
		for i, o := range out {
			if (o == store.DuplicateID || o == store.DuplicateBody) && opt.Stories != nil {
				opt.Stories.Forget(batch[i].ID) // refused: it copies nothing
			}
			switch o {
			case store.Stored:
				t.Stored++
			case store.DuplicateID:
				t.Known++
			case store.DuplicateBody, store.Replaced:
				// Replaced: the store keeps one record as before, of a
				// body now seen twice.
				t.SameBody++
			}
		}
		clear(batch)
		batch = batch[:0]
		last = time.Now()
		progress()
		return nil
	}

	// Articles already stored are counted here and not analysed again,
	// so that a rerun after a crash costs little more than reading.
	skipKnown := func(submit func(*annalist.Article, error) error) func(*annalist.Article, error) error {
		return func(a *annalist.Article, err error) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err == nil && a != nil && a.ID != "" {
				has, herr := s.Has(ctx, a.ID)
				if herr != nil {
					return herr
				}
				if has {
					// Counted by the consumer, in input order.
					return submit(a, errKnown)
				}
			}
			return submit(a, err)
		}
	}

	err := p.Run(opt.Workers, func(submit func(*annalist.Article, error) error) error {
		return produce(skipKnown(submit))
	}, func(res extract.Result) error {
		if res.Err == errKnown {
			t.Read++
			t.Bytes += articleBytes(res)
			t.Known++
			progress()
			return nil
		}
		if res.Err != nil {
			if res.Article != nil {
				t.Read++
			}
			fail(res.Article, res.Err)
			return nil
		}
		t.Read++
		t.Bytes += articleBytes(res)
		if opt.Stories != nil {
			opt.Stories.Assign(res.Record)
		}
		if mv != nil {
			for _, m := range mv.TakeMoves() {
				if r := inBatch[m.ID]; r != nil {
					r.Story = m.Story
				} else {
					rv := moved[m.ID]
					rv.Story = m.Story
					moved[m.ID] = rv
				}
			}
			for _, l := range mv.TakeRelabels() {
				if r := inBatch[l.ID]; r != nil {
					for i, in := range l.Incidents {
						if i < len(r.Events) {
							r.Events[i].Incident = in
						}
					}
				} else {
					rv := moved[l.ID]
					rv.Incidents = l.Incidents
					moved[l.ID] = rv
				}
			}
			inBatch[res.Record.ID] = res.Record
		}
		if opt.OnRecord != nil {
			opt.OnRecord(res.Article, res.Record)
		}
		batch = append(batch, res.Record)
		if len(batch) >= opt.BatchSize || time.Since(last) >= opt.FlushEvery {
			return flush()
		}
		progress()
		return nil
	})
	if err != nil {
		return t, err
	}
	if err := flush(); err != nil {
		return t, err
	}
	if o, ok := s.(optimizer); ok {
		return t, o.Optimize(ctx, t.Stored)
	}
	return t, nil
}

// optimizer is a store that can tidy itself after a load of n records.
type optimizer interface {
	Optimize(ctx context.Context, n int) error
}

// errKnown marks an article whose id is already stored: it is passed
// through the pipeline as an error so that it is not analysed.
var errKnown = knownError{}

type knownError struct{}

func (knownError) Error() string { return "already stored" }

// articleBytes is the size of what was read: the text, or the page.
func articleBytes(res extract.Result) int {
	if res.Article == nil {
		return 0
	}
	return max(len(res.Article.Text), len(res.Article.HTML))
}
