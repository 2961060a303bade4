package count

import (
	"fmt"
	"strings"
	"testing"

	"github.com/annalist/annalist/internal/shared"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/text"
)

// want is an expected count: kind, number, qualifier and the count's text.
type want struct {
	kind   string
	number int
	qual   string
	text   string
}

func (w want) String() string {
	return fmt.Sprintf("%s %d %q %q", w.kind, w.number, w.qual, w.text)
}

func got(c annalist.Count) want { return want{c.Kind, c.Number, c.Qualifier, c.Text} }

func TestFind(t *testing.T) {
	for _, tt := range findTests {
		d := text.Analyze(tt.in, "")
		cs := Find(d)
		var g []want
		for _, c := range cs {
			if tt.in[c.Start:c.End] != c.Text {
				t.Errorf("%q: count text %q is not text[%d:%d] %q", tt.in, c.Text, c.Start, c.End, tt.in[c.Start:c.End])
			}
			g = append(g, got(c))
		}
		if fmt.Sprint(g) != fmt.Sprint(tt.want) {
			t.Errorf("%q:\n got  %v\n want %v", tt.in, g, tt.want)
		}
	}
}

// findTests are real phrasings of news reports, most from wire copy.
var findTests = []struct {
	in   string
	want []want
}{
	// Killed, number before the cue.
	{"The crackdown, which left at least 238 people dead, was the worst.",
		[]want{{Killed, 238, "at least", "at least 238 people dead"}}},
	{"12 were killed in the blast.", []want{{Killed, 12, "", "12 were killed"}}},
	{"At least three Iraqi civilians have been killed in a suicide car bombing.",
		[]want{{Killed, 3, "at least", "At least three Iraqi civilians have been killed"}}},
	{"Three US servicemen were killed by an improvised explosive device.",
		[]want{{Killed, 3, "", "Three US servicemen were killed"}}},
	{"Some 40 people died in the fire.", []want{{Killed, 40, "about", "Some 40 people died"}}},
	{"Nearly 2,000 deaths were recorded.", []want{{Killed, 2000, "about", "Nearly 2,000 deaths"}}},
	{"The attack left 5 dead and 20 injured.",
		[]want{{Killed, 5, "", "5 dead"}, {Injured, 20, "", "20 injured"}}},
	{"Twelve killed in clashes with police.", []want{{Killed, 12, "", "Twelve killed"}}},
	{"More than 1 million lives were lost.", []want{{Killed, 1000000, "more than", "More than 1 million lives"}}},
	{"Forty people lost their lives.", []want{{Killed, 40, "", "Forty people lost their lives"}}},
	{"Rescuers recovered 17 bodies.", []want{{Killed, 17, "", "17 bodies"}}},
	{"Two people were shot dead.", []want{{Killed, 2, "", "Two people were shot dead"}}},
	{"Two hundred and fifty people perished at sea.",
		[]want{{Killed, 250, "", "Two hundred and fifty people perished"}}},
	// Killed, cue before the number.
	{"Militiamen attacked the camp, killing at least 156 people, the agency said.",
		[]want{{Killed, 156, "at least", "killing at least 156"}}},
	{"Two Palestinian suicide bombers killed 23 people as well as themselves.",
		[]want{{Killed, 23, "", "killed 23"}}},
	{"Rebels shelled Juba, killing about 20 people.", []want{{Killed, 20, "about", "killing about 20"}}},
	{"The death toll rose to 40 on Sunday.", []want{{Killed, 40, "", "death toll rose to 40"}}},
	{"The death toll from the earthquake has climbed to more than 1,200.",
		[]want{{Killed, 1200, "more than", "death toll from the earthquake has climbed to more than 1,200"}}},
	{"A roadside bombing killed one U.S. soldier and wounded two others, the military said.",
		[]want{{Killed, 1, "", "killed one"}, {Injured, 2, "", "wounded two"}}},
	{"Police opened fire, killing one person and arresting 12, sources said.",
		[]want{{Killed, 1, "", "killing one"}, {Arrested, 12, "", "arresting 12"}}},
	{"Predator attacks have killed at least eight top al-Qaeda leaders since July.",
		[]want{{Killed, 8, "at least", "killed at least eight"}}},
	{"The storm claimed 30 lives.", []want{{Killed, 30, "", "30 lives"}}},
	// Singular.
	{"A Palestinian prisoner died in custody.", []want{{Killed, 1, "", "A Palestinian prisoner died"}}},
	{"A prominent journalist has been killed in a car bomb explosion.",
		[]want{{Killed, 1, "", "A prominent journalist has been killed"}}},
	{"A car bomb killed a policeman.", nil},
	// Injured.
	{"Irish guerrillas wounded two British soldiers in a bomb attack.",
		[]want{{Injured, 2, "", "wounded two"}}},
	{"Around 300 people were injured.", []want{{Injured, 300, "about", "Around 300 people were injured"}}},
	{"Dozens were hurt in the stampede.", []want{{Injured, 24, "at least", "Dozens were hurt"}}},
	{"The blast injured 45.", []want{{Injured, 45, "", "injured 45"}}},
	// Arrested.
	{"Dozens were arrested.", []want{{Arrested, 24, "at least", "Dozens were arrested"}}},
	{"Police detained hundreds of protesters.", []want{{Arrested, 200, "at least", "detained hundreds"}}},
	{"Israeli soldiers arrested more than 100 Palestinians on Saturday.",
		[]want{{Arrested, 100, "more than", "arrested more than 100"}}},
	{"About 50 activists were taken into custody.",
		[]want{{Arrested, 50, "about", "About 50 activists were taken into custody"}}},
	{"Some 30 people were held overnight.", []want{{Arrested, 30, "about", "Some 30 people were held"}}},
	{"Police made 1,500 arrests.", []want{{Arrested, 1500, "", "1,500 arrests"}}},
	{"Up to 70 opposition members were jailed.", []want{{Arrested, 70, "up to", "Up to 70 opposition members were jailed"}}},
	{"Security forces rounded up scores of young men.", []want{{Arrested, 40, "at least", "rounded up scores"}}},
	{"Scores of young men were rounded up.", []want{{Arrested, 40, "at least", "Scores of young men were rounded up"}}},
	// Missing.
	{"At least 11 fishermen are missing.", []want{{Missing, 11, "at least", "At least 11 fishermen are missing"}}},
	{"Seven people remain unaccounted for.", []want{{Missing, 7, "", "Seven people remain unaccounted for"}}},
	// Displaced.
	{"Tens of thousands of people fled the fighting.",
		[]want{{Displaced, 20000, "at least", "Tens of thousands of people fled"}}},
	{"The floods displaced 2 million people.", []want{{Displaced, 2000000, "", "displaced 2 million"}}},
	{"More than 1,000 Palestinian refugees were forced out.",
		[]want{{Displaced, 1000, "more than", "More than 1,000 Palestinian refugees"}}},
	{"Some 5,000 residents were evacuated.", []want{{Displaced, 5000, "about", "Some 5,000 residents were evacuated"}}},
	{"The quake left 80,000 homeless.", []want{{Displaced, 80000, "", "80,000 homeless"}}},
	// Protesters: crowd size.
	{"A crowd of 10,000 gathered in the square.", []want{{Protesters, 10000, "", "crowd of 10,000"}}},
	{"Thousands of protesters marched on parliament.",
		[]want{{Protesters, 2000, "at least", "Thousands of protesters"}}},
	{"Up to 100 ethnic Albanians demonstrated on Tuesday.",
		[]want{{Protesters, 100, "up to", "Up to 100 ethnic Albanians demonstrated"}}},
	{"Tens of thousands of university students throughout Indonesia staged mass demonstrations Saturday.",
		[]want{{Protesters, 20000, "at least", "Tens of thousands of university students throughout Indonesia staged"}}},
	{"Hundreds of thousands of people took to the streets.",
		[]want{{Protesters, 200000, "at least", "Hundreds of thousands of people took"}}},
	{"An estimated 5,000 demonstrators rallied outside.",
		[]want{{Protesters, 5000, "about", "An estimated 5,000 demonstrators"}}},
	{"Several hundred people rallied in the capital.",
		[]want{{Protesters, 300, "at least", "Several hundred people rallied"}}},
	{"A few thousand marchers set off.", []want{{Protesters, 2000, "at least", "A few thousand marchers"}}},
	{"About 200 supporters gathered in Algiers.", []want{{Protesters, 200, "about", "About 200 supporters gathered"}}},
	// Troops.
	{"The government deployed 3,000 troops to the region.", []want{{Troops, 3000, "", "3,000 troops"}}},
	{"Roughly 500 police officers were on duty.", []want{{Troops, 500, "about", "Roughly 500 police officers"}}},
	{"A dozen soldiers were wounded.", []want{{Injured, 12, "", "A dozen soldiers were wounded"}}},
	{"Two battalions, some 1,500 soldiers, were deployed.", []want{{Troops, 1500, "about", "some 1,500 soldiers"}}},
	// Several counts in one sentence.
	{"A minefield explosion killed two Iraqi youths and wounded five others on Sunday.",
		[]want{{Killed, 2, "", "killed two"}, {Injured, 5, "", "wounded five"}}},
	{"Up to 100 demonstrated in Serbia, where 24 people were killed in riots last March.",
		[]want{{Protesters, 100, "up to", "Up to 100 demonstrated"}, {Killed, 24, "", "24 people were killed"}}},
	// Numbers that are no counts.
	{"In 2019 he resigned.", nil},
	{"The protests of 2022 were violent.", nil},
	{"The fine was $5,000 each.", nil},
	{"No one was killed.", nil},
	{"He was killed 3 years ago.", nil},
	{"Oil rose 3 percent.", nil},
	{"It happened at 3:30 when 2 were killed.", []want{{Killed, 2, "", "2 were killed"}}},
	{"The 1.5 kilometre march was peaceful.", nil},
	{"Switzerland expelled two Russian diplomats.", nil},
	{"Hundreds of people attended.", nil},
	{"The president said 30 years of rule had ended.", nil},
	// Business news, where numbers abound (Reuters 1987).
	{"The remaining 26 pct is held by Suzuki Motor Co.", nil},
	{"Of the total, 2,059,400 shares are held by GAMCO.", nil},
	{"The agency said 8.442 billion was held by the Bank of China.", nil},
	{"The dividend is payable March 31 to holders of record March 16.", nil},
	{"Blockbuster said it executed two additional contracts.", nil},
	{"The three tranches have average lives of 12.1 years.", nil},
	{"It is a one shot deal.", nil},
	{"Market talk of a further base rate cut has died down.", nil},
	{"The yard builds 10 ships totalling 460,000 dead weight tonnes.", nil},
	{"Sweeney said two of the company's senior officers will take over.", nil},
	{"The last three ministerial meetings have been held in Paris.", nil},
	{"Some 10 Indian ships have been held up.", nil},
	{"Two rescue teams were searching for the missing men.", nil},
	{"Over 80 people in eight cities were detained.", nil},
	{"Thirty four workers died in a methane gas explosion.", []want{{Killed, 34, "", "Thirty four workers died"}}},
	{"The fires which began on May 6 have killed 191 people.", []want{{Killed, 191, "", "killed 191"}}},
	{"Scores of Syrian troops marched into the city.", []want{{Troops, 40, "at least", "Scores of Syrian troops"}}},
	{"Some 30 activists were held overnight.", []want{{Arrested, 30, "about", "Some 30 activists were held"}}},
	{"Some 30 were held overnight.", []want{{Arrested, 30, "about", "Some 30 were held"}}},
	// Health and disaster news (Wikinews).
	{"Officials found roughly 4,000 dead wild birds in the region.", nil},
	{"The strain killed several hundred ducks near Moscow.", nil},
	{"At least 50 pigs died since December.", nil},
	{"A child aged two has died of the virus.", []want{{Killed, 1, "", "A child aged two has died"}}},
	{"Around 300 police buses blocked the plaza.", nil},
	{"Officials place the death toll at 194 deaths with 2,364 people infected.",
		[]want{{Killed, 194, "", "death toll at 194"}}},
	{"Distraction was one of the factors behind the rise of traffic fatalities.", nil},
	{"It was reported that a meeting had been held in the briefing room.", nil},
	{"Three rebel spokesmen said the first group of wounded people would leave.", nil},
	{"The national Easter road toll sits at 19.", []want{{Killed, 19, "", "toll sits at 19"}}},
	{"The attack left one officer dead and three people wounded.",
		[]want{{Killed, 1, "", "one officer dead"}, {Injured, 3, "", "three people wounded"}}},
	{"An HIV-positive man was sentenced to 35 years in prison.", nil},
	// Crowds by what they did (PLOVER-like phrasings).
	{"Up to 1,000 ethnic Turks began a hunger strike on Monday.",
		[]want{{Protesters, 1000, "up to", "Up to 1,000 ethnic Turks began"}}},
	{"Hundreds of thousands of people blocked streets in Hong Kong.",
		[]want{{Protesters, 200000, "at least", "Hundreds of thousands of people blocked"}}},
	{"About 200 supporters of the former president blocked roads in the capital.",
		[]want{{Protesters, 200, "about", "About 200 supporters of the former president blocked"}}},
	{"Some 500,000 workers stopped work on Monday.", []want{{Protesters, 500000, "about", "Some 500,000 workers stopped"}}},
	{"Twenty trucks blocked the road.", nil},
	{"Twenty or so were killed.", []want{{Killed, 20, "about", "Twenty or so were killed"}}},
	{"Over 200 protesters and police officers were injured.",
		[]want{{Injured, 200, "more than", "Over 200 protesters and police officers were injured"}}},
	{"Two soldiers and 16 gunmen were killed.", []want{{Troops, 2, "", "Two soldiers"}, {Killed, 16, "", "16 gunmen were killed"}}},
	{"The vessel sank and one of its eight crew members was killed.", []want{{Killed, 1, "", "one of its eight crew members was killed"}}},
	{"The bank hired a 26-strong research unit.", nil},
	{"Protesters numbering 5,000 filled the square.", []want{{Protesters, 5000, "", "Protesters numbering 5,000"}}},
	{"Crowds numbering in the tens of thousands gathered.",
		[]want{{Protesters, 20000, "at least", "Crowds numbering in the tens of thousands"}}},
	{"More than a dozen people were injured.", []want{{Injured, 12, "more than", "More than a dozen people were injured"}}},
	{"Over a hundred demonstrators were detained.", []want{{Arrested, 100, "more than", "Over a hundred demonstrators were detained"}}},
	{"Almost 40 people are still missing.", []want{{Missing, 40, "about", "Almost 40 people are still missing"}}},
	{"At least 12 people, including three children and a woman, were killed.",
		[]want{{Killed, 12, "at least", "At least 12 people, including three children and a woman, were killed"}}},
	{"The number of people killed rose to 100.", []want{{Killed, 100, "", "number of people killed rose to 100"}}},
	{"The number of dead has risen to 71.", []want{{Killed, 71, "", "number of dead has risen to 71"}}},
	{"Two people were shot and killed.", []want{{Killed, 2, "", "Two people were shot and killed"}}},
	{"Security forces shot dead 12 protesters.", []want{{Killed, 12, "", "shot dead 12"}}},
	{"The rally drew 50,000 people.", []want{{Protesters, 50000, "", "rally drew 50,000"}}},
	{"An estimated 10,000 people took part in the march.",
		[]want{{Protesters, 10000, "about", "An estimated 10,000 people took"}}},
	{"A 10,000-strong crowd marched on the palace.", []want{{Protesters, 10000, "", "10,000-strong crowd"}}},
	{"Moscow sent a 2,000-strong force.", []want{{Troops, 2000, "", "2,000-strong force"}}},
	{"As many as 300 people may have been killed.", []want{{Killed, 300, "up to", "As many as 300 people may have been killed"}}},
	{"The clashes left 3 people dead and dozens injured.",
		[]want{{Killed, 3, "", "3 people dead"}, {Injured, 24, "at least", "dozens injured"}}},
	{"Police killed two protesters and injured dozens.",
		[]want{{Killed, 2, "", "killed two"}, {Injured, 24, "at least", "injured dozens"}}},
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in    string
		value int
		n     int // tokens read
		vague bool
	}{
		{"238", 238, 1, false}, {"1,200", 1200, 1, false}, {"10,000", 10000, 1, false},
		{"1.5 million", 1500000, 2, false}, {"2 million", 2000000, 2, false},
		{"two hundred", 200, 2, false}, {"a dozen", 12, 2, false}, {"two dozen", 24, 2, false},
		{"twenty-five", 25, 1, false}, {"a hundred", 100, 2, false}, {"a million", 1000000, 2, false},
		{"three thousand five hundred", 3500, 4, false}, {"one hundred and fifty", 150, 4, false},
		{"dozens", 24, 1, true}, {"scores of", 40, 1, true}, {"hundreds", 200, 1, true},
		{"thousands", 2000, 1, true}, {"tens of thousands", 20000, 3, true},
		{"hundreds of thousands", 200000, 3, true}, {"millions", 2000000, 1, true},
		{"several hundred", 300, 2, true}, {"a few thousand", 2000, 3, true},
		{"twenty five", 25, 2, false}, {"thirty four", 34, 2, false}, {"five six", 5, 1, false}, {"five and twenty", 5, 1, false},
	}
	for _, tt := range tests {
		lw := strings.Fields(tt.in)
		n, ok := parseNumber(lw, 0)
		if !ok || n.value != tt.value || n.end != tt.n || n.vague != tt.vague {
			t.Errorf("parseNumber(%q) = %+v, %v; want %d over %d tokens, vague %v", tt.in, n, ok, tt.value, tt.n, tt.vague)
		}
	}
	for _, in := range []string{"1,20", "1,2000", "1.5", "a", "tens", "scores", "several", "24-hour", "1e5", "-3", "12345678901"} {
		if n, ok := parseNumber(strings.Fields(in), 0); ok {
			t.Errorf("parseNumber(%q) = %+v, want no number", in, n)
		}
	}
}

