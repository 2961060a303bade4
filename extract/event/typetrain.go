package event

import (
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract/event/internal/cameoplover"
	"github.com/annalist/annalist/text"
)

// TypeExample is a sentence with its gold event type: a PLOVER category,
// or NONE for a sentence that reports no event.
type TypeExample struct {
	ID, Text, Type string
	Also           []string // other types coded in the sentence (PETRARCH codes every event)
	// Variants marks a set of examples written as variations of a few
	// sentences (PETRARCH's unit tests vary one sentence's names dozens of
	// times): of these, each trigger and type teaches once.
	Variants bool
	// EveryMention: every mention the rules find in Text teaches Type, not
	// only the main one: for a text that reports no event at all (NONE), a
	// story whose topic says so.
	EveryMention bool
	// Labels, where set, replace Type: the class of each mention whose
	// trigger starts at the byte offset (a reader's verdict on a real
	// news story, eval.JudgedTypeExamples); other mentions teach nothing.
	Labels map[int]string
	// Weight is the example's weight in the loss (0: 1): below 1 for weak
	// labels, so that thousands of them do not drown the gold ones.
	Weight float64
}

// TrainTypeOptions are the trainer's settings; the defaults made the
// committed model.
type TrainTypeOptions struct {
	Epochs     int     // full passes of gradient descent
	Rate       float64 // AdaGrad step
	L2         float64 // weight decay, per example
	Margin     float64 // TypeModel.Margin
	NoneMargin float64 // TypeModel.NoneMargin
	Parser     text.Parser
}

// DefaultTrainTypeOptions are the settings of the committed model.
var DefaultTrainTypeOptions = TrainTypeOptions{Epochs: 200, Rate: 0.1, L2: 0.002, Margin: 2.5, NoneMargin: 6}

// DefaultReutersWeight is the weight of each mention of the committed
// model's weak no-event examples (Reuters earn and acq stories) against a
// gold record's 1: their 8,200 mentions weigh about 250 against the gold
// set's 160, so that the triggers common in business news ("shares",
// "offer", "agreed") keep their political sense in political news.
const DefaultReutersWeight = 0.025

// TypeTrainStats says what training saw.
type TypeTrainStats struct {
	Examples   int // examples given
	Used       int // with a mention to learn from
	RulesRight int // of the used, those whose rule type was the gold type
	Features   int
}

// typeInstance is one example's main mention: its features and gold class.
type typeInstance struct {
	features []string
	rule     string // the rules' type
	class    int
	weight   float64
	weak     bool // from an EveryMention example
	group    string
}

// TypeClasses are the model's classes: the 18 PLOVER categories and NONE.
var TypeClasses = append(append([]string{}, Categories...), none)

// typeInstances runs the extractor with the rules alone over each
// example, as the pipeline reads text, and keeps the features of the
// sentence's main mention (event.Main): the mention the model must type.
// Examples without a mention teach nothing: the lexicon decides coverage.
func typeInstances(exs []TypeExample, parser text.Parser, st *TypeTrainStats) ([]typeInstance, error) {
	class := map[string]int{}
	for i, c := range TypeClasses {
		class[c] = i
	}
	var out []typeInstance
	seen := map[string]bool{}
	for _, ex := range exs {
		ci, ok := class[ex.Type]
		if !ok && ex.Labels == nil {
			return nil, fmt.Errorf("%s: unknown event type %q", ex.ID, ex.Type)
		}
		for _, t := range ex.Labels {
			if _, ok := class[t]; !ok {
				return nil, fmt.Errorf("%s: unknown event type %q", ex.ID, t)
			}
		}
		st.Examples++
		d := text.Analyze(ex.Text, "")
		d.Parser = parser
		ms := mentionsWith(d, &annalist.Record{Text: ex.Text}, nil)
		w := ex.Weight
		if w == 0 {
			w = 1
		}
		if ex.Labels != nil {
			for k := range ms {
				t, ok := ex.Labels[ms[k].Trigger.Start]
				if !ok || ms[k].Type != ms[k].ent.category || ms[k].Implied {
					continue
				}
				st.Used++
				if ms[k].Type == t {
					st.RulesRight++
				}
				out = append(out, typeInstance{features: ms[k].features, rule: ms[k].Type, class: class[t], weight: w, group: "judged"})
			}
			continue
		}
		if ex.EveryMention {
			for k := range ms {
				if ms[k].Type != ms[k].ent.category || ms[k].Implied {
					continue
				}
				st.Used++
				if ms[k].Type == ex.Type {
					st.RulesRight++
				}
				out = append(out, typeInstance{features: ms[k].features, rule: ms[k].Type, class: ci, weight: w, weak: true})
			}
			continue
		}
		k := Main(ms)
		if k < 0 {
			continue
		}
		// Where the sentence codes several events, learn from the main
		// mention of a coded type, if the rules found one.
		if len(ex.Also) > 0 && ms[k].Type != ex.Type {
			for j := range ms {
				if slices.Contains(ex.Also, ms[j].Type) && (!slices.Contains(ex.Also, ms[k].Type) || mainBefore(&ms[j], &ms[k])) {
					k, ci = j, class[ms[j].Type]
				}
			}
		}
		if ms[k].Type != ms[k].ent.category || ms[k].Implied {
			continue // the rules' decision stands there (classify): nothing to learn
		}
		key := strings.ToLower(ms[k].Trigger.Text) + "|" + TypeClasses[ci]
		if ex.Variants && seen[key] {
			continue
		}
		seen[key] = true
		st.Used++
		if ms[k].Type == ex.Type {
			st.RulesRight++
		}
		out = append(out, typeInstance{features: ms[k].features, rule: ms[k].Type, class: ci, weight: w, group: exampleGroup(ex)})
	}
	return out, nil
}

