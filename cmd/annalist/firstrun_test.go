package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/ingest"
)

// TestREADMEFirstCommand runs the README's first command, which must work
// in a fresh clone, without the project's shared data.
func TestREADMEFirstCommand(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)```sh\n(.*?)\n").FindSubmatch(readme)
	if m == nil {
		t.Fatal("the README has no sh block")
	}
	line, _, _ := strings.Cut(string(m[1]), "#")
	fields := strings.Fields(line)
	if len(fields) < 4 || strings.Join(fields[:3], " ") != "go run ./cmd/annalist" {
		t.Fatalf("first command %q: want go run ./cmd/annalist ...", line)
	}
	args := fields[3:]
	for i, a := range args {
		if strings.Contains(a, "shared/") {
			t.Fatalf("the first command needs ../shared: %q", line)
		}
		if !strings.HasPrefix(a, "-") && i > 0 {
			args[i] = filepath.Join("../..", a)
		}
	}
	out, errOut, err := runCLI(t, args...)
	if err != nil {
		t.Fatalf("%s: %v\n%s", line, err, errOut)
	}
	var r annalist.Record
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not one record: %v", err)
	}
	if len(r.Entities) == 0 || len(r.Counts) == 0 || len(r.Events) == 0 {
		t.Errorf("the example article gives a thin record: %d entities, %d counts, %d events", len(r.Entities), len(r.Counts), len(r.Events))
	}
}

// TestIngestHelpListsFormats: ingest reads what extract reads, and says so.
func TestIngestHelpListsFormats(t *testing.T) {
	var ing string
	for _, c := range root.Commands() {
		if c.Name() == "ingest" {
			ing = c.Long
		}
	}
	for _, f := range []string{"seed format", "plain text", "JSON Lines", "web pages", "RSS", "Atom", "JSON Feed", "WARC"} {
		if !strings.Contains(ing, f) {
			t.Errorf("ingest --help does not mention %s", f)
		}
	}
	if len(ingest.Formats) != 6 {
		t.Errorf("ingest reads %d formats now (%v): update inputFormats and this test", len(ingest.Formats), ingest.Formats)
	}
}

// TestStoreFlagOnlyWhereUsed: --db is listed on the commands that open a
// store and on no other.
func TestStoreFlagOnlyWhereUsed(t *testing.T) {
	uses := map[string]bool{"ingest": true, "search": true, "show": true, "stats": true, "timeline": true,
		"export": true, "serve": true, "digest": true, "worker": true, "fetch": true, "watch": true}
	for _, c := range root.Commands() {
		has := c.LocalFlags().Lookup("db") != nil && !c.LocalFlags().Lookup("db").Hidden
		if has != uses[c.Name()] {
			t.Errorf("%s: lists --db %v, uses a store %v", c.Name(), has, uses[c.Name()])
		}
	}
}

// TestHelpExamplesNeedNoSharedData: the examples of --help run in a fresh
// clone; the ones that read ../shared belong to eval, bench and train.
func TestHelpExamplesNeedNoSharedData(t *testing.T) {
	for _, c := range append(root.Commands(), root) {
		switch c.Name() {
		case "eval", "bench", "train":
			continue
		}
		if strings.Contains(c.Example, "shared/") {
			t.Errorf("%s --help has an example that needs ../shared:\n%s", c.Name(), c.Example)
		}
		for _, p := range regexp.MustCompile(`examples/[\w./-]*`).FindAllString(c.Example, -1) {
			if _, err := os.Stat(filepath.Join("../..", p)); err != nil {
				t.Errorf("%s --help names %s, which is not in the repository", c.Name(), p)
			}
		}
	}
}
