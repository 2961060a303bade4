package timex

import (
	"strings"
	"testing"

	"github.com/annalist/annalist/internal/shared"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/text"
)

// pub is a Thursday.
const pub = "2023-01-05"

func TestFind(t *testing.T) {
	tests := []struct {
		text, published  string
		want, typ, value string
		mod              string
	}{
		// Absolute dates in the formats news uses.
		{"The protests began on 5 January 2022 in the west.", pub, "5 January 2022", "DATE", "2022-01-05", ""},
		{"It happened on January 5, 2022, in the west.", pub, "January 5, 2022", "DATE", "2022-01-05", ""},
		{"It happened on Jan. 5, 2022.", pub, "Jan. 5, 2022", "DATE", "2022-01-05", ""},
		{"It happened on Wednesday, 5 January 2022.", pub, "Wednesday, 5 January 2022", "DATE", "2022-01-05", ""},
		{"Filed 2022-01-05 by the court.", pub, "2022-01-05", "DATE", "2022-01-05", ""},
		{"Posted 2022-01-05T15:04:05Z by the court.", pub, "2022-01-05T15:04:05", "TIME", "2022-01-05T15:04", ""},
		{"It happened on Dec 25th, 2021.", pub, "Dec 25th, 2021", "DATE", "2021-12-25", ""},
		{"Elections are due by mid-2024 at the latest.", pub, "mid-2024", "DATE", "2024", "MID"},
		{"Filed on 05.01.2022 by the court.", pub, "05.01.2022", "DATE", "2022-01-05", ""},
		{"Filed on 1/5/2022 by the court.", pub, "1/5/2022", "DATE", "2022-01-05", ""},
		{"Filed on 25/12/2021 by the court.", pub, "25/12/2021", "DATE", "2021-12-25", ""},
		{"the 5th of January 2022", pub, "5th of January 2022", "DATE", "2022-01-05", ""},
		{"The January 2022 crackdown left 238 dead.", pub, "January 2022", "DATE", "2022-01", ""},
		{"He resigned in 2019.", pub, "2019", "DATE", "2019", ""},
		{"Profits fell in fiscal 1998.", pub, "fiscal 1998", "DATE", "1998", ""},
		{"It was built in the 1990s.", pub, "1990s", "DATE", "199", ""},
		{"It was built in the early 1990s.", pub, "early 1990s", "DATE", "199", "START"},
		{"Music of the '60s.", pub, "'60s", "DATE", "196", ""},
		{"He was born in the 20th century.", pub, "20th century", "DATE", "19", ""},
		{"Sales rose in the third quarter of 1998.", pub, "the third quarter of 1998", "DATE", "1998-Q3", ""},
		{"Sales rose in Q3 2022.", pub, "Q3 2022", "DATE", "2022-Q3", ""},
		{"Sales rose in the third quarter.", pub, "the third quarter", "DATE", "2022-Q3", ""},
		{"Unrest grew in the last quarter of 1986.", pub, "the last quarter of 1986", "DATE", "1986-Q4", ""},
		{"It happened in summer 1998.", pub, "summer 1998", "DATE", "1998-SU", ""},
		{"It happened in the winter of 2019.", pub, "winter of 2019", "DATE", "2019-WI", ""},
		{"Nineteen ninety-six was hard; in nineteen ninety-six prices fell.", pub, "nineteen ninety-six", "DATE", "1996", ""},
		{"Talks resume in mid-January.", pub, "mid-January", "DATE", "2023-01", "MID"},
		{"The rally took place in late November.", pub, "late November", "DATE", "2022-11", "END"},
		{"Elections are due in March.", pub, "March", "DATE", "2023-03", ""},
		{"It began in February this year.", pub, "February this year", "DATE", "2023-02", ""},
		{"It ended on Christmas Day.", pub, "Christmas Day", "DATE", "2022-12-25", ""},

		// Relative to the publication date.
		{"Police said on Wednesday that 12 died.", pub, "Wednesday", "DATE", "2023-01-04", ""},
		{"The minister will travel to Paris on Monday.", pub, "Monday", "DATE", "2023-01-09", ""},
		{"The summit opens on Monday in Geneva.", pub, "Monday", "DATE", "2023-01-09", ""},
		{"The talks ended Thursday.", pub, "Thursday", "DATE", "2023-01-05", ""},
		{"Troops withdrew yesterday.", pub, "yesterday", "DATE", "2023-01-04", ""},
		{"Troops withdraw today.", pub, "today", "DATE", "2023-01-05", ""},
		{"Troops withdraw tomorrow.", pub, "tomorrow", "DATE", "2023-01-06", ""},
		{"The day before yesterday it rained.", pub, "The day before yesterday", "DATE", "2023-01-03", ""},
		{"He was arrested last Tuesday.", pub, "last Tuesday", "DATE", "2023-01-03", ""},
		{"He was arrested last Thursday.", pub, "last Thursday", "DATE", "2022-12-29", ""},
		{"The summit is next week.", pub, "next week", "DATE", "2023-W02", ""},
		{"The summit is this week.", pub, "this week", "DATE", "2023-W01", ""},
		{"The summit was last week.", pub, "last week", "DATE", "2022-W52", ""},
		{"Protests erupted over the weekend.", pub, "the weekend", "DATE", "2022-W52-WE", ""},
		{"He left two days ago.", pub, "two days ago", "DATE", "2023-01-03", ""},
		{"He left six months ago.", pub, "six months ago", "DATE", "2022-07", ""},
		{"He left more than two years ago.", pub, "more than two years ago", "DATE", "2021", "MORE_THAN"},
		{"He left years ago.", pub, "years ago", "DATE", "PAST_REF", ""},
		{"Prices rose last year.", pub, "last year", "DATE", "2022", ""},
		{"Prices will rise next year.", pub, "next year", "DATE", "2024", ""},
		{"Anger came to a head at the start of last year.", pub, "the start of last year", "DATE", "2022", "START"},
		{"Anger grew at the end of the year.", pub, "the end of the year", "DATE", "2023", "END"},
		{"Parliament met earlier this month.", pub, "earlier this month", "DATE", "2023-01", "START"},
		{"Parliament meets later this year.", pub, "later this year", "DATE", "2023", "END"},
		{"Parliament met last month.", pub, "last month", "DATE", "2022-12", ""},
		{"Parliament met last summer.", pub, "last summer", "DATE", "2022-SU", ""},
		{"Parliament met last March.", pub, "last March", "DATE", "2022-03", ""},
		{"Results come early next week.", pub, "early next week", "DATE", "2023-W02", "START"},
		{"Profits fell in the latest quarter.", pub, "the latest quarter", "DATE", "2022-Q4", ""},

		// Relative to the time the text is talking about.
		{"On 5 January 2022 they toppled a statue erected just five years before.", pub, "five years before", "DATE", "2017", ""},
		{"The January 2022 crackdown was brutal. One year on, little has changed.", pub, "One year on", "DATE", "2023-01", ""},
		{"He resigned in 2019. A year later, he returned.", pub, "A year later", "DATE", "2020", ""},
		{"Fighting broke out on 5 January 2022. Two days later, troops arrived.", pub, "Two days later", "DATE", "2022-01-07", ""},
		{"Fighting broke out on 5 January 2022. A week later, troops arrived.", pub, "A week later", "DATE", "2022-01-12", ""},
		{"Fighting broke out on 5 January 2022. The next day, troops arrived.", pub, "The next day", "DATE", "2022-01-06", ""},
		{"Fighting broke out on 5 January 2022. The following year, troops left.", pub, "The following year", "DATE", "2023", ""},
		{"Sales rose in the third quarter of 1998 and fell a year earlier.", pub, "a year earlier", "DATE", "1997-Q3", ""},
		{"Police fired on 5 January 2022. Earlier in the day, crowds gathered.", pub, "Earlier in the day", "DATE", "2022-01-05", ""},
		{"The city was shelled overnight, officials said.", pub, "overnight", "TIME", "2023-01-04TNI", ""},
		{"The crisis of 2008-2009 hit hard.", pub, "2009", "DATE", "2009", ""},
		{"Profit rose in the third quarter of 2022 from the year-earlier quarter.", pub, "year-earlier quarter", "DATE", "2021-Q3", ""},
		{"The deal should close by year-end.", pub, "year-end", "DATE", "2023", "END"},
		{"The lease runs for at least 20 more years.", pub, "at least 20 more years", "DURATION", "P20Y", "EQUAL_OR_MORE"},
		{"They moved here in 2017. Since that day he has loved it.", pub, "that day", "DATE", "2017", ""},
		{"Munero fled in June 1998 and returned later that year.", pub, "later that year", "DATE", "1998", "END"},

		// Durations.
		{"During the 30 years of his rule, wealth grew.", pub, "30 years", "DURATION", "P30Y", ""},
		{"The strike lasted six months.", pub, "six months", "DURATION", "P6M", ""},
		{"They were held for 48 hours.", pub, "48 hours", "DURATION", "PT48H", ""},
		{"They were held for a decade.", pub, "a decade", "DURATION", "P10Y", ""},
		{"After a 16-hour flight she landed.", pub, "16-hour", "DURATION", "PT16H", ""},
		{"The siege lasted more than four hours.", pub, "more than four hours", "DURATION", "PT4H", "MORE_THAN"},
		{"The siege lasted about two weeks.", pub, "about two weeks", "DURATION", "P2W", "APPROX"},
		{"The siege lasted at least 72 hours.", pub, "at least 72 hours", "DURATION", "PT72H", "EQUAL_OR_MORE"},
		{"The siege lasted nearly three years.", pub, "nearly three years", "DURATION", "P3Y", "LESS_THAN"},
		{"The siege lasted an hour and a half.", pub, "an hour and a half", "DURATION", "PT1H30M", ""},
		{"He served 2 1/2 years.", pub, "2 1/2 years", "DURATION", "P2Y6M", ""},
		{"It reaches 60 mph in about 3.5 seconds.", pub, "about 3.5 seconds", "DURATION", "PT3.5S", "APPROX"},
		{"He served several years.", pub, "several years", "DURATION", "PXY", ""},
		{"Unrest grew over the past two months.", pub, "the past two months", "DURATION", "P2M", ""},
		{"Unrest may grow in the next few days.", pub, "the next few days", "DURATION", "PXD", ""},
		{"Unrest grew in recent years.", pub, "recent years", "DURATION", "PXY", ""},
		{"People shouted for years.", pub, "years", "DURATION", "PXY", ""},
		{"A two-week ceasefire began.", pub, "two-week", "DURATION", "P2W", ""},
		{"It took twenty-five years.", pub, "twenty-five years", "DURATION", "P25Y", ""},

		// Sets.
		{"They meet every week.", pub, "every week", "SET", "P1W", ""},
		{"They meet every two weeks.", pub, "every two weeks", "SET", "P2W", ""},
		{"They meet every other day.", pub, "every other day", "SET", "P2D", ""},
		{"The fee is paid annually.", pub, "annually", "SET", "P1Y", ""},
		{"Protesters gather daily.", pub, "daily", "SET", "P1D", ""},
		{"They meet twice a year.", pub, "twice a year", "SET", "P1Y", ""},
		{"They meet every Monday.", pub, "every Monday", "SET", "XXXX-WXX-1", ""},
		{"They meet each January.", pub, "each January", "SET", "XXXX-01", ""},
		{"They march on Fridays.", pub, "Fridays", "SET", "XXXX-WXX-5", ""},
		{"The field pumps 1,000 barrels a day.", pub, "a day", "SET", "P1D", ""},
		{"Guards work 12 hours per day.", pub, "per day", "SET", "P1D", ""},

		// Times of day.
		{"The blast came at 3 p.m. near the square.", pub, "3 p.m.", "TIME", "2023-01-05T15:00", ""},
		{"The blast came at 10:35 a.m. near the square.", pub, "10:35 a.m.", "TIME", "2023-01-05T10:35", ""},
		{"The blast came at 3pm near the square.", pub, "3pm", "TIME", "2023-01-05T15:00", ""},
		{"The curfew starts at 22:00 local time.", pub, "22:00 local time", "TIME", "2023-01-05T22:00", ""},
		{"The blast came at noon.", pub, "noon", "TIME", "2023-01-05T12:00", ""},
		{"The vote is tonight.", pub, "tonight", "TIME", "2023-01-05TNI", ""},
		{"The vote was this morning.", pub, "this morning", "TIME", "2023-01-05TMO", ""},
		{"Shots were fired last night.", pub, "last night", "TIME", "2023-01-04TNI", ""},
		{"Shots were fired Wednesday night.", pub, "Wednesday night", "TIME", "2023-01-04TNI", ""},
		{"The relatives have until 9 a.m. Tuesday to sign.", pub, "9 a.m. Tuesday", "TIME", "2023-01-10T09:00", ""},
		{"On 5 January 2022, at 3 p.m., police fired.", pub, "3 p.m.", "TIME", "2022-01-05T15:00", ""},

		// Vague references.
		{"He recently resigned.", pub, "recently", "DATE", "PAST_REF", ""},
		{"He is now in exile.", pub, "now", "DATE", "PRESENT_REF", ""},
		{"He is currently in exile.", pub, "currently", "DATE", "PRESENT_REF", ""},
		{"He may return in the future.", pub, "the future", "DATE", "FUTURE_REF", ""},
		{"He may return soon.", pub, "soon", "DATE", "FUTURE_REF", ""},

		// Without a publication date, values that need it are left out.
		{"He resigned last year.", "", "last year", "DATE", "", ""},
		{"He resigned on Friday.", "", "Friday", "DATE", "", ""},
		{"He resigned on 5 January 2022.", "", "5 January 2022", "DATE", "2022-01-05", ""},
		{"He resigned in 2019. A year later he returned.", "", "A year later", "DATE", "2020", ""},
		{"He ruled for 30 years.", "", "30 years", "DURATION", "P30Y", ""},
		{"The war reached America in 1941. On December 7, Japan attacked.", "", "December 7", "DATE", "1941-12-07", ""},
		{"Japan attacked on December 7.", "", "December 7", "DATE", "", ""},
	}
	for _, tc := range tests {
		got := Find(tc.text, tc.published)
		var found *annalist.Time
		for i := range got {
			if got[i].Text == tc.want {
				found = &got[i]
			}
		}
		if found == nil {
			t.Errorf("Find(%q, %q): no %q in %v", tc.text, tc.published, tc.want, got)
			continue
		}
		if found.Type != tc.typ || found.Value != tc.value || found.Mod != tc.mod {
			t.Errorf("Find(%q, %q): %q is %s %q mod %q, want %s %q mod %q", tc.text, tc.published, tc.want,
				found.Type, found.Value, found.Mod, tc.typ, tc.value, tc.mod)
		}
		if tc.text[found.Start:found.End] != found.Text {
			t.Errorf("Find(%q): offsets %d-%d do not give %q", tc.text, found.Start, found.End, found.Text)
		}
	}
}

