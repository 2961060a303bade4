package clean

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	xunicode "golang.org/x/text/encoding/unicode"
)

// ErrBinary is returned for input that is not text.
var ErrBinary = errors.New("binary data, not text")

// Decode turns raw bytes into UTF-8 text. Valid UTF-8 passes (without its
// byte order mark); UTF-16 is decoded when it has a byte order mark or the
// tell-tale zero bytes of mostly-ASCII text; hint, when it names a charset
// ("windows-1251", or a Content-Type such as "text/plain; charset=koi8-r"),
// is trusted; otherwise the legacy single-byte encodings of European and
// Cyrillic news (Windows-1252, -1250, -1251, KOI8-R, ISO-8859-2, -5) are
// tried and the decoding that reads most like words of one language wins.
// Binary data (NUL bytes, mostly control characters) is refused with an
// error wrapping ErrBinary.
func Decode(b []byte, hint string) (string, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeWith(xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM), b, "UTF-16")
	}
	if enc, name := hintEncoding(hint); enc != nil {
		if name == "utf-8" {
			if utf8.Valid(b) {
				return checkText(string(b))
			}
		} else {
			return decodeWith(enc, b, name)
		}
	}
	if utf8.Valid(b) {
		return checkText(string(b))
	}
	if e := utf16Guess(b); e != nil {
		if s, err := decodeWith(e, b, "UTF-16"); err == nil {
			return s, nil
		}
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return "", fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
	}
	if err := damagedUTF8(b); err != nil {
		return "", err
	}
	return guessLegacy(b)
}

// InvalidUTF8Error reports bytes that are not UTF-8 in input that is
// otherwise UTF-8: damage to be named, not a legacy encoding to guess
// (re-read as Windows-1251, every other character would be wrong).
type InvalidUTF8Error struct {
	Offset int // of the first bad byte
	Bad    int // bad bytes in all
	Valid  int // well-formed multi-byte characters around them
}

func (e *InvalidUTF8Error) Error() string {
	return fmt.Sprintf("invalid UTF-8 at byte offset %d (%d bad bytes among %d well-formed non-ASCII characters); not re-read in another encoding: fix or re-encode the input",
		e.Offset, e.Bad, e.Valid)
}

// damagedUTF8 tells UTF-8 with a few bad bytes from a legacy encoding: in
// Windows-1251 or -1252 text, well-formed UTF-8 sequences are rare
// accidents, and almost every non-ASCII byte is invalid; in damaged UTF-8,
// the well-formed characters outnumber the bad bytes.
func damagedUTF8(b []byte) error {
	first, bad, valid := -1, 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			if first < 0 {
				first = i
			}
			bad++
		} else {
			valid++
		}
		i += n
	}
	if bad == 0 || valid < 2 || valid < 2*bad {
		return nil
	}
	return &InvalidUTF8Error{Offset: first, Bad: bad, Valid: valid}
}

// DecodeHTML decodes a web page: a byte order mark or a charset in
// contentType or the page's own <meta> wins; undeclared pages go through
// Decode's detection.
func DecodeHTML(b []byte, contentType string) (string, error) {
	if utf8.Valid(b) {
		return Decode(b, "utf-8")
	}
	_, name, certain := charset.DetermineEncoding(b, contentType)
	head := b
	if len(head) > 1024 {
		head = head[:1024]
	}
	// windows-1252 is also the package's answer when nothing is declared:
	// trust it only when the page or its headers name a charset.
	if name != "" && (name != "windows-1252" || certain || bytes.Contains(bytes.ToLower(head), []byte("charset"))) {
		return Decode(b, name)
	}
	return Decode(b, "")
}

// hintEncoding reads a charset name or a Content-Type with a charset.
func hintEncoding(hint string) (encoding.Encoding, string) {
	hint = strings.TrimSpace(strings.ToLower(hint))
	if i := strings.Index(hint, "charset="); i >= 0 {
		hint = strings.Trim(strings.Fields(strings.ReplaceAll(hint[i+len("charset="):], ";", " ") + " ")[0], `"'`)
	}
	if hint == "" {
		return nil, ""
	}
	e, err := htmlindex.Get(hint)
	if err != nil {
		return nil, ""
	}
	name, _ := htmlindex.Name(e)
	return e, name
}

func decodeWith(e encoding.Encoding, b []byte, name string) (string, error) {
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return "", fmt.Errorf("decode %s: %w", name, err)
	}
	out = bytes.TrimPrefix(out, []byte("\uFEFF"))
	return checkText(string(out))
}

// utf16Guess spots UTF-16 without a byte order mark: mostly-ASCII text has a
// zero in every other byte.
func utf16Guess(b []byte) encoding.Encoding {
	if len(b) < 4 || len(b)%2 != 0 {
		return nil
	}
	n := len(b)
	if n > 4096 {
		n = 4096
	}
	var even, odd int
	for i := 0; i+1 < n; i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*10 >= pairs*4 && even*10 < pairs:
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM)
	case even*10 >= pairs*4 && odd*10 < pairs:
		return xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM)
	}
	return nil
}

