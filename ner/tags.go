package ner

// The tagger labels tokens in the BILOU scheme (Begin, Inside, Last,
// Unit-length, Outside): it models name ends explicitly, which is worth
// about a point of F1 over BIO for linear taggers (Ratinov & Roth 2009).

// The CoNLL-2003 entity types, as the tagger's spans spell them.
const (
	PER  = "PER"
	ORG  = "ORG"
	LOC  = "LOC"
	MISC = "MISC"
)

// Types are the entity types in the order of the tag indices.
var Types = [...]string{PER, ORG, LOC, MISC}

const (
	numTypes = len(Types)
	numTags  = 1 + 4*numTypes // O, then B I L U for each type
	tagO     = 0
)

// Positions within a type's block of four tags.
const (
	posB = iota
	posI
	posL
	posU
)

func tagOf(typ, pos int) int { return 1 + 4*typ + pos }
func typeOf(tag int) int     { return (tag - 1) / 4 }
func posOf(tag int) int      { return (tag - 1) % 4 }

func typeIndex(t string) int {
	for i, s := range Types {
		if s == t {
			return i
		}
	}
	return -1
}

// Span is a name found in a sentence: words [Start, End) of type Type
// (one of Types).
type Span struct {
	Start, End int
	Type       string
}

// splitTag splits "B-PER" into "B" and "PER"; "O" and malformed tags are O.
func splitTag(t string) (prefix, typ string) {
	if len(t) > 2 && t[1] == '-' {
		return t[:1], t[2:]
	}
	return "O", ""
}

// chunkEnds and chunkStarts follow conlleval's endOfChunk and startOfChunk
// for the IOB1, IOB2, IOE and IOBES tag styles.
func chunkEnds(prevP, prevT, p, t string) bool {
	switch {
	case prevP == "O":
		return false
	case prevP == "E" || prevP == "S":
		return true
	case p == "B" || p == "S" || p == "O":
		return true
	}
	return prevT != t
}

func chunkStarts(prevP, prevT, p, t string) bool {
	switch {
	case p == "O":
		return false
	case p == "B" || p == "S":
		return true
	case prevP == "E" || prevP == "S" || prevP == "O":
		return true
	}
	return prevT != t
}

// Chunks reads the names out of tags (IOB1, IOB2, IOE or IOBES) as
// conlleval does.
func Chunks(tags []string) []Span {
	var out []Span
	prevP, prevT := "O", ""
	open := -1
	for i, tag := range tags {
		p, t := splitTag(tag)
		if open >= 0 && chunkEnds(prevP, prevT, p, t) {
			out[open].End = i
			open = -1
		}
		if chunkStarts(prevP, prevT, p, t) {
			out = append(out, Span{Start: i, End: len(tags), Type: t})
			open = len(out) - 1
		}
		prevP, prevT = p, t
	}
	return out
}

// encodeBILOU turns spans over n words into tag indices; spans of unknown
// types are left O.
func encodeBILOU(spans []Span, n int) []int {
	tags := make([]int, n)
	for _, s := range spans {
		ti := typeIndex(s.Type)
		if ti < 0 {
			continue
		}
		if s.End-s.Start == 1 {
			tags[s.Start] = tagOf(ti, posU)
			continue
		}
		tags[s.Start] = tagOf(ti, posB)
		for i := s.Start + 1; i < s.End-1; i++ {
			tags[i] = tagOf(ti, posI)
		}
		tags[s.End-1] = tagOf(ti, posL)
	}
	return tags
}

// decodeBILOU reads spans from tag indices. Viterbi only yields valid
// sequences, but a stray I or L is read leniently as a name of its own.
func decodeBILOU(tags []int) []Span {
	var out []Span
	start := -1
	for i, t := range tags {
		if t == tagO {
			start = -1
			continue
		}
		ty, p := typeOf(t), posOf(t)
		if start >= 0 && typeOf(tags[start]) != ty {
			start = -1
		}
		switch p {
		case posU:
			out = append(out, Span{i, i + 1, Types[ty]})
			start = -1
		case posB:
			start = i
		case posI:
			if start < 0 {
				start = i
			}
		case posL:
			if start < 0 {
				start = i
			}
			out = append(out, Span{start, i + 1, Types[ty]})
			start = -1
		}
	}
	return out
}

// allowed[prev][next] says whether the BILOU grammar permits next after
// prev; row numTags is the start of a sentence.
var allowed [numTags + 1][numTags]bool

// allowedEnd says which tags may end a sentence.
var allowedEnd [numTags]bool

func init() {
	open := func(t int) bool { return t != tagO && (posOf(t) == posB || posOf(t) == posI) }
	for p := 0; p <= numTags; p++ {
		for n := 0; n < numTags; n++ {
			switch {
			case p < numTags && open(p):
				allowed[p][n] = n != tagO && typeOf(n) == typeOf(p) && (posOf(n) == posI || posOf(n) == posL)
			default:
				allowed[p][n] = n == tagO || posOf(n) == posB || posOf(n) == posU
			}
		}
	}
	for t := 0; t < numTags; t++ {
		allowedEnd[t] = !open(t)
	}
}
