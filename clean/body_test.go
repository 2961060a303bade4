package clean

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestTextDrops(t *testing.T) {
	story := "The ministry said 14 people were detained after the rally in the capital on Sunday."
	tests := []struct {
		para, reason string
	}{
		{"Get the free weekly newsletter A summary of our latest stories. Sign up now", ReasonPromo},
		{"Sign up for our daily briefing.", ReasonPromo},
		{"Subscribe to our newsletter to get the latest updates in your inbox.", ReasonPromo},
		{"Follow us on Twitter and Facebook.", ReasonPromo},
		{"Click here to download our app.", ReasonPromo},
		{"CLICK HERE TO GET THE NEWS APP", ReasonPromo},
		{"Share this article", ReasonShare},
		{"Share on Facebook Twitter WhatsApp Email", ReasonShare},
		{"Advertisement", ReasonAdvertisement},
		{"Story continues below advertisement", ReasonAdvertisement},
		{"Sponsored content", ReasonAdvertisement},
		{"Read more: Parliament passes the budget after a long debate", ReasonRelated},
		{"READ MORE | Opposition leader arrested", ReasonRelated},
		{"© 2023 Example Media. All rights reserved.", ReasonBoilerplate},
		{"Copyright 2019 Some News Group", ReasonBoilerplate},
		{"We use cookies to improve your experience. By continuing to browse you accept our cookie policy.", ReasonBoilerplate},
		{"Photo: Jane Doe/Reuters", ReasonBoilerplate},
		{"(Image credit: Getty Images)", ReasonBoilerplate},
		{"This article was originally published on The Conversation.", ReasonBoilerplate},
		{"https://example.com/news/2023/01/05/story", ReasonBoilerplate},
		{"* * *", ReasonBoilerplate},
		{"Abonnez-vous à notre newsletter", ReasonPromo},
		{"Suscríbete a nuestro boletín", ReasonPromo},
		{"Подпишитесь на наш Telegram-канал", ReasonPromo},
		{"Lire aussi : Le Parlement adopte la réforme", ReasonRelated},
		{"Читайте также: Власти объявили режим ЧС", ReasonRelated},
		{"Werbung", ReasonAdvertisement},
	}
	for _, tt := range tests {
		r := Text(story + "\n\n" + tt.para + "\n\n" + story)
		if len(r.Dropped) != 1 || r.Dropped[0].Reason != tt.reason || r.Dropped[0].Text != tt.para {
			t.Errorf("%q: dropped %+v, want reason %s", tt.para, r.Dropped, tt.reason)
		}
		if strings.Contains(r.Text, tt.para) {
			t.Errorf("%q: still in text", tt.para)
		}
	}
}

// Paragraphs from real reporting that share words with promos must stay.
func TestTextKeepsNews(t *testing.T) {
	keep := []string{
		"Sign up for the vaccine at any clinic, the health minister urged residents on Monday.",
		"“Join us in the square tomorrow,” the opposition leader told supporters.",
		"Follow-up talks are scheduled for next week in Geneva.",
		"Subscribers to the state broadcaster's satellite service lost the signal for two hours.",
		"Get out and vote, the president said in a video posted on Sunday.",
		"Read the full statement, which runs to 40 pages, and you will find no mention of the strike.",
		"The company said it uses cookies from a bakery in Lyon for its in-flight snacks.",
		"Police shared photos of the suspects on Facebook and asked the public for help.",
		"Download speeds fell by half across the region after the cable was cut.",
		"Advertising revenue at the group fell 12% in the third quarter.",
		"Watch: the moment the statue was pulled down is now a symbol of the protests, and was broadcast on every channel.",
		"Photographs of the damage were shared widely online.",
		"If you subscribe to the premium tier, your monthly price rises to $15 from March.",
		"Sign up for the streaming bundle using the same email as your existing account.",
		"Sign up for a Hulu ad-free account for $11.99 a month",
		"No space for opposition",
		"Descarga de armas: la policía incautó 40 fusiles en el puerto, según la fiscalía.",
		"Подпишитесь под каждым словом, сказал депутат журналистам.",
	}
	for _, p := range keep {
		r := Text("The protests began on 2 January.\n\n" + p + "\n\nThe government resigned three days later.")
		if len(r.Dropped) != 0 {
			t.Errorf("%q dropped as %s", p, r.Dropped[0].Reason)
		}
	}
}

