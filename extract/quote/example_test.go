package quote_test

import (
	"fmt"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract/quote"
	"github.com/annalist/annalist/text"
)

func ExampleFind() {
	s := "President Mary Jones spoke on Monday. “We will not give up,” the president said. Crowds chanted ‘Freedom!’"
	people := []annalist.Entity{{ID: "e1", Type: annalist.Person, Name: "Mary Jones",
		Mentions: []annalist.Span{{Start: 10, End: 20, Text: "Mary Jones"}}}}
	for _, q := range quote.Find(text.Analyze(s, ""), people) {
		fmt.Printf("%q speaker %q (%s) cue %q\n", q.Text, q.Speaker, q.SpeakerEntity, q.Cue)
	}
	// Output:
	// "We will not give up," speaker "Mary Jones" (e1) cue "said"
	// "Freedom!" speaker "" () cue "chanted"
}
