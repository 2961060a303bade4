package syntax

import (
	"encoding/binary"
	"sync"

	"github.com/annalist/annalist/text"
)

// News repeats itself: a story sent again with a new headline, a
// boilerplate line under every company's results. A sentence's tags and
// tree depend on its words alone, so the pipeline's parser (Lazy) keeps
// the analyses of the last memoSize sentences it tagged and parsed in
// full, and gives a repeated sentence a copy instead of analysing it
// again: the same Words for less work.
const memoSize = 4096

// memo keeps the full analyses of recent sentences, by their words.
type memo struct {
	mu   sync.Mutex
	tab  map[string][]text.Word
	ring [memoSize]string // keys in the order stored, the oldest at next
	next int
	key  []byte // scratch for look-ups, under mu
	hits int    // look-ups answered, for the tests
}

func newMemo() *memo { return &memo{tab: make(map[string][]text.Word, memoSize)} }

// appendKey appends words, each after its length, so that no two
// sequences of words share a key.
func appendKey(b []byte, words []string) []byte {
	for _, w := range words {
		b = binary.AppendUvarint(b, uint64(len(w)))
		b = append(b, w...)
	}
	return b
}

// get returns a copy of the analysis kept for words, or nil.
func (m *memo) get(words []string) []text.Word {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.key = appendKey(m.key[:0], words)
	ws, ok := m.tab[string(m.key)] // a look-up that builds no string
	if !ok {
		return nil
	}
	m.hits++
	return append(make([]text.Word, 0, len(ws)), ws...)
}

// put keeps a copy of ws, the analysis of all of words, dropping the
// oldest kept when full.
func (m *memo) put(words []string, ws []text.Word) {
	if len(ws) != len(words) || len(words) == 0 {
		return
	}
	k := string(appendKey(nil, words))
	c := append([]text.Word(nil), ws...)
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.tab[k]; ok {
		return
	}
	if old := m.ring[m.next]; old != "" {
		delete(m.tab, old)
	}
	m.ring[m.next] = k
	m.next = (m.next + 1) % memoSize
	m.tab[k] = c
}

// sameTags reports whether a and b give each word the same tags and lemma.
func sameTags(a, b []text.Word) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].UPOS != b[i].UPOS || a[i].XPOS != b[i].XPOS || a[i].Lemma != b[i].Lemma {
			return false
		}
	}
	return true
}
