package query

import (
	"context"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/store/sqlite"
)

func TestParseFilter(t *testing.T) {
	v, _ := url.ParseQuery("q=police+crackdown&country=kz&type=PROTEST&acled=Riots&acled_sub=Mob+violence&theme=protest&from=2022-01&to=2022-03-15&limit=50&offset=10&region=Almaty")
	f, p, err := ParseFilter(v, 20)
	if err != nil {
		t.Fatal(err)
	}
	want := Filter{Text: "police crackdown", Country: "KZ", EventType: "PROTEST", ACLED: "Riots", ACLEDSub: "Mob violence", Theme: "PROTEST",
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

// TestACLEDFiltersUseTheExtractorsTypes: the acled and acled_sub filters
// and facets follow the types the records carry (events[].acled), not a
// guess from the PLOVER category: police killing protesters is an ASSAULT
// that ACLED codes as a protest met with excessive force, and an event
// ACLED codes nothing for has no ACLED facet.
func TestACLEDFiltersUseTheExtractorsTypes(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	crackdown := rec("a", "Police killed three protesters.", "2024-03-01", 3, -1.28, 36.82)
	crackdown.Events[0].ACLED = &annalist.ACLED{EventType: "Protests", SubEventType: "Excessive force against protesters"}
	crackdown.Events[1].ACLED = &annalist.ACLED{EventType: "Riots", SubEventType: "Violent demonstration"} // future: not counted
	talks := rec("b", "Ministers met in Nairobi.", "2024-03-02", 0, -1.28, 36.82)
	talks.Events = []annalist.Event{{Type: "CONSULT", Date: "2024-03-02"}}
	if _, err := st.Put(ctx, []*annalist.Record{crackdown, talks}); err != nil {
		t.Fatal(err)
	}
	d := New(st)
	for _, c := range []struct {
		f    Filter
		want int
	}{
		{Filter{ACLED: "Protests"}, 1}, {Filter{ACLEDSub: "Excessive force against protesters"}, 1},
		{Filter{ACLED: "Violence against civilians"}, 0}, {Filter{ACLED: "Strategic developments"}, 0},
		{Filter{ACLED: "Riots"}, 0}, {Filter{ACLED: "Protests", ACLEDSub: "Peaceful protest"}, 0},
	} {
		res, err := d.Search(ctx, c.f, Page{Limit: 10}, "", "")
		if err != nil || res.Total != c.want || (c.want == 1 && res.Hits[0].ID != "a") {
			t.Errorf("%+v: %+v %v, want %d (a)", c.f, res, err, c.want)
		}
	}
	res, err := d.Search(ctx, Filter{}, Page{Limit: 10}, "", "")
	if err != nil || len(res.Facets.ACLED) != 1 || res.Facets.ACLED[0] != (Bucket{"Protests", 1}) ||
		len(res.Facets.ACLEDSub) != 1 || res.Facets.ACLEDSub[0] != (Bucket{"Excessive force against protesters", 1}) {
		t.Errorf("facets %+v %v", res.Facets, err)
	}
}

func TestACLEDCodebook(t *testing.T) {
	if len(ACLEDTypes) != 6 || len(ACLEDSubTypes) != 25 || ACLEDSubTypes[0] != "Armed clash" || ACLEDSubTypes[24] != "Other" {
		t.Errorf("types %q, sub-event types %q", ACLEDTypes, ACLEDSubTypes)
	}
	for _, bad := range []string{"acled=Wars", "acled=riots", "acled_sub=Peaceful", "acled_sub=Protests"} {
		v, _ := url.ParseQuery(bad)
		if _, _, err := ParseFilter(v, 20); err == nil {
			t.Errorf("%s: accepted", bad)
		}
	}
}

// FuzzParseFilter: whatever the query string, the parser answers a filter
// within its limits or an error, and never panics.
func FuzzParseFilter(f *testing.F) {
	for _, s := range []string{"q=oil+prices&from=1987-03&to=1987-04-15", "country=kz&type=PROTEST", "limit=500&offset=10000",
		"acled=Violence+against+civilians", "acled_sub=Armed+clash", "q=%22a+phrase%22+OR+b*", "theme=ECON_INFLATION&region=Almaty+Region", "q=%ff%00", "limit=-1"} {
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
		for _, s := range []string{flt.Text, flt.Entity, flt.EventType, flt.ACLED, flt.ACLEDSub, flt.Country, flt.Theme, flt.Region, flt.From, flt.To} {
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
