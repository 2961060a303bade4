package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/annalist/annalist/server"
	"github.com/annalist/annalist/store/engine"
	"github.com/annalist/annalist/store/sqlite"
)

func init() {
	var (
		addr    string
		token   string
		maxBody int64
		timeout time.Duration
	)
	cmd := &cobra.Command{
		Use:   "serve [flags]",
		Short: "Serve the store: a JSON API and a web UI with search, map, timeline, event table and digest",
		Long: `Serve answers HTTP on --addr (127.0.0.1:8080) over the store of --db, with a
web UI embedded in the binary (no internet needed: the map's basemap is
Natural Earth, built in) and a JSON API described at /api/openapi.json:

  /                     the UI: search with facets, articles with their
                        annotations marked, entity pages, map, timeline, events
  /api/search           search with filters (q, entity, type, acled, acled_sub,
                        country, theme, region, from, to) and facet counts;
                        acled and acled_sub are the ACLED event and sub-event
                        types the extractor gave the events (events[].acled)
  /api/records/ID       a record             /api/entities/NAME  an entity page
  /api/timeline         events by period     /api/map            GeoJSON
  /api/events.csv       the event table (also .parquet, .geojson), same filters
  /digest, /digest.rss  the week's digest as a page and a feed (/api/digest: JSON)
  /healthz              liveness

The server is read-only unless a token is set (--token, or ANNALIST_TOKEN in
the environment): then POST /api/ingest with "Authorization: Bearer TOKEN"
analyses and stores the articles of a JSON Lines body, and answers per
article. Bodies are capped (--max-body) and so is the time of each query
(--timeout). It stops cleanly on Ctrl-C.`,
		Example: `  annalist ingest examples/ && annalist serve      # then open http://127.0.0.1:8080
  annalist serve --db news.db --addr :9000
  ANNALIST_TOKEN=s3cret annalist serve &
  curl -H "Authorization: Bearer s3cret" --data-binary @articles.jsonl http://127.0.0.1:8080/api/ingest`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if token == "" {
				token = os.Getenv("ANNALIST_TOKEN")
			}
			st, err := openSQLite(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			h := server.New(st, server.Options{Token: token, MaxBody: maxBody, Timeout: timeout, CountryName: countryName})
			t0 := time.Now()
			if err := h.Warm(cmd.Context()); err != nil {
				return err
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "annalist: read the events and places of %s in %.1fs\n", dbPath, time.Since(t0).Seconds())
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("listen on %s: %w", addr, err)
			}
			srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
			mode := "read-only"
			if token != "" {
				mode = "POST /api/ingest with the token"
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "annalist: serving %s on http://%s (%s)\n", dbPath, ln.Addr(), mode)
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			done := make(chan error, 1)
			go func() { done <- srv.Serve(ln) }()
			select {
			case err := <-done:
				return err
			case <-ctx.Done():
			}
			shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if err := srv.Shutdown(shut); err != nil {
				return err
			}
			if err := <-done; !errors.Is(err, http.ErrServerClosed) {
				return err
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on (host:port; \":8080\" for every interface)")
	fl.StringVar(&token, "token", "", "token that allows POST /api/ingest (or ANNALIST_TOKEN); none means read-only")
	fl.Int64Var(&maxBody, "max-body", server.DefaultMaxBody, "largest request body accepted, in bytes")
	fl.DurationVar(&timeout, "timeout", server.DefaultTimeout, "longest time one API query may take")
	storeFlag(cmd)
	root.AddCommand(cmd)
}

// openSQLite opens the store of --db for the commands whose queries are
// written in SQLite's SQL (serve, digest).
func openSQLite(ctx context.Context) (*sqlite.DB, error) {
	st, err := openExisting(ctx)
	if err != nil {
		return nil, err
	}
	db, ok := st.(*sqlite.DB)
	if !ok {
		st.Close()
		return nil, fmt.Errorf("store %s: serve and digest work on an SQLite store for now, not on PostgreSQL", engine.Name(dbPath))
	}
	return db, nil
}
