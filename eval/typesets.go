package eval

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/annalist/annalist/extract/event"
)

// ReadTypeSet reads a labelled set of sentences as event-type training
// examples of set name (TypeExample.Set): a file of records in the PLOVER
// gold file's format (the args dev sets: every record), or of
// "label | sentence" lines, the label a PLOVER category (the plover
// check sets) or an ACLED sub-event type (the acled snippet sets: its
// PLOVER categories by event.SnippetPLOVER, "none" NONE; "not-acled" and
// the sub-event types without a PLOVER reading are left out). A snippet
// that accuses or charges may also be DISAPPROVE, as the snippet tests
// score it: PLOVER codes the accusation, ACLED the act alleged.
func ReadTypeSet(r io.Reader, name string) ([]event.TypeExample, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	if t := bytes.TrimSpace(b); len(t) > 0 && t[0] == '[' {
		exs, err := PLOVERTypeExamples(bytes.NewReader(b), "all")
		for i := range exs {
			exs[i].Set = name
		}
		return exs, err
	}
	var out []event.TypeExample
	for i, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		label, s, ok := strings.Cut(l, "|")
		if !ok {
			return nil, fmt.Errorf("%s:%d: want label | sentence", name, i+1)
		}
		label, s = strings.TrimSpace(label), strings.TrimSpace(s)
		ex := event.TypeExample{ID: fmt.Sprintf("%s:%d", name, i+1), Text: s, Set: name}
		switch types := event.SnippetPLOVER[label]; {
		case slices.Contains(event.Categories, label):
			ex.Type = label
		case label == "none":
			ex.Type = "NONE"
		case len(types) > 0:
			ex.Type, ex.Alt = types[0], types[1:]
			if accuses(s) && !slices.Contains(types, "DISAPPROVE") {
				ex.Alt = append(ex.Alt[:len(ex.Alt):len(ex.Alt)], "DISAPPROVE")
			}
		default:
			continue // not-acled, or no PLOVER reading
		}
		out = append(out, ex)
	}
	return out, nil
}

// accuses reports a sentence with a word that accuses or charges someone.
func accuses(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if strings.HasPrefix(w, "accus") || strings.HasPrefix(w, "alleg") || strings.HasPrefix(w, "charg") {
			return true
		}
	}
	return false
}
