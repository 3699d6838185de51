package render

import (
	"html/template"
	"strconv"
	"strings"
	"unicode"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// starGlyphs draws a rating out of five: "★★★★☆" for 4. It returns "" for
// a rating outside 1–5.
func starGlyphs(n int) string {
	if n < 1 || n > 5 {
		return ""
	}
	return strings.Repeat("★", n) + strings.Repeat("☆", 5-n)
}

// VND formats an amount of đồng the Vietnamese way: 35000 → "35.000 ₫",
// with a no-break space so the sign never starts a line. The web pages
// and the brochures both use it.
func VND(n int64) string {
	neg := n < 0
	if neg {
		n = -n
	}
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	b.WriteString("\u00a0₫")
	return b.String()
}

// FormatDate writes d for a reader of lang: 13/12/2021 in Vietnamese,
// 13 December 2021 in English.
func FormatDate(lang string, d catalog.Date) string {
	if d.IsZero() {
		return ""
	}
	if lang == "en" {
		return d.Time().Format("2 January 2006")
	}
	return d.VN()
}

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

// coord formats a coordinate in decimal degrees, in the shortest form that
// reads back as the same number.
func coord(f float64) string {
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// truncate shortens s, its runs of white space written as one space and
// trimmed at both ends, to at most n runes: when longer it is cut at the
// last space in the second half of its first n runes (or at n runes) and
// "…" is added. It reads s once and stops after n+1 runes, since it runs
// for every page's meta description.
func truncate(s string, n int) string {
	var b strings.Builder
	b.Grow(min(len(s), 4*n+4))
	runes, cut, space := 0, -1, false
	put := func(c rune) bool {
		b.WriteRune(c)
		runes++
		if runes == n {
			cut = b.Len()
		}
		return runes <= n
	}
	for _, c := range s {
		if unicode.IsSpace(c) {
			space = runes > 0
			continue
		}
		if space {
			space = false
			if !put(' ') {
				break
			}
		}
		if !put(c) {
			break
		}
	}
	if runes <= n {
		return b.String()
	}
	head := b.String()[:cut]
	if i := strings.LastIndex(head, " "); i > n/2 {
		head = head[:i]
	}
	return strings.TrimRight(head, " ,.;:–-") + "…"
}
