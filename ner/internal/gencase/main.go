// Command gencase writes ner/data/lowercase.txt.gz: the English words that
// the SCOWL word list (Debian wamerican) gives only in lower case, for
// truecasing Title Case headlines where Reuters-21578 is too small to say
// how a word is written ("murder", "rehab", "vigil").
//
//	apt-get install -y wamerican
//	go run ./ner/internal/gencase
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annalist/annalist/internal/gzfile"
)

var (
	words = flag.String("words", "/usr/share/dict/american-english", "English word list (Debian wamerican)")
	out   = flag.String("out", "ner/data/lowercase.txt.gz", "output file")
)

func main() {
	flag.Parse()
	list, err := lowerOnly(*words)
	if err != nil {
		log.Fatalf("gencase: %v", err)
	}
	if err := gzfile.Write(*out, func(w io.Writer) error {
		fmt.Fprintln(w, "# English words written only in lower case, from the SCOWL word list (Debian")
		fmt.Fprintln(w, "# wamerican; permissive licence) by ner/internal/gencase; do not edit.")
		for _, l := range list {
			fmt.Fprintln(w, l)
		}
		return nil
	}); err != nil {
		log.Fatalf("gencase: %v", err)
	}
	log.Printf("%d words", len(list))
}

// lowerOnly returns, sorted, the words of the list given in lower case and
// never capitalised ("bill" is out: "Bill" is there too), possessives left out.
func lowerOnly(name string) ([]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	lower, capd := map[string]bool{}, map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.ContainsAny(w, "'’") {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) {
			lower[w] = true
		} else {
			capd[strings.ToLower(w)] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var list []string
	for w := range lower {
		if !capd[w] {
			list = append(list, w)
		}
	}
	sort.Strings(list)
	return list, nil
}
