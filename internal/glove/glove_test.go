package glove

import "testing"

func TestClusters(t *testing.T) {
	m := Clusters()
	if len(m) < 200000 {
		t.Fatalf("%d words, want the 250,000 of the file", len(m))
	}
	a, b := Cluster("monday"), Cluster("tuesday")
	if a == "" || b == "" || a[:6] != b[:6] {
		t.Errorf("monday %q and tuesday %q: want known words in one coarse cluster", a, b)
	}
	if Cluster("qzxv-no-such-word") != "" {
		t.Error("an unknown word has a cluster")
	}
}
