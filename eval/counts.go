package eval

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/annalist/annalist"
)

// CountFinder extracts counts from one text published on date.
type CountFinder func(text, date string) []annalist.Count

// CountScore is how well extracted killed and injured counts match the
// PLOVER gold "dead" and "injured" fields.
type CountScore struct {
	Records   int // records with gold dead or injured
	Gold      int // gold (kind, number) pairs
	Extracted int // extracted killed and injured counts in those records
	Matched   int // extracted counts equal in kind and number to a gold pair
	// Size scores the gold "size" field (whatever was counted, digits or
	// words) against counts of any kind: found when a count has the gold
	// number, or its text holds the gold words.
	SizeRecords, SizeFound int
	Misses                 []CountMiss
	Texts                  int // texts the finder read
}

// CountMiss is a record whose counts differ from the gold.
type CountMiss struct {
	ID, Text  string
	Gold, Got []string // "killed 3"
}

// Precision is Matched/Extracted.
func (s CountScore) Precision() float64 { return ratio(s.Matched, s.Extracted) }

// Recall is Matched/Gold.
func (s CountScore) Recall() float64 { return ratio(s.Matched, s.Gold) }

// F1 is the harmonic mean of precision and recall.
func (s CountScore) F1() float64 { return f1(s.Precision(), s.Recall()) }

// ScoreCounts runs find over each record's text (and nothing else of the
// record) and scores the killed and injured counts against the gold.
func ScoreCounts(recs []PLOVERRecord, find CountFinder) CountScore {
	var s CountScore
	for _, r := range recs {
		var gold []string
		for _, g := range []struct{ kind, value string }{{"killed", r.Dead}, {"injured", r.Injured}} {
			if n, err := strconv.Atoi(strings.TrimSpace(g.value)); err == nil {
				gold = append(gold, fmt.Sprintf("%s %d", g.kind, n))
			}
		}
		size := strings.TrimSpace(r.Size)
		if len(gold) == 0 && size == "" {
			continue
		}
		counts := find(r.Text, r.Date)
		s.Texts++
		if size != "" {
			s.SizeRecords++
			if sizeFound(size, counts) {
				s.SizeFound++
			}
		}
		if len(gold) == 0 {
			continue
		}
		s.Records++
		s.Gold += len(gold)
		var got []string
		for _, c := range counts {
			if c.Kind == annalist.CountKilled || c.Kind == annalist.CountInjured {
				got = append(got, fmt.Sprintf("%s %d", c.Kind, c.Number))
			}
		}
		s.Extracted += len(got)
		left := append([]string(nil), gold...)
		matched := 0
		for _, g := range got {
			for i, want := range left {
				if g == want {
					left = append(left[:i], left[i+1:]...)
					matched++
					break
				}
			}
		}
		s.Matched += matched
		if matched != len(gold) || matched != len(got) {
			s.Misses = append(s.Misses, CountMiss{ID: r.ID, Text: r.Text, Gold: gold, Got: got})
		}
	}
	return s
}

// sizeFound reports whether a count matches the gold size: the same
// number, or words ("Tens of thousands") inside the count's text.
func sizeFound(size string, counts []annalist.Count) bool {
	n, err := strconv.Atoi(size)
	for _, c := range counts {
		if err == nil && c.Number == n {
			return true
		}
		if err != nil && strings.Contains(strings.ToLower(c.Text), strings.ToLower(size)) {
			return true
		}
	}
	return false
}

// Report writes the score and its misses.
func (s CountScore) Report(w io.Writer, name string) {
	fmt.Fprintf(w, "%s: %d records with dead/injured, %d gold, %d extracted, %d matched: P %.3f R %.3f F1 %.3f; size found in %d of %d records\n",
		name, s.Records, s.Gold, s.Extracted, s.Matched, s.Precision(), s.Recall(), s.F1(), s.SizeFound, s.SizeRecords)
}

// ReportMisses writes each record whose counts differ from the gold.
func (s CountScore) ReportMisses(w io.Writer) {
	for _, m := range s.Misses {
		fmt.Fprintf(w, "  %s gold %v got %v: %s\n", m.ID, m.Gold, m.Got, m.Text)
	}
}

// SplitPLOVER splits records by the parity of their number
// ("PLOVER-GSR01-AGREE-0007" is odd): tune on odd, report even.
func SplitPLOVER(recs []PLOVERRecord) (odd, even []PLOVERRecord) {
	for _, r := range recs {
		i := strings.LastIndexByte(r.ID, '-')
		n, err := strconv.Atoi(r.ID[i+1:])
		if err == nil && n%2 == 1 {
			odd = append(odd, r)
		} else {
			even = append(even, r)
		}
	}
	return odd, even
}
