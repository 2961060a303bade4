package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/store"
	"github.com/annalist/annalist/story"
)

func init() {
	var (
		opt    store.SearchOptions
		limit  int
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "stories [flags] [QUERY...]",
		Short: "List the stories: articles that report one happening, grouped at ingest",
		Long: `Stories lists the stored stories, largest first: each with its id, how many
articles report it (and how many of them are near-copies of another, such as
one wire story run by several outlets), its span of publication dates, the
names it mentions most, its commonest event types and a title (its first
article's).

A query (as in 'annalist search') and --from/--to keep the stories with at
least one matching article, and count only those. Stories are decided as
articles are ingested: see 'annalist show ID' for one article's story mates.`,
		Example: `  annalist stories
  annalist stories protest --from 2022-01 --limit 5
  annalist stories --json | jq '.[0].articles'`,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := openExisting(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			z := story.NewSummarizer()
			err = st.Records(cmd.Context(), strings.Join(args, " "), opt, func(r *annalist.Record) error {
				z.Add(r)
				return nil
			})
			if err != nil {
				return err
			}
			all := z.Summaries(5)
			if limit > 0 && len(all) > limit {
				all = all[:limit]
			}
			out := cmd.OutOrStdout()
			if asJSON {
				if all == nil {
					all = []*story.Summary{}
				}
				return printJSON(out, all)
			}
			if len(all) == 0 {
				fmt.Fprintln(cmd.ErrOrStderr(), "no stories: ingest articles first, or widen the query")
				return nil
			}
			for _, s := range all {
				span := orDash(s.First)
				if s.Last != s.First {
					span += " – " + s.Last
				}
				copies := ""
				if s.Copies > 0 {
					copies = fmt.Sprintf(" (%d near-copies)", s.Copies)
				}
				fmt.Fprintf(out, "%s  %d articles%s  %s  %s\n", s.ID, len(s.Articles), copies, span, s.Title)
				if len(s.Names) > 0 || len(s.Events) > 0 {
					fmt.Fprintf(out, "    %s", strings.Join(s.Names, ", "))
					if len(s.Events) > 0 {
						fmt.Fprintf(out, "  [%s]", strings.Join(s.Events, " "))
					}
					fmt.Fprintln(out)
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&opt.From, "from", "", "earliest publication date (YYYY, YYYY-MM or YYYY-MM-DD)")
	cmd.Flags().StringVar(&opt.To, "to", "", "latest publication date, inclusive")
	cmd.Flags().IntVar(&limit, "limit", 20, "most stories listed (0 for all)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the stories as a JSON array")
	root.AddCommand(cmd)
}
