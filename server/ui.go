package server

import (
	"embed"
	"io/fs"
	"net/http"
)

// The web UI: plain HTML, CSS and JavaScript, with Leaflet and a Natural
// Earth basemap (world-atlas) from npm copied in by ui/build.sh. The files
// are committed, so that go build alone makes a complete binary.
//
//go:embed ui/static
var uiFiles embed.FS

//go:embed openapi.json
var openapi []byte

func uiHandler() http.Handler {
	sub, err := fs.Sub(uiFiles, "ui/static")
	if err != nil {
		panic(err)
	}
	files := http.FileServer(http.FS(sub))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// The assets change only with the binary; the page itself is
		// small and always fetched anew.
		if r.URL.Path != "/" && r.URL.Path != "/index.html" {
			w.Header().Set("Cache-Control", "public, max-age=3600")
		} else {
			w.Header().Set("Cache-Control", "no-cache")
		}
		w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'")
		files.ServeHTTP(w, r)
	})
}
