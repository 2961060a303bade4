package names

import (
	"strconv"
	"testing"

	"github.com/annalist/annalist"
	"github.com/annalist/annalist/text"
)

func TestStageNumbersOnce(t *testing.T) {
	s, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	const body = "ALMATY (Reuters) - President Kassym-Jomart Tokayev said on Thursday that protesters in Almaty and Zhanaozen had been detained. Tokayev spoke after Audrey Peters of Halyk Bank met officials in Taldykorgan, Kazakhstan."
	d := text.Analyze(body, "2023-01-05")
	r := &annalist.Record{Text: body, Entities: []annalist.Entity{{ID: "e1", Type: annalist.Misc, Name: "earlier"}}}
	s.Extract(d, r)
	if len(r.Entities) < 5 {
		t.Fatalf("only %d entities: %+v", len(r.Entities), r.Entities)
	}
	byName := map[string]annalist.Entity{}
	for i, e := range r.Entities {
		if want := "e" + strconv.Itoa(i+1); e.ID != want {
			t.Errorf("entity %d (%s) has id %s, want %s", i, e.Name, e.ID, want)
		}
		byName[e.Name] = e
	}
	for name, typ := range map[string]string{
		"Kassym-Jomart Tokayev": annalist.Person, "Almaty": annalist.Location,
		"Halyk Bank": annalist.Organization, "Taldykorgan": annalist.Location,
	} {
		e, ok := byName[name]
		if !ok || e.Type != typ {
			t.Errorf("%s: %+v, want a %s", name, e, typ)
		}
	}
	if e := byName["Taldykorgan"]; e.Geo == nil || e.Geo.Country != "KZ" {
		t.Errorf("Taldykorgan not geocoded in Kazakhstan: %+v", e.Geo)
	}
}
