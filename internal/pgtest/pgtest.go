// Package pgtest starts a real PostgreSQL server for tests: initdb and
// pg_ctl in a temporary directory, listening only on a Unix socket there,
// stopped and removed by Stop. Where the binaries are absent, tests skip
// with a message that says how to install them.
//
// initdb refuses to run as root, so under root the server runs as the
// unprivileged user nobody, which then owns the directory.
package pgtest

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Install says how to get the server where it is missing.
const Install = "PostgreSQL binaries not found (looked in /usr/lib/postgresql/*/bin and PATH): install them with `apt-get install -y postgresql` to run these tests"

// Server is a running PostgreSQL.
type Server struct {
	Dir  string // data directory and socket directory
	bin  string
	cred *syscall.Credential
	n    atomic.Int64
	mu   sync.Mutex
}

var (
	shared     *Server
	sharedErr  error
	sharedOnce sync.Once
)

// Bin is the directory of initdb and pg_ctl, or "" when there are none.
// Version 15 is preferred, as Debian bookworm ships it.
func Bin() string {
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return strings.Contains(dirs[i], "/15/") })
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d
		}
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		if _, err := exec.LookPath("pg_ctl"); err == nil {
			return filepath.Dir(p)
		}
	}
	return ""
}

// URL returns a fresh, empty database on the test process's server,
// starting the server on first use; it skips t where PostgreSQL is absent.
func URL(t testing.TB) string {
	t.Helper()
	if Bin() == "" {
		t.Skip(Install)
	}
	sharedOnce.Do(func() { shared, sharedErr = Start() })
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	u, err := shared.NewDatabase()
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// Shared is the server URL started, or nil.
func Shared() *Server { return shared }

// Main runs a package's tests and stops the server they started; call it
// from TestMain.
func Main(m *testing.M) {
	code := m.Run()
	if shared != nil {
		shared.Stop()
	}
	os.Exit(code)
}

// Start initialises a cluster in a new temporary directory and starts it.
func Start() (*Server, error) {
	bin := Bin()
	if bin == "" {
		return nil, fmt.Errorf("%s", Install)
	}
	dir, err := os.MkdirTemp("", "annalist-pg-")
	if err != nil {
		return nil, err
	}
	s := &Server{Dir: dir, bin: bin}
	if os.Getuid() == 0 {
		u, err := user.Lookup("nobody")
		if err != nil {
			return nil, fmt.Errorf("postgres: initdb refuses root and there is no user nobody: %w", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		s.cred = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
		if err := os.Chown(dir, uid, gid); err != nil {
			return nil, err
		}
	}
	if out, err := s.run("initdb", "-D", s.data(), "-U", "annalist", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("initdb: %v\n%s", err, out)
	}
	if err := s.startServer(); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	s.watch()
	return s, nil
}

// watch starts a watchdog that stops the server and removes its directory
// once this process is gone, so that a test killed by a panic or a
// timeout leaves no server behind.
func (s *Server) watch() {
	script := fmt.Sprintf(`while [ -d /proc/%d ]; do sleep 2; done; %s -D %s -m immediate -w stop >/dev/null 2>&1; rm -rf %s`,
		os.Getpid(), filepath.Join(s.bin, "pg_ctl"), s.data(), s.Dir)
	cmd := exec.Command("/bin/sh", "-c", script)
	cmd.Dir = s.Dir
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Credential: s.cred}
	if cmd.Start() == nil {
		go cmd.Wait()
	}
}

func (s *Server) data() string { return filepath.Join(s.Dir, "data") }

func (s *Server) run(name string, args ...string) ([]byte, error) {
	cmd := exec.Command(filepath.Join(s.bin, name), args...)
	cmd.Dir = s.Dir
	cmd.Env = append(os.Environ(), "LC_ALL=C")
	if s.cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: s.cred}
	}
	return cmd.CombinedOutput()
}

func (s *Server) startServer() error {
	// No TCP at all: the socket in Dir is the only way in. fsync off: a
	// test server need not survive a power cut, only a process restart;
	// commits stay synchronous, as the workers rely on (an ack follows a
	// commit that must survive an immediate stop).
	opts := fmt.Sprintf("-k %s -c listen_addresses='' -c fsync=off -c full_page_writes=off -c max_connections=100", s.Dir)
	out, err := s.run("pg_ctl", "-D", s.data(), "-o", opts, "-l", filepath.Join(s.Dir, "log"), "-w", "-t", "60", "start")
	if err != nil {
		log, _ := os.ReadFile(filepath.Join(s.Dir, "log"))
		return fmt.Errorf("pg_ctl start: %v\n%s\n%s", err, out, log)
	}
	return nil
}

// Restart stops the server at once (open connections are cut) and starts
// it again.
func (s *Server) Restart() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if out, err := s.run("pg_ctl", "-D", s.data(), "-m", "immediate", "-w", "stop"); err != nil {
		return fmt.Errorf("pg_ctl stop: %v\n%s", err, out)
	}
	return s.startServer()
}

// Stop stops the server and removes its directory.
func (s *Server) Stop() {
	s.run("pg_ctl", "-D", s.data(), "-m", "immediate", "-w", "stop")
	os.RemoveAll(s.Dir)
}

// URLFor is the URL of database name on the server.
func (s *Server) URLFor(name string) string {
	return "postgres://annalist@/" + name + "?host=" + url.QueryEscape(s.Dir)
}

// NewDatabase creates an empty database and returns its URL.
func (s *Server) NewDatabase() (string, error) {
	name := fmt.Sprintf("t%d_%d", os.Getpid(), s.n.Add(1))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, s.URLFor("postgres"))
	if err != nil {
		return "", fmt.Errorf("connect to test server: %w", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		return "", fmt.Errorf("create database %s: %w", name, err)
	}
	return s.URLFor(name), nil
}
