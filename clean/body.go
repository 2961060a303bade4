package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annalist/annalist/internal/words"
	"github.com/annalist/annalist/text"

	"github.com/annalist/annalist"
)

// Result is a cleaned body.
type Result struct {
	// Text is the kept paragraphs, normalised, joined by blank lines.
	Text string
	// Dropped lists the removed paragraphs in order, with their reason.
	Dropped []annalist.Dropped
	// Headings are the section titles among the kept paragraphs, as byte
	// offsets into Text.
	Headings []annalist.Span
}

// Text cleans a plain-text body whose paragraphs are one per line or
// separated by blank lines (hard-wrapped text is rejoined first). It
// normalises each paragraph (see Normalize), removes the calls to action,
// share prompts, advertisement labels and boilerplate that sites insert
// between paragraphs, and marks section headings.
//
// It errs on the side of keeping: a paragraph is dropped only when its shape
// (short, written in the site's voice, made of a call to action or of labels
// only) says it is not part of the story; a paragraph that reports anything
// (a reporting verb, quoted speech, a long sentence) is always kept.
func Text(body string) Result {
	paras := Paragraphs(body)
	var res Result
	kept := make([]string, 0, len(paras))
	for i := 0; i < len(paras); i++ {
		p := paras[i]
		if isRelatedLabel(p) {
			// A "Related stories" label heads a list of links to other
			// articles: drop it and the headline-shaped lines under it,
			// but not one that a paragraph of prose follows: that is the
			// story's next section heading.
			res.Dropped = append(res.Dropped, annalist.Dropped{Text: p, Reason: ReasonRelated})
			for n := 0; n < maxRelatedLinks && i+1 < len(paras) && isLinkHeadline(paras[i+1]) &&
				!(i+2 < len(paras) && isProse(paras[i+2])); n++ {
				i++
				res.Dropped = append(res.Dropped, annalist.Dropped{Text: paras[i], Reason: ReasonRelated})
			}
			continue
		}
		if reason := classify(p); reason != "" {
			res.Dropped = append(res.Dropped, annalist.Dropped{Text: p, Reason: reason})
			continue
		}
		kept = append(kept, p)
	}

	var b strings.Builder
	for i, p := range kept {
		if i > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(p)
		if isHeading(p, kept, i) {
			res.Headings = append(res.Headings, annalist.Span{Start: start, End: b.Len(), Text: p})
		}
	}
	res.Text = b.String()
	return res
}

// Reasons a paragraph is dropped.
const (
	ReasonPromo         = "promo"         // call to action: newsletter, subscribe, follow us, click here
	ReasonShare         = "share"         // share prompts and social buttons
	ReasonAdvertisement = "advertisement" // advertisement and sponsor labels
	ReasonRelated       = "related"       // "read more" links to other articles
	ReasonBoilerplate   = "boilerplate"   // copyright, cookie notice, photo credit, bare link, separator
)

const (
	// maxDropWords bounds the paragraphs that can be dropped at all: site
	// inserts are short, and a long paragraph is the story.
	maxDropWords = 60
	// maxRelatedLinks bounds the headline list after a "Related" label.
	maxRelatedLinks = 8
)

// classify returns why paragraph p is not part of the story, or "".
func classify(p string) string {
	if n := strings.Count(p, " "); n >= maxDropWords && n < 120 && isCommentRules(p, lowerWords(p)) {
		return ReasonComments // house rules run long
	}
	if strings.Count(p, " ") >= maxDropWords {
		return "" // long: the story (checked before splitting words)
	}
	words := strings.Fields(p)
	if len(words) == 0 {
		return ""
	}
	if isSeparator(p) {
		return ReasonBoilerplate // "***", "———", "___"
	}
	if len(words) > maxDropWords {
		return ""
	}
	lw := lowerWords(p)
	switch {
	case onlyVocabulary(lw, adWords, adCue):
		return ReasonAdvertisement
	case onlyVocabulary(lw, shareWords, shareCue) && !strings.HasSuffix(p, "."):
		// A button row has no full stop; "share." is the end of a
		// hard-wrapped sentence ("... cts per share.").
		return ReasonShare
	case isLinkLike(words):
		return ReasonBoilerplate
	case isReadMore(p, lw):
		return ReasonRelated
	case isBoilerplate(p, lw):
		return ReasonBoilerplate
	case isPromo(p), isSubscription(p, lw):
		return ReasonPromo
	case isCommentRules(p, lw):
		return ReasonComments
	case isContact(p, lw):
		return ReasonContact
	case isSocial(p, lw):
		return ReasonSocial
	}
	return ""
}

