// Package queue spreads the work of ingest over machines through a NATS
// JetStream work-queue stream: Publish puts articles on it, as the
// contract's input JSON, and Work (the `annalist worker`) pulls them in
// batches, analyses them, stores the records and acknowledges a message
// only once its record is committed. A worker that dies leaves its
// messages to be redelivered; the store's id rule makes the effect
// exactly-once. A message that cannot be analysed, or that was delivered
// more than MaxDeliver times without being stored, is put on a
// dead-letter stream with its error, never silently dropped.
package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/annalist/annalist"
)

// Names on the server. One stream holds the articles to analyse (a work
// queue: a message is gone once acknowledged) and one the dead letters.
const (
	Stream         = "ANNALIST"
	Subject        = "annalist.articles"
	DeadStream     = "ANNALIST_DEAD"
	DeadSubject    = "annalist.dead"
	Consumer       = "workers" // one durable consumer that every worker pulls from
	ConnectTimeout = 5 * time.Second
)

// Message headers.
const (
	HeaderNoClean      = "Annalist-No-Clean"      // "true": keep the body as given
	HeaderFallbackDate = "Annalist-Fallback-Date" // a page's date when it carries none
	HeaderError        = "Annalist-Error"         // on a dead letter: why
	HeaderDeliveries   = "Annalist-Deliveries"    // on a dead letter: how often it was delivered
	HeaderSequence     = "Annalist-Stream-Sequence"
)

// Defaults of Config.
const (
	DefaultMaxAckPending = 512
	DefaultAckWait       = 60 * time.Second
	DefaultMaxDeliver    = 5
)

// Config shapes the stream's consumer. Every worker should agree: the last
// to start sets it.
type Config struct {
	// MaxAckPending is how many messages all workers together may hold
	// unacknowledged: the back-pressure that keeps a fast publisher from
	// handing slow workers more than they can finish within AckWait.
	MaxAckPending int
	// AckWait is how long a delivered message waits for its ack before it
	// is delivered again (workers extend it while they work).
	AckWait time.Duration
}

// Queue is a connection to the server and its streams.
type Queue struct {
	nc   *nats.Conn
	js   jetstream.JetStream
	name string // the URL, for messages
}

// IsURL reports whether s names a NATS server.
func IsURL(s string) bool { return strings.HasPrefix(s, "nats://") || strings.HasPrefix(s, "tls://") }

