package render

import (
	"bytes"
	"encoding/xml"
	"sort"

	"github.com/namdinh-ocop/ocop/internal/urls"
)

// sitemapEntry is one page of sitemap.xml with its language versions.
type sitemapEntry struct {
	path string
	alts []alternate
}

// sitemapEntry returns the sitemap entry of a spec's page in lang.
func (r *renderer) sitemapEntry(s *spec, lang string) sitemapEntry {
	e := sitemapEntry{path: s.path(lang)}
	for _, l := range r.specLangs(s) {
		e.alts = append(e.alts, alternate{Lang: l.Code, Path: s.path(l.Code)})
	}
	return e
}

// sitemap writes sitemap.xml: every page once, by absolute URL in sorted
// order, each with its language alternates. No dates: the output depends
// on the content only.
func sitemap(base urls.Base, entries []sitemapEntry) []byte {
	byLoc := map[string]sitemapEntry{}
	locs := make([]string, 0, len(entries))
	for _, e := range entries {
		loc := base.Abs(e.path)
		if _, dup := byLoc[loc]; dup {
			continue
		}
		byLoc[loc] = e
		locs = append(locs, loc)
	}
	sort.Strings(locs)
	var b bytes.Buffer
	b.WriteString(xml.Header)
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">` + "\n")
	for _, loc := range locs {
		b.WriteString("  <url>\n    <loc>")
		_ = xml.EscapeText(&b, []byte(loc))
		b.WriteString("</loc>\n")
		if alts := byLoc[loc].alts; len(alts) > 1 {
			for _, a := range alts {
				b.WriteString(`    <xhtml:link rel="alternate" hreflang="`)
				_ = xml.EscapeText(&b, []byte(a.Lang))
				b.WriteString(`" href="`)
				_ = xml.EscapeText(&b, []byte(base.Abs(a.Path)))
				b.WriteString("\"/>\n")
			}
		}
		b.WriteString("  </url>\n")
	}
	b.WriteString("</urlset>\n")
	return b.Bytes()
}

// robots writes robots.txt, pointing at the sitemap.
func robots(base urls.Base) []byte {
	return []byte("User-agent: *\nAllow: /\n\nSitemap: " + base.Abs("sitemap.xml") + "\n")
}
