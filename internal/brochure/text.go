package brochure

import (
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/i18n"
	"github.com/namdinh-ocop/ocop/internal/markdown"
)

// strs are the UI strings of one language: print/i18n/<lang>.yaml of the
// theme, a flat file of key: text (see package i18n), and the theme's
// i18n/<lang>.yaml, whose words print shares with the pages and kiosks
// (a rating not recorded, the badge of an expired certificate, a fair's
// rule). A key missing from a file is remembered, so that the caller
// reports it once instead of printing a blank.
type strs struct {
	lang    string
	d       *i18n.Dict
	pages   *i18n.Dict
	missing []string
	// missingShared are the keys missing from pages.
	missingShared []string
}

// loadStrings reads the print and the shared UI strings of lang from the
// theme.
func loadStrings(theme fs.FS, lang string) (*strs, error) {
	d, err := i18n.Load(theme, "print/i18n", lang)
	if err != nil {
		return nil, fmt.Errorf("theme: %w", err)
	}
	pages, err := i18n.Load(theme, "i18n", lang)
	if err != nil {
		return nil, fmt.Errorf("theme: %w", err)
	}
	return &strs{lang: lang, d: d, pages: pages}, nil
}

// shared returns the string key of the theme's i18n/<lang>.yaml, the
// words every output shares, formatted with args when given.
func (s *strs) shared(key string, args ...any) string {
	v, err := s.pages.T(key, args...)
	if err != nil {
		s.missingShared = append(s.missingShared, key)
		return key
	}
	return v
}

// t returns the string key, formatted with args when given.
func (s *strs) t(key string, args ...any) string {
	v, err := s.d.T(key, args...)
	if err != nil {
		s.missing = append(s.missing, key)
		return key
	}
	return v
}

// tn returns key_one (n = 1) or key_other formatted with n.
func (s *strs) tn(key string, n int) string {
	if n == 1 {
		return s.t(key+"_one", n)
	}
	return s.t(key+"_other", n)
}

// err reports the keys looked up but missing from the file.
func (s *strs) err() error {
	var errs []string
	for _, m := range []struct {
		path string
		keys []string
	}{{s.d.Path(), s.missing}, {s.pages.Path(), s.missingShared}} {
		if len(m.keys) == 0 {
			continue
		}
		ks := append([]string(nil), m.keys...)
		sort.Strings(ks)
		errs = append(errs, fmt.Sprintf("%s has no %s", m.path, strings.Join(compact(ks), ", ")))
	}
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("theme: %s", strings.Join(errs, "; "))
}