// checkText refuses decoded text that is mostly control characters or has
// NULs: a binary file read as text.
func checkText(s string) (string, error) {
	if i := strings.IndexByte(s, 0); i >= 0 {
		return "", fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
	}
	control, total := 0, 0
	for _, r := range s {
		total++
		if unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' && r != '\f' && r != '\v' {
			control++
		}
		if total == 1<<16 {
			break
		}
	}
	if control*10 > total {
		return "", fmt.Errorf("%w: %d of the first %d characters are control characters", ErrBinary, control, total)
	}
	return s, nil
}

// legacyCandidates are tried in order; ties go to the earlier one.
var legacyCandidates = []struct {
	name string
	enc  encoding.Encoding
}{
	{"windows-1252", charmap.Windows1252},
	{"windows-1251", charmap.Windows1251},
	{"koi8-r", charmap.KOI8R},
	{"windows-1250", charmap.Windows1250},
	{"iso-8859-5", charmap.ISO8859_5},
	{"iso-8859-2", charmap.ISO8859_2},
}

// guessLegacy decodes b with each candidate and keeps the one that reads
// most like text.
func guessLegacy(b []byte) (string, error) {
	best, bestScore, bestName := "", -1<<62, ""
	for _, c := range legacyCandidates {
		out, err := c.enc.NewDecoder().Bytes(b)
		if err != nil {
			continue
		}
		s := string(out)
		if sc := textScore(s) - 4*foreignLetters(s); sc > bestScore {
			best, bestScore, bestName = s, sc, c.name
		}
	}
	if bestName == "" {
		return "", errors.New("not UTF-8 and no known encoding decodes it")
	}
	return checkText(best)
}

// commonCyrillic are the most frequent lower-case letters of Russian,
// Ukrainian and Bulgarian text; a wrong Cyrillic code page scrambles them.
const commonCyrillic = "оеаинтсрвлкмдпуяы"

// textScore rates how much s reads like natural text: letters in words of
// one script and one case pattern score, while symbols, C1 controls, words
// mixing scripts and upper case inside lower-case words (KOI8-R read as
// Windows-1251 and back) cost.
func textScore(s string) int {
	score := 0
	for _, w := range strings.Fields(s) {
		var latin, cyr, other, upperInside, nonASCIILatin, lower int
		prevLower := false
		for _, r := range w {
			switch {
			case r < 0x80:
				if unicode.IsLetter(r) {
					latin++
				}
			case r >= 0x80 && r < 0xA0, r == utf8.RuneError:
				score -= 10
			case unicode.Is(unicode.Cyrillic, r):
				cyr++
				if strings.ContainsRune(commonCyrillic, r) {
					score += 2
				}
			case unicode.Is(unicode.Latin, r):
				latin++
				nonASCIILatin++
			case unicode.IsLetter(r):
				other++
			case unicode.IsPunct(r) || unicode.IsDigit(r):
			case r < 0xC0, r >= 0x2000 && r < 0x20D0, r == '™':
				// Latin-1 signs (© ° £ «), typographic punctuation and
				// currency: ordinary in Western text.
			default:
				score -= 3 // other symbols: box drawing, math
			}
			if unicode.IsUpper(r) && prevLower {
				upperInside++
			}
			prevLower = unicode.IsLower(r)
			if prevLower {
				lower++
			}
		}
		letters := latin + cyr + other
		switch {
		case letters == 0:
		case latin > 0 && cyr > 0:
			score -= 4 * letters // one word, two scripts
		case nonASCIILatin*2 > latin && latin > 2:
			score -= 2 * letters // "Ðîññèÿ": Cyrillic read as Latin-1
		default:
			score += letters
		}
		score -= 3 * upperInside
	}
	return score
}

// latinAlphabets are the accented letters of the languages written in the
// single-byte Latin code pages. Real text draws its accented letters from
// one of them; the wrong code page scatters them over several ("mluvèí",
// Czech read as Windows-1252, mixes Italian è with Spanish í).
var latinAlphabets = []string{
	"éèêàâçôîûùëïœæÿ",   // French
	"äöüß",              // German
	"áéíóúñü",           // Spanish
	"áâãàçéêíóôõú",      // Portuguese
	"àèéìòùí",           // Italian
	"åæøäöé",            // Danish, Norwegian, Swedish
	"áðéíóúýþæö",        // Icelandic
	"äöåüõšž",           // Finnish, Estonian
	"áčďéěíňóřšťúůýž",   // Czech
	"áäčďéíĺľňóôŕšťúýž", // Slovak
	"ąćęłńóśźż",         // Polish
	"áéíóöőúüű",         // Hungarian
	"ăâîșşțţ",           // Romanian
	"čćđšž",             // Croatian, Serbian, Bosnian, Slovenian
	"çëáéíóú",           // Albanian, Catalan, Irish
}

// foreignLetters counts the accented Latin letters of s that fall outside
// the one alphabet that covers most of them.
func foreignLetters(s string) int {
	counts := map[rune]int{}
	total := 0
	for _, r := range s {
		if r >= 0xC0 && unicode.Is(unicode.Latin, r) && unicode.IsLetter(r) {
			counts[unicode.ToLower(r)]++
			total++
		}
	}
	if total == 0 {
		return 0
	}
	best := 0
	for _, alphabet := range latinAlphabets {
		covered := 0
		for r, n := range counts {
			if strings.ContainsRune(alphabet, r) {
				covered += n
			}
		}
		best = max(best, covered)
	}
	return total - best
}
