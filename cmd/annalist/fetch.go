package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/fetch"
	"github.com/annalist/annalist/fetch/crawl"
	"github.com/annalist/annalist/store/engine"
)

// webFlags are the HTTP flags shared by fetch and watch.
type webFlags struct {
	opt fetch.Options
}

func (f *webFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&f.opt.Contact, "contact", fetch.DefaultContact, "a URL or mailto: where site owners can reach you; sent in the User-Agent")
	fs.BoolVar(&f.opt.AllowPrivate, "allow-private", false, "allow loopback, link-local and private addresses (an intranet, a test server)")
	fs.DurationVar(&f.opt.Timeout, "timeout", fetch.DefaultTimeout, "the longest one request may take, body included")
	fs.Int64Var(&f.opt.MaxBytes, "max-bytes", fetch.DefaultMaxBytes, "the largest response body read")
	fs.DurationVar(&f.opt.HostInterval, "host-interval", fetch.DefaultHostInterval, "the least time between two requests to one host (robots.txt Crawl-delay can ask for more)")
	fs.IntVar(&f.opt.Retries, "retries", fetch.DefaultRetries, "repeats after a 429, a 5xx or a failed connection, with backoff (Retry-After honoured)")
}

// crawler builds a Crawler that logs to stderr.
func (f *webFlags) crawler(cmd *cobra.Command) *crawl.Crawler {
	stderr := cmd.ErrOrStderr()
	logf := func(format string, args ...any) { fmt.Fprintf(stderr, "annalist: "+format+"\n", args...) }
	opt := f.opt
	opt.Logf = logf
	if opt.Retries == 0 {
		opt.Retries = -1 // --retries 0 means none; the Options' zero value means the default
	}
	return &crawl.Crawler{Client: fetch.New(opt), Pipeline: extract.Default(), Logf: logf}
}

// signalContext is cancelled by Ctrl-C or SIGTERM, so a run stops between
// articles with the store consistent.
func signalContext(cmd *cobra.Command) (context.Context, context.CancelFunc) {
	return signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
}

func init() {
	var f webFlags
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "fetch [flags] URL...",
		Short: "Fetch web pages and feeds, extract their articles and store them",
		Long: `Fetch reads each URL over HTTP(S). A page's article (main text, title,
byline, publication date, canonical URL) is extracted, analysed and kept in the
store (--db); a feed (RSS, Atom, JSON Feed) is followed: each item's page is
fetched, or the item's own text when the page cannot be had. With --json the
records go to standard output instead, and nothing is stored.

Each article is stored once. The store remembers what was fetched, so fetching
a URL again sends a conditional request (ETag, Last-Modified) and a page that
has not changed costs nothing; a page that changed is stored as a new version
("version": 2, with its "fetched" time) beside the old one.

Fetching is safe and polite: only http and https; no loopback, link-local or
private addresses unless --allow-private (checked on the address dialled, so a
name pointing inside the network is refused too); bodies capped (--max-bytes); a
timeout on every request; at most 5 redirects, never to another scheme;
robots.txt obeyed (as "Annalist"); one request per host per --host-interval;
429 and 5xx answers retried with backoff, honouring Retry-After. The User-Agent
names Annalist and --contact.

Articles in a language the models do not cover are stored with
"analysed": false, and standard error says so.`,
		Example: `  # one article into ./annalist.db
  annalist fetch --contact mailto:me@example.org https://news.example.org/2024/03/01/floods

  # a feed's articles as JSON Lines, nothing stored
  annalist fetch --json https://news.example.org/rss.xml > records.jsonl

  # a server on your own network
  annalist fetch --allow-private http://intranet.local/bulletin.html`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signalContext(cmd)
			defer stop()
			c := f.crawler(cmd)
			if asJSON {
				out := bufio.NewWriter(cmd.OutOrStdout())
				defer out.Flush()
				enc := json.NewEncoder(out)
				enc.SetEscapeHTML(false)
				c.Emit = func(r *annalist.Record) error { return enc.Encode(r) }
			} else {
				st, err := engine.Open(ctx, dbPath)
				if err != nil {
					return err
				}
				defer st.Close()
				c.Store = st
				if state, ok := st.(crawl.State); ok {
					c.State = state
				} else {
					fmt.Fprintf(cmd.ErrOrStderr(), "annalist: %s keeps no fetch state: pages are fetched in full every time\n", engine.Name(dbPath))
				}
			}
			var total crawl.Tally
			start := time.Now()
			for _, u := range args {
				t, err := c.URL(ctx, u)
				total.Add(t)
				if err != nil {
					if ctx.Err() != nil {
						return ctx.Err()
					}
					fmt.Fprintf(cmd.ErrOrStderr(), "annalist: skipped: %v\n", err)
				}
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "annalist: %s in %.1fs\n", total, time.Since(start).Seconds())
			if total.Stored+total.Duplicates+total.NotModified == 0 {
				return errNothingFetched
			}
			return nil
		},
	}
	f.register(cmd.Flags())
	cmd.Flags().BoolVar(&asJSON, "json", false, "write the records to standard output (JSON Lines) instead of storing them")
	storeFlag(cmd)
	root.AddCommand(cmd)
}

var errNothingFetched = errors.New("no article could be fetched")
