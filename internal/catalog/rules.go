package catalog

// CertificateValidity is how long an OCOP certificate lasts, in months from
// its decision date (Decision 1048/QĐ-TTg, kept by 148/QĐ-TTg: 36 months).
const CertificateValidity = 36

// DefaultFairMinStars is the fewest stars a product needs to be shown at a
// fair unless the fair says otherwise (Decision 293/QĐ-UBND, 2019).
const DefaultFairMinStars = 3

// Kiosk screen settings (KioskSettings): the allowed ranges, in seconds,
// and the defaults.
const (
	KioskIdleDefault  = 90
	KioskIdleMin      = 15
	KioskIdleMax      = 3600
	KioskSlideDefault = 8
	KioskSlideMin     = 3
	KioskSlideMax     = 120
)

// KioskOrientations are the values of a kiosk's orientation setting.
var KioskOrientations = []string{"landscape", "portrait", "auto"}

// ExpiryWarningDays is how many days before expiry `ocop check` warns.
const ExpiryWarningDays = 90

// Rating levels: the council that recognises a star rating.
const (
	LevelDistrict = "district"
	LevelProvince = "province"
	LevelNational = "national"
)

// Levels lists the valid rating levels.
var Levels = []string{LevelDistrict, LevelProvince, LevelNational}

// ScoreBand returns the inclusive score range (out of 100) of a star rating
// (Decision 1048/QĐ-TTg: 5★ 90–100, 4★ 70–89, 3★ 50–69, 2★ 30–49,
// 1★ 0–29). ok is false for stars outside 1–5.
func ScoreBand(stars int) (lo, hi int, ok bool) {
	switch stars {
	case 5:
		return 90, 100, true
	case 4:
		return 70, 89, true
	case 3:
		return 50, 69, true
	case 2:
		return 30, 49, true
	case 1:
		return 0, 29, true
	}
	return 0, 0, false
}

// StarsForScore returns the star rating of a score out of 100, or 0 for a
// score outside 0–100.
func StarsForScore(score int) int {
	for s := 5; s >= 1; s-- {
		if lo, hi, _ := ScoreBand(s); score >= lo && score <= hi {
			return s
		}
	}
	return 0
}

// ProducerKinds are the kinds of chủ thể OCOP: a company, a cooperative
// (hợp tác xã), a cooperative group (tổ hợp tác) and a registered household
// business (hộ kinh doanh).
var ProducerKinds = []string{"doanh nghiệp", "HTX", "tổ hợp tác", "hộ kinh doanh"}

// SiteKinds are the kinds of tourism site.
var SiteKinds = []string{"làng nghề", "du lịch cộng đồng", "du lịch sinh thái", "du lịch trải nghiệm", "di tích", "danh thắng"}

// ValidUntil returns the last day of a product's certificate: the explicit
// valid_until, or the decision date plus CertificateValidity months. ok is
// false when no date is known.
func (p *Product) ValidUntil() (d Date, ok bool) {
	if !p.Certificate.ValidUntil.IsZero() {
		return p.Certificate.ValidUntil, true
	}
	if p.Certificate.Date.IsZero() {
		return Date{}, false
	}
	return p.Certificate.Date.AddMonths(CertificateValidity), true
}

// RecognisedYear returns the year of the certificate, or Year, or 0.
func (p *Product) RecognisedYear() int {
	if !p.Certificate.Date.IsZero() {
		return p.Certificate.Date.Year
	}
	return p.Year
}
