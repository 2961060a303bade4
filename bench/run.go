package bench

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/internal/cputime"
	"github.com/annalist/annalist/load"
	"github.com/annalist/annalist/store"
	"github.com/annalist/annalist/store/sqlite"
	"github.com/annalist/annalist/story"
	"github.com/annalist/annalist/text"
)

// Queries are the searches whose latency the benchmark reports.
var Queries = []string{"cocoa", "oil prices", "bank of japan", "wheat", "dollar", "gold", "opec", "strike", "merger", "coffee"}

// searchRounds is how many times Run times each of the Queries: enough
// samples that one stall on a busy machine does not make the p95.
const searchRounds = 20

// Options say what to run.
type Options struct {
	Corpus  string // the Reuters folder
	Workers int    // articles analysed in parallel
	Passes  int    // times through the corpus (memory must stay flat); < 1 means 1
	// Ingest stores the records in a fresh store in a temporary folder,
	// then times the search Queries against it.
	Ingest bool
	// Keep, with Ingest, is where to write the store and leave it, for a
	// look afterwards; it must not exist. Empty means a temporary file.
	Keep    string
	NoClean bool // keep bodies as read (Pipeline.NoClean)
	// NoStories stores without deciding near-copies, stories and
	// incidents, to measure what they cost.
	NoStories bool
	Pipeline  *extract.Pipeline // nil means extract.Default()
}

// Result is what a run measured.
type Result struct {
	Articles int           `json:"articles"`
	Bytes    int           `json:"bytes"` // body text
	Failed   int           `json:"failed"`
	Elapsed  time.Duration `json:"elapsed_ns"`
	PeakHeap uint64        `json:"peak_heap_bytes"` // largest HeapInuse seen
	MaxRSS   int64         `json:"max_rss_bytes"`   // the process's peak resident set
	// CPU is the user and system time the run took: on a shared machine
	// it moves less than Elapsed.
	CPU time.Duration `json:"cpu_ns"`
	// Extractors is the time spent in each extractor, summed over workers
	// (wall time: on a busy machine it includes waits for a core).
	Extractors   []ExtractorTime `json:"extractors,omitempty"`
	Tally        *load.Tally     `json:"ingest,omitempty"`
	StoreBytes   int64           `json:"store_bytes,omitempty"`
	SearchP50    time.Duration   `json:"search_p50_ns,omitempty"`
	SearchP95    time.Duration   `json:"search_p95_ns,omitempty"`
	SearchRounds int             `json:"search_rounds,omitempty"`
}

// ArticlesPerSec is the throughput in articles.
func (r Result) ArticlesPerSec() float64 { return float64(r.Articles) / r.Elapsed.Seconds() }

// MBPerSec is the throughput in megabytes of body text.
func (r Result) MBPerSec() float64 { return float64(r.Bytes) / 1e6 / r.Elapsed.Seconds() }

// Produce reads the corpus passes times; after the first pass ids get a
// suffix, so that every pass is new input to a store.
func Produce(dir string, passes int) load.Producer {
	return func(submit func(*annalist.Article, error) error) error {
		for pass := 0; pass < max(passes, 1); pass++ {
			err := WalkReuters(dir, func(a *annalist.Article, err error) error {
				if a != nil && pass > 0 {
					a.ID = fmt.Sprintf("%s-%d", a.ID, pass)
				}
				return submit(a, err)
			})
			if err != nil {
				return err
			}
		}
		return nil
	}
}

