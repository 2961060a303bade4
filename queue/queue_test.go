package queue

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/internal/natstest"
	"github.com/annalist/annalist/internal/pgtest"
	"github.com/annalist/annalist/load"
	"github.com/annalist/annalist/store"
	"github.com/annalist/annalist/store/postgres"
	"github.com/annalist/annalist/store/sqlite"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

func openQueue(t *testing.T, url string) *Queue {
	t.Helper()
	q, err := Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(q.Close)
	return q
}

func openSQLite(t *testing.T) store.Store {
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func article(i int) *annalist.Article {
	return &annalist.Article{ID: fmt.Sprintf("a%d", i), Text: fmt.Sprintf("Story %d about cocoa in Bahia.", i), Published: "1987-03-01"}
}

func publish(t *testing.T, q *Queue, n int) {
	t.Helper()
	for i := 0; i < n; i++ {
		if _, err := q.Publish(context.Background(), article(i), false); err != nil {
			t.Fatal(err)
		}
	}
}

// opts are fast work options: an empty pipeline, short waits.
func opts() WorkOptions {
	return WorkOptions{Batch: 16, Idle: 300 * time.Millisecond, StopWhenEmpty: true,
		Pipeline: func(bool) *extract.Pipeline { return &extract.Pipeline{} }}
}

func TestWorkStoresEverythingAndDeadLettersTheMalformed(t *testing.T) {
	ctx := context.Background()
	q := openQueue(t, natstest.Start(t))
	publish(t, q, 50)
	// A message that is not JSON and one without a body, among the good ones.
	for _, bad := range []string{`{"id": "broken", "text": `, `{"id": "empty", "text": "  "}`} {
		if _, err := q.js.Publish(ctx, Subject, []byte(bad)); err != nil {
			t.Fatal(err)
		}
	}
	publish(t, q, 60) // 50..59 are new; 0..49 again are dropped by the server as duplicates
	st := openSQLite(t)
	var errs []string
	o := opts()
	o.OnError = func(err error) { errs = append(errs, err.Error()) }
	tally, err := q.Work(ctx, st, o)
	if err != nil {
		t.Fatal(err)
	}
	if tally.Stored != 60 || tally.Failed != 2 {
		t.Errorf("tally %+v, want 60 stored and 2 failed", tally)
	}
	stats, _ := st.Stats(ctx, store.StatsOptions{})
	if stats.Articles != 60 {
		t.Errorf("store holds %d articles, want 60", stats.Articles)
	}
	s, err := q.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.Depth != 0 || s.InFlight != 0 || s.Dead != 2 {
		t.Errorf("status %+v, want an empty queue and 2 dead letters", s)
	}
	var dead []DeadLetter
	q.DeadLetters(ctx, func(d DeadLetter) error { dead = append(dead, d); return nil })
	if len(dead) != 2 || !strings.Contains(dead[0].Error, "bad JSON") || !strings.Contains(dead[1].Error, `no "text" or "html"`) {
		t.Errorf("dead letters %+v: want the broken JSON and the empty body, with their errors", dead)
	}
	if len(errs) != 2 {
		t.Errorf("errors reported: %q", errs)
	}
}

// A worker that takes messages and dies (never acks) loses nothing: they
// are delivered again and stored once; a message delivered more than
// MaxDeliver times is dead-lettered, not retried for ever.
func TestUnackedMessagesAreRedeliveredThenDeadLettered(t *testing.T) {
	ctx := context.Background()
	q := openQueue(t, natstest.Start(t))
	publish(t, q, 20)
	o := opts()
	o.AckWait = 200 * time.Millisecond
	o.MaxDeliver = 3
	cons, err := q.js.CreateOrUpdateConsumer(ctx, Stream, jetstream.ConsumerConfig{
		Durable: Consumer, AckPolicy: jetstream.AckExplicitPolicy, AckWait: o.AckWait, MaxDeliver: -1, FilterSubject: Subject})
	if err != nil {
		t.Fatal(err)
	}
	// A dying worker takes the first 5, three times over.
	for round := 0; round < 3; round++ {
		b, err := cons.Fetch(5, jetstream.FetchMaxWait(time.Second))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for range b.Messages() {
			n++
		}
		if n != 5 {
			t.Fatalf("round %d: fetched %d", round, n)
		}
		time.Sleep(300 * time.Millisecond) // past AckWait
	}
	st := openSQLite(t)
	tally, err := q.Work(ctx, st, o)
	if err != nil {
		t.Fatal(err)
	}
	if tally.Stored != 15 || tally.Failed != 5 {
		t.Errorf("tally %+v: want 15 stored and the 5 delivered 4 times dead-lettered", tally)
	}
	var dead []DeadLetter
	q.DeadLetters(ctx, func(d DeadLetter) error { dead = append(dead, d); return nil })
	if len(dead) != 5 || dead[0].Deliveries != 4 || !strings.Contains(dead[0].Error, "never stored") {
		t.Errorf("dead letters %+v", dead)
	}
}

// Two workers on one PostgreSQL store, the batch of one redelivered to the
// other mid-way: every article is stored exactly once.
func TestTwoWorkersIntoPostgreSQL(t *testing.T) {
	ctx := context.Background()
	url := natstest.Start(t)
	q := openQueue(t, url)
	publish(t, q, 300)
	st, err := postgres.Open(ctx, pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var wg sync.WaitGroup
	tallies := make([]load.Tally, 2)
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			qw := openQueue(t, url)
			o := opts()
			o.Idle = time.Second
			var err error
			if tallies[w], err = qw.Work(ctx, st, o); err != nil {
				t.Error(err)
			}
		}(w)
	}
	wg.Wait()
	if got := tallies[0].Stored + tallies[1].Stored; got != 300 {
		t.Errorf("workers stored %d (%+v), want 300", got, tallies)
	}
	if stats, _ := st.Stats(ctx, store.StatsOptions{}); stats.Articles != 300 {
		t.Errorf("store holds %d, want 300", stats.Articles)
	}
}