// TestFindNothing lists phrasings that look like times but are not.
func TestFindNothing(t *testing.T) {
	for _, s := range []string{
		"About 2000 people marched to the square.",
		"May the protesters be heard.",
		"They won a quarter of the vote.",
		"A 30-year-old man was detained.",
		"He is 30 years old.",
		"The Sunday Times reported the arrests.",
		"Thousands will march on the capital.",
		"He paid $1998 for it.",
		"Three-quarters of voters agreed.",
		"Room 1204 was searched.",
		"Rates rose by a quarter percentage point.",
		"Prices rose 12 pct on a year-on-year basis.",
		"He appeared on 60 Minutes.",
		"The $6.99-a-month service launched.",
		"He told USA Today the vote was rigged.",
	} {
		if got := Find(s, pub); len(got) > 0 {
			t.Errorf("Find(%q) = %v, want nothing", s, got)
		}
	}
}

func TestExtractor(t *testing.T) {
	body := "Protests began on 5 January 2022. Two days later, troops arrived.\nNothing has changed since."
	d := text.Analyze(body, pub)
	r := &annalist.Record{Text: body, Published: pub}
	Extractor{}.Extract(d, r)
	if len(r.Times) != 2 {
		t.Fatalf("Extract: %d times, want 2: %v", len(r.Times), r.Times)
	}
	dates := SentenceDates(d, r.Times)
	want := []string{"2022-01-05", "2022-01-07", ""}
	if strings.Join(dates, ",") != strings.Join(want, ",") {
		t.Errorf("SentenceDates = %q, want %q", dates, want)
	}
}

