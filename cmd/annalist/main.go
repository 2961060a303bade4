// Command annalist reads news articles and writes the record a careful
// analyst would: who did what to whom, where, when and how many.
package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
)

var root = &cobra.Command{
	Use:   "annalist",
	Short: "Turn news articles into records of who did what to whom, where, when and how many",
	Long: `Annalist reads news articles (the seed format "date YYYY-MM-DD <body>", plain
text, JSON Lines, web pages, feeds, web archives) and writes, for each, a record
of the people, organisations and places it names (places geocoded), its time
expressions resolved against the publication date, counts of killed, injured and
arrested, quotes with their speakers, and events, each traced to the exact bytes
it came from. Records can be kept in a searchable store.`,
	Example: `  annalist extract ../shared/seed/kazakhstan-2023-01-05.txt
  annalist ingest ./articles/ && annalist search "police crackdown"`,
	SilenceUsage:  true,
	SilenceErrors: true,
}

func main() {
	if err := root.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "annalist:", err)
		os.Exit(1)
	}
}
