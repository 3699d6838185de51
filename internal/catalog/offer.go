package catalog

import "sync"

// OfferRule says how a showroom's products were decided (see Offer).
type OfferRule int

// The rules of Catalog.Offer, in the order they are tried.
const (
	// OfferNone: no product names the showroom and its district has no
	// certified product; it offers nothing.
	OfferNone OfferRule = iota
	// OfferNamed: the OCOP products whose showrooms list names the
	// showroom.
	OfferNamed
	// OfferDistrict: while no product names it, the certified products
	// (Status.Promoted) of its district. Each of the eight showrooms of
	// Decision 293/QĐ-UBND (2019) is its district's, so this is what it
	// is there to show until editors record what it sells; every output
	// says so in words ("Sản phẩm OCOP của huyện …").
	OfferDistrict
)

// Offer is what a showroom offers: its products, by stars (most first)
// then name, and the rule that gave them.
type Offer struct {
	Products []*Product
	Rule     OfferRule
}

// offers caches each showroom's Offer and each product's showrooms; Link
// drops it, and it is made again on first use.
type offers struct {
	once   sync.Once
	by     map[*Showroom]Offer
	offers map[*Product][]*Showroom
}

// Offer returns the products showroom s offers. It is the one rule every
// output (showroom page, product page, cards, search facet, kiosk,
// brochure, labels) uses:
//
//   - the OCOP products (Status.OCOP) whose showrooms list names s, when
//     any does (OfferNamed);
//   - else the certified products (Status.Promoted) of s's district
//     (OfferDistrict);
//   - else nothing (OfferNone).
//
// It reads Today's statuses; the catalog must be linked and Today set
// before the first call after a Link.
func (c *Catalog) Offer(s *Showroom) Offer {
	c.offerIndex()
	return c.offered.by[s]
}

// OfferedAt returns the showrooms that offer p (see Offer), sorted by
// name as Catalog.Showrooms is by ID; empty when none does.
func (c *Catalog) OfferedAt(p *Product) []*Showroom {
	c.offerIndex()
	return c.offered.offers[p]
}

// offerIndex fills the offers cache once.
func (c *Catalog) offerIndex() {
	if c.offered == nil {
		c.offered = &offers{}
	}
	o := c.offered
	o.once.Do(func() {
		o.by = make(map[*Showroom]Offer, len(c.Showrooms))
		o.offers = map[*Product][]*Showroom{}
		var byDistrict map[*District][]*Product
		for _, s := range c.Showrooms {
			off := Offer{Products: c.OCOP(s.Links.Products), Rule: OfferNamed}
			if len(off.Products) == 0 {
				off = Offer{Rule: OfferNone}
				if d := s.Links.District; d != nil {
					if byDistrict == nil {
						byDistrict = map[*District][]*Product{}
						for _, p := range c.Promoted(c.Products) {
							if p.Links.District != nil {
								byDistrict[p.Links.District] = append(byDistrict[p.Links.District], p)
							}
						}
					}
					if ps := byDistrict[d]; len(ps) > 0 {
						off = Offer{Products: append([]*Product(nil), ps...), Rule: OfferDistrict}
					}
				}
			}
			SortProducts(off.Products, ByStars)
			o.by[s] = off
			for _, p := range off.Products {
				o.offers[p] = append(o.offers[p], s)
			}
		}
		for _, ss := range o.offers {
			SortByName(ss)
		}
	})
}