// Run reads the corpus through the pipeline (and into a fresh store with
// Ingest) and measures it.
func Run(ctx context.Context, opt Options) (Result, error) {
	p := opt.Pipeline
	if p == nil {
		p = extract.Default()
	}
	if _, err := Files(opt.Corpus); err != nil {
		return Result{}, err
	}
	p, timers := timed(p)
	p.NoClean = p.NoClean || opt.NoClean
	stopSampling := sampleHeap()
	var res Result
	cpu0 := cputime.Process()
	start := time.Now()
	if opt.Ingest {
		path := opt.Keep
		if path == "" {
			dir, err := os.MkdirTemp("", "annalist-bench-")
			if err != nil {
				return res, err
			}
			defer os.RemoveAll(dir)
			path = filepath.Join(dir, "bench.db")
		} else if _, err := os.Stat(path); err == nil {
			return res, fmt.Errorf("bench: %s exists; the benchmark needs a fresh store", path)
		}
		st, err := sqlite.Open(ctx, path)
		if err != nil {
			return res, err
		}
		defer st.Close()
		// As annalist ingest does: near-copies, stories and incidents too.
		lopt := load.Options{Workers: opt.Workers}
		if !opt.NoStories {
			lopt.Stories = story.NewIndex(story.Options{})
		}
		t, err := load.Run(ctx, st, p, Produce(opt.Corpus, opt.Passes), lopt)
		if err != nil {
			return res, err
		}
		res.Elapsed = time.Since(start)
		res.Articles, res.Bytes, res.Failed, res.Tally = t.Read, t.Bytes, t.Failed, &t
		if fi, err := os.Stat(st.Path()); err == nil {
			res.StoreBytes = fi.Size()
		}
		if fi, err := os.Stat(st.Path() + "-wal"); err == nil {
			res.StoreBytes += fi.Size()
		}
		res.CPU = cputime.Process() - cpu0
		lat, err := SearchLatencies(ctx, st, searchRounds)
		if err != nil {
			return res, err
		}
		res.SearchRounds = searchRounds
		res.SearchP50, res.SearchP95 = Percentile(lat, 50), Percentile(lat, 95)
	} else {
		err := p.Run(opt.Workers, Produce(opt.Corpus, opt.Passes), func(r extract.Result) error {
			if r.Err != nil {
				res.Failed++
				return nil
			}
			res.Articles++
			res.Bytes += len(r.Article.Text)
			return nil
		})
		if err != nil {
			return res, err
		}
		res.Elapsed = time.Since(start)
		res.CPU = cputime.Process() - cpu0
	}
	res.PeakHeap = stopSampling()
	res.MaxRSS = maxRSS()
	for _, t := range timers {
		res.Extractors = append(res.Extractors, ExtractorTime{t.Name(), time.Duration(t.total.Load())})
	}
	return res, nil
}

// SearchLatencies runs every query of Queries rounds times, top 20 with
// snippets, and returns each run's latency.
func SearchLatencies(ctx context.Context, s store.Store, rounds int) ([]time.Duration, error) {
	var lat []time.Duration
	for i := 0; i < rounds; i++ {
		for _, q := range Queries {
			t0 := time.Now()
			if _, err := s.Search(ctx, q, store.SearchOptions{Limit: 20}); err != nil {
				return nil, err
			}
			lat = append(lat, time.Since(t0))
		}
	}
	return lat, nil
}

// Percentile returns the p-th percentile (nearest rank) of d.
func Percentile(d []time.Duration, p float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), d...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := int(p/100*float64(len(s))+0.999999) - 1
	return s[min(max(i, 0), len(s)-1)]
}

// sampleHeap watches HeapInuse until the returned function is called, and
// that function returns the largest value seen.
func sampleHeap() func() uint64 {
	var (
		mu   sync.Mutex
		peak uint64
		ms   runtime.MemStats
	)
	sample := func() {
		runtime.ReadMemStats(&ms)
		mu.Lock()
		peak = max(peak, ms.HeapInuse)
		mu.Unlock()
	}
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				sample()
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-stopped
		sample()
		return peak
	}
}

// ExtractorTime is the time one extractor took over a run.
type ExtractorTime struct {
	Name string        `json:"name"`
	Time time.Duration `json:"ns"`
}

// timer wraps an extractor to add up the time it takes.
type timer struct {
	extract.Extractor
	total atomic.Int64
}

func (t *timer) Extract(d *text.Doc, r *annalist.Record) {
	t0 := time.Now()
	t.Extractor.Extract(d, r)
	t.total.Add(int64(time.Since(t0)))
}

// timed returns a copy of p whose extractors are timed.
func timed(p *extract.Pipeline) (*extract.Pipeline, []*timer) {
	q := *p
	q.Extractors = nil
	var ts []*timer
	for _, x := range p.Extractors {
		t := &timer{Extractor: x}
		ts = append(ts, t)
		q.Extractors = append(q.Extractors, t)
	}
	return &q, ts
}

// maxRSS is the peak resident set of this process, from getrusage.
func maxRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	if runtime.GOOS == "darwin" {
		return int64(ru.Maxrss) // bytes there
	}
	return int64(ru.Maxrss) * 1024 // KiB on Linux and the BSDs
}
