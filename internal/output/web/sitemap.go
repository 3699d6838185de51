package web

import "github.com/namdinh-ocop/ocop/internal/output"

// sitemapPage returns the page of a spec in lang as the sitemap lists it.
func (r *renderer) sitemapPage(s *spec, lang string) *output.Page {
	p := &output.Page{Path: s.path(lang)}
	for _, l := range r.specLangs(s) {
		p.Alternates = append(p.Alternates, output.Alt{Lang: l.Code, Path: s.path(l.Code)})
	}
	return p
}
