package event

// Readings of a trigger that its grammar decides, before the type model.

// militaryWeapons makes a generic killing or an assault with heavy weapons
// military (PLOVER FIGHT, not ASSAULT), and a bombing from the air an air
// strike.
func (s *sentence) militaryWeapons(m *Mention) {
	switch {
	case (m.Type == "ASSAULT" || m.Type == "FIGHT") && m.Mode != "suicide-attack" && s.hasAny(suicideWords):
		// A suicide attack is an assault (CAMEO 1831) on whomever it hits,
		// soldiers too, and whatever vehicle carries the bomb.
		m.Type, m.Mode = "ASSAULT", "suicide-attack"
	case m.Type == "ASSAULT" && m.Mode != "sexual" && m.Mode != "abduct" && s.hasAny(chemicalWords):
		// Chemical weapons are unconventional mass violence (CAMEO 20,
		// FIGHT as the gold records code it), whoever they hit.
		m.Type, m.Mode = "FIGHT", "other"
	case m.Type == "ASSAULT" && (m.Mode == "" || m.Mode == "kill") && s.hasAny(heavyWeapons) ||
		m.Type == "ASSAULT" && m.Mode == "explosives" && s.hasAny(aerial):
		m.Type, m.Mode = "FIGHT", "heavy-weapons"
	}
}

var (
	suicideWords  = set(`suicide`)
	chemicalWords = set(`chemical chlorine sarin mustard nerve toxic poison poisonous`)
)

// strikeReading reads the verb "strike" with a direct object as hitting
// it ("warplanes struck rebel positions", "an earthquake struck the
// region"), not as a labour strike, which takes none ("workers struck over
// pay"): an attack, which the weapons named may make military and the
// context a disaster (political.go).
func (s *sentence) strikeReading(f *found, m *Mention) {
	if m.Type != "PROTEST" || m.Mode != "strike" || f.e.words[0] != "strike" || len(f.e.words) > 1 {
		return
	}
	if f.verb && m.Verb && !s.hasObject(f.i) && !s.armedBefore(f.i) || (!f.verb || !m.Verb) && !s.aimed(f.j) {
		return
	}
	m.Type, m.Mode = "ASSAULT", ""
}

// armedBefore reports aircraft or armed forces just before the verb at i,
// its subject ("Israeli aircraft struck targets"): they do not go on
// labour strike.
func (s *sentence) armedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if aerial[s.lower[k]] || militaryWords[s.lower[k]] {
			return true
		}
	}
	return false
}

// aimed reports a noun trigger ending before j that is aimed at
// something: "strikes on militant positions", "the strike against the
// town" (a labour strike is over, for or by something, or at a workplace).
func (s *sentence) aimed(j int) bool {
	return j < len(s.lower) && (s.lower[j] == "on" || s.lower[j] == "against")
}

// hasObject reports whether the verb at i has a direct object: by the
// parse where the sentence has one, else when a determiner, a number or a
// name follows it ("struck the region", "struck Kabul"; not "strike next
// week", "struck over pay").
func (s *sentence) hasObject(i int) bool {
	if ws := s.parse(); ws != nil {
		return s.child(ws, i, "obj") >= 0
	}
	if i+1 >= len(s.toks) || s.isTime[i+1] {
		return false
	}
	n := s.lower[i+1]
	return determiners[n] && n != "of" && n != "more" && n != "no" || isNumber(n) || s.isProperName(i+1)
}
