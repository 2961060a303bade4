package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Features are hashed (FNV-1a) straight into rows of a fixed-size weight
// table: no feature dictionary to store or look up, a model of known size,
// and collisions that cost little at 2^19 rows.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Feature templates: each is hashed with its own id so that equal strings
// from different templates fall in different rows.
const (
	fBias byte = iota + 1
	fLower
	fExact
	fShape
	fShort
	fPrefix
	fSuffix
	fLowerAt  // + offset
	fShortAt  // + offset
	fBigramL  // L[-1] L[0]
	fBigramR  // L[0] L[+1]
	fShapeTri // short shapes -1 0 +1
	fFirst
	fCapsSent
	fHyphenPart
	fFirstName
	fFirstNamePrev
	fFirstNameNext
	fOrgCue
	fOrgCueAhead
	fTitlePrev
	fTitlePrev2
	fDocCase
	fPrevLowerShape
	fShapeNextLower
	fCluster
	fClusterAt
	fPlace
	fPlaceSpan
	fCapPrior
	fQuoted
	fGlove
	fGloveAt
	fActor
	fDocCtx
)

// token is what the features need to know of one word.
type token struct {
	*lexeme        // the word's form, whatever the sentence
	docCase int8   // index into docCaseNames, -1 when none
	docCtx  uint16 // context flags of the word's capitalised occurrences in the document
	place   string // place-name membership, "" when none
	actor   string // actor-list membership and position ("ORG-B"), "" when none
}

// featurizer turns sentences into rows of the weight table.
type featurizer struct {
	mask  uint32
	lex   *Lexicons
	words *lexemes // nil: work every form out afresh
	buf   []byte
	// w, when set (a tagger's featurizers), are the weights the rows
	// index: each lexeme then keeps the sums of its rows that do not
	// depend on the sentence (sums), and features leaves those rows out.
	w []int16
}

func (f *featurizer) hash(t byte, parts ...string) uint32 {
	h := uint64(fnvOffset)
	h ^= uint64(t)
	h *= fnvPrime
	for k, p := range parts {
		if k > 0 {
			h ^= 0x1f
			h *= fnvPrime
		}
		for i := 0; i < len(p); i++ {
			h ^= uint64(p[i])
			h *= fnvPrime
		}
	}
	h ^= h >> 29
	return uint32(h) & f.mask
}

// shapeOf maps letters to X/x, digits to d and keeps other characters;
// the short shape collapses runs ("Xxxxx" -> "Xx").
func shapeOf(w string) (shape, short string) {
	var sb, ss []byte
	var last byte
	n := 0
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '~'
		}
		if n < 10 {
			sb = append(sb, c)
		}
		n++
		if c != last {
			ss = append(ss, c)
			last = c
		}
	}
	return string(sb), string(ss)
}