func TestHeadings(t *testing.T) {
	body := "First paragraph of the story ends here.\n\nNo space for opposition\n\nFor years people shouted in the streets.\n\nA short line, with a comma,\n\nBut the words go on.\n\nBy John Smith\n\nThe byline is not a heading.\n\nThe last line is not a heading either"
	r := Text(body)
	if len(r.Headings) != 1 {
		t.Fatalf("headings %+v, want one", r.Headings)
	}
	h := r.Headings[0]
	if got := r.Text[h.Start:h.End]; got != "No space for opposition" || h.Text != got {
		t.Errorf("heading %q (%+v)", got, h)
	}
}

func TestTextJoinsAndNormalises(t *testing.T) {
	r := Text("  One\u00a0 two\tthree.\r\nFour  “five”\u200b.\n\n\n\x07Six\u0065\u0301.")
	want := "One two three.\n\nFour “five”.\n\nSixé."
	if r.Text != want {
		t.Errorf("got %q, want %q", r.Text, want)
	}
}

func TestHardWrapped(t *testing.T) {
	body := `Showers continued throughout the week in
the Bahia cocoa zone, alleviating the drought since early
January and improving prospects for the coming temporao,
although normal humidity levels have not been restored,
Comissaria Smith said in its weekly review.
    The dry period means the temporao will be late this year.
    Arrivals for the week ended February 22 were 155,221 bags
of 60 kilos making a cumulative total for the season of 5.93
mln against 5.81 at the same stage last year.`
	got := Paragraphs(body)
	if len(got) != 3 || !strings.HasPrefix(got[0], "Showers continued throughout the week in the Bahia") || got[1] != "The dry period means the temporao will be late this year." {
		t.Errorf("got %d paragraphs: %q", len(got), got)
	}
}

// sharedDir finds the project's shared data (../shared from the repo root)
// by walking up from the test's folder. (internal/shared does the same but
// imports ingest, which imports clean: a cycle for these tests.)
func sharedDir(t testing.TB, sub string) string {
	t.Helper()
	dir, _ := os.Getwd()
	for {
		p := filepath.Join(dir, "shared", sub)
		if _, err := os.Stat(p); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skipf("shared/%s not found", sub)
		}
		dir = parent
	}
}

func TestSeed(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(sharedDir(t, "seed"), "kazakhstan-2023-01-05.txt"))
	if err != nil {
		t.Skip(err)
	}
	body := strings.TrimSpace(string(b))
	body = strings.TrimSpace(body[len("date 2023-01-05"):])
	r := Text(body)
	promo := "Get the free oDR newsletter A weekly summary of our latest stories about the post-Soviet world. Sign up now"
	if len(r.Dropped) != 1 || r.Dropped[0].Text != promo || r.Dropped[0].Reason != ReasonPromo {
		t.Errorf("dropped %+v", r.Dropped)
	}
	if strings.Contains(r.Text, "Sign up now") {
		t.Error("promo left in text")
	}
	var heads []string
	for _, h := range r.Headings {
		heads = append(heads, r.Text[h.Start:h.End])
	}
	if len(heads) != 1 || heads[0] != "No space for opposition" {
		t.Errorf("headings %q", heads)
	}
	// Every other paragraph is kept whole.
	for _, p := range strings.Split(body, "\n\n") {
		p = strings.TrimSpace(p)
		if p != promo && !strings.Contains(r.Text, p) {
			t.Errorf("paragraph lost: %q", p)
		}
	}
}

