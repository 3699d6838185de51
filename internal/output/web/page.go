package web

import (
	"bytes"
	"html/template"
	"sync/atomic"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// page is what a layout is executed with.
type page struct {
	// Lang is the page's language code, for <html lang>.
	Lang string
	// Path is the page's root-relative path, such as "san-pham/gao/".
	Path string
	// Section names the navigation entry the page belongs to ("products",
	// "producers", …), "" for none.
	Section string
	// Title is the page's own title (its h1); the layout adds the site's.
	Title string
	// TitleLang is "vi" when Title is Vietnamese on a page in another
	// language.
	TitleLang string
	// TitleNote, when set, follows Title in the document's title and
	// og:title: the page of a product that is not certified says so
	// there, ahead of the site's title.
	TitleNote string
	// Description is the meta description.
	Description string
	// Alternates are the page in every language, this one included.
	Alternates []alternate
	// Crumbs lead from the home page to the page's parent.
	Crumbs []crumb
	// Image is the root-relative path of the page's image, if any.
	Image string
	// JSONLD is structured data from encoding/json, which escapes <, >
	// and &, so it cannot end its script element.
	JSONLD template.JS
	// Script loads the in-page filter.
	Script bool
	// NoIndex keeps the page out of search engines (404.html).
	NoIndex bool
	// SiteTitle is the site's title in the page's language.
	SiteTitle string
	// Data is the page kind's own data.
	Data any
}

// alternate is a page in one language.
type alternate struct {
	Lang, Name, Path string
	Current          bool
}

// crumb is a step of a breadcrumb trail.
type crumb struct {
	Name, Path string
}

// spec is a page that exists in every language.
type spec struct {
	// tmpl is the layout name: layouts/<tmpl>.html.
	tmpl    string
	section string
	// path returns the page's root-relative folder in lang.
	path func(lang string) string
	// out, when set, replaces path+"index.html" as the output file.
	out string
	// onlyFirst limits the page to the first language (404.html).
	onlyFirst bool
	// build fills the page's title, data and the rest.
	build func(l *lctx, p *page) error
}

// fixed returns a path function for a page whose path is the same in
// every language but for the language prefix.
func fixed(p string) func(string) string {
	return func(lang string) string { return urls.Lang(lang) + p }
}

// kindPath returns a path function for a section page.
func kindPath(k urls.Kind, slug string) func(string) string {
	return func(lang string) string { return urls.Page(k, lang, slug) }
}

// listPath returns a path function for a section index.
func listPath(k urls.Kind) func(string) string {
	return func(lang string) string { return urls.List(k, lang) }
}

// specLangs returns the languages a spec is rendered in.
func (r *renderer) specLangs(s *spec) []catalog.Language {
	if s.onlyFirst {
		return r.langs[:1]
	}
	return r.langs
}

// siteTitle returns the site's title in lang.
func (r *renderer) siteTitle(lang string) string {
	if lang == "en" && r.c.Config.TitleEN != "" {
		return r.c.Config.TitleEN
	}
	return r.c.Config.Title
}

// render executes a spec's layout in lang.
func (r *renderer) render(s *spec, lang string) ([]byte, error) {
	l := r.lctx(lang)
	p := &page{Lang: lang, Path: s.path(lang), Section: s.section, SiteTitle: r.siteTitle(lang)}
	for _, al := range r.specLangs(s) {
		p.Alternates = append(p.Alternates, alternate{
			Lang: al.Code, Name: al.Name, Path: s.path(al.Code), Current: al.Code == lang,
		})
	}
	if err := s.build(l, p); err != nil {
		return nil, err
	}
	t, err := r.template(lang, s.tmpl)
	if err != nil {
		return nil, err
	}
	// Sized for the largest page of this layout so far, so that a page
	// is not copied again each time its buffer doubles.
	hint := r.sizes[s.tmpl]
	buf := bytes.NewBuffer(make([]byte, 0, sizeHint(hint)))
	if err := t.ExecuteTemplate(buf, "base", p); err != nil {
		return nil, err
	}
	if hint != nil && int64(buf.Len()) > hint.Load() {
		hint.Store(int64(buf.Len()))
	}
	return buf.Bytes(), nil
}

// sizeHint returns the capacity, in bytes, to start a page's buffer with:
// the largest page of its layout seen so far plus a margin, or 16 KiB.
func sizeHint(largest *atomic.Int64) int {
	if largest == nil || largest.Load() == 0 {
		return 16 << 10
	}
	return int(largest.Load()) + 1<<10
}
