package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// ECBDoc is one ECB+ document as text, with where each gold token lies in
// it so that event mentions can be found again.
type ECBDoc struct {
	ID    string // "36_1ecb"
	Topic string // "36"
	Story string // the happening: "36_ecb" or "36_ecbplus"
	Text  string
	// Tokens[sent][tok] is the byte span of the token in Text.
	Tokens map[int]map[int][2]int
}

// ECBMention is a gold event mention: a document, its tokens, and the
// chain of mentions of the same happening across documents.
type ECBMention struct {
	Doc    string `json:"doc_id"`
	Sent   int    `json:"sent_id"`
	Tokens []int  `json:"tokens_number"`
	Chain  string `json:"coref_chain"`
	Text   string `json:"tokens_str"`
}

// ReadECB reads the documents of one ECB+ split (prefix "ECB_Dev" or
// "ECB_Train" in dir), in the corpus's order, each sentence a line.
func ReadECB(dir, prefix string) ([]*ECBDoc, error) {
	path := filepath.Join(dir, prefix+"_corpus.txt")
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := parseECB(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

func parseECB(r io.Reader) ([]*ECBDoc, error) {
	var docs []*ECBDoc
	byID := map[string]*ECBDoc{}
	var b strings.Builder
	var cur *ECBDoc
	lastSent := -1
	finish := func() {
		if cur != nil {
			cur.Text = b.String()
		}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 4 {
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			return nil, fmt.Errorf("line %d: want doc, sentence, token and word separated by tabs", line)
		}
		sent, err1 := strconv.Atoi(fields[1])
		tok, err2 := strconv.Atoi(fields[2])
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("line %d: sentence and token numbers must be integers", line)
		}
		id := fields[0]
		if cur == nil || cur.ID != id {
			finish()
			if byID[id] != nil {
				return nil, fmt.Errorf("line %d: document %s appears twice", line, id)
			}
			cur = &ECBDoc{ID: id, Tokens: map[int]map[int][2]int{}}
			cur.Topic, cur.Story = ecbStory(id)
			byID[id] = cur
			docs = append(docs, cur)
			b.Reset()
			lastSent = -1
		}
		if sent != lastSent {
			if b.Len() > 0 {
				b.WriteString("\n")
			}
			lastSent = sent
		} else if b.Len() > 0 {
			b.WriteString(" ")
		}
		if cur.Tokens[sent] == nil {
			cur.Tokens[sent] = map[int][2]int{}
		}
		start := b.Len()
		b.WriteString(fields[3])
		cur.Tokens[sent][tok] = [2]int{start, b.Len()}
	}
	finish()
	return docs, sc.Err()
}

// ecbStory splits "36_10ecbplus" into its topic "36" and happening
// "36_ecbplus".
func ecbStory(id string) (topic, story string) {
	topic, rest, _ := strings.Cut(id, "_")
	kind := strings.TrimLeft(rest, "0123456789")
	return topic, topic + "_" + kind
}

// ReadECBMentions reads the gold event mentions of one split.
func ReadECBMentions(dir, prefix string) ([]ECBMention, error) {
	path := filepath.Join(dir, prefix+"_Event_gold_mentions.json")
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var ms []ECBMention
	if err := json.Unmarshal(raw, &ms); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ms, nil
}

// BCubed scores a clustering against gold classes, item by item (Bagga
// and Baldwin 1998): each item's precision is the share of its cluster
// that shares its gold class, its recall the share of its gold class in
// its cluster, both averaged over items.
func BCubed(gold, pred map[string]string) PRF {
	byGold := map[string][]string{}
	byPred := map[string][]string{}
	for item, g := range gold {
		byGold[g] = append(byGold[g], item)
		byPred[pred[item]] = append(byPred[pred[item]], item)
	}
	var p, r float64
	for item, g := range gold {
		c := pred[item]
		both := 0
		for _, o := range byPred[c] {
			if gold[o] == g {
				both++
			}
		}
		p += float64(both) / float64(len(byPred[c]))
		r += float64(both) / float64(len(byGold[g]))
	}
	n := float64(len(gold))
	if n == 0 {
		return PRF{}
	}
	return newPRF(p/n, r/n)
}

// PRF is a precision, a recall and their F1.
type PRF struct{ P, R, F float64 }

func newPRF(p, r float64) PRF { return PRF{p, r, f1(p, r)} }

// clusters lists the items of each cluster, sorted, clusters in a stable
// order.
func clusters(m map[string]string) [][]string {
	by := map[string][]string{}
	for item, c := range m {
		by[c] = append(by[c], item)
	}
	var out [][]string
	for _, items := range by {
		sort.Strings(items)
		out = append(out, items)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}
