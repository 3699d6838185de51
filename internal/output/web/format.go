package web

import (
	"html/template"
	"strings"
)

// telURL returns the tel: link of a phone number as written ("0228 3123
// 456" → tel:02283123456), keeping the leading zero or +, or "" when the
// number has no digits or anything but digits, spaces, dots, hyphens,
// brackets and a leading +.
func telURL(phone string) template.URL {
	var b strings.Builder
	for i, r := range strings.TrimSpace(phone) {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '+' && i == 0:
			b.WriteRune(r)
		case r == ' ' || r == '.' || r == '-' || r == '(' || r == ')':
		default:
			return ""
		}
	}
	digits := strings.TrimPrefix(b.String(), "+")
	if digits == "" {
		return ""
	}
	// Only digits and a leading + remain: safe as a URL.
	return template.URL("tel:" + b.String())
}
