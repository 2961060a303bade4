package timex

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestScratchSeed(t *testing.T) {
	b, err := os.ReadFile("../../../shared/seed/kazakhstan-2023-01-05.txt")
	if err != nil {
		t.Skip(err)
	}
	s := string(b)
	s = strings.TrimPrefix(strings.TrimSpace(s), "date 2023-01-05 ")
	for _, tm := range Find(s, "2023-01-05") {
		fmt.Printf("%-30q %-9s %-14s %s\n", tm.Text, tm.Type, tm.Value, tm.Mod)
	}
}
