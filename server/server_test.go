package server

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/export"
	"github.com/annalist/annalist/store/sqlite"
)

// record is a small record as the pipeline writes it, made by hand.
func record() *annalist.Record {
	text := "Police in Almaty killed 12 protesters on 5 January 2022, the mayor Ann Lee said: “we mourn them all today”."
	at := func(s string) (int, int) { i := strings.Index(text, s); return i, i + len(s) }
	as, ae := at("Almaty")
	ks, ke := at("killed 12 protesters")
	ls, le := at("Ann Lee")
	qs, qe := at("we mourn them all today")
	return &annalist.Record{
		ID: "r1", URL: "https://www.example.org/news/1", Title: "Deaths in Almaty", Published: "2022-01-06", Text: text,
		Entities: []annalist.Entity{
			{ID: "e1", Type: annalist.Location, Name: "Almaty", Mentions: []annalist.Span{{Start: as, End: ae}},
				Geo: &annalist.Geo{Kind: annalist.GeoCity, Country: "KZ", Lat: 43.25, Lon: 76.92}},
			{ID: "e2", Type: annalist.Person, Name: "Ann Lee", Role: "mayor", Mentions: []annalist.Span{{Start: ls, End: le}}},
		},
		Counts: []annalist.Count{{Start: ks, End: ke, Text: "killed 12 protesters", Kind: "killed", Number: 12}},
		Quotes: []annalist.Quote{{Start: qs, End: qe, Text: "we mourn them all today", Speaker: "Ann Lee", SpeakerEntity: "e2", Cue: "said"}},
		Events: []annalist.Event{{Type: "ASSAULT", Mode: "kill", Trigger: annalist.Span{Start: ks, End: ks + 6},
			Actor: &annalist.Arg{Text: "Police"}, Target: &annalist.Arg{Text: "protesters"}, Date: "2022-01-05", Fatalities: 12,
			Place:    &annalist.Place{Entity: "e1", Name: "Almaty", Country: "KZ", Lat: 43.25, Lon: 76.92},
			Sentence: annalist.Span{Start: 0, End: len(text)},
			ACLED:    &annalist.ACLED{EventType: "Protests", SubEventType: "Excessive force against protesters"}}},
		Themes: []string{"PROTEST"},
	}
}

// newServer serves a fresh store holding recs.
func newServer(t *testing.T, opt Options, recs ...*annalist.Record) *httptest.Server {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if len(recs) > 0 {
		if _, err := st.Put(ctx, recs); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(New(st, opt))
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, url string) (int, http.Header, []byte) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, b
}

// jsonError checks that body is {"error": "..."} and returns the message.
func jsonError(t *testing.T, body []byte) string {
	t.Helper()
	var e struct{ Error string }
	if err := json.Unmarshal(body, &e); err != nil || e.Error == "" {
		t.Fatalf("want a JSON error, got %q", body)
	}
	return e.Error
}

func TestMissingIsJSON404(t *testing.T) {
	srv := newServer(t, Options{}, record())
	for _, path := range []string{"/api/records/nope", "/api/entities/Nobody%20Here", "/api/no-such-endpoint"} {
		code, h, body := get(t, srv.URL+path)
		if code != http.StatusNotFound || !strings.HasPrefix(h.Get("Content-Type"), "application/json") {
			t.Errorf("GET %s: %d %s, want 404 JSON", path, code, h.Get("Content-Type"))
		}
		jsonError(t, body)
	}
	code, _, body := get(t, srv.URL+"/api/records/r1")
	var r annalist.Record
	if code != 200 || json.Unmarshal(body, &r) != nil || r.ID != "r1" || len(r.Events) != 1 {
		t.Errorf("GET a stored record: %d %s", code, body)
	}
}