func TestOpenFailsAtOnceNamingTheURL(t *testing.T) {
	for _, url := range []string{"nats://127.0.0.1:1", "http://127.0.0.1:4222", "nats://[bad"} {
		start := time.Now()
		q, err := Open(context.Background(), url)
		if err == nil {
			q.Close()
			t.Fatalf("Open(%s) succeeded", url)
		}
		if !strings.Contains(err.Error(), url) || time.Since(start) > ConnectTimeout {
			t.Errorf("Open(%s) after %v: %v", url, time.Since(start), err)
		}
	}
}

// refusing is a real store that refuses, as a database may refuse a value,
// any batch holding the record "a3".
type refusing struct{ store.Store }

func (r refusing) Put(ctx context.Context, recs []*annalist.Record) ([]store.Outcome, error) {
	for _, rec := range recs {
		if rec.ID == "a3" {
			return nil, fmt.Errorf("value too long for the index")
		}
	}
	return r.Store.Put(ctx, recs)
}

// A record the store refuses while it answers does not hold up the rest:
// after a few tries the batch is stored one by one and that one
// dead-lettered with the store's error.
func TestRecordTheStoreRefusesIsDeadLettered(t *testing.T) {
	ctx := context.Background()
	q := openQueue(t, natstest.Start(t))
	publish(t, q, 10)
	st := openSQLite(t)
	tally, err := q.Work(ctx, refusing{st}, opts())
	if err != nil {
		t.Fatal(err)
	}
	if tally.Stored != 9 || tally.Failed != 1 {
		t.Errorf("tally %+v, want 9 stored and 1 failed", tally)
	}
	var dead []DeadLetter
	q.DeadLetters(ctx, func(d DeadLetter) error { dead = append(dead, d); return nil })
	if len(dead) != 1 || dead[0].ID != "a3" || !strings.Contains(dead[0].Error, "value too long") {
		t.Errorf("dead letters %+v", dead)
	}
}
