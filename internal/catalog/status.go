package catalog

import "time"

// Status is a product's certification status on a given day: whether it
// is an OCOP product then, and whether its certificate still holds. It is
// decided by Product.StatusOn alone; every output (pages, cards, lists
// and counts, search, kiosks, print, fairs, structured data, sitemap)
// asks Catalog.Status, so no two outputs can disagree.
type Status int

// The statuses, from the record and the day (Vietnam's calendar).
const (
	// StatusUnknownValidity: an OCOP product whose record gives neither a
	// certificate date nor a recognition year from which the end of its
	// certificate could be known, or whose year leaves the day open
	// (a certificate of a year Y ends between 1 January and 31 December
	// of Y+3).
	StatusUnknownValidity Status = iota
	// StatusCertified: the certificate is valid on the day, and not
	// within ExpiryWarningDays of its last day (or, known only by its
	// year, sure to be valid on the day).
	StatusCertified
	// StatusExpiring: valid on the day, its last day within
	// ExpiryWarningDays.
	StatusExpiring
	// StatusExpired: the certificate's last day has passed and no
	// renewal is recorded.
	StatusExpired
	// StatusNotCertified: the record is kept for a product that entered
	// the programme without being certified (its status: field, one of
	// ProgrammeStatuses). It is never listed, counted or printed as an
	// OCOP product.
	StatusNotCertified
)

// Values of a product's status: field, for a product that entered the
// programme but holds no OCOP certificate.
const (
	// ProgrammeRegistered: registered for assessment (đăng ký tham gia).
	ProgrammeRegistered = "registered"
	// ProgrammeAssessed: scored by a council (district or province) with
	// no recognition decision found (đã chấm điểm, chưa công nhận).
	ProgrammeAssessed = "assessed"
)

// ProgrammeStatuses are the values of a product's status: field.
var ProgrammeStatuses = []string{ProgrammeRegistered, ProgrammeAssessed}

// String returns the status's key, used in message keys, CSS classes
// and data files: "unknown-validity", "certified", "expiring",
// "expired", "not-certified".
func (s Status) String() string {
	switch s {
	case StatusCertified:
		return "certified"
	case StatusExpiring:
		return "expiring"
	case StatusExpired:
		return "expired"
	case StatusNotCertified:
		return "not-certified"
	}
	return "unknown-validity"
}

// OCOP reports whether a product of status s is an OCOP product, one that
// was certified: listed, counted and faceted as such (expired ones with
// their badge).
func (s Status) OCOP() bool { return s != StatusNotCertified }

// Promoted reports whether a product of status s is put forward on its
// own: the home page's featured list, fair selections, brochures, shelf
// labels and the kiosk's slides. Expired and not-certified products are
// not (an expired one only where an option includes it, with its badge).
func (s Status) Promoted() bool { return s != StatusExpired && s != StatusNotCertified }

// StatusOn returns the product's status on day today, a calendar date in
// Vietnam (see Today):
//
//   - a status: field (ProgrammeStatuses) makes it StatusNotCertified,
//     whatever else the record says;
//   - with a certificate date or valid_until, its last day (ValidUntil:
//     36 months, Decision 148/QĐ-TTg) decides: passed → StatusExpired,
//     within ExpiryWarningDays (inclusive) → StatusExpiring, else
//     StatusCertified;
//   - with only a recognition year Y, the certificate ends between
//     Y+3-01-01 and Y+3-12-31: StatusExpired when the latter has passed,
//     StatusCertified when the former has not come, else
//     StatusUnknownValidity;
//   - otherwise StatusUnknownValidity.
//
// A zero today (no build date) gives StatusUnknownValidity for every
// certified product.
func (p *Product) StatusOn(today Date) Status {
	if p.Status != "" {
		return StatusNotCertified
	}
	if today.IsZero() {
		return StatusUnknownValidity
	}
	if until, ok := p.ValidUntil(); ok {
		switch {
		case until.Before(today):
			return StatusExpired
		case until.Before(today.AddDays(ExpiryWarningDays + 1)):
			return StatusExpiring
		}
		return StatusCertified
	}
	if p.Year > 0 {
		first := Date{p.Year + CertificateValidity/12, time.January, 1}
		last := Date{p.Year + CertificateValidity/12, time.December, 31}
		switch {
		case last.Before(today):
			return StatusExpired
		case !first.Before(today):
			return StatusCertified
		}
	}
	return StatusUnknownValidity
}

// Status returns the product's status on the catalog's day, c.Today.
func (c *Catalog) Status(p *Product) Status { return p.StatusOn(c.Today) }

// OCOP returns the products of ps that are OCOP products
// (Status.OCOP), in their order, as a new slice.
func (c *Catalog) OCOP(ps []*Product) []*Product {
	return c.keep(ps, Status.OCOP)
}

// Promoted returns the products of ps that may be put forward on their
// own (Status.Promoted), in their order, as a new slice.
func (c *Catalog) Promoted(ps []*Product) []*Product {
	return c.keep(ps, Status.Promoted)
}

func (c *Catalog) keep(ps []*Product, ok func(Status) bool) []*Product {
	out := make([]*Product, 0, len(ps))
	for _, p := range ps {
		if ok(c.Status(p)) {
			out = append(out, p)
		}
	}
	return out
}
