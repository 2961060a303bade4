// Package wordlist reads the embedded data files that hold the extractors'
// word lists and lexicons, strictly: a line with an unknown category or
// flag, a wrong number of fields or a duplicate entry is an error that
// names the file and the line, never a line silently ignored.
//
// Two formats, both with '#' comments and blank lines ignored:
//
//   - Table: one entry a line, fields separated by '|', spaces around them
//     trimmed ("withdraw * <mission> | SANCTION | expel | v").
//   - Sections: "[name]" headers, each followed by white-space-separated
//     words (a set of words per section).
package wordlist

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// Line is one entry of a table: its fields and where it was read.
type Line struct {
	File   string
	No     int // 1-based line number
	Fields []string
}

// Errorf returns an error that names the line's file and number.
func (l Line) Errorf(format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", l.File, l.No, fmt.Sprintf(format, args...))
}

// Table describes a table file.
type Table struct {
	// MinFields and MaxFields bound the number of '|'-separated fields;
	// missing trailing fields up to MaxFields read as empty.
	MinFields, MaxFields int
	// Enums restricts field i to the listed values (the empty value is
	// allowed only when listed).
	Enums map[int][]string
	// Flags lists the flags that the white-space-separated field FlagField
	// may hold (FlagField 0 means none: field 0 is always the key).
	FlagField int
	Flags     []string
	// Key returns the duplicate key of a line; nil means field 0.
	Key func(fields []string) string
	// Check validates a line further; nil means nothing more to check.
	Check func(fields []string) error
}

// Read parses data, the content of file, as the table t describes.
func (t Table) Read(file string, data []byte) ([]Line, error) {
	enums := map[int]map[string]bool{}
	for i, vs := range t.Enums {
		enums[i] = map[string]bool{}
		for _, v := range vs {
			enums[i][v] = true
		}
	}
	flags := map[string]bool{}
	for _, f := range t.Flags {
		flags[f] = true
	}
	seen := map[string]int{}
	var out []Line
	err := eachLine(file, data, func(no int, raw string) error {
		fields := strings.Split(raw, "|")
		l := Line{File: file, No: no}
		if len(fields) < t.MinFields || t.MaxFields > 0 && len(fields) > t.MaxFields {
			return l.Errorf("%d fields, want %d to %d: %q", len(fields), t.MinFields, t.MaxFields, raw)
		}
		for len(fields) < t.MaxFields {
			fields = append(fields, "")
		}
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		l.Fields = fields
		if fields[0] == "" {
			return l.Errorf("empty entry")
		}
		for i, allowed := range enums {
			if !allowed[fields[i]] {
				return l.Errorf("unknown value %q in field %d (want one of %s)", fields[i], i+1, strings.Join(t.Enums[i], ", "))
			}
		}
		if t.FlagField > 0 {
			for _, f := range strings.Fields(fields[t.FlagField]) {
				if !flags[f] {
					return l.Errorf("unknown flag %q (want one of %s)", f, strings.Join(t.Flags, " "))
				}
			}
		}
		if t.Check != nil {
			if err := t.Check(fields); err != nil {
				return l.Errorf("%v", err)
			}
		}
		key := fields[0]
		if t.Key != nil {
			key = t.Key(fields)
		}
		if prev, dup := seen[key]; dup {
			return l.Errorf("duplicate entry %q (first on line %d)", key, prev)
		}
		seen[key] = no
		out = append(out, l)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// MustRead is Read for embedded files, whose errors are programming
// errors caught by any test: it panics.
func (t Table) MustRead(file string, data []byte) []Line {
	ls, err := t.Read(file, data)
	if err != nil {
		panic(err)
	}
	return ls
}

// Sections parses data, the content of file, as "[name]" sections of
// words. Only the sections named in want are allowed (any name when want
// is empty), each exactly once, and a word may appear only once in a
// section.
func Sections(file string, data []byte, want ...string) (map[string]map[string]bool, error) {
	allowed := map[string]bool{}
	for _, w := range want {
		allowed[w] = true
	}
	out := map[string]map[string]bool{}
	var cur map[string]bool
	err := eachLine(file, data, func(no int, raw string) error {
		if strings.HasPrefix(raw, "[") && strings.HasSuffix(raw, "]") {
			name := raw[1 : len(raw)-1]
			if len(want) > 0 && !allowed[name] {
				return fmt.Errorf("%s:%d: unknown section [%s] (want one of %s)", file, no, name, strings.Join(want, ", "))
			}
			if _, dup := out[name]; dup {
				return fmt.Errorf("%s:%d: section [%s] appears twice", file, no, name)
			}
			cur = map[string]bool{}
			out[name] = cur
			return nil
		}
		if cur == nil {
			return fmt.Errorf("%s:%d: words before the first [section]", file, no)
		}
		for _, w := range strings.Fields(raw) {
			if w[0] == '#' {
				break
			}
			if cur[w] {
				return fmt.Errorf("%s:%d: duplicate word %q in its section", file, no, w)
			}
			cur[w] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, w := range want {
		if _, ok := out[w]; !ok {
			return nil, fmt.Errorf("%s: section [%s] is missing", file, w)
		}
	}
	return out, nil
}

// MustSections is Sections for embedded files: it panics on an error.
func MustSections(file string, data []byte, want ...string) map[string]map[string]bool {
	s, err := Sections(file, data, want...)
	if err != nil {
		panic(err)
	}
	return s
}

// eachLine calls fn with each line of data that is neither blank nor a
// '#' comment, trimmed, and its 1-based number; fn's error stops it.
func eachLine(file string, data []byte, fn func(no int, raw string) error) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	no := 0
	for sc.Scan() {
		no++
		raw := strings.TrimSpace(sc.Text())
		if raw == "" || raw[0] == '#' {
			continue
		}
		if err := fn(no, raw); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %v", file, err)
	}
	return nil
}
