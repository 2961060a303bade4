package clean

import (
	"regexp"
	"strings"
	"unicode"
)

// Reasons for the site blocks of this file.
const (
	ReasonComments = "comments" // comment rules and moderation notices
	ReasonContact  = "contact"  // the outlet's contact lines: phone, e-mail, address
	ReasonSocial   = "social"   // social-network handles and follow lines
)

// commentCues are what comment rules talk about; ruleCues how they talk
// ("house rules", "offensive", "moderated"). A notice needs one of each.
var (
	commentCues = []string{"comment section", "comments section", "comment thread", "your comment", "a comment", "comments are",
		"comments that", "comments which", "comments must", "comments will", "commenting", "commenters", "our comments", "the comments below",
		"discussion forum", "комментари", "commentaires", "comentarios", "kommentare"}
	ruleCues = []string{"house rules", "community guidelines", "community standards", "comment policy", "commenting policy",
		"moderated", "moderator", "moderation policy", "pre-moderat", "offensive", "abusive", "report offensive", "report abuse", "report button", "report inappropriate", "respectful",
		"keep it civil", "be civil", "civil and", "on topic", "off-topic", "reserve the right",
		"terms of use", "terms of service", "guidelines", "be polite", "personal attacks", "hate speech", "spam", "log in to", "sign in to",
		"правила", "règles", "normas", "regeln"}
)

// isCommentRules reports a moderation notice or the rules of the comment
// section ("HOUSE RULES ... report offensive comments"): it speaks of
// comments and of rules, in the site's voice or as an imperative, and
// reports nothing.
func isCommentRules(p string, lw []string) bool {
	if len(lw) > 120 || reports(lw) {
		return false
	}
	low := strings.ToLower(p)
	if !containsAny(low, commentCues...) || !containsAny(low, ruleCues...) {
		return false
	}
	// "House rules" and "community guidelines" name the thing itself; other
	// rule words need the site speaking to its readers.
	if containsAny(low, "house rules", "community guidelines", "comment policy", "commenting policy", "community standards") {
		return true
	}
	return len(lw) <= 60 && (siteVoice(lw) || strings.HasPrefix(low, "please"))
}

var (
	phoneRe  = regexp.MustCompile(`(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}`)
	emailRe  = regexp.MustCompile(`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`)
	handleRe = regexp.MustCompile(`(^|\s)@[A-Za-z0-9_.]{2,30}\b`)
)

// contactLabels open the outlet's contact lines.
var contactLabels = []string{"tel", "tel.", "phone", "telephone", "fax", "call", "contact", "contact us", "email", "e-mail", "whatsapp",
	"hotline", "newsroom", "editorial", "advertising", "address", "mobile", "тел", "телефон", "téléphone", "teléfono", "telefon"}

// isContact reports the outlet's contact block: a phone number with a
// contact label ("Tel: +7 727 123 45 67", "Call our newsroom on ..."), or
// a short line made mostly of phone numbers, e-mail addresses and labels.
// A police appeal within a story ("anyone with information should call
// 101") reports or is a full sentence of prose, and stays.
func isContact(p string, lw []string) bool {
	if len(lw) > 40 || reports(lw) {
		return false
	}
	phones := phoneRe.FindAllString(p, -1)
	realPhones, intl := 0, 0
	for _, ph := range phones {
		if digits(ph) >= 7 && !looksLikeYearRun(ph) {
			realPhones++
			if strings.HasPrefix(ph, "+") || strings.HasPrefix(ph, "(") {
				intl++ // unmistakably a phone number, not a row of figures
			}
		}
	}
	emails := len(emailRe.FindAllString(p, -1))
	if realPhones+emails == 0 {
		return false
	}
	low := strings.ToLower(strings.TrimLeft(p, " •·-–—*"))
	for _, l := range contactLabels {
		if strings.HasPrefix(low, l) && len(low) > len(l) && strings.ContainsRune(" :.", rune(low[len(l)])) {
			return true
		}
	}
	// Mostly contact data: what is left once numbers and addresses are
	// taken out is a few labels.
	rest := emailRe.ReplaceAllString(phoneRe.ReplaceAllString(p, " "), " ")
	restWords := lowerWords(rest)
	labels := 0
	for _, w := range restWords {
		for _, l := range contactLabels {
			if w == l {
				labels++
				break
			}
		}
	}
	return len(restWords) <= 6 && (labels > 0 || len(restWords) <= 2) && (emails > 0 || intl > 0) ||
		realPhones > 0 && siteVoice(lw) && containsAny(low, "contact", "call us", "reach us", "get in touch", "tip", "write to us")
}

