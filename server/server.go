// Package server is annalist serve: a JSON API over a store (search with
// facets, records, entity pages, timelines, map data as GeoJSON, the event
// table as CSV or Parquet, the digest, ingest by POST with a token) and the
// web UI, embedded in the binary, that reads it. It needs no network: the
// map's basemap and scripts are embedded too.
//
// Speed on 100,000 articles (BenchmarkAPI, with the machine's load average
// at ~29 on its 2 cores): search p95 323 ms, timeline p95 395 ms, map p95
// 458 ms; a warm single timeline takes ~21 ms and a map ~100 ms. Timelines,
// maps and facets add up an in-memory index (query.DB), read at start.
package server

import (
	"context"
	"crypto/subtle"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"strings"
	"time"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/export"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/ingest"
	"github.com/annalist/annalist/query"
	"github.com/annalist/annalist/store"
	"github.com/annalist/annalist/store/sqlite"
)

// Options configure a Server; zero values take the defaults below.
type Options struct {
	// Token, when set, lets POST /api/ingest write with
	// "Authorization: Bearer TOKEN"; without it the server is read-only.
	Token string
	// MaxBody caps a request body, in bytes (DefaultMaxBody).
	MaxBody int64
	// Timeout caps the time one API query may take (DefaultTimeout);
	// downloads get ExportTimeout.
	Timeout time.Duration
	// CountryName names a country by its ISO code in the event table.
	CountryName func(string) string
	// Pipeline analyses posted articles (extract.Default() when nil).
	Pipeline *extract.Pipeline
	// Log hears errors that are the server's fault; nil for the standard logger.
	Log *log.Logger
}

// Defaults of Options and other limits.
const (
	DefaultMaxBody     = 8 << 20
	DefaultTimeout     = 5 * time.Second
	ExportTimeout      = 60 * time.Second
	MaxIngestArticles  = 1000   // articles in one POST
	MaxExportArticles  = 100000 // articles in one event table download
	defaultSearchLimit = 20
)

// Server answers HTTP requests over one store.
type Server struct {
	st  *sqlite.DB
	q   *query.DB
	opt Options
	mux *http.ServeMux
}

// New returns a server over st.
func New(st *sqlite.DB, opt Options) *Server {
	if opt.MaxBody <= 0 {
		opt.MaxBody = DefaultMaxBody
	}
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	if opt.Log == nil {
		opt.Log = log.Default()
	}
	s := &Server{st: st, q: query.New(st), opt: opt, mux: http.NewServeMux()}
	s.routes()
	return s
}

// Warm reads what timelines and maps add up into memory, so that the first
// of them does not wait for it.
func (s *Server) Warm(ctx context.Context) error { return s.q.Warm(ctx) }

func (s *Server) routes() {
	m := s.mux
	m.HandleFunc("GET /healthz", s.healthz)
	m.HandleFunc("GET /api/openapi.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(openapi)
	})
	m.HandleFunc("GET /api/search", s.api(s.search))
	m.HandleFunc("GET /api/records/{id}", s.api(s.record))
	m.HandleFunc("GET /api/entities/{name}", s.api(s.entity))
	m.HandleFunc("GET /api/timeline", s.api(s.timeline))
	m.HandleFunc("GET /api/map", s.api(s.mapData))
	m.HandleFunc("GET /api/stats", s.api(s.stats))
	m.HandleFunc("GET /api/events.csv", s.events("events-csv"))
	m.HandleFunc("GET /api/events.parquet", s.events("parquet"))
	m.HandleFunc("GET /api/events.geojson", s.events("geojson"))
	m.HandleFunc("GET /api/digest", s.digest(""))
	m.HandleFunc("GET /digest", s.digest("html"))
	m.HandleFunc("GET /digest.rss", s.digest("rss"))
	m.HandleFunc("POST /api/ingest", s.ingest)
	m.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodPost {
			writeError(w, http.StatusMethodNotAllowed, "method %s not allowed on %s", r.Method, r.URL.Path)
			return
		}
		writeError(w, http.StatusNotFound, "no such endpoint %s (see /api/openapi.json)", r.URL.Path)
	})
	ui := uiHandler()
	m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			writeError(w, http.StatusMethodNotAllowed, "method %s not allowed on %s", r.Method, r.URL.Path)
			return
		}
		ui.ServeHTTP(w, r)
	})
}

