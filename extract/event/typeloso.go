package event

import "slices"

// TypeScore is accuracy and macro-F1 of the main event's type on a set.
type TypeScore struct {
	Right   int
	Acc, F1 float64
}

// SetScore is what leave-one-set-out measured on one labelled set.
type SetScore struct {
	Set string
	N   int // the set's examples (with or without a mention)
	// Rules: the rules alone; Base: the model trained on the base data
	// only (no labelled set), at the options' margin; Model: trained on
	// the base data and the other sets, at each margin asked for.
	Rules, Base TypeScore
	Model       []TypeScore
}

// LeaveOneSetOut scores the trainer by labelled set (TypeExample.Set):
// for each set, a model trained on the base examples (Set "") and the
// other sets, without any sentence of the held-out set, types the held-out
// set's main mentions, at each margin; the rules alone and the model
// trained on the base examples only type them too. Examples where the
// model has no say (no mention, a type the rules decided on other
// evidence) count with the answer they get. Macro-F1 is over the PLOVER
// categories with gold examples in the set; NONE answers count as
// misses, NONE gold as no category.
func LeaveOneSetOut(exs []TypeExample, o TrainTypeOptions, margins []float64) ([]SetScore, error) {
	var st TypeTrainStats
	insts, err := typeInstances(exs, o.Parser, &st, true)
	if err != nil {
		return nil, err
	}
	var sets []string
	var base []typeInstance
	for _, in := range insts {
		switch {
		case in.set == "":
			base = append(base, in)
		case !slices.Contains(sets, in.set):
			sets = append(sets, in.set)
		}
	}
	baseModel := fitTypes(base, o)
	var out []SetScore
	for _, s := range sets {
		held := map[string]bool{}
		var test []typeInstance
		for _, in := range insts {
			if in.set == s {
				held[in.text] = true
				test = append(test, in)
			}
		}
		train := append([]typeInstance{}, base...)
		for _, in := range insts {
			if in.set != "" && in.set != s && in.fixed == "" && !held[in.text] {
				train = append(train, in)
			}
		}
		m := fitTypes(train, o)
		sc := SetScore{Set: s, N: len(test)}
		sc.Rules = scoreTypes(test, func(in typeInstance) string { return in.rule })
		sc.Base = scoreTypes(test, func(in typeInstance) string { return baseModel.Predict(in.features, in.rule) })
		for _, mg := range margins {
			m.Margin = float32(mg)
			sc.Model = append(sc.Model, scoreTypes(test, func(in typeInstance) string { return m.Predict(in.features, in.rule) }))
		}
		out = append(out, sc)
	}
	return out, nil
}

// scoreTypes scores the answers of predict on the instances (an
// instance's fixed answer where it has one).
func scoreTypes(test []typeInstance, predict func(typeInstance) string) TypeScore {
	var sc TypeScore
	per := map[string][3]int{} // tp, fp, fn
	for _, in := range test {
		got := in.fixed
		if got == "" {
			got = predict(in)
		}
		gold := TypeClasses[in.class]
		if slices.Contains(in.alt, got) {
			gold = got
		}
		if got == gold {
			sc.Right++
			c := per[gold]
			c[0]++
			per[gold] = c
			continue
		}
		c := per[gold]
		c[2]++
		per[gold] = c
		c = per[got]
		c[1]++
		per[got] = c
	}
	sum, n := 0.0, 0
	for cat, c := range per {
		if cat == none || c[0]+c[2] == 0 {
			continue
		}
		n++
		p, r := ratio(c[0], c[0]+c[1]), ratio(c[0], c[0]+c[2])
		if p+r > 0 {
			sum += 2 * p * r / (p + r)
		}
	}
	sc.Acc, sc.F1 = ratio(sc.Right, len(test)), sum/float64(max(n, 1))
	return sc
}
