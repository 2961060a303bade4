// Package natstest runs a real NATS server with JetStream inside the test
// process, on a loopback port, its storage in a temporary directory.
package natstest

import (
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// Start starts a server for t and returns its nats:// URL; it is shut
// down when t ends.
func Start(t testing.TB) string {
	t.Helper()
	s, err := Server(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Shutdown)
	return s.ClientURL()
}

// Server starts a server keeping its streams under dir.
func Server(dir string) (*server.Server, error) {
	s, err := server.NewServer(&server.Options{
		Host:      "127.0.0.1",
		Port:      server.RANDOM_PORT,
		JetStream: true,
		StoreDir:  dir,
		NoLog:     true,
		NoSigs:    true,
	})
	if err != nil {
		return nil, err
	}
	s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		s.Shutdown()
		return nil, errTimeout
	}
	return s, nil
}

type timeoutError struct{}

func (timeoutError) Error() string { return "nats server not ready within 10s" }

var errTimeout = timeoutError{}
