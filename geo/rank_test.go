package geo

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/annalist/annalist/eval"
	"github.com/annalist/annalist/gazetteer"
	"github.com/annalist/annalist/ner"
)

// TestRankerReproduces retrains the ranker as `annalist train geo` does
// (GeoVirus, then TR-News, default options) and checks that it gives the
// embedded file byte for byte.
func TestRankerReproduces(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	g := gazetteer.Default()
	names, err := ner.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	var groups []RankGroup
	for _, file := range []string{"GeoVirus.xml", "TR-News.xml"} {
		f, err := os.Open(shared(t, "eval/geo/"+file))
		if err != nil {
			t.Fatal(err)
		}
		arts, err := eval.ReadGeoCorpus(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		groups = append(groups, RankGroups(g, arts, names.Extract)...)
	}
	var buf bytes.Buffer
	if _, err := TrainRanker(groups, DefaultTrainOptions).WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), rankerFile) {
		t.Errorf("retrained ranker (%d bytes) differs from geo/ranker.tsv.gz (%d bytes): rerun annalist train geo", buf.Len(), len(rankerFile))
	}
	// And the model round-trips.
	m, err := ReadRanker(bytes.NewReader(buf.Bytes()))
	if err != nil || len(m.W) == 0 {
		t.Fatalf("reading the ranker back: %v (%d weights)", err, len(m.W))
	}
}

func TestReadRankerErrors(t *testing.T) {
	if _, err := ReadRanker(strings.NewReader("not gzip")); err == nil {
		t.Error("plain text read as a ranker")
	}
	var buf bytes.Buffer
	(&Ranker{W: map[string]float64{"a": 1}}).WriteTo(&buf)
	m, err := ReadRanker(bytes.NewReader(buf.Bytes()))
	if err != nil || m.W["a"] != 1 {
		t.Errorf("round trip: %v %v", m, err)
	}
}

// TestTrainRankerLearns checks that training moves weight towards the
// feature of the right candidates.
func TestTrainRankerLearns(t *testing.T) {
	var gs []RankGroup
	for i := 0; i < 20; i++ {
		gs = append(gs, RankGroup{
			Feats:   [][]Feature{{{"big", 1}}, {{"near", 1}}},
			Correct: []bool{i%5 == 0, i%5 != 0},
		})
	}
	m := TrainRanker(gs, DefaultTrainOptions)
	if m.W["near"] <= m.W["big"] {
		t.Errorf("near %.3f should outweigh big %.3f", m.W["near"], m.W["big"])
	}
}