func hasLower(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

func hasUpper(w string) bool {
	for _, r := range w {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func hasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// capsSentence reports whether a sentence is written in capitals (a
// headline or dateline): letters but no lower-case ones.
func capsSentence(words []string) bool {
	letters := 0
	for _, w := range words {
		if hasLower(w) {
			return false
		}
		if hasLetter(w) {
			letters++
		}
	}
	return letters > 0
}

func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// docCase gathers how each word is written across a document: capitalised
// inside mixed-case sentences, or lower case. It tells a headline's
// "JAPAN" (a name elsewhere) from its "GET" (lower case elsewhere).
//
// It also aggregates, over the capitalised occurrences of each word, the
// local evidence a single occurrence may lack (Ratinov and Roth's context
// aggregation): "Peters" that follows a first name or a title elsewhere in
// the story, "Email" that never does.
type docCase map[string]uint16

const (
	seenCapMid uint16 = 1 << iota
	seenLower
	// Context of capitalised occurrences:
	ctxAfterFirstName // "Audley Peters"
	ctxAfterTitle     // "Supt Peters", "President Ruto"
	ctxOrgCueAhead    // "Halyk Bank", "Peters Group"
	ctxAfterLocPrep   // "in Almaty", "from Taraz"
	ctxInRun          // part of a run of capitalised words
	ctxAlone          // a lone capitalised word mid-sentence
	ctxSaid           // "Peters said", "said Peters"
	ctxPossessive     // "Kazakhstan's"
)

var ctxNames = [...]struct {
	bit  uint16
	name string
}{
	{ctxAfterFirstName, "first"}, {ctxAfterTitle, "title"}, {ctxOrgCueAhead, "orgcue"},
	{ctxAfterLocPrep, "locprep"}, {ctxInRun, "run"}, {ctxAlone, "alone"}, {ctxSaid, "said"},
	{ctxPossessive, "poss"},
}

var locPreps = map[string]bool{"in": true, "at": true, "from": true, "near": true, "to": true, "across": true}
var saidWords = map[string]bool{"said": true, "says": true, "told": true, "added": true}

func newDocCase(sents [][]string) docCase {
	dc := docCase{}
	var lows []string
	for _, ws := range sents {
		if capsSentence(ws) {
			continue
		}
		// Lower-case forms once per sentence: the context of a word
		// looks at its neighbours'.
		lows = lows[:0]
		for _, w := range ws {
			lows = append(lows, strings.ToLower(w))
		}
		for i, w := range ws {
			if !hasLetter(w) {
				continue
			}
			var f uint16
			switch {
			case !hasLower(w) || isCap(w):
				if i > 0 && !isQuoteOrBracket(ws[i-1]) {
					f = seenCapMid
				}
				f |= contextFlags(ws, lows, i)
			default:
				f = seenLower
			}
			if old, ok := dc[lows[i]]; !ok || old|f != old {
				dc[lows[i]] = old | f
			}
		}
	}
	return dc
}

// contextFlags says what surrounds the capitalised word i.
func contextFlags(ws, lows []string, i int) uint16 {
	var f uint16
	capAt := func(k int) bool { return k >= 0 && k < len(ws) && isCap(ws[k]) }
	if i > 0 {
		p := lows[i-1]
		switch {
		case isCap(ws[i-1]) && firstNames[p]:
			f |= ctxAfterFirstName
		case titles[p] || titles[strings.TrimSuffix(p, ".")]:
			f |= ctxAfterTitle
		case locPreps[ws[i-1]]:
			f |= ctxAfterLocPrep
		case saidWords[ws[i-1]]:
			f |= ctxSaid
		}
	}
	if capAt(i-1) || capAt(i+1) {
		if i > 0 {
			f |= ctxInRun
		}
	} else if i > 0 {
		f |= ctxAlone
	}
	for k := i + 1; k < len(ws) && k <= i+3 && isCap(ws[k]); k++ {
		if orgCues[lows[k]] {
			f |= ctxOrgCueAhead
			break
		}
	}
	if i+1 < len(ws) {
		switch n := ws[i+1]; {
		case saidWords[n]:
			f |= ctxSaid
		case n == "'s" || n == "’s":
			f |= ctxPossessive
		}
	}
	return f
}

func isQuoteOrBracket(w string) bool {
	switch w {
	case "\"", "“", "‘", "'", "(", "[", "-", "--", ":", "``":
		return true
	}
	return false
}

// prepare fills the per-word facts of one sentence.
func (f *featurizer) prepare(words []string, dc docCase, out []token) []token {
	out = out[:0]
	caps := capsSentence(words)
	for i, w := range words {
		t := token{lexeme: f.lexeme(w), docCase: -1}
		l := t.lower
		if hasLetter(w) && (caps || i == 0 || !hasLower(w) || (i > 0 && isQuoteOrBracket(words[i-1]))) {
			switch dc[l] & (seenCapMid | seenLower) {
			case seenCapMid:
				t.docCase = 0 // "cap"
			case seenLower:
				t.docCase = 1 // "low"
			case seenCapMid | seenLower:
				t.docCase = 2 // "both"
			default:
				t.docCase = 3 // "none"
			}
		}
		if t.cap {
			t.docCtx = dc[l] &^ (seenCapMid | seenLower)
		}
		out = append(out, t)
	}
	if f.lex.Places != nil {
		f.markPlaces(out)
	}
	if f.lex.actors != nil {
		f.markActors(out)
	}
	return out
}

var actorPos = [...][4]string{
	{"ORG-B", "ORG-I", "ORG-L", "ORG-U"},
	{"PER-B", "PER-I", "PER-L", "PER-U"},
}

// markActors marks the words of the longest known actor name starting at
// each capitalised word, with their position in it.
func (f *featurizer) markActors(ts []token) {
	for i := 0; i < len(ts); {
		n := 0
		if ml := ts[i].actorLen; ml > 0 && ts[i].cap {
			for k := min(ml, len(ts)-i); k >= 1 && n == 0; k-- {
				if !ts[i+k-1].cap {
					continue
				}
				f.buf = f.buf[:0]
				for j := i; j < i+k; j++ {
					if j > i {
						f.buf = append(f.buf, ' ')
					}
					f.buf = append(f.buf, ts[j].lower...)
				}
				typ, ok := f.lex.actors[string(f.buf)]
				if !ok {
					continue
				}
				pos := &actorPos[0]
				if typ == PER {
					pos = &actorPos[1]
				}
				if k == 1 {
					ts[i].actor = pos[posU]
				} else {
					ts[i].actor = pos[posB]
					for j := i + 1; j < i+k-1; j++ {
						ts[j].actor = pos[posI]
					}
					ts[i+k-1].actor = pos[posL]
				}
				n = k
			}
		}
		i += max(n, 1)
	}
}

// markPlaces marks words inside runs of up to three words that name a
// place, preferring the longest run.
func (f *featurizer) markPlaces(ts []token) {
	for i := 0; i < len(ts); {
		if !ts[i].cap {
			i++
			continue
		}
		n := 0
		for k := min(3, len(ts)-i); k >= 1; k-- {
			if !ts[i+k-1].cap {
				continue // the last word of a place name is capitalised
			}
			var sb strings.Builder
			for j := i; j < i+k; j++ {
				if j > i {
					sb.WriteByte(' ')
				}
				sb.WriteString(ts[j].lower)
			}
			if kind := f.lex.Places(sb.String()); kind != "" {
				for j := i; j < i+k; j++ {
					ts[j].place = kind
				}
				n = k
				break
			}
		}
		if n == 0 {
			n = 1
		}
		i += n
	}
}

var offsetNames = [...]string{"-2", "-1", "+1", "+2"}

// features appends the rows of word i of ts to out: the rows its lexeme
// holds, and those of the features that look at its neighbours or its
// document. Their order does not matter: the tagger adds them up.
func (f *featurizer) features(ts []token, i int, caps bool, out []uint32) []uint32 {
	t := &ts[i]
	at := func(k int) *token {
		if k < 0 || k >= len(ts) {
			return nil
		}
		return &ts[k]
	}
	lowerAt := func(k int) string {
		if k < 0 {
			return "<s>"
		}
		if k >= len(ts) {
			return "</s>"
		}
		return ts[k].lower
	}
	shortAt := func(k int) string {
		if k < 0 {
			return "<s>"
		}
		if k >= len(ts) {
			return "</s>"
		}
		return ts[k].short
	}
	if f.w == nil {
		out = append(out, t.own...)
	}
	if caps {
		// A headline is featurised as the words would be written in
		// running text.
		out = append(out, t.exactLower)
	} else {
		out = append(out, t.exact)
	}
	for k, d := range [...]int{-2, -1, 1, 2} {
		if n := at(i + d); n != nil {
			if f.w == nil {
				out = append(out, n.lowerAt[k], n.shortAt[k])
			}
		} else {
			out = append(out,
				f.hash(fLowerAt, offsetNames[k], lowerAt(i+d)),
				f.hash(fShortAt, offsetNames[k], shortAt(i+d)))
		}
	}
	out = append(out,
		f.hash(fBigramL, lowerAt(i-1), t.lower),
		f.hash(fBigramR, t.lower, lowerAt(i+1)),
		f.hash(fShapeTri, shortAt(i-1), t.short, shortAt(i+1)),
		f.hash(fPrevLowerShape, lowerAt(i-1), t.short),
		f.hash(fShapeNextLower, t.short, lowerAt(i+1)),
	)
	if i == 0 {
		out = append(out, t.first)
	}
	if caps {
		out = append(out, t.capsSent)
	}
	if p := at(i - 1); p != nil && p.firstName && p.cap {
		out = append(out, t.firstNamePrev)
	}
	if n := at(i + 1); n != nil && n.firstName && n.cap {
		out = append(out, t.firstNameNext)
	}
	// An organisation cue ahead in the same run of capitalised words.
	for k := i + 1; k < len(ts) && k <= i+3; k++ {
		if !ts[k].cap {
			break
		}
		if ts[k].orgCue {
			out = append(out, f.hash(fOrgCueAhead, offsetNames[min(k-i-1, 1)+2]))
			break
		}
	}
	if p := at(i - 1); p != nil && p.title {
		out = append(out, t.titlePrev)
	}
	if p := at(i - 2); p != nil && p.title {
		out = append(out, t.titlePrev2)
	}
	if t.docCase >= 0 {
		out = append(out, t.lexeme.docCase[t.docCase])
	}
	if t.docCtx != 0 {
		for _, c := range ctxNames {
			if t.docCtx&c.bit != 0 {
				out = append(out, f.hash(fDocCtx, c.name))
			}
		}
	}
	if t.cluster != "" {
		if p := at(i - 1); p != nil && p.cluster != "" {
			out = append(out, p.clusterAt[0])
		}
		if n := at(i + 1); n != nil && n.cluster != "" {
			out = append(out, n.clusterAt[1])
		}
	}
	if p := at(i - 1); p != nil && p.glove != "" {
		out = append(out, p.gloveAt[0])
	}
	if n := at(i + 1); n != nil && n.glove != "" {
		out = append(out, n.gloveAt[1])
	}
	if t.actor != "" {
		out = append(out, f.hash(fActor, t.actor))
	}
	if t.place != "" {
		out = append(out, f.hash(fPlace, t.place))
		if p := at(i - 1); p != nil && p.place != "" {
			out = append(out, f.hash(fPlaceSpan, "-1"))
		}
	}
	return out
}
