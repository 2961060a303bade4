package event

import "testing"

// Readings of issue 12's plover25 round, each tested on sentences written
// for it, not taken from testdata/plover/check25.txt or any evaluation
// set.

// Talks wound up end a round that ran its course (CAMEO 04): "wound"
// before "up" is the past of wind, no injury.
func TestWoundUpTalks(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"CONSULT", "Indian and Pakistani officials wound up three days of talks on the Siachen glacier in Islamabad on Friday, a foreign ministry spokesman said."},
	})
}

// Carrying goods by truck or boat to people in need and moving money to
// them through an agency are giving verbs (CAMEO 07); ferrying the
// wounded out is an evacuation. People caught up in fighting were not
// captured, and the fighting that displaced them is not the event.
func TestGivingByTransport(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"AID", "Relief agencies were trucking flour and cooking oil to 80,000 villagers cut off by fighting in the hills of Kosovo, UNHCR said."},
		{"AID", "Sweden channelled 15 million crowns through UNICEF to children caught up in the civil war in Angola, the Swedish embassy said."},
		{"AID", "Boats of the Italian navy ferried about 200 wounded civilians out of the besieged port on Wednesday, Italian officials said."},
	})
}

// Captives of others freed by state forces are rescued (the PLOVER
// codebook's hostage rescues, AID); captors who free their captives
// retreat (RETREAT release).
func TestRescueByForces(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"AID", "Army commandos freed nine hostages held by bandits in a forest hideout in northern Nigeria on Thursday, a military spokesman said."},
		{"AID", "Police freed two kidnapped aid workers in a dawn raid on a farmhouse outside Grozny, the interior ministry said."},
		{"RETREAT", "The guerrillas freed nine hostages on Thursday after three months in captivity, the Red Cross said."},
	})
}

// Forces put on standby are readied (CAMEO 15), as on alert; armed men
// who rearm or regroup make ready to fight again.
func TestStandbyRearm(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"MOBILIZE", "The interior ministry put paramilitary police units on standby in the capital on Sunday ahead of the election results, officials said."},
		{"MOBILIZE", "Defeated militia fighters are regrouping in the forests along the Ugandan border, United Nations officials said."},
		{"MOBILIZE", "The rebel movement has rearmed with weapons bought from neighbouring countries, Western diplomats said."},
	})
}

// Reopening a newspaper or a station that was closed undoes a restriction
// (CAMEO 081), as lifting its ban does.
func TestReopenMedia(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"CONCEDE", "The information ministry reopened the opposition weekly Tribune on Thursday, six months after closing it for defaming the president."},
	})
}

// Finding out how, whether or why something happened is an inquiry
// (CAMEO 09), whatever aid or violence the question is about.
func TestInquireIndirectQuestion(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"INVESTIGATE", "Donor governments are reviewing how $25 million in flood relief was distributed in the northern provinces, a diplomat said."},
		{"INVESTIGATE", "A panel of judges will try to establish who ordered the shooting of the strikers at the mine in 1985."},
		{"INVESTIGATE", "Forensic scientists exhumed the remains of 14 villagers from a field near the border on Tuesday, a prosecutor said."},
	})
}

// A phrase that names the force moved by its class ("order * <forces> to
// the") has a force to mobilise, whatever the dictionaries know of who
// ordered it.
func TestForcesNamedByPhrase(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"MOBILIZE", "Fleet headquarters ordered two destroyers to the Gulf of Sidra on Monday, a navy spokesman said."},
	})
}

// A name inside the sentence is someone, whatever the dictionaries know
// of it: a president who gives in yields, no trend of a thing ("inflation
// eased") that the pipeline drops.
func TestNameYields(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"CONCEDE", "Under pressure from Western donors, Museveni gave in to opposition demands for a referendum on Friday."},
	})
}

// A name's words and a people's adjective fill a phrase's gap without
// using it up, as wire copy stacks title, nationality and name before the
// phrase goes on ("question * about").
func TestNameFillsGap(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"INVESTIGATE", "A Belgian magistrate questioned former Rwandan army colonel Jean-Baptiste Nsengimana about the killings of ten peacekeepers."},
	})
}

