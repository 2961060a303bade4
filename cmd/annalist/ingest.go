package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/ingest"
	"github.com/annalist/annalist/load"
	"github.com/annalist/annalist/store"
	"github.com/annalist/annalist/store/engine"
)

// dbPath is the store every store command opens (--db).
var dbPath string

// Seams for the crash test, which slows the pipeline and shrinks batches
// so that it can kill a run in the middle.
var (
	ingestBatchSize = load.DefaultBatchSize
	ingestPipeline  = (*readFlags).pipeline
)

func init() {
	// --db is a flag of the commands that use a store (storeFlag); it is
	// also accepted, unlisted, before any command name, as it always was.
	root.PersistentFlags().StringVar(&dbPath, "db", engine.Default(), dbUsage)
	root.PersistentFlags().MarkHidden("db")

	var f readFlags
	var to string
	cmd := &cobra.Command{
		Use:   "ingest [flags] PATH...",
		Short: "Read, analyse and store articles in the searchable store",
		Long: `Ingest reads articles as extract does (files, folders recursively, "-" for
standard input), analyses them, and keeps the records in the store (--db,
./annalist.db by default), where search, show, stats, export, digest and serve
find them.

` + inputFormats + `

Storing is idempotent: an article whose id is stored is skipped before it is
analysed, and a body identical to a stored one is kept once. Records are
written in batches, one transaction each, so an ingest that is interrupted or
killed leaves a consistent store, and running it again finishes the job.

A progress bar shows on a terminal. Articles that cannot be read or analysed
are named on standard error with their file and line; the closing summary gives
the articles read, stored, duplicate and failed. The exit status is non-zero
only when nothing could be read.

With --to nats://HOST:4222, ingest analyses nothing: it publishes each article
read (as the contract's JSON input) to a NATS JetStream work queue, for
"annalist worker" processes on any machine to analyse and store.`,
		Example: `  # the example article of the repository, then a folder of articles, into ./annalist.db
  annalist ingest examples/
  annalist ingest ./articles/

  # JSON Lines from another program, into a named store
  producer | annalist ingest --db news.db --input jsonl -

  # plain text without dates, kept as given
  annalist ingest --date 2024-03-01 --no-clean notes/*.txt

  # into a shared PostgreSQL
  annalist ingest --db postgres://annalist@db.example/annalist ./articles/

  # onto the work queue, for workers elsewhere
  annalist ingest --to nats://queue.example:4222 ./articles/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt)
			defer stop()
			if to != "" {
				return runPublish(ctx, cmd, args, f, to)
			}
			return runIngest(ctx, cmd, args, f)
		},
	}
	f.register(cmd.Flags())
	storeFlag(cmd)
	cmd.Flags().StringVar(&to, "to", "", "publish the articles to this NATS JetStream server (nats://HOST:4222) for workers, instead of analysing them")
	root.AddCommand(cmd)
}

func runIngest(ctx context.Context, cmd *cobra.Command, args []string, f readFlags) error {
	st, err := engine.Open(ctx, dbPath)
	if err != nil {
		return err
	}
	defer st.Close()

	stderr := cmd.ErrOrStderr()
	bar := newProgress(stderr, "ingesting")
	start := time.Now()
	t, err := load.Run(ctx, st, ingestPipeline(&f), func(submit func(*annalist.Article, error) error) error {
		return ingest.Walk(args, f.opt, submit)
	}, load.Options{
		Workers:   f.workers,
		BatchSize: ingestBatchSize,
		OnError: func(err error) {
			if bar != nil {
				bar.Clear()
			}
			fmt.Fprintln(stderr, "annalist: skipped:", err)
		},
		OnRecord: func(a *annalist.Article, r *annalist.Record) {
			if msg := extract.NotAnalysed(r, "stored"); msg != "" {
				if bar != nil {
					bar.Clear()
				}
				fmt.Fprintf(stderr, "annalist: %s: %s\n", a.Source, msg)
			}
		},
		OnProgress: func(t load.Tally) {
			if bar != nil {
				bar.Set(t.Read)
			}
		},
	})
	if bar != nil {
		bar.Finish()
	}
	elapsed := time.Since(start)
	fmt.Fprintf(cmd.OutOrStdout(), "read %d articles (%.1f MB) in %.1fs: stored %d, duplicates %d (%d already stored, %d same body), failed %d; store %s\n",
		t.Read, float64(t.Bytes)/1e6, elapsed.Seconds(), t.Stored, t.Duplicates(), t.Known, t.SameBody, t.Failed, engine.Name(dbPath))
	if err != nil {
		return err
	}
	if t.Read == 0 {
		return errNothingRead
	}
	return nil
}

const dbUsage = "the store: an SQLite file, created when missing, or a postgres://USER@HOST/DB URL (default from $" + engine.EnvVar + ")"

// storeFlag gives a command that uses the store its --db flag.
func storeFlag(cmd *cobra.Command) {
	cmd.Flags().StringVar(&dbPath, "db", engine.Default(), dbUsage)
}

// openExisting opens the store of --db for reading commands, which should
// not create an empty one by mistake.
func openExisting(ctx context.Context) (store.Store, error) {
	return engine.OpenExisting(ctx, dbPath)
}

// newProgress returns a spinner counting articles on w, or nil when w is
// not a terminal (a log file or a pipe gets no progress noise).
func newProgress(w io.Writer, what string) *progressbar.ProgressBar {
	if !isTerminal(w) {
		return nil
	}
	return progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionClearOnFinish(),
	)
}

// isTerminal reports whether w is a terminal, for colours and progress.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