// lowerWords splits p into lower-case words, trimming punctuation around
// each and dropping pieces that are punctuation only.
func lowerWords(p string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(p)) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '+' })
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// onlyVocabulary reports whether every word is in vocab and at least one is
// a cue: the shape of a label ("Story continues below advertisement") or a
// button row ("Share on Facebook Twitter Email").
func onlyVocabulary(lw []string, vocab map[string]bool, cue func(string) bool) bool {
	if len(lw) == 0 || len(lw) > 12 {
		return false
	}
	hasCue := false
	for _, w := range lw {
		if cue(w) {
			hasCue = true
		} else if !vocab[w] {
			return false
		}
	}
	return hasCue
}

var adWords = words.Set("story continues below after this the advertisement article content continue reading scroll to with by our from partners partner paid post presented brought you in")

func adCue(w string) bool {
	switch w {
	case "ad", "ads", "advert", "adverts", "advertisement", "advertisements", "advertising", "sponsored", "sponsor", "sponsors", "promoted", "anzeige", "werbung", "publicidad", "publicité", "pubblicità", "publicidade", "реклама":
		return true
	}
	return false
}

var shareWords = words.Set("this article story page post on via or and with your friends the to link copy print email e-mail mail comment comments save bookmark us")

func shareCue(w string) bool {
	switch w {
	case "share", "shares", "sharing", "tweet", "facebook", "twitter", "x", "linkedin", "whatsapp", "pinterest",
		"reddit", "telegram", "messenger", "flipboard", "tumblr", "vk", "sms", "email", "e-mail", "print", "copy", "link",
		"partager", "compartir", "compartilhar", "condividi", "teilen", "поделиться", "вконтакте", "одноклассники":
		return true
	}
	return false
}

// isLinkLike reports a paragraph that is a web address or e-mail address
// alone, or a run of them.
func isLinkLike(words []string) bool {
	if len(words) > 4 {
		return false
	}
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, "()[]<>.,;"))
		if !(strings.HasPrefix(lw, "http://") || strings.HasPrefix(lw, "https://") || strings.HasPrefix(lw, "www.") ||
			strings.Contains(lw, "@") && strings.Contains(lw, ".") && !strings.HasPrefix(lw, "@")) {
			return false
		}
	}
	return true
}

// readMoreLabels open a line that points to another article.
var readMoreLabels = []string{
	"read more", "read also", "also read", "read next", "more reading", "related", "related content",
	"related stories", "related story", "related articles", "related article", "related coverage", "see also",
	"recommended", "more on this story", "more from", "you may also like", "you might also like", "watch", "listen",
	"most read", "trending", "latest", "top stories", "more stories", "further reading", "don't miss",
}

// foreignRelatedLabels are "read also" labels of other languages of the news.
var foreignRelatedLabels = []string{
	"lire aussi", "à lire aussi", "a lire aussi", "lisez aussi", "voir aussi", "lee también", "lea también",
	"leer más", "leia também", "leia mais", "veja também", "leggi anche", "lesen sie auch", "mehr zum thema",
	"auch interessant", "читайте также", "смотрите также", "см. также", "по теме", "читайте також",
}

func init() { readMoreLabels = append(readMoreLabels, foreignRelatedLabels...) }

// isReadMore reports "READ MORE: headline" and bare "Read more" lines.
func isReadMore(p string, lw []string) bool {
	if len(lw) > 25 {
		return false
	}
	low := strings.ToLower(p)
	for _, l := range readMoreLabels {
		if !strings.HasPrefix(low, l) {
			continue
		}
		rest := strings.TrimLeft(low[len(l):], " ")
		if rest == "" || strings.Trim(rest, ".…>»›→:|-–— ") == "" {
			return l != "latest" && l != "trending" && l != "watch" && l != "listen" // bare words too ambiguous alone
		}
		// The label must be set off by a colon or separator, as link
		// boxes are: "Read more: ...", "WATCH | ...". "Read more about it
		// in the report, she said" is prose.
		switch r, _ := utf8.DecodeRuneInString(rest); r {
		case ':', '|', '»', '›', '→', '>', '–', '—':
			// What follows is a headline or a link, not a sentence.
			return isLinkHeadline(rest) || isLinkLike(strings.Fields(rest)[1:])
		}
	}
	return false
}

// isRelatedLabel reports a short label that heads a list of links:
// "Related stories", "More from the region", "Read more".
func isRelatedLabel(p string) bool {
	if len(p) > 60 {
		return false
	}
	lw := lowerWords(p)
	if len(lw) == 0 || len(lw) > 5 || endsSentence(p) {
		return false
	}
	low := strings.Join(lw, " ")
	labels := append([]string{"related", "read more", "more from", "more on this", "you may also like", "you might also like", "recommended", "more stories", "further reading", "most read", "top stories"}, foreignRelatedLabels...)
	for _, l := range labels {
		if strings.HasPrefix(low, l) {
			return true
		}
	}
	return false
}

