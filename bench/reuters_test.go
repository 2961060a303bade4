package bench

import (
	"crypto/sha256"
	"errors"
	"os"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/annalist/annalist/internal/shared"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/extract"
)

const sample = `<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="1">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TOPICS><D>cocoa</D></TOPICS>
<UNKNOWN> 
&#5;&#5;&#5;C T
&#22;&#22;&#1;f0704&#31;reute</UNKNOWN>
<TEXT>&#2;
<TITLE>BAHIA COCOA &lt;REVIEW&gt;</TITLE>
<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued &amp; cocoa
rose.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="2">
<DATE> 2-MAR-1987 08:22:29.67</DATE>
<TEXT TYPE="BRIEF">&#2;
<TITLE>NO BODY HERE</TITLE>
&#3;</TEXT>
</REUTERS>
<REUTERS NEWID="3">
<DATE>garbage</DATE>
<TEXT><BODY>Unclosed body runs to the end of the text.
</TEXT>
</REUTERS>
<REUTERS NEWID="4"><TEXT><BODYX>not a body</BODYX><BODY>Missing close of the block.
<REUTERS NEWID="5"><BODY>Last one, cut off`

func TestReadReuters(t *testing.T) {
	var got []annalist.Article
	err := ReadReuters(strings.NewReader(sample), "x.sgm", func(a *annalist.Article) error {
		got = append(got, *a)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []annalist.Article{
		{ID: "reuters-1", Title: "BAHIA COCOA <REVIEW>", Published: "1987-02-26", Language: "en",
			Text: "Showers continued & cocoa\nrose.\n Reuter", Source: "x.sgm:1"},
		{ID: "reuters-3", Language: "en", Text: "Unclosed body runs to the end of the text.", Source: "x.sgm:3"},
		{ID: "reuters-4", Language: "en", Text: "Missing close of the block.", Source: "x.sgm:4"},
		{ID: "reuters-5", Language: "en", Text: "Last one, cut off", Source: "x.sgm:5"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%+v\nwant\n%+v", got, want)
	}
}

func TestReadReutersStops(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := ReadReuters(strings.NewReader(sample), "x.sgm", func(*annalist.Article) error { n++; return stop })
	if err != stop || n != 1 {
		t.Errorf("got %v after %d stories, want stop after 1", err, n)
	}
}

// FuzzReadReuters checks that no input panics the reader or yields an
// article without a body.
func FuzzReadReuters(f *testing.F) {
	f.Add(sample)
	f.Add("<REUTERS<REUTERS NEWID=\"1\"><BODY></BODY></REUTERS>")
	f.Add("<BODY>x</BODY>")
	f.Fuzz(func(t *testing.T, s string) {
		ReadReuters(strings.NewReader(s), "fuzz", func(a *annalist.Article) error {
			if strings.TrimSpace(a.Text) == "" {
				t.Errorf("article %q with an empty body", a.ID)
			}
			return nil
		})
	})
}

// corpus is the Reuters folder ($ANNALIST_REUTERS, else the shared one),
// or skips the test.
func corpus(tb testing.TB) string {
	if dir := os.Getenv("ANNALIST_REUTERS"); dir != "" {
		return dir
	}
	return shared.Require(tb, "corpus/reuters21578")
}

// The corpus has 21,578 stories, of which 19,043 have a body; 262 bodies
// repeat another one exactly.
func TestReutersCorpus(t *testing.T) {
	dir := corpus(t)
	n, dated := 0, 0
	seen := map[[32]byte]bool{}
	ids := map[string]bool{}
	err := WalkReuters(dir, func(a *annalist.Article, err error) error {
		if err != nil {
			return err
		}
		n++
		if a.Published != "" {
			dated++
		}
		seen[sha256.Sum256([]byte(a.Text))] = true
		if ids[a.ID] || a.ID == "" {
			t.Errorf("id %q empty or repeated", a.ID)
		}
		ids[a.ID] = true
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != 19043 || n-len(seen) != 262 {
		t.Errorf("%d stories with a body, %d duplicate bodies; want 19043 and 262", n, n-len(seen))
	}
	if dated != n {
		t.Errorf("%d of %d stories dated", dated, n)
	}
}

// TestReutersExtracts runs the default pipeline over every story with a body:
// wire copy nobody tuned the extractors on must give no extractor error (a
// panic in one extractor is caught and reported as the story's error, which
// would otherwise go unseen until someone ingests the story). Skipped with
// -short.
func TestReutersExtracts(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline over the Reuters corpus")
	}
	dir := corpus(t)
	p := extract.Default()
	failed := 0
	err := p.Run(runtime.GOMAXPROCS(0), func(submit func(*annalist.Article, error) error) error {
		return WalkReuters(dir, submit)
	}, func(r extract.Result) error {
		if r.Err != nil {
			failed++
			if failed <= 10 {
				t.Error(r.Err)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if failed > 0 {
		t.Errorf("%d stories failed", failed)
	}
}
