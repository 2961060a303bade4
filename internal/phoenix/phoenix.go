// Package phoenix reads the actor and agent dictionaries of PETRARCH2's
// Phoenix set (Open Event Data Alliance, MIT licence) in their TABARI
// format, for the generators that compile them into the event extractor's
// and the name tagger's data:
//
//	ABU_NIDAL_ORGANIZATION [IMGMUSALQ] #  kkl 21 Mar 13
//	+ARAB_REVOLUTIONARY_BRIGADES_
//	MOHAMMAD_ZAHIR_SHAH_  # CountryInfo.txt
//		[AFGELI >730717]
//		[AFGGOV 330101-730717]
//
// A name line opens an entry, the "+" lines under it are its synonyms,
// and its codes stand in brackets on the name line or on indented lines
// below it, each with an optional date range. A macro of the agents
// dictionary ("!PERSON! = MAN, MEN") comes as a name line. What a name
// means (a country, a group, an office holder) is the generator's reading.
package phoenix

import (
	"bufio"
	"os"
	"regexp"
	"strings"
)

// Entry is one actor or agent of a dictionary. Names are as written,
// underscores and all, without their codes, comment or "+".
type Entry struct {
	Name     string
	Synonyms []string
	Codes    []Code // on the name line
	Below    []Code // on the indented lines under it (an office holder's dated roles)
	Comment  string // on the name line, after its "#"
	// Indented is true for a name line written indented, as code lines
	// are: a slip in the file (a synonym that lost its "+").
	Indented bool
}

// Code is a CAMEO actor code, valid from From to To (YYYY-MM-DD; "" is
// open).
type Code struct {
	Code, From, To string
}

var codeRE = regexp.MustCompile(`\[([^\]]*)\]`)

// Read returns the entries of the dictionary at path in file order.
// Comments, blank lines and anything before the first name line are
// passed over.
func Read(path string) ([]Entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var entries []Entry
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		body, comment, _ := strings.Cut(line, "#")
		t := strings.TrimSpace(body)
		if t == "" {
			continue
		}
		var codes []Code
		for _, m := range codeRE.FindAllStringSubmatch(t, -1) {
			codes = append(codes, ParseCode(m[1]))
		}
		name := t
		if i := strings.IndexByte(t, '['); i >= 0 {
			name = strings.TrimSpace(t[:i])
		}
		var cur *Entry
		if len(entries) > 0 {
			cur = &entries[len(entries)-1]
		}
		switch {
		case name == "":
			if cur != nil {
				cur.Below = append(cur.Below, codes...)
			}
		case strings.HasPrefix(name, "+"):
			if cur != nil {
				cur.Synonyms = append(cur.Synonyms, strings.TrimSpace(name[1:]))
			}
		default:
			entries = append(entries, Entry{Name: name, Codes: codes, Comment: comment,
				Indented: line[0] == '\t' || line[0] == ' '})
		}
	}
	return entries, sc.Err()
}

// ParseCode reads a bracket's content: "KAZGOV 911014-941012",
// "KAZ >911221" (from), "USRKAZ <911216" (until) or a bare code.
func ParseCode(s string) Code {
	f := strings.Fields(s)
	switch {
	case len(f) == 0:
		return Code{}
	case len(f) == 1:
		return Code{Code: f[0]}
	}
	r := f[1]
	switch {
	case strings.HasPrefix(r, ">"):
		return Code{Code: f[0], From: day(r[1:])}
	case strings.HasPrefix(r, "<"):
		return Code{Code: f[0], To: day(r[1:])}
	}
	a, b, _ := strings.Cut(r, "-")
	return Code{Code: f[0], From: day(a), To: day(b)}
}

// day turns PETRARCH's YYMMDD into YYYY-MM-DD (years 00-30 are 20xx).
func day(s string) string {
	if len(s) != 6 {
		return ""
	}
	c := "19"
	if s[:2] <= "30" {
		c = "20"
	}
	return c + s[:2] + "-" + s[2:4] + "-" + s[4:6]
}
