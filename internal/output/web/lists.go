package web

import (
	"sort"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// featuredMax is how many products the home page shows when none is
// marked featured.
const featuredMax = 6

// index holds the catalog's records grouped and sorted the ways the list
// pages show them. It is built once, before pages render in parallel, and
// only read afterwards.
type index struct {
	// all is every product by name.
	all []*catalog.Product
	// byBrowse, byStars and byDistrict list products by stars, then name,
	// keyed by browse group ID, star rating and district slug.
	byBrowse   map[string][]*catalog.Product
	byStars    map[int][]*catalog.Product
	byDistrict map[string][]*catalog.Product
	// district is the district of c.Districts() each product is listed
	// under, if any.
	district map[*catalog.Product]*catalog.District
	featured []*catalog.Product

	producers []*catalog.Producer
	sites     []*catalog.Site
	showrooms []*catalog.Showroom
	// fairs are the fairs, latest first.
	fairs []*catalog.Fair
}

// newIndex groups the catalog's records.
func newIndex(c *catalog.Catalog) *index {
	x := &index{
		byBrowse:   map[string][]*catalog.Product{},
		byStars:    map[int][]*catalog.Product{},
		byDistrict: map[string][]*catalog.Product{},
		district:   map[*catalog.Product]*catalog.District{},
	}
	x.all = append([]*catalog.Product(nil), c.Products...)
	catalog.SortProducts(x.all, catalog.ByName)

	byStars := append([]*catalog.Product(nil), c.Products...)
	catalog.SortProducts(byStars, catalog.ByStars)
	districts := map[string]*catalog.District{}
	for _, d := range c.Districts() {
		districts[catalog.PlaceKey(d.Name)] = d
	}
	for _, p := range byStars {
		if p.Links.Browse != nil {
			x.byBrowse[p.Links.Browse.ID] = append(x.byBrowse[p.Links.Browse.ID], p)
		}
		if p.Stars >= 1 && p.Stars <= 5 {
			x.byStars[p.Stars] = append(x.byStars[p.Stars], p)
		}
		if d := districtOf(districts, p); d != nil {
			x.district[p] = d
			x.byDistrict[d.Slug] = append(x.byDistrict[d.Slug], p)
		}
		if p.Featured {
			x.featured = append(x.featured, p)
		}
	}
	if len(x.featured) == 0 {
		x.featured = byStars[:min(featuredMax, len(byStars))]
	}

	x.producers = append(x.producers, c.Producers...)
	catalog.SortByName(x.producers)
	x.sites = append(x.sites, c.Sites...)
	catalog.SortByName(x.sites)
	x.showrooms = append(x.showrooms, c.Showrooms...)
	catalog.SortByName(x.showrooms)
	x.fairs = append(x.fairs, c.Fairs...)
	catalog.SortByName(x.fairs)
	sort.SliceStable(x.fairs, func(i, j int) bool { return x.fairs[j].Start.Before(x.fairs[i].Start) })
	return x
}

// districtOf returns the district of the product among the listed
// districts (by name, so a district found in a later snapshot still
// matches its namesake), or nil.
func districtOf(ds map[string]*catalog.District, p *catalog.Product) *catalog.District {
	name := p.District
	if p.Links.District != nil {
		name = p.Links.District.Name
	}
	if name == "" {
		return nil
	}
	return ds[catalog.PlaceKey(name)]
}

// facet is one entry of a list of ways to browse, with its product count.
type facet struct {
	// Group, District or Stars is what the facet selects; one is set.
	Group    *catalog.BrowseGroup
	District *catalog.District
	Stars    int
	Count    int
}

// facets are the browse groups, star ratings and districts with the
// number of products in each.
type facets struct {
	Groups, Stars, Districts []facet
}

// facets counts products per browse group (in groups.yaml order), star
// rating (most first) and district (in the snapshot's order). With
// nonEmpty, entries without products are left out.
func (x *index) facets(c *catalog.Catalog, nonEmpty bool) facets {
	var f facets
	for i := range c.Groups.Browse {
		g := &c.Groups.Browse[i]
		if n := len(x.byBrowse[g.ID]); n > 0 || !nonEmpty {
			f.Groups = append(f.Groups, facet{Group: g, Count: n})
		}
	}
	for s := 5; s >= 1; s-- {
		if n := len(x.byStars[s]); n > 0 {
			f.Stars = append(f.Stars, facet{Stars: s, Count: n})
		}
	}
	for _, d := range c.Districts() {
		if n := len(x.byDistrict[d.Slug]); n > 0 || !nonEmpty {
			f.Districts = append(f.Districts, facet{District: d, Count: n})
		}
	}
	return f
}
