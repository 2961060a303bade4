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
