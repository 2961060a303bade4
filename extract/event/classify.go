package event

import (
	"slices"
	"strings"
	"sync"

	"github.com/annalist/annalist/ner"
	"github.com/annalist/annalist/text"
)

// The type decision. The lexicon says where an event may be and what it
// may be; the rules of event.go refine the type from the words around the
// trigger. A learned model (multinomial logistic regression, MODEL.md)
// then decides the type of each mention from what the rules saw and more:
// the trigger's lemma and its lexicon and CAMEO categories, the
// predicate's place in the parse and the lemmas, GloVe word clusters and
// lexicon categories of its dependents, the kinds of its actor and
// target, its modality and the sentence's other triggers. Only sentences
// with a lexicon match are classified, so the dictionaries still decide
// coverage, and the model is cheap: a few dozen weight lookups a mention.
// It may also answer NONE, which drops the mention.

// none is the model's class for a trigger that reports no event.
const none = "NONE"

var (
	typeModelMu   sync.RWMutex
	typeModel     *TypeModel
	typeModelOnce sync.Once
	typeModelSet  bool
)

// currentTypeModel is the model in use: the embedded one unless
// UseTypeModel replaced it.
func currentTypeModel() *TypeModel {
	typeModelMu.RLock()
	set, m := typeModelSet, typeModel
	typeModelMu.RUnlock()
	if set {
		return m
	}
	return EmbeddedTypeModel()
}

var embeddedTypeModel *TypeModel

// UseTypeModel replaces the embedded type model, for evaluation and
// training: nil leaves the type to the rules alone.
func UseTypeModel(m *TypeModel) {
	typeModelMu.Lock()
	typeModel, typeModelSet = m, true
	typeModelMu.Unlock()
}

// classify decides the type of mention m (of trigger f among the
// sentence's triggers fs) with the model, and keeps its features for
// training (typeInstances). Where the rules changed the lexicon's type on
// evidence the model does not see (the sentence's casualties, who acts on
// whom, a stopped event) or found no event, they stand: the model is not
// asked, and training skips such a mention, so its features are not made.
// The promise or threat that a stated intention implies (implied) is not
// classified either.
func (s *sentence) classify(f *found, fs []found, m *Mention) {
	if m.Type != f.e.category {
		return
	}
	if stateAttack(f, m) {
		m.Type, m.Mode = "FIGHT", ""
		return
	}
	if officialProtest(f, m) {
		m.Type, m.Mode = "DISAPPROVE", ""
		return
	}
	if inspectorsVisit(f, m) {
		m.Type, m.Mode = "INVESTIGATE", ""
		return
	}
	if rescue(m) {
		m.Type, m.Mode = "AID", ""
		return
	}
	m.features = s.typeFeatures(f, fs, m)
	tm := s.x.types
	if tm == nil {
		return
	}
	t := tm.Predict(m.features, m.Type)
	if t != m.Type && s.labourStrike(f, m) {
		return // labour action by its actor or its words (reading.go)
	}
	if t == none {
		m.Type = notATrigger
		return
	}
	if t != m.Type {
		m.Type, m.Mode = t, ""
	}
}

// calledForLater reports a strike, march or boycott called, announced or
// set for a day after the report ("called a three-day strike starting
// April 19", "announced a general strike for Monday week"): it has not
// happened, and calling it is a threat of protest (CAMEO 133), as a vow
// to strike is.
func (s *sentence) calledForLater(f *found, m *Mention) bool {
	if m.Type != "PROTEST" || m.Modality != "" || f.light < 0 || len(s.r.Published) < 10 {
		return false
	}
	called := false
	for _, l := range s.lem[f.light] {
		called = called || protestCallers[l]
	}
	if !called {
		return false
	}
	for _, ti := range s.x.times[s.index] {
		t := s.r.Times[ti]
		k := s.tokenAt(t.Start)
		if isDateValue(t) && len(t.Value) >= 10 && k > f.i && s.clause[k] == s.clause[f.i] && t.Value[:10] > s.r.Published[:10] {
			return true
		}
	}
	return false
}

