package ingest

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http/httputil"
	"strings"

	"github.com/nlnwa/gowarc/v3"

	"github.com/annalist/annalist"
)

func init() { readers["warc"] = readWARC }

// maxWARCErrors stops reading an archive after this many records in a row
// failed: past that the file is not a WARC or is damaged beyond resyncing.
const maxWARCErrors = 20

// readWARC reads a web archive: each response record with an HTML payload
// and a success status, and each resource record of HTML, is an article, with the record's target URI and,
// where the page gives no date, the capture date (WARC-Date). Other
// records (requests, metadata, images, redirects) are skipped.
func readWARC(r *bufio.Reader, name string, opt Options, fn Func) error {
	wr, err := gowarc.NewWarcFileReaderFromStream(r, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore),
	)
	if err != nil {
		return fn(nil, &Error{name, fmt.Errorf("warc: %w", err)})
	}
	defer wr.Close()
	failures, articles, reported := 0, 0, 0
	for n := 1; ; n++ {
		rec, err := wr.Next()
		if errors.Is(err, io.EOF) && rec.WarcRecord == nil {
			// Say why a file gave nothing, rather than leave the run to
			// end in a bare "no article could be read".
			switch {
			case n == 1:
				return fn(nil, &Error{name, errors.New("warc: no WARC record found (empty, truncated or not a web archive)")})
			case articles == 0 && reported == 0:
				return fn(nil, &Error{name, fmt.Errorf("warc: none of its %d records is an HTML page", n-1)})
			}
			return nil
		}
		src := fmt.Sprintf("%s:record %d (offset %d)", name, n, rec.Offset)
		if err != nil {
			rec.Close()
			reported++
			if ferr := fn(nil, &Error{src, fmt.Errorf("warc: %w", err)}); ferr != nil {
				return ferr
			}
			if failures++; failures >= maxWARCErrors || rec.Size == 0 && errors.Is(err, io.ErrUnexpectedEOF) {
				return fn(nil, &Error{name, fmt.Errorf("warc: giving up after %d unreadable records", failures)})
			}
			continue
		}
		failures = 0
		a, err := warcArticle(rec.WarcRecord, opt)
		rec.Close()
		switch {
		case err != nil:
			reported++
			if ferr := fn(nil, &Error{src, err}); ferr != nil {
				return ferr
			}
		case a != nil:
			articles++
			a.Source = src
			if ferr := fn(a, nil); ferr != nil {
				return ferr
			}
		}
	}
}

// warcArticle returns the article in a record, nil for a record that holds
// none (not a response or resource, not HTML, not a success), or an error
// for one whose page cannot be read.
func warcArticle(rec gowarc.WarcRecord, opt Options) (*annalist.Article, error) {
	uri := rec.WarcHeader().Get(gowarc.WarcTargetURI)
	date := ""
	if t, err := rec.Date(); err == nil {
		date = t.UTC().Format("2006-01-02")
	}
	if rec.Type() == gowarc.Resource {
		// A page stored as is, without HTTP headers (wget, archiving
		// tools): the record's own Content-Type says what it is.
		contentType := rec.WarcHeader().Get(gowarc.ContentType)
		if !isHTMLType(contentType) {
			return nil, nil
		}
		raw, err := rec.Block().RawBytes()
		if err != nil {
			return nil, fmt.Errorf("warc block: %w", err)
		}
		page, err := readCapped(raw, htmlCap(opt))
		if err != nil {
			return nil, err
		}
		return pageArticle(page, contentType, uri, date, opt)
	}
	if rec.Type() != gowarc.Response {
		return nil, nil
	}
	block, ok := rec.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return nil, nil
	}
	if code := block.HttpStatusCode(); code < 200 || code > 299 {
		return nil, nil
	}
	var contentType, transfer, encoding string
	if h := block.HttpHeader(); h != nil {
		contentType = h.Get("Content-Type")
		transfer = strings.ToLower(h.Get("Transfer-Encoding"))
		encoding = strings.ToLower(h.Get("Content-Encoding"))
	}
	if !isHTMLType(contentType) {
		return nil, nil
	}
	payload, err := block.PayloadBytes()
	if err != nil {
		return nil, fmt.Errorf("warc payload: %w", err)
	}
	// Crawlers may archive the bytes as sent: chunked and compressed.
	if strings.Contains(transfer, "chunked") {
		payload = httputil.NewChunkedReader(payload)
	}
	switch encoding {
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(payload)
		if err != nil {
			return nil, fmt.Errorf("warc payload: gzip: %w", err)
		}
		defer zr.Close()
		payload = zr
	case "", "identity":
	default:
		return nil, fmt.Errorf("warc payload: unsupported Content-Encoding %q", encoding)
	}
	page, err := readCapped(payload, htmlCap(opt))
	if err != nil {
		return nil, err
	}
	return pageArticle(page, contentType, uri, date, opt)
}
