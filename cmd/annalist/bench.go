package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"time"

	"github.com/spf13/cobra"

	"github.com/annalist/annalist/bench"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/syntax"
)

func init() {
	opt := bench.Options{Corpus: bench.DefaultCorpus}
	var asJSON, parseAll bool
	var cpuProfile string
	cmd := &cobra.Command{
		Use:   "bench [flags]",
		Short: "Measure throughput and memory on the Reuters-21578 newswire",
		Long: `Bench runs the extraction pipeline over the Reuters-21578 stories (the 19,043
that have a body, read from the SGML as distributed, *.sgm or *.sgm.gz) and
reports articles per second, megabytes of body text per second, the CPU time
used, the peak Go heap (runtime.MemStats), the process's peak resident set
(getrusage), and the time spent in each extractor.

With --ingest the records also go into a fresh store in a temporary folder, as
annalist ingest would write them (exact duplicate bodies stored once, near-copies,
stories and incidents decided unless --no-stories), and the
ten benchmark searches (cocoa, oil prices, bank of japan, ...) are timed against
it, top 20 with snippets: p50 and p95 latency.

--passes reads the corpus several times over: the peak memory should not grow
with it, since articles stream through.`,
		Example: `  # the pipeline alone, on every core
  annalist bench --corpus ../shared/corpus/reuters21578

  # one core, then ingest into a fresh store and time the searches
  annalist bench --workers 1
  annalist bench --ingest
  annalist bench --ingest --keep reuters.db && annalist --db reuters.db search cocoa

  # the language layer on every sentence (extractors parse only what they need)
  annalist bench --parse-all

  # three times the input: memory stays flat
  annalist bench --passes 3 --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if parseAll {
				opt.Pipeline = &extract.Pipeline{Extractors: append([]extract.Extractor{syntax.ParseAll{}}, extract.DefaultExtractors()...)}
			}
			if cpuProfile != "" {
				f, err := os.Create(cpuProfile)
				if err != nil {
					return err
				}
				defer f.Close()
				if err := pprof.StartCPUProfile(f); err != nil {
					return err
				}
				defer pprof.StopCPUProfile()
			}
			res, err := bench.Run(cmd.Context(), opt)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				return printJSON(out, struct {
					bench.Result
					ArticlesPerSec float64 `json:"articles_per_sec"`
					MBPerSec       float64 `json:"mb_per_sec"`
					Workers        int     `json:"workers"`
				}{res, res.ArticlesPerSec(), res.MBPerSec(), opt.Workers})
			}
			what := "pipeline"
			if opt.Ingest {
				what = "pipeline + ingest into a fresh store"
			}
			fmt.Fprintf(out, "%s, %d workers, GOMAXPROCS %d: %d articles (%.1f MB of text) in %.2fs\n",
				what, opt.Workers, runtime.GOMAXPROCS(0), res.Articles, float64(res.Bytes)/1e6, res.Elapsed.Seconds())
			fmt.Fprintf(out, "  %.0f articles/s, %.2f MB/s; %.1fs of CPU; peak heap %.0f MB, max RSS %.0f MB; %d failed\n",
				res.ArticlesPerSec(), res.MBPerSec(), res.CPU.Seconds(), float64(res.PeakHeap)/1e6, float64(res.MaxRSS)/1e6, res.Failed)
			var all time.Duration
			for _, x := range res.Extractors {
				all += x.Time
			}
			for _, x := range res.Extractors {
				fmt.Fprintf(out, "    %-10s %6.1fs  %5.1f%% of the time in extractors\n", x.Name, x.Time.Seconds(), 100*x.Time.Seconds()/all.Seconds())
			}
			if t := res.Tally; t != nil {
				fmt.Fprintf(out, "  stored %d, duplicates %d (%d same body); store %.1f MB\n",
					t.Stored, t.Duplicates(), t.SameBody, float64(res.StoreBytes)/1e6)
				fmt.Fprintf(out, "  search, %d queries x %d rounds, top 20 with snippets: p50 %.2f ms, p95 %.2f ms\n",
					len(bench.Queries), res.SearchRounds, ms(res.SearchP50), ms(res.SearchP95))
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opt.Corpus, "corpus", opt.Corpus, "the Reuters-21578 folder")
	fl.IntVar(&opt.Workers, "workers", runtime.GOMAXPROCS(0), "articles analysed in parallel")
	fl.BoolVar(&opt.Ingest, "ingest", false, "also store the records in a fresh temporary store and time searches")
	fl.StringVar(&opt.Keep, "keep", "", "with --ingest, write the store to this new file and keep it")
	fl.BoolVar(&opt.NoStories, "no-stories", false, "with --ingest, store without deciding near-copies, stories and incidents (to measure their cost)")
	fl.BoolVar(&opt.NoClean, "no-clean", false, "keep the bodies exactly as read (exact duplicates only are stored once)")
	fl.IntVar(&opt.Passes, "passes", 1, "times through the corpus")
	fl.BoolVar(&asJSON, "json", false, "print the figures as JSON")
	fl.BoolVar(&parseAll, "parse-all", false, "also tag and parse every sentence (the language layer's cost when every sentence needs it)")
	fl.StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the run to this file (go tool pprof)")
	root.AddCommand(cmd)
}

// ms is d in milliseconds, for latencies.
func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
