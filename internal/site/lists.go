package site

import (
	"sort"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// featuredMax is how many products the home page shows at least, when
// the catalog has that many to put forward: those marked featured, then
// the best rated of the rest.
const featuredMax = 6

// Lists holds the catalog's records grouped and sorted the ways the list
// pages, the search index and the kiosks show them. It is made by
// Prepare (and again by Reindex) and only read afterwards.
type Lists struct {
	// All is every OCOP product (catalog.Status.OCOP) by name; a
	// product's place in it is its search record number (see Site.Doc).
	// A product that is not certified is in none of the lists.
	All []*catalog.Product
	// ByBrowse, ByStars and ByDistrict list products by stars, then
	// name, keyed by browse group ID, star rating and district slug.
	ByBrowse   map[string][]*catalog.Product
	ByStars    map[int][]*catalog.Product
	ByDistrict map[string][]*catalog.Product
	// District is the district of c.Districts() each product is listed
	// under, if any.
	District map[*catalog.Product]*catalog.District
	// Featured are the products the home page shows: those marked
	// featured, then the first of the rest by stars up to featuredMax;
	// never an expired one (catalog.Status.Promoted).
	Featured []*catalog.Product

	// Producers, Sites and Showrooms are sorted by name.
	Producers []*catalog.Producer
	Sites     []*catalog.Site
	Showrooms []*catalog.Showroom
	// Fairs are the fairs, latest first.
	Fairs []*catalog.Fair

	// docs are the search record numbers of every product, producer and
	// site.
	docs map[catalog.Record]int
}

// newLists groups the records of c.
func newLists(c *catalog.Catalog) *Lists {
	x := &Lists{
		ByBrowse:   map[string][]*catalog.Product{},
		ByStars:    map[int][]*catalog.Product{},
		ByDistrict: map[string][]*catalog.Product{},
		District:   map[*catalog.Product]*catalog.District{},
	}
	ocop := c.OCOP(c.Products)
	x.All = append([]*catalog.Product(nil), ocop...)
	catalog.SortProducts(x.All, catalog.ByName)

	byStars := ocop
	catalog.SortProducts(byStars, catalog.ByStars)
	districts := map[string]*catalog.District{}
	for _, d := range c.Districts() {
		districts[catalog.PlaceKey(d.Name)] = d
	}
	for _, p := range byStars {
		if p.Links.Browse != nil {
			x.ByBrowse[p.Links.Browse.ID] = append(x.ByBrowse[p.Links.Browse.ID], p)
		}
		if p.Stars >= 1 && p.Stars <= 5 {
			x.ByStars[p.Stars] = append(x.ByStars[p.Stars], p)
		}
		if d := districtOf(districts, p); d != nil {
			x.District[p] = d
			x.ByDistrict[d.Slug] = append(x.ByDistrict[d.Slug], p)
		}
		if p.Featured && c.Status(p).Promoted() {
			x.Featured = append(x.Featured, p)
		}
	}
	// Fewer than featuredMax marked: the best rated of the rest fill
	// the home page's row.
	for _, p := range c.Promoted(byStars) {
		if len(x.Featured) >= featuredMax {
			break
		}
		if !p.Featured {
			x.Featured = append(x.Featured, p)
		}
	}

	x.Producers = append(x.Producers, c.Producers...)
	catalog.SortByName(x.Producers)
	x.Sites = append(x.Sites, c.Sites...)
	catalog.SortByName(x.Sites)
	x.Showrooms = append(x.Showrooms, c.Showrooms...)
	catalog.SortByName(x.Showrooms)
	x.Fairs = append(x.Fairs, c.Fairs...)
	catalog.SortByName(x.Fairs)
	sort.SliceStable(x.Fairs, func(i, j int) bool { return x.Fairs[j].Start.Before(x.Fairs[i].Start) })

	x.docs = make(map[catalog.Record]int, len(x.All)+len(x.Producers)+len(x.Sites))
	for _, p := range x.All {
		x.docs[p] = len(x.docs)
	}
	for _, p := range x.Producers {
		x.docs[p] = len(x.docs)
	}
	for _, s := range x.Sites {
		x.docs[s] = len(x.docs)
	}
	return x
}

// Docs returns the number of records the search index holds: every
// product, producer and tourism site.
func (x *Lists) Docs() int { return len(x.docs) }

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

// Facet is one entry of a list of ways to browse, with its product
// count.
type Facet struct {
	// Group, District or Stars is what the facet selects; one is set.
	Group    *catalog.BrowseGroup
	District *catalog.District
	Stars    int
	Count    int
}

// Facets are the browse groups, star ratings and districts with the
// number of products in each.
type Facets struct {
	Groups, Stars, Districts []Facet
}

// Facets counts the products of c, which x groups, per browse group (in
// groups.yaml order), star rating (most first) and district (in the
// snapshot's order). With nonEmpty, entries without products are left
// out.
func (x *Lists) Facets(c *catalog.Catalog, nonEmpty bool) Facets {
	var f Facets
	for i := range c.Groups.Browse {
		g := &c.Groups.Browse[i]
		if n := len(x.ByBrowse[g.ID]); n > 0 || !nonEmpty {
			f.Groups = append(f.Groups, Facet{Group: g, Count: n})
		}
	}
	for s := 5; s >= 1; s-- {
		if n := len(x.ByStars[s]); n > 0 {
			f.Stars = append(f.Stars, Facet{Stars: s, Count: n})
		}
	}
	for _, d := range c.Districts() {
		if n := len(x.ByDistrict[d.Slug]); n > 0 || !nonEmpty {
			f.Districts = append(f.Districts, Facet{District: d, Count: n})
		}
	}
	return f
}
