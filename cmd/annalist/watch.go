package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/annalist/annalist/fetch/crawl"
	"github.com/annalist/annalist/store/engine"
)

func init() {
	var f webFlags
	var feedsFile string
	var interval time.Duration
	var once bool
	cmd := &cobra.Command{
		Use:   "watch [flags] FEED_URL...",
		Short: "Poll feeds and store their new articles, now and every --interval",
		Long: `Watch polls RSS, Atom and JSON feeds (given as arguments, or one URL a line in
--feeds FILE; blank lines and # comments are skipped) every --interval, and
fetches, analyses and stores the pages of items it has not seen. Each poll is a
conditional request (ETag, Last-Modified): a feed that has not changed costs
one short answer. An item whose date stamp changed is fetched again; if its
page's text changed, the new text is stored as a new version with its fetch
time, beside the old one.

What has been fetched is kept in the store (--db), so a watch that is stopped
or killed and started again fetches nothing it already has. One summary line
per poll goes to standard output; skipped items are named on standard error.
--once polls once and exits, for cron.

Fetching is safe and polite as for "annalist fetch": http and https only, no
private addresses unless --allow-private, robots.txt obeyed, one request per
host per --host-interval, backoff on 429 and 5xx honouring Retry-After.`,
		Example: `  # twenty feeds, every 15 minutes, into ./annalist.db
  annalist watch --feeds feeds.txt --contact mailto:desk@example.org

  # from cron, once an hour
  0 * * * * annalist watch --once --db /var/lib/annalist/news.db --feeds /etc/annalist/feeds.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			feeds := append([]string(nil), args...)
			if feedsFile != "" {
				more, err := readFeedList(feedsFile)
				if err != nil {
					return err
				}
				feeds = append(feeds, more...)
			}
			if len(feeds) == 0 {
				return errors.New("no feed to watch: give FEED_URL arguments or --feeds FILE")
			}
			if interval <= 0 && !once {
				return fmt.Errorf("--interval %s: want a positive duration such as 15m", interval)
			}
			ctx, stop := signalContext(cmd)
			defer stop()
			st, err := engine.Open(ctx, dbPath)
			if err != nil {
				return err
			}
			defer st.Close()
			state, ok := st.(crawl.State)
			if !ok {
				return fmt.Errorf("%s: watch keeps what it has fetched in an SQLite store; use --db with a file path", engine.Name(dbPath))
			}
			c := f.crawler(cmd)
			c.Store, c.State = st, state
			out := cmd.OutOrStdout()
			for poll := 1; ; poll++ {
				start := time.Now()
				var t crawl.Tally
				for _, u := range feeds {
					ft, err := c.Feed(ctx, u)
					t.Add(ft)
					if err != nil {
						if ctx.Err() != nil {
							break
						}
						fmt.Fprintf(cmd.ErrOrStderr(), "annalist: feed skipped: %v\n", err)
					}
				}
				fmt.Fprintf(out, "%s poll %d: %s in %.1fs\n", start.UTC().Format(time.RFC3339), poll, t, time.Since(start).Seconds())
				if ctx.Err() != nil {
					return nil // stopped: what was stored is kept
				}
				if once {
					return nil
				}
				select {
				case <-ctx.Done():
					return nil
				case <-time.After(time.Until(start.Add(interval))):
				}
			}
		},
	}
	f.register(cmd.Flags())
	cmd.Flags().StringVar(&feedsFile, "feeds", "", "a file of feed URLs, one a line")
	cmd.Flags().DurationVar(&interval, "interval", 15*time.Minute, "time from the start of one poll to the start of the next")
	cmd.Flags().BoolVar(&once, "once", false, "poll once and exit (for cron)")
	storeFlag(cmd)
	root.AddCommand(cmd)
}

// readFeedList reads one URL a line, skipping blank lines and # comments.
func readFeedList(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--feeds: %w", err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !strings.HasPrefix(line, "http://") && !strings.HasPrefix(line, "https://") {
			return nil, fmt.Errorf("%s:%d: %q is not an http or https URL", path, n, line)
		}
		out = append(out, line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}
