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

// ldProduct is a schema.org Product.
type ldProduct struct {
	Context      string   `json:"@context"`
	Type         string   `json:"@type"`
	Name         string   `json:"name"`
	Description  string   `json:"description,omitempty"`
	URL          string   `json:"url"`
	Image        []string `json:"image,omitempty"`
	Category     string   `json:"category,omitempty"`
	Award        string   `json:"award,omitempty"`
	Keywords     string   `json:"keywords,omitempty"`
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
	if pr.Stars > 0 {
		s, err := l.tn("stars", pr.Stars)
		if err != nil {
			return "", err
		}
		ld.Award = "OCOP " + s
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
	if pr.Price > 0 {
		ld.Offers = &ldOffer{Type: "Offer", Price: strconv.FormatInt(pr.Price, 10), PriceCurrency: "VND", URL: url}
	}
	b, err := json.Marshal(ld)
	if err != nil {
		return "", err
	}
	return template.JS(b), nil
}