// Open connects to the server at url and makes sure both streams exist.
// An unreachable server or one without JetStream fails at once, naming url.
func Open(ctx context.Context, rawURL string) (*Queue, error) {
	if !IsURL(rawURL) {
		return nil, fmt.Errorf("queue %s: want a nats://HOST:PORT URL", rawURL)
	}
	if _, err := url.Parse(rawURL); err != nil {
		return nil, fmt.Errorf("queue %s: %w", rawURL, err)
	}
	nc, err := nats.Connect(rawURL, nats.Name("annalist"), nats.Timeout(ConnectTimeout),
		nats.MaxReconnects(-1), nats.ReconnectWait(500*time.Millisecond))
	if err != nil {
		return nil, fmt.Errorf("queue %s: cannot connect: %w", rawURL, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("queue %s: %w", rawURL, err)
	}
	q := &Queue{nc: nc, js: js, name: rawURL}
	cctx, cancel := context.WithTimeout(ctx, ConnectTimeout)
	defer cancel()
	for _, c := range []jetstream.StreamConfig{
		{Name: Stream, Subjects: []string{Subject}, Retention: jetstream.WorkQueuePolicy, Storage: jetstream.FileStorage,
			Description: "articles for annalist workers to analyse and store", Duplicates: 2 * time.Minute},
		{Name: DeadStream, Subjects: []string{DeadSubject}, Retention: jetstream.LimitsPolicy, Storage: jetstream.FileStorage,
			Description: "articles no annalist worker could store, with the error"},
	} {
		if _, err := js.CreateOrUpdateStream(cctx, c); err != nil {
			nc.Close()
			return nil, fmt.Errorf("queue %s: stream %s (is JetStream enabled, nats-server -js?): %w", rawURL, c.Name, err)
		}
	}
	return q, nil
}

// Close closes the connection.
func (q *Queue) Close() { q.nc.Close() }

// Name is the URL of the server.
func (q *Queue) Name() string { return q.name }

// message is one article as the contract's jsonl input has it.
type message struct {
	ID        string `json:"id"`
	Text      string `json:"text,omitempty"`
	HTML      string `json:"html,omitempty"`
	Published string `json:"published,omitempty"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Language  string `json:"language,omitempty"`
}

// Publish puts an article on the stream and waits for the server to keep
// it. An article published again within two minutes is dropped by the
// server (dup reports so); later, the store's id rule skips it.
func (q *Queue) Publish(ctx context.Context, a *annalist.Article, noClean bool) (dup bool, err error) {
	data, err := json.Marshal(message{ID: a.ID, Text: a.Text, HTML: a.HTML, Published: a.Published, URL: a.URL, Title: a.Title, Language: a.Language})
	if err != nil {
		return false, err
	}
	m := nats.NewMsg(Subject)
	m.Data = data
	m.Header.Set(jetstream.MsgIDHeader, a.ID)
	if noClean {
		m.Header.Set(HeaderNoClean, "true")
	}
	if a.FallbackDate != "" {
		m.Header.Set(HeaderFallbackDate, a.FallbackDate)
	}
	ack, err := q.js.PublishMsg(ctx, m)
	if err != nil {
		if errors.Is(err, nats.ErrMaxPayload) {
			return false, fmt.Errorf("article is %d bytes as JSON, over the server's message limit of %d", len(data), q.nc.MaxPayload())
		}
		return false, err
	}
	return ack.Duplicate, nil
}

// Status is what `annalist queue` prints.
type Status struct {
	Depth       uint64 `json:"depth"`         // messages on the stream: waiting and in flight
	Waiting     uint64 `json:"waiting"`       // not yet delivered to a worker
	InFlight    int    `json:"in_flight"`     // delivered, not yet acknowledged
	Redelivered int    `json:"redelivered"`   // in flight after an earlier delivery failed
	Dead        uint64 `json:"dead_lettered"` // on the dead-letter stream
	Workers     int    `json:"pulling"`       // pull requests waiting: idle workers
}

// Status reads the streams' and the consumer's counts.
func (q *Queue) Status(ctx context.Context) (*Status, error) {
	var st Status
	s, err := q.js.Stream(ctx, Stream)
	if err != nil {
		return nil, fmt.Errorf("queue %s: %w", q.name, err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("queue %s: %w", q.name, err)
	}
	st.Depth = info.State.Msgs
	st.Waiting = st.Depth
	if c, err := s.Consumer(ctx, Consumer); err == nil {
		ci, err := c.Info(ctx)
		if err != nil {
			return nil, fmt.Errorf("queue %s: consumer %s: %w", q.name, Consumer, err)
		}
		st.Waiting, st.InFlight, st.Redelivered, st.Workers = ci.NumPending, ci.NumAckPending, ci.NumRedelivered, ci.NumWaiting
	} else if !errors.Is(err, jetstream.ErrConsumerNotFound) {
		return nil, fmt.Errorf("queue %s: consumer %s: %w", q.name, Consumer, err)
	}
	d, err := q.js.Stream(ctx, DeadStream)
	if err != nil {
		return nil, fmt.Errorf("queue %s: %w", q.name, err)
	}
	dinfo, err := d.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("queue %s: %w", q.name, err)
	}
	st.Dead = dinfo.State.Msgs
	return &st, nil
}

// DeadLetter is one message on the dead-letter stream.
type DeadLetter struct {
	Seq        uint64 `json:"seq"` // on the dead-letter stream
	ID         string `json:"id,omitempty"`
	Error      string `json:"error"`
	Deliveries int    `json:"deliveries"`
	Data       []byte `json:"-"` // the message as published
}

// DeadLetters reads the dead letters in order, without taking them off.
func (q *Queue) DeadLetters(ctx context.Context, fn func(DeadLetter) error) error {
	s, err := q.js.Stream(ctx, DeadStream)
	if err != nil {
		return fmt.Errorf("queue %s: %w", q.name, err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		return fmt.Errorf("queue %s: %w", q.name, err)
	}
	for seq := info.State.FirstSeq; info.State.Msgs > 0 && seq <= info.State.LastSeq; seq++ {
		m, err := s.GetMsg(ctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue
		}
		if err != nil {
			return fmt.Errorf("queue %s: dead letter %d: %w", q.name, seq, err)
		}
		d := DeadLetter{Seq: seq, Error: m.Header.Get(HeaderError), Data: m.Data}
		d.Deliveries, _ = strconv.Atoi(m.Header.Get(HeaderDeliveries))
		var msg message
		if json.Unmarshal(m.Data, &msg) == nil {
			d.ID = msg.ID
		}
		if err := fn(d); err != nil {
			return err
		}
	}
	return nil
}