func post(t *testing.T, url, token, body string) (int, []byte) {
	t.Helper()
	req, _ := http.NewRequest("POST", url, strings.NewReader(body))
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

func TestIngestNeedsToken(t *testing.T) {
	article := `{"id":"p1","text":"Workers marched in the capital on Monday.","published":"2024-03-04"}` + "\n"
	// Without a token configured, the server is read-only.
	ro := newServer(t, Options{})
	if code, body := post(t, ro.URL+"/api/ingest", "anything", article); code != http.StatusForbidden {
		t.Errorf("read-only server: %d %s, want 403", code, body)
	}
	srv := newServer(t, Options{Token: "s3cret", MaxBody: 4096})
	for _, tok := range []string{"", "wrong", "s3cre", "s3cret2"} {
		code, body := post(t, srv.URL+"/api/ingest", tok, article)
		if code != http.StatusUnauthorized {
			t.Errorf("token %q: %d, want 401", tok, code)
		}
		jsonError(t, body)
	}
	if code, _, _ := get(t, srv.URL+"/api/records/p1"); code != http.StatusNotFound {
		t.Errorf("a refused POST stored its article")
	}
	// Oversized, with and without a declared length.
	big := strings.Repeat(article, 200)
	code, body := post(t, srv.URL+"/api/ingest", "s3cret", big)
	if code != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized body: %d %s, want 413", code, body)
	}
	jsonError(t, body)
	req, _ := http.NewRequest("POST", srv.URL+"/api/ingest", io.MultiReader(strings.NewReader(big)))
	req.ContentLength = -1
	req.Header.Set("Authorization", "Bearer s3cret")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized chunked body: %d, want 413", resp.StatusCode)
	}
}

func TestIngestAnswersPerArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the pipeline")
	}
	srv := newServer(t, Options{Token: "s3cret"})
	body := `{"id":"p1","text":"Workers marched in Lagos on Monday.","published":"2024-03-04"}
{"id":"p1","text":"Workers marched in Lagos on Monday.","published":"2024-03-04"}
{"id":"p2","text":"Workers marched in Lagos on Monday.","published":"2024-03-04"}
{"id": broken
`
	code, out := post(t, srv.URL+"/api/ingest", "s3cret", body)
	if code != 200 {
		t.Fatalf("%d %s", code, out)
	}
	var res struct {
		Stored   int
		Articles []ArticleResult
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range res.Articles {
		got = append(got, a.Outcome)
	}
	want := []string{"stored", "duplicate id", "duplicate body", "refused"}
	if strings.Join(got, ",") != strings.Join(want, ",") || res.Stored != 1 {
		t.Errorf("outcomes %v (stored %d), want %v", got, res.Stored, want)
	}
	if !strings.Contains(res.Articles[3].Error, "body:4") {
		t.Errorf("the refused article's error does not name its line: %q", res.Articles[3].Error)
	}
	if code, _, _ := get(t, srv.URL+"/api/records/p1"); code != 200 {
		t.Errorf("the stored article is not served: %d", code)
	}
}

