package clean

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

const (
	russian    = "Полиция задержала десятки участников акции протеста в центре Москвы, сообщили правозащитники. По их словам, задержания продолжались до позднего вечера."
	french     = "Le gouvernement a annoncé jeudi que la réforme des retraites serait votée à l’Assemblée après un débat très tendu. « C’est un échec », a déclaré le député."
	german     = "Die Polizei hat am Sonntag in München mehrere Demonstranten festgenommen, teilte ein Sprecher mit. Die Proteste gegen die Regierung dauern seit Wochen an."
	polish     = "Policja zatrzymała w niedzielę kilkunastu demonstrantów w centrum Warszawy, poinformował rzecznik. Protesty przeciwko rządowi trwają od kilku tygodni."
	spanish    = "La policía detuvo el domingo a varios manifestantes en el centro de Madrid, según informó un portavoz. Las protestas contra el Gobierno continúan desde hace semanas."
	portuguese = "A polícia prendeu no domingo vários manifestantes no centro de Lisboa, informou um porta-voz. Os protestos contra o governo continuam há semanas e a participação não pára de crescer."
	czech      = "Policie v neděli zadržela několik demonstrantů v centru Prahy, řekl mluvčí. Protesty proti vládě pokračují už několik týdnů a účast stále roste."
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		hint string
		want string
	}{
		{"utf-8", []byte(french), "", french},
		{"utf-8 with BOM", append([]byte("\xef\xbb\xbf"), russian...), "", russian},
		{"utf-16le BOM", encode(t, xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM), russian), "", russian},
		{"utf-16be BOM", encode(t, xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM), french), "", french},
		{"utf-16le no BOM", encode(t, xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), german), "", german},
		{"windows-1251", encode(t, charmap.Windows1251, russian), "", russian},
		{"koi8-r", encode(t, charmap.KOI8R, russian), "", russian},
		{"iso-8859-5", encode(t, charmap.ISO8859_5, russian), "", russian},
		{"windows-1252", encode(t, charmap.Windows1252, french), "", french},
		{"iso-8859-1 german", encode(t, charmap.ISO8859_1, german), "", german},
		{"windows-1250 czech", encode(t, charmap.Windows1250, czech), "", czech},
		{"windows-1250 polish", encode(t, charmap.Windows1250, polish), "", polish},
		{"iso-8859-2 polish", encode(t, charmap.ISO8859_2, polish), "", polish},
		{"windows-1252 spanish", encode(t, charmap.Windows1252, spanish), "", spanish},
		{"windows-1252 portuguese", encode(t, charmap.Windows1252, portuguese), "", portuguese},
		{"hinted windows-1250", encode(t, charmap.Windows1250, czech), "windows-1250", czech},
		{"hinted koi8-r", encode(t, charmap.KOI8R, russian), "text/plain; charset=KOI8-R", russian},
		{"hinted cp1251", encode(t, charmap.Windows1251, "Да."), "windows-1251", "Да."},
	}
	for _, tt := range tests {
		got, err := Decode(tt.in, tt.hint)
		if err != nil || got != tt.want {
			t.Errorf("%s: got %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
}

func TestDecodeRefusesBinary(t *testing.T) {
	for _, in := range [][]byte{
		{0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'},
		[]byte("\x01\x02\x03\x04\x05\x06\x07\x08 abc"),
		[]byte("text\x00with a NUL"),
	} {
		if _, err := Decode(in, ""); !errors.Is(err, ErrBinary) {
			t.Errorf("%q: err %v, want ErrBinary", in, err)
		}
	}
}

func TestDecodeHTML(t *testing.T) {
	page := "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body><p>" + russian + "</p></body></html>"
	got, err := DecodeHTML(encode(t, charmap.Windows1251, page), "")
	if err != nil || !strings.Contains(got, russian) {
		t.Errorf("meta charset: %v %q", err, got)
	}
	// Undeclared legacy page: detected.
	got, err = DecodeHTML(encode(t, charmap.KOI8R, "<p>"+russian+"</p>"), "")
	if err != nil || !strings.Contains(got, russian) {
		t.Errorf("undeclared koi8-r: %v %q", err, got)
	}
	// A header charset wins.
	got, err = DecodeHTML(encode(t, charmap.ISO8859_5, "<p>"+russian+"</p>"), "text/html; charset=iso-8859-5")
	if err != nil || !strings.Contains(got, russian) {
		t.Errorf("header charset: %v %q", err, got)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(french), "")
	f.Add([]byte{0xff, 0xfe, 'a', 0}, "")
	f.Add([]byte{0xcf, 0xee, 0xeb}, "windows-1251")
	f.Fuzz(func(t *testing.T, b []byte, hint string) {
		s, err := Decode(b, hint)
		if err == nil && strings.ContainsRune(s, 0) {
			t.Fatalf("NUL in decoded text of %q", b)
		}
		if err == nil && !utf8.ValidString(s) {
			t.Fatalf("decoded %q to invalid UTF-8", b)
		}
		// UTF-8 text without a hint comes back as it was.
		if hint == "" && err == nil && utf8.Valid(b) && !bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) && s != string(b) {
			t.Fatalf("valid UTF-8 %q changed to %q", b, s)
		}
	})
}

func TestDecodeReportsDamagedUTF8(t *testing.T) {
	good := "Жители города рассказали, что вода поднялась за одну ночь. Café, naïve, résumé."
	damaged := []byte(good)
	off := strings.Index(good, "вода")
	damaged[off] = 0xFF // one byte of "в" destroyed
	for _, dec := range []func([]byte) (string, error){
		func(b []byte) (string, error) { return Decode(b, "") },
		func(b []byte) (string, error) { return DecodeHTML(b, "") },
		func(b []byte) (string, error) { return DecodeHTML(b, "text/html; charset=utf-8") },
	} {
		_, err := dec(damaged)
		var ie *InvalidUTF8Error
		if !errors.As(err, &ie) || ie.Offset != off || ie.Bad != 2 { // the bad byte and the continuation it orphaned
			t.Errorf("damaged UTF-8: err %v, want InvalidUTF8Error at offset %d", err, off)
		}
	}
	// Real Windows-1251 is still decoded.
	enc, _ := charmap.Windows1251.NewEncoder().String(good[:strings.Index(good, " Café")])
	if s, err := Decode([]byte(enc), ""); err != nil || !strings.HasPrefix(s, "Жители города") {
		t.Errorf("Windows-1251: %q %v", s, err)
	}
}
