package geo

// spanBlock is the width in bytes of the blocks spanIndex files spans under.
const spanBlock = 256

// spanIndex finds the spans that overlap a span without scanning them all,
// so that checking every toponym of a long article against every mention
// stays linear. Spans are filed under each block of text they cover.
type spanIndex struct {
	blocks map[int][]int // block -> ids given to add, in the order added
}

func newSpanIndex() *spanIndex { return &spanIndex{blocks: map[int][]int{}} }

// blockRange is the blocks a span [start, end) is filed under. Two spans
// that overlap (start < other end and other start < end) share one: they
// share a byte, or one is empty and lies strictly inside the other.
func blockRange(start, end int) (int, int) {
	return start / spanBlock, max(start, end-1) / spanBlock
}

func (x *spanIndex) add(id, start, end int) {
	a, b := blockRange(start, end)
	for k := a; k <= b; k++ {
		x.blocks[k] = append(x.blocks[k], id)
	}
}

// near calls f with the id of each span filed in a block of [start, end),
// until f returns false: every span that overlaps it, and some that do not
// (the caller tests). An id may come more than once. It tells whether f
// never returned false.
func (x *spanIndex) near(start, end int, f func(id int) bool) bool {
	a, b := blockRange(start, end)
	for k := a; k <= b; k++ {
		for _, id := range x.blocks[k] {
			if !f(id) {
				return false
			}
		}
	}
	return true
}
