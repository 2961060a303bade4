//go:build !unix

package cputime

import "time"

var start = time.Now()

// Process falls back to the wall clock since the process started where
// there is no getrusage.
func Process() time.Duration { return time.Since(start) }
