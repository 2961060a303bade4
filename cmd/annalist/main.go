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
	Example: `  annalist extract examples/hajj-stampede-2006-01-13.txt
  annalist ingest examples/ && annalist search stampede
  annalist serve                    # the web UI and API on http://127.0.0.1:8080`,
	SilenceUsage:  true,
	SilenceErrors: true,
}

func main() {
	if cmd, err := root.ExecuteC(); err != nil {
		fmt.Fprintln(os.Stderr, "annalist:", err)
		if note := dataNote(cmd, err); note != "" {
			fmt.Fprintln(os.Stderr, note)
		}
		os.Exit(1)
	}
}