// ServeHTTP answers one request; every answer says it is not to be framed
// or sniffed.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	s.mux.ServeHTTP(w, r)
}

// apiError is an error with the HTTP status it answers with.
type apiError struct {
	status int
	msg    string
}

func (e *apiError) Error() string { return e.msg }

func badRequest(err error) error { return &apiError{http.StatusBadRequest, err.Error()} }

// api wraps a JSON handler: a time limit on its queries, its result (or
// error) written as JSON.
func (s *Server) api(h func(ctx context.Context, r *http.Request) (any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.opt.Timeout)
		defer cancel()
		v, err := h(ctx, r)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, v)
	}
}

// fail answers with err as a JSON error: its own status for an apiError,
// 503 for a query that ran out of time, 500 (logged) otherwise.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var ae *apiError
	switch {
	case errors.As(err, &ae):
		writeError(w, ae.status, "%s", ae.msg)
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, "%s", err)
	case errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), "interrupted"):
		writeError(w, http.StatusServiceUnavailable, "the query took longer than %s: narrow it", s.opt.Timeout)
	default:
		s.opt.Log.Printf("%s %s: %v", r.Method, r.URL, err)
		writeError(w, http.StatusInternalServerError, "internal error: %s", err)
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

func writeError(w http.ResponseWriter, status int, format string, args ...any) {
	writeJSON(w, status, map[string]string{"error": fmt.Sprintf(format, args...)})
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), s.opt.Timeout)
	defer cancel()
	var n int
	if err := s.st.SQL().QueryRowContext(ctx, "SELECT count(*) FROM articles").Scan(&n); err != nil {
		writeError(w, http.StatusServiceUnavailable, "store: %s", err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "articles": n, "writable": s.opt.Token != ""})
}

func (s *Server) filter(r *http.Request) (query.Filter, query.Page, error) {
	f, p, err := query.ParseFilter(r.URL.Query(), defaultSearchLimit)
	if err != nil {
		return f, p, badRequest(err)
	}
	return f, p, nil
}

func (s *Server) search(ctx context.Context, r *http.Request) (any, error) {
	f, p, err := s.filter(r)
	if err != nil {
		return nil, err
	}
	return s.q.Search(ctx, f, p, "\x02", "\x03")
}

func (s *Server) record(ctx context.Context, r *http.Request) (any, error) {
	return s.st.Get(ctx, r.PathValue("id"))
}

func (s *Server) entity(ctx context.Context, r *http.Request) (any, error) {
	name := r.PathValue("name")
	pg, err := s.q.Entity(ctx, name)
	if err != nil {
		return nil, err
	}
	if pg == nil {
		return nil, &apiError{http.StatusNotFound, fmt.Sprintf("no stored article names %q", name)}
	}
	return pg, nil
}

func (s *Server) timeline(ctx context.Context, r *http.Request) (any, error) {
	f, _, err := s.filter(r)
	if err != nil {
		return nil, err
	}
	by := r.URL.Query().Get("by")
	if by == "" {
		by = "month"
	}
	tl, err := s.q.Timeline(ctx, f, by)
	if err != nil && tl == nil && !errors.Is(err, context.DeadlineExceeded) {
		if _, e := query.NewTimeline(by); e != nil {
			return nil, badRequest(e)
		}
	}
	return tl, err
}

func (s *Server) mapData(ctx context.Context, r *http.Request) (any, error) {
	f, _, err := s.filter(r)
	if err != nil {
		return nil, err
	}
	return s.q.Map(ctx, f)
}

func (s *Server) stats(ctx context.Context, r *http.Request) (any, error) {
	return s.st.Stats(ctx, store.StatsOptions{Top: 20})
}

// events streams the event table of the filtered articles in format.
func (s *Server) events(format string) http.HandlerFunc {
	ext := map[string]string{"events-csv": "csv", "parquet": "parquet", "geojson": "geojson"}[format]
	ctype := map[string]string{"events-csv": "text/csv; charset=utf-8", "parquet": "application/vnd.apache.parquet",
		"geojson": "application/geo+json"}[format]
	return func(w http.ResponseWriter, r *http.Request) {
		f, p, err := s.filter(r)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), ExportTimeout)
		defer cancel()
		w.Header().Set("Content-Type", ctype)
		w.Header().Set("Content-Disposition", `attachment; filename="events.`+ext+`"`)
		ew, err := export.New(format, w, export.Options{CountryName: s.opt.CountryName})
		if err != nil {
			s.fail(w, r, err)
			return
		}
		limit := MaxExportArticles
		if r.URL.Query().Has("limit") {
			limit = p.Limit
		}
		err = s.q.Records(ctx, f, limit, ew.Write)
		if err == nil {
			err = ew.Close()
		}
		if err != nil {
			// The header is sent: all that is left is to cut the body short.
			s.opt.Log.Printf("%s %s: %v", r.Method, r.URL, err)
			panic(http.ErrAbortHandler)
		}
	}
}