func digits(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// looksLikeYearRun spots "2019 2020 2021" or "1990-2000", dates not phones.
func looksLikeYearRun(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsDigit(r) })
	for _, p := range parts {
		if len(p) != 4 || !(strings.HasPrefix(p, "19") || strings.HasPrefix(p, "20")) {
			return false
		}
	}
	return true
}

// socialNetworks are the names that follow lines point to.
var socialNetworks = []string{"instagram", "twitter", "facebook", "tiktok", "youtube", "telegram", "linkedin", "threads", "bluesky",
	"mastodon", "snapchat", "whatsapp", "pinterest", "x", "vk", "vkontakte", "вконтакте", "reddit", "twitch", "weibo", "wechat"}

// isSocial reports a line of social-network handles ("Instagram @Outlet",
// "Twitter: @outlet | Facebook: /outlet") or a bare follow line ("Follow
// Jane Doe on Twitter"): only network names, handles, and a few words
// around them.
func isSocial(p string, lw []string) bool {
	if len(lw) > 20 || reports(lw) {
		return false
	}
	networks, handles, other := 0, len(handleRe.FindAllString(p, -1)), 0
	for _, w := range lw {
		switch {
		case containsWord(socialNetworks, w):
			networks++
		case strings.HasPrefix(w, "@"), strings.Contains(w, ".com/"), strings.HasPrefix(w, "/"):
		case followWords[w]:
		default:
			other++
		}
	}
	if networks == 0 {
		return false
	}
	if handles > 0 {
		// Names of people and outlets may stand beside their handles.
		return other <= 2*handles+2 && !endsSentence(p) || other <= 1
	}
	low := strings.ToLower(p)
	return strings.HasPrefix(low, "follow ") && len(lw) <= 12
}

var followWords = map[string]bool{"follow": true, "us": true, "on": true, "and": true, "or": true, "at": true, "find": true, "our": true,
	"join": true, "the": true, "conversation": true, "like": true, "page": true, "channel": true, "account": true, "subscribe": true, "to": true,
	"him": true, "her": true, "them": true, "me": true, "via": true}

func containsWord(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

// newsletterCues and signupCues mark a subscription block: the thing
// offered and the act of signing up for it.
var (
	newsletterCues = []string{"newsletter", "bulletin", "briefing", "digest", "alerts", "inbox", "рассылк", "infolettre", "boletín"}
	signupCues     = []string{"sign up", "signup", "subscribe to", "subscribe now", "subscribe for", "subscribe here", "email address", "e-mail address", "enter your email",
		"unsubscribe", "privacy policy", "privacy notice", "recaptcha", "delivered to", "straight to your", "every morning", "every weekday",
		"thank you for signing", "thanks for signing", "you're subscribed", "you are subscribed", "подпис", "inscri", "suscr"}
)

// isSubscription reports a newsletter or subscription block that isPromo
// misses because it is not an imperative: "The Morning Briefing: our
// best stories, delivered to your inbox every weekday", "By signing up
// you agree to our privacy policy", "You can unsubscribe at any time".
func isSubscription(p string, lw []string) bool {
	if len(lw) > 50 || reports(lw) {
		return false
	}
	low := strings.ToLower(p)
	if containsAny(low, "this site is protected by recaptcha", "by signing up, you agree", "by signing up you agree",
		"by subscribing, you agree", "by subscribing you agree", "you can unsubscribe at any time", "unsubscribe at any time") {
		return true
	}
	return containsAny(low, newsletterCues...) && containsAny(low, signupCues...) && (siteVoice(lw) || len(lw) <= 15)
}