// Concluding, finalising or initialling a pact, or putting a signature
// to it, is signing it (PLOVER SUPPORT, CAMEO 057).
func TestFinalisePact(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"SUPPORT", "The Latvian and Estonian prime ministers initialled the border treaty in Tallinn on Thursday."},
		{"SUPPORT", "Angola and Namibia concluded a defence pact in Luanda on Monday, the Angolan news agency said."},
		{"SUPPORT", "Leaders of the two movements put their signatures to a power-sharing deal in Arusha on Sunday."},
	})
}

// A hostile act that its actor says it could or might take is a warning
// (CAMEO 13), with no condition after it; a guess about another's act is
// none.
func TestSaidItMight(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"THREATEN", "The Organisation of American States said it could suspend Peru's membership over the dissolution of congress."},
	})
}

// Attending or taking part in talks or a summit (CAMEO 04); refusing to
// attend rejects, and refusing unless a demand is met threatens, as a
// boycott unless does.
func TestAttendTalks(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"CONSULT", "Delegations from 22 Arab states attended an emergency summit in Cairo on Saturday on the crisis in the Gulf."},
		{"REJECT", "Pakistan said it would not attend the Commonwealth meeting in Delhi next month."},
		{"THREATEN", "Pakistan said it would not attend the Commonwealth meeting in Delhi unless the agenda included Kashmir."},
		{"THREATEN", "The guerrillas said they would not take part in the talks in Abuja unless the army withdrew from their villages."},
	})
}

// A prosecutor summoning someone for questioning investigates (CAMEO 09).
func TestSummonForQuestioning(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"INVESTIGATE", "State prosecutors summoned the former finance minister for questioning on Monday about the sale of the national airline."},
	})
}

// A leader's tour of countries is a visit (CAMEO 042).
func TestTourOf(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"CONSULT", "The Iranian foreign minister began a five-nation tour of the Gulf states in Muscat on Sunday."},
		{"NONE", "He served a tour of duty in Northern Ireland in 1989."},
	})
}

// Responding with force uses it; said of the future, it threatens
// (CAMEO 138), whatever attack it answers.
func TestRespondWithForce(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"THREATEN", "Ankara said it would respond with force to any attack on Turkish ships in the Aegean."},
	})
}

// People sent to investigate make an inquiry (CAMEO 09, as "dispatched
// inspectors to"): the purpose clause is the event, not aid.
func TestSentToInvestigate(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"INVESTIGATE", "The Council of Europe sent two rapporteurs to Chechnya to investigate reports of summary executions."},
	})
}

// Ordering forces on alert, or to prepare, or reinforcements to a place,
// readies them (CAMEO 15); an order to a person stays DEMAND.
func TestOrderedReadiness(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"MOBILIZE", "The prime minister ordered the security forces on maximum alert after the bombing of the consulate."},
		{"MOBILIZE", "The interior ministry ordered reinforcements to the border town of Tessalit on Monday."},
		{"MOBILIZE", "The junta ordered the army to prepare for an offensive against the rebels in the east."},
		{"DEMAND", "The court ordered the minister to appear for questioning on Monday."},
	})
}

// Avenging is retaliating (CAMEO 190): a vow to avenge a death threatens
// (CAMEO 138), no promise.
func TestVowToAvenge(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"THREATEN", "The guerrillas vowed on Friday to avenge the death of their commander, who died in police custody."},
	})
}

// A cooperative act offered if something happens is a promise (AGREE,
// CAMEO 03); withheld unless a demand is met it threatens.
func TestConditionalPromise(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"AGREE", "The military governor said he would lift the curfew in Kano next week if the calm held."},
		{"THREATEN", "Ghana said it would pull its soldiers out of the regional force unless the factions honoured the ceasefire."},
	})
}

// Filing charges accuses (DISAPPROVE, the gold's coding of charges),
// not CAMEO's arrest.
func TestFileCharges(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"DISAPPROVE", "The attorney-general filed charges against the opposition editor for insulting the president."},
	})
}

// An audience granted is a reception (CAMEO 043); prisoners or remains
// repatriated are returned (CAMEO 084), whatever killed them.
func TestAudienceRepatriate(t *testing.T) {
	checkParsedMainTypes(t, [][2]string{
		{"CONSULT", "The emir of Kuwait granted an audience to the visiting Iranian deputy foreign minister on Monday."},
		{"RETREAT", "Iraq repatriated the remains of 40 Iranian soldiers killed in the war, the Red Cross said."},
	})
}
