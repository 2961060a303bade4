package story

import (
	"slices"
	"testing"
)

// Two groups whose reports agree on different people (one boxer against
// two challengers) conflict; a group that also names the other's man, or
// names no one, does not.
func TestConflictingGroups(t *testing.T) {
	group := func(people ...[]int32) []member {
		var ms []member
		for _, ids := range people {
			fs := factSet{ids: ids, kinds: make([]uint8, len(ids)), weights: make([]float32, len(ids))}
			for i := range fs.kinds {
				fs.kinds[i] = kindPerson
			}
			ms = append(ms, member{facts: fs})
		}
		return ms
	}
	rahman := group([]int32{1, 2}, []int32{1, 2}, []int32{2})
	thompson := group([]int32{1, 3}, []int32{1, 3})
	if !conflicting(rahman, thompson) {
		t.Error("different challengers: no conflict found")
	}
	if conflicting(rahman, group([]int32{1, 2, 3}, []int32{1, 3})) {
		t.Error("a group naming the other's challenger conflicts")
	}
	if conflicting(rahman, group([]int32{}, []int32{})) {
		t.Error("a group naming no one conflicts")
	}
}

// A story of five or more reports that agree on no name is a catch-all;
// fewer, or five that share a name, are not.
func TestCoreless(t *testing.T) {
	reports := func(ids ...int32) []member {
		var ms []member
		for _, id := range ids {
			ms = append(ms, member{facts: factSet{ids: []int32{id}, kinds: []uint8{kindName}, weights: []float32{1}}})
		}
		return ms
	}
	if !coreless(reports(1, 2, 3, 4, 5)) {
		t.Error("five reports naming five companies: not coreless")
	}
	if coreless(reports(1, 2, 3, 4)) {
		t.Error("four reports: coreless")
	}
	if coreless(reports(1, 1, 1, 4, 5)) {
		t.Error("three of five naming one company: coreless")
	}
}

// sims is a similarity over items in two sets: within a set within,
// across the sets across.
func sims(first map[int]bool, within, across float64) func(i, j int) float64 {
	return func(i, j int) float64 {
		if first[i] == first[j] {
			return within
		}
		return across
	}
}

// Average link often leaves one odd report as a group of its own and the
// rest of both happenings together; refining moves each report to the
// group it is likelier with, and never empties a group.
func TestRefineMovesStrays(t *testing.T) {
	sim := sims(map[int]bool{0: true, 1: true, 2: true}, 0.9, 0.4)
	got := refine([][]int{{0, 1, 2, 3, 4}, {5}}, sim)
	if !slices.Equal(got[0], []int{0, 1, 2}) || !slices.Equal(got[1], []int{3, 4, 5}) {
		t.Errorf("refined to %v, want [[0 1 2] [3 4 5]]", got)
	}
	// The group of item 0 comes first, whichever it was.
	got = refine([][]int{{5}, {0, 1, 2, 3, 4}}, sim)
	if !slices.Equal(got[0], []int{0, 1, 2}) {
		t.Errorf("refined to %v, want item 0's group first", got)
	}
	// One story: everything alike; the odd one stays where it is.
	flat := func(i, j int) float64 { return 0.8 }
	got = refine([][]int{{0, 1, 2}, {3}}, flat)
	if len(got[1]) != 1 {
		t.Errorf("refined to %v, emptied or grew a group with nothing to tell", got)
	}
}

// Two groups far less alike across than within are apart; groups about as
// alike across as within, or a group of one, are not.
func TestApart(t *testing.T) {
	first := map[int]bool{0: true, 1: true, 2: true}
	a, b := []int{0, 1, 2}, []int{3, 4}
	if !apart(a, b, sims(first, 0.9, 0.45)) {
		t.Error("within 0.9, across 0.45: not apart")
	}
	if apart(a, b, sims(first, 0.7, 0.45)) {
		t.Error("within 0.7, across 0.45: apart")
	}
	if apart(a, []int{3}, sims(first, 0.9, 0.1)) {
		t.Error("a group of one is apart")
	}
}

// A story whose latest reports fall in two groups, each far likelier with
// its own, is split when the two would not be merged again (their words
// differ) and kept when they would (the same words: one happening whose
// reports the same model happens to pair unevenly).
func TestSplitApartGroups(t *testing.T) {
	for _, tc := range []struct {
		name  string
		words [2][]string
		split bool
	}{
		{"different words", [2][]string{{"heist", "drag", "wigs", "winston"}, {"rammed", "car", "ablaze", "vendome"}}, true},
		{"the same words", [2][]string{{"heist", "drag", "wigs", "winston"}, {"heist", "drag", "wigs", "winston"}}, false},
	} {
		x := NewIndex(Options{})
		x.articles = 1000 // a store of a thousand, each word in a few
		si := x.newStory("a0")
		s := x.stories[si]
		for g, n := range []int{4, 3} {
			for k := 0; k < n; k++ {
				d := int32(len(x.docs))
				x.addDoc(doc{id: "a" + string(rune('0'+d)), story: si})
				v := vector{}
				for _, w := range tc.words[g] {
					x.df[featureHash(w)] = 7
					v.ids = append(v.ids, x.intern(w))
					v.vals = append(v.vals, float32(0.5))
				}
				s.members = append(s.members, member{vector: v, doc: d})
				s.docs = append(s.docs, d)
				s.size++
				row := make([]float32, len(s.members)-1)
				for j := range row {
					row[j] = 0.4 // across: above Options.Split
					if (j < 4) == (g == 0) {
						row[j] = 0.9 // within
					}
				}
				s.pairs = append(s.pairs, row)
			}
		}
		x.split(si, int32(len(x.docs)-1))
		if got := x.Stories(); (got == 2) != tc.split {
			t.Errorf("%s: %d stories after the split test, want split %v", tc.name, got, tc.split)
		}
	}
}

// The rarest feature two reports share: one that two articles hold tells
// more than one that fifty hold; none shared, nothing.
func TestRarestShared(t *testing.T) {
	x := NewIndex(Options{})
	df := map[string]int32{"jewel": 50, "paris": 80, "4x4": 2, "ablaze": 3}
	vec := func(words ...string) vector {
		var v vector
		for _, w := range words {
			x.df[featureHash(w)] = df[w]
			v.ids = append(v.ids, x.intern(w))
			v.vals = append(v.vals, 1)
		}
		slices.Sort(v.ids)
		return v
	}
	a := vec("jewel", "paris", "4x4", "ablaze")
	rare := x.rarestShared(a, vec("jewel", "4x4"))
	common := x.rarestShared(a, vec("jewel", "paris"))
	if !(rare > common && common > 0) {
		t.Errorf("sharing 4x4 (2 articles) %.3f, sharing jewel and paris (50, 80) %.3f", rare, common)
	}
	if got := x.rarestShared(vec("jewel"), vec("ablaze")); got != 0 {
		t.Errorf("nothing shared: %.3f", got)
	}
}
