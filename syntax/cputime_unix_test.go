//go:build unix

package syntax

import (
	"syscall"
	"time"
)

// cpuTime is the user and system time of the process so far: on a shared
// machine it says more about the code's cost than the wall clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
