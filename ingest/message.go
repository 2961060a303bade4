package ingest

import "github.com/annalist/annalist"

// ParseJSON reads one article in the jsonl input format (CONTRACT.md), as
// a line of a .jsonl file is read: for articles that arrive one to a
// message, as on the work queue.
func ParseJSON(data []byte, opt Options) (*annalist.Article, error) {
	return parseJSONLine(data, opt)
}