// TestSeed runs the seed article and checks every must and should time.
func TestSeed(t *testing.T) {
	body, published := shared.Seed(t)
	got := Find(body, published)
	for _, want := range []struct{ text, typ, value string }{
		{"January 2022", "DATE", "2022-01"},
		{"5 January 2022", "DATE", "2022-01-05"},
		{"2019", "DATE", "2019"},
		{"last year", "DATE", "2022"},
		{"30 years", "DURATION", "P30Y"},
		{"One year on", "DATE", "2023-01"},
		{"five years before", "DATE", "2017"},
	} {
		ok := false
		for _, g := range got {
			if strings.Contains(g.Text, want.text) && g.Type == want.typ && g.Value == want.value {
				ok = true
			}
		}
		if !ok {
			t.Errorf("seed: no %q %s %s in %v", want.text, want.typ, want.value, got)
		}
	}
}

func BenchmarkFind(b *testing.B) {
	para := "On 5 January 2022, the fourth day of nationwide demonstrations, protesters took down a statue " +
		"erected just five years before. Police said on Wednesday that 238 people died, and the president, " +
		"who has ruled for 30 years, promised reforms by the end of next year. Talks resume at 3 p.m. tomorrow. "
	body := strings.Repeat(para, 50)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		Find(body, pub)
	}
}

