package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/internal/cputime"
)

// longTemplates are news-like sentences with slots for names, places,
// dates, counts and quotes, so that every mention in a long article differs
// from the ones before it and the extractors cannot lean on repeats.
var longTemplates = []string{
	"On %[4]d %[5]s 2022, police in %[2]s arrested %[3]d protesters after a rally against the government, officials said.",
	"%[1]s, the mayor of %[2]s, said on Monday that %[3]d people had been injured in clashes near the central square.",
	"\u201cWe will not leave until our demands are met,\u201d said %[1]s, who has organised marches in %[2]s since %[5]s.",
	"Security forces fired tear gas at about %[3]d demonstrators in %[2]s on %[4]d %[5]s, according to witnesses.",
	"The Interior Ministry said %[3]d soldiers were deployed to %[2]s, where an explosion killed %[6]d people last week.",
	"%[1]s met the president in %[2]s on Tuesday and called for the release of %[3]d detained journalists.",
	"Thousands of workers went on strike in %[2]s on %[4]d %[5]s, demanding higher wages, the union leader %[1]s said.",
	"Rebels attacked a checkpoint outside %[2]s overnight, killing %[6]d police officers and wounding %[3]d others.",
	"Three years ago, %[1]s fled %[2]s after the court sentenced him to %[6]d years in prison for organising protests.",
	"Protesters gathered in %[2]s, a city of %[3]d residents, and marched to the parliament building on %[4]d %[5]s.",
	"The United Nations urged the authorities in %[2]s to investigate the deaths of %[6]d civilians on %[4]d %[5]s.",
}

var (
	longNames  = []string{"Anna Petrova", "John Smith", "Aliya Nurlanova", "Marco Rossi", "Fatima Hassan", "Kenji Sato", "Maria Lopez", "Oleg Ivanov", "Amina Diallo", "Peter Brown", "Laura Schmidt", "Yusuf Demir"}
	longPlaces = []string{"Almaty", "Paris", "Nairobi", "Lagos", "Kyiv", "Istanbul", "Bogota", "Manila", "Cairo", "Karachi", "Lima", "Berlin", "Jakarta", "Dhaka"}
	longMonths = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// longArticle builds an article body of about size bytes, in paragraphs of
// five sentences.
func longArticle(size int) string {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		s := fmt.Sprintf(longTemplates[i%len(longTemplates)],
			longNames[(i/3)%len(longNames)],
			longPlaces[(i*7)%len(longPlaces)],
			10+(i*37)%4900,
			1+(i*11)%28,
			longMonths[(i*5)%len(longMonths)],
			2+(i*13)%60,
		)
		b.WriteString(s)
		if i%5 == 4 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func processLong(tb testing.TB, body string) time.Duration {
	tb.Helper()
	a := &annalist.Article{ID: "long", Published: "2023-01-05", Language: "en", Text: body}
	start := cputime.Process()
	if _, err := Default().Process(a); err != nil {
		tb.Fatalf("processing a %d-byte article: %v", len(body), err)
	}
	return cputime.Process() - start
}

func BenchmarkLongArticle(b *testing.B) {
	body := longArticle(1 << 20)
	Default()
	b.SetBytes(int64(len(body)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		processLong(b, body)
	}
}

// TestLongArticleScalesLinearly checks that eight times the text takes far
// less than 64 times (quadratic) as long. A ratio of processor times, not
// a duration, so that it holds on a slow or busy machine.
func TestLongArticleScalesLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("times long articles")
	}
	small, big := longArticle(100<<10), longArticle(800<<10)
	processLong(t, small) // load the models and warm the caches
	// The best of three runs each, so that a busy moment on a shared
	// machine does not decide the ratio.
	ts, tb := processLong(t, small), processLong(t, big)
	for range 2 {
		ts, tb = min(ts, processLong(t, small)), min(tb, processLong(t, big))
	}
	ratio := float64(tb) / float64(ts)
	t.Logf("%d bytes: %v; %d bytes: %v; ratio %.1f", len(small), ts, len(big), tb, ratio)
	if ratio > 30 {
		t.Errorf("8x the text took %.1fx the time (%v vs %v): super-linear", ratio, tb, ts)
	}
}
