package event

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/syntax"
	"github.com/annalist/annalist/text"
)

func TestZZDebug(t *testing.T) {
	b, _ := os.ReadFile("/tmp/recall2/sents.txt")
	for _, s := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		d := text.Analyze(s, "2024-03-01")
		d.Parser = syntax.Lazy
		ms := mentionsWith(d, &annalist.Record{Text: s, Published: "2024-03-01"}, currentTypeModel())
		fmt.Println(s)
		for _, m := range ms {
			fmt.Printf("   %s %q %+v\n", m.Type, m.Trigger.Text, m.Modality)
		}
		evs := parsedEvents(s)
		for _, e := range evs {
			fmt.Printf("   EVENT %s %q %s\n", e.Type, e.Trigger.Text, e.Modality)
		}
	}
}
