package web

import (
	"net/url"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/site"
)

// offerView is what a showroom offers (catalog.Offer, the one rule), as
// its page and the showrooms list show it.
type offerView struct {
	// Products are the products it offers, by stars then name.
	Products []*catalog.Product
	// Named is set when products name the showroom; District when it
	// shows its district's products instead, which the page says in
	// words; neither when it offers nothing.
	Named, District bool
	// DistrictText is the showroom's district inside a sentence ("huyện
	// Hải Hậu", "Hải Hậu district"), "" when its record gives none.
	DistrictText string
}

// offer returns what showroom s offers.
func (l *lctx) offer(s *catalog.Showroom) offerView {
	o := l.r.c.Offer(s)
	v := offerView{Products: o.Products, Named: o.Rule == catalog.OfferNamed, District: o.Rule == catalog.OfferDistrict}
	switch {
	case s.Links.District != nil:
		v.DistrictText = site.UnitInText(l.lang, s.Links.District.Name)
	case s.District != "":
		v.DistrictText = s.District
	}
	return v
}

// printable reports whether the print document of kind ("all",
// "showroom", "fair" or "labels") for the record with the given slug is
// made: a build writes none with nothing to print, so a page links none.
// It follows the rule of package brochure (Selections): what a showroom
// offers (catalog.Offer), what a fair selects (catalog.FairProducts) or
// the whole catalog, less the products whose certificate has expired.
func (l *lctx) printable(kind, slug string) bool {
	c := l.r.c
	switch kind {
	case "showroom", "labels":
		for _, s := range c.Showrooms {
			if s.Slug == slug {
				return len(c.Promoted(c.Offer(s).Products)) > 0
			}
		}
	case "fair":
		for _, f := range c.Fairs {
			if f.Slug == slug {
				return len(c.FairProducts(f)) > 0
			}
		}
	case "all":
		return len(c.Promoted(c.Products)) > 0
	}
	return false
}

// mapURL returns a link to showroom s on OpenStreetMap: at its
// coordinates when its record gives them, else a search for its address
// with its commune and district; "" when it has neither. Nothing is
// loaded from there: it is a plain link.
func (l *lctx) mapURL(s *catalog.Showroom) (string, error) {
	if !s.Coordinates.IsZero() {
		return osmURL(s.Coordinates), nil
	}
	addr := strings.TrimSpace(s.Address)
	if addr == "" {
		return "", nil
	}
	// The search is in Vietnamese on every page: the names as written.
	place, err := l.r.s.In("vi").Place(s)
	if err != nil {
		return "", err
	}
	// The place's note on today's units, in brackets, is not part of
	// the address.
	if i := strings.Index(place, " ("); i >= 0 {
		place = place[:i]
	}
	q := addr
	if place != "" && !strings.Contains(catalog.PlaceKey(addr), catalog.PlaceKey(place)) {
		q += ", " + place
	}
	return "https://www.openstreetmap.org/search?" + url.Values{"query": {q}}.Encode(), nil
}
