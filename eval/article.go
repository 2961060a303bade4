package eval

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/annalist/annalist/internal/gzfile"
)

// ArticleGold is one page of the article-extraction benchmark
// (ground-truth.json: {"<id>": {"articleBody", "url"}}).
type ArticleGold struct {
	ID   string
	URL  string
	Body string
	HTML []byte // the page, gunzipped from html/<id>.html.gz
}

// LoadArticleGold reads the benchmark in dir, pages in id order.
func LoadArticleGold(dir string) ([]ArticleGold, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, "ground-truth.json"), err)
	}
	pages := make([]ArticleGold, 0, len(gt))
	for id, g := range gt {
		path := filepath.Join(dir, "html", id+".html.gz")
		page, err := gzfile.Read(path)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		pages = append(pages, ArticleGold{ID: id, URL: g.URL, Body: g.ArticleBody, HTML: page})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages, nil
}

// ArticleScore is the benchmark's score: precision and recall are means over
// pages of per-page shingle precision and recall, F1 their harmonic mean,
// accuracy the share of pages whose tokens match exactly; the ± figures are
// bootstrap standard deviations, as the benchmark reports them.
type ArticleScore struct {
	Pages                           int
	Precision, Recall, F1, Accuracy float64
	PrecisionStd, RecallStd, F1Std  float64
	Failed                          int // pages the extractor returned an error for (scored as empty)
	Elapsed                         time.Duration
}

// PagesPerSecond is the extraction speed.
func (s ArticleScore) PagesPerSecond() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Pages) / s.Elapsed.Seconds()
}

func (s ArticleScore) String() string {
	return fmt.Sprintf("pages=%d failed=%d precision=%.3f ± %.3f recall=%.3f ± %.3f F1=%.3f ± %.3f accuracy=%.3f %.1f pages/s",
		s.Pages, s.Failed, s.Precision, s.PrecisionStd, s.Recall, s.RecallStd, s.F1, s.F1Std, s.Accuracy, s.PagesPerSecond())
}

// ScoreArticles scores predicted bodies against gold bodies, pairwise.
func ScoreArticles(gold, pred []string) ArticleScore {
	n := len(gold)
	tpfpfn := make([][3]float64, n)
	exact := 0
	for i := range gold {
		tpfpfn[i] = shingleMatch(gold[i], pred[i])
		if equalTokens(tokenizeWords(gold[i]), tokenizeWords(pred[i])) {
			exact++
		}
	}
	s := ArticleScore{Pages: n}
	s.Precision, s.Recall, s.F1 = macroPRF(tpfpfn)
	if n > 0 {
		s.Accuracy = float64(exact) / float64(n)
	}
	// Bootstrap with a fixed seed, so the same run prints the same figures.
	rng := rand.New(rand.NewSource(1))
	var ps, rs, fs []float64
	sample := make([][3]float64, n)
	for b := 0; b < 1000 && n > 1; b++ {
		for i := range sample {
			sample[i] = tpfpfn[rng.Intn(n)]
		}
		p, r, f := macroPRF(sample)
		ps, rs, fs = append(ps, p), append(rs, r), append(fs, f)
	}
	s.PrecisionStd, s.RecallStd, s.F1Std = stdev(ps), stdev(rs), stdev(fs)
	return s
}

func macroPRF(tpfpfn [][3]float64) (p, r, f float64) {
	var sp, sr float64
	var np, nr int
	for _, x := range tpfpfn {
		tp, fp, fn := x[0], x[1], x[2]
		if tp+fp > 0 {
			sp += benchmarkRatio(tp, fp, fn, fp)
			np++
		}
		if tp+fn > 0 {
			sr += benchmarkRatio(tp, fp, fn, fn)
			nr++
		}
	}
	if np > 0 {
		p = sp / float64(np)
	}
	if nr > 0 {
		r = sr / float64(nr)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// benchmarkRatio is tp/(tp+miss) with the benchmark's conventions for empty cases.
func benchmarkRatio(tp, fp, fn, miss float64) float64 {
	if fp == 0 && fn == 0 {
		return 1
	}
	if tp == 0 && miss == 0 {
		return 0
	}
	return tp / (tp + miss)
}

func stdev(xs []float64) float64 {
	if len(xs) < 2 {
		return 0
	}
	var m float64
	for _, x := range xs {
		m += x
	}
	m /= float64(len(xs))
	var v float64
	for _, x := range xs {
		v += (x - m) * (x - m)
	}
	return math.Sqrt(v / float64(len(xs)-1))
}

// shingleMatch counts true positive, false positive and false negative
// 4-token shingles of pred against gold, normalised to sum to 1 so that
// long pages do not weigh more, as the benchmark does.
func shingleMatch(gold, pred string) [3]float64 {
	g, p := shingles(gold), shingles(pred)
	var tp, fp, fn float64
	for k, gc := range g {
		pc := p[k]
		tp += math.Min(float64(gc), float64(pc))
		fn += math.Max(0, float64(gc-pc))
	}
	for k, pc := range p {
		fp += math.Max(0, float64(pc-g[k]))
	}
	if s := tp + fp + fn; s > 0 {
		tp, fp, fn = tp/s, fp/s, fn/s
	}
	return [3]float64{tp, fp, fn}
}

const shingleSize = 4

func shingles(s string) map[string]int {
	toks := tokenizeWords(s)
	m := map[string]int{}
	n := len(toks) - shingleSize + 1
	if n < 1 {
		n = 1
	}
	for i := 0; i < n && i < len(toks); i++ {
		end := i + shingleSize
		if end > len(toks) {
			end = len(toks)
		}
		m[strings.Join(toks[i:end], "\x00")]++
	}
	return m
}

// tokenizeWords returns the runs of word characters (letters, numbers,
// underscore), case kept: Python's \w+ as the benchmark uses it.
func tokenizeWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
}

func equalTokens(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// RunArticles extracts every page with extract and scores the result; the
// time counted is the extraction alone. A page the extractor fails on
// counts as an empty body.
func RunArticles(pages []ArticleGold, extract func(page []byte, url string) (string, error)) (ArticleScore, []string, []error) {
	gold := make([]string, len(pages))
	pred := make([]string, len(pages))
	errs := make([]error, len(pages))
	failed := 0
	start := time.Now()
	for i, pg := range pages {
		gold[i] = pg.Body
		out, err := extract(pg.HTML, pg.URL)
		if err != nil {
			errs[i] = err
			failed++
			continue
		}
		pred[i] = out
	}
	elapsed := time.Since(start)
	s := ScoreArticles(gold, pred)
	s.Failed, s.Elapsed = failed, elapsed
	return s, pred, errs
}
