//go:build unix

// Package cputime reads the processor time this process has used: on a
// machine shared with other work it says more about the code's cost than
// the wall clock, which counts the time spent waiting for a core.
package cputime

import (
	"syscall"
	"time"
)

// Process is the user and system time of the process so far (0 where
// getrusage fails).
func Process() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
