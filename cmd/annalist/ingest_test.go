package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/store/sqlite"
	"github.com/annalist/annalist/text"
)

// cli runs the command line in-process with every flag back at its
// default first, since cobra keeps flag values between runs.
func cli(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var reset func(*cobra.Command)
	reset = func(c *cobra.Command) {
		for _, fs := range []*pflag.FlagSet{c.Flags(), c.PersistentFlags()} {
			fs.VisitAll(func(f *pflag.Flag) {
				f.Value.Set(f.DefValue)
				f.Changed = false
			})
		}
		for _, sub := range c.Commands() {
			reset(sub)
		}
	}
	reset(root)
	return runCLI(t, args...)
}

// writeJSONL writes n articles as JSON Lines in files of per lines each;
// every tenth repeats the body of the one before it.
func writeJSONL(t *testing.T, dir string, n, per int) (distinct int) {
	t.Helper()
	var b strings.Builder
	file := 0
	flush := func() {
		if b.Len() == 0 {
			return
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("part-%04d.jsonl", file)), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		b.Reset()
		file++
	}
	for i := 0; i < n; i++ {
		body := i
		if i%10 == 9 {
			body = i - 1
		} else {
			distinct++
		}
		fmt.Fprintf(&b, `{"id":"a%d","title":"Story %d","published":"1987-03-%02d","text":"Wheat and cocoa story number %d from the wire."}`+"\n",
			i, i, 1+i%28, body)
		if (i+1)%per == 0 {
			flush()
		}
	}
	flush()
	return distinct
}

func TestIngestSearchShowStats(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	writeJSONL(t, in, 20, 100)
	os.WriteFile(filepath.Join(in, "bad.jsonl"), []byte("{\"id\":\"x\",\"text\":\"ok body\"}\nnot json\n"), 0o644)
	db := filepath.Join(dir, "a.db")

	out, errOut, err := cli(t, "--db", db, "ingest", in)
	if err != nil {
		t.Fatalf("ingest: %v\n%s", err, errOut)
	}
	if want := "stored 19, duplicates 2 (0 already stored, 2 same body), failed 1"; !strings.Contains(out, want) {
		t.Errorf("summary %q lacks %q", out, want)
	}
	if !strings.Contains(errOut, "bad.jsonl:2") {
		t.Errorf("stderr does not name the bad line: %q", errOut)
	}
	out, _, err = cli(t, "--db", db, "ingest", in)
	if err != nil || !strings.Contains(out, "stored 0, duplicates 21 (19 already stored, 2 same body)") {
		t.Errorf("second ingest: %v, %q", err, out)
	}

	out, _, err = cli(t, "--db", db, "search", "--limit", "3", "number", "7")
	if err != nil || !strings.HasPrefix(out, "a7  1987-03-08  Story 7\n") || !strings.Contains(out, "«number» «7»") {
		t.Errorf("search: %v\n%s", err, out)
	}
	out, _, err = cli(t, "--db", db, "search", "--json", "--from", "1987-03-19", "wheat")
	if err != nil || strings.Count(out, `"id"`) != 1 || !strings.Contains(out, `"a18"`) {
		t.Errorf("search --json --from: %v\n%s", err, out)
	}
	out, _, err = cli(t, "--db", db, "search", "--json", "nothingmatches")
	if err != nil || strings.TrimSpace(out) != "[]" {
		t.Errorf("search with no hits: %v %q", err, out)
	}

	out, _, err = cli(t, "--db", db, "show", "a3")
	if err != nil || !strings.HasPrefix(out, "Story 3\na3  1987-03-04") || !strings.Contains(out, "story number 3 from the wire") || strings.Contains(out, "\x1b") {
		t.Errorf("show: %v\n%s", err, out)
	}
	out, _, err = cli(t, "--db", db, "show", "--json", "a3")
	if err != nil || !strings.Contains(out, `"id": "a3"`) {
		t.Errorf("show --json: %v\n%s", err, out)
	}
	if _, _, err := cli(t, "--db", db, "show", "missing"); err == nil {
		t.Error("show of a missing id succeeded")
	}

	out, _, err = cli(t, "--db", db, "stats")
	if err != nil || !strings.HasPrefix(out, "19 articles, published 1987-03-01 to 1987-03-19 (1 undated)") {
		t.Errorf("stats: %v\n%s", err, out)
	}
	if _, _, err := cli(t, "--db", filepath.Join(dir, "none.db"), "stats"); err == nil {
		t.Error("stats of a missing store succeeded")
	}
}

func TestIngestFailsWhenNothingRead(t *testing.T) {
	dir := t.TempDir()
	_, _, err := cli(t, "--db", filepath.Join(dir, "a.db"), "ingest", filepath.Join(dir, "missing"))
	if err != errNothingRead {
		t.Errorf("error %v, want %v", err, errNothingRead)
	}
}

