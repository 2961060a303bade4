package annalist

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
)

// ID returns an article's id as CONTRACT.md defines it: the given id, else
// a hash of the canonical URL, else a hash of the body as read (before
// cleaning, so that a better cleaner does not change ids).
func ID(given, rawURL, body string) string {
	if given != "" {
		return given
	}
	if u := CanonicalURL(rawURL); u != "" {
		return hash("url:" + u)
	}
	return hash(body)
}

func hash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:8])
}

// CanonicalURL lower-cases scheme and host and drops the fragment, tracking
// parameters and a trailing slash, so that one page has one id.
func CanonicalURL(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	u.Fragment = ""
	q := u.Query()
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || lk == "fbclid" || lk == "gclid" {
			q.Del(k)
		}
	}
	u.RawQuery = q.Encode()
	u.Path = strings.TrimSuffix(u.Path, "/")
	return u.String()
}
