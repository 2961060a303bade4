package server

import (
	"bytes"
	"context"
	"net/http"

	"github.com/annalist/annalist/digest"
)

// digest answers the period's digest: JSON at /api/digest (or the format
// parameter's md, html or rss), a page at /digest, a feed at /digest.rss.
// The filter's parameters narrow it; since (default 7d) and until
// (default today) set the period.
func (s *Server) digest(format string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		v := r.URL.Query()
		f, _, err := s.filter(r)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		fm := format
		if fm == "" {
			fm = v.Get("format")
		}
		ctx, cancel := context.WithTimeout(r.Context(), ExportTimeout)
		defer cancel()
		d, err := digest.Build(ctx, s.q, digest.Options{Since: v.Get("since"), Until: v.Get("until"), Filter: f,
			Link: func(id string) string { return "http://" + r.Host + "/#/article/" + id }})
		if err != nil {
			if ctx.Err() == nil {
				err = badRequest(err)
			}
			s.fail(w, r, err)
			return
		}
		if fm == "" || fm == "json" {
			writeJSON(w, http.StatusOK, d)
			return
		}
		var b bytes.Buffer
		base := "http://" + r.Host + "/digest"
		if err := digest.Write(&b, d, fm, base); err != nil {
			s.fail(w, r, badRequest(err))
			return
		}
		w.Header().Set("Content-Type", map[string]string{"md": "text/markdown; charset=utf-8",
			"html": "text/html; charset=utf-8", "rss": "application/rss+xml; charset=utf-8"}[fm])
		w.Write(b.Bytes())
	}
}
