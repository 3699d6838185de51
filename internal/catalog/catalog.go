package catalog

import (
	"sort"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/urls"
)

// Catalog is the whole content of a site after loading: every record,
// sorted by ID, and the reference data. Link resolves references and fills
// the derived fields below; Validate checks the rules.
type Catalog struct {
	Config    Config
	Groups    Groups
	Geo       Geography
	Products  []*Product
	Producers []*Producer
	Sites     []*Site
	Showrooms []*Showroom
	Fairs     []*Fair
	// Programme is content/programme.yaml; its Path is empty when the
	// site has none.
	Programme Programme
	// Broken says which reference files could not be used; the rules
	// that depend on them are not checked.
	Broken Broken
	// Today is the day (Vietnam's calendar) the products' statuses are
	// decided on (see Status); zero leaves every certified product's
	// validity unknown. The build sets it from its clock or
	// SOURCE_DATE_EPOCH.
	Today Date
	// SourceDate is the day (Vietnam's calendar) of SOURCE_DATE_EPOCH
	// when the build was given one, else zero; see Changed.
	SourceDate Date

	producerByID map[string]*Producer
	productByID  map[string]*Product
	showroomByID map[string]*Showroom
	siteByID     map[string]*Site
	// offered caches Offer; Link drops it.
	offered *offers
}

// PlaceLinks are what a record's Location resolves to; filled by Link.
type PlaceLinks struct {
	District *District
	Unit     *Unit
	// Present are the present-day units the Unit is part of (after the
	// 2024 and 2025 reorganisations); empty when the Unit is current or
	// the chain is unknown.
	Present []*Unit
}

// Links are what a product's references resolve to; filled by Link. A
// reference that does not resolve is nil (and reported by Validate).
type Links struct {
	Producer  *Producer
	Showrooms []*Showroom
	PlaceLinks
	Group  *Group
	Browse *BrowseGroup
	// Sites are tourism sites that name this record among their related
	// products or producers.
	Sites []*Site
}

// ProducerLinks are what a producer's references resolve to.
type ProducerLinks struct {
	PlaceLinks
	// Products are the producer's products, sorted by name.
	Products []*Product
	Sites    []*Site
}

// SiteLinks are what a tourism site's references resolve to.
type SiteLinks struct {
	PlaceLinks
	Products  []*Product
	Producers []*Producer
}

// ShowroomLinks are what a showroom's references resolve to.
type ShowroomLinks struct {
	PlaceLinks
	// Products are the products whose showrooms list names this showroom,
	// sorted by stars (most first), then name.
	Products []*Product
}

// Producer returns the producer with the given ID, or nil.
func (c *Catalog) Producer(id string) *Producer { return c.producerByID[id] }

// Product returns the product with the given ID, or nil.
func (c *Catalog) Product(id string) *Product { return c.productByID[id] }

// Showroom returns the showroom with the given ID, or nil.
func (c *Catalog) Showroom(id string) *Showroom { return c.showroomByID[id] }

// Site returns the tourism site with the given ID, or nil.
func (c *Catalog) Site(id string) *Site { return c.siteByID[id] }

// Criteria returns the product's criteria system ID, falling back to the
// site's default. It picks the group list a product's group is checked
// against and browsed by; it is no fact to show (see StatedCriteria).
func (c *Catalog) Criteria(p *Product) string {
	if p.Criteria != "" {
		return p.Criteria
	}
	return c.Config.DefaultCriteria
}

// StatedCriteria returns the criteria system p's record states (criteria:)
// and p's group in it, or nil and nil when the record states none. It is
// what pages, print and search data may show: the site's
// default_criteria never becomes a displayed fact.
func (c *Catalog) StatedCriteria(p *Product) (*System, *Group) {
	if p.Criteria == "" {
		return nil, nil
	}
	return c.Groups.System(p.Criteria), c.Groups.Group(p.Criteria, p.Group)
}

// Link sorts the records by ID and resolves every reference, filling the
// Links of each record. It never fails: unresolved references stay nil and
// are reported by Validate. Link runs in time linear in the number of
// records and references.
func (c *Catalog) Link() {
	c.offered = nil
	sortByID(c.Products)
	sortByID(c.Producers)
	sortByID(c.Sites)
	sortByID(c.Showrooms)
	sortByID(c.Fairs)
	for _, ki := range Kinds() {
		for _, r := range c.Records(ki.Kind) {
			h := r.RecordHead()
			assignSlug(&h.Meta, h.SlugOverride, h.Name)
		}
	}
	for _, s := range c.Geo.Snapshots {
		for _, d := range s.Districts {
			d.Slug = districtSlug(d.Name)
		}
	}
	for i := range c.Groups.Browse {
		c.Groups.Browse[i].Slug = c.Groups.Browse[i].ID
	}

	c.producerByID = make(map[string]*Producer, len(c.Producers))
	for _, p := range c.Producers {
		p.Links = ProducerLinks{}
		c.producerByID[p.ID] = p
	}
	c.productByID = make(map[string]*Product, len(c.Products))
	for _, p := range c.Products {
		c.productByID[p.ID] = p
	}
	c.showroomByID = make(map[string]*Showroom, len(c.Showrooms))
	for _, s := range c.Showrooms {
		s.Links = ShowroomLinks{}
		c.showroomByID[s.ID] = s
	}
	c.siteByID = make(map[string]*Site, len(c.Sites))
	for _, s := range c.Sites {
		c.siteByID[s.ID] = s
	}

	for _, p := range c.Products {
		p.Links = c.ResolveProduct(p)
		for _, s := range p.Links.Showrooms {
			s.Links.Products = append(s.Links.Products, p)
		}
		if p.Links.Producer != nil {
			p.Links.Producer.Links.Products = append(p.Links.Producer.Links.Products, p)
		}
	}
	for _, p := range c.Producers {
		p.Links.District, p.Links.Unit, p.Links.Present = c.Geo.Place(p.District, p.Commune)
		SortProducts(p.Links.Products, ByName)
	}
	for _, s := range c.Showrooms {
		s.Links.District, s.Links.Unit, s.Links.Present = c.Geo.Place(s.District, s.Commune)
		SortProducts(s.Links.Products, ByStars)
	}
	for _, s := range c.Sites {
		l := SiteLinks{}
		l.District, l.Unit, l.Present = c.Geo.Place(s.District, s.Commune)
		for _, id := range s.Products {
			if p := c.productByID[id]; p != nil {
				l.Products = append(l.Products, p)
				p.Links.Sites = append(p.Links.Sites, s)
			}
		}
		for _, id := range s.Producers {
			if p := c.producerByID[id]; p != nil {
				l.Producers = append(l.Producers, p)
				p.Links.Sites = append(p.Links.Sites, s)
			}
		}
		s.Links = l
	}
}

