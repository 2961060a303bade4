package queue

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/ingest"
	"github.com/annalist/annalist/load"
	"github.com/annalist/annalist/store"
)

// WorkOptions tune Work.
type WorkOptions struct {
	Config
	// Batch is how many messages a worker pulls at once; their records
	// are stored in one transaction before any of them is acknowledged.
	Batch int
	// MaxDeliver is how many deliveries a message gets before it is
	// dead-lettered as one that no worker could store (each of its
	// workers died or timed out).
	MaxDeliver int
	// Workers is how many articles are analysed in parallel.
	Workers int
	// Pipeline returns the pipeline for articles published with or
	// without --no-clean.
	Pipeline func(noClean bool) *extract.Pipeline
	// Idle is how long a pull waits for messages when there are none.
	Idle time.Duration
	// OnError hears each article dead-lettered and each failure of the
	// store (which is retried, the batch kept).
	OnError func(error)
	// OnBatch hears the running tally after every batch.
	OnBatch func(load.Tally)
	// Stories, when set, decides near-copies, stories and incidents as
	// annalist ingest does. Each worker holds its own index, so workers
	// on several machines decide apart: see the README.
	Stories load.Assigner
	// Stop, when set, ends Work once the stream has been empty for one
	// Idle: for tests and one-off drains.
	StopWhenEmpty bool
}

// Defaults of WorkOptions.
const (
	DefaultBatch = 128
	DefaultIdle  = 2 * time.Second
)

// Work pulls articles until ctx is done, storing their records in st.
// It returns early only when the queue cannot be reached or st is not
// usable at start; a store that fails later is waited for, the batch held.
func (q *Queue) Work(ctx context.Context, st store.Store, opt WorkOptions) (load.Tally, error) {
	if opt.Batch <= 0 {
		opt.Batch = DefaultBatch
	}
	if opt.MaxDeliver <= 0 {
		opt.MaxDeliver = DefaultMaxDeliver
	}
	if opt.MaxAckPending <= 0 {
		opt.MaxAckPending = DefaultMaxAckPending
	}
	if opt.AckWait <= 0 {
		opt.AckWait = DefaultAckWait
	}
	if opt.Idle <= 0 {
		opt.Idle = DefaultIdle
	}
	if opt.Pipeline == nil {
		opt.Pipeline = func(noClean bool) *extract.Pipeline {
			p := extract.Default()
			p.NoClean = noClean
			return p
		}
	}
	if opt.OnError == nil {
		opt.OnError = func(error) {}
	}
	cons, err := q.js.CreateOrUpdateConsumer(ctx, Stream, jetstream.ConsumerConfig{
		Durable:       Consumer,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       opt.AckWait,
		MaxAckPending: opt.MaxAckPending,
		// Deliveries are counted, and the last one dead-lettered, here:
		// with a limit on the server a message past it would sit on the
		// work queue forever, neither delivered nor dropped.
		MaxDeliver:    -1,
		MaxWaiting:    512,
		Description:   "annalist workers",
		FilterSubject: Subject,
	})
	if err != nil {
		return load.Tally{}, fmt.Errorf("queue %s: consumer %s: %w", q.name, Consumer, err)
	}
	pipes := map[bool]*extract.Pipeline{}
	var total load.Tally
	for ctx.Err() == nil {
		batch, err := cons.Fetch(opt.Batch, jetstream.FetchMaxWait(opt.Idle))
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			opt.OnError(fmt.Errorf("queue %s: pull: %w", q.name, err))
			sleep(ctx, time.Second)
			continue
		}
		var msgs []jetstream.Msg
		for m := range batch.Messages() {
			msgs = append(msgs, m)
		}
		if err := batch.Error(); err != nil && !errors.Is(err, jetstream.ErrNoMessages) && !errors.Is(err, nats.ErrTimeout) && ctx.Err() == nil {
			opt.OnError(fmt.Errorf("queue %s: pull: %w", q.name, err))
		}
		if len(msgs) == 0 {
			if opt.StopWhenEmpty {
				break
			}
			continue
		}
		t, err := q.process(ctx, st, msgs, pipes, opt)
		total = add(total, t)
		if err != nil {
			return total, err
		}
		if opt.OnBatch != nil {
			opt.OnBatch(total)
		}
	}
	return total, nil
}

