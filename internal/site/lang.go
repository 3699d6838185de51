package site

import (
	"fmt"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/i18n"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// Lang is the site seen by a reader of one language: its UI strings and
// the way records' names, kinds, levels and places are written for
// that reader. Every output that writes text goes through it, so pages,
// the search index and the kiosks name things alike.
type Lang struct {
	code string
	d    *i18n.Dict
}

// In returns the site in the language lang. For a language the site does
// not have, every UI string is missing (and reported by its file).
func (s *Site) In(lang string) *Lang {
	d, ok := s.dicts[lang]
	if !ok {
		d, _ = i18n.Parse("i18n/"+lang+".yaml", "")
	}
	return NewLang(lang, d)
}

// NewLang returns the language lang with the UI strings d.
func NewLang(lang string, d *i18n.Dict) *Lang { return &Lang{code: lang, d: d} }

// Code returns the language code, such as "vi".
func (l *Lang) Code() string { return l.code }

// Dict returns the language's UI strings.
func (l *Lang) Dict() *i18n.Dict { return l.d }

// T returns the UI string key, formatted with args when given.
func (l *Lang) T(key string, args ...any) (string, error) { return l.d.T(key, args...) }

// N returns the UI string key_one (for n = 1) or key_other formatted
// with n: N("stars", 4) is "4 sao" or "4 stars".
func (l *Lang) N(key string, n int) (string, error) { return l.d.N(key, n) }

// names returns the Vietnamese and English names of a record, group or
// district.
func names(v any) (vi, en string, err error) {
	if n, ok := v.(catalog.Named); ok {
		vi, en = n.Names()
		return vi, en, nil
	}
	return "", "", fmt.Errorf("name: %T has no name", v)
}

// Name returns the name of v (a record, group or district) in the
// language: the English name in English where one is set, else the
// Vietnamese name.
func (l *Lang) Name(v any) (string, error) {
	vi, en, err := names(v)
	if l.code == "en" && en != "" {
		return en, err
	}
	return vi, err
}

// NameLang returns "vi" when the name of v is shown in Vietnamese to a
// reader of another language (for a lang attribute), else "".
func (l *Lang) NameLang(v any) (string, error) {
	_, en, err := names(v)
	if l.code != "vi" && en == "" {
		return "vi", err
	}
	return "", err
}

// Place writes the commune and district of v (a product, producer,
// tourism site or showroom) with the present-day name.
func (l *Lang) Place(v any) (string, error) {
	w, err := whereOf(v)
	if err != nil {
		return "", err
	}
	return l.placeText(w)
}

// Level names the rating council a product's record states: "cấp tỉnh",
// "province"; "" when the record states none. It is never derived from
// the stars.
func (l *Lang) Level(p *catalog.Product) (string, error) {
	lv := p.Level
	if lv == "" {
		return "", nil
	}
	if s, err := l.T("level_" + lv); err == nil {
		return s, nil
	}
	return lv, nil
}

// Kind translates a producer or site kind ("HTX", "làng nghề"); a kind
// with no UI string is returned as written.
func (l *Lang) Kind(k string) string {
	if k == "" {
		return ""
	}
	if s, err := l.T("kind_" + strings.ReplaceAll(urls.Slug(k), "-", "_")); err == nil {
		return s
	}
	return k
}

// UnitLabel writes a unit or district name on its own (see UnitLabel).
func (l *Lang) UnitLabel(name string) string { return UnitLabel(l.code, name) }
