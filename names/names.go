// Package names is the stage that owns an article's named entities: it
// finds and types the names (the ner tagger, which also merges each
// referent's mentions), reconciles them with the gazetteer and geocodes the
// places (geo: joining place names the tagger cut, giving back places taken
// for people, adding the places it missed), and only then numbers the
// entities. The ids ner and geo give while they work are their own
// handles; the numbering here is the only one a record carries, and no
// later stage edits the entities.
package names

import (
	"strconv"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/gazetteer"
	"github.com/annalist/annalist/geo"
	"github.com/annalist/annalist/ner"
	"github.com/annalist/annalist/text"
)

// Stage is the names stage. It implements extract.Extractor and is safe
// for concurrent use.
type Stage struct {
	Tagger *ner.Extractor // nil: places spotted with the gazetteer only
	Places *geo.Resolver  // nil: names left ungeocoded
}

// New returns the stage over the embedded tagger and the gazetteer g
// (gazetteer.Default() when nil).
func New(g *gazetteer.Gazetteer) (*Stage, error) {
	tg, err := ner.NewExtractor()
	if err != nil {
		return nil, err
	}
	return &Stage{Tagger: tg, Places: geo.New(g)}, nil
}

// Name is "names".
func (*Stage) Name() string { return "names" }

// Extract adds the article's entities to r, numbered after those r has.
func (s *Stage) Extract(d *text.Doc, r *annalist.Record) {
	first := len(r.Entities)
	if s.Tagger != nil {
		s.Tagger.Extract(d, r)
	}
	if s.Places != nil {
		s.Places.Extract(d, r)
	}
	Number(r.Entities[min(first, len(r.Entities)):], first+1)
}

// Number gives entities the ids e<first>, e<first+1>, ... in their order.
func Number(es []annalist.Entity, first int) {
	for i := range es {
		es[i].ID = "e" + strconv.Itoa(first+i)
	}
}
