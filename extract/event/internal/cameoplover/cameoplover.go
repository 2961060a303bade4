// Package cameoplover reads CAMEO2PLOVER-2021.txt (the PLOVER project's
// table from CAMEO codes to PLOVER categories and modes, CC BY-SA 4.0)
// into the 18 categories of CONTRACT.md. The CAMEO dictionary compiler
// (gencameo) and the event-type trainer (PETRARCH2's coded records) both
// map codes through it, so they agree.
package cameoplover

import (
	"bufio"
	"io"
	"os"
	"strings"
)

// Category is a PLOVER category and mode.
type Category struct{ Cat, Mode string }

// Table maps CAMEO codes to PLOVER.
type Table map[string]Category

// names turns the 2021 table's names into CONTRACT.md's 18 categories
// (its ACCUSE and REQUEST are DISAPPROVE and DEMAND; 09 is INVESTIGATE).
var names = map[string]string{"ACCUSE": "DISAPPROVE", "REQUEST": "DEMAND"}

// overrides follow the PLOVER gold records and CONTRACT.md where the 2021
// table differs: conventional military force (19, 20) is FIGHT, an
// embargo (163) a SANCTION, a blockade or occupation (191, 192) FIGHT, the
// destruction of property (1712) COERCE.
var overrides = map[string]Category{
	"163": {"SANCTION", "restrict"}, "191": {"FIGHT", "restrict"}, "192": {"FIGHT", "seize"},
	"1712": {"COERCE", "destroy"},
}

// ReadFile reads the table from a file.
func ReadFile(path string) (Table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f)
}

// Read reads "code: CATEGORY, context, mode # comment" lines.
func Read(r io.Reader) (Table, error) {
	m := Table{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		code, rest, ok := strings.Cut(line, ":")
		code = strings.TrimSpace(code)
		if !ok || code == "" {
			continue
		}
		fs := strings.Split(rest, ",")
		c := Category{Cat: strings.TrimSpace(fs[0])}
		if n := names[c.Cat]; n != "" {
			c.Cat = n
		}
		if len(fs) > 1 {
			c.Mode = strings.TrimSpace(fs[1])
		}
		if c.Mode == "investigate" {
			c.Cat, c.Mode = "INVESTIGATE", ""
		}
		switch {
		case strings.HasPrefix(code, "19") || strings.HasPrefix(code, "20"):
			c.Cat = "FIGHT"
		case strings.HasPrefix(code, "084") || strings.HasPrefix(code, "085") ||
			strings.HasPrefix(code, "086") || strings.HasPrefix(code, "087"):
			c.Cat = "RETREAT"
		}
		if o, ok := overrides[code]; ok {
			c = o
		}
		if _, dup := m[code]; !dup {
			m[code] = c
		}
	}
	return m, sc.Err()
}

// Lookup maps a CAMEO code to PLOVER, through its parents when the table
// has no row for it. ok is false for codes without a category.
func (m Table) Lookup(code string) (Category, bool) {
	for c := code; len(c) >= 2; c = c[:len(c)-1] {
		if v, ok := m[c]; ok && v.Cat != "" {
			return v, true
		}
	}
	return Category{}, false
}
