package eval

import (
	"bytes"
	"fmt"
	"github.com/annalist/annalist/extract/event"
	"github.com/annalist/annalist/text"
	"io"
	"slices"
	"strconv"
	"strings"
)

// ReutersTrainStories reads one Reuters-21578 SGML file and returns the
// bodies of its training-split stories (LEWISSPLIT="TRAIN") by story id
// ("reuters-NEWID"), as bench.ReadReuters gives them to the pipeline, with
// their topic labels, leaving out the stories in skip (the judged sample).
func ReutersTrainStories(r io.Reader, name string, skip map[string]bool) (bodies map[string]string, topics map[string][]string, err error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	topics = map[string][]string{}
	if err := ReadReutersTopics(bytes.NewReader(data), topics); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	train := map[string]bool{}
	for _, m := range reutersSplit.FindAllSubmatch(data, -1) {
		train["reuters-"+string(m[2])] = string(m[1]) == "TRAIN"
	}
	bodies = map[string]string{}
	for _, m := range reutersStory.FindAllStringSubmatch(string(data), -1) {
		id := "reuters-" + m[1]
		if !train[id] || skip[id] {
			continue
		}
		if body := strings.TrimSpace(field(reutersBody, m[2])); body != "" {
			bodies[id] = body
		}
	}
	return bodies, topics, nil
}

// ReutersTypeLabel is one labelled Reuters sentence: the story, the byte
// offset of the sentence in its body (as bench.ReadReuters gives it, wire
// line breaks kept) and its PLOVER type (or NONE).
type ReutersTypeLabel struct {
	Story  string
	Offset int
	Type   string
}

// ReadReutersTypeLabels reads a "story TAB offset TAB type" file
// (extract/event/testdata/reuters-types.tsv); # lines are comments.
func ReadReutersTypeLabels(r io.Reader, name string) ([]ReutersTypeLabel, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	var out []ReutersTypeLabel
	for i, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("%s:%d: want story, offset and type", name, i+1)
		}
		off, err := strconv.Atoi(f[1])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: offset: %w", name, i+1, err)
		}
		if f[2] != "NONE" && !slices.Contains(event.Categories, f[2]) {
			return nil, fmt.Errorf("%s:%d: unknown type %q", name, i+1, f[2])
		}
		out = append(out, ReutersTypeLabel{f[0], off, f[2]})
	}
	return out, nil
}

// ReutersTypeExamples are the labelled sentences as training examples,
// their text read from the Reuters-21578 files (opened by open) and cut
// from the body as the text package splits it, the wire's soft wraps
// (newlines inside the sentence) made spaces. A label whose
// story or sentence is not found is an error: the corpus or the splitter
// changed.
func ReutersTypeExamples(files []string, open func(string) (io.ReadCloser, error), labels []ReutersTypeLabel) ([]event.TypeExample, error) {
	want := map[string]bool{}
	for _, l := range labels {
		want[l.Story] = true
	}
	bodies := map[string]string{}
	for _, path := range files {
		r, err := open(path)
		if err != nil {
			return nil, err
		}
		bs, _, err := ReutersTrainStories(r, path, nil)
		r.Close()
		if err != nil {
			return nil, err
		}
		for id, b := range bs {
			if want[id] {
				bodies[id] = b
			}
		}
	}
	docs := map[string]*text.Doc{}
	var out []event.TypeExample
	for _, l := range labels {
		body, ok := bodies[l.Story]
		if !ok {
			return nil, fmt.Errorf("reuters types: story %s not in the training split", l.Story)
		}
		d := docs[l.Story]
		if d == nil {
			d = text.Analyze(body, "")
			docs[l.Story] = d
		}
		s := ""
		for _, sn := range d.Sentences {
			if sn.Start == l.Offset {
				s = strings.ReplaceAll(body[sn.Start:sn.End], "\n", " ")
			}
		}
		if s == "" {
			return nil, fmt.Errorf("reuters types: no sentence at %s@%d", l.Story, l.Offset)
		}
		out = append(out, event.TypeExample{ID: fmt.Sprintf("%s@%d", l.Story, l.Offset), Text: s, Type: l.Type})
	}
	return out, nil
}
