// Package glove holds the GloVe word clusters (made from GloVe 6B vectors,
// PDDL 1.0, by ner/internal/genglove) that several models read: the
// names tagger, the event type model and the syntax tagger and parser.
// It is its own package so that those read one embedded copy without
// importing each other.
package glove

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed glove.txt.gz
var data []byte

var (
	once     sync.Once
	clusters map[string]string
)

// Clusters maps lower-case words to their cluster as bits whose prefixes
// are coarser clusters; read from the embedded file on first use. The map
// is shared: callers must not change it.
func Clusters() map[string]string {
	once.Do(func() {
		m, err := Parse(data)
		if err != nil {
			panic("glove: embedded clusters: " + err.Error()) // a build defect, caught by the tests
		}
		clusters = m
	})
	return clusters
}

// Cluster is the cluster of a lower-case word, or "" for a word it does
// not know.
func Cluster(w string) string { return Clusters()[w] }

// Parse reads gzipped "word TAB cluster bits" lines.
func Parse(gz []byte) (map[string]string, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	m := make(map[string]string, 1<<18)
	sc := bufio.NewScanner(zr)
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		if l == "" || l[0] == '#' {
			continue
		}
		w, c, ok := strings.Cut(l, "\t")
		if !ok || w == "" || strings.Trim(c, "01") != "" {
			return nil, fmt.Errorf("line %d: want word TAB bits, got %q", n, l)
		}
		m[w] = c
	}
	return m, sc.Err()
}