// process stores one pulled batch and settles every message in it:
// acknowledged once its record (or its duplicate) is committed, or
// dead-lettered with its error. Until then, the worker tells the server
// it is still at work, so that a slow batch is not handed to another.
func (q *Queue) process(ctx context.Context, st store.Store, msgs []jetstream.Msg, pipes map[bool]*extract.Pipeline, opt WorkOptions) (load.Tally, error) {
	stop := keepAlive(msgs, opt.AckWait/3)
	defer stop()

	var t load.Tally
	groups := map[bool][]*annalist.Article{}
	byArticle := map[*annalist.Article]jetstream.Msg{}
	var settled []jetstream.Msg
	for _, m := range msgs {
		meta, err := m.Metadata()
		if err != nil {
			q.deadLetter(ctx, m, fmt.Errorf("not a JetStream message: %w", err), 0, opt)
			continue
		}
		src := fmt.Sprintf("%s message %d", Stream, meta.Sequence.Stream)
		if n := int(meta.NumDelivered); n > opt.MaxDeliver {
			t.Failed++
			q.deadLetter(ctx, m, fmt.Errorf("%s: delivered %d times and never stored: the workers that took it died or gave up", src, n-1), n, opt)
			continue
		}
		a, err := ingest.ParseJSON(m.Data(), ingest.Options{MaxArticleBytes: max(ingest.DefaultMaxArticleBytes, len(m.Data()))})
		if err != nil {
			t.Failed++
			q.deadLetter(ctx, m, fmt.Errorf("%s: %w", src, err), int(meta.NumDelivered), opt)
			continue
		}
		a.Source = src
		a.FallbackDate = m.Headers().Get(HeaderFallbackDate)
		noClean := m.Headers().Get(HeaderNoClean) == "true"
		groups[noClean] = append(groups[noClean], a)
		byArticle[a] = m
	}
	for _, noClean := range []bool{false, true} {
		arts := groups[noClean]
		if len(arts) == 0 {
			continue
		}
		p := pipes[noClean]
		if p == nil {
			p = opt.Pipeline(noClean)
			pipes[noClean] = p
		}
		failed := map[*annalist.Article]error{}
		run := func(arts []*annalist.Article) (load.Tally, error) {
			return load.Run(ctx, st, p, func(submit func(*annalist.Article, error) error) error {
				for _, a := range arts {
					if err := submit(a, nil); err != nil {
						return err
					}
				}
				return nil
			}, load.Options{
				Workers:   opt.Workers,
				BatchSize: len(arts),
				// One transaction for the batch, however long it takes.
				FlushEvery: 24 * time.Hour,
				OnFailure:  func(a *annalist.Article, err error) { failed[a] = err },
				Stories:    opt.Stories,
			})
		}
		for try, wait := 1, 250*time.Millisecond; ; try, wait = try+1, min(2*wait, 5*time.Second) {
			clear(failed)
			tt, err := run(arts)
			if err == nil {
				t = add(t, tt)
				break
			}
			if ctx.Err() != nil {
				return t, ctx.Err()
			}
			if try >= 3 && storeUp(ctx, st) {
				// The store answers but refuses the batch: store the articles
				// one by one, and dead-letter those it refuses.
				if tt, ok := q.oneByOne(ctx, st, arts, run, failed); ok {
					t = add(t, tt)
					break
				}
			}
			// The store is down or restarting: hold the batch (keepAlive
			// keeps it ours) and try again.
			opt.OnError(fmt.Errorf("store failed, batch of %d held and retried in %v: %w", len(arts), wait, err))
			sleep(ctx, wait)
		}
		for _, a := range arts {
			m := byArticle[a]
			if err, ok := failed[a]; ok {
				meta, _ := m.Metadata()
				q.deadLetter(ctx, m, err, int(meta.NumDelivered), opt)
				continue
			}
			settled = append(settled, m)
		}
	}
	for _, m := range settled {
		// Wait for the server to confirm, so that an ack lost with the
		// connection is redelivered rather than believed.
		if err := m.DoubleAck(ctx); err != nil && ctx.Err() == nil {
			opt.OnError(fmt.Errorf("ack: %w (the message will be redelivered and found stored)", err))
		}
	}
	return t, nil
}

// oneByOne stores arts one transaction each; an article the store refuses
// while it answers is marked failed with the store's error. It reports
// false, to wait and retry the batch, when the store stops answering.
func (q *Queue) oneByOne(ctx context.Context, st store.Store, arts []*annalist.Article,
	run func([]*annalist.Article) (load.Tally, error), failed map[*annalist.Article]error) (load.Tally, bool) {
	var t load.Tally
	refused := map[*annalist.Article]error{}
	for _, a := range arts {
		tt, err := run([]*annalist.Article{a})
		if err != nil {
			if !storeUp(ctx, st) {
				return t, false
			}
			refused[a] = fmt.Errorf("%s: the store refused it: %w", a.Source, err)
			tt = load.Tally{Read: 1, Failed: 1}
		}
		t = add(t, tt)
	}
	for a, err := range refused {
		failed[a] = err
	}
	return t, true
}

// storeUp reports whether st answers a query.
func storeUp(ctx context.Context, st store.Store) bool {
	_, err := st.Has(ctx, "")
	return err == nil
}

// deadLetter puts m on the dead-letter stream with its error, then takes
// it off the work queue. If the dead letter cannot be written, m stays
// and is delivered again.
func (q *Queue) deadLetter(ctx context.Context, m jetstream.Msg, cause error, deliveries int, opt WorkOptions) {
	opt.OnError(fmt.Errorf("dead-lettered: %w", cause))
	d := nats.NewMsg(DeadSubject)
	d.Data = m.Data()
	d.Header.Set(HeaderError, cause.Error())
	d.Header.Set(HeaderDeliveries, strconv.Itoa(deliveries))
	if meta, err := m.Metadata(); err == nil {
		seq := strconv.FormatUint(meta.Sequence.Stream, 10)
		d.Header.Set(HeaderSequence, seq)
		d.Header.Set(jetstream.MsgIDHeader, "dead-"+seq) // once, though two workers race
	}
	if _, err := q.js.PublishMsg(ctx, d); err != nil {
		opt.OnError(fmt.Errorf("dead letter not written, message left on the queue: %w", err))
		return
	}
	if err := m.DoubleAck(ctx); err != nil {
		opt.OnError(fmt.Errorf("ack of dead-lettered message: %w", err))
	}
}

// keepAlive tells the server every period that msgs are being worked on.
func keepAlive(msgs []jetstream.Msg, period time.Duration) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(max(period, 100*time.Millisecond))
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				for _, m := range msgs {
					m.InProgress()
				}
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}

func add(a, b load.Tally) load.Tally {
	a.Read += b.Read
	a.Stored += b.Stored
	a.Known += b.Known
	a.SameBody += b.SameBody
	a.Failed += b.Failed
	a.Bytes += b.Bytes
	return a
}