// protestCallers are the verbs that call a protest without staging it.
var protestCallers = set(`call announce set schedule plan declare`)

// rescue reports captives of others freed by state forces ("special
// forces freed 23 hostages held by rebels", "police freed a kidnapped
// businessman"): a rescue, which the PLOVER codebook codes AID, where
// captors who free their own captives, or a state its prisoners, retreat
// (RETREAT release).
func rescue(m *Mention) bool {
	if m.Type != "RETREAT" || m.Mode != "release" || m.Actor == nil || m.Actor.Kind != "state_forces" || m.Target == nil {
		return false
	}
	return mentionsAny(m.Target.Text, othersCaptives)
}

// othersCaptives name people held by captors, not by the state.
var othersCaptives = set(`hostage hostages kidnapped abducted kidnap trafficked trafficking`)

// inspectorsVisit reports a visit whose visitors are the agents of an
// inquiry ("U.N. inspectors visited the site", "investigators toured the
// prison"): the lexicon's agent nouns of INVESTIGATE. Their visit is the
// inspection (CAMEO 09), not a consultation with a host.
func inspectorsVisit(f *found, m *Mention) bool {
	if m.Type != "CONSULT" || f.e.mode != "visit" {
		return false
	}
	if m.Actor == nil {
		return false
	}
	w := headWord(m.Actor)
	for _, x := range argWords(m.Actor.Text) { // "investigators from the prosecutor's office"
		if prepositions[strings.ToLower(x)] {
			break
		}
		w = x
	}
	for _, l := range lemmas(strings.ToLower(w)) {
		for _, e := range lexicon[l] {
			if e.agent && e.category == "INVESTIGATE" && len(e.words) == 1 {
				return true
			}
		}
	}
	return false
}

// stateAttack reports whether m, a generic attack or assault (ASSAULT
// without a mode), is a state's armed attack on anything but unarmed
// people: "Iran attacked across the peaks of northern Iraq", "the planes
// attacked targets", "Iranian troops attacked the front". That is
// conventional military force (CAMEO 190, PLOVER FIGHT), the sense that
// the CAMEO dictionary gives "attack"; the lexicon's ASSAULT stays for
// armed groups and for attacks on civilians, as byParticipants decides
// for the other violent verbs.
func stateAttack(f *found, m *Mention) bool {
	if m.Type != "ASSAULT" || m.Mode != "" || f.e.outcome || m.Actor == nil {
		return false
	}
	if w := f.e.words[0]; len(f.e.words) != 1 || w != "attack" && w != "assault" {
		return false
	}
	a := m.Actor
	if inClass(a.Text, "<abstract>", "<document>") {
		return false // "Japan's policies face attack": criticism
	}
	state := a.Kind == "state_forces" || a.Kind == "government" && len(a.CAMEO) == 3 ||
		mentionsAny(a.Text, aerial) || mentionsAny(a.Text, forceWords)
	if !state {
		return false
	}
	if t := m.Target; t != nil && !mentionsAny(head(t.Text), vessels) {
		// (A ship is no civilian, whoever owns it: the tanker war's
		// attacks on shipping are naval combat, CAMEO 190.)
		if t.Kind == "civilians" || t.Kind == "protesters" || mentionsAny(head(t.Text), civilianActors) ||
			inClass(t.Text, "<abstract>", "<document>", "<civilian>") {
			return false
		}
	}
	return true
}

// vessels are ships a state's forces may attack.
var vessels = set(`ship ships tanker tankers vessel vessels freighter freighters`)

