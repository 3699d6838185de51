// Package sitemap is the output of sitemap.xml, which lists every page of
// the site with its language versions, and of robots.txt, which points at
// it.
//
// Every product page is listed, whatever the product's certification
// status (catalog.Status): the sitemap states only a page's address and
// languages, never that a product is an OCOP product. The page of an
// expired product shows its badge; the page of a product that is not
// certified says so in its title, description and body and claims
// nothing of OCOP in its structured data. It is listed so that a reader
// who looks that product up finds the page saying it is not certified,
// rather than nothing.
package sitemap

import (
	"bytes"
	"encoding/xml"
	"sort"

	"github.com/namdinh-ocop/ocop/internal/output"
	"github.com/namdinh-ocop/ocop/internal/site"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// Sitemap is the output of sitemap.xml and robots.txt. It lists the pages
// of the jobs planned before it, by their Job.Page, so it runs after the
// outputs that make pages.
type Sitemap struct{}

// Name returns "sitemap".
func (Sitemap) Name() string { return "sitemap" }

// Needs returns NeedsPrior: the sitemap lists the pages of prior jobs.
func (Sitemap) Needs() output.Needs { return output.NeedsPrior }

// Plan returns the jobs of sitemap.xml, listing every page of prior, and
// of robots.txt, pointing at it, under s's base URL.
func (Sitemap) Plan(s *site.Site, prior []output.Job) ([]output.Job, error) {
	var pages []*output.Page
	for _, j := range prior {
		if j.Page != nil {
			pages = append(pages, j.Page)
		}
	}
	base := s.Base
	return []output.Job{
		{Out: "sitemap.xml", Make: func() ([]byte, error) { return sitemap(base, pages), nil }},
		{Out: "robots.txt", Make: func() ([]byte, error) { return robots(base), nil }},
	}, nil
}

// sitemap writes sitemap.xml: every page once, by absolute URL in sorted
// order, each with its language alternates. No dates: the output depends
// on the content only.
func sitemap(base urls.Base, pages []*output.Page) []byte {
	byLoc := map[string]*output.Page{}
	locs := make([]string, 0, len(pages))
	for _, e := range pages {
		loc := base.Abs(e.Path)
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
		if alts := byLoc[loc].Alternates; len(alts) > 1 {
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
