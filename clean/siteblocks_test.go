package clean

import (
	"strings"
	"testing"
)

func TestSiteBlocksDropped(t *testing.T) {
	story := "The ministry said 14 people were detained after the rally in the capital on Sunday."
	tests := []struct{ para, reason string }{
		{"HOUSE RULES: We want our comments section to be a lively and respectful place. Keep to the topic, do not post abusive or defamatory material, and use the Report button to report offensive comments to our moderators.", ReasonComments},
		{"Comments are moderated and may take some time to appear. Please read our community guidelines before posting.", ReasonComments},
		{"Please keep your comments civil and on topic.", ReasonComments},
		{"Tel: +7 727 258 48 41", ReasonContact},
		{"Newsroom: +44 20 7946 0958 | news@example.org", ReasonContact},
		{"Call our news desk on 0800 123 4567 or email tips@example.org", ReasonContact},
		{"+1 (212) 555-0147 editor@example.com", ReasonContact},
		{"Instagram @Outlet", ReasonSocial},
		{"Twitter: @examplenews | Facebook: /examplenews | Telegram: @examplenews_live", ReasonSocial},
		{"Follow Jane Doe on Twitter", ReasonSocial},
		{"The Morning Briefing: our best stories, delivered to your inbox every weekday.", ReasonPromo},
		{"By signing up, you agree to our Terms of Use and Privacy Policy.", ReasonPromo},
		{"You can unsubscribe at any time.", ReasonPromo},
	}
	for _, tt := range tests {
		r := Text(story + "\n\n" + tt.para + "\n\n" + story)
		if len(r.Dropped) != 1 || r.Dropped[0].Reason != tt.reason {
			t.Errorf("%q: dropped %+v, want reason %s", tt.para, r.Dropped, tt.reason)
		}
		if strings.Contains(r.Text, tt.para) {
			t.Errorf("%q: still in text", tt.para)
		}
	}
}

// Story paragraphs that share the blocks' words stay.
func TestSiteBlocksKeepNews(t *testing.T) {
	keep := []string{
		"Anyone with information is asked to call police on 101 or Crimestoppers anonymously on 0800 555 111, a spokesman said.",
		"The minister posted on Instagram @govkz that the curfew would be lifted on Monday, and the post was shared 40,000 times.",
		"The platform's moderators removed offensive comments under the video, the company said in a statement.",
		"Comments by the president on Tuesday drew sharp criticism from the opposition, which called them offensive.",
		"The newsletter, which has 200,000 subscribers, was shut down by the regulator last year.",
		"Population grew from 1,204,000 in 2019 to 1,310,000 in 2023, according to the statistics office.",
		"Facebook and Twitter were blocked across the country for three days during the unrest.",
		"Follow-up talks are scheduled for next week in Geneva.",
	}
	for _, p := range keep {
		r := Text("The protests began on 2 January.\n\n" + p + "\n\nThe government resigned three days later.")
		if len(r.Dropped) != 0 {
			t.Errorf("%q dropped as %s", p, r.Dropped[0].Reason)
		}
	}
}
