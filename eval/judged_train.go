package eval

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract/event"
)

// Weak labels for the event-type model: a Reuters-21578 story that its
// editors labelled only "earn" or only "acq" reports no political event
// (bar the rare exception), so every event the rules find in it is a
// false alarm the model may learn to drop (NONE): "prices rallied", "a
// takeover battle", "won approval". Only the stories of Lewis's training
// split (LEWISSPLIT="TRAIN") are used, so the test split's earn and acq
// shares stay held out, and never a story of the judged sample, so that
// `annalist eval judged` stays a measurement.

// NoEventTopics are the topic labels whose stories (labelled with one of
// them alone) teach NONE.
var NoEventTopics = []string{"earn", "acq"}

var reutersSplit = regexp.MustCompile(`<REUTERS[^>]*LEWISSPLIT="([A-Z-]+)"[^>]*NEWID="(\d+)"`)

// ReutersNoEventExamples reads one Reuters-21578 SGML file and returns its
// training-split stories labelled only earn or only acq, not in skip (story
// ids, "reuters-NEWID"), as NONE examples whose every mention teaches,
// each of weight w.
func ReutersNoEventExamples(r io.Reader, name string, skip map[string]bool, w float64) ([]event.TypeExample, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	topics := map[string][]string{}
	if err := ReadReutersTopics(bytes.NewReader(data), topics); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	train := map[string]bool{}
	for _, m := range reutersSplit.FindAllSubmatch(data, -1) {
		train["reuters-"+string(m[2])] = string(m[1]) == "TRAIN"
	}
	var out []event.TypeExample
	for _, m := range reutersStory.FindAllStringSubmatch(string(data), -1) {
		id := "reuters-" + m[1]
		if !train[id] || skip[id] || len(topics[id]) != 1 || !slices.Contains(NoEventTopics, topics[id][0]) {
			continue
		}
		// The body as bench.ReadReuters gives it to the pipeline.
		if body := strings.TrimSpace(field(reutersBody, m[2])); body != "" {
			out = append(out, event.TypeExample{ID: id, Text: body, Type: "NONE", EveryMention: true, Weight: w})
		}
	}
	return out, nil
}

// ReutersNoEvents reads the no-event examples (ReutersNoEventExamples) of
// every Reuters-21578 file, opened by open (bench.Open reads the gzipped
// ones), leaving out the stories of the judgements.
func ReutersNoEvents(files []string, open func(string) (io.ReadCloser, error), judged []Judgement, w float64) ([]event.TypeExample, error) {
	skip := JudgedStories(judged)
	var out []event.TypeExample
	for _, path := range files {
		r, err := open(path)
		if err != nil {
			return nil, err
		}
		exs, err := ReutersNoEventExamples(r, path, skip, w)
		r.Close()
		if err != nil {
			return nil, err
		}
		out = append(out, exs...)
	}
	return out, nil
}

// ReutersJudgementFiles are the judged samples of Reuters-21578 (paths from
// the repository root), whose stories the type model never trains on, so
// that each sample stays a measurement.
var ReutersJudgementFiles = []string{
	"eval/testdata/judged-reuters.tsv", "eval/testdata/judged-reuters32.tsv", "eval/testdata/judged-reuters34.tsv",
	"eval/testdata/judged-reuters35.tsv", "eval/testdata/judged-reuters36.tsv",
}

// JudgedStories are the story ids of the judgements, for leaving them out
// of training.
func JudgedStories(js []Judgement) map[string]bool {
	out := map[string]bool{}
	for _, j := range js {
		out[j.Story] = true
	}
	return out
}

// ReutersSplit reads the LEWISSPLIT of each story of one SGML file into
// into, by article id: "TRAIN", "TEST" or "NOT-USED".
func ReutersSplit(r io.Reader, into map[string]string) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	for _, m := range reutersSplit.FindAllSubmatch(data, -1) {
		into["reuters-"+string(m[2])] = string(m[1])
	}
	return nil
}

// JudgedTypeExamples turns a reader's verdicts on exported events into
// training examples for the event-type model, one per judged story of
// arts, labelling the mention whose trigger starts at each judged offset:
// a false alarm (not-event) teaches NONE, a right type (ok, args,
// not-happened: the modality is decided elsewhere) its type, ASSAULT and
// FIGHT swapped the other of the two. A wrong type of unknown right type
// (other-type) teaches nothing: the model has no "not this type" class.
// Each example weighs w against a gold record's 1. read gives the text the
// pipeline reads of an article (clean.Text's in the CLI; eval cannot import
// clean, whose tests import eval), whose bytes the judged offsets count.
func JudgedTypeExamples(arts []*annalist.Article, js []Judgement, w float64, read func(string) string) []event.TypeExample {
	labels := map[string]map[int]string{}
	for _, j := range js {
		t := JudgedLabel(j)
		if t == "" {
			continue
		}
		if labels[j.Story] == nil {
			labels[j.Story] = map[int]string{}
		}
		labels[j.Story][j.Trigger] = t
	}
	var out []event.TypeExample
	for _, a := range arts {
		if l := labels[a.ID]; l != nil {
			out = append(out, event.TypeExample{ID: "judged-" + a.ID, Text: read(a.Text), Labels: l, Weight: w})
		}
	}
	return out
}

// JudgedLabel is the class a judgement teaches ("" for none).
func JudgedLabel(j Judgement) string {
	switch {
	case j.FalseAlarm():
		return "NONE"
	case j.Reason == "assault-fight" && j.Type == "ASSAULT":
		return "FIGHT"
	case j.Reason == "assault-fight" && j.Type == "FIGHT":
		return "ASSAULT"
	case j.TypeRight:
		return j.Type
	}
	return ""
}
