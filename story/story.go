// Package story groups articles by the happening they report, as they
// arrive: a syndicated copy of a stored article is marked a near-copy of
// it (duplicate_of), every article joins a story (the articles that report
// one real-world happening), and the events of a story's articles that
// agree on type, date, place and actors merge into one incident.
//
// Decisions are incremental: an article is compared with what is stored
// before it, and the store is never re-clustered, so ingest stays linear.
// Only the story an article joins, and the stories it could have joined,
// are looked at again (revise.go): a story whose latest articles fall into
// groups that report different happenings is split, and two stories the
// article could join that report one happening are merged; the articles
// moved are reported (TakeMoves) so that the store follows, and the
// incidents of the stories changed are decided again (TakeRelabels). Ids
// are the id of an article of the story (its first, or for a story split
// off, the first of the group) and of the first report of an incident, so
// the same input ingested in the same order gets the same ids.
//
// Near-copies: each body's word shingles (three words) are sketched by a
// bottom-k MinHash; candidates are the stored articles sharing sketch
// values, and one is an original when it holds most of the shorter one's
// shingles (containment, estimated from the sketches and their sizes),
// which survives another outlet's header and footer and a dropped sentence.
//
// Stories: each article's words, pairs of words, names, places, event
// types and the dates it is about, weighted by inverse document frequency
// over the articles seen so far, find the stories that share its rarer
// features; a learned join model (join.go, trained on ECB+'s training
// topics by `annalist train stories`) then weighs each: first whether the
// article is the same kind of news (the cosine of their words), then
// whether it reports the same happening, from how much it shares with each
// of the story's latest articles of each kind of specific (people, other
// names, places, numbers, years, days, event words) and whether they
// conflict; and a gate weighs whether the article is instead the first
// report of another happening of the story's kind, by what it names that
// none of the story's articles names.
// Publication dates far apart, and texts about other days, lower the
// odds by fixed factors (ECB+ has no dates to learn them from).
package story

import (
	"context"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/store"
)

// Rebuild loads every record of s into x, with the assignments they were
// stored with, so that the next articles are decided as if the index had
// never been closed.
func Rebuild(ctx context.Context, s store.Store, x *Index) error {
	return s.Records(ctx, "", store.SearchOptions{}, func(r *annalist.Record) error {
		x.Load(r)
		return nil
	})
}
