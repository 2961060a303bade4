// Command genlex learns, without labels, the word knowledge the name tagger
// uses beyond its training data, from the Reuters-21578 newswire (1987,
// free for research use): hierarchical word clusters, as bit strings whose
// prefixes are coarser clusters (in the manner of Brown clusters), and how
// often each word is capitalised inside a sentence. It writes
// ner/data/lexicon.txt.gz. Run from the repository root:
//
//	go run ./ner/internal/genlex -reuters ../shared/corpus/reuters21578
//
// The clusters come from a cheap distributional method rather than Brown's
// exchange algorithm: each word is described by its positive PMI with its
// left and right neighbours, and the vocabulary is split in two
// recursively (spherical 2-means seeded by the principal direction, by
// internal/cluster). It is deterministic and runs in seconds.
package main

import (
	"flag"
	"fmt"
	"html"
	"io"
	"log"
	"math"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/annalist/annalist/internal/cluster"
	"github.com/annalist/annalist/internal/gzfile"
	"github.com/annalist/annalist/text"
)

var (
	reuters  = flag.String("reuters", "../shared/corpus/reuters21578", "folder of Reuters-21578 *.sgm.gz")
	out      = flag.String("out", "ner/data/lexicon.txt.gz", "output file")
	minCount = flag.Int("min", 3, "least occurrences for a word to be kept")
	contexts = flag.Int("contexts", 2500, "most frequent words used as context features")
	depth    = flag.Int("depth", 16, "depth of the cluster tree (bits)")
)

var bodyRE = regexp.MustCompile(`(?s)<BODY>(.*?)</BODY>`)

func main() {
	flag.Parse()
	files, err := filepath.Glob(filepath.Join(*reuters, "*.sgm.gz"))
	if err != nil || len(files) == 0 {
		log.Fatalf("genlex: no *.sgm.gz in %s", *reuters)
	}
	sort.Strings(files)
	var sents [][]string
	seen := map[string]bool{}
	for _, f := range files {
		bodies, err := readBodies(f)
		if err != nil {
			log.Fatalf("genlex: %s: %v", f, err)
		}
		for _, b := range bodies {
			if seen[b] {
				continue // Reuters-21578 repeats some stories
			}
			seen[b] = true
			d := text.Analyze(b, "")
			for i := range d.Sentences {
				var ws []string
				for _, t := range d.SentenceTokens(i) {
					ws = append(ws, t.Text)
				}
				sents = append(sents, ws)
			}
		}
	}
	log.Printf("%d stories, %d sentences", len(seen), len(sents))

	count := map[string]int{}
	capMid, allMid := map[string]int{}, map[string]int{}
	for _, ws := range sents {
		caps := !anyLower(ws)
		for i, w := range ws {
			l := strings.ToLower(w)
			count[l]++
			if caps || i == 0 || !strings.ContainsFunc(w, unicode.IsLetter) || strings.ContainsAny(ws[i-1], "\"'(`-:") {
				continue
			}
			allMid[l]++
			if r := []rune(w)[0]; unicode.IsUpper(r) {
				capMid[l]++
			}
		}
	}
	vocab := make([]string, 0, len(count))
	for w, c := range count {
		if c >= *minCount {
			vocab = append(vocab, w)
		}
	}
	sort.Slice(vocab, func(i, j int) bool {
		if count[vocab[i]] != count[vocab[j]] {
			return count[vocab[i]] > count[vocab[j]]
		}
		return vocab[i] < vocab[j]
	})
	index := map[string]int{}
	for i, w := range vocab {
		index[w] = i
	}
	nctx := min(*contexts, len(vocab))
	log.Printf("vocabulary %d words, %d context words", len(vocab), nctx)

	// Co-occurrence with the left and right neighbour: context ids
	// 0..nctx-1 on the left, nctx..2nctx-1 on the right, then shape
	// classes of rarer neighbours.
	const shapes = 4
	nfeat := 2*nctx + 2*shapes
	cooc := make([]map[int32]float64, len(vocab))
	for i := range cooc {
		cooc[i] = map[int32]float64{}
	}
	ctxCount := make([]float64, nfeat)
	total := 0.0
	ctxOf := func(w string, right bool) int32 {
		base := 0
		if right {
			base = nctx
		}
		if j, ok := index[strings.ToLower(w)]; ok && j < nctx {
			return int32(base + j)
		}
		s := 2*nctx + shapeClass(w)
		if right {
			s += shapes
		}
		return int32(s)
	}
	for _, ws := range sents {
		for i, w := range ws {
			wi, ok := index[strings.ToLower(w)]
			if !ok {
				continue
			}
			var cs [2]int32
			if i > 0 {
				cs[0] = ctxOf(ws[i-1], false)
			} else {
				cs[0] = int32(2*nctx + 3) // sentence start shares the punctuation class
			}
			if i+1 < len(ws) {
				cs[1] = ctxOf(ws[i+1], true)
			} else {
				cs[1] = int32(2*nctx + shapes + 3)
			}
			for _, c := range cs {
				cooc[wi][c]++
				ctxCount[c]++
				total++
			}
		}
	}

	// Sparse PPMI vectors of unit length.
	vecs := make([]sparse, len(vocab))
	for i := range vocab {
		wc := 0.0
		for _, x := range cooc[i] {
			wc += x
		}
		var v sparse
		for c, x := range cooc[i] {
			if pmi := math.Log(x * total / (wc * ctxCount[c])); pmi > 0 {
				v.idx = append(v.idx, c)
				v.val = append(v.val, pmi)
			}
		}
		v.sort()
		v.normalize()
		vecs[i] = v
	}
	bits := cluster.Paths(ppmi{vecs, nfeat}, len(vocab), *depth, cluster.Rounds{Power: 8, Means: 6})

	if err := write(*out, vocab, bits, capMid, allMid); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s", *out)
}

