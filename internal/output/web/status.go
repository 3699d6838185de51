package web

import (
	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// statusView is what a page shows of a product's certification status
// (catalog.Catalog.Status decides it; nothing here compares dates).
type statusView struct {
	// Status is the product's status on the build day.
	Status catalog.Status
	// Key is Status.String(), for CSS classes: status-expired, …
	Key string
	// OCOP and Expired say whether the product is shown as an OCOP
	// product at all, and whether with the expired badge.
	OCOP, Expired bool
	// Until is the certificate's last day, when the record gives it (a
	// decision date or valid_until); Known says it does.
	Until catalog.Date
	Known bool
	// Year is the recognition year of a product whose record gives no
	// day, 0 otherwise: an expired one then says that the 36 months
	// since that year have passed.
	Year int
	// Programme is the record's status: field of a product that is not
	// certified (catalog.ProgrammeStatuses), "" otherwise.
	Programme string
}

// status returns what a page shows of p's certification status.
func (l *lctx) status(p *catalog.Product) statusView {
	s := l.r.c.Status(p)
	v := statusView{Status: s, Key: s.String(), OCOP: s.OCOP(), Expired: s == catalog.StatusExpired}
	if !v.OCOP {
		v.Programme = p.Status
		return v
	}
	v.Until, v.Known = p.ValidUntil()
	if !v.Known {
		v.Year = p.RecognisedYear()
	}
	return v
}

// notOCOP returns the products of ps that are not OCOP products (kept as
// records of products that entered the programme without
// certification), in their order: a producer's page lists them apart.
func (r *renderer) notOCOP(ps []*catalog.Product) []*catalog.Product {
	var out []*catalog.Product
	for _, p := range ps {
		if !r.c.Status(p).OCOP() {
			out = append(out, p)
		}
	}
	return out
}
