package eval

import (
	"slices"
	"strings"
	"testing"
)

// TestReadTypeSet reads the three formats of the labelled sets: PLOVER
// categories, ACLED sub-event types (several readings as Alt; an
// accusation may be DISAPPROVE) and the PLOVER gold file's records.
func TestReadTypeSet(t *testing.T) {
	exs, err := ReadTypeSet(strings.NewReader(`# comment
PROTEST | Nurses marched through the capital.
Attack | Villagers accused soldiers of killing two herders.
none | The actress accused her manager of theft.
not-acled | The opposition criticised the budget.
Other | Something happened.
`), "acled/x")
	if err != nil {
		t.Fatal(err)
	}
	if len(exs) != 3 {
		t.Fatalf("got %d examples, want 3 (not-acled and Other left out): %+v", len(exs), exs)
	}
	if exs[0].Type != "PROTEST" || exs[0].Set != "acled/x" {
		t.Errorf("first: %+v", exs[0])
	}
	if exs[1].Type != "ASSAULT" || !slices.Equal(exs[1].Alt, []string{"FIGHT", "DISAPPROVE"}) {
		t.Errorf("Attack: type %s, alt %v; want ASSAULT, [FIGHT DISAPPROVE]", exs[1].Type, exs[1].Alt)
	}
	if exs[2].Type != "NONE" {
		t.Errorf("none: %s", exs[2].Type)
	}
	exs, err = ReadTypeSet(strings.NewReader(`[
{"id": "X-DOCUMENT-0000", "event": "DOCUMENT", "text": "about"},
{"id": "X-AID-0001", "event": "AID", "text": "Japan sent food to the region."}
]`), "plover/args")
	if err != nil || len(exs) != 1 || exs[0].Type != "AID" || exs[0].Set != "plover/args" {
		t.Fatalf("records: %v, %+v", err, exs)
	}
}