// inClass reports whether the head noun of an argument's phrase (its last
// word before an "of") is, in the singular, in one of the classes.
func inClass(phrase string, classes ...string) bool {
	ws := strings.Fields(strings.ToLower(head(phrase)))
	if len(ws) == 0 {
		return false
	}
	w := strings.Trim(ws[len(ws)-1], `"'.,`)
	forms := []string{w, strings.TrimSuffix(w, "s")} // not lemmas: "planes" is no "plan"
	if strings.HasSuffix(w, "ies") {
		forms = append(forms, strings.TrimSuffix(w, "ies")+"y")
	}
	for _, l := range forms {
		for _, c := range classes {
			if wordClasses[c][l] {
				return true
			}
		}
	}
	return false
}

// officialProtest reports whether m, a protest, is a government's: "the
// Indonesian protest", "the ministry protested". A state protests in
// words, to another state (CAMEO 114, PLOVER's ACCUSE 'disapprove'); PLOVER
// PROTEST presumes crowds in the street.
func officialProtest(f *found, m *Mention) bool {
	return m.Type == "PROTEST" && m.Mode == "demonstrate" && len(f.e.words) == 1 && f.e.words[0] == "protest" &&
		m.Actor != nil && m.Actor.Kind == "government"
}

// typeFeatures are the names of mention m's features. Each is a kind
// prefix and a value; the rules' own type is one of them, so the model
// learns where to trust it.
func (s *sentence) typeFeatures(f *found, fs []found, m *Mention) []string {
	e := f.e
	src := "hand"
	if e.cameo {
		src = "cameo"
	}
	phrase := strings.Join(e.words, " ")
	out := make([]string, 0, 48)
	out = append(out, "bias",
		"rule="+m.Type,
		"lex="+e.category,
		"lexmode="+e.category+"/"+e.mode,
		"src="+src+"/"+e.category,
		"trig="+phrase,
		"trigrule="+phrase+"/"+m.Type,
		"mod="+m.Modality,
	)
	if f.verb {
		out = append(out, "verb")
	} else {
		out = append(out, "noun")
	}
	if f.light >= 0 {
		out = append(out, "light="+s.lemma(f.light))
	}
	if f.ceased >= 0 {
		out = append(out, "ceased="+s.lemma(f.ceased))
	}
	if m.Governed {
		out = append(out, "governed")
	}
	if m.Subordinate {
		out = append(out, "subordinate")
	}
	if m.Weak {
		out = append(out, "agentnoun")
	}
	out = appendCluster(out, "tc", s.lower[f.i])
	out = s.windowFeatures(out, f)
	for _, c := range cameoCategories(e.words[0]) {
		out = append(out, "cam="+c)
	}
	for k := range fs {
		if &fs[k] != f {
			out = append(out, "other="+fs[k].e.category)
		}
	}
	if m.Actor != nil {
		out = append(out, "ak="+orNone(m.Actor.Kind))
	}
	if m.Target != nil {
		out = append(out, "tk="+orNone(m.Target.Kind))
	}
	// The parse only where the rules asked for it: parsing every
	// sentence with a trigger would cost more than the model gains.
	if s.words != nil {
		out = s.parseFeatures(out, s.words, f)
	}
	return out
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// parseFeatures add the predicate's relation to its head and its
// dependents: relation with lemma, GloVe cluster and lexicon category.
// The predicate is the light verb of a noun trigger ("staged a rally").
func (s *sentence) parseFeatures(out []string, ws []text.Word, f *found) []string {
	p := f.i
	if f.light >= 0 && f.light < len(ws) {
		p = f.light
	}
	if p >= len(ws) {
		return out
	}
	out = append(out, "rel="+ws[p].Rel)
	if h := ws[p].Head; h >= 0 && h < len(ws) {
		hl := s.lemma(h)
		out = append(out, "head="+hl, "headrel="+ws[p].Rel+"/"+hl)
		for _, c := range lexiconCategories(hl) {
			out = append(out, "headlex="+c)
		}
	}
	for c, w := range ws {
		if w.Head != p && !(f.light >= 0 && w.Head == f.i) || c == f.i {
			continue
		}
		rel := w.Rel
		switch {
		case rel == "punct", rel == "det", rel == "cc", rel == "case":
			continue
		case strings.HasPrefix(rel, "obl") || strings.HasPrefix(rel, "nmod"):
			if cs := s.caseOf(ws, c); cs != "" {
				rel += ":" + cs
			}
		}
		l := s.lemma(c)
		out = append(out, "d:"+rel+"="+l)
		out = appendCluster(out, "dc:"+rel, s.lower[c])
		for _, cat := range lexiconCategories(l) {
			out = append(out, "dl:"+rel+"="+cat)
		}
	}
	return out
}

// lemma is token i's lemma: the parse's where there is one.
func (s *sentence) lemma(i int) string {
	if s.words != nil && i < len(s.words) && s.words[i].Lemma != "" {
		return strings.ToLower(s.words[i].Lemma)
	}
	if len(s.lem[i]) > 0 {
		return s.lem[i][0]
	}
	return s.lower[i]
}

// appendCluster adds the word's GloVe cluster at two grains: the coarse
// one generalises across topics, the fine one near synonyms.
func appendCluster(out []string, kind, word string) []string {
	c := ner.GloVeCluster(word)
	if c == "" {
		return out
	}
	return append(out, kind+"6="+c[:min(6, len(c))], kind+"10="+c[:min(10, len(c))])
}

// lexiconCategories are the categories of the lexicon's one-word entries
// for a lemma, hand-written or compiled.
func lexiconCategories(l string) []string { return lexiconCats[l] }

// cameoCategories are the PLOVER categories that the compiled CAMEO
// dictionary gives the verb l on its own (not its patterns), including the
// verbal categories the extractor does not take from it (cameoKept): as
// evidence for the model, not as triggers.
func cameoCategories(l string) []string { return cameoAll[l] }

// lexiconCats and cameoAll back lexiconCategories and cameoCategories;
// the lexicon's init fills them, once, as it reads the dictionaries.
var (
	lexiconCats = map[string][]string{}
	cameoAll    = map[string][]string{}
)

// indexLexiconCategories fills lexiconCats from the whole lexicon.
func indexLexiconCategories() {
	for l, es := range lexicon {
		for k := range es {
			e := &es[k]
			if len(e.words) == 1 && e.category != notATrigger && !slices.Contains(lexiconCats[l], e.category) {
				lexiconCats[l] = append(lexiconCats[l], e.category)
			}
		}
	}
}

// addCAMEOCategory notes the category of a line of data/cameo.txt for
// cameoCategories where the line is one verb: patterns name their objects
// ("call * strike").
func addCAMEOCategory(f []string) {
	ws := strings.Fields(f[0])
	if len(ws) > 1 {
		return
	}
	if c := f[1]; c != notATrigger && !slices.Contains(cameoAll[ws[0]], c) {
		cameoAll[ws[0]] = append(cameoAll[ws[0]], c)
	}
}

// windowFeatures add the content words next to the trigger, inside its
// clause: the first two after it (its object, most often) and the one
// before (its subject or modifier), with their clusters; they stand in
// for the parse where the sentence was not parsed.
func (s *sentence) windowFeatures(out []string, f *found) []string {
	n := 0
	for k := f.j; k < len(s.toks) && n < 2 && s.clause[k] == s.clause[f.i]; k++ {
		if w := s.lower[k]; isWordish(w) && !determiners[w] && !be[w] {
			n++
			out = append(out, "after="+s.lemma(k))
			out = appendCluster(out, "ac", w)
		}
	}
	for k := f.i - 1; k >= 0 && s.clause[k] == s.clause[f.i]; k-- {
		if w := s.lower[k]; isWordish(w) && !determiners[w] && !be[w] && !auxiliaries[w] {
			out = append(out, "before="+s.lemma(k))
			out = appendCluster(out, "bc", w)
			break
		}
	}
	return out
}

// EmbeddedTypeModel is the model the binary embeds.
func EmbeddedTypeModel() *TypeModel {
	typeModelOnce.Do(func() { embeddedTypeModel = mustReadEmbeddedTypeModel() })
	return embeddedTypeModel
}