// isLinkHeadline reports a line shaped like a link to another article: a
// short title without closing punctuation.
func isLinkHeadline(p string) bool {
	n := len(strings.Fields(p))
	return n > 0 && n <= 20 && !endsSentence(p)
}

// isBoilerplate reports copyright lines, cookie notices, photo credits and
// publication notes.
func isBoilerplate(p string, lw []string) bool {
	low := strings.ToLower(p)
	n := len(lw)
	switch {
	case n <= 40 && (strings.Contains(low, "all rights reserved") || strings.Contains(p, "©") || strings.Contains(p, "ⓒ")):
		return true
	case n <= 40 && strings.HasPrefix(low, "copyright") && containsYear(lw):
		return true
	case n <= 60 && strings.Contains(low, "cookie") && siteVoice(lw) &&
		containsAny(low, "use cookies", "uses cookies", "accept", "consent", "cookie policy", "cookie settings", "browser", "continuing to"):
		return true
	case n <= 15 && isCredit(low):
		return true
	case n <= 25 && containsAny(low, "originally published", "first published on", "this article was published", "this story was originally", "this article originally appeared", "this story originally appeared", "republished from", "republished with permission"):
		return true
	}
	return false
}

// creditLabels open photo and video credits.
var creditLabels = []string{"photo", "photos", "photograph", "photography", "image", "images", "picture", "pictures", "pic", "credit", "credits", "video", "illustration", "graphic", "фото", "foto"}

// isCredit reports "Photo: Name/Agency", "(Image credit: ...)", "Photograph by ...".
func isCredit(low string) bool {
	s := strings.TrimLeft(low, "([ ")
	for _, l := range creditLabels {
		if !strings.HasPrefix(s, l) {
			continue
		}
		rest := strings.TrimLeft(s[len(l):], " ")
		if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "by ") || strings.HasPrefix(rest, "credit") || strings.HasPrefix(rest, "/") {
			return true
		}
	}
	return containsAny(low, "getty images", "/ getty", "/getty", "ap photo/", "afp via getty", "shutterstock", "reuters/", "/reuters", "/ reuters", "/afp", "/ afp", "epa-efe/", "/epa")
}

// isPromo reports a paragraph in the site's voice built around a call to
// action: "Get the free newsletter ... Sign up now", "Follow us on X",
// "Click here to subscribe".
func isPromo(p string) bool {
	sents := sentences(p)
	cta := 0
	for _, s := range sents {
		lw := lowerWords(s)
		if reports(lw) {
			return false // a reported statement is the story
		}
		switch {
		case isCallToAction(s, lw):
			cta++
		case siteVoice(lw) || len(lw) <= 3:
			// the site speaking ("a weekly summary of our latest stories")
		default:
			return false
		}
	}
	return cta > 0
}

// ctaVerbs are the imperative openings of calls to action; each entry is
// matched against the start of a sentence, in lower case.
var ctaVerbs = []string{
	"sign up", "signup", "sign-up", "subscribe", "register", "join", "download", "get", "follow", "like us", "listen",
	"watch", "read", "click", "tap", "support", "donate", "try", "install", "sign in", "log in", "login", "become",
	"discover", "explore", "find out", "don't miss", "don’t miss", "never miss", "stay", "keep up", "see", "check out",
	"enter your", "give", "help us", "contribute", "shop", "buy", "order", "learn more", "to subscribe", "to sign up",
	"to receive", "want", "interested in", "already a subscriber", "not a subscriber", "please", "thank you for",
	"thanks for", "you can unsubscribe", "we'll send", "we will send", "we’ll send",
	// French, Spanish, Portuguese, Italian, German, Russian
	"abonnez-vous", "inscrivez-vous", "suivez-nous", "téléchargez", "suscríbete", "suscríbase", "síguenos",
	"descarga", "assine", "inscreva-se", "siga-nos", "iscriviti", "abbonati", "seguici", "jetzt abonnieren",
	"abonnieren sie", "folgen sie uns", "melden sie sich", "подпишитесь", "подписывайтесь", "скачайте",
}

// siteMarkers show that a call to action points to the site's own service
// rather than advising the reader within a story. The weak ones ("now",
// "here", "free") only count in a short sentence: "Sign up now".
var (
	siteMarkers = words.Set("our us we newsletter newsletters inbox podcast podcasts unsubscribe briefing " +
		"notre nos suivez-nous nuestro nuestra nuestros nuestras síguenos nosso nossa nossos siga-nos " +
		"nostro nostra nostri seguici unser unsere unseren unserem uns наш наши нашу нашего нашем нас")
	weakSiteMarkers = words.Set("here now today free app apps subscription subscriptions subscribe subscriber subscribers subscribing alerts notifications")
)

