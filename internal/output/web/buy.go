package web

import (
	"html/template"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/site"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// buyView is what a product page's "where to buy" block shows: the
// showrooms that offer the product (catalog.Catalog.OfferedAt, the one
// offering rule), its online shops, its producer's contact, and its
// price and pack; and, for what the records leave unknown, whom to ask.
type buyView struct {
	Showrooms []buyShowroom
	// Shops are the product's online shops with an address a page may
	// link (catalog.ShopURL).
	Shops    []catalog.Shop
	Producer *catalog.Producer
	// Tel, Zalo, Website and Mailto are the producer's links, "" when
	// unknown or unusable.
	Tel     template.URL
	Zalo    string
	Website string
	Mailto  string
	// Contact reports whether the producer's record gives any way to
	// reach it (address, phone, Zalo, website, email).
	Contact bool
	// Ask is whom to ask what the records leave unknown: the producer,
	// else the first showroom that offers the product; nil when neither
	// is known.
	Ask catalog.Record
}

// buyShowroom is a showroom that offers a product, and, when it offers
// it by its district (catalog.OfferDistrict), that district's name as
// the offer's note says it.
type buyShowroom struct {
	Showroom *catalog.Showroom
	// District is the note "Sản phẩm OCOP của huyện Hải Hậu" under
	// the OfferDistrict rule, "" under OfferNamed.
	District string
	Tel      template.URL
}

// buy returns the where-to-buy view of product p in the page's
// language.
func (l *lctx) buy(p *catalog.Product) (buyView, error) {
	c := l.r.c
	var v buyView
	for _, s := range c.OfferedAt(p) {
		bs := buyShowroom{Showroom: s, Tel: telURL(s.Phone)}
		if c.Offer(s).Rule == catalog.OfferDistrict && s.Links.District != nil {
			note, err := l.t("offer_district", l.districtName(s.Links.District))
			if err != nil {
				return v, err
			}
			bs.District = note
		}
		v.Showrooms = append(v.Showrooms, bs)
	}
	for _, s := range p.Buy {
		if catalog.ShopURL(s.URL) && strings.TrimSpace(s.Name) != "" {
			v.Shops = append(v.Shops, catalog.Shop{Name: strings.TrimSpace(s.Name), URL: strings.TrimSpace(s.URL)})
		}
	}
	if pd := p.Links.Producer; pd != nil {
		v.Producer = pd
		v.Tel = telURL(pd.Phone)
		v.Zalo = catalog.ZaloURL(pd.Zalo)
		if urls.SafeExternal(pd.Website) {
			v.Website = strings.TrimSpace(pd.Website)
		}
		v.Mailto = mailtoURL(pd.Email)
		v.Contact = pd.Address != "" || pd.Phone != "" || v.Zalo != "" || v.Website != "" || v.Mailto != ""
		v.Ask = pd
	} else if len(v.Showrooms) > 0 {
		v.Ask = v.Showrooms[0].Showroom
	}
	return v, nil
}

// districtName is a district's name as a sentence of the page's language
// writes it inside: "huyện Hải Hậu", "Hải Hậu district".
func (l *lctx) districtName(d *catalog.District) string {
	return site.UnitInText(l.lang, d.Name)
}
