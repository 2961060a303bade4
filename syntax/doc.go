// Package syntax is the language layer every extractor reads: for each
// word of a sentence its universal part of speech (UPOS) and Penn tag
// (XPOS), its lemma, and its head and Universal Dependencies relation.
//
// Three models, trained here on UD English EWT and GUM and embedded as one
// file (model.bin.gz, see MODEL.md):
//   - a greedy averaged-perceptron tagger over UPOS+XPOS pairs;
//   - a lemmatiser of edit scripts (case, cut, append) learned per tag,
//     with an exceptions table for the words whose lemma no rule gives;
//   - an arc-hybrid transition parser, labelled, averaged perceptron,
//     trained with a dynamic oracle on jackknifed tags.
//
// Model implements text.Parser (and text.Tagger, tags without the tree;
// text.PrefixTagger, the tags of a sentence's first words alone, since
// the tagger reads left to right; text.TaggedParser, the tree over tags
// already given, so that a sentence is never tagged twice);
// Lazy is the embedded model read on first use, which the pipeline puts
// on every Doc so that a sentence is analysed only when an extractor asks.
// The CoNLL-U reader is strict: a malformed line is an error naming the
// file and line.
package syntax
