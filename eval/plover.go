// Package eval scores Annalist against outside-annotated gold sets.
package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// PLOVERRecord is one gold record of the PLOVER GSR file
// (eval/plover/PLOVER_GSR_CAMEO.txt): a news-style sentence coded with its
// event type, actors and, where given, casualties and size. A scorer must
// read only Text: ID holds the gold label.
type PLOVERRecord struct {
	ID        string       `json:"id"`
	Date      string       `json:"date"`
	Event     string       `json:"event"` // the PLOVER category: AGREE, PROTEST, ASSAULT...
	EventText string       `json:"eventText"`
	Mode      string       `json:"mode"`
	Context   string       `json:"context"`
	Source    PLOVERActors `json:"source"`
	Target    PLOVERActors `json:"target"`
	Location  *PLOVERPlace `json:"eventLoc"`
	Dead      string       `json:"dead"`    // as written: "156"
	Injured   string       `json:"injured"` // as written: "2"
	Size      string       `json:"size"`    // whatever was counted: "1000", "Tens of thousands", "group"
	Text      string       `json:"text"`
	TextInfo  PLOVERMarkup `json:"textInfo"`
	Language  string       `json:"language"`
	Comment   string       `json:"comment"`
}

// PLOVERActor is a source or target actor.
type PLOVERActor struct {
	Text   string `json:"actorText"`
	Code   string `json:"code"`
	Sector string `json:"sector"`
}

// PLOVERActors is a list of actors. The file writes a missing list as "",
// and a few records put a stray word there ("diplomatic"); both read as no
// actors, since a word is not an actor.
type PLOVERActors []PLOVERActor

// UnmarshalJSON accepts a list of actors, a string or null.
func (a *PLOVERActors) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || b[0] != '[' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil && !bytes.Equal(b, []byte("null")) {
			return fmt.Errorf("actors: want a list or a string, got %.40s", b)
		}
		*a = nil
		return nil
	}
	var list []PLOVERActor
	if err := json.Unmarshal(b, &list); err != nil {
		return err
	}
	*a = list
	return nil
}

// Texts are the actors' texts, blank ones left out.
func (a PLOVERActors) Texts() []string {
	var out []string
	for _, x := range a {
		if t := strings.TrimSpace(x.Text); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// PLOVERPlace is the coded event location, when given.
type PLOVERPlace struct {
	Name    string `json:"name"`
	Country string `json:"country code"`
}

// PLOVERMarkup is the text with its coded spans marked: "(SRC: ...) (EVT: ...)".
// The file gives it as {"markup": "..."}, once as a bare string.
type PLOVERMarkup struct {
	Markup string `json:"markup"`
}

// UnmarshalJSON accepts {"markup": "..."}, a string or null.
func (m *PLOVERMarkup) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		return json.Unmarshal(b, &m.Markup)
	}
	var obj struct {
		Markup string `json:"markup"`
	}
	if err := json.Unmarshal(b, &obj); err != nil {
		return fmt.Errorf("textInfo: %w", err)
	}
	m.Markup = obj.Markup
	return nil
}

// ReadPLOVER reads a PLOVER gold file and returns its event records, in file
// order, without the DOCUMENT record that documents the file itself.
func ReadPLOVER(path string) ([]PLOVERRecord, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read PLOVER file: %w", err)
	}
	recs, err := ParsePLOVER(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return recs, nil
}

// ParsePLOVER parses the contents of a PLOVER gold file: a JSON list whose
// lists and objects may end in a trailing comma. DOCUMENT records are dropped.
func ParsePLOVER(b []byte) ([]PLOVERRecord, error) {
	var all []PLOVERRecord
	if err := json.Unmarshal(StripTrailingCommas(b), &all); err != nil {
		return nil, fmt.Errorf("parse PLOVER JSON: %w", err)
	}
	out := all[:0]
	for _, r := range all {
		if strings.EqualFold(r.Event, "DOCUMENT") {
			continue
		}
		out = append(out, r)
	}
	return out, nil
}

// ParseTypeLines parses the project's "category | sentence" sets
// (extract/event/testdata/plover/check*.txt): one record a line, typed
// only, numbered by line ("LINE-0012"); blank lines and lines opening
// with '#' are skipped. So eval events scores them and train events
// learns from them as it does PLOVER records.
func ParseTypeLines(b []byte) ([]PLOVERRecord, error) {
	var out []PLOVERRecord
	for i, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		cat, s, ok := strings.Cut(l, "|")
		if !ok {
			return nil, fmt.Errorf("line %d: want category | sentence", i+1)
		}
		out = append(out, PLOVERRecord{ID: fmt.Sprintf("LINE-%04d", i+1), Event: strings.TrimSpace(cat), Text: strings.TrimSpace(s)})
	}
	return out, nil
}

// StripTrailingCommas removes every comma that is followed, past white
// space, by a closing ']' or '}', leaving string contents untouched. Other
// JSON errors are left for the decoder to report.
func StripTrailingCommas(b []byte) []byte {
	out := make([]byte, 0, len(b))
	inString, escaped := false, false
	for i := 0; i < len(b); i++ {
		c := b[i]
		if inString {
			out = append(out, c)
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
			continue
		}
		if c == '"' {
			inString = true
		} else if c == ',' {
			j := i + 1
			for j < len(b) && (b[j] == ' ' || b[j] == '\t' || b[j] == '\n' || b[j] == '\r') {
				j++
			}
			if j < len(b) && (b[j] == ']' || b[j] == '}') {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}