// ArticleResult is what an ingest POST did with one article.
type ArticleResult struct {
	Source  string `json:"source"`          // "body:3": the article's line or record in the body
	ID      string `json:"id,omitempty"`    // the record's id
	Outcome string `json:"outcome"`         // stored, duplicate id, duplicate body, refused
	Error   string `json:"error,omitempty"` // why it was refused
}

// ingest analyses and stores the articles of a JSON Lines body (the
// contract's input) and answers with what it did with each.
func (s *Server) ingest(w http.ResponseWriter, r *http.Request) {
	if s.opt.Token == "" {
		writeError(w, http.StatusForbidden, "this server is read-only: start it with --token or ANNALIST_TOKEN to accept articles")
		return
	}
	auth := r.Header.Get("Authorization")
	token, ok := strings.CutPrefix(auth, "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(token), []byte(s.opt.Token)) != 1 {
		w.Header().Set("WWW-Authenticate", `Bearer realm="annalist"`)
		writeError(w, http.StatusUnauthorized, "a valid token is needed to write: send Authorization: Bearer TOKEN")
		return
	}
	if r.ContentLength > s.opt.MaxBody {
		writeError(w, http.StatusRequestEntityTooLarge, "body of %d bytes is over the limit of %d bytes: send fewer articles per request", r.ContentLength, s.opt.MaxBody)
		return
	}
	body := http.MaxBytesReader(w, r.Body, s.opt.MaxBody)
	// Read the whole body first, so that an oversized one is refused
	// before anything is stored.
	data, err := io.ReadAll(body)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeError(w, http.StatusRequestEntityTooLarge, "body is over the limit of %d bytes: send fewer articles per request", s.opt.MaxBody)
			return
		}
		writeError(w, http.StatusBadRequest, "reading the body: %s", err)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), ExportTimeout)
	defer cancel()
	p := s.opt.Pipeline
	if p == nil {
		p = extract.Default()
	}
	var results []ArticleResult
	var recs []*annalist.Record
	var idx []int // results index of each record
	n := 0
	err = ingest.Read(strings.NewReader(string(data)), "body", ingest.Options{Format: "jsonl"}, func(a *annalist.Article, err error) error {
		n++
		if n > MaxIngestArticles {
			return fmt.Errorf("more than %d articles in one request: send them in several", MaxIngestArticles)
		}
		res := ArticleResult{Source: fmt.Sprintf("body:%d", n)}
		if err != nil {
			var ie *ingest.Error
			if errors.As(err, &ie) {
				res.Source = ie.Source
			}
			res.Outcome, res.Error = "refused", err.Error()
			results = append(results, res)
			return nil
		}
		if a.Source != "" {
			res.Source = a.Source
		}
		rec, err := p.Process(a)
		if err != nil {
			res.Outcome, res.Error = "refused", err.Error()
			results = append(results, res)
			return nil
		}
		res.ID = rec.ID
		recs = append(recs, rec)
		idx = append(idx, len(results))
		results = append(results, res)
		return nil
	})
	if err != nil {
		writeError(w, http.StatusRequestEntityTooLarge, "%s", err)
		return
	}
	if len(results) == 0 {
		writeError(w, http.StatusBadRequest, "the body holds no article: send JSON Lines, one {\"id\",\"text\"|\"html\",\"published\",\"url\",\"title\",\"language\"} a line")
		return
	}
	outs, err := s.st.Put(ctx, recs)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	stored := 0
	for i, o := range outs {
		results[idx[i]].Outcome = o.String()
		if o == store.Stored {
			stored++
		}
	}
	if stored > 0 {
		if err := s.st.Optimize(ctx, stored); err != nil {
			s.opt.Log.Printf("after ingest: %v", err)
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"stored": stored, "articles": results})
}
