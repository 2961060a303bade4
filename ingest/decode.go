package ingest

import (
	"bytes"
	"errors"
	"unicode/utf8"
)

// decode turns raw bytes into text, refusing binary data and bytes that
// are not UTF-8.
func decode(b []byte) (string, error) {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(b, 0) >= 0 {
		return "", errors.New("binary data (NUL bytes), not text")
	}
	if !utf8.Valid(b) {
		return "", errors.New("not valid UTF-8")
	}
	return string(b), nil
}