// sortByID sorts records by ID.
func sortByID[T Record](rs []T) {
	sort.Slice(rs, func(i, j int) bool { return rs[i].RecordHead().ID < rs[j].RecordHead().ID })
}

// ResolveProduct sets p's slug and returns what p's references resolve
// to (producer, showrooms, place, group) in c, whose indexes Link has
// built; Sites is left empty. It changes no other record: Link, and the
// live preview when one product file is saved, add p to its producer's
// and showrooms' lists themselves.
func (c *Catalog) ResolveProduct(p *Product) Links {
	assignSlug(&p.Meta, p.SlugOverride, p.Name)
	l := Links{Producer: c.producerByID[p.Producer]}
	l.District, l.Unit, l.Present = c.Geo.Place(p.District, p.Commune)
	if g := c.Groups.Group(c.Criteria(p), p.Group); g != nil {
		l.Group = g
		l.Browse = c.Groups.BrowseGroup(g.Browse)
	}
	for _, id := range p.Showrooms {
		if s := c.showroomByID[id]; s != nil {
			l.Showrooms = append(l.Showrooms, s)
		}
	}
	return l
}

// Districts returns the districts of the oldest snapshot, which products
// are grouped by.
func (c *Catalog) Districts() []*District {
	if len(c.Geo.Snapshots) == 0 {
		return nil
	}
	return c.Geo.Snapshots[0].Districts
}

// Product orderings for SortProducts.
const (
	// ByName orders by Vietnamese name (Collate), then ID.
	ByName = iota
	// ByStars orders by stars, most first, then by name.
	ByStars
)

// SortProducts sorts ps in place in the given order. Names compare in
// Vietnamese alphabetical order (as SortByName), ties broken by ID, so the
// order is total and builds are reproducible.
func SortProducts(ps []*Product, order int) {
	keys := make(map[*Product]string, len(ps))
	n := newNameCollator()
	for _, p := range ps {
		keys[p] = n.key(p.Name)
	}
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if order == ByStars && a.Stars != b.Stars {
			return a.Stars > b.Stars
		}
		if ka, kb := keys[a], keys[b]; ka != kb {
			return ka < kb
		}
		return a.ID < b.ID
	})
}

// assignSlug sets Meta.Slug of every record from its slug override or its
// name, falling back to the ID for a name with no letters.
func assignSlug(m *Meta, override, name string) {
	switch {
	case override != "":
		m.Slug = override
	case urls.Slug(name) != "":
		m.Slug = urls.Slug(name)
	default:
		m.Slug = m.ID
	}
}

// districtSlug is a district's URL segment: its name without "Huyện"
// ("Huyện Hải Hậu" → "hai-hau"; "Thành phố Nam Định" → "thanh-pho-nam-dinh").
func districtSlug(name string) string {
	return urls.Slug(strings.TrimPrefix(name, "Huyện "))
}

// FindProduct returns the product whose ID is ref, else the one whose
// slug is ref, or nil. It runs in time linear in the number of products
// when ref is not an ID.
func (c *Catalog) FindProduct(ref string) *Product {
	if p := c.productByID[ref]; p != nil {
		return p
	}
	for _, p := range c.Products {
		if p.Slug == ref {
			return p
		}
	}
	return nil
}

// KioskProducts returns the products a kiosk screen shows, in the order
// of its slides: the products the showroom offers (Offer; s nil: every
// OCOP product), its kiosk's featured ones first in the order listed
// (those it offers, each once), then products marked featured: true, then
// the rest by stars (most first) and name.
func (c *Catalog) KioskProducts(s *Showroom) []*Product {
	var pool []*Product
	if s == nil {
		pool = c.OCOP(c.Products)
	} else {
		pool = append(pool, c.Offer(s).Products...)
	}
	var refs []string
	if s != nil {
		refs = s.Kiosk.Featured
	}
	out := make([]*Product, 0, len(pool))
	seen := make(map[*Product]bool, len(pool))
	inPool := make(map[*Product]bool, len(pool))
	for _, p := range pool {
		inPool[p] = true
	}
	for _, ref := range refs {
		if p := c.FindProduct(ref); p != nil && inPool[p] && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	SortProducts(pool, ByStars)
	for _, featured := range []bool{true, false} {
		for _, p := range pool {
			if p.Featured == featured && !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	return out
}
