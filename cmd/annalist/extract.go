package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/ingest"
)

// inputFormats describes what extract and ingest read.
const inputFormats = `Inputs: the seed format ("date YYYY-MM-DD" then the body), plain text (date it
with --date), JSON Lines ({"id","text"|"html","published","url","title"} a line,
or a JSON array of such objects), web pages (their main text is extracted), RSS,
Atom and JSON Feed, and WARC web archives; gzipped or not. --input auto decides
by extension and content. Text in legacy encodings (Windows-1251, -1252, KOI8-R,
ISO-8859-x, UTF-16) is decoded.`

// readFlags are the input flags shared by extract and ingest.
type readFlags struct {
	opt     ingest.Options
	noClean bool
	workers int
}

func (f *readFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&f.opt.Format, "input", "auto", "input format: auto, text, jsonl, html, rss or warc")
	fs.StringVar(&f.opt.Date, "date", "", "publication date (YYYY-MM-DD) for articles that carry none")
	fs.IntVar(&f.opt.MaxArticleBytes, "max-article-bytes", ingest.DefaultMaxArticleBytes, "skip, with an error, any article with more text than this")
	fs.BoolVar(&f.noClean, "no-clean", false, "keep the body exactly as given: no boilerplate removal, normalisation or heading detection")
	fs.IntVar(&f.workers, "workers", runtime.GOMAXPROCS(0), "articles analysed in parallel")
}

func (f *readFlags) pipeline() *extract.Pipeline {
	p := extract.Default()
	p.NoClean = f.noClean
	return p
}

// errNothingRead is returned when not one article could be read.
var errNothingRead = errors.New("no article could be read")

func init() {
	var f readFlags
	cmd := &cobra.Command{
		Use:   "extract [flags] [PATH|-]...",
		Short: "Write one JSON record per article: names, places, times, counts, quotes, events",
		Long: `Extract reads articles from files, folders (recursively) or standard input ("-",
the default) and writes one JSON record per article to standard output, in input
order, as CONTRACT.md defines. All offsets are UTF-8 byte offsets into the
record's "text".

` + inputFormats + `
The models are English: an article detected as another language gets its text
and language, and no annotations.
An article that cannot be read is reported on standard error with its file and
line, and the run goes on; the exit status is non-zero only when nothing could be
read at all.`,
		Example: `  # the example article that comes with the repository
  annalist extract examples/hajj-stampede-2006-01-13.txt

  # a folder of plain-text articles without dates, keeping the text as given
  annalist extract --date 2024-03-01 --no-clean ./articles/

  # JSON Lines from another program
  producer | annalist extract --input jsonl - > records.jsonl`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"-"}
			}
			out := bufio.NewWriterSize(cmd.OutOrStdout(), 1<<16)
			enc := json.NewEncoder(out)
			enc.SetEscapeHTML(false)
			read, failed := 0, 0
			bar := newProgress(cmd.ErrOrStderr(), "extracting") // nil unless stderr is a terminal
			err := f.pipeline().Run(f.workers, func(submit func(*annalist.Article, error) error) error {
				return ingest.Walk(args, f.opt, submit)
			}, func(res extract.Result) error {
				if bar != nil {
					bar.Add(1)
				}
				if res.Err != nil {
					failed++
					if bar != nil {
						bar.Clear()
					}
					fmt.Fprintln(cmd.ErrOrStderr(), "annalist: skipped:", res.Err)
					return nil
				}
				read++
				if msg := extract.NotAnalysed(res.Record, "written"); msg != "" {
					fmt.Fprintf(cmd.ErrOrStderr(), "annalist: %s: %s\n", res.Article.Source, msg)
				}
				return enc.Encode(res.Record)
			})
			if bar != nil {
				bar.Finish()
			}
			if failed > 0 {
				fmt.Fprintf(cmd.ErrOrStderr(), "annalist: %d records written, %d articles skipped\n", read, failed)
			}
			if err != nil {
				return err
			}
			if err := out.Flush(); err != nil {
				return fmt.Errorf("writing records: %w", err)
			}
			if read == 0 {
				return errNothingRead
			}
			return nil
		},
	}
	f.register(cmd.Flags())
	root.AddCommand(cmd)
}
