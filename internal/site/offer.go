package site

import "github.com/namdinh-ocop/ocop/internal/catalog"

// OfferDistrict returns the words that say a showroom shows its
// district's products (catalog.OfferDistrict): the theme string
// offer_district with district d written inside a sentence, "Sản phẩm
// OCOP của huyện Hải Hậu", "OCOP products of Hải Hậu district". Every
// output that shows such a showroom's products says it with these words.
func (l *Lang) OfferDistrict(d *catalog.District) (string, error) {
	return l.T("offer_district", unitName(l.code, d.Name))
}
