package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/ingest"
	"github.com/annalist/annalist/load"
	"github.com/annalist/annalist/queue"
	"github.com/annalist/annalist/store/engine"
	"github.com/annalist/annalist/story"
)

func init() {
	var (
		from    string
		opt     queue.WorkOptions
		workers int
	)
	cmd := &cobra.Command{
		Use:   "worker --from nats://HOST:4222 [--db postgres://...]",
		Short: "Analyse articles from a NATS JetStream work queue into the store",
		Long: `Worker pulls the articles that "annalist ingest --to" published to a NATS
JetStream work queue, in batches, analyses them and stores the records in the
store of --db (a shared PostgreSQL when workers run on several machines). Run
any number, on any machine: they share the queue.

A message is acknowledged only after the transaction holding its record has
committed. A worker that dies leaves its messages to be delivered again to
another, and the store's id rule keeps each article stored once. While the
store is unreachable (restarting, say) the batch is held and retried; a record
the store refuses while it answers is dead-lettered after three tries. An
article that cannot be read or analysed, or that was delivered more than
--max-deliver times without being stored, goes to the dead-letter stream with
its error ("annalist queue --dead" lists them). --max-ack-pending bounds the
messages all workers together hold unacknowledged: the queue's back-pressure.

The worker runs until interrupted (or, with --drain, until the queue is
empty); it prints a line per batch when --verbose, and a summary at the end.`,
		Example: `  # on each machine
  annalist worker --from nats://queue.example:4222 --db postgres://annalist@db.example/annalist

  # empty the queue into a local file and stop
  annalist worker --from nats://localhost:4222 --db news.db --drain`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			if from == "" {
				return fmt.Errorf("--from nats://HOST:4222 is required")
			}
			q, err := queue.Open(ctx, from)
			if err != nil {
				return err
			}
			defer q.Close()
			st, err := engine.Open(ctx, dbPath)
			if err != nil {
				return err
			}
			defer st.Close()
			stderr := cmd.ErrOrStderr()
			opt.Stories = story.NewIndex(story.Options{})
			if err := story.Rebuild(ctx, st, opt.Stories.(*story.Index)); err != nil {
				return fmt.Errorf("reading the stored stories: %w", err)
			}
			verbose, _ := cmd.Flags().GetBool("verbose")
			opt.Workers = workers
			opt.Pipeline = func(noClean bool) *extract.Pipeline {
				f := readFlags{noClean: noClean}
				return workerPipeline(&f)
			}
			opt.OnError = func(err error) { fmt.Fprintln(stderr, "annalist worker:", err) }
			if verbose {
				opt.OnBatch = func(t load.Tally) {
					fmt.Fprintf(stderr, "annalist worker: %d read, %d stored, %d duplicates, %d failed\n", t.Read, t.Stored, t.Duplicates(), t.Failed)
				}
			}
			start := time.Now()
			t, err := q.Work(ctx, st, opt)
			fmt.Fprintf(cmd.OutOrStdout(), "worker: read %d articles in %.1fs: stored %d, duplicates %d (%d already stored, %d same body), dead-lettered %d; store %s\n",
				t.Read, time.Since(start).Seconds(), t.Stored, t.Duplicates(), t.Known, t.SameBody, t.Failed, engine.Name(dbPath))
			if err == context.Canceled {
				return nil
			}
			return err
		},
	}
	fs := cmd.Flags()
	fs.StringVar(&from, "from", "", "the NATS server with JetStream (nats://HOST:4222)")
	fs.IntVar(&opt.Batch, "batch", queue.DefaultBatch, "messages pulled at once and stored in one transaction")
	fs.IntVar(&opt.MaxDeliver, "max-deliver", queue.DefaultMaxDeliver, "deliveries of a message before it is dead-lettered")
	fs.IntVar(&opt.MaxAckPending, "max-ack-pending", queue.DefaultMaxAckPending, "messages all workers together may hold unacknowledged")
	fs.DurationVar(&opt.AckWait, "ack-wait", queue.DefaultAckWait, "how long a message taken by a silent worker waits before it is delivered again")
	fs.BoolVar(&opt.StopWhenEmpty, "drain", false, "stop once the queue is empty")
	fs.DurationVar(&opt.Idle, "idle", queue.DefaultIdle, "how long a pull waits on an empty queue (with --drain: before stopping)")
	fs.IntVar(&workers, "workers", runtime.GOMAXPROCS(0), "articles analysed in parallel")
	fs.BoolP("verbose", "v", false, "a line per batch on standard error")
	storeFlag(cmd)
	root.AddCommand(cmd)
}

// workerPipeline is the worker's pipeline; a seam, as ingestPipeline is.
var workerPipeline = (*readFlags).pipeline

// runPublish is ingest --to: it reads the articles and publishes them.
func runPublish(ctx context.Context, cmd *cobra.Command, args []string, f readFlags, to string) error {
	q, err := queue.Open(ctx, to)
	if err != nil {
		return err
	}
	defer q.Close()
	stderr := cmd.ErrOrStderr()
	bar := newProgress(stderr, "publishing")
	start := time.Now()
	var published, dups, failed int
	err = ingest.Walk(args, f.opt, func(a *annalist.Article, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if err == nil {
			var dup bool
			if dup, err = q.Publish(ctx, a, f.noClean); err == nil {
				published++
				if dup {
					dups++
				}
			} else {
				err = fmt.Errorf("%s: publish: %w", a.Source, err)
			}
		}
		if err != nil {
			failed++
			if bar != nil {
				bar.Clear()
			}
			fmt.Fprintln(stderr, "annalist: skipped:", err)
		}
		if bar != nil {
			bar.Set(published)
		}
		return nil
	})
	if bar != nil {
		bar.Finish()
	}
	fmt.Fprintf(cmd.OutOrStdout(), "published %d articles in %.1fs (%d already queued in the last 2 minutes), failed %d; queue %s\n",
		published, time.Since(start).Seconds(), dups, failed, q.Name())
	if err != nil {
		return err
	}
	if published == 0 {
		return errNothingRead
	}
	return nil
}
