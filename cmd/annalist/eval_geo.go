package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/eval"
	"github.com/annalist/annalist/gazetteer"
	"github.com/annalist/annalist/geo"
	"github.com/annalist/annalist/text"
)

func init() {
	var corpora []string
	var showErrors int
	cmd := &cobra.Command{
		Use:   "geo --corpus FILE [--corpus FILE]...",
		Short: "Score place resolution on GeoVirus / TR-News XML",
		Long: `Reads geoparsing gold sets (GeoVirus.xml, TR-News.xml), finds and resolves the
places of each article with the gazetteer spotter and the resolver, and prints:
recall of the gold toponyms (a resolved mention of the same name within a few
characters of the gold offset), accuracy among those found (countries and
first-level units by identity, other places within 161 km), end-to-end accuracy
(a miss counts as wrong), the median error in km of point-scored places, and
precision (meaningful where every toponym is annotated, as in TR-News).
Toponyms without coordinates are skipped.`,
		Example: `  annalist eval geo --corpus ../shared/eval/geo/TR-News.xml --corpus ../shared/eval/geo/GeoVirus.xml`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(corpora) == 0 {
				return fmt.Errorf("eval geo: give at least one --corpus FILE")
			}
			start := time.Now()
			g := gazetteer.Default()
			fmt.Fprintf(cmd.OutOrStdout(), "gazetteer: %d places loaded in %v\n", g.Len(), time.Since(start).Round(time.Millisecond))
			for _, path := range corpora {
				if err := evalGeo(cmd.OutOrStdout(), path, g, showErrors); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&corpora, "corpus", nil, "GeoVirus or TR-News XML file (repeatable)")
	cmd.Flags().IntVar(&showErrors, "errors", 0, "print up to N wrong or missed toponyms")
	evalCmd.AddCommand(cmd)
}

func evalGeo(w io.Writer, path string, g *gazetteer.Gazetteer, showErrors int) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	arts, err := eval.ReadGeoCorpus(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	res := geo.New(g)
	var s eval.GeoScore
	var took time.Duration
	for _, a := range arts {
		t0 := time.Now()
		d := text.Analyze(a.Text, a.Published)
		rec := &annalist.Record{Text: a.Text, Published: a.Published}
		res.Extract(d, rec)
		took += time.Since(t0)
		s.Add(g, a, predictions(rec))
	}
	fmt.Fprintf(w, "%s: %d articles, %d toponyms with points (%d without, skipped)\n", filepath.Base(path), len(arts), s.Gold, s.Unpointed)
	fmt.Fprintf(w, "  recall %.3f (%d/%d)  accuracy among found %.3f (%d/%d)  end-to-end %.3f\n",
		s.Recall(), s.Found, s.Gold, s.Accuracy(), s.Correct, s.Found, s.EndToEnd())
	fmt.Fprintf(w, "  precision %.3f (%d/%d predictions on gold toponyms)  median error %.1f km (%d by distance, %d by identity)\n",
		s.Precision(), s.MatchedPred, s.Predictions, s.MedianKm(), len(s.PointErrors), s.ByIdentity)
	fmt.Fprintf(w, "  %.2f ms per article (tokenize, spot, resolve)\n", float64(took.Microseconds())/1000/float64(max(1, len(arts))))
	for i, e := range s.Errors {
		if i >= showErrors {
			break
		}
		fmt.Fprintf(w, "  %-30.30s %-22.22s want %-28s got %s %.0f km\n", e.Article, e.Name, e.Want, e.Got, e.Km)
	}
	return nil
}

// predictions are the resolved mentions of a record.
func predictions(rec *annalist.Record) []eval.GeoPrediction {
	var out []eval.GeoPrediction
	for _, e := range rec.Entities {
		if e.Geo == nil {
			continue
		}
		for _, m := range e.Mentions {
			out = append(out, eval.GeoPrediction{Start: m.Start, End: m.End, Kind: e.Geo.Kind, Country: e.Geo.Country,
				Admin1: e.Geo.Admin1, Lat: e.Geo.Lat, Lon: e.Geo.Lon})
		}
	}
	return out
}