func compact(xs []string) []string {
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// kindWords are the kinds a unit or district name may start with, written
// in lower case inside a Vietnamese phrase and after the name in English.
var kindWords = []struct{ vi, en string }{
	{"Thành phố ", "city"}, {"Thị trấn ", "township"}, {"Thị xã ", "town"},
	{"Huyện ", "district"}, {"Phường ", "ward"}, {"Xã ", "commune"}, {"Tỉnh ", "province"},
}

// unitName writes a unit or district name inside a phrase: "huyện Nghĩa
// Hưng" in Vietnamese, "Nghĩa Hưng district" in English.
func unitName(lang, name string) string {
	for _, k := range kindWords {
		rest, ok := strings.CutPrefix(name, k.vi)
		if !ok || strings.TrimSpace(rest) == "" {
			continue
		}
		if lang == "en" {
			return rest + " " + k.en
		}
		return strings.ToLower(k.vi) + rest
	}
	return name
}

// placeText writes where a record is: "xã Điền Xá, huyện Nam Trực (nay là
// phường Vị Khê, tỉnh Ninh Bình)". Names that did not resolve are shown as
// written.
func placeText(s *strs, district, commune string, d *catalog.District, u *catalog.Unit, present []*catalog.Unit) string {
	where, now := placeParts(s, district, commune, d, u, present)
	if now == "" {
		return where
	}
	return where + " (" + now + ")"
}

// placeParts returns the two parts of placeText: the commune and
// district, and the note naming the present-day units ("" when none is
// known, or when there is no place).
func placeParts(s *strs, district, commune string, d *catalog.District, u *catalog.Unit, present []*catalog.Unit) (where, now string) {
	var parts []string
	switch {
	case u != nil:
		parts = append(parts, unitName(s.lang, u.Name))
	case commune != "":
		parts = append(parts, commune)
	}
	switch {
	case d != nil:
		parts = append(parts, unitName(s.lang, d.Name))
	case district != "":
		parts = append(parts, district)
	}
	where = strings.Join(parts, ", ")
	if len(present) == 0 || where == "" {
		return where, ""
	}
	var units []string
	for _, p := range present {
		n := unitName(s.lang, p.Name)
		if p.District != nil {
			n += ", " + unitName(s.lang, p.District.Name)
		}
		units = append(units, n)
	}
	today := strings.Join(units, " "+s.t("or")+" ")
	if sn := present[0].Snapshot; sn != nil && sn.Province != "" {
		today += ", " + s.t("province", sn.Province)
	}
	return where, s.t("place_now", today)
}

// Summary lengths, in characters: a summary an editor wrote is kept up to
// summaryMax (a card grows with it, but never past a page); the start of
// a description is cut sooner.
const (
	summaryMax = 700
	excerptMax = 200
)

// summaryOf returns a product's short description in lang: the English
// description on English pages where one is set, else the summary field,
// else the first sentences of the body; and the language it is in.
func summaryOf(md *markdown.Markdown, p *catalog.Product, lang string) (string, string) {
	if lang == "en" && strings.TrimSpace(p.DescriptionEN) != "" {
		return cut(p.DescriptionEN, summaryMax), "en"
	}
	if s := strings.TrimSpace(p.Summary); s != "" {
		return cut(s, summaryMax), "vi"
	}
	return sentences(firstParagraph(md, p.Body), excerptMax), "vi"
}

// cut shortens s (spaces collapsed) to at most n characters, at a word,
// adding "…".
func cut(s string, n int) string {
	s = strings.Join(strings.Fields(norm.NFC.String(s)), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	c := string(r[:n])
	if i := strings.LastIndex(c, " "); i > len(c)/2 {
		c = c[:i]
	}
	return strings.TrimRight(c, " ,.;:–-") + "…"
}

// sentences returns the whole sentences at the start of s that fit in n
// characters, or s cut at a word when even the first does not.
func sentences(s string, n int) string {
	s = strings.Join(strings.Fields(norm.NFC.String(s)), " ")
	if len([]rune(s)) <= n {
		return s
	}
	end := 0
	for i, r := range s {
		if (r == '.' || r == '!' || r == '?' || r == '…') && (i+len(string(r)) == len(s) || s[i+len(string(r))] == ' ') {
			j := i + len(string(r))
			if len([]rune(s[:j])) > n {
				break
			}
			// A full stop after a single capital or digit ("TP.", "3.")
			// ends no sentence.
			if r == '.' && i > 0 {
				prev := []rune(s[:i])
				if k := len(prev); k >= 1 && (unicode.IsDigit(prev[k-1]) || k >= 2 && prev[k-2] == ' ' && unicode.IsUpper(prev[k-1])) {
					continue
				}
			}
			end = j
		}
	}
	if end > 0 {
		return s[:end]
	}
	return cut(s, n)
}

// firstParagraph returns the plain text of the first paragraph of the
// Markdown body src, parsed with md.
func firstParagraph(md *markdown.Markdown, src string) string {
	// The first paragraph starts within the first few blocks; what a
	// card shows of it, within its first sentences.
	if i := strings.Index(src[min(len(src), 4*excerptMax):], "\n\n"); i >= 0 {
		src = src[:4*excerptMax+i]
	}
	return md.FirstParagraph(src)
}
