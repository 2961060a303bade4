package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/annalist/annalist/store"
)

// ANSI styles, used only when writing to a terminal.
const (
	ansiReset = "\x1b[0m"
	ansiBold  = "\x1b[1m"
	ansiDim   = "\x1b[2m"
	ansiMatch = "\x1b[1;33m" // bold yellow
)

func init() {
	var (
		opt    store.SearchOptions
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "search [flags] QUERY...",
		Short: "Full-text search of the stored articles, best match first",
		Long: `Search finds stored articles whose title or body matches the query, ranks them
by bm25 (a title match weighs four times a body match) and shows each with a
snippet of its body, the matched words highlighted.

Words are matched as words: "oil prices" finds articles with both words (and
"price", as words are stemmed), in any order. Punctuation is safe to type:
"U.S.", "AT&T", "bank of japan". Kept as syntax: "a quoted phrase", OR, AND
and NOT in capitals, (parentheses), a trailing * for a prefix (opec*), and
title: or text: before a word to search one field.

--from and --to bound the publication date, inclusive; they take YYYY,
YYYY-MM or YYYY-MM-DD. --json writes one JSON array of hits, each with id,
title, published, snippet (matches between « and ») and score (lower is better).`,
		Example: `  annalist search cocoa
  annalist search "bank of japan" --limit 5
  annalist search '"oil prices" OR opec' --from 1987-03 --to 1987-04-15
  annalist search 'title:strike NOT coal' --json | jq '.[].id'`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := openExisting(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			out := cmd.OutOrStdout()
			colour := !asJSON && isTerminal(out)
			if colour {
				opt.MarkOpen, opt.MarkClose = ansiMatch, ansiReset
			}
			query := strings.Join(args, " ")
			hits, err := st.Search(cmd.Context(), query, opt)
			if err != nil {
				return err
			}
			if asJSON {
				if hits == nil {
					hits = []store.Hit{}
				}
				return printJSON(out, hits)
			}
			if len(hits) == 0 {
				fmt.Fprintf(cmd.ErrOrStderr(), "no articles match %q\n", query)
				return nil
			}
			for _, h := range hits {
				title := h.Title
				if colour {
					title = ansiBold + title + ansiReset
				}
				fmt.Fprintf(out, "%s  %s  %s\n    %s\n", h.ID, orDash(h.Published), title, strings.Join(strings.Fields(h.Snippet), " "))
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opt.From, "from", "", "earliest publication date: YYYY, YYYY-MM or YYYY-MM-DD")
	fl.StringVar(&opt.To, "to", "", "latest publication date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD")
	fl.IntVar(&opt.Limit, "limit", store.DefaultLimit, "most articles shown")
	fl.BoolVar(&asJSON, "json", false, "write the hits as a JSON array")
	storeFlag(cmd)
	root.AddCommand(cmd)
}

// printJSON writes v as indented JSON, with <, > and & as they are.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
