package count_test

import (
	"fmt"

	"github.com/annalist/annalist/extract/count"
	"github.com/annalist/annalist/text"
)

func ExampleFind() {
	d := text.Analyze("The crackdown left at least 238 people dead. Police detained dozens of protesters, and a crowd of 10,000 marched.", "2023-01-05")
	for _, c := range count.Find(d) {
		fmt.Printf("%s %d %q %q sentence %d\n", c.Kind, c.Number, c.Qualifier, c.Text, count.Sentence(d, c))
	}
	// Output:
	// killed 238 "at least" "at least 238 people dead" sentence 0
	// arrested 24 "at least" "detained dozens" sentence 1
	// protesters 10000 "" "crowd of 10,000" sentence 1
}
