package main

import (
	"github.com/spf13/cobra"

	"github.com/annalist/annalist/digest"
	"github.com/annalist/annalist/query"
)

func init() {
	var (
		opt    digest.Options
		format string
	)
	cmd := &cobra.Command{
		Use:   "digest [flags]",
		Short: "Sum up a period of the store: top events, people and places, quotes, top stories",
		Long: `Digest writes the summary of the articles published in a period (--since
before --until, by publication date): the top event types with their counts,
articles, fatalities and places; the people and places most in the news;
notable quotes with their speakers; and the top stories, each with a short
extractive summary (the article's own sentences that carry the most facts)
and a link to its source.

--region keeps the articles that name a place (or a place inside that
first-level region), --country those naming a place in a country (ISO code),
--theme those with a theme (extract/theme/THEMES.md), --acled and --acled-sub
those with an event the extractor coded with that ACLED event type or
sub-event type (events[].acled: "Protests", "Armed clash"). The same digest is
served by annalist serve at /digest and as an RSS feed at /digest.rss.`,
		Example: `  annalist digest --since 7d --format md > week.md
  annalist digest --since 1m --country KZ --format html > kz.html
  annalist digest --since 2w --theme PROTEST --format rss > protests.rss
  annalist digest --since 1y --until 2023-01-31 --region "Almaty Region"
  annalist digest --since 1m --acled-sub "Excessive force against protesters"`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := openSQLite(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			if err := digestFilter(&opt.Filter); err != nil {
				return err
			}
			d, err := digest.Build(cmd.Context(), query.New(st), opt)
			if err != nil {
				return err
			}
			return digest.Write(cmd.OutOrStdout(), d, format, "")
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opt.Since, "since", "7d", "the period: a number and h, d, w, m or y (24h, 7d, 2w, 1m, 1y)")
	fl.StringVar(&opt.Until, "until", "", "the period's last day, YYYY-MM-DD (default today)")
	fl.StringVar(&opt.Filter.Region, "region", "", "only articles naming this place, or a place in this region")
	fl.StringVar(&opt.Filter.Country, "country", "", "only articles naming a place in this country (ISO 3166-1 alpha-2)")
	fl.StringVar(&opt.Filter.Theme, "theme", "", "only articles with this theme")
	fl.StringVar(&opt.Filter.ACLED, "acled", "", "only articles with an event of this ACLED event type (Battles, Protests, ...)")
	fl.StringVar(&opt.Filter.ACLEDSub, "acled-sub", "", "only articles with an event of this ACLED sub-event type (Armed clash, Peaceful protest, ...)")
	fl.IntVar(&opt.Top, "top", 10, "items in each list")
	fl.StringVar(&format, "format", "md", "md, html or rss")
	storeFlag(cmd)
	root.AddCommand(cmd)
}

// digestFilter checks the flags' values as the server checks its
// parameters.
func digestFilter(f *query.Filter) error {
	v := map[string][]string{}
	for k, s := range map[string]string{"region": f.Region, "country": f.Country, "theme": f.Theme, "acled": f.ACLED, "acled_sub": f.ACLEDSub} {
		if s != "" {
			v[k] = []string{s}
		}
	}
	g, _, err := query.ParseFilter(v, 1)
	if err != nil {
		return err
	}
	*f = g
	return nil
}
