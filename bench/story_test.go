package bench

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract"
	"github.com/annalist/annalist/story"
)

// BenchmarkStoryAssign times deciding one new article's near-copy, story
// and incidents against an index of 100,000 stored articles: the Reuters
// stories (the first 5,000), analysed once, loaded twenty times over under other ids (as a
// store rebuilt at start-up loads them); each new article is a Reuters
// story's record under a fresh id with its words reversed, so that it is
// no near-copy and is compared with the stories.
func BenchmarkStoryAssign(b *testing.B) {
	arts, _ := reuters(b)
	arts = arts[:min(len(arts), 5000)] // analysed once, loaded 20 times over
	var recs []*annalist.Record
	p := extract.Default()
	err := p.Run(runtime.GOMAXPROCS(0), fromMemory(arts), func(res extract.Result) error {
		if res.Err == nil {
			recs = append(recs, res.Record)
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	x := story.NewIndex(story.Options{})
	for pass := 0; x.Len() < 100_000; pass++ {
		for _, r := range recs {
			if x.Len() >= 100_000 {
				break
			}
			c := *r
			c.ID = fmt.Sprintf("%s~%d", r.ID, pass)
			c.Story = c.ID
			x.Load(&c)
		}
	}
	reversed := make([]string, len(recs))
	for i, r := range recs {
		w := strings.Fields(r.Text)
		slices.Reverse(w)
		reversed[i] = strings.Join(w, " ")
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c := *recs[i%len(recs)]
		c.ID = fmt.Sprintf("new-%d", i)
		c.Story, c.DuplicateOf = "", ""
		// The same words in reverse: no near-copy, so every article goes
		// through the story search.
		c.Text = reversed[i%len(recs)]
		c.Events = append([]annalist.Event(nil), c.Events...)
		x.Assign(&c)
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/1000, "ms/article")
}
