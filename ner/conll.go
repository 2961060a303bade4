package ner

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// Sentence is a tokenized sentence with, for training and evaluation, one
// gold tag per word (IOB1 or IOB2 as read; empty Tags when untagged).
type Sentence struct {
	Words []string
	Tags  []string
	// Open, when set, says which tags are given and which are left open
	// (Given, OorMISC, AnyTag) in partly annotated data such as GUM.
	Open []uint8
}

// Document is a run of sentences that belong together; document-level
// features and consistency work within one.
type Document struct {
	Sentences []Sentence
}

// Tokens counts the words of all documents.
func Tokens(docs []Document) int {
	n := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			n += len(s.Words)
		}
	}
	return n
}

// ReadCoNLL reads the CoNLL-2003 format: one token a line ("word POS chunk
// tag", the first and last columns are used), a blank line between
// sentences and "-DOCSTART-" lines between documents.
func ReadCoNLL(r io.Reader) ([]Document, error) {
	var docs []Document
	var doc Document
	var sent Sentence
	flushSent := func() {
		if len(sent.Words) > 0 {
			doc.Sentences = append(doc.Sentences, sent)
			sent = Sentence{}
		}
	}
	flushDoc := func() {
		flushSent()
		if len(doc.Sentences) > 0 {
			docs = append(docs, doc)
			doc = Document{}
		}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 0:
			flushSent()
		case f[0] == "-DOCSTART-":
			flushDoc()
		case len(f) < 2:
			return nil, fmt.Errorf("conll line %d: want at least a word and a tag, got %q", line, sc.Text())
		default:
			tag := f[len(f)-1]
			if tag != "O" && (len(tag) < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-') {
				return nil, fmt.Errorf("conll line %d: bad tag %q", line, tag)
			}
			sent.Words = append(sent.Words, f[0])
			sent.Tags = append(sent.Tags, tag)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conll line %d: %w", line, err)
	}
	flushDoc()
	return docs, nil
}

// ReadCoNLLFile reads a CoNLL file by name.
func ReadCoNLLFile(name string) ([]Document, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return docs, nil
}
