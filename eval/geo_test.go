package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annalist/annalist/gazetteer"
)

const geoVirusSample = `<articles>
    <article>
        <source>https://en.wikinews.org/wiki/Sample</source>
        <text>Cases in Pandi, Bulacan &amp; Manila rose.</text>
        <locations>
            <location><name>Pandi</name><start>10</start><end>15</end><lat>14.87</lat><lon>120.95</lon>
                <page>https://en.wikipedia.org/wiki/Pandi,_Bulacan</page></location>
            <location><name>Manila</name><start>27</start><end>33</end><lat>14.6</lat><lon>120.98</lon>
                <page>https://en.wikipedia.org/wiki/Manila</page></location>
        </locations>
    </article>
</articles>`

const trNewsSample = `<?xml version="1.0" encoding="utf-8"?>
<articles>
    <article docid="1">
        <title>T</title><url>u</url><domain>d</domain><dltime>2016-12-19</dltime>
        <text><![CDATA[Über Turkish police in Ankara, and in Kurdish areas.]]></text>
        <toponyms>
            <toponym><phrase>Turkish</phrase><start>5</start><end>12</end>
                <gaztag geonameid="298795"><name>Turkey</name><fclass>A</fclass><fcode>PCLI</fcode>
                <lat>39</lat><lon>35</lon><country geonameid="298795">Turkey</country></gaztag></toponym>
            <toponym><phrase>Ankara</phrase><start>23</start><end>29</end>
                <gaztag geonameid="323786"><name>Ankara</name><fclass>P</fclass><fcode>PPLC</fcode>
                <lat>39.91987</lat><lon>32.85427</lon><country geonameid="298795">Turkey</country>
                <admin1 geonameid="323784">Ankara</admin1></gaztag></toponym>
            <toponym><phrase>Kurdish</phrase><start>38</start><end>45</end></toponym>
        </toponyms>
    </article>
</articles>`

func TestReadGeoCorpus(t *testing.T) {
	arts, err := ReadGeoCorpus(strings.NewReader(geoVirusSample))
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	for _, tp := range a.Toponyms {
		if got := a.Text[tp.Start:tp.End]; got != tp.Name {
			t.Errorf("GeoVirus %s: span gives %q", tp.Name, got)
		}
	}
	arts, err = ReadGeoCorpus(strings.NewReader(trNewsSample))
	if err != nil {
		t.Fatal(err)
	}
	a = arts[0]
	if a.ID != "1" || a.Published != "2016-12-19" || len(a.Toponyms) != 3 {
		t.Fatalf("TR-News article: %+v", a)
	}
	for _, tp := range a.Toponyms {
		if got := a.Text[tp.Start:tp.End]; got != tp.Name {
			t.Errorf("TR-News %s: span gives %q (character offsets after a two-byte Ü)", tp.Name, got)
		}
	}
	if tp := a.Toponyms[2]; tp.HasPoint {
		t.Errorf("Kurdish has no gaztag, got a point: %+v", tp)
	}
	if tp := a.Toponyms[0]; tp.Feature != "PCLI" || tp.Country != "Turkey" || tp.GeonamesID != 298795 {
		t.Errorf("Turkish: %+v", tp)
	}
}

func TestReadGeoCorpusErrors(t *testing.T) {
	for _, in := range []string{"<articles><article>", "<articles><article><text>x</text><locations><location><name>x</name><start>-5</start><end>2</end></location></locations></article></articles>"} {
		if _, err := ReadGeoCorpus(strings.NewReader(in)); err == nil {
			t.Errorf("ReadGeoCorpus(%q): no error", in)
		}
	}
}

