package phoenix

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "actors.txt")
	dict := "# header\n+ORPHAN_\n\n" +
		"ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_ [YEMREB] #  kkl 21 Mar 13\n" +
		"+ADEN_ISLAMIC_ARMY_\n" +
		"MOHAMMAD_ZAHIR_SHAH_  # CountryInfo.txt\n" +
		"+ZAHIR_SHAH_ \n" +
		"\t[AFGELI >730717]\n" +
		"\t[AFGGOV 330101-730717] [USRKAZ <911216]\n" +
		"\tJOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]# IGOrulers.txt\n"
	if err := os.WriteFile(path, []byte(dict), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{
		{Name: "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_", Synonyms: []string{"ADEN_ISLAMIC_ARMY_"},
			Codes: []Code{{Code: "YEMREB"}}, Comment: "  kkl 21 Mar 13"},
		{Name: "MOHAMMAD_ZAHIR_SHAH_", Synonyms: []string{"ZAHIR_SHAH_"}, Comment: " CountryInfo.txt",
			Below: []Code{{"AFGELI", "1973-07-17", ""}, {"AFGGOV", "1933-01-01", "1973-07-17"}, {"USRKAZ", "", "1991-12-16"}}},
		{Name: "JOHN_MCCLOY_", Codes: []Code{{"IGOUNODEVWBK", "1947-03-01", "1949-06-30"}},
			Comment: " IGOrulers.txt", Indented: true},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Read:\n got %+v\nwant %+v", got, want)
	}
}

func TestParseCode(t *testing.T) {
	for in, want := range map[string]Code{
		"":                     {},
		"~COP":                 {Code: "~COP"},
		"KAZ >911221":          {Code: "KAZ", From: "1991-12-21"},
		"KAZGOV 030613-941012": {Code: "KAZGOV", From: "2003-06-13", To: "1994-10-12"},
	} {
		if got := ParseCode(in); got != want {
			t.Errorf("ParseCode(%q) = %+v, want %+v", in, got, want)
		}
	}
}
