package eval

import (
	"fmt"
	"io"
	"slices"
)

// Reuters-21578's editors gave each story topic labels. A story labelled
// only "earn" (a company's results) or only "acq" (a merger or stake)
// reports no political event, bar the rare exception, so the share of them
// that get an exported event measures false alarms on stories with no
// event, without a judge.

var reutersTopics = reutersField("TOPICS")

// ReadReutersTopics adds the topic labels of one Reuters-21578 SGML file's
// stories to into, by article id as bench.ReadReuters gives it
// ("reuters-NEWID").
func ReadReutersTopics(r io.Reader, into map[string][]string) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	for _, m := range reutersStory.FindAllStringSubmatch(string(b), -1) {
		var topics []string
		for _, d := range reutersD.FindAllStringSubmatch(field(reutersTopics, m[2]), -1) {
			topics = append(topics, d[1])
		}
		into["reuters-"+m[1]] = topics
	}
	return nil
}

// TopicRates are how often stories of one topic get events.
type TopicRates struct {
	Topic                           string
	Within                          string // the stories counted, where not all ("Lewis's test split")
	Stories, WithEvent, WithViolent int
}

// ByTopic counts the stories read whose only topic label is topic.
func (r *EventRates) ByTopic(topics map[string][]string, topic string) TopicRates {
	t := TopicRates{Topic: topic}
	withEvent, withViolent := map[string]bool{}, map[string]bool{}
	for _, e := range r.Events {
		withEvent[e.Story] = true
		withViolent[e.Story] = withViolent[e.Story] || violent[e.Type]
	}
	for _, id := range r.IDs {
		if !slices.Equal(topics[id], []string{topic}) {
			continue
		}
		t.Stories++
		if withEvent[id] {
			t.WithEvent++
		}
		if withViolent[id] {
			t.WithViolent++
		}
	}
	return t
}

// Print writes the shares.
func (t TopicRates) Print(w io.Writer) {
	within := ""
	if t.Within != "" {
		within = " in " + t.Within
	}
	fmt.Fprintf(w, "stories%s labelled only %q (no political event): %d; with an exported event %d (%.1f%%), with an ASSAULT, FIGHT or COERCE %d (%.1f%%)\n",
		within, t.Topic, t.Stories, t.WithEvent, 100*ratio(t.WithEvent, t.Stories), t.WithViolent, 100*ratio(t.WithViolent, t.Stories))
}
