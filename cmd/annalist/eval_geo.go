package main

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/eval"
	"github.com/annalist/annalist/gazetteer"
	"github.com/annalist/annalist/geo"
	"github.com/annalist/annalist/ner"
	"github.com/annalist/annalist/text"
)

func init() {
	var corpora []string
	var reuters string
	var showErrors int
	var spotterOnly, rules bool
	var rankerFile string
	cmd := &cobra.Command{
		Use:   "geo --corpus FILE [--corpus FILE]...",
		Short: "Score place resolution on GeoVirus / TR-News XML",
		Long: `Reads geoparsing gold sets (GeoVirus.xml, TR-News.xml), finds and resolves the
places of each article as annalist extract does (the name tagger, then the
resolver, which adds confident gazetteer matches the tagger missed; with
--spotter-only, the gazetteer spotter alone), and prints:
recall of the gold toponyms (a resolved mention of the same name within a few
characters of the gold offset), accuracy among those found (countries and
first-level units by identity, other places within 161 km), end-to-end accuracy
(a miss counts as wrong), the median error in km of point-scored places, and
precision (meaningful where every toponym is annotated, as in TR-News).
Toponyms without coordinates are skipped. With --reuters, it also checks the
focus country against Reuters-21578 stories that carry exactly one place label.
--ranker scores a ranker written by annalist train geo instead of the embedded
one; --rules orders candidates by the resolver's rules alone.`,
		Example: `  annalist eval geo --corpus ../shared/eval/geo/TR-News.xml --corpus ../shared/eval/geo/GeoVirus.xml
  annalist eval geo --reuters ../shared/corpus/reuters21578
  annalist eval geo --ranker /tmp/tr.tsv.gz --corpus ../shared/eval/geo/GeoVirus.xml`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(corpora) == 0 && reuters == "" {
				return fmt.Errorf("eval geo: give at least one --corpus FILE or --reuters DIR")
			}
			start := time.Now()
			g := gazetteer.Default()
			fmt.Fprintf(cmd.OutOrStdout(), "gazetteer: %d places loaded in %v\n", g.Len(), time.Since(start).Round(time.Millisecond))
			res := geo.New(g)
			switch {
			case rules:
				res.Ranker = nil
			case rankerFile != "":
				f, err := os.Open(rankerFile)
				if err != nil {
					return err
				}
				res.Ranker, err = geo.ReadRanker(f)
				f.Close()
				if err != nil {
					return fmt.Errorf("%s: %w", rankerFile, err)
				}
			}
			for _, path := range corpora {
				if err := evalGeo(cmd.OutOrStdout(), path, res, showErrors, spotterOnly); err != nil {
					return err
				}
			}
			if reuters != "" {
				return evalFocus(cmd.OutOrStdout(), reuters, g)
			}
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&corpora, "corpus", nil, "GeoVirus or TR-News XML file (repeatable)")
	cmd.Flags().StringVar(&reuters, "reuters", "", "Reuters-21578 folder (*.sgm.gz): check the focus country against stories with one place label")
	cmd.Flags().IntVar(&showErrors, "errors", 0, "print up to N wrong or missed toponyms")
	cmd.Flags().StringVar(&rankerFile, "ranker", "", "score this ranker (from annalist train geo) instead of the embedded one")
	cmd.Flags().BoolVar(&rules, "rules", false, "order candidates by the resolver's rules, without the ranker")
	cmd.Flags().BoolVar(&spotterOnly, "spotter-only", false, "find places with the gazetteer spotter alone, without the name tagger")
	evalCmd.AddCommand(cmd)
}

func evalGeo(w io.Writer, path string, res *geo.Resolver, showErrors int, spotterOnly bool) error {
	r, err := scoreGeo(path, res, spotterOnly)
	if err != nil {
		return err
	}
	s, arts, took, causes, causeOf := r.score, r.articles, r.took, r.causes, r.causeOf
	fmt.Fprintf(w, "%s: %d articles, %d toponyms with points (%d without, skipped)\n", filepath.Base(path), arts, s.Gold, s.Unpointed)
	fmt.Fprintf(w, "  recall %.3f (%d/%d)  accuracy among found %.3f (%d/%d)  end-to-end %.3f\n",
		s.Recall(), s.Found, s.Gold, s.Accuracy(), s.Correct, s.Found, s.EndToEnd())
	fmt.Fprintf(w, "  precision %.3f (%d/%d predictions on gold toponyms)  median error %.1f km (%d by distance, %d by identity)\n",
		s.Precision(), s.MatchedPred, s.Predictions, s.MedianKm(), len(s.PointErrors), s.ByIdentity)
	fmt.Fprintf(w, "  points within %d km among found %.3f\n", eval.MaxKm, s.PointAccuracy())
	fmt.Fprintf(w, "  %.2f ms per article (tokenize, tag, resolve)\n", float64(took.Microseconds())/1000/float64(max(1, arts)))
	if len(causes) > 0 {
		keys := make([]string, 0, len(causes))
		for c := range causes {
			keys = append(keys, c)
		}
		sort.Slice(keys, func(a, b int) bool {
			return causes[keys[a]] > causes[keys[b]] || causes[keys[a]] == causes[keys[b]] && keys[a] < keys[b]
		})
		fmt.Fprintf(w, "  misses by cause:")
		for _, c := range keys {
			fmt.Fprintf(w, " %s %d;", c, causes[c])
		}
		fmt.Fprintln(w)
	}
	for i, e := range append(s.Errors, s.Spurious...) {
		if i >= showErrors {
			break
		}
		got := e.Got
		if c := causeOf[i]; c != "" {
			got += " [" + c + "]"
		}
		fmt.Fprintf(w, "  %-30.30s %-22.22s want %-28s got %s %.0f km\n", e.Article, e.Name, e.Want, got, e.Km)
	}
	return nil
}

