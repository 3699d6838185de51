package web

import (
	"encoding/json"
	"html/template"
	"strconv"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// ldThing is a schema.org node with a name.
type ldThing struct {
	Type string `json:"@type"`
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

// ldOffer is a schema.org Offer.
type ldOffer struct {
	Type          string `json:"@type"`
	Price         string `json:"price"`
	PriceCurrency string `json:"priceCurrency"`
	URL           string `json:"url"`
}

// ldRating is a schema.org Rating: the stars of an OCOP certificate.
type ldRating struct {
	Type        string `json:"@type"`
	RatingValue int    `json:"ratingValue"`
	BestRating  int    `json:"bestRating"`
}

// ldCertification is a schema.org Certification: a product's OCOP
// certificate with its dates as the record gives them.
type ldCertification struct {
	Type                        string    `json:"@type"`
	Name                        string    `json:"name"`
	CertificationIdentification string    `json:"certificationIdentification,omitempty"`
	CertificationRating         *ldRating `json:"certificationRating,omitempty"`
	CertificationStatus         string    `json:"certificationStatus,omitempty"`
	ValidFrom                   string    `json:"validFrom,omitempty"`
	Expires                     string    `json:"expires,omitempty"`
}

// ldProduct is a schema.org Product.
type ldProduct struct {
	Context     string   `json:"@context"`
	Type        string   `json:"@type"`
	Name        string   `json:"name"`
	Description string   `json:"description,omitempty"`
	URL         string   `json:"url"`
	Image       []string `json:"image,omitempty"`
	Category    string   `json:"category,omitempty"`
	Award       string   `json:"award,omitempty"`
	// HasCertification is the OCOP certificate of an OCOP product.
	HasCertification *ldCertification `json:"hasCertification,omitempty"`
	Keywords         string           `json:"keywords,omitempty"`
	// GTIN is the barcode number of the pack, as the record states it.
	GTIN         string   `json:"gtin,omitempty"`
	Brand        *ldThing `json:"brand,omitempty"`
	Manufacturer *ldThing `json:"manufacturer,omitempty"`
	Offers       *ldOffer `json:"offers,omitempty"`
}

// productLD returns the JSON-LD Product of a product page. encoding/json
// escapes <, > and & (and U+2028, U+2029), so the result is safe to place
// inside a script element as it is.
func (l *lctx) productLD(pr *catalog.Product, p *page) (template.JS, error) {
	base := l.r.opt.Base
	url := base.Abs(p.Path)
	ld := ldProduct{
		Context: "https://schema.org", Type: "Product",
		Name: p.Title, Description: p.Description, URL: url,
	}
	for _, pic := range l.r.s.Pictures(&pr.Meta) {
		ld.Image = append(ld.Image, base.Abs(pic.Path))
	}
	if g := pr.Links.Browse; g != nil {
		ld.Category, _ = l.name(g)
	}
	if err := l.certificationLD(pr, &ld); err != nil {
		return "", err
	}
	for i, t := range pr.Tags {
		if i > 0 {
			ld.Keywords += ", "
		}
		ld.Keywords += t
	}
	if pd := pr.Links.Producer; pd != nil {
		name, _ := l.name(pd)
		href, _ := pagePath(l.lang, pd)
		ld.Brand = &ldThing{Type: "Brand", Name: name}
		ld.Manufacturer = &ldThing{Type: "Organization", Name: name, URL: base.Abs(href)}
	}
	if catalog.GTINValid(pr.GTIN) {
		ld.GTIN = pr.GTIN
	}
	if pr.Price > 0 {
		ld.Offers = &ldOffer{Type: "Offer", Price: strconv.FormatInt(pr.Price, 10), PriceCurrency: "VND", URL: url}
	}
	b, err := json.Marshal(ld)
	if err != nil {
		return "", err
	}
	return template.JS(b), nil
}

// certificationLD sets what the structured data of pr says of its OCOP
// certificate, by its status (catalog.Catalog.Status):
//
//   - a product that is not certified gets neither award nor
//     certification: nothing in its data names OCOP;
//   - every OCOP product gets hasCertification, a schema.org
//     Certification with the decision's number and date (validFrom) and
//     its last day (expires) where the record gives them, and
//     certificationStatus CertificationActive while valid,
//     CertificationInactive once expired (left out when the validity is
//     not known);
//   - award, the plain text "OCOP 4 sao", is given only while the
//     certificate is not known to have expired: award is a text without
//     dates, so on an expired product it would read as a current
//     distinction. The expired product's stars stay in its
//     certification's rating, next to its inactive status and the day it
//     ended.
func (l *lctx) certificationLD(pr *catalog.Product, ld *ldProduct) error {
	st := l.r.c.Status(pr)
	if !st.OCOP() {
		return nil
	}
	cert := &ldCertification{Type: "Certification", Name: "OCOP", CertificationIdentification: pr.Certificate.Number}
	if !pr.Certificate.Date.IsZero() {
		cert.ValidFrom = pr.Certificate.Date.String()
	}
	if until, ok := pr.ValidUntil(); ok {
		cert.Expires = until.String()
	}
	switch st {
	case catalog.StatusCertified, catalog.StatusExpiring:
		cert.CertificationStatus = "https://schema.org/CertificationActive"
	case catalog.StatusExpired:
		cert.CertificationStatus = "https://schema.org/CertificationInactive"
	}
	if pr.Stars > 0 {
		cert.CertificationRating = &ldRating{Type: "Rating", RatingValue: pr.Stars, BestRating: 5}
		if st != catalog.StatusExpired {
			s, err := l.tn("stars", pr.Stars)
			if err != nil {
				return err
			}
			ld.Award = "OCOP " + s
		}
	}
	ld.HasCertification = cert
	return nil
}
