package story

import "testing"

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

// A near-copy goes where its original goes: copies are not members of
// their story, so a split that moves the original must take them along
// (ECB+'s boxing topic: three copies of the first report of a second
// fight stayed in the first fight's story when that report was split off).
func TestCopiesFollowTheirOriginal(t *testing.T) {
	x := NewIndex(Options{})
	from, to := x.newStory("a"), x.newStory("b")
	for _, d := range []doc{{id: "a"}, {id: "b"}, {id: "b2", dupOf: "b"}, {id: "b3", dupOf: "b"}, {id: "c"}} {
		d.story = from
		x.stories[from].docs = append(x.stories[from].docs, int32(len(x.docs)))
		x.addDoc(d)
	}
	x.moveDoc(1, from, to, 1)
	for id, want := range map[string]string{"a": "a", "b": "b", "b2": "b", "b3": "b", "c": "a"} {
		if got := x.StoryOf(id); got != want {
			t.Errorf("%s in story %q, want %q", id, got, want)
		}
	}
	if len(x.stories[from].docs) != 2 || len(x.stories[to].docs) != 3 {
		t.Errorf("stories hold %d and %d articles, want 2 and 3", len(x.stories[from].docs), len(x.stories[to].docs))
	}
	if m := x.TakeMoves(); len(m) != 2 || m[0].ID != "b2" || m[1].ID != "b3" {
		t.Errorf("moves %v, want b2 and b3 reported (b is the newcomer)", m)
	}
}
