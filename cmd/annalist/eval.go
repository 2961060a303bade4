package main

import "github.com/spf13/cobra"

// evalCmd groups the scorers; each lives in its own eval_*.go file and adds
// itself with evalCmd.AddCommand in an init function.
var evalCmd = &cobra.Command{
	Use:   "eval",
	Short: "Measure quality against outside-annotated gold sets",
	Long: `Score Annalist against gold sets such as those in ../shared/eval: CoNLL-2003 for
names, TimeML for time expressions, geoparsing corpora for places, PLOVER records
for events, PolNeAR attributions for quotes. Each subcommand prints precision, recall and F1 (or accuracy) and
the speed it measured.`,
	Example: `  annalist eval ner --conll ../shared/eval/ner-conll2003/eng.testa
  annalist eval timex ../shared/eval/timeml-tbaq/AQUAINT
  annalist eval geo --corpus ../shared/eval/geo/TR-News.xml
  annalist eval events --half even
  annalist eval judged
  annalist eval quotes ../shared/eval/polnear/dev`,
}

func init() { root.AddCommand(evalCmd) }
