package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/annalist/annalist/clean"
	"github.com/annalist/annalist/eval"
)

func init() {
	var dir string
	var verbose bool
	cmd := &cobra.Command{
		Use:   "article",
		Short: "Score main-text extraction from web pages on the article-extraction benchmark",
		Long: `Extract the article body of each page of the article-extraction benchmark
(html/<id>.html.gz, ground-truth.json) and score it as the benchmark does:
precision and recall of 4-token shingles per page, averaged over pages, F1 of
the averages, with bootstrap deviations. Two lines: the main text as
extracted, and after body cleaning (promo and boilerplate removal).`,
		Example: `  annalist eval article --dir ../shared/eval/article-extraction`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			pages, err := eval.LoadArticleGold(dir)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			extracted, mains, errs := eval.RunArticles(pages, func(page []byte, url string) (string, error) {
				return clean.MainText(page, url)
			})
			fmt.Fprintf(out, "extracted  %s\n", extracted)
			// Clean what was extracted, timing extraction and cleaning.
			i := 0
			cleaned, _, _ := eval.RunArticles(pages, func([]byte, string) (string, error) {
				defer func() { i++ }()
				if errs[i] != nil {
					return "", errs[i]
				}
				return clean.Text(mains[i]).Text, nil
			})
			cleaned.Elapsed += extracted.Elapsed
			fmt.Fprintf(out, "cleaned    %s\n", cleaned)
			if verbose {
				for i, err := range errs {
					if err != nil {
						fmt.Fprintf(cmd.ErrOrStderr(), "%s: %v\n", pages[i].ID, err)
					}
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "../shared/eval/article-extraction", "benchmark folder (ground-truth.json, html/)")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list the pages that failed")
	evalCmd.AddCommand(cmd)
}