func TestSearchFiltersAndFacets(t *testing.T) {
	other := record()
	other.ID, other.Text, other.Title, other.Published = "r2", "Talks were held in Paris about trade.", "Talks", "2023-05-01"
	other.Entities, other.Counts, other.Quotes, other.Themes = nil, nil, nil, nil
	other.Events = []annalist.Event{{Type: "CONSULT", Sentence: annalist.Span{Start: 0, End: 10}}}
	srv := newServer(t, Options{}, record(), other)
	type results struct {
		Total  int
		Hits   []struct{ ID, Snippet string }
		Facets struct {
			Types, ACLED, Countries []struct {
				Value string
				Count int
			}
		}
	}
	search := func(q string) results {
		code, _, body := get(t, srv.URL+"/api/search?"+q)
		if code != 200 {
			t.Fatalf("search %s: %d %s", q, code, body)
		}
		var r results
		if err := json.Unmarshal(body, &r); err != nil {
			t.Fatal(err)
		}
		return r
	}
	for q, want := range map[string]string{
		"q=Almaty":       "r1",
		"q=talks":        "r2",
		"type=CONSULT":   "r2",
		"acled=Protests": "r1",
		"acled_sub=Excessive+force+against+protesters": "r1",
		"country=kz":     "r1",
		"entity=Ann+Lee": "r1",
		"theme=PROTEST":  "r1",
		"region=Almaty":  "r1",
		"from=2023":      "r2",
		"to=2022-12":     "r1",
	} {
		r := search(q)
		if r.Total != 1 || len(r.Hits) != 1 || r.Hits[0].ID != want {
			t.Errorf("search %s: %+v, want only %s", q, r, want)
		}
	}
	r := search("")
	if r.Total != 2 || r.Hits[0].ID != "r2" {
		t.Errorf("no filter: want both, newest first: %+v", r)
	}
	// The talks are an event ACLED codes nothing for.
	if len(r.Facets.ACLED) != 1 || r.Facets.ACLED[0].Value != "Protests" || len(r.Facets.Countries) != 1 || r.Facets.Countries[0].Value != "KZ" {
		t.Errorf("facets %+v", r.Facets)
	}
	if r := search("q=almaty"); !strings.Contains(r.Hits[0].Snippet, "\x02Almaty\x03") {
		t.Errorf("snippet does not mark the match: %q", r.Hits[0].Snippet)
	}
	for _, q := range []string{"limit=0", "limit=x", "from=2022-13", "country=Kazakhstan", "bogus=1", "q=a&q=b", "acled=Wars", "acled_sub=Protests", "offset=99999999"} {
		code, _, body := get(t, srv.URL+"/api/search?"+q)
		if code != http.StatusBadRequest {
			t.Errorf("search %s: %d, want 400", q, code)
		}
		jsonError(t, body)
	}
}