func readBodies(name string) ([]string, error) {
	b, err := gzfile.Read(name)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, m := range bodyRE.FindAllSubmatch(b, -1) {
		body := html.UnescapeString(string(m[1]))
		body = strings.TrimSuffix(strings.TrimSpace(body), "Reuter")
		body = strings.Join(strings.Fields(body), " ")
		if body != "" {
			out = append(out, body)
		}
	}
	return out, nil
}

// anyLower reports whether a sentence has a lower-case letter (a headline
// has none).
func anyLower(ws []string) bool {
	for _, w := range ws {
		if strings.ContainsFunc(w, unicode.IsLower) {
			return true
		}
	}
	return false
}

// shapeClass: 0 capitalised, 1 lower case, 2 number, 3 other.
func shapeClass(w string) int {
	r := []rune(w)[0]
	switch {
	case unicode.IsUpper(r):
		return 0
	case unicode.IsLetter(r):
		return 1
	case unicode.IsDigit(r):
		return 2
	}
	return 3
}

// sparse is a vector by its non-zero entries, in index order.
type sparse struct {
	idx []int32
	val []float64
}

func (v *sparse) sort() {
	p := make([]int, len(v.idx))
	for i := range p {
		p[i] = i
	}
	sort.Slice(p, func(a, b int) bool { return v.idx[p[a]] < v.idx[p[b]] })
	idx, val := make([]int32, len(p)), make([]float64, len(p))
	for k, i := range p {
		idx[k], val[k] = v.idx[i], v.val[i]
	}
	v.idx, v.val = idx, val
}

func (v *sparse) normalize() {
	s := 0.0
	for _, x := range v.val {
		s += x * x
	}
	if s == 0 {
		return
	}
	s = math.Sqrt(s)
	for k := range v.val {
		v.val[k] /= s
	}
}

func (v *sparse) dot(d []float64) float64 {
	s := 0.0
	for k, i := range v.idx {
		s += v.val[k] * d[i]
	}
	return s
}

// ppmi are the words' sparse vectors as cluster.Points, in dim dimensions.
type ppmi struct {
	vecs []sparse
	dim  int
}

func (p ppmi) Dim() int                       { return p.dim }
func (p ppmi) Dot(i int, d []float64) float64 { return p.vecs[i].dot(d) }

func (p ppmi) AddTo(d []float64, i int) {
	for k, c := range p.vecs[i].idx {
		d[c] += p.vecs[i].val[k]
	}
}

// Spread adds the uncentred products over the non-zero entries and
// subtracts the mean's share once at the end.
func (p ppmi) Spread(ids []int, mean, dir []float64) []float64 {
	next := make([]float64, p.dim)
	md := cluster.Dot(mean, dir)
	sum := 0.0
	for _, i := range ids {
		x := p.vecs[i].dot(dir) - md
		sum += x
		for k, c := range p.vecs[i].idx {
			next[c] += x * p.vecs[i].val[k]
		}
	}
	for k := range next {
		next[k] -= sum * mean[k]
	}
	return next
}

func write(name string, vocab, bits []string, capMid, allMid map[string]int) error {
	words := append([]string(nil), vocab...)
	order := map[string]string{}
	for i, w := range vocab {
		order[w] = bits[i]
	}
	sort.Strings(words)
	return gzfile.Write(name, func(bw io.Writer) error {
		fmt.Fprintln(bw, "# Word clusters and capitalisation priors learned from Reuters-21578 (free for")
		fmt.Fprintln(bw, "# research use) by ner/internal/genlex; do not edit. word TAB cluster bits TAB")
		fmt.Fprintln(bw, "# tenths of mid-sentence occurrences capitalised (- when too rare).")
		for _, w := range words {
			cp := "-"
			if n := allMid[w]; n >= 3 {
				cp = fmt.Sprint(int(math.Round(10 * float64(capMid[w]) / float64(n))))
			}
			fmt.Fprintf(bw, "%s\t%s\t%s\n", w, order[w], cp)
		}
		return nil
	})
}