func FuzzFind(f *testing.F) {
	f.Add("On 5 January 2022, five years before, at 3 p.m. Tuesday", pub)
	f.Add("1/5/2022 05.01.2022 2022-01-05 Q3 the '90s mid- twenty-", "")
	f.Add("every other every each 1 1/2 years ago a.m. p.m", "2000-02-29")
	f.Fuzz(func(t *testing.T, s, published string) {
		for _, tm := range Find(s, published) {
			if tm.Start < 0 || tm.End > len(s) || tm.Start >= tm.End || s[tm.Start:tm.End] != tm.Text {
				t.Fatalf("Find(%q): bad span %+v", s, tm)
			}
		}
	})
}

// A month inside a name the tagger found is not a date.
func TestNamesAreNotTimes(t *testing.T) {
	body := "Since Bloody January, protests resumed on 5 March 2022."
	r := &annalist.Record{Text: body, Entities: []annalist.Entity{{ID: "e1", Type: annalist.Misc, Name: "Bloody January",
		Mentions: []annalist.Span{{Start: 6, End: 20, Text: "Bloody January"}}}}}
	Extractor{}.Extract(text.Analyze(body, "2023-01-05"), r)
	if len(r.Times) != 1 || r.Times[0].Value != "2022-03-05" {
		t.Errorf("times %+v", r.Times)
	}
}