// slow is an extractor that takes its time, so that a run can be killed
// in the middle.
type slow struct{}

func (slow) Name() string                        { return "slow" }
func (slow) Extract(*text.Doc, *annalist.Record) { time.Sleep(200 * time.Microsecond) }

// TestIngestChild is the child process of TestIngestSurvivesSIGKILL.
func TestIngestChild(t *testing.T) {
	args := os.Getenv("ANNALIST_INGEST_CHILD")
	if args == "" {
		t.Skip("run by TestIngestSurvivesSIGKILL")
	}
	ingestBatchSize = 20
	ingestPipeline = func(f *readFlags) *extract.Pipeline {
		p := f.pipeline()
		p.Extractors = append(p.Extractors, slow{})
		return p
	}
	out, errOut, err := runCLI(t, strings.Split(args, "\n")...)
	fmt.Print(out)
	fmt.Fprint(os.Stderr, errOut)
	if err != nil {
		t.Fatal(err)
	}
}

// An ingest killed with SIGKILL mid-run leaves a consistent store, and
// running it again completes the job without duplicates.
func TestIngestSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("runs child processes")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	const n = 6000
	distinct := writeJSONL(t, in, n, 250)
	db := filepath.Join(dir, "crash.db")
	child := func() *exec.Cmd {
		c := exec.Command(os.Args[0], "-test.run=^TestIngestChild$", "-test.v")
		c.Env = append(os.Environ(), "ANNALIST_INGEST_CHILD="+strings.Join([]string{"--db", db, "ingest", "--workers", "2", in}, "\n"))
		return c
	}

	// Run, and kill once a quarter of the articles are in.
	c := child()
	var out strings.Builder
	c.Stdout, c.Stderr = &out, &out
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	stored := 0
	deadline := time.Now().Add(60 * time.Second)
	for stored < distinct/4 {
		if time.Now().After(deadline) {
			c.Process.Kill()
			t.Fatalf("the child stored only %d articles in 60s:\n%s", stored, out.String())
		}
		time.Sleep(5 * time.Millisecond)
		stored = countRows(t, db)
	}
	if err := c.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	c.Wait()
	if strings.Contains(out.String(), "stored ") {
		t.Fatalf("the child finished before it was killed; give it more input:\n%s", out.String())
	}

	// The store is consistent as the kill left it.
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	checkIntegrity(t, st)
	before := queryInt(t, st, "SELECT count(*) FROM articles")
	st.Close()
	if before == 0 || before >= distinct {
		t.Fatalf("%d of %d articles stored at the kill: not mid-run", before, distinct)
	}
	t.Logf("killed with %d of %d articles stored", before, distinct)

	// A second run finishes the job.
	outb, err := child().CombinedOutput()
	if err != nil {
		t.Fatalf("rerun: %v\n%s", err, outb)
	}
	m := regexp.MustCompile(`stored (\d+), duplicates \d+ \((\d+) already stored, (\d+) same body\), failed 0`).FindSubmatch(outb)
	if m == nil {
		t.Fatalf("no summary in the rerun's output:\n%s", outb)
	}
	newly, _ := strconv.Atoi(string(m[1]))
	known, _ := strconv.Atoi(string(m[2]))
	if newly+before != distinct {
		t.Errorf("rerun stored %d after %d: want %d in all", newly, before, distinct)
	}
	if known < before {
		t.Errorf("rerun skipped %d stored articles, want at least %d", known, before)
	}
	st, err = sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	checkIntegrity(t, st)
	for q, want := range map[string]int{
		"SELECT count(*) FROM articles":                 distinct,
		"SELECT count(DISTINCT hash) FROM articles":     distinct,
		"SELECT count(*) FROM articles_fts":             distinct,
		"SELECT count(*) FROM articles WHERE id = 'a9'": 0, // a body repeat
	} {
		if got := queryInt(t, st, q); got != want {
			t.Errorf("%s = %d, want %d", q, got, want)
		}
	}
}

func countRows(t *testing.T, db string) int {
	if _, err := os.Stat(db); err != nil {
		return 0
	}
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		return 0 // being created
	}
	defer st.SQL().Close() // not Close: no checkpoint under the writer's feet
	var n int
	st.SQL().QueryRow("SELECT count(*) FROM articles").Scan(&n)
	return n
}

func queryInt(t *testing.T, st *sqlite.DB, q string) int {
	t.Helper()
	var n int
	if err := st.SQL().QueryRow(q).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

func checkIntegrity(t *testing.T, st *sqlite.DB) {
	t.Helper()
	var res string
	if err := st.SQL().QueryRow("PRAGMA integrity_check").Scan(&res); err != nil || res != "ok" {
		t.Errorf("integrity_check: %q, %v", res, err)
	}
	if _, err := st.SQL().Exec("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"); err != nil {
		t.Errorf("FTS5 integrity-check: %v", err)
	}
}
