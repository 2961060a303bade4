// Package ner finds the names of people, organisations, places and other
// things (CoNLL-2003's PER, ORG, LOC, MISC) in news text, and groups their
// mentions into entities.
//
// The tagger is an averaged structured perceptron over BILOU tags with
// Viterbi decoding and hashed features (words, shapes, affixes,
// neighbours, first-name and cue-word lists, word clusters learned from
// unlabelled news, gazetteer membership), trained on CoNLL-2003 by
// `annalist train ner` and embedded (model.bin.gz; MODEL.md gives the data,
// command and figures). A document-level pass gives each name one type
// throughout an article. The Extractor turns tagged sentences into
// annalist.Entity values: surnames and short forms merged into the full
// name, titles read as roles.
package ner