// TestReutersKeepsEverything runs the real newswire bodies of Reuters-21578
// (19,043 stories) through the cleaner: none of their paragraphs may be
// dropped, and headings (which newswire copy barely has) must stay rare.
func TestReutersKeepsEverything(t *testing.T) {
	dir := sharedDir(t, "corpus/reuters21578")
	files, _ := filepath.Glob(filepath.Join(dir, "*.sgm.gz"))
	if len(files) == 0 {
		t.Skip("no Reuters files")
	}
	bodyRE := regexp.MustCompile(`(?s)<BODY>(.*?)</BODY>`)
	stories, headings := 0, 0
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(bufio.NewReader(f))
		if err != nil {
			t.Fatal(err)
		}
		var sb strings.Builder
		if _, err := bufio.NewReader(zr).WriteTo(&sb); err != nil {
			t.Fatal(err)
		}
		f.Close()
		for _, m := range bodyRE.FindAllStringSubmatch(sb.String(), -1) {
			body := html.UnescapeString(m[1])
			body = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(strings.Trim(body, "\x03 \n")), "Reuter"))
			stories++
			r := Text(body)
			headings += len(r.Headings)
			for _, d := range r.Dropped {
				if isSeparator(d.Text) {
					continue // "---" rules of a table: not a paragraph
				}
				t.Errorf("%s: dropped %s paragraph %q", filepath.Base(name), d.Reason, d.Text)
			}
		}
	}
	if stories < 19000 {
		t.Errorf("read only %d stories", stories)
	}
	if headings*100 > stories {
		t.Errorf("%d headings in %d stories", headings, stories)
	}
	t.Logf("%d Reuters stories, nothing dropped, %d headings", stories, headings)
}

func FuzzText(f *testing.F) {
	f.Add("date 2023-01-05 Hello.\n\nSign up now\n\nHeading here\n\nBody text follows.")
	f.Add("a\r\n\u00a0b\x00c\n\n\n  indented\n line")
	f.Fuzz(func(t *testing.T, s string) {
		r := Text(s)
		for _, h := range r.Headings {
			if h.Start < 0 || h.End > len(r.Text) || h.Start > h.End || r.Text[h.Start:h.End] != h.Text {
				t.Fatalf("bad heading span %+v in %q", h, r.Text)
			}
		}
		if strings.Contains(r.Text, "\n\n\n") {
			t.Fatalf("blank lines not collapsed: %q", r.Text)
		}
		// Cleaning is stable: clean text cleans to itself.
		again := Text(r.Text)
		if again.Text != r.Text || len(again.Dropped) != 0 || len(again.Headings) != len(r.Headings) {
			t.Fatalf("not stable: %q -> %q (dropped %+v)", r.Text, again.Text, again.Dropped)
		}
	})
}

// TestGoldBodiesMostlyKept cleans the human-made article bodies of the
// article-extraction benchmark: what it drops must be a sliver, and only
// the site inserts that annotators left in (copyright lines, "Buy Now").
func TestGoldBodiesMostlyKept(t *testing.T) {
	dir := sharedDir(t, "eval/article-extraction")
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Skip(err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		t.Fatal(err)
	}
	words, dropped := 0, 0
	for id, g := range gt {
		words += len(strings.Fields(g.ArticleBody))
		for _, d := range Text(g.ArticleBody).Dropped {
			dropped += len(strings.Fields(d.Text))
			t.Logf("%s: %s %q", id[:8], d.Reason, d.Text)
		}
	}
	if dropped*200 > words {
		t.Errorf("dropped %d of %d gold words", dropped, words)
	}
	t.Logf("dropped %d of %d gold words", dropped, words)
}

func TestRelatedBlock(t *testing.T) {
	story := "The ministry said 14 people were detained after the rally in the capital on Sunday."
	body := story + "\n\nRelated stories\n\nParliament passes the budget\n\nOpposition leader arrested in dawn raid\n\n" +
		"Why the protests matter\n\nThe protests are the largest since independence, and they have spread to every region of the country."
	r := Text(body)
	var dropped []string
	for _, d := range r.Dropped {
		dropped = append(dropped, d.Text)
	}
	if strings.Join(dropped, "|") != "Related stories|Parliament passes the budget|Opposition leader arrested in dawn raid" {
		t.Errorf("dropped %q", dropped)
	}
	if len(r.Headings) != 1 || r.Headings[0].Text != "Why the protests matter" {
		t.Errorf("headings %+v", r.Headings)
	}
}
