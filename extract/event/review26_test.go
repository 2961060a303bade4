package event

import (
	"testing"

	"github.com/annalist/annalist"
)

// Fixes of the review26 round.

// TestLawActorNil: no actor is no police or court; readings that ask
// lawActor of an optional actor must not have to guard it first.
func TestLawActorNil(t *testing.T) {
	if lawActor(nil) {
		t.Error("lawActor(nil)")
	}
	if !lawActor(&annalist.Arg{Text: "the police", CAMEO: "COP"}) {
		t.Error("lawActor(police)")
	}
}