// TrainTypes fits the type model to the examples: multinomial logistic
// regression with L2 decay by full-batch AdaGrad, so that the same
// examples and options give the same model, bit for bit.
func TrainTypes(exs []TypeExample, o TrainTypeOptions) (*TypeModel, TypeTrainStats, error) {
	var st TypeTrainStats
	insts, err := typeInstances(exs, o.Parser, &st)
	if err != nil {
		return nil, st, err
	}
	m := fitTypes(insts, o)
	st.Features = len(m.W)
	return m, st, nil
}

// fitTypes fits the model to the instances.
func fitTypes(insts []typeInstance, o TrainTypeOptions) *TypeModel {
	index := map[string]int{}
	var names []string
	for _, in := range insts {
		for _, f := range in.features {
			if _, ok := index[f]; !ok {
				index[f] = -1
				names = append(names, f)
			}
		}
	}
	sort.Strings(names)
	for i, f := range names {
		index[f] = i
	}
	xs := make([][]int, len(insts))
	for i, in := range insts {
		seen := map[int]bool{}
		for _, f := range in.features {
			if k := index[f]; !seen[k] {
				seen[k] = true
				xs[i] = append(xs[i], k)
			}
		}
		sort.Ints(xs[i])
	}
	nc := len(TypeClasses)
	w := make([]float64, len(names)*nc)
	g := make([]float64, len(w))
	sq := make([]float64, len(w))
	p := make([]float64, nc)
	total := 0.0
	for _, in := range insts {
		total += in.weight
	}
	for ep := 0; ep < o.Epochs; ep++ {
		for k := range g {
			g[k] = o.L2 * total * w[k]
		}
		for i, x := range xs {
			softmax(w, x, nc, p)
			for c := range p {
				d := p[c]
				if c == insts[i].class {
					d--
				}
				d *= insts[i].weight
				for _, f := range x {
					g[f*nc+c] += d
				}
			}
		}
		for k := range w {
			if g[k] != 0 {
				sq[k] += g[k] * g[k]
				w[k] -= o.Rate * g[k] / math.Sqrt(sq[k])
			}
		}
	}
	m := &TypeModel{Classes: TypeClasses, W: map[string][]float32{}, Margin: float32(o.Margin), NoneMargin: float32(o.NoneMargin)}
	for i, f := range names {
		ws := make([]float32, nc)
		for c := range ws {
			ws[c] = float32(w[i*nc+c])
		}
		m.W[f] = ws
	}
	return m
}

// softmax puts the class probabilities of feature set x in p.
func softmax(w []float64, x []int, nc int, p []float64) {
	hi := math.Inf(-1)
	for c := range p {
		p[c] = 0
		for _, f := range x {
			p[c] += w[f*nc+c]
		}
		hi = max(hi, p[c])
	}
	sum := 0.0
	for c := range p {
		p[c] = math.Exp(p[c] - hi)
		sum += p[c]
	}
	for c := range p {
		p[c] /= sum
	}
}

