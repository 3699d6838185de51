// Package search builds the site's Vietnamese search index: it folds and
// tokenises text the way the browser folds what a visitor types
// (themes/default/scripts/search/fold.js), and writes the index as classic
// scripts that register themselves with window.ocopSearch, so search works
// from any static server, under a sub-path, offline and from file://.
//
// Folding is NFC, then lower case, then the tone and vowel marks
// (U+0300–U+036F after canonical decomposition) are removed, then đ (and
// ð, its look-alike) is written d: "Đậu phụ Nam Định" → "dau phu nam
// dinh". It never removes a base letter and never changes the number of
// tokens. The same pairs of testdata/fold.tsv are checked here and, in a
// real browser, against the JavaScript fold (internal/browser).
package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s folded for matching: NFC, lower case, without tone and
// vowel marks, đ written d. Characters other than letters, digits and
// marks are kept as they are; Tokens splits on them.
func Fold(s string) string {
	s = Lower(s)
	s = norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= 0x300 && r <= 0x36f:
			// a combining tone or vowel mark: dropped
		case r == 'đ' || r == 'ð':
			b.WriteByte('d')
		default:
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// Lower returns s in NFC and lower case as JavaScript's toLowerCase
// writes it, with final sigma ς written σ (which toLowerCase writes only
// at the end of a word) and old-style tone placement on "oa", "oe", "uy"
// (hoà, khoẻ, thuỷ) made new-style (hòa, khỏe, thủy), so that both
// spellings of a word are the same toned word.
func Lower(s string) string {
	return toneStyle.Replace(lowerCase(s))
}

// lowerCase is Lower without the change of tone placement.
func lowerCase(s string) string {
	s = norm.NFC.String(s)
	if strings.Contains(s, "İ") {
		// JavaScript lowers İ to i and a combining dot above.
		s = strings.ReplaceAll(s, "İ", "i\u0307")
	}
	s = strings.ToLower(s)
	if strings.Contains(s, "ς") {
		s = strings.ReplaceAll(s, "ς", "σ")
	}
	return s
}

// toneStyle rewrites old-style tone placement to the new style; the same
// table is in the theme's scripts/search/fold.js.
var toneStyle = strings.NewReplacer(
	"oà", "òa", "oá", "óa", "oả", "ỏa", "oã", "õa", "oạ", "ọa",
	"oè", "òe", "oé", "óe", "oẻ", "ỏe", "oẽ", "õe", "oẹ", "ọe",
	"uỳ", "ùy", "uý", "úy", "uỷ", "ủy", "uỹ", "ũy", "uỵ", "ụy",
)

// isWordRune reports whether r belongs to a token: a letter, a digit or
// a mark (so a mark never splits a word, whatever the normal form).
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

// hasBase reports whether a run of word runes holds a letter or digit; a
// run of marks alone is not a token.
func hasBase(s string) bool {
	for _, r := range s {
		if r < utf8.RuneSelf || unicode.IsLetter(r) || unicode.IsNumber(r) {
			return true
		}
	}
	return false
}

// words splits s into runs of word runes that hold a letter or digit.
// Splitting does not depend on case or normal form, so it may come
// before lowering and folding.
func words(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if w := s[start:i]; hasBase(w) {
				out = append(out, w)
			}
			start = -1
		}
	}
	if start >= 0 {
		if w := s[start:]; hasBase(w) {
			out = append(out, w)
		}
	}
	return out
}

// Token is one word of a text: Folded is what matches, Toned the word in
// lower case with its marks, which ranks an exact tone match higher.
type Token struct {
	Folded, Toned string
}

// Tokens splits s into words and folds each. Toned and folded words are
// split by the same rule, so they pair up one to one: "Gạo tám" gives
// {gao gạo} {tam tám}.
func Tokens(s string) []Token {
	return (*tokenizer)(nil).tokens(s)
}

// tokenizer splits texts into tokens, remembering each word's folding
// when it has a cache: a catalog repeats its words many times.
type tokenizer struct {
	cache map[string]Token
}

func (tz *tokenizer) tokens(s string) []Token {
	var out []Token
	for _, w := range words(s) {
		t, ok := Token{}, false
		if tz != nil {
			t, ok = tz.cache[w]
		}
		if !ok {
			toned := Lower(w)
			t = Token{Folded: Fold(toned), Toned: toned}
			if tz != nil {
				tz.cache[w] = t
			}
		}
		if hasBase(t.Folded) {
			out = append(out, t)
		}
	}
	return out
}

// FoldedWords returns the folded words of s, as Tokens would.
func FoldedWords(s string) []string {
	ts := Tokens(s)
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Folded
	}
	return out
}
