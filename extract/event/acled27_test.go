package event

import "testing"

// Readings of branch acled27 (issue 12, ACLED sub-event types on
// check28b.txt's misses, by class), each on sentences written for it, not
// the snippets'.

// TestWeaponStrikeNoCrowd: what a "strike" with weapons named struck is
// no crowd of protesters, whatever the object ("open ground").
func TestWeaponStrikeNoCrowd(t *testing.T) {
	wantACLED(t, "Two missiles fired from Yemen struck open desert near Eilat.", "Shelling/artillery/missile attack")
	wantACLED(t, "Dockers struck at the port of Durban over pay.", "Peaceful protest")
}

// TestVigilanteGroup: an organised vigilante group is a militia, so its
// exchange of fire with another armed side is an armed clash; bare
// vigilantes who lynch stay a mob.
func TestVigilanteGroup(t *testing.T) {
	wantACLED(t, "Suspected gunmen and a local vigilante group exchanged fire near Zuru on Sunday.", "Armed clash")
	wantACLED(t, "Vigilantes lynched two suspected thieves in Onitsha.", "Mob violence")
}

// TestDescribedCharge: a violent noun that a reduced relative accuses
// someone of is the charge that says who they are, not an act reported.
func TestDescribedCharge(t *testing.T) {
	wantACLED(t, "Three youths suspected of kidnapping were lynched by residents in Ogbomosho.", "Mob violence")
}

// TestArmedWithAnd: an "and" inside what "armed with" names joins
// weapons, not subjects: the actor is the people armed.
func TestArmedWithAnd(t *testing.T) {
	wantACLED(t, "Youths armed with sticks and stones attacked a pastor near Gitega.", "Mob violence")
}

// TestPassivesJoinedAgent: passive participles joined by "and" share the
// agent after the last ("was beaten and hacked to death by a mob"), so a
// crowd's justice on a suspect is mob violence, not ordinary crime.
func TestPassivesJoinedAgent(t *testing.T) {
	wantACLED(t, "A suspected burglar was beaten and hacked to death by a mob in Warri.", "Mob violence")
}

// TestArmedCrowdOnAccused: a crowd armed for the occasion that turns on
// people it accuses is a mob; armed men who kill villagers stay armed men.
func TestArmedCrowdOnAccused(t *testing.T) {
	wantACLED(t, "Residents armed with sticks attacked two men suspected of cattle theft near Kitgum, killing one.", "Mob violence")
	wantACLED(t, "Men armed with rifles attacked two villagers near Kitgum, killing one.", "Attack")
}

// TestShopShutdown: traders who shut their shops or stalls beside a
// grievance stage a shutdown; shops shut for a holiday are none.
func TestShopShutdown(t *testing.T) {
	wantACLED(t, "Traders in Kumasi shut their stalls on Monday to oppose a new levy.", "Peaceful protest")
	wantACLED(t, "Shopkeepers shut their shops early for the holiday.", "none")
}
