// Command genactors compiles the PETRARCH2 actor dictionaries (Open Event
// Data Alliance, MIT licence; read from ../shared/lexicons/petrarch2/) into
// the name lists the tagger uses as span-membership features:
//
//   - PER: office holders of every country (Phoenix.Countries.actors.txt,
//     the entries CountryInfo.txt contributed), with their spelling variants;
//   - ORG: international organisations, NGOs and companies
//     (Phoenix.International.actors.txt) and armed non-state groups
//     (Phoenix.MilNonState.actors.txt).
//
// Countries and their cities are left to the gazetteer. It writes
// ner/data/actors.txt.gz, "TYPE TAB lower-case words" sorted. Run from the
// repository root:
//
//	go run ./ner/internal/genactors -petrarch ../shared/lexicons/petrarch2
package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/annalist/annalist/internal/gzfile"
	"github.com/annalist/annalist/internal/phoenix"
)

var (
	dir = flag.String("petrarch", "../shared/lexicons/petrarch2", "folder of the PETRARCH2 dictionaries")
	out = flag.String("out", "ner/data/actors.txt.gz", "output file")
)

func main() {
	flag.Parse()
	names := map[string]string{} // phrase -> type
	add := func(typ, phrase string) {
		if phrase == "" {
			return
		}
		if old, ok := names[phrase]; ok && old != typ {
			names[phrase] = "ORG" // ambiguous entries are rare; an organisation is the safer reading
			return
		}
		names[phrase] = typ
	}
	read := func(file string, kind func(comment string) string) {
		entries, err := phoenix.Read(filepath.Join(*dir, file))
		if err != nil {
			log.Fatalf("genactors: %v", err)
		}
		for _, e := range entries {
			if e.Indented {
				continue // a slip in the file, not a name line
			}
			typ := kind(e.Comment)
			if typ == "" {
				continue
			}
			for _, name := range append([]string{e.Name}, e.Synonyms...) {
				for _, p := range phrases(name) {
					if typ == "PER" && !strings.Contains(p, " ") {
						continue // a lone surname or given name says too little
					}
					add(typ, p)
				}
			}
		}
	}
	read("Phoenix.Countries.actors.txt", func(comment string) string {
		if strings.Contains(comment, "CountryInfo") {
			return "PER"
		}
		return "" // a country and its places
	})
	org := func(string) string { return "ORG" }
	read("Phoenix.International.actors.txt", org)
	read("Phoenix.MilNonState.actors.txt", org)

	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	err := gzfile.Write(*out, func(w io.Writer) error {
		fmt.Fprintln(w, "# People and organisations from the PETRARCH2 actor dictionaries (Open Event Data")
		fmt.Fprintln(w, "# Alliance, MIT licence), by ner/internal/genactors; do not edit. TYPE TAB words.")
		for _, k := range keys {
			fmt.Fprintf(w, "%s\t%s\n", names[k], k)
		}
		return nil
	})
	if err != nil {
		log.Fatalf("genactors: %v", err)
	}
	log.Printf("%d names", len(keys))
}

// phrases turns a dictionary entry ("ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_") into
// lower-case phrases as the tokenizer splits them ("aden abyan islamic
// army", "aaia").
func phrases(entry string) []string {
	var main, paren []string
	for _, w := range strings.Split(entry, "_") {
		w = strings.TrimSpace(w)
		if w == "" {
			continue
		}
		if strings.HasPrefix(w, "(") && strings.HasSuffix(w, ")") {
			if a := strings.Trim(w, "()"); len(a) >= 3 {
				paren = append(paren, strings.ToLower(a))
			}
			continue
		}
		if !strings.ContainsFunc(w, unicode.IsLetter) && w != "&" {
			return nil // codes and numbers, not names
		}
		main = append(main, strings.ToLower(w))
	}
	var out []string
	if len(main) > 0 && !(len(main) == 1 && len(main[0]) < 2) {
		// "the" opens many entries, but news writes it in lower case
		// outside the name.
		if main[0] == "the" && len(main) > 1 {
			main = main[1:]
		}
		out = append(out, strings.Join(main, " "))
	}
	return append(out, paren...)
}