func TestBySentence(t *testing.T) {
	d := text.Analyze("Two were killed. Nothing else happened. Police arrested 30 and wounded 4.", "")
	var r annalist.Record
	New().Extract(d, &r)
	m := BySentence(d, r.Counts)
	if len(m[0]) != 1 || len(m[1]) != 0 || len(m[2]) != 2 {
		t.Errorf("BySentence = %v", m)
	}
	if Sentence(d, r.Counts[2]) != 2 {
		t.Errorf("Sentence(%v) = %d", r.Counts[2], Sentence(d, r.Counts[2]))
	}
}

func TestSeed(t *testing.T) {
	body, date := shared.Seed(t)
	var r annalist.Record
	r.Text = body
	New().Extract(text.Analyze(body, date), &r)
	found := false
	for _, c := range r.Counts {
		t.Logf("%+v", c)
		if c.Kind == Killed && c.Number == 238 && c.Qualifier == "at least" && strings.Contains(c.Text, "at least 238 people dead") {
			found = true
		}
	}
	if !found {
		t.Errorf("no count killed 238 'at least' in %+v", r.Counts)
	}
}

// BenchmarkFind measures throughput on the test phrasings, joined into
// one long document.
func BenchmarkFind(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 200000 {
		for _, tt := range findTests {
			sb.WriteString(tt.in)
			sb.WriteString(" It was a quiet day in the city, and nothing much else was reported by the agency.\n\n")
		}
	}
	d := text.Analyze(sb.String(), "")
	b.SetBytes(int64(len(d.Text)))
	b.ResetTimer()
	for b.Loop() {
		Find(d)
	}
}
