package web

import (
	"strings"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/search"
	"github.com/namdinh-ocop/ocop/internal/site"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// searchHref is the link to the search page in the page's language, for
// the search box of every page.
func (l *lctx) searchHref() string { return l.r.opt.Base.Rel(urls.SearchPage(l.lang)) }

// searchData is the search page's data.
type searchData struct {
	// Root leads from the page's folder to the site root ("../"), so that
	// the page finds its stylesheet and script when opened from disk.
	Root   string
	Facets site.Facets
	// Kinds are the producer kinds some producer has; Showrooms the
	// showrooms that offer a product (catalog.Catalog.Offer). A facet
	// with no data in the whole catalog is not offered at all.
	Kinds     []searchKind
	Showrooms []*catalog.Showroom
	// Prices reports whether some product has a price: else the price
	// fields and the sorting by price are left out.
	Prices bool
}

// searchKind is a producer kind: its ID in the query string and its
// name as recorded ("HTX").
type searchKind struct{ ID, Name string }

// searchSpec is the search page. Results are made in the browser from
// the search index (package searchindex); without JavaScript the page offers
// the browse links of the all-products page.
func (r *renderer) searchSpec() *spec {
	return &spec{tmpl: "search", section: "search", path: urls.SearchPage, build: func(l *lctx, p *page) error {
		var err error
		if p.Title, err = l.t("search_title"); err != nil {
			return err
		}
		if p.Description, err = l.t("search_desc"); err != nil {
			return err
		}
		if p.Crumbs, err = l.crumbs(urls.Product, ""); err != nil {
			return err
		}
		d := searchData{
			Root:   strings.Repeat("../", strings.Count(p.Path, "/")),
			Facets: r.s.Lists.Facets(r.c, true),
		}
		for _, s := range r.s.Lists.Showrooms {
			if len(r.c.Offer(s).Products) > 0 {
				d.Showrooms = append(d.Showrooms, s)
			}
		}
		kinds := map[string]bool{}
		for _, pd := range r.s.Lists.Producers {
			kinds[search.Fold(pd.Kind)] = true
		}
		for _, k := range catalog.ProducerKinds {
			if kinds[search.Fold(k)] {
				d.Kinds = append(d.Kinds, searchKind{ID: urls.Slug(k), Name: k})
			}
		}
		for _, pr := range r.s.Lists.All {
			if pr.Price > 0 {
				d.Prices = true
				break
			}
		}
		p.Data = d
		return nil
	}}
}
