// Package format writes the values a reader sees the same way in every
// output (web pages, kiosks and brochures): prices in đồng, dates, star
// ratings, coordinates and the short excerpts of longer text.
package format

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// Stars draws a rating n out of five: "★★★★☆" for 4. It returns "" for a
// rating outside 1–5.
func Stars(n int) string {
	if n < 1 || n > 5 {
		return ""
	}
	return strings.Repeat("★", n) + strings.Repeat("☆", 5-n)
}

// VND formats an amount n of đồng the Vietnamese way: 35000 → "35.000 ₫",
// with a no-break space so the sign never starts a line.
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

// Date writes d for a reader of lang: 13/12/2021 in Vietnamese, 13
// December 2021 in English, and "" for the zero date.
func Date(lang string, d catalog.Date) string {
	if d.IsZero() {
		return ""
	}
	if lang == "en" {
		return d.Time().Format("2 January 2006")
	}
	return d.VN()
}

// Coord formats a coordinate f in decimal degrees, in the shortest form
// that reads back as the same number.
func Coord(f float64) string {
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// Excerpt shortens s, its runs of white space written as one space and
// trimmed at both ends, to at most n runes: when longer it is cut at the
// last space in the second half of its first n runes (or at n runes) and
// "…" is added. It reads s once and stops after n+1 runes, since it runs
// for every page's meta description.
func Excerpt(s string, n int) string {
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