const maxWeakCTAWords = 12

// isCallToAction reports a sentence opening with an imperative call to
// action and pointing at the site's own service.
func isCallToAction(s string, lw []string) bool {
	if len(lw) == 0 || len(lw) > 30 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); strings.ContainsRune("\"“”‘’'«»„", r) {
		return false // quoted speech
	}
	low := strings.Join(lw, " ")
	opens := false
	for _, v := range ctaVerbs {
		if strings.HasPrefix(low, v) && (len(low) == len(v) || low[len(v)] == ' ') {
			opens = true
			break
		}
	}
	if !opens {
		return false
	}
	for _, w := range lw {
		if siteMarkers[w] || weakSiteMarkers[w] && len(lw) <= maxWeakCTAWords {
			return true
		}
	}
	return false
}

// siteVoice reports words by which a site speaks to its readers.
func siteVoice(lw []string) bool {
	for _, w := range lw {
		switch w {
		case "our", "us", "we", "we're", "we’re", "we'll", "we’ll", "you", "your", "you're", "you’re", "you'll", "you’ll":
			return true
		}
	}
	return false
}

// reports spots reported speech and attribution, which promos never have.
func reports(lw []string) bool {
	for _, w := range lw {
		switch w {
		case "said", "says", "say", "told", "according", "reported", "announced", "added", "stated", "urged", "warned",
			"wrote", "tweeted", "asked", "insisted", "explained", "noted", "argued", "claimed", "ordered", "called",
			"dijo", "declaró", "afirmó", "déclaré", "affirmé", "indiqué", "sagte", "erklärte", "disse", "detto",
			"сказал", "сказала", "заявил", "заявила", "сообщил", "сообщила":
			return true
		}
	}
	return false
}

// sentences splits p after ., ! and ? followed by a space; good enough for
// the short paragraphs classified here.
func sentences(p string) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '.', '!', '?':
			if i+1 < len(p) && p[i+1] == ' ' {
				out = append(out, strings.TrimSpace(p[start:i+1]))
				start = i + 1
			}
		}
	}
	if rest := strings.TrimSpace(p[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

// isHeading reports whether kept[i] is a section heading: a short,
// title-like line without closing punctuation, followed by a paragraph of
// prose.
func isHeading(p string, kept []string, i int) bool {
	if i+1 >= len(kept) || len(p) > 100 {
		return false
	}
	words := strings.Fields(p)
	if len(words) == 0 || len(words) > 12 || utf8.RuneCountInString(p) < 2 || endsSentence(p) || strings.HasSuffix(p, ",") || strings.HasSuffix(p, ";") {
		return false
	}
	first, _ := utf8.DecodeRuneInString(p)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !unicode.IsTitle(first) {
		return false
	}
	if strings.HasPrefix(p, "By ") || strings.Contains(p, "://") || strings.Contains(p, "@") {
		return false // bylines and addresses
	}
	if strings.Contains(p, " said ") || strings.Contains(p, " says ") {
		return false // a reported statement cut by a line break
	}
	letterWords, digitWords := 0, 0
	for j, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLetter(r) {
			letterWords++
		}
		if j > 0 && strings.ContainsAny(w, "0123456789") {
			digitWords++ // a leading "9." or "2018" is an enumerator or a year
		}
	}
	if 2*letterWords < len(words) || 3*digitWords >= len(words) {
		return false // dates, prices, scores, table rows ("Net 1,101,000 vs 901,000")
	}
	last := strings.ToLower(strings.TrimFunc(words[len(words)-1], func(r rune) bool { return !unicode.IsLetter(r) }))
	if functionWords[last] {
		return false // a hard-wrapped line cut mid-sentence
	}
	// A heading sits between paragraphs of prose: the one before (if any)
	// and the one after are sentences, not table rows or list items.
	if i > 0 && !isProse(kept[i-1]) {
		return false
	}
	next := kept[i+1]
	if nr, _ := utf8.DecodeRuneInString(next); unicode.IsLower(nr) {
		return false // the next line continues this one
	}
	return isProse(next)
}

// isProse reports a paragraph made of sentences: one that ends a sentence
// and has a few words, or a long one.
func isProse(p string) bool {
	n := len(strings.Fields(p))
	return n >= 15 || n >= 5 && endsSentence(p)
}

// endsSentence reports closing punctuation at the end of p, looking through
// closing quotes and brackets.
var endsSentence = text.EndsSentence

var functionWords = words.Function

// isSeparator reports a line of rule characters that divides sections.
func isSeparator(s string) bool {
	return strings.Trim(s, "*-_=~•·—–#+ ") == ""
}

func containsYear(lw []string) bool {
	for _, w := range lw {
		if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == "" {
			return true
		}
	}
	return false
}

func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}
