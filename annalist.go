// Package annalist holds the domain types of the extraction contract
// (../shared/CONTRACT.md): an Article goes in, a Record comes out, and every
// fact in the Record points back to UTF-8 byte offsets in Record.Text.
//
// The packages below the root do the work: ingest reads articles, clean
// extracts the body, text splits it, the extractors (ner, geo, timex,
// extract) annotate it, store keeps the records and query searches them.
package annalist

// Article is one news article as read, before any analysis.
type Article struct {
	ID        string // given id; empty to derive one (see ID)
	URL       string
	Title     string
	Published string // YYYY-MM-DD, or empty when unknown
	Language  string // ISO 639-1 when given
	Text      string // body text, when the input has plain text
	HTML      string // the page, when the input is a web page: the pipeline extracts its text

	// FallbackDate is the publication date to use when neither the input
	// nor, for a web page, the page itself gives one: a crawl date, or
	// --date.
	FallbackDate string `json:"-"`
	// FallbackSource names where FallbackDate came from ("feed",
	// "warc", "flag") for Record.Sources.
	FallbackSource string `json:"-"`

	// Source names where the article came from ("file.jsonl:12") for
	// error messages; it is not part of the record.
	Source string `json:"-"`
}

// Record is the analysed article: the output of `annalist extract`.
type Record struct {
	ID        string    `json:"id"`
	URL       string    `json:"url,omitempty"`
	Title     string    `json:"title,omitempty"`
	Published string    `json:"published,omitempty"`
	Language  string    `json:"language,omitempty"`
	Text      string    `json:"text"`
	Dropped   []Dropped `json:"dropped,omitempty"`
	Headings  []Span    `json:"headings,omitempty"`
	Entities  []Entity  `json:"entities,omitempty"`
	Times     []Time    `json:"times,omitempty"`
	Counts    []Count   `json:"counts,omitempty"`
	Quotes    []Quote   `json:"quotes,omitempty"`
	Events    []Event   `json:"events,omitempty"`
	Themes    []string  `json:"themes,omitempty"`
	Tone      *Tone     `json:"tone,omitempty"`
	Focus     *Focus    `json:"focus,omitempty"`

	// Analysed is false when the article was kept but not analysed (a
	// language the models do not cover); nil means analysed (CONTRACT.md).
	Analysed *bool `json:"analysed,omitempty"`
	// Web metadata (optional fields, docs/FETCH.md): the byline, where
	// title, author, published and url each came from ("json-ld",
	// "og:title", "meta:author", "link:canonical", "time", "url", "feed",
	// ...), when the page was fetched (RFC 3339), and which version of the
	// page at this URL the record is (2, 3, ... when it changed; omitted
	// for the first).
	Author  string            `json:"author,omitempty"`
	Sources map[string]string `json:"sources,omitempty"`
	Fetched string            `json:"fetched,omitempty"`
	Version int               `json:"version,omitempty"`
}

// Span is a stretch of Record.Text: byte offsets, end exclusive.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text,omitempty"`
}

// Dropped is a paragraph the cleaner removed from the body, and why.
type Dropped struct {
	Text   string `json:"text"`
	Reason string `json:"reason"` // promo, boilerplate, ...
}

// Entity types, as in CoNLL-2003.
const (
	Person       = "PERSON"
	Organization = "ORGANIZATION"
	Location     = "LOCATION"
	Misc         = "MISC"
)

// Entity is one real-world referent with every mention of it.
type Entity struct {
	ID       string `json:"id"`
	Type     string `json:"type"`
	Name     string `json:"name"` // the fullest form
	Mentions []Span `json:"mentions"`
	Role     string `json:"role,omitempty"` // "president", from titles
	Geo      *Geo   `json:"geo,omitempty"`
}

// Geo kinds.
const (
	GeoCountry   = "country"
	GeoAdmin1    = "admin1"
	GeoAdmin2    = "admin2"
	GeoCity      = "city"
	GeoRegion    = "region"
	GeoContinent = "continent"
	GeoDemonym   = "demonym"
	GeoOther     = "other"
)

// Geo is where a place entity resolved to.
type Geo struct {
	Kind       string  `json:"kind"`
	Country    string  `json:"country,omitempty"` // ISO 3166-1 alpha-2
	Admin1     string  `json:"admin1,omitempty"`
	Lat        float64 `json:"lat"`
	Lon        float64 `json:"lon"`
	GeonamesID int     `json:"geonames_id,omitempty"`
}

// Focus is what the article is mostly about.
type Focus struct {
	Country string `json:"country,omitempty"`
}

// Time types, as in TimeML TIMEX3.
const (
	Date      = "DATE"
	TimeOfDay = "TIME"
	Duration  = "DURATION"
	Set       = "SET"
)

// Time is a time expression with its TIMEX3 value.
type Time struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value,omitempty"`
	Mod   string `json:"mod,omitempty"`
}

// Count is a number of people (or things) affected: "at least 238 people dead".
type Count struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Kind      string `json:"kind"`
	Number    int    `json:"number"`
	Qualifier string `json:"qualifier,omitempty"`
}

// Quote is a quoted passage with its speaker, when one is named.
type Quote struct {
	Start         int    `json:"start"`
	End           int    `json:"end"`
	Text          string `json:"text"`
	Speaker       string `json:"speaker,omitempty"`
	SpeakerEntity string `json:"speaker_entity,omitempty"`
	Cue           string `json:"cue,omitempty"`
}

// Event is who did what to whom, where and when.
type Event struct {
	Type       string `json:"type"` // a PLOVER category
	Mode       string `json:"mode,omitempty"`
	Modality   string `json:"modality,omitempty"` // "", negated, hypothetical, future
	Trigger    Span   `json:"trigger"`
	Actor      *Arg   `json:"actor,omitempty"`
	Target     *Arg   `json:"target,omitempty"`
	Date       string `json:"date,omitempty"`
	Place      *Place `json:"place,omitempty"`
	Fatalities int    `json:"fatalities,omitempty"`
	Injuries   int    `json:"injuries,omitempty"`
	Arrests    int    `json:"arrests,omitempty"`
	Size       int    `json:"size,omitempty"` // crowd size
	Sentence   Span   `json:"sentence"`
	Sentences  []Span `json:"sentences,omitempty"` // every sentence that mentions it
}

// Arg is an event participant: a phrase, and its entity when there is one.
type Arg struct {
	Text   string `json:"text"`
	Entity string `json:"entity,omitempty"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// Place is where an event happened.
type Place struct {
	Entity  string  `json:"entity,omitempty"`
	Name    string  `json:"name"`
	Country string  `json:"country,omitempty"`
	Admin1  string  `json:"admin1,omitempty"`
	Lat     float64 `json:"lat,omitempty"`
	Lon     float64 `json:"lon,omitempty"`
}

// Tone is GDELT's tone: percentages of the article's words.
type Tone struct {
	Tone     float64 `json:"tone"`
	Positive float64 `json:"positive"`
	Negative float64 `json:"negative"`
	Polarity float64 `json:"polarity"`
	Words    int     `json:"words"`
}
