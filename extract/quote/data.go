package quote

import (
	_ "embed"
	"fmt"
	"strings"
)

// The reporting cues and speaker nouns are data (data/*.txt), read once at
// start-up; a malformed line is a broken build, so it panics naming it.
var (
	//go:embed data/reporting.txt
	reportingText string
	//go:embed data/speakers.txt
	speakersText string
	//go:embed data/gender.txt
	genderText string

	cueWords      = map[string]bool{} // reporting verbs, every form listed
	reportedVerbs = map[string]bool{} // those that also introduce reported speech
	sloganVerbs   = map[string]bool{} // chanted, shouted: slogans, kept without a speaker
	cueNouns      = map[string]bool{} // reporting nouns: statement, remarks
	cuePhrases    [][]string          // reporting phrases; "*" is up to two words
	speakerKinds  = map[string]string{}
	genders       = map[string]byte{} // first name → 'm' or 'f'
)

func init() {
	eachLine("data/reporting.txt", reportingText, func(f []string) error {
		switch {
		case f[0] == "verb" && (len(f) == 2 || len(f) == 3 && (f[2] == "reported" || f[2] == "slogan")):
			cueWords[f[1]] = true
			reportedVerbs[f[1]] = len(f) == 3 && f[2] == "reported"
			sloganVerbs[f[1]] = len(f) == 3 && f[2] == "slogan"
		case f[0] == "noun" && len(f) == 2:
			cueNouns[f[1]] = true
		case f[0] == "phrase" && len(f) >= 3:
			cuePhrases = append(cuePhrases, f[1:])
		default:
			return fmt.Errorf("want verb WORD [reported|slogan], noun WORD or phrase WORDS")
		}
		return nil
	})
	eachLine("data/speakers.txt", speakersText, func(f []string) error {
		if len(f) != 2 || f[0] != "person" && f[0] != "organization" && f[0] != "group" && f[0] != "none" {
			return fmt.Errorf("want KIND NOUN, KIND person, organization, group or none")
		}
		if _, dup := speakerKinds[f[1]]; dup {
			return fmt.Errorf("%q listed twice", f[1])
		}
		speakerKinds[f[1]] = f[0]
		return nil
	})
	eachLine("data/gender.txt", genderText, func(f []string) error {
		if len(f) != 2 || f[1] != "m" && f[1] != "f" {
			return fmt.Errorf("want NAME m|f")
		}
		genders[f[0]] = f[1][0]
		return nil
	})
}

func eachLine(name, text string, fn func([]string) error) {
	for i, l := range strings.Split(text, "\n") {
		f := strings.Fields(l)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if err := fn(f); err != nil {
			panic(fmt.Sprintf("quote: %s line %d %q: %v", name, i+1, l, err))
		}
	}
}