func TestAggregates(t *testing.T) {
	srv := newServer(t, Options{CountryName: func(string) string { return "Kazakhstan" }}, record())
	code, _, body := get(t, srv.URL+"/api/timeline?by=day")
	var tl struct {
		Periods    []string
		Totals     map[string]int
		Fatalities map[string]int
	}
	if code != 200 || json.Unmarshal(body, &tl) != nil || tl.Totals["2022-01-05"] != 1 || tl.Fatalities["2022-01-05"] != 12 {
		t.Errorf("timeline: %d %s", code, body)
	}
	if code, _, body := get(t, srv.URL+"/api/timeline?by=fortnight"); code != 400 {
		t.Errorf("timeline by an unknown period: %d %s", code, body)
	}
	code, h, body := get(t, srv.URL+"/api/map")
	var fc struct {
		Features []struct {
			Geometry   struct{ Coordinates [2]float64 }
			Properties map[string]any
		}
	}
	if code != 200 || json.Unmarshal(body, &fc) != nil || len(fc.Features) != 2 {
		t.Fatalf("map: %d %s %s", code, h.Get("Content-Type"), body)
	}
	if f := fc.Features[0]; f.Geometry.Coordinates != [2]float64{76.92, 43.25} || f.Properties["fatalities"] != 12.0 || f.Properties["article"] != "r1" {
		t.Errorf("map's event point %+v", f)
	}
	code, _, body = get(t, srv.URL+"/api/entities/Ann%20Lee")
	var ent struct {
		Roles  []struct{ Value string }
		Quotes []struct{ Text string }
		With   []struct{ Value string }
	}
	if code != 200 || json.Unmarshal(body, &ent) != nil || len(ent.Quotes) != 1 || ent.Quotes[0].Text != "we mourn them all today" ||
		len(ent.Roles) != 1 || ent.Roles[0].Value != "mayor" || len(ent.With) != 1 {
		t.Errorf("entity page: %d %s", code, body)
	}
	code, h, body = get(t, srv.URL+"/api/events.csv?country=KZ")
	if code != 200 || !strings.HasPrefix(string(body), strings.Join(export.EventColumns, ",")+"\n") || !strings.Contains(string(body), "r1-1,2022-01-05") {
		t.Errorf("events.csv: %d %s", code, body)
	}
	if !strings.Contains(h.Get("Content-Disposition"), "attachment") {
		t.Errorf("events.csv is not a download: %v", h)
	}
	if _, _, body := get(t, srv.URL+"/api/events.csv?country=FR"); strings.Count(string(body), "\n") != 1 {
		t.Errorf("events.csv of no article: want the header alone, got %q", body)
	}
	code, _, body = get(t, srv.URL+"/api/events.parquet")
	if code != 200 {
		t.Fatalf("events.parquet: %d", code)
	}
	rows, err := parquet.Read[export.EventRow](strings.NewReader(string(body)), int64(len(body)))
	if err != nil || len(rows) != 1 || rows[0].Fatalities != 12 {
		t.Errorf("events.parquet: %v %+v", err, rows)
	}
	code, _, body = get(t, srv.URL+"/api/digest?since=1w&until=2022-01-08")
	var d struct {
		Articles int
		Quotes   []struct{ Speaker string }
		Stories  []struct{ Link, Summary string }
	}
	if code != 200 || json.Unmarshal(body, &d) != nil || d.Articles != 1 || len(d.Quotes) != 1 || d.Quotes[0].Speaker != "Ann Lee" ||
		len(d.Stories) != 1 || d.Stories[0].Link != "https://www.example.org/news/1" {
		t.Errorf("digest: %d %s", code, body)
	}
	if code, h, body := get(t, srv.URL+"/digest.rss?since=1w&until=2022-01-08"); code != 200 || !strings.Contains(h.Get("Content-Type"), "rss") || !strings.Contains(string(body), "<rss version=\"2.0\">") {
		t.Errorf("digest.rss: %d %s", code, body)
	}
	if code, _, _ := get(t, srv.URL+"/api/digest?since=forever"); code != 400 {
		t.Errorf("digest with a bad period: %d, want 400", code)
	}
	code, _, body = get(t, srv.URL+"/api/openapi.json")
	var spec struct {
		OpenAPI string
		Paths   map[string]any
	}
	if code != 200 || json.Unmarshal(body, &spec) != nil || spec.Paths["/api/search"] == nil {
		t.Errorf("openapi.json: %d", code)
	}
	code, _, body = get(t, srv.URL+"/healthz")
	if code != 200 || !strings.Contains(string(body), `"articles":1`) {
		t.Errorf("healthz: %d %s", code, body)
	}
}

// TestOpenAPICoversRoutes keeps the description and the routes in step.
func TestOpenAPICoversRoutes(t *testing.T) {
	src, err := os.ReadFile("server.go")
	if err != nil {
		t.Fatal(err)
	}
	var spec struct{ Paths map[string]any }
	if err := json.Unmarshal(openapi, &spec); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(src), "\n") {
		_, rest, ok := strings.Cut(line, `m.HandleFunc("GET `)
		if !ok {
			_, rest, ok = strings.Cut(line, `m.HandleFunc("POST `)
		}
		if !ok {
			continue
		}
		path, _, _ := strings.Cut(rest, `"`)
		if spec.Paths[path] == nil && path != "/api/openapi.json" {
			t.Errorf("route %s is not in openapi.json", path)
		}
	}
}

func TestUIIsEmbedded(t *testing.T) {
	srv := newServer(t, Options{})
	for _, p := range []string{"/", "/app.js", "/app.css", "/vendor/leaflet.js", "/vendor/countries-50m.json"} {
		if code, _, body := get(t, srv.URL+p); code != 200 || len(body) < 100 {
			t.Errorf("GET %s: %d, %d bytes", p, code, len(body))
		}
	}
	req, _ := http.NewRequest("DELETE", srv.URL+"/", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("DELETE /: %d", resp.StatusCode)
	}
}
