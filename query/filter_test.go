package query

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseFilter(t *testing.T) {
	v, _ := url.ParseQuery("q=police+crackdown&country=kz&type=PROTEST&acled=Riots&theme=protest&from=2022-01&to=2022-03-15&limit=50&offset=10&region=Almaty")
	f, p, err := ParseFilter(v, 20)
	if err != nil {
		t.Fatal(err)
	}
	want := Filter{Text: "police crackdown", Country: "KZ", EventType: "PROTEST", ACLED: "Riots", Theme: "PROTEST",
		From: "2022-01", To: "2022-03-15", Region: "Almaty"}
	if f != want || p != (Page{Limit: 50, Offset: 10}) {
		t.Errorf("got %+v %+v", f, p)
	}
	for _, bad := range []string{"limit=501", "offset=-1", "to=2022-02-30", "type=protest", "country=KAZ", "nope=1",
		"q=" + strings.Repeat("a", MaxParam+1), "q=%ff", "q=a%00b", "entity=a&entity=b"} {
		v, _ := url.ParseQuery(bad)
		if _, _, err := ParseFilter(v, 20); err == nil {
			t.Errorf("%s: accepted", bad)
		}
	}
}

func TestACLEDTypeMatchesSQL(t *testing.T) {
	// The Go mapping and its SQL twin must agree; the SQL is checked
	// against a real store in the server's tests, the cases here.
	for _, c := range []struct{ plover, mode, want string }{
		{"FIGHT", "heavy", "Explosions/Remote violence"}, {"FIGHT", "firearms", "Battles"},
		{"ASSAULT", "explosives", "Explosions/Remote violence"}, {"ASSAULT", "kill", "Violence against civilians"},
		{"PROTEST", "riot", "Riots"}, {"PROTEST", "demonstrate", "Protests"}, {"CONSULT", "", "Strategic developments"},
	} {
		if got := ACLEDType(c.plover, c.mode); got != c.want {
			t.Errorf("%s/%s: %s, want %s", c.plover, c.mode, got, c.want)
		}
		if !strings.Contains(acledSQL(""), "'"+c.want+"'") {
			t.Errorf("the SQL mapping lacks %s", c.want)
		}
	}
}

// FuzzParseFilter: whatever the query string, the parser answers a filter
// within its limits or an error, and never panics.
func FuzzParseFilter(f *testing.F) {
	for _, s := range []string{"q=oil+prices&from=1987-03&to=1987-04-15", "country=kz&type=PROTEST", "limit=500&offset=10000",
		"acled=Violence+against+civilians", "q=%22a+phrase%22+OR+b*", "theme=ECON_INFLATION&region=Almaty+Region", "q=%ff%00", "limit=-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		flt, p, err := ParseFilter(v, 20)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error")
			}
			return
		}
		if p.Limit < 1 || p.Limit > MaxLimit || p.Offset < 0 || p.Offset > MaxOffset {
			t.Fatalf("page %+v out of range", p)
		}
		for _, s := range []string{flt.Text, flt.Entity, flt.EventType, flt.ACLED, flt.Country, flt.Theme, flt.Region, flt.From, flt.To} {
			if len(s) > MaxParam || !utf8.ValidString(s) || strings.ContainsRune(s, 0) {
				t.Fatalf("field %q passed the checks", s)
			}
		}
		clause, args := flt.where()
		if strings.Count(clause, "?") != len(args) {
			t.Fatalf("%d placeholders, %d arguments", strings.Count(clause, "?"), len(args))
		}
	})
}
