package cluster

import "testing"

// The split is deterministic, every point gets a path, and distinct
// directions are parted.
func TestPathsDeterministic(t *testing.T) {
	vecs := Dense{{1, 0, 0}, {0.9, 0.1, 0}, {0, 1, 0}, {0.1, 0.9, 0}, {0, 0, 1}, {0, 0.1, 0.9}, {0.5, 0.5, 0}, {0.4, 0, 0.6}}
	for _, v := range vecs {
		Normalize(v)
	}
	r := Rounds{Power: 10, Means: 8}
	a, b := Paths(vecs, len(vecs), 4, r), Paths(vecs, len(vecs), 4, r)
	for i := range a {
		if a[i] == "" || a[i] != b[i] {
			t.Fatalf("paths %q and %q", a, b)
		}
	}
	if a[0][0] == a[4][0] && a[0][0] == a[2][0] {
		t.Errorf("three distinct directions in one half: %q", a)
	}
	if a[0] == a[2] || a[2] == a[4] || a[0] == a[4] {
		t.Errorf("distinct directions share a leaf: %q", a)
	}
}

// A group too small to split, or no deeper tree allowed, is one leaf.
func TestPathsLeaves(t *testing.T) {
	vecs := Dense{{1, 0}, {0, 1}, {0.6, 0.8}}
	for i, p := range Paths(vecs, len(vecs), 5, Rounds{Power: 10, Means: 8}) {
		if p != "" {
			t.Errorf("point %d of three has path %q, want the root", i, p)
		}
	}
	vecs = Dense{{1, 0}, {0.9, 0.1}, {0, 1}, {0.1, 0.9}}
	for i, p := range Paths(vecs, len(vecs), 0, Rounds{Power: 10, Means: 8}) {
		if p != "" {
			t.Errorf("depth 0: point %d has path %q", i, p)
		}
	}
}
