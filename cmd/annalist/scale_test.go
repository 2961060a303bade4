package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/bench"
	"github.com/annalist/annalist/internal/natstest"
	"github.com/annalist/annalist/internal/pgtest"
	"github.com/annalist/annalist/internal/shared"
	"github.com/annalist/annalist/queue"
	"github.com/annalist/annalist/store"
	"github.com/annalist/annalist/store/postgres"
	"github.com/annalist/annalist/store/sqlite"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// faultSlice is how many Reuters stories the fault test runs by default;
// ANNALIST_FAULT_FULL=1 runs all 19,043.
const faultSlice = 2500

// buildBinary builds annalist into dir, for tests that run it as other
// processes would.
func buildBinary(t testing.TB, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "annalist")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// reutersJSONL writes the first n Reuters stories (all when n <= 0) as the
// contract's JSON Lines and returns the file.
func reutersJSONL(t testing.TB, dir string, n int) (string, int) {
	t.Helper()
	corpus := shared.Require(t, "corpus/reuters21578")
	path := filepath.Join(dir, "reuters.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	count := 0
	stop := fmt.Errorf("enough")
	err = bench.WalkReuters(corpus, func(a *annalist.Article, err error) error {
		if err != nil {
			return err
		}
		if n > 0 && count == n {
			return stop
		}
		count++
		return enc.Encode(map[string]string{"id": a.ID, "text": a.Text, "title": a.Title, "published": a.Published})
	})
	if err != nil && err != stop {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return path, count
}

func storedIDs(t *testing.T, st store.Store) []string {
	t.Helper()
	var ids []string
	if err := st.Records(context.Background(), "", store.SearchOptions{}, func(r *annalist.Record) error {
		ids = append(ids, r.ID)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	slices.Sort(ids)
	return ids
}

// Reuters published to a real NATS server, two worker processes storing
// into a real PostgreSQL; one worker is killed with SIGKILL while it holds
// a batch and started again, and PostgreSQL is restarted once. At the end
// the store holds exactly what one `annalist ingest` stores from the same
// input: the same ids, none lost, none twice.
func TestWorkersSurviveSIGKILLAndDatabaseRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("runs servers and child processes")
	}
	n := faultSlice
	if os.Getenv("ANNALIST_FAULT_FULL") != "" {
		n = 0
	}
	ctx := context.Background()
	dir := t.TempDir()
	input, stories := reutersJSONL(t, dir, n)
	pgURL := pgtest.URL(t)
	natsURL := natstest.Start(t)
	bin := buildBinary(t, dir)
	t.Logf("%d Reuters stories; PostgreSQL %s; NATS %s", stories, pgURL, natsURL)
	began := time.Now()
	phase := func(what string) { t.Logf("%5.1fs %s", time.Since(began).Seconds(), what) }

	// The reference: one process, SQLite.
	refDB := filepath.Join(dir, "ref.db")
	if out, err := exec.Command(bin, "--db", refDB, "ingest", input).CombinedOutput(); err != nil {
		t.Fatalf("reference ingest: %v\n%s", err, out)
	}
	ref, err := sqlite.Open(ctx, refDB)
	if err != nil {
		t.Fatal(err)
	}
	want := storedIDs(t, ref)
	ref.Close()
	phase("reference ingest done")

	if out, err := exec.Command(bin, "ingest", "--to", natsURL, input).CombinedOutput(); err != nil {
		t.Fatalf("ingest --to: %v\n%s", err, out)
	}

	pg, err := postgres.Open(ctx, pgURL)
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	q, err := queue.Open(ctx, natsURL)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	count := func() int {
		var n int
		if err := pg.Pool().QueryRow(ctx, "SELECT count(*) FROM articles").Scan(&n); err != nil {
			return -1 // restarting
		}
		return n
	}
	logs := map[string]*strings.Builder{}
	worker := func(name string) *exec.Cmd {
		c := exec.Command(bin, "worker", "--from", natsURL, "--db", pgURL, "--batch", "64", "--ack-wait", "3s", "--workers", "1")
		logs[name] = &strings.Builder{}
		c.Stdout, c.Stderr = logs[name], logs[name]
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
		return c
	}
	dump := func() {
		for name, l := range logs {
			t.Logf("worker %s:\n%s", name, l.String())
		}
	}
	waitFor := func(what string, cond func() bool) {
		t.Helper()
		deadline := time.Now().Add(5 * time.Minute)
		for !cond() {
			if time.Now().After(deadline) {
				dump()
				t.Fatalf("timed out waiting for %s (store holds %d of %d)", what, count(), len(want))
			}
			time.Sleep(20 * time.Millisecond)
		}
	}

	phase("published")
	a, b := worker("a"), worker("b")
	defer func() { a.Process.Kill(); b.Process.Kill() }()

	// Kill a once a quarter is stored, at a moment when messages are
	// delivered and not acknowledged: a batch in its hands.
	waitFor("a quarter stored", func() bool { return count() >= len(want)/4 })
	waitFor("a batch in flight", func() bool {
		s, err := q.Status(ctx)
		return err == nil && s.InFlight > 0
	})
	if err := a.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	a.Wait()
	killedAt := count()
	phase("worker a killed")
	a = worker("a2")

	waitFor("half stored", func() bool { return count() >= len(want)/2 })
	srv := pgtest.Shared()
	if err := srv.Restart(); err != nil {
		t.Fatal(err)
	}
	restartedAt := count()
	phase("PostgreSQL restarted")

	waitFor("the queue emptied", func() bool {
		s, err := q.Status(ctx)
		return err == nil && s.Depth == 0 && s.InFlight == 0
	})
	phase("queue empty")
	for _, c := range []*exec.Cmd{a, b} {
		c.Process.Signal(syscall.SIGTERM)
		if err := c.Wait(); err != nil {
			dump()
			t.Fatalf("worker exit: %v", err)
		}
	}
	t.Logf("SIGKILL with %d stored, PostgreSQL restarted with %d stored", killedAt, restartedAt)

	got := storedIDs(t, pg)
	if !slices.Equal(got, want) {
		dump()
		missing, extra := diff(want, got)
		t.Fatalf("workers stored %d articles, one ingest %d: missing %v, extra %v", len(got), len(want), head(missing), head(extra))
	}
	s, _ := q.Status(ctx)
	if s.Dead != 0 {
		dump()
		t.Errorf("%d messages dead-lettered", s.Dead)
	}
	if !strings.Contains(logs["b"].String()+logs["a2"].String(), "store failed") {
		t.Log("no worker saw the database restart (it fell between batches)")
	}
}

func diff(want, got []string) (missing, extra []string) {
	w, g := map[string]bool{}, map[string]bool{}
	for _, id := range want {
		w[id] = true
	}
	for _, id := range got {
		g[id] = true
		if !w[id] {
			extra = append(extra, id)
		}
	}
	for _, id := range want {
		if !g[id] {
			missing = append(missing, id)
		}
	}
	return
}

func head(s []string) []string { return s[:min(len(s), 10)] }

// BenchmarkScaleOut runs the Reuters corpus three ways, each process the
// built binary: `annalist ingest` into SQLite, and published to NATS then
// drained by one and by two `annalist worker` processes into PostgreSQL
// (each from the first worker's start to the last one's exit, model loading
// included, as ingest's is). It reports articles/s for each and the ratios
// to SQLite. Run it with -benchtime 1x: one round is a few minutes.
// The machine has 2 cores: two workers share them with PostgreSQL and NATS.
func BenchmarkScaleOut(b *testing.B) {
	ctx := context.Background()
	dir := b.TempDir()
	// ANNALIST_SCALE_STORIES=N runs the first N stories only.
	n, _ := strconv.Atoi(os.Getenv("ANNALIST_SCALE_STORIES"))
	input, stories := reutersJSONL(b, dir, n)
	bin := buildBinary(b, dir)
	run := func(name string, args ...string) time.Duration {
		start := time.Now()
		if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
			b.Fatalf("%s: %v\n%s", name, err, out)
		}
		return time.Since(start)
	}
	var sqliteT, one, two time.Duration
	for i := 0; i < b.N; i++ {
		sqliteT += run("ingest", "--db", filepath.Join(dir, fmt.Sprintf("ref%d.db", i)), "ingest", input)
		for _, workers := range []int{1, 2} {
			natsURL, stop := natsServerB(b)
			run("ingest --to", "ingest", "--to", natsURL, input)
			pgURL := pgtest.URL(b)
			start := time.Now()
			var cmds []*exec.Cmd
			for w := 0; w < workers; w++ {
				c := exec.Command(bin, "worker", "--from", natsURL, "--db", pgURL, "--drain", "--idle", "300ms")
				var out strings.Builder
				c.Stdout, c.Stderr = &out, &out
				if err := c.Start(); err != nil {
					b.Fatal(err)
				}
				cmds = append(cmds, c)
				defer func() {
					if b.Failed() {
						b.Log(out.String())
					}
				}()
			}
			for _, c := range cmds {
				if err := c.Wait(); err != nil {
					b.Fatalf("worker: %v", err)
				}
			}
			d := time.Since(start)
			pg, err := postgres.Open(ctx, pgURL)
			if err != nil {
				b.Fatal(err)
			}
			var n int
			pg.Pool().QueryRow(ctx, "SELECT count(*) FROM articles").Scan(&n)
			pg.Close()
			stop()
			if n < stories*98/100 {
				b.Fatalf("%d workers stored %d of %d stories", workers, n, stories)
			}
			if workers == 1 {
				one += d
			} else {
				two += d
			}
		}
	}
	rate := func(d time.Duration) float64 { return float64(stories*b.N) / d.Seconds() }
	b.ReportMetric(rate(sqliteT), "sqlite-articles/s")
	b.ReportMetric(rate(one), "pg-1worker-articles/s")
	b.ReportMetric(rate(two), "pg-2workers-articles/s")
	b.ReportMetric(rate(one)/rate(sqliteT), "ratio-1worker")
	b.ReportMetric(rate(two)/rate(sqliteT), "ratio-2workers")
}

func natsServerB(b *testing.B) (string, func()) {
	s, err := natstest.Server(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	return s.ClientURL(), s.Shutdown
}

// The commands end to end in-process: ingest --to, worker --drain, queue.
func TestIngestToWorkerAndQueue(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	os.WriteFile(in, []byte(`{"id": "one", "text": "Police arrested 12 protesters in Almaty on Monday.", "published": "2022-01-10"}
{"id": "two", "text": "Cocoa prices rose in London.", "published": "2022-01-11"}
`), 0o644)
	url := natstest.Start(t)
	out, _, err := cli(t, "ingest", "--to", url, in)
	if err != nil || !strings.Contains(out, "published 2 articles") {
		t.Fatalf("ingest --to: %v\n%s", err, out)
	}
	// A message that is not an article goes to the dead letters.
	q, err := queue.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if _, err := q.Publish(context.Background(), &annalist.Article{ID: "blank", Text: " "}, false); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "w.db")
	out, errOut, err := cli(t, "worker", "--from", url, "--db", db, "--drain", "--idle", "300ms")
	if err != nil || !strings.Contains(out, "stored 2") || !strings.Contains(out, "dead-lettered 1") {
		t.Fatalf("worker: %v\n%s%s", err, out, errOut)
	}
	out, _, err = cli(t, "queue", "--from", url)
	if err != nil || !regexp.MustCompile(`depth +0\n`).MatchString(out) || !regexp.MustCompile(`dead-lettered +1\n`).MatchString(out) {
		t.Errorf("queue: %v\n%s", err, out)
	}
	out, _, err = cli(t, "queue", "--from", url, "--dead")
	if err != nil || !strings.Contains(out, "blank") || !strings.Contains(out, `no "text" or "html"`) {
		t.Errorf("queue --dead: %v\n%s", err, out)
	}
	out, _, err = cli(t, "--db", db, "search", "cocoa")
	if err != nil || !strings.Contains(out, "two") {
		t.Errorf("search after the worker: %v\n%s", err, out)
	}
	for _, args := range [][]string{{"worker", "--from", "nats://127.0.0.1:1"}, {"queue", "--from", "nats://127.0.0.1:1"}, {"ingest", "--to", "nats://127.0.0.1:1", in}} {
		start := time.Now()
		if _, _, err := cli(t, args...); err == nil || !strings.Contains(err.Error(), "nats://127.0.0.1:1") || time.Since(start) > 10*time.Second {
			t.Errorf("%v: %v after %v: want a quick error naming the URL", args, err, time.Since(start))
		}
	}
	if _, _, err := cli(t, "--db", "postgres://nobody@127.0.0.1:1/x", "stats"); err == nil || !strings.Contains(err.Error(), "127.0.0.1:1") {
		t.Errorf("stats on an unreachable database: %v", err)
	}
}
