package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/annalist/annalist/store"
)

func init() {
	var (
		opt    store.StatsOptions
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "stats [flags]",
		Short: "Summarise the store: articles, dates, entities and events by type, top entities",
		Long: `Stats summarises what the store (--db) holds: the number of articles and the
range of their publication dates; per entity type, the distinct names and how
many articles name them; events per PLOVER type; and the entities named in the
most articles.`,
		Example: `  annalist stats
  annalist stats --top 25
  annalist --db news.db stats --json | jq .events`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := openExisting(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			s, err := st.Stats(cmd.Context(), opt)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				return printJSON(out, s)
			}
			fmt.Fprintf(out, "%d articles", s.Articles)
			if s.FirstDate != "" {
				fmt.Fprintf(out, ", published %s to %s", s.FirstDate, s.LastDate)
			}
			if s.Undated > 0 {
				fmt.Fprintf(out, " (%d undated)", s.Undated)
			}
			fmt.Fprintln(out)
			if len(s.Entities) > 0 {
				fmt.Fprintf(out, "\nentities by type   %8s %11s\n", "names", "in articles")
				for _, t := range s.Entities {
					fmt.Fprintf(out, "  %-16s %8d %11d\n", t.Type, t.Distinct, t.Count)
				}
			}
			if len(s.Events) > 0 {
				fmt.Fprintln(out, "\nevents by type")
				for _, t := range s.Events {
					fmt.Fprintf(out, "  %-16s %8d\n", t.Type, t.Count)
				}
			}
			if len(s.TopEntities) > 0 {
				fmt.Fprintln(out, "\ntop entities       articles")
				for _, e := range s.TopEntities {
					fmt.Fprintf(out, "  %-16s %8d  %s\n", e.Type, e.Articles, e.Name)
				}
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&opt.Top, "top", 10, "how many top entities to list")
	cmd.Flags().BoolVar(&asJSON, "json", false, "write the summary as JSON")
	storeFlag(cmd)
	root.AddCommand(cmd)
}
