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

// TestChemicalAgentFired: any chemical agent fired, dropped or launched
// is a weapon fired (the lexicon named chlorine and sarin alone, and
// launched only chlorine).
func TestChemicalAgentFired(t *testing.T) {
	wantType(t, "Government forces fired phosgene at the rebel-held town, activists said.", "FIGHT")
	wantType(t, "Helicopters dropped sarin on the besieged district, the monitoring group said.", "FIGHT")
	wantType(t, "The army launched sarin at rebel positions overnight, the opposition said.", "FIGHT")
}

// TestParoleRelease: a release on parole or on bond is a step in a case
// of crime as one on bail is; an opposition leader freed on parole stays.
func TestParoleRelease(t *testing.T) {
	noEvent(t, "The former accountant was released on parole after serving eight years for embezzlement.")
	noEvent(t, "The truck driver was charged with reckless driving and freed on bond.")
	wantType(t, "Authorities released opposition leader Marco Tellen on parole on Tuesday.", "RETREAT")
}
