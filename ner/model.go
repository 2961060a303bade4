package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// Model is a trained linear tagger: a weight row of numTags scores per
// hashed feature, and first-order tag transition scores.
type Model struct {
	Bits  uint      // log2 of the number of feature rows
	W     []float32 // rows<<Bits by numTags
	Trans [(numTags + 1) * numTags]float32
	// Lex holds the lexicons the model was trained with.
	Lex *Lexicons
}

const modelMagic = "annalist-ner-v1"

// newModel makes an empty model of 2^bits rows.
func newModel(bits uint, lex *Lexicons) *Model {
	return &Model{Bits: bits, W: make([]float32, (1<<bits)*numTags), Lex: lex}
}

func (m *Model) featurizer() *featurizer {
	lex := m.Lex
	if lex == nil {
		lex = &Lexicons{}
	}
	return &featurizer{mask: 1<<m.Bits - 1, lex: lex}
}

// WriteTo stores the model compactly: gzip over the non-zero weights as
// (delta index, float32) pairs.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	var tmp [binary.MaxVarintLen64]byte
	putU := func(v uint64) { n := binary.PutUvarint(tmp[:], v); bw.Write(tmp[:n]) }
	putF := func(f float32) { binary.LittleEndian.PutUint32(tmp[:4], math.Float32bits(f)); bw.Write(tmp[:4]) }
	bw.WriteString(modelMagic)
	putU(uint64(m.Bits))
	putU(uint64(numTags))
	for _, f := range m.Trans {
		putF(f)
	}
	nz := 0
	for _, f := range m.W {
		if f != 0 {
			nz++
		}
	}
	putU(uint64(nz))
	last := -1
	for i, f := range m.W {
		if f != 0 {
			putU(uint64(i - last))
			putF(f)
			last = i
		}
	}
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	if err := zw.Close(); err != nil {
		return cw.n, err
	}
	return cw.n, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// ReadModel reads a model written by WriteTo; lex are the lexicons to use
// with it.
func ReadModel(r io.Reader, lex *Lexicons) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	br := bufio.NewReaderSize(zr, 1<<16)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		return nil, errors.New("ner model: not an annalist NER model")
	}
	bits, err := binary.ReadUvarint(br)
	if err != nil || bits < 8 || bits > 26 {
		return nil, fmt.Errorf("ner model: bad size %d (%v)", bits, err)
	}
	nt, err := binary.ReadUvarint(br)
	if err != nil || nt != uint64(numTags) {
		return nil, fmt.Errorf("ner model: %d tags, want %d", nt, numTags)
	}
	var b4 [4]byte
	getF := func() (float32, error) {
		if _, err := io.ReadFull(br, b4[:]); err != nil {
			return 0, err
		}
		return math.Float32frombits(binary.LittleEndian.Uint32(b4[:])), nil
	}
	m := newModel(uint(bits), lex)
	for i := range m.Trans {
		if m.Trans[i], err = getF(); err != nil {
			return nil, fmt.Errorf("ner model: transitions: %w", err)
		}
	}
	nz, err := binary.ReadUvarint(br)
	if err != nil || nz > uint64(len(m.W)) {
		return nil, fmt.Errorf("ner model: bad weight count %d (%v)", nz, err)
	}
	idx := -1
	for k := uint64(0); k < nz; k++ {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("ner model: weight %d: %w", k, err)
		}
		idx += int(d)
		if d == 0 || idx >= len(m.W) {
			return nil, fmt.Errorf("ner model: weight %d out of range", k)
		}
		if m.W[idx], err = getF(); err != nil {
			return nil, fmt.Errorf("ner model: weight %d: %w", k, err)
		}
	}
	return m, nil
}

// viterbi finds the best valid tag sequence for n words given emission
// scores em (n by numTags) and transition scores trans.
func viterbi(em []float64, n int, trans *[(numTags + 1) * numTags]float64, back []int8, out []int) []int {
	out = out[:0]
	if n == 0 {
		return out
	}
	var prev, cur [numTags]float64
	negInf := math.Inf(-1)
	for t := 0; t < numTags; t++ {
		if allowed[numTags][t] {
			prev[t] = em[t] + trans[numTags*numTags+t]
		} else {
			prev[t] = negInf
		}
	}
	for i := 1; i < n; i++ {
		row := em[i*numTags : (i+1)*numTags]
		for t := 0; t < numTags; t++ {
			best, arg := negInf, 0
			for p := 0; p < numTags; p++ {
				if !allowed[p][t] {
					continue
				}
				if s := prev[p] + trans[p*numTags+t]; s > best {
					best, arg = s, p
				}
			}
			cur[t] = best + row[t]
			back[i*numTags+t] = int8(arg)
		}
		prev = cur
	}
	best, arg := negInf, 0
	for t := 0; t < numTags; t++ {
		if allowedEnd[t] && prev[t] > best {
			best, arg = prev[t], t
		}
	}
	for i := 0; i < n; i++ {
		out = append(out, 0)
	}
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		out[i-1] = int(back[i*numTags+out[i]])
	}
	return out
}