// ReadPETRExamples reads PETRARCH2's unit-test records
// (PETR.UnitTest.records.xml, MIT). A sentence coded as having no events is
// NONE. With coded, the others come too, with the PLOVER categories of
// their CAMEO codes (CAMEO2PLOVER); sentences whose codes have none
// (statements, appeals, PETRARCH's test codes 9xx) are left out. The
// records were coded with PETRARCH's validation verb dictionary
// (PETR.Validate.verbs.txt), not CAMEO's: "condemned" is 122 there (a
// rejection), 111 in CAMEO (a disapproval), so their codes teach the test
// dictionary's senses, and the committed model takes only the no-event
// sentences.
func ReadPETRExamples(records, cameo2plover io.Reader, coded bool) ([]TypeExample, error) {
	table, err := cameoplover.Read(cameo2plover)
	if err != nil {
		return nil, fmt.Errorf("CAMEO2PLOVER table: %w", err)
	}
	type petrSentence struct {
		ID     string `xml:"id,attr"`
		Coding []struct {
			Code     string `xml:"eventcode,attr"`
			NoEvents string `xml:"noevents,attr"`
		} `xml:"EventCoding"`
		Text string `xml:"Text"`
	}
	dec := xml.NewDecoder(records)
	var out []TypeExample
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("PETRARCH records: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "Sentence" {
			continue
		}
		var s petrSentence
		if err := dec.DecodeElement(&s, &se); err != nil {
			return nil, fmt.Errorf("PETRARCH records: %w", err)
		}
		var types []string
		noEvent := false
		for _, c := range s.Coding {
			if c.NoEvents == "True" {
				noEvent = true
			}
			if pc, ok := table.Lookup(c.Code); ok && !slices.Contains(types, pc.Cat) {
				types = append(types, pc.Cat)
			}
		}
		switch {
		case noEvent && len(types) == 0:
			types = []string{none}
		case !coded:
			continue
		}
		if len(types) == 0 {
			continue // statements, appeals and PETRARCH's test codes (9xx): no PLOVER answer
		}
		out = append(out, TypeExample{ID: s.ID, Text: strings.Join(strings.Fields(s.Text), " "), Type: types[0], Also: types[1:], Variants: true})
	}
	return out, nil
}

// exampleGroup names the source of an example by its id, for scores by
// source ("PLOVER", "reuters" or "other"; "/NONE" for the no-event ones).
func exampleGroup(ex TypeExample) string {
	for _, g := range []string{"PLOVER", "reuters", "invented"} {
		if strings.HasPrefix(ex.ID, g+"-") {
			if ex.Type == none {
				return g + "/NONE"
			}
			return g
		}
	}
	return "other"
}

// CVScore is what cross-validation measured.
type CVScore struct {
	// Groups: by source of the examples (exampleGroup), the gold
	// mentions, those the model got right and those the rules did.
	Groups       map[string][3]int
	Model, Rules float64 // accuracy on the examples with a gold label (not EveryMention ones)
	Gold         int     // such examples with a mention
	WeakDropped  float64 // share of the EveryMention examples' mentions the model drops (NONE)
	Weak         int
}

// CrossValidateTypes scores the trainer on the examples by k folds (the
// i-th used example in fold i mod k): how often the model, trained on the
// other folds, gives the gold type, and how often the rules do, over the
// gold examples with a mention; and how many of the weak no-event mentions
// it drops. For choosing features and options without looking at a
// held-out set.
func CrossValidateTypes(exs []TypeExample, o TrainTypeOptions, k int) (CVScore, error) {
	var st TypeTrainStats
	sc := CVScore{Groups: map[string][3]int{}}
	insts, err := typeInstances(exs, o.Parser, &st)
	if err != nil || len(insts) == 0 {
		return sc, err
	}
	right, rules, dropped := 0, 0, 0
	for fold := 0; fold < k; fold++ {
		var train, test []typeInstance
		for i, in := range insts {
			if i%k == fold {
				test = append(test, in)
			} else {
				train = append(train, in)
			}
		}
		m := fitTypes(train, o)
		for _, in := range test {
			got := m.Predict(in.features, in.rule)
			if in.weak {
				sc.Weak++
				if got == none {
					dropped++
				}
				continue
			}
			sc.Gold++
			g := sc.Groups[in.group]
			g[0]++
			if got == TypeClasses[in.class] {
				right++
				g[1]++
			}
			if in.rule == TypeClasses[in.class] {
				rules++
				g[2]++
			}
			sc.Groups[in.group] = g
		}
	}
	sc.Model, sc.Rules, sc.WeakDropped = ratio(right, sc.Gold), ratio(rules, sc.Gold), ratio(dropped, sc.Weak)
	return sc, nil
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