func TestScoreGeo(t *testing.T) {
	g := gazetteer.Default()
	arts, err := ReadGeoCorpus(strings.NewReader(trNewsSample))
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	at := func(s string) int { return strings.Index(a.Text, s) }
	var s GeoScore
	s.Add(g, a, []GeoPrediction{
		{Start: at("Turkish"), End: at("Turkish") + 7, Kind: "demonym", Country: "TR", Lat: 39, Lon: 35},
		// Ankara drifted by two bytes, resolved 100 km away: right.
		{Start: at("Ankara") + 2, End: at("Ankara") + 8, Kind: "city", Country: "TR", Lat: 39.0, Lon: 32.85},
		{Start: at("Kurdish"), End: at("Kurdish") + 7, Kind: "demonym", Country: "IQ"},
		{Start: at("police"), End: at("police") + 6, Kind: "city", Country: "US"},
	})
	if s.Gold != 2 || s.Found != 2 || s.Correct != 2 || s.Predictions != 4 || s.MatchedPred != 3 || s.Unpointed != 1 {
		t.Errorf("score %+v", s)
	}
	if s.Recall() != 1 || s.Accuracy() != 1 || s.Precision() != 0.75 {
		t.Errorf("recall %v accuracy %v precision %v", s.Recall(), s.Accuracy(), s.Precision())
	}
	var w GeoScore
	w.Add(g, a, []GeoPrediction{{Start: at("Ankara"), End: at("Ankara") + 6, Kind: "city", Country: "TR", Lat: 41, Lon: 29}})
	if w.Found != 1 || w.Correct != 0 || w.EndToEnd() != 0 {
		t.Errorf("Ankara resolved to Istanbul: %+v", w)
	}
}

// TestGeoCorpora reads the real gold sets when they are there.
func TestGeoCorpora(t *testing.T) {
	for _, name := range []string{"GeoVirus.xml", "TR-News.xml"} {
		var path string
		for _, up := range []string{"../..", "../../.."} {
			if p := filepath.Join(up, "shared/eval/geo", name); fileExists(p) {
				path = p
			}
		}
		if path == "" {
			t.Skipf("%s not found", name)
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		arts, err := ReadGeoCorpus(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		n, near := 0, 0
		for _, a := range arts {
			for _, tp := range a.Toponyms {
				n++
				lo, hi := max(0, tp.Start-slack), min(len(a.Text), tp.End+slack)
				if strings.Contains(strings.ToLower(a.Text[lo:hi]), strings.ToLower(tp.Name)) {
					near++
				}
			}
		}
		t.Logf("%s: %d articles, %d toponyms, %d with the name within %d bytes", name, len(arts), n, near, slack)
		if near < n*99/100 {
			t.Errorf("%s: only %d of %d toponyms found near their offsets", name, near, n)
		}
	}
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func FuzzReadGeoCorpus(f *testing.F) {
	f.Add(geoVirusSample)
	f.Add(trNewsSample)
	f.Add("<articles><article><text>é</text><toponyms><toponym><start>0</start><end>9</end></toponym></toponyms></article></articles>")
	f.Fuzz(func(t *testing.T, in string) {
		arts, err := ReadGeoCorpus(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, a := range arts {
			for _, tp := range a.Toponyms {
				if tp.Start < 0 || tp.End < tp.Start || tp.End > len(a.Text) {
					t.Fatalf("span %d-%d outside text of %d bytes", tp.Start, tp.End, len(a.Text))
				}
			}
		}
	})
}

func TestReadReutersPlaces(t *testing.T) {
	in := `<REUTERS TOPICS="YES" NEWID="7"><DATE>x</DATE><PLACES><D>usa</D><D>west-germany</D></PLACES>
<TEXT>&#2;<TITLE>U.S. &amp; BONN TALK</TITLE><DATELINE>    WASHINGTON, March 3 - </DATELINE><BODY>Officials met.
&#3;</BODY></TEXT></REUTERS><REUTERS NEWID="8"><TEXT><TITLE>NO BODY</TITLE></TEXT></REUTERS>`
	st, err := ReadReutersPlaces(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(st) != 1 || st[0].ID != "7" || st[0].Text != "U.S. & BONN TALK\nWASHINGTON, March 3 -\nOfficials met." ||
		strings.Join(st[0].Places, ",") != "usa,west-germany" {
		t.Fatalf("stories %+v", st)
	}
	g := gazetteer.Default()
	for code, want := range map[string]string{"usa": "US", "west-germany": "DE", "el-salvador": "SV", "japan": "JP", "ec": ""} {
		if got := ReutersCountry(g, code); got != want {
			t.Errorf("ReutersCountry(%s) = %q, want %q", code, got, want)
		}
	}
}