// geoRun is the result of a run of the place resolver over a gold set.
type geoRun struct {
	score    eval.GeoScore
	articles int
	took     time.Duration
	causes   map[string]int // misses by cause (see missCause)
	causeOf  map[int]string // index in score.Errors → cause and mention
}

// scoreGeo finds and resolves the places of each article of the gold set
// at path as annalist extract does (or with the spotter alone) and scores
// them.
func scoreGeo(path string, res *geo.Resolver, spotterOnly bool) (geoRun, error) {
	g := res.Gaz
	f, err := os.Open(path)
	if err != nil {
		return geoRun{}, err
	}
	defer f.Close()
	arts, err := eval.ReadGeoCorpus(f)
	if err != nil {
		return geoRun{}, fmt.Errorf("%s: %w", path, err)
	}
	names, err := ner.NewExtractor()
	if err != nil {
		return geoRun{}, err
	}
	var s eval.GeoScore
	var took time.Duration
	causes := map[string]int{}
	causeOf := map[int]string{} // index in s.Errors → why it was missed
	for _, a := range arts {
		t0 := time.Now()
		d := text.Analyze(a.Text, a.Published)
		rec := &annalist.Record{Text: a.Text, Published: a.Published, URL: a.URL}
		if !spotterOnly {
			names.Extract(d, rec)
		}
		res.Extract(d, rec)
		took += time.Since(t0)
		before := len(s.Errors)
		s.Add(g, a, predictions(rec))
		for i := before; i < len(s.Errors); i++ {
			if s.Errors[i].Missed {
				c, m := missCause(rec, s.Errors[i].Start, s.Errors[i].End)
				causes[c]++
				causeOf[i] = c
				if m != "" {
					causeOf[i] += ": " + strconv.Quote(m)
				}
			}
		}
	}
	return geoRun{score: s, articles: len(arts), took: took, causes: causes, causeOf: causeOf}, nil
}

// missCause names why the gold toponym at start..end got no resolved
// mention: the kind of tagger mention over it (inside a longer one, on the
// same span, or unresolved), or none.
func missCause(rec *annalist.Record, start, end int) (cause, mention string) {
	// TR-News spans drift a few characters left: widen the gold span.
	for _, e := range rec.Entities {
		for _, m := range e.Mentions {
			if m.Start >= end+12 || start >= m.End {
				continue
			}
			typ := strings.ToLower(e.Type)
			switch {
			case e.Geo != nil:
				return "resolved mention not matched", m.Text
			case m.End-m.Start > end-start+2 && (e.Type != annalist.Location):
				return "inside " + typ, m.Text
			case e.Type == annalist.Location || e.Type == annalist.Misc:
				return typ + " unresolved", m.Text
			default:
				return "tagged " + typ, m.Text
			}
		}
	}
	return "no mention", ""
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

// evalFocus compares the focus country with the place label of Reuters
// stories labelled with exactly one country.
func evalFocus(w io.Writer, dir string, g *gazetteer.Gazetteer) error {
	files, err := eval.Files(dir, "*.sgm.gz")
	if err != nil {
		return fmt.Errorf("eval geo: %w", err)
	}
	res := geo.New(g)
	var n, agree, none int
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			return fmt.Errorf("%s: %w", path, err)
		}
		stories, err := eval.ReadReutersPlaces(zr)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		for _, s := range stories {
			if len(s.Places) != 1 {
				continue
			}
			want := eval.ReutersCountry(g, s.Places[0])
			if want == "" {
				continue
			}
			rec := &annalist.Record{Text: s.Text}
			res.Extract(text.Analyze(s.Text, ""), rec)
			n++
			switch {
			case rec.Focus == nil:
				none++
			case rec.Focus.Country == want:
				agree++
			}
		}
	}
	fmt.Fprintf(w, "Reuters-21578 focus: %d stories with one country label; focus agrees %.3f (%d), no focus %.3f (%d)\n",
		n, float64(agree)/float64(max(n, 1)), agree, float64(none)/float64(max(n, 1)), none)
	return nil
}
